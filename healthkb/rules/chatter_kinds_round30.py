"""Kinds of chatter the independent round 30 showed the patterns lacked.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: a grammar, readability or SEO checker's report on the
requester's text (counts of its findings, its verdicts, its advice, its scores),
a writing tool's one-word menu, a translation tool's preamble, a model's leaked
reasoning about the request, its notes on what it replaced, an LMS course
player's controls, a forum's and a podcast page's furniture, a patient portal's
notifications and site furniture families (newsletter names, breadcrumbs
without spaces, icon-font names, "N |" navigation runs). The assistants' speech
acts in other languages are in :mod:`.chatter_kinds_languages`. Every pattern is
bounded and anchored or starts with a literal, so a line is scanned in linear
time.
"""

from __future__ import annotations

#: what a checker counts or praises the absence of
_CHECKED = (
    r"(?:sentences? (?:are|is) (?:very )?hard to read|words? with (?:a )?simpler|"
    r"phrases? (?:could|can|should) be (?:simplified|shortened|removed)|"
    r"phrases? (?:has|have) (?:a )?simpler|(?:very )?hard sentences|wordy phrases?|"
    r"weakeners?|weakener words|adverbs?|passive voice|complex words|"
    r"(?:grammar|grammatical|spelling|punctuation)(?:\s?/\s?(?:grammar|grammatical|"
    r"spelling|punctuation))? (?:issues?|errors?|mistakes?|suggestions?|alerts?))"
)
#: a register a checker or an editor menu reads the text as
_TONE = (
    r"(?:confident|friendly|formal|informal|casual|professional|neutral|optimistic|"
    r"respectful|warm|direct|polite|engaging|analytical|encouraging|empathetic|"
    r"assertive|diplomatic|joyful|worried|forceful)"
)
_PODCAST_APPS = (
    r"(?:spotify|apple podcasts|itunes|google podcasts|youtube(?: music)?|"
    r"amazon music|stitcher|soundcloud|pocket casts|overcast|audible|deezer|"
    r"castbox|podbean|buzzsprout)"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

_ROUND30: tuple[tuple[str, str], ...] = (
    (
        "a writing checker's message",
        # the counts a checker reports on the requester's text: "3 of 12 sentences
        # are hard to read", "no wordy phrases", "4 grammar / spelling issues"
        r"^\W{0,3}(?:\d{1,4}|no|one|zero) (?:of \d{1,4} )?(?:[\w-]{1,20} ){0,3}?"
        + _CHECKED
        + r"(?:\W|$)|"
        # its verdicts: "Possible spelling mistake found", "No grammar suggestions"
        r"^\W{0,3}(?:possible )?(?:spelling|grammar|grammatical|punctuation) "
        r"(?:mistake|error|issue)s?(?: found| detected)?\W{0,3}$|"
        r"^\W{0,3}no (?:grammar|grammatical|spelling|writing|style) (?:suggestions|"
        r"issues|errors|mistakes|alerts) (?:found|detected)\b|"
        # a correction it proposes: "Use 'its' (possessive) instead of 'it's'"
        r"^\W{0,3}use [\"'][\w' -]{1,30}[\"'] (?:\([^()]{1,40}\) )?instead of [\"']|"
        # praise of a sentence it checked, and its stale result
        r"^\W{0,3}(?:everything|all|it|this|that) (?:seems|looks|is|appears) "
        r"(?:correct|perfect|fine|error-free|good) in (?:that|this|the|your) "
        r"(?:sentence|text|paragraph|writing|draft)\b|"
        r"^\W{0,3}(?:that|this|the) (?:sentence|text|paragraph) (?:has )?changed\W{1,3}"
        r"(?:run|check|try)\b|"
        # its advice on the writing: "Consider removing wordiness", "Break up
        # long sentences", "Too many adverbs", "Keep sentences under 20 words"
        r"^\W{0,3}consider (?:removing|rephrasing|rewording|shortening|softening|"
        r"splitting|simplifying|cutting|revising|tightening) (?:[\w-]{1,20} ){0,4}?"
        r"(?:wordiness|sentences?|paragraphs?|opening|intro|introduction|headline|"
        r"title|tone|phrases?|words?|wording|voice|adverbs?)\b|"
        r"^\W{0,3}(?:break up|split up|shorten) (?:long|longer|your|the|some) "
        r"(?:sentences|paragraphs)\b|"
        r"^\W{0,3}too many (?:adverbs|passive|long sentences|complex words|hard "
        r"sentences|weakeners?|qualifiers|exclamation)|"
        r"^\W{0,3}keep (?:sentences|paragraphs|headings) (?:under|below|to|shorter "
        r"than) \d|"
        # its scores: "Editor Score 87%", "Readability score: 62/100"
        r"^\W{0,3}(?:[\w-]{1,20} ){0,2}?(?:editor|readability|seo|writing|clarity|"
        r"engagement|tone|subject line|headline|content|grammar|correctness|"
        r"delivery) score\s?:?\s?\d{1,3}\s?(?:%|/\s?100)|"
        # the register it reads the text in: "Sounds confident and friendly",
        # "Writing style: Simple"
        r"^\W{0,3}(?:sounds|reads as|comes across as) (?:\w{1,15} )?"
        + _TONE
        + r"(?: and (?:\w{1,15} )?"
        + _TONE
        + r")?\W{0,3}$|"
        r"^\W{0,3}(?:writing style|tone of voice|tone|formality|reading level)\s?:\s?"
        r"(?:simple|formal|informal|casual|neutral|friendly|confident|professional|"
        r"general|knowledgeable|expert|academic|business|creative|plain)\W{0,3}$",
    ),
    (
        "an SEO tool's label",
        # an SEO plugin's checks of the page: the key phrase, the title's and the
        # meta description's length, "power words", its section names
        r"\b(?:focus |key ?)?keyphrases?\b|"
        r"\b(?:seo title|meta description|meta title)s?\b[^.]{0,40}\b(?:length|optimal|"
        r"too (?:long|short)|characters|contains|missing)\b|"
        r"^\W{0,3}(?:basic|additional|advanced|title) seo\b|\bpower words?\b|"
        r"^\W{0,3}(?:the )?(?:seo )?(?:title|headline) contains (?:a|an|at least|the|"
        r"your|no)\b",
    ),
    (
        "a writing tool's menu",
        # an AI editor's commands and buttons, each a line of its own
        r"^\W{0,3}(?:rephrase|paraphrase|formali[sz]e|elaborate|shorten|lengthen|"
        r"simplify|summari[sz]e|improve writing|fix (?:grammar|spelling|spelling "
        r"(?:and|&) grammar)|make (?:it )?(?:shorter|longer|more formal|more casual|"
        r"simpler)|change tone|continue writing|show (?:more )?(?:alternatives|"
        r"suggestions|rewrites)|use this (?:version|rewrite|suggestion)|insert below|"
        r"replace selection|accept all|dismiss all)\W{0,3}$|"
        # the version it offers: "Patient-friendly version", "Plain-language version"
        r"^\W{0,3}(?:preview )?(?:patient|reader|plain|simplified|shorter|longer|"
        r"concise|formal|casual|lay)[\w-]{0,12} version\W{0,3}$",
    ),
    (
        "a translation tool's preamble",
        # presenting its translation: "Here's the translation:", "Translated text:"
        r"^\W{0,3}(?:here is|here's|heres|below is|this is) (?:the|your|my) "
        r"(?:[\w-]{1,20} ){0,8}?translation\b|"
        r"^\W{0,3}(?:the )?translation(?: is)?\s?:\W{0,3}$|"
        r"^\W{0,3}(?:translated (?:text|version|content)|texto traducido|texto "
        r"traduzido|texte traduit|testo tradotto|übersetzter text)\s?:|"
        # an editor applying the requester's instruction to a selection
        r"\bresult of applying (?:your|the)\b|\b(?:to|in|on) the selected text\b",
    ),
    (
        "the tool about its own edits",
        # a model's leaked reasoning about the request: "The user wants …", "I
        # should use bullet points …"
        r"^\W{0,3}the user (?:wants|asked|is asking|needs|requested|would like|has "
        r"asked|is looking for)\b|"
        r"^\W{0,3}i (?:should|need to|must) (?:use|keep|add|write|make|avoid|include|"
        r"structure|format) (?:[\w-]{1,20} ){0,6}?(?:bullet points?|sentences|"
        r"paragraphs?|headings?|tone|response|answer|markdown|format|table)\b|"
        # its note on what it replaced or kept: "Replaced jargon with plain-language
        # explanations", "Clinical terminology is preserved for …"
        r"^\W{0,3}(?:replaced|swapped|changed|converted|rewrote|simplified) "
        r"[^.]{1,80}\b(?:with|into|to) (?:plain[- ]language|simpler|everyday|shorter|"
        r"lay|plain)\b|"
        r"\b(?:terminology|jargon|phrasing|wording) (?:is|are|was|were|has been|"
        r"have been) (?:preserved|retained|simplified|softened)\b",
    ),
    (
        "page furniture",
        # an LMS course player's controls and their messages
        r"\bmark (?:this )?(?:lesson|module|unit|topic|video|chapter|course) as "
        r"(?:complete|completed|done|finished)\b|\bcheck off only this\b|"
        r"^\W{0,3}(?:next|previous|prev) (?:lesson|module|unit|topic)\W{0,3}$|"
        r"^\W{0,3}(?:start|resume|continue) (?:course|lesson|learning)\W{0,3}$|"
        # a forum's and a Q&A site's: accepted answers, badges, reputation
        r"\b(?:marked|accepted|chosen|selected) as (?:the )?(?:best|accepted|"
        r"correct) (?:answer|reply|solution)\b|"
        r"^\W{0,3}(?:reaction score|trophy points|likes received|best answers?)\W{0,3}"
        r"\d{0,6}\W{0,3}$|\b(?:activity|posting|login|reading) streak\b|"
        r"\bparticipate in (?:the )?discussions?\b[^.]{0,40}\bplease\b|"
        r"^\W{0,3}(?:help )?support (?:forums?|communit(?:y|ies))\s?:|"
        r"^\W{0,3}no (?:search )?results found\W{0,3}$",
    ),
    (
        "page furniture",
        # a podcast page's: episode buttons, streaming links, show notes, release
        # stamps, transcript notices, review and subscribe prompts
        r"^\W{0,3}(?:rate|review|share|download|play|save) (?:this )?episode\W{0,3}$|"
        r"^\W{0,3}(?:show|episode) notes\W{0,3}$|"
        r"^\W{0,3}(?:stream|listen|watch|subscribe|follow)(?: now)? on "
        + _PODCAST_APPS
        + r"\b|\b(?:subscribe|review|rating|rate us) (?:on|in|via) "
        + _PODCAST_APPS
        + r"\b|\bgood episode\?|\bgive (?:it|us|this episode) some love\b|"
        r"\bcheck back every "
        + _WEEKDAY
        + r"\b|^\W{0,3}released (?:on )?"
        + _WEEKDAY
        + r"\b|"
        r"^\W{0,3}transcripts? (?:are|is) (?:displayed|generated|provided|"
        r"auto-generated|machine-generated)\b|"
        r"^\W{0,3}transcribe your (?:podcast|audio|video|interview|meeting)s?\b|"
        r"^\W{0,3}learn more about [\w' ]{2,40} at (?:www\.|https?://)",
    ),
    (
        "page furniture",
        # a patient portal's notifications and account messages
        r"^\W{0,3}(?:a |one )?new (?:test|lab) results? (?:is|are|has been|have "
        r"been) (?:available|posted|added)\b|"
        r"^\W{0,3}(?:upcoming )?appointment (?:confirmed|cancell?ed|rescheduled)"
        r"\W{0,3}$|^\W{0,3}lab (?:update|result|results) (?:received|available|"
        r"ready)\W{0,3}$|\bthank you for registering (?:with|for)\b|"
        r"^\W{0,3}(?:one|two|three|a|\d{1,2}) (?:care plan )?tasks? (?:is|are) (?:due|overdue)\b",
    ),
    (
        "page furniture",
        # newsletters and subscriptions: a newsletter's name alone, its pitch,
        # the e-mail's own notices
        r"^\W{0,3}(?:weekly|daily|monthly|morning|evening|lunchtime|breakfast) "
        r"(?:e-?mails?|newsletters?|news|briefing|digest|roundup|update)\W{0,3}$|"
        r"\bbreaking news alerts?\b|^\W{0,3}keep up with (?:the )?(?:stories|news|"
        r"headlines|latest)\b|\bsubscribe to [\w' ]{2,40} for (?:weekly|daily|"
        r"monthly|regular|the latest)\b|\bbenefits of being an? [\w ]{0,20}"
        r"subscriber\b|\balready an? subscriber\b|\bregistration is free\b|"
        r"\bdo not reply to this (?:e-?mail|message)\b|"
        # ("Im" is mended to "i'm" with the typos of "I'm")
        r"^\W{0,3}(?:view (?:this )?(?:e-?mail )?in (?:your |a )?browser|(?:im|i'm) "
        r"browser ansehen|ver en el navegador|voir dans le navigateur)\W{0,3}$",
    ),
    (
        "page furniture",
        # a site's widgets and labels: reading time, collections, issues,
        # "Latest …", "Trending on …", a cart, a topic picker, copy warnings,
        # recipe buttons, a CMS's field labels, a reference code
        r"^\W{0,3}read(?:ing)? time\s?:?\s?\d{1,3}\s?(?:min|mins|minutes?)\b|"
        r"^\W{0,3}all (?:collections|episodes|courses|lessons)\W{0,3}$|"
        r"^\W{0,3}(?:articles|stories) in this (?:issue|edition)\W{0,3}$|"
        r"^\W{0,3}(?:latest|recent|related) (?:cme|ce|videos?|podcasts?|webinars?|"
        r"episodes?|articles?)\W{0,3}$|"
        r"^\W{0,3}(?:trending|most read|most popular) (?:on|at) [\w' ]{2,30}$|"
        r"^\W{0,3}(?:choose|select|pick) (?:another|a different) (?:topic|category|"
        r"article|section)\W{0,3}$|"
        r"\bplagiarism (?:will be|is) detected\b|\bcopyscape\b|"
        r"^\W{0,3}do not copy (?:from )?this (?:page|content|article)\b|"
        r"^\W{0,3}jump to recipe\b|\bprint recipe\b|"
        r"^\W{0,3}(?:my|your|view) (?:cart|basket|wishlist)\W{0,3}$|"
        r"^\W{0,3}(?:article|post|page) (?:body|content|text|excerpt)\s?:\W{0,3}$|"
        r"^\W{0,3}author\(s\)|^\W{0,3}ref\s?:\s?[a-z]{0,3}\d{1,6}\W{0,3}$|"
        r"\bplease (?:check|see|visit) the [\w ]{2,40} (?:section|page) of (?:the|our|"
        r"this) (?:web ?site|site)\b|"
        # an icon font's name left as text ("expand_less", "chevron_right"): a
        # snake_case word alone on a line is no sentence of an article
        r"^\W{0,3}[a-z]{2,12}(?:_[a-z]{2,12}){1,3}\W{0,3}$|"
        # a breadcrumb with no spaces round its separators: "Home»News»Ireland"
        r"^\W{0,3}home(?:\"|›|>|/)[\w' -]{2,30}(?:\"|›|>|/)|"
        # a navigation run ending in its separator: "Injury Disease Nutrition |"
        r"^[^.!?|]{2,80}\s\|\s?$",
    ),
    (
        "a writing tool's credit",
        # a chat page's image label and its speaker labels in other languages
        r"^\W{0,3}(?:ai[- ])?generated (?:image|picture|illustration)\W{0,3}$|"
        r"^\W{0,3}image generated (?:by|with)\b|"
        r"^\W{0,3}(?:¿?tú dijiste|usted dijo|du hast gesagt|sie sagten|vous avez dit|"
        r"tu as dit|hai detto|você disse|chatgpt (?:dijo|a dit|sagte|ha detto|disse))"
        r"\s?:",
    ),
)

__all__ = ["_ROUND30"]
