"""Kinds of chatter the independent round 29 showed the patterns lacked.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: a writing brief's instructions to the writer after a
label or a place in the piece ("Risks: Talk about …", "In the conclusion, …"), a
tool's notes on the register of its rewrite ("now reads more formal"), a tool
summarising its requester's material ("the content discusses …"), a tool
recommending that its own answer be verified, a chat product's feedback prompts,
and site furniture families (form notices, comment-box notices, feedback
widgets, bare date stamps, related-post widgets, ad slots, lead magnets, author
boxes). Every pattern is bounded and anchored or starts with a literal, so a line
is scanned in linear time.
"""

from __future__ import annotations

from healthkb.rules.chatter_kinds_round24 import _NO_YOU

#: the verbs a brief tells its writer to expound with (not "provide", "offer",
#: "share": a guideline tells a nurse to provide support, a leaflet to offer food)
_EXPOUND = (
    r"(?:talk about|discuss|delve (?:deeper )?into|define|dispel|debunk|"
    r"distinguish between|differentiate between|present the (?:notion|idea|"
    r"argument|case|view)|give (?:a|an) (?:brief |quick |short )?(?:overview|"
    r"introduction|summary|rundown)|guide (?:the )?readers|walk (?:the )?readers|"
    r"touch on|elaborate on|explore|examine|introduce|explain|describe|highlight|"
    r"emphasi[sz]e|outline|summari[sz]e|mention|cover|address|illustrate)"
)
#: what a brief's verb is about: a topic's aspects ("how they aid …", "the many
#: advantages of …", "X and their role", "the misconception that …")
_TOPIC = (
    r"(?:how|why|what|when|whether|the (?:[\w-]+ ){0,2}?(?:importance|benefits?|"
    r"advantages?|disadvantages?|role|impact|effects?|types?|causes?|risks?|"
    r"basics|fundamentals|science|history|concept|notion|idea|misconceptions?|"
    r"myths?|difference|differences|structure|prevalence|signs|symptoms|ways|"
    r"options|pros|key|main)|(?:[\w-]+ ){1,3}and (?:how|why|what|their|its|it's)|"
    r"common|various|several|key|potential|practical|some)\b"
)
#: the register words a tool's note on its rewrite names
_REGISTER = (
    r"(?:casual|conversational|corporate|formal|informal|professional|polished|"
    r"friendly|empathetic|warm|concise|punchy|natural|engaging|readable|"
    r"approachable|authoritative|human|personal|persuasive|scannable|on-brand)"
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?"

_ROUND29: tuple[tuple[str, str], ...] = (
    (
        "a writing brief's instruction",
        # a brief's item behind a label of its own: "Risks: Talk about how …",
        # "Thesis: Present the notion that …", "Myths: Dispel the idea that …"
        # (the reader's own imperatives say "you": "Side effects: Talk about them
        # with your pharmacist")
        r"^"
        + _NO_YOU
        + r"\W{0,3}[\w' -]{3,40}:\s"
        + _EXPOUND
        + r" "
        + _TOPIC
        + r"|^"
        + _NO_YOU
        # (a myth dispelled, two things told apart, an idea put: the verb alone
        # says what the piece must argue)
        + r"\W{0,3}[\w' -]{3,40}:\s(?:distinguish between|differentiate between|dispel|"
        r"debunk|present the (?:notion|idea|argument|case|view))\b|^"
        + _NO_YOU
        + r"\W{0,3}[\w' -]{3,40}:\sgive (?:a|an) (?:brief |quick |short )?overview of\b"
        # or where it goes in the piece: "In the conclusion, sum up …", "Here,
        # discuss …", "In this section, delve deeper into …"
        + r"|^"
        + _NO_YOU
        + r"\W{0,3}(?:in (?:the|this|your|each|the next|the final|the first) "
        r"(?:introduction|intro|conclusion|section|paragraph|part|opening|closing|"
        r"body)|here|next|then|finally),\s(?:start|begin|end|close|open) by\b|^"
        + _NO_YOU
        + r"\W{0,3}(?:in (?:the|this|each|the next|the final|the first) "
        r"(?:introduction|intro|conclusion|section|paragraph|part|opening|closing|"
        r"body)|here),\s" + _EXPOUND + r"\b",
    ),
    (
        "a writing brief's instruction",
        # a brief's imperative that only a writer is given: "Delve into …",
        # "Dispel the myth that …", "Define X and its role …", "Guide readers on
        # …", "Offer simple recipe ideas …", "Share tips for …"
        r"^"
        + _NO_YOU
        + r"\W{0,3}(?:\d{1,2}[.)]\s)?(?:delve (?:deeper )?into|dispel|debunk|"
        r"(?:guide|walk|take) (?:the )?readers (?:on|through)|define [\w-]+(?: [\w-]+)?"
        r" and (?:their|its|it's|how|why|what)|introduce [\w-]+(?: [\w-]+)? and (?:how|"
        r"why|what|their|its|it's)|talk about (?:how|why|what|the (?:[\w-]+ ){0,2}?"
        r"(?:benefits?|advantages?|importance|role|risks?|impact|types?))|"
        r"(?:offer|share|suggest|list) (?:some |a few |several |\d{1,2} )?(?:[\w-]+ )"
        r"{0,3}?(?:ideas|strategies|tips|examples|suggestions) (?:for|on|to|that|"
        r"suitable)|give (?:a|an) (?:brief |quick |short )?overview of the "
        r"(?:blog|post|article|piece|guide)'?s?)\b",
    ),
    (
        "an SEO tool's label",
        # an outline's labels for parts of the piece: "Suggested H2: …", "H3: …",
        # "Thesis statement: …", "## SEO", "Post images:"
        r"^\W{0,3}(?:(?:suggested|proposed|possible|alternative|optional) )?h[1-6]\s?:|"
        r"^\W{0,3}(?:suggested|proposed|possible|alternative) (?:subtitle|"
        r"subheadings?|standfirst|dek|tagline|intro|cta|hook)\s?:|"
        # (not "Subtitle:", "Dek:", "Standfirst:": a house style's labels for the
        # standfirst, which the importer reads as the description)
        r"^\W{0,3}(?:thesis(?: statement)?|working thesis)\s?:\s?\S|^\W{0,3}seo\W{0,3}$|^\W{0,3}(?:post|blog|"
        r"featured|suggested|header) images?\s?:|"
        # a heading naming what it heads as the tool's outline
        r"\boutline and key (?:concepts|points|takeaways|ideas)\W{0,3}$|"
        r"^\W{0,3}(?:blog|article|post|content|essay|seo) outline\b",
    ),
    (
        "the tool about its own edits",
        # a change list's item: an editing gerund on the register or the form of
        # the text ("Replacing casual phrases with …", "Ensuring consistent
        # register", "Emphasizing key points with bold text")
        r"^\W{0,3}(?:replacing|ensuring|emphasi[sz]ing|softening|tightening|"
        r"streamlining|simplifying|shortening|condensing|rewording|rephrasing|"
        r"restructuring|standardi[sz]ing|swapping|removing|adding|breaking up|"
        r"converting|using) (?:[\w-]+ ){0,3}?(?:phrases|phrasing|register|tone|"
        r"wording|sentences|jargon|bold(?: text)?|headings|subheadings|formatting|"
        r"key points|transitions|alternatives|voice|terminology|bullet points|"
        r"paragraphs|punctuation|capitali[sz]ation|contractions)\b|"
        # its verdict on the register it reached: "The copy now reads more
        # formal", "… slightly more casual to match …", "That makes it sound more
        # professional", "more conversational and less corporate"
        r"\bnow (?:feels|reads|sounds|comes across) (?:[\w-]+ ){0,2}?(?:more|less) "
        + _REGISTER
        + r"|\b(?:more|less) "
        + _REGISTER
        + r" (?:and (?:less|more) "
        + _REGISTER
        + r"|to (?:match|suit|fit) (?:the )?(?:channel|platform|audience|brand|"
        r"medium|format))\b|\bmakes? (?:it|this|the (?:text|copy|post|message|intro|"
        r"introduction|opening|ending|email|caption|draft|wording|piece)) "
        r"(?:look|sound|read|feel|come across) (?:[\w-]+ ){0,2}?more "
        + _REGISTER
        + r"\b|"
        # presenting its rewrite by an adjective of editing: "Here's the improved
        # message", "Concise version:", "Expanded version:"
        r"^\W{0,3}here(?:'s| is) (?:the|your|an?) (?:improved|polished|refined|"
        r"rewritten|reworded|corrected|tightened|shortened|cleaned-up|more "
        r"(?:concise|formal|casual|friendly|professional)) [\w-]+\W{0,3}$|"
        r"^\W{0,3}(?:concise|expanded|condensed|longer|formal|informal|casual|"
        r"friendly|simplified|detailed|alternative|final|punchier|professional|"
        r"short|long) (?:version|draft|rewrite|option)\s?:\W{0,3}$|"
        # its flag on the requester's text: "One thing to flag: …", "… marked
        # them for you to check"
        r"^\W{0,3}(?:one|a few|two|three|some) things? (?:to flag|i (?:noticed|"
        r"flagged|spotted))\b|\b(?:marked|flagged|highlighted|left) (?:them|it|these|"
        r"this|those|both) for you to (?:check|review|confirm|verify|decide)\b",
    ),
    (
        "the tool about its own edits",
        # a tool summarising its requester's material: "The content discusses …",
        # "Overall, the text emphasizes …", "… the concepts presented in the
        # video" (an article's own "The article discusses …" excerpt is prose)
        r"^\W{0,3}(?:overall,? |in summary,? |in short,? |in essence,? )?the "
        r"(?:content|passage|provided text|given text|text|transcript) (?:discusses|"
        r"emphasi[sz]es|highlights|explores|focuses on|covers|outlines|stresses|"
        r"underscores)\b|\b(?:concepts|ideas|points|topics|analogies) (?:presented|"
        r"discussed|covered|mentioned|explained) in the (?:video|transcript|lecture|"
        r"recording|podcast|source text|original text)\b",
    ),
    (
        "the tool's caveat about itself",
        # a tool recommending its own answer be checked: "I recommend verifying
        # this independently", "I'd suggest double-checking the figures" (a
        # doctor's "I recommend checking your blood pressure" is advice)
        r"\bi (?:would |'d |strongly )?(?:recommend|suggest|advise) (?:verifying|"
        r"double[- ]?checking|fact[- ]checking|cross[- ]checking|independently "
        r"(?:verifying|checking|confirming)|confirming (?:this|these|that|those)|"
        r"checking (?:this|these|that|those) (?:independently|against|with))\b|"
        # what it could not fetch: "I could not reliably download some PDFs"
        r"\bi (?:could not|couldn't|was unable to|wasn't able to) (?:reliably |"
        r"successfully |fully )?(?:download|fetch|retrieve|scrape|parse|extract)\b|"
        r"\bas i'm not (?:highly|very|fully|entirely) (?:confident|certain|sure)\b|"
        r"^\W{0,3}caveats? (?:and|&) [\w -]{2,40}:",
    ),
    (
        "an offer or question to the requester",
        # an offer put in the passive: "If you say who it is for, a more tailored
        # plan can be given."
        r"^if you (?:say|tell|share|specify|mention|give|let (?:me|us) know)\b"
        r".{0,160}?\ba more (?:tailored|specific|personali[sz]ed|detailed|targeted|"
        r"precise) [^\s.]{1,30}(?: [^\s.]{1,30})? (?:can|could|will) be (?:given|provided|made|"
        r"written|prepared|suggested)\b",
    ),
    (
        "a chat transcript's interface text",
        # a chat product's feedback prompts: "Is this conversation helpful so
        # far?", "Your choice will help make ChatGPT better."
        r"^\W{0,3}(?:is|was) this (?:conversation|response|answer|chat|reply) "
        r"(?:helpful|useful)\b|\bhelps? (?:make|improve|train) (?:chatgpt|gemini|"
        r"claude|copilot|bard|the model|our models?)(?: better)?\b",
    ),
    (
        "page furniture",
        # forms and comment boxes: "\"*\" indicates required fields", "You are
        # commenting using your … account", a feedback widget's "Your feedback
        # matters to us", "Please tell us what you think is missing."
        r"\bindicates? (?:a )?required fields?\b|\byou are commenting using your\b|"
        r"^\W{0,3}your feedback (?:matters|is important|helps us)\b|"
        r"^\W{0,3}please tell us (?:what|how) you think (?:is missing|we could|of "
        r"this page)\b|\bsubmit a (?:ticket|support request)\b|\bmy tickets\W{0,3}$|"
        # a syndicated copy's pointer and a source credit label: "Original source
        # can be found here.", "Information from: …"
        r"^\W{0,3}(?:the )?original (?:source|article|story|post) (?:can be found|"
        r"is available|is) (?:here|at)\b|^\W{0,3}information (?:from|provided by|"
        r"courtesy of)\s?:",
    ),
    (
        "page furniture",
        # a bare date stamp, with its time or an update label: "Monday, 3rd March
        # 2019, 8:05 am", "Updated Tuesday, 4 June 2019, 9:35 pm"
        r"^\W{0,3}(?:(?:last )?(?:updated|posted|published|modified)\s?:?\s)?"
        + _WEEKDAY
        + r",? \d{1,2}(?:st|nd|rd|th)? "
        + _MONTH
        + r",? \d{4}(?:,? (?:at )?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)?\W{0,3}$|"
        r"^\W{0,3}(?:(?:last )?(?:updated|posted|published|modified)\s?:?\s)?"
        + _WEEKDAY
        + r",? "
        + _MONTH
        + r" \d{1,2}(?:st|nd|rd|th)?,? \d{4}(?:,? (?:at )?\d{1,2}[:.]\d{2}(?:\s?[ap]"
        r"\.?m\.?)?)?\W{0,3}$|"
        # a journal's abbreviated name and date over its article: "Front. Med.,
        # 12 May 2021"
        r"^\W{0,3}[a-z]{2,8}\. (?:[a-z]{2,10}\.? ){0,3}[a-z]{2,10},? \d{1,2} "
        + _MONTH
        + r" \d{4}\W{0,3}$",
    ),
    (
        "page furniture",
        # a blog's widgets and slots: "Post Top Ad", "Blog Feature", "New
        # Call-to-action", "Featured Articles", "Browse by Category", a related
        # post under "See also 12 …", "See related …", a product's version credit
        r"^\W{0,3}(?:post|page|sidebar|header|footer|article) (?:top|bottom|middle|"
        r"side|inline) ad\W{0,3}$|^\W{0,3}(?:blog|newsfeed|news feed) (?:feature|"
        r"post|item|widget)\W{0,3}$|\bnew call-to-action\W{0,3}$|"
        r"^\W{0,3}(?:featured|all|trending|popular) (?:articles|posts|stories|"
        r"topics|categories)\W{0,3}$|^\W{0,3}browse (?:by|all) (?:categor(?:y|ies)|"
        r"topics?|tags?|authors?|dates?|archives?)\W{0,3}$|"
        r"^\W{0,3}see also\s{1,3}\d{1,3} [a-z]|^\W{0,3}see related (?:[\w.-]+ )?"
        r"(?:titled|article|post|story)\b|^\W{0,3}related (?:subjects|categories)"
        r"\s?:|"
        r"\b(?:advisor|adviser) \d{1,2}\.\d{1,2}\W{0,3}$|\bwikipedia selection\b",
    ),
    (
        "page furniture",
        # a blogger's lead magnet and an author box: "Grab a copy of the checklist
        # I use (for free!)", "Get the free planner template", "About Staff
        # Writer", "Our staff writers have …", a station's "Get … News Delivered"
        r"\(for fre+!?\)|^\W{0,3}(?:get|grab|download|snag) (?:a copy of |a free "
        r"copy of )?(?:the|my|our|your|a) (?:free )?(?:[\w-]+ ){0,4}?(?:template|"
        r"checklist|e-?book|cheat ?sheet|planner|workbook|swipe file)\b|"
        r"^\W{0,3}about (?:the |our )?staff writers?\W{0,3}$|^\W{0,3}our staff "
        r"writers (?:have|are|bring)\b|^\W{0,3}get [\w' ]{2,40} (?:news|updates|"
        r"alerts|headlines) delivered\b",
    ),
    (
        "a placeholder",
        # a template's instruction to put in one's own details: "Replace
        # `user/repo` with your actual user name"
        r"\breplace [^.]{1,60} with your (?:actual|real)\b",
    ),
)

__all__ = ["_ROUND29"]
