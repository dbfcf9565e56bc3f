"""Recognise writing-tool chatter and content-system leftovers in one line of text.

Used by ``healthkb check`` (the leftover rule) and by ``healthkb import`` (which
removes the lines).  Chatter is what a writing tool says *to its requester*: it
presents the text, talks about its own edits, refers to the request, offers more,
signs off, hedges about itself or leaves a placeholder.  Health writing that speaks
to readers ("Tell your nurse if ...", "Here are the main results.") is not chatter.

The technique is explainable patterns over normalised text: each pattern belongs to
one *kind*, and a finding names that kind.  All patterns are bounded (no nested or
adjacent unbounded quantifiers over the same characters) so a line is scanned in
linear time whatever it contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthkb.regex_literals import required_strings

#: longest line looked at: chatter is short; a longer line is cut, not skipped
_MAX_LINE = 2000


@dataclass(frozen=True)
class Chatter:
    kind: str
    #: the normalised words that matched, for the message
    cue: str


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})
#: contractions written without an apostrophe, and frequent typos of cue words
_TYPOS = {
    "heres": "here's",
    "hers's": "here's",
    "here;s": "here's",
    "hre's": "here's",
    "hree's": "here's",
    "herre's": "here's",
    "heer's": "here's",
    "ive": "i've",
    "iv'e": "i've",
    "im": "i'm",
    "ill": "i'll",  # only used after "okay"/"sure" or at a line start, see below
    "id": "i'd",
    "youve": "you've",
    "youd": "you'd",
    "youre": "you're",
    "couldnt": "couldn't",
    "cant": "can't",
    "didnt": "didn't",
    "wasnt": "wasn't",
    "dont": "don't",
    "lets": "let's",
    "darft": "draft",
    "drafft": "draft",
    "drat": "draft",
    "verison": "version",
    "vesion": "version",
    "artcile": "article",
    "aritcle": "article",
    "reuqested": "requested",
    "requsted": "requested",
    "instrucitons": "instructions",
    "insturctions": "instructions",
    "provded": "provided",
    "porvided": "provided",
    "hlep": "help",
    "helsp": "helps",
    "hepls": "helps",
    "summray": "summary",
    "rewriten": "rewritten",
    "okey": "okay",
    "oky": "okay",
}
#: these typo fixes change real words, so they apply only where a pronoun fits
_PRONOUN_ONLY = {"ill", "id", "im", "lets", "cant", "dont"}
_WORD = re.compile(r"[a-z';]+")


def normalise(text: str) -> str:
    """Casefolded, straight apostrophes and quotes, no emphasis marks, one space,
    common typos of the cue words fixed."""
    text = text[:_MAX_LINE].translate(_APOSTROPHES).translate(_QUOTES).casefold()
    text = text.replace("**", "").replace("__", "")
    words = text.split()
    fixed = []
    for index, word in enumerate(words):
        core = word.strip('*_.,!?:;()[]"')
        fix = _TYPOS.get(core)
        if fix and core in _PRONOUN_ONLY:
            # "ill"/"id" as "I'll"/"I'd" only at the start of a line or clause
            previous = words[index - 1] if index else ""
            if (
                index
                and not previous.endswith((",", ".", "!", ":"))
                and previous
                not in (
                    "okay",
                    "ok",
                    "sure",
                    "and",
                )
            ):
                fix = None
        if fix:
            word = word.replace(core, fix, 1)
        fixed.append(word)
    return " ".join(fixed)


_WRITING = (
    r"(?:draft|drafts|version|versions|rewrite|revision|article|post|blog|blog post|"
    r"piece|copy|text|content|outline|summary|overview|edit|edits|changes|"
    r"paragraphs?|sections?|headings?|subheadings?|headlines?|titles?|intro|"
    r"introduction|conclusion|tone|wording|language|terms|terminology|jargon|"
    r"sentences?|structure|format|formatting|flow|readability|keywords?|"
    r"meta description|references|citations|sources|bullet points?|list|lists|"
    r"word count|length|style|voice|call to action|faq|seo|statistics|figures|claims|"
    r"disclaimer|quotes?|examples|studies|key points|main points|points|"
    r"placeholders?|gaps|comments|notes|opening|ending|draft's)"
)
_OBJECT = r"(?:(?:the|your|this|that|a|an|my|each|every|some|all|any|more|its)\s)?"
_EDIT_VERB = (
    r"(?:kept|made|simplified|rewritten|rewrote|revised|edited|added|removed|"
    r"included|used|tried|focused|focussed|structured|restructured|expanded|"
    r"shortened|condensed|adjusted|changed|incorporated|organized|organised|"
    r"reorganized|reorganised|aimed|written|wrote|drafted|toned|replaced|avoided|"
    r"highlighted|broken|split|formatted|cut|softened|updated|polished|reworded|"
    r"rephrased|streamlined|trimmed|tightened|clarified|maintained|preserved|"
    r"ensured|left|omitted|retained|followed|emphasized|emphasised|bolded|"
    r"combined|merged|moved|inserted|corrected|fixed|checked|framed|tailored|"
    r"created|generated|prepared|put together|compiled|crafted|taken|done|gone|"
    r"translated|converted|italicized|marked|flagged|labelled|labeled|kept it|"
    r"went with|opted for|settled on|stuck with|based|chose|picked|leaned on)"
)
_FUTURE_VERB = (
    r"(?:add|write|expand|revise|rewrite|adjust|tailor|create|draft|include|"
    r"provide|make|help|generate|shorten|simplify|tweak|modify|update|change|"
    r"tone|format|prepare|produce|suggest|give|continue|refine|polish|edit|"
    r"research|find|look|put|craft|convert|translate|elaborate|incorporate|"
    r"focus|start|begin|keep|break|use|aim|try|do|work|come up|populate|fill|"
    r"restructure|reorganise|reorganize|rework|cover|outline|structure|rephrase|"
    r"turn|send|share|split|combine|draw up|whip up|sketch)"
)

_KINDS: tuple[tuple[str, str], ...] = (
    (
        "presenting the text",
        r"^(?:(?:okay|ok|sure|certainly|of course|absolutely|alright|all right|great|"
        r"got it|no problem|perfect|done|yes|understood|sounds good)\b[^a-z]{0,4}"
        r"(?:[a-z]+\W{1,3}){0,6}?)?"
        r"(?:here(?:'s| is| are| you go)|below (?:is|are|you'll find|you will find)|"
        r"please find|i've (?:put together|prepared|created|written|drafted)|"
        r"this is (?:a|an|the|your|my) (?:\w+[ -]){0,3}?(?:draft|version|rewrite|"
        r"revision|rewritten|revised))"
        r"(?:\s(?:a|an|the|your|my|our|some|that|this))?"
        r"(?:\s[\w,-]+){0,5}?\s(?:draft|version|rewrite|revision|rewritten|revised|"
        r"updated|edited|polished|post|blog|article|outline|copy|piece|take|attempt|"
        r"summary|overview|breakdown|text|content)\b",
    ),
    (
        "presenting the text",
        r"^(?:okay|ok|sure|certainly|of course|absolutely|alright|all right|got it|"
        r"no problem|great question|great idea|perfect|understood)"
        r"(?:[!.,:]|\s*$)",
    ),
    ("presenting the text", r"^here you go\b|^here it is\b|^as promised\b"),
    (
        "presenting the text",
        r"^(?:here(?:'s| is| are)|below (?:is|are)) (?:a|an|the|your|my) "
        r"(?:[\w-]+ ){0,4}?(?:summary|overview|list|breakdown|version)\b"
        r"[^.]{0,80}(?::\s*$|\bfor you\b|\byou (?:asked|requested|wanted))",
    ),
    (
        "the tool about its own edits",
        r"\b(?:i(?:'ve| have|'d| had)?|we(?:'ve| have)?) (?:also |now |just |"
        r"carefully |deliberately |intentionally |tried to |made sure to |"
        r"been sure to )?"
        + _EDIT_VERB
        + r"\b[^.!?]{0,80}?\b"
        + _OBJECT
        + _WRITING
        + r"\b",
    ),
    (
        "the tool about its own edits",
        r"\b(?:i(?:'ll| will| can| could| would| am going to|'m going to| shall)|"
        r"let me|i'd be (?:happy|glad) to|i am (?:happy|glad) to|i'm (?:happy|glad) "
        r"to)(?: also| then| now| gladly| next| happily)? " + _FUTURE_VERB + r"\b",
    ),
    (
        "the tool about its own edits",
        r"\bi(?:'ve| have)? (?:also |now |just )?(?:rewritten|rewrote|rephrased|reworded|"
        r"redrafted|restructured|reorgani[sz]ed|condensed|proofread|copy-?edited|"
        r"paraphrased|summari[sz]ed|simplified|tightened|trimmed|drafted|formatted)\b",
    ),
    (
        "the tool about its own edits",
        r"\b(?:i(?:'ve| have)? (?:focused|aimed|tried|kept|written|made)|i "
        r"(?:made sure|took care|was careful|chose|opted|decided))\b",
    ),
    (
        "the tool about its own edits",
        r"\b(?:(?:the|this|my) (?:draft|rewrite|revision|version|revised "
        r"(?:text|version|draft)|rewritten (?:text|version|post))) (?:is|has been|"
        r"now|keeps|uses|aims|focuses|follows|includes|maintains|was)\b",
    ),
    (
        "the requester's request",
        r"\b(?:you(?:'ve| have)? (?:asked|requested|wanted|specified|mentioned|"
        r"provided|gave|shared|sent|supplied|outlined|pasted|uploaded|attached|"
        r"indicated|described|listed) (?:for|me|it|the|a|that|to|in|earlier|above|"
        r"below)?|as (?:you )?(?:requested|asked|instructed|specified|directed|"
        r"wanted|mentioned|described|discussed)|per your (?:request|instructions|"
        r"brief|guidelines|notes)|(?:your|the) (?:original )?(?:instructions|"
        r"request|prompt|brief|guidelines|specifications|requirements)\b|"
        r"(?:the )?(?:source material|material|text|notes|information|outline|"
        r"draft|article|document|content|points|details) (?:that )?you "
        r"(?:provided|gave|shared|sent|supplied|pasted|uploaded|attached|wrote)|"
        r"based on (?:your|the provided|the information you)|"
        r"(?:following|in line with|according to) your (?:request|instructions|brief|"
        r"notes|guidelines|style|prompt))",
    ),
    (
        "an offer or question to the requester",
        r"^(?:would|do|shall|should|can|could|want) (?:you like |you want )?"
        r"(?:me|i) (?:to |also |now )?\w",
    ),
    (
        "an offer or question to the requester",
        r"\b(?:would you like (?:me\b|(?:a |an |the |any |some |more |to see |to add |"
        r"to have )?(?:[\w-]+ ){0,3}?(?:version|draft|revision|rewrite|changes|"
        r"adjustments|edits|tweaks|section|conclusion|introduction|intro|summary|"
        r"headline|title|meta description|keywords|references|sources|images?|"
        r"variations?|options|alternatives|expanded|shorter|longer)\b)|"
        r"(?:do you want|would you prefer|do you need|should i (?:write|do|make)) (?:a|an|"
        r"the|another|me to write a) (?:[\w-]+ ){0,3}?(?:version|draft|rewrite|summary|"
        r"translation|variant|edition)\b|do you want me\b|want me to\b|should i (?:add|write|include|expand|"
        r"change|make|go|also|continue|shorten|rewrite)\b|shall i\b|"
        r"i can also\b|i could also\b|if you(?:'d| would)? (?:like|prefer|want|"
        r"need)(?: it| that| this)?,? i\b|if needed,? i\b|"
        r"(?:just |please )?let me know\b|feel free to (?:ask|adjust|tweak|edit|"
        r"modify|change|reach out|let me|use|request|tell|customi[sz]e)|"
        r"happy to (?:adjust|revise|expand|tweak|make|help|add|write|refine|"
        r"change|rework|shorten|provide|create|draft)|"
        r"(?:any|other) (?:further )?(?:changes|tweaks|edits|adjustments|"
        r"revisions)\b[^.]{0,40}\?|(?:is there|anything) (?:anything )?else "
        r"(?:i can|you(?:'d| would) like)|tell me (?:if|what|how|whether) you\b|"
        r"just say the word|ready when you are|how does (?:this|that) (?:look|sound)|"
        r"does (?:this|that) (?:work|look good|meet|capture|fit) (?:for )?you)",
    ),
    (
        "a sign-off",
        r"(?:^|\b)(?:i )?hope (?:this|that|it|these|the (?:draft|article|post|"
        r"revision|rewrite|version)) (?:helps|is (?:helpful|useful|what|a good|"
        r"close|in line)|was (?:helpful|useful)|works|meets|gives|fits|captures)\b|"
        r"\bhope you (?:find|found|like|enjoy) (?:this|it|the (?:draft|article|post|"
        r"piece|version))\b|\bglad (?:i could|to) (?:help|assist)|\bhappy to help\b|"
        r"^(?:happy (?:writing|editing|publishing|blogging)|good luck with (?:the|"
        r"your) (?:post|article|blog|publication|draft|piece|website|site)|"
        r"best of luck with (?:the|your) (?:post|article|blog|draft|piece))|"
        r"\b(?:thanks|thank you) for (?:the|your) (?:request|opportunity|prompt|"
        r"patience|feedback on the draft)\b|\benjoy (?:the|your) (?:draft|post|"
        r"article)\b",
    ),
    (
        "the tool's caveat about itself",
        r"\b(?:i|we) (?:could not|couldn't|cannot|can't|was unable to|were unable "
        r"to|did not|didn't|am unable to|am not able to|wasn't able to|was not able "
        r"to|weren't able to|were not able to|have not|haven't|don't "
        r"have the ability to|do not have the ability to) (?:independently |fully |"
        r"personally )?(?:verify|confirm|check|access|find|browse|locate|"
        r"fact[- ]check|open|read|look up|guarantee|validate)\b|"
        r"\bi (?:don't|do not) have (?:access|real-time|internet|browsing|"
        r"the ability)\b",
    ),
    (
        "the tool's caveat about itself",
        r"\bplease (?:double[- ]?check|verify|check|review|confirm|fact[- ]check|"
        r"cross[- ]check|validate|ensure)\b[^.]{0,100}?\b(?:before (?:publishing|"
        r"publication|posting|you publish|going live|sharing|using it|use)|"
        r"accuracy|accurate|against|sources?|numbers|figures|statistics|"
        r"citations|references|dosages?|facts|details|claims|studies|links)\b",
    ),
    (
        "the tool's caveat about itself",
        r"\b(?:should|must|need to|needs to|will need to) be (?:double[- ]?checked|"
        r"verified|fact[- ]checked|checked against|cross[- ]checked|confirmed "
        r"against|reviewed by a (?:medical|clinical|qualified|health))|"
        r"^\W*(?:caveat|note to (?:self|editor|the editor|ai|writer)|editor'?s note|"
        r"internal note|reviewer note|writer'?s note|ai note)\s*:|"
        r"\bas an ai\b|\bas a (?:large )?language model\b|\bi(?:'m| am) (?:just )?an "
        r"ai\b|\bi(?:'m| am) not a (?:doctor|medical professional|clinician)\b|"
        r"\bthe ai (?:will|should|can|has|generated|wrote|model)\b|"
        r"\b(?:to be |will be |should be )?(?:populated|filled in|filled|generated|"
        r"determined|completed|written|suggested|chosen|added|selected) by "
        r"(?:the )?(?:ai|a(?:n)? (?:ai|llm|model)|chatgpt|the model)\b|"
        r"\bai[- ](?:determined|generated|suggested|written|selected|created)\b|"
        r"\b(?:my|the model's) (?:knowledge|training) (?:cutoff|cut-off|data)\b|"
        r"\bknowledge cut-?off\b|\bai to (?:populate|fill|generate|complete|determine|"
        r"suggest|choose|add)\b|\bon (?:my )?general knowledge\b|\bmy training\b|"
        r"\b(?:note to|instructions? (?:for|to)) (?:the )?ai\b|"
        r"\b(?:hallucinat\w*|may contain inaccuracies as i)\b",
    ),
    (
        "a placeholder",
        r"\[\s*(?:insert|add|include|image|img|photo|picture|figure|fig|graphic|"
        r"chart|diagram|video|infographic|illustration|screenshot|link|url|"
        r"citation|cite|source|ref|reference|quote|your|name|author|date|"
        r"placeholder|caption|cta|tbd|todo|to do|expert|statistic|stat|number|"
        r"example|company|brand|location|clinic|product|call to action|"
        r"citation needed)\b[^\]]{0,200}\]|"
        r"\(\s*(?:insert|add|include|image|img|photo|picture|graphic|diagram|"
        r"placeholder|link to|cite|citation|source needed|quote from|"
        r"expert quote|tbd|todo)\b[^)]{0,200}\)|"
        r"^\W*(?:word count|approx(?:imate|\.)? word count|total words|reading level|"
        r"target word count)\s*:?\s*(?:~|approx\w*\.?\s|about\s|around\s)?\s*\d|"
        r"\bword count (?:is|was|comes to)\b|"
        r"^\W*(?:estimated )?(?:reading|read) time\s*:|\b\d{3,4}\s+words?\s*\)?\s*$|"
        r"\blorem ipsum\b|\{\{\s*[\w .-]{1,60}\}\}|\bcitation needed\b|"
        r"\b(?:insert|add|include|place|put) (?:a |an |the |your |relevant |"
        r"appropriate )?(?:[\w'-]+ ){0,4}?(?:here|below|above)\b|"
        r"^\W*(?:image|photo|picture|figure|graphic|visual|infographic|"
        r"illustration|suggested image|image suggestion|image idea)s?\s*"
        r"(?:\d+\s*)?:",
    ),
    (
        "a content-system leftover",
        r"^\W*(?:posted|published|written|filed|last updated) (?:by|on|in|under)\b|"
        r"^\W*by [\w .'-]{2,60}(?:\||\u2022|\u00b7| - | on )[\w .,'-]{2,60}$|"
        r"\b\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.? read\b|"
        r"^\W*(?:share(?: this(?: post| article| story| page)?)?|tweet this|pin it|"
        r"email this|tags|categories|comments)\W*$|"
        r"^\W*share (?:this (?:post|article|story|page)|on|via|with (?:your )?friends)"
        r"\b|^\W*share\s*:|"
        r"^\W*comments?\s*[(:]\s*\d|^\W*\d+\s+(?:comments?|responses?|replies|reply|"
        r"thoughts? on|likes?|shares?)\b|"
        r"^\W*(?:related (?:posts|articles|stories|reading|content|topics)|"
        r"you (?:might|may) also (?:like|enjoy|be interested)|more (?:from|like "
        r"this|stories|articles)|recommended (?:for you|reading|articles|posts)|"
        r"read next|popular (?:posts|articles)|recent posts|"
        r"trending (?:now|posts)|further reading on our blog)\b|"
        r"^\W*leave a (?:reply|comment|response)|"
        r"^\W*(?:tags|tagged(?: with| as| in)?|filed under|categories|category|"
        r"topics)\s*:|\bpowered by (?:wordpress|wix|squarespace|ghost|blogger|"
        r"medium|hubspot|drupal|joomla|substack|shopify|tumblr|jekyll|hugo)\b|"
        r"^\W*powered by\b|\b(?:subscribe|sign up|join) (?:to|for|our) (?:our |the "
        r"|my )?(?:newsletter|blog|channel|mailing list|updates|podcast|free)\b|"
        r"^\W*subscribe\b|\bclick here to (?:subscribe|share|comment|read|"
        r"download|learn)|^\W*(?:previous|next|older|newer) (?:post|article|"
        r"entry|story)\b|\ball rights reserved\b|"
        r"^\W*(?:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?\d{4}|^\W*(?:like|follow) us on\b|"
        r"\bskip to (?:main )?content\b|^\W*(?:home|menu)\s*[>\u203a\u00bb/|]|"
        r"^\W*(?:about the author|author bio|cookie(?:s)? (?:policy|settings|"
        r"consent)|accept (?:all )?cookies|print this (?:page|article)|"
        r"back to top|table of contents|in this article|jump to)\b\W*$|"
        r"\b(?:was|did you find) this (?:article|page|post|information) "
        r"(?:helpful|useful)\b|"
        r"^\W*(?:[\d,.]{1,9}k?|no) (?:views|reads)\b|"
        r"^\W*(?:(?:updated|published|posted|last updated)(?: on)?:? )?(?:(?:mon|tue|wed|"
        r"thu|fri|sat|sun)[a-z]{0,6},? )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:jan|feb|mar|"
        r"apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?"
        r"\d{4}\W*$|^\W*\d{4}-\d{2}-\d{2}\W*$|\bwas this (?:article|page|post) "
        r"helpful\b|^\W*(?:reply|log in to reply|report)\W*$",
    ),
    # round 5: generalised from the held-out misses, one entry per kind
    (
        "presenting the text",
        r"^(?:happy to|sure thing|will do|you got it|gladly|with pleasure)\s*[!.,:]|"
        r"^(?:here(?:'s| is| are)|below (?:is|are)) (?:a|an|my|the|some) (?:[\w-]+ ){0,3}?"
        r"(?:first pass|rough cut|suggested (?:structure|outline|plan|layout)|"
        r"proposed (?:structure|outline|layout))\b",
    ),
    (
        "the tool about its own edits",
        r"^\W*(?:changes made|summary of (?:edits|changes|revisions)|key changes|"
        r"what i changed|edits made|revisions made|main changes|changes i made)\b|"
        r"^\W*note\s*:\s*i(?:'ve| have)? \w|"
        r"\bin this (?:version|draft|revision|rewrite|edit)\b|"
        r"^\W*the (?:tone|wording|language|intro|introduction|conclusion|structure|"
        r"flow|headline|title|ending|opening|call to action|voice|style) (?:is|reads) "
        r"now\b|"
        r"\bi(?:'ve| have)? (?:swapped|switched|reordered|went for|stuck to|"
        r"stuck with|toned down|put|set|placed|marked|highlighted)\b[^.!?]{0,80}?\b"
        r"(?:" + _OBJECT + _WRITING + r"|in (?:bold|italics|red|yellow)|voice|order)\b|"
        r"\b(?:in|marked in|shown in) (?:italics|bold|red|yellow|highlight)\b"
        r"[^.!?]{0,30}\b(?:is|are) (?:new|added|changed|mine|my (?:changes|edits))\b|"
        r"\bso i (?:assumed|guessed|went with|chose|kept|aimed|used|wrote|opted|"
        r"left|picked|focused)\b",
    ),
    (
        "the requester's request",
        r"\byou (?:said|told me|mentioned|noted|specified)\b[^.!?]{0,100}\bso i\b|"
        r"\b(?:in|from|of) your (?:outline|brief|prompt|instructions|original (?:text|"
        r"draft|post)|message|email|request|draft)\b|"
        r"\byour (?:brief|outline|instructions|prompt|request|original text) "
        r"(?:didn't|did not|doesn't|does not|said|says|mentioned|asked|had|called|"
        r"listed|included)\b",
    ),
    (
        "an offer or question to the requester",
        r"\byou(?:'d| would) like me to\b|"
        r"\b(?:just )?say (?:if|whether|when) you(?:'d| would)? (?:like|want|prefer)\b|"
        r"^(?:need|want|prefer|fancy) (?:a|an|me to|it|the|another)\b[^?]{0,60}\b"
        r"(?:version|draft|rewrite|edit|headline|title|summary|variant|tone|take)\b|"
        r"\bwould you (?:prefer|rather|like)\b[^?]{0,60}\b(?:tone|version|draft|"
        r"wording|style|headline|title|format|length|rewrite|intro|ending)\b|"
        r"^should (?:this|it|the (?:post|article|piece|draft|text|copy)) (?:be )?"
        r"(?:written|aimed|pitched|targeted|tailored|framed|in)\b|"
        r"\bdo you have (?:a|any) (?:word (?:limit|count)|length|target audience|"
        r"style guide|preferred (?:tone|style|length|format)|tone)\b|"
        r"\bwhich (?:of (?:these|the|my) )?(?:headlines?|titles?|versions?|drafts?|"
        r"intros?|openings?|taglines?|rewrites?)\b[^?]{0,40}\bdo you\b",
    ),
    (
        "a sign-off",
        r"\b(?:good|best of) luck with (?:the |your )(?:[\w-]+ ){0,2}?(?:post|article|"
        r"blog|publication|draft|piece|website|site|launch|newsletter|leaflet|campaign|"
        r"submission|edits)\b|"
        r"\bthanks? (?:you )?for using (?:the |this |our )?(?:assistant|writing tool|"
        r"ai|chatgpt|bot|me)\b|"
        r"\bthanks? (?:you )?for (?:the|this) (?:chance|opportunity) to (?:work|write|"
        r"help|edit|collaborate)\b",
    ),
    (
        "the tool's caveat about itself",
        r"\bi (?:may|might|could) have (?:gotten|got|made|misread|misremembered|"
        r"mixed|confused|misquoted)\b|"
        r"\bi(?:'m| am) not (?:certain|sure|confident) (?:that |whether |if |about )?"
        r"(?:this|that|these|the|my) (?:[\w-]+ ){0,2}?(?:statistic|figure|number|"
        r"source|study|claim|guidance|dose|dosage|reference|link|fact|quote|"
        r"information)s?\b|"
        r"\bmy (?:information|knowledge|data) (?:may|might|could|is|was)\b|"
        r"\b(?:from|based on) (?:my )?memory\b|"
        r"\bi (?:made up|invented|fabricated|guessed)\b|"
        r"\b(?:written|drafted|generated|created|produced) (?:with the help of|with|"
        r"using|by) (?:an? |the )?(?:ai|chatgpt|gpt|llm|language model|writing tool|"
        r"ai tool)\b|"
        r"\b(?:automatically generated|generated automatically|machine[- ]generated|"
        r"auto-?generated)\b|"
        r"\b(?:this|the) (?:text|draft|content|copy|piece) (?:has not|hasn't|was not|"
        r"wasn't) (?:yet )?been (?:reviewed|checked|fact-checked|verified)\b|"
        r"\b(?:i|we)(?:'m| am|'re| are) (?:unable|not able) to (?:verify|confirm|check|"
        r"access|find|browse|guarantee|validate)\b|"
        r"^please (?:make sure to |be sure to |remember to )?(?:have|get|ask) "
        r"(?:a |an |the |your )?(?:clinician|doctor|pharmacist|expert|professional|"
        r"editor|gp|nurse|specialist|medical (?:reviewer|professional))\b[^.]{0,60}"
        r"\b(?:review|check|verify|look over|read)\b|"
        r"^please (?:make sure to |be sure to |remember to )(?:double[- ]?check|verify|"
        r"check|fact[- ]check|confirm)\b|"
        r"\bbefore (?:it|this) (?:is|goes|gets|'s) (?:published|live|posted|out)\b",
    ),
    (
        "a placeholder",
        r"<\s*(?:insert|add|include|link|image|photo|picture|quote|name|source|"
        r"citation|placeholder|tbd|todo)\b[^>]{0,200}>|"
        r"^\W*(?:todo|tbd|fixme|tbc)\b\s*[:\-]|"
        r"\bx{2,}\s?%|"
        r"\(\s*(?:find|check|confirm|get|verify|look up) (?:the |a )?(?:real|actual|"
        r"exact|correct|latest|right)\b[^)]{0,60}\)|"
        r"[\[(]\s*(?:reference|references|source|sources|citation|link|quote|figure|"
        r"stat|statistic|image|photo|name|date|details?)s? (?:to be|needed|tbc|tbd|"
        r"required|goes here|here)\b[^\])]{0,60}[\])]",
    ),
    (
        "a content-system leftover",
        r"^\W*(?:continue reading|keep reading|read full (?:article|story|post))\b"
        r"[^a-z]*$|"
        # a bare "Read more" can be a heading; with an ellipsis or arrow it is a link
        # (normalising turned a guillemet into a straight quote)
        r"^\W*read more\s*(?:\.{3}|\u2026|\"|>|\u2192|\u203a)\W*$|"
        r"\bthis entry was posted\b|\bbookmark the permalink\b|^\W*permalink\W*$|"
        r"^\W*(?:like|rate) this\s*:|\blike loading\b|"
        r"^\W*(?:pingback|trackback)\s*:|\bprint friendly\b|"
        r"^\W*(?:advertisement|sponsored(?: content| post)?|paid (?:content|"
        r"partnership)|promoted(?: content)?)\W*$|"
        r"\baffiliate links?\b|"
        r"^\W*listen to this (?:article|story|post|page)\b",
    ),
)
#: phrases that are leftovers wherever they stand in a line (the rule's first list)
LEFTOVER_PHRASES = (
    "here's a draft",
    "here is a draft",
    "here's a revised",
    "okay, here's",
    "ok, here's",
    "sure, here's",
    "to be populated by ai",
    "as an ai",
    "as a language model",
    "i hope this helps",
    "feel free to adjust",
    "let me know if you",
    "lorem ipsum",
    "insert citation",
    "[citation needed]",
    "related posts",
    "leave a comment",
    "0 comments",
    "note to ai",
    "instructions for the ai",
    "instructions to the ai",
    "(insert image",
    "[insert image",
)
_PATTERNS = (
    *_KINDS,
    ("a known drafting leftover", "|".join(re.escape(p) for p in LEFTOVER_PHRASES)),
)
#: (kind, pattern, strings one of which a match needs): most lines contain none of
#: a pattern's strings, and a substring test is much cheaper than the search
_COMPILED = tuple(
    (kind, re.compile(pattern), required_strings(pattern))
    for kind, pattern in _PATTERNS
)
#: a line that quotes someone: first-person words inside it are theirs, not a tool's
_QUOTATION = re.compile(
    r"^\W{0,4}\"|\"[^\"]{0,400}\"\s*,?\s*(?:says|said|explains|explained|recalls|"
    r"adds|added|tells)\b|\b(?:says|said|explains|recalls|told)\s\w[^\"]{0,60}\""
)
_FIRST_PERSON_KINDS = frozenset(
    {"the tool about its own edits", "the requester's request", "a sign-off"}
)


def find_chatter(text: str) -> Chatter | None:
    """The first kind of chatter the line is, or None for ordinary writing."""
    line = normalise(text)
    if not line or len(line) < 2:
        return None
    quoted = bool(_QUOTATION.search(line))
    for kind, pattern, needs in _COMPILED:
        if quoted and kind in _FIRST_PERSON_KINDS:
            continue
        if needs is not None and not any(s in line for s in needs):
            continue  # the pattern cannot match: same answer, no search
        match = pattern.search(line)
        if match:
            return Chatter(kind, _as_written(text, match.group(0).strip()))
    return None


def _as_written(text: str, cue: str) -> str:
    """The cue as the line spells it, when normalising kept its characters."""
    simple = text[:_MAX_LINE].translate(_APOSTROPHES).translate(_QUOTES).lower()
    start = simple.find(cue)
    return text[start : start + len(cue)] if start >= 0 else cue


__all__ = ["LEFTOVER_PHRASES", "Chatter", "find_chatter", "normalise"]
