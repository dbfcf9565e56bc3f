"""Kinds of chatter the independent round 32 showed the patterns lacked.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: a coding or design assistant's report of what it did
to the requester's files, its questions and acknowledgements, a refusal on its
principles or its sources, a tool's progress and status messages, an AI editor's
buttons (a bare edit verb with at most a pronoun or an adverb, "more" or "less"
and a register), a template's placeholders and filler contact details, and the
furniture of journal pages (citation and download counts), of hospital and
charity sites (online services, finders, fundraising, cookie buttons) and of
pages' pictures and downloads. Every pattern is bounded and anchored or starts
with a literal, so a line is scanned in linear time.
"""

from __future__ import annotations

#: an edit an AI editor's button or a template's instruction asks for
_EDIT_VERB = (
    r"(?:shorten|lengthen|elaborate|expand|simplify|rephrase|rewrite|re-?write|"
    r"summari[sz]e|paraphrase|improve|polish|proofread|condense|clarify|"
    r"continue writing|make (?:it )?(?:shorter|longer|simpler)|re-?analy[sz]e|"
    r"re-?generate|re-?check|re-?score|fix (?:spelling|grammar|typos))"
)
#: a register an editor's button asks for ("More inspiring", "Less formal")
_REGISTER = (
    r"(?:formal|informal|casual|friendly|professional|concise|persuasive|"
    r"inspiring|engaging|confident|assertive|empathetic|polite|playful|"
    r"conversational|academic|technical|descriptive|detailed|creative|witty|"
    r"humorous|direct|diplomatic|enthusiastic|upbeat|vivid)"
)
#: the requester's things a coding or design assistant reports working on
_WORK = (
    r"(?:workspace|folder|folders|files?|repo|repository|codebase|code|project|"
    r"branch|scripts?|tests?|pages?|screens?|components?|layout|mock-?ups?|"
    r"prototype|canvas|designs?|report|slides?|deck|spreadsheet|dashboard)"
)
#: what a tool does for its requester, in the perfect tense of its report
_DID = (
    r"(?:cleaned up|cleaned|created|built|set up|updated|fixed|added|removed|"
    r"reordered|reorgani[sz]ed|renamed|moved|deleted|refactored|suggested|"
    r"reviewed|implemented|generated|drafted|prepared|compiled|outlined|"
    r"restructured|rewritten|rewrote|wired|saved|exported|attached|uploaded)"
)
#: "I have (now, just, successfully) done"
_I_DID = r"\bi(?:'ve| have) (?:now |just |also |successfully |already ){0,2}" + _DID

_ROUND32: tuple[tuple[str, str], ...] = (
    (
        "the tool about its own edits",
        # a report of what it did to the requester's files: "I have successfully
        # cleaned up the workspace for you.", "I've built 'Screens.html': …"
        _I_DID
        # … for the requester
        + r"\b[^.!?]{0,80}\bfor you\b|"
        + _I_DID
        # … a file by its name ('…' after the normaliser's backtick)
        + r" (?:[\w-]{1,20} ){0,4}?(?:in |to |as |into )?'[^'\s][^']{0,60}\.[a-z]{2,5}'|"
        + _I_DID
        # … the requester's files, or these items
        + r" (?:the |your |all |these |those |a |an )(?:[\w-]{1,20} ){0,2}?"
        + _WORK
        + r"\b|"
        r"^\W{0,3}i(?:'ve| have) (?:now |just |also )?(?:reordered|reorganised|"
        r"reorganized|regrouped|sorted|ranked|prioriti[sz]ed) (?:these|the|your) \w|"
        r"^\W{0,3}i(?:'ve| have) (?:now |just |also )?(?:suggested|proposed) "
        r"(?:[\w-]{1,20} ){0,3}?(?:examples|edits|changes|wording|alternatives|"
        r"options|titles|headlines|improvements|revisions|tweaks|proof points)\b|"
        # its list of what it did: "Here is what I just did:"
        r"^\W{0,3}here(?:'s| is) (?:exactly |briefly )?what i (?:just |have |'ve )?"
        r"(?:did|done|changed|fixed|built|made|updated)\b|"
        # its report's headings: "What's in this batch:", "Not covered yet:"
        r"^\W{0,3}(?:what's|what is) (?:in|new in|included in|covered in|changed in) "
        r"this (?:batch|version|update|draft|revision|round|pass|change|commit|"
        r"iteration)\W{0,3}$|"
        r"^\W{0,3}not (?:covered|done|included|addressed|implemented|started|fixed|"
        r"handled) yet\W{0,3}$|"
        # what it kept as the requester gave it: "I've left the quote exactly as
        # you supplied it."
        r"\b(?:left|kept) [^.!?]{1,60}\b(?:exactly |just )?as you (?:supplied|"
        r"provided|gave|wrote|sent|pasted|shared)(?: it| them| me)?\b|"
        # its changes' effect on a checker's score: "These changes bring the
        # reading ease score up from 42 to 68."
        r"^\W{0,3}(?:these|the|my|those) (?:changes|edits|revisions|tweaks) "
        r"(?:bring|brings|raise|raised|lift|lifted|lower|lowered|improve|improved|"
        r"push|pushed) (?:the |your )?(?:[\w-]{1,20} ){0,3}?(?:score|grade|level)\b|"
        # the register its new wording has: "These revised values use more vivid
        # and memorable language."
        r"^\W{0,3}(?:these|this|the) (?:revised|rewritten|edited|reworded|"
        r"simplified|updated) [\w-]{1,20} (?:now )?(?:uses?|has|have|reads?|"
        r"sounds?) (?:[\w-]{1,20} ){0,4}?(?:language|wording|tone|phrasing|words|"
        r"voice)\b|"
        # what it has finished: "Your revised review is now complete", "… prompts
        # for Part 11 are now complete."
        r"\b(?:revised|rewritten|edited|updated|final|drafted) (?:[\w-]{1,20} )?"
        r"(?:is|are) now (?:complete|ready|done|finished)\b|"
        r"\b(?:prompts?|drafts?|outlines?|captions?|metadata) (?:for [^.!?]{1,80} )?"
        r"(?:is|are) now (?:complete|ready|done|finished)\b",
    ),
    (
        "the tool's caveat about itself",
        # what it has not checked: "I haven't re-run the check after this change."
        r"\bi (?:haven't|have not) (?:yet )?(?:re-?run|run|re-?tested|tested|"
        r"verified|checked) (?:the |this |these |it |any )?(?:[\w-]{1,20} ){0,2}?"
        r"(?:check|checks|tests?|build|code|script|change|changes|fix|output)\b|"
        r"\b(?:a|the) (?:check|build|test|scan|review) is still running\b|"
        # a refusal on its principles or policies: "… violate my usage policies",
        # "… conflict with my principles around honesty"
        r"\b(?:violates?|violating|conflicts? with|goes against|go against|"
        r"against) my (?:[\w-]{1,20} ){0,2}?(?:policies|policy|principles|"
        r"guidelines|values|programming|rules)\b|"
        # grounded answering outside its sources: "This question appears to be
        # outside of the given sources"
        r"\boutside (?:of )?(?:the )?(?:given|provided|supplied|uploaded|available) "
        r"(?:sources|documents|context|texts?|materials?|files?)\b|"
        # a chat export's own note: "This is purely the output of the chat
        # conversation"
        r"\b(?:output|transcript|export) of (?:the|a|this|our) (?:chat|"
        r"conversation|chat conversation|chat session|session)\b|"
        # a tool's request to check what it wrote: "Review it for accuracy."
        r"\b(?:copilot|chatgpt|gemini|claude|the ai|ai) used (?:the|your) "
        r"(?:open |current |attached )?(?:document|file|text|page|email|notes?)\b|"
        r"^\W{0,3}review (?:it|this|the (?:summary|draft|text|content|response|"
        r"output|answer)) for accuracy\b",
    ),
    (
        "an offer or question to the requester",
        # its questions before it goes on: "I have two quick questions for you:"
        r"\bi have (?:a|one|two|three|four|a few|a couple of|some) (?:quick |short |"
        r"brief |small )?(?:questions?|clarifications?) for you\b|"
        # choices it leaves to the requester: "Two choices you may want to change:"
        r"\b(?:choices|options|settings|defaults|decisions|things) you (?:may|might) "
        r"want to (?:change|adjust|tweak|review|revisit|reconsider)\b|"
        # going on with the work: "Shall we continue?", "Would you like to start
        # with the next scene?"
        r"^\W{0,3}shall (?:we|i) (?:continue|proceed|move on|go on|keep going|start|"
        r"begin|carry on)\b[^.!?]{0,60}\?\W{0,3}$|"
        r"^\W{0,3}would you like to (?:start|begin|continue|move on|go on|proceed) "
        r"(?:with|to|on)\b[^.!?]{0,120}\?|"
        # another version on offer: "Want a different angle or length?"
        r"^\W{0,3}(?:want|need|prefer) (?:a |an )?(?:different|another|shorter|"
        r"longer|punchier|simpler) (?:[\w-]{1,20} ){0,1}?(?:angle|length|tone|"
        r"version|take|style|approach|hook|headline|title|format)\b[^.!?]{0,40}\?|"
        # answering the requester's feedback: "Regarding your suggestions, I agree"
        r"^\W{0,3}regarding your (?:suggestions?|feedback|comments?|request|notes?|"
        r"edits?|points?)\b",
    ),
    (
        "the tool consoling or advising its requester",
        # agreeing with the requester: "Confirmed - you're absolutely right.",
        # "I see what you're thinking.", "That's really valuable context"
        r"^\W{0,3}(?:confirmed|understood|noted|got it|yes|exactly|correct)\W{1,4}"
        r"you(?:'re| are) (?:absolutely |completely |totally |quite |entirely )?"
        r"right\b|"
        r"^\W{0,3}i see what you(?:'re| are) (?:thinking|saying|getting at|going "
        r"for|after)\b|"
        r"^\W{0,3}that(?:'s| is) (?:a |an |really |very |such |super |extremely )"
        r"{0,2}(?:valuable|great|helpful|useful|excellent|important|good) "
        r"(?:context|feedback|catch|clarification)\b",
    ),
    (
        "the requester's request",
        # a prompt's language line: "Please write in English language."
        r"^\W{0,3}please (?:write|respond|reply|answer|output) (?:only )?in "
        r"[a-z]{3,15}(?: language)?\W{0,3}$",
    ),
    (
        "presenting the text",
        # its analysis of what the requester gave it: "Here's the analysis of your
        # quarterly sales data"
        r"^\W{0,3}here(?:'s| is) (?:the|your|an?|my) (?:[\w-]{1,20} ){0,2}?(?:analysis|"
        r"breakdown|summary|report|overview|rundown|review) of your (?:[\w-]{1,20} )"
        r"{0,3}?(?:data|input|text|document|file|files|notes|draft|spreadsheet|"
        r"results|code|essay|post|article)\b|"
        # options from one register to another: "from most formal to most
        # friendly"
        r"\bfrom (?:the )?(?:most|more|least|less) " + _REGISTER + r" to (?:the )?"
        r"(?:most|more|least|less) \w{3,15}\b",
    ),
    (
        "a writing tool's menu",
        # an AI editor's button: a bare edit verb, with at most a pronoun, an
        # adverb or "text" ("Shorten it", "Elaborate more", "Re-analyze")
        r"^\W{0,3}" + _EDIT_VERB + r"(?: (?:it|this|that|text|the text|selection|"
        r"the selection|writing|more|less|further|again|instead))?\W{0,3}$|"
        # a register button: "More inspiring", "Less formal", "Make it friendly"
        r"^\W{0,3}(?:more|less|make it(?: more| less)?) " + _REGISTER + r"\W{0,3}$|"
        # an "add" button for a part of the text: "Add evidence", "Add examples"
        r"^\W{0,3}add (?:an? |more |some )?(?:evidence|examples?|statistics|stats|"
        r"citations?|quotes?|emojis?|hashtags?|transitions?|a call to action|"
        r"call to action|cta|hook|counterarguments?|counterpoints?)\W{0,3}$|"
        # a checker's menu item: "Grammar Correction", and its promise: "Fix
        # spelling and grammar errors while preserving your unique voice"
        r"^\W{0,3}(?:grammar|spelling|spell|punctuation) (?:correction|check|"
        r"checker|fix|fixes)\W{0,3}$|"
        r"\bwhile (?:preserving|keeping|maintaining) your (?:unique |own |original |"
        r"personal )?(?:voice|tone|style|meaning|writing style)\b|"
        # an editor's word count and handles: "0 words", "Drag to resize"
        r"^\W{0,3}\d[\d,]* (?:words?|characters?|chars)(?: selected)?\W{0,3}$|"
        r"^\W{0,3}drag (?:to|and drop to) (?:resize|reorder|move|rearrange|"
        r"reposition)\W{0,3}$|"
        # a tool's progress: "Generating...", "I'm analyzing your input...",
        # "Found issues - fixing…"
        r"^\W{0,3}(?:[\w'\u2014-]{1,20} ){0,4}?(?:generating|analy[sz]ing|thinking|fixing|"
        r"rewriting|writing|checking|processing|loading|searching|summari[sz]ing|"
        r"drafting|scanning)(?: (?:your |the )?(?:input|text|draft|content|"
        r"request|document|results?))?\s?(?:\.{2,3}|\u2026)\W{0,3}$|"
        # a tool's name run twice, as a chat export's avatar and label
        r"^\W{0,3}(chatgpt|claude|gemini|copilot|bard|perplexity) ?\1\W{0,3}$",
    ),
    (
        "an SEO tool's label",
        # the search results it compares the text with: "Analyze top 5 SERP results"
        r"\bserps?\b",
    ),
    (
        "a placeholder",
        # a template's instructions: "Start writing here...", "Write your main
        # point here", "An optional pull-quote can go here."
        r"^\W{0,3}(?:start|begin) (?:writing|typing)(?: (?:here|your [\w ]{1,30}))?"
        r"\W{0,5}$|"
        # (not a worksheet's line, which the reader fills in after its colon:
        # "Write your goal here: my goal is to lose ___ pounds")
        r"^\W{0,3}(?:write|type|enter|insert|add|put|place) (?:your|the|a|an|any) "
        r"(?:[\w-]{1,20} ){0,4}?here\b(?!\s?:)(?![^_]{0,200}_{3})|"
        r"\b(?:can|could|should|will|would) go here\W{0,3}$|"
        # a template's instruction on how to end or open the piece: "Close with a
        # summary or a call to action."
        r"^\W{0,3}(?:close|end|finish|open|start|begin|wrap up) with (?:a|an|your) "
        r"(?:[\w-]{1,20} ){0,2}?(?:summary|call to action|cta|hook|question|"
        r"anecdote|quote|statistic|takeaway|recap)\b|"
        # a template's filler contact details: "Your Clinic/Practice Name", "123
        # Wellness Way", "(123) 456-7890 | yourwebsite.com", "Anytown, ST 54321"
        r"^\W{0,3}(?:your|company|clinic|practice|business|organi[sz]ation) "
        r"(?:[\w/&-]{1,25} ){0,2}?name\W{0,3}$|"
        r"^\W{0,3}(?:123|1234|12345) [a-z]{2,20} (?:way|street|st|road|rd|avenue|"
        r"ave|lane|ln|drive|dr|boulevard|blvd|place|court)\.?\W{0,3}$|"
        r"\(?\b123\)? ?[.-]? ?456[ .-]7890\b|\b555[ .-]\d{4}\b|"
        r"\byour(?:website|site|domain|email|company|clinic|practice|business|"
        r"name)\.(?:com|org|net|co\.uk)\b|"
        r"\b(?:anytown|anycity|yourtown|yourcity)\b|,\s?st (?:12345|54321|00000)\b",
    ),
    (
        "page furniture",
        # a journal page's metrics: "44 Scopus citations", "CrossRef citations to
        # date", "Altmetric", "Download: 9", "Research output: Contribution to …"
        r"^\W{0,3}\d[\d,]* (?:crossref |scopus |google scholar |web of science |"
        r"dimensions |pubmed )?(?:citations?|downloads|views|reads)(?: to date)?"
        r"\W{0,3}$|"
        r"^\W{0,3}(?:crossref|scopus|dimensions|google scholar|web of science) "
        r"citations?\b|"
        r"^\W{0,3}altmetric(?: (?:score|attention score|badge))?\W{0,3}\d*\W{0,3}$|"
        r"^\W{0,3}(?:downloads?|views?|citations?|reads|shares)\s?:\s?\d[\d,]*"
        r"\W{0,3}$|"
        r"^\W{0,3}research output\s?:|"
        # a rating widget: "This module is rated as 4.2 out of 5 4-stars"
        r"\brated (?:as )?\d(?:\.\d)? out of 5\b[^.!?]{0,20}\bstars?\b|"
        r"\b\d(?:\.\d)? out of 5 stars\b|"
        # a hospital site's online services and finders: "Online Payment", "Rate
        # Calculator", "Find a Doctor", "Call Us 866.600.CARE"
        r"^\W{0,3}online (?:payments?|bill pay|application|applications|chat|"
        r"chat support|booking|registration|store|shop|forms?|donations?)\W{0,3}$|"
        r"^\W{0,3}(?:rate|cost|price|fee|payment|premium) calculator\W{0,3}$|"
        r"^\W{0,3}find (?:a|an) (?:doctor|physician|provider|specialist|location|"
        r"clinic|dentist|pharmacy|consultant|therapist|surgeon|practitioner)"
        r"\W{0,3}$|"
        r"^\W{0,3}call us\b[^.!?]{0,30}\d|"
        r"^\W{0,3}(?:[\w'-]{1,20} ){0,3}a ?- ?z\W{0,3}$|"
        r"^\W{0,3}looking for something\W{0,3}$|"
        r"^\W{0,3}(?:smart |advanced )?filters\W{0,3}$|"
        r"^\W{0,3}previous (?:step|page|post|article|lesson|slide|story)\W{0,3}$|"
        r"^\W{0,3}(?:toggle|dismiss|dismiss modal|close modal|modal)\W{0,3}$|"
        # a directory's listing labels: "Associated providers", "Associated care"
        r"^\W{0,3}associated (?:care|providers|locations|services|doctors|"
        r"specialties|specialists|conditions|clinics|departments)\W{0,3}$|"
        # a picture's file-like alt text: "Module-image"
        r"^\W{0,3}[a-z]{1,20}-(?:image|img|icon|logo|thumbnail|banner)\W{0,3}$|"
        # a picture's credit or its agency's name alone, and a dismiss glyph's
        # banner: "src: www.…", "Shutterstock", "× COVID-19 Vaccine Updates: …"
        r"^\W{0,3}(?:src|image source|photo source|img)\s?:|"
        r"^\W{0,3}(?:shutterstock|getty images|istock|istockphoto|adobe stock|"
        r"alamy|dreamstime)\W{0,3}$|"
        r"^\s?\u00d7\s?\w|"
        r"^\W{0,3}click (?:on )?(?:the )?(?:images?|icons?|pictures?|photos?|logos?|"
        r"tabs?|buttons?) (?:below|above)\b|"
        # a syndicated page's credit: "See original information on the NHS website."
        r"^\W{0,3}see (?:the )?original (?:information|article|post|story|source|"
        r"version|page)\b|"
        # a download link's file type and size: "(PDF file; 1261KB)"
        # (the link's own line, not a sentence that goes on after it)
        r"\((?:pdf|docx?|xlsx?|pptx?|rtf)(?: file| document)?[;,:]? ?\d[\d,.]* ?"
        r"(?:kb|mb)\)\W{0,3}$|"
        # cookie buttons run together: "I agreeI disagree"
        r"^\W{0,3}(?:i agree|accept|agree|allow all|allow)\s?(?:i disagree|reject|"
        r"reject all|decline|disagree|deny)\W{0,3}$|"
        # a charity's fundraising furniture: "raised of £10,000 target",
        # "Charity Registration No. SC002662", "Don't miss out, opt in."
        r"\braised of [\u00a3$\u20ac]\s?\d|"
        r"^\W{0,3}(?:registered )?charity (?:registration |reg\.? )?(?:no|number)"
        r"\.?\s?:?\s?[a-z]{0,3}\d|"
        r"\bdon't miss out,? opt in\b|"
        # an author label in Chinese: "作者："
        r"^\W{0,3}\u4f5c\u8005\s?[:\uff1a]",
    ),
)

__all__ = ["_ROUND32"]
