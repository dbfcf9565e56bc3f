"""Kinds of chatter the independent rounds 11 and 12 showed the patterns lacked.

Each entry is (kind, pattern over :func:`healthkb.rules.chatter.normalise`'s text),
written from what the kind *is* (a chat transcript's labels, an assistant's
conversational turns, a blog platform's date stamps and breadcrumbs, a writing
tool's menu, republication notes), not from a round's lines: a pattern names a
class of words or a shape, so that the next platform's variant is found too.
Every pattern is bounded and anchored or starts with a literal, so a line is
scanned in linear time.
"""

from __future__ import annotations

from healthkb.rules.chatter_kinds_languages import LANGUAGES
from healthkb.rules.chatter_kinds_round24 import _ROUND24
from healthkb.rules.chatter_kinds_round26 import _ROUND26
from healthkb.rules.chatter_kinds_round27 import _ROUND27
from healthkb.rules.chatter_kinds_round28 import _ROUND28
from healthkb.rules.chatter_kinds_round29 import _ROUND29
from healthkb.rules.chatter_kinds_round30 import _ROUND30
from healthkb.rules.chatter_kinds_round31 import _ROUND31
from healthkb.rules.chatter_kinds_round32 import _ROUND32
from healthkb.rules.chatter_kinds_round35 import _ROUND35
from healthkb.rules.chatter_kinds_round36 import _ROUND36
from healthkb.rules.chatter_kinds_round3334 import _ROUND3334
from healthkb.rules.regex_alternatives import top_level_branches

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
#: a date as pages print it: "18 September 2010", "Sep 18, 2010", "08/28/2017"
_DATE = (
    r"(?:\d{1,2}\s"
    + _MONTH
    + r"(?:,?\s\d{4})?|"
    + _MONTH
    + r"\s\d{1,2}(?:st|nd|rd|th)?"
    # the separators as literals: the pattern's prefilter needs a string
    + r"(?:,?\s'?\d{2,4})?|\d{1,4}(?:/\d{1,2}/|-\d{1,2}-)\d{2,4})"
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?|utc|gmt)?"

_WRITTEN: tuple[tuple[str, str], ...] = (
    (
        "a chat transcript's interface text",
        # speaker labels of a copied conversation ("**User**:", "## Response:")
        r"^\W*(?:user|me|human|assistant|chatgpt|claude|gemini|bard|copilot|bing|"
        r"model|prompt|response)\s*:\s*|"
        r"^#{1,6}\s*(?:you|chatgpt|claude|gemini|copilot|assistant) said\s*:|"
        # the model picker and the panels a chat page leaves in the text
        r"^\W*(?:gpt-?)?(?:4o|4o-mini|o1|o1-mini|o3|o3-mini|o4-mini|gpt-4|gpt-5)\W*$|"
        r"^\W*(?:analysis errored|analy[sz]ed|always show details|copy code|"
        r"thought for \d+ ?s(?:econds)?|searched the web|regenerate(?: response)?|"
        r"stopped (?:thinking|generating))\W*$",
    ),
    (
        "presenting the text",
        # a conversational turn's opener: an interjection, then a dash or a stop
        r"^\W*(?:ah+|aha|ahh+|oh+|okay|ok|perfect|great|got it|awesome|nice|love "
        r"it|totally doable|totally|gotcha)\s*(?:\u2014|\u2013|--|!|\.\s|\.$|,\s(?:"
        r"got it|i see|that|let's|you))|"
        r"^\W*(?:that (?:makes|totally makes) (?:total |perfect |complete )?sense|"
        r"that's (?:smart|a (?:great|smart|good) (?:idea|call|point|question))|"
        r"i'm with you|you're (?:absolutely |totally |completely )?right|"
        r"you are (?:absolutely |totally |completely )?correct|"
        # ("Apologies don't count.": the noun as a sentence's subject)
        r"my apologies|apologies(?! (?:don't|do|are|aren't|can|can't|cannot|won't|"
        r"will|mean|matter|were|alone|only|never)\b))\b",
    ),
    (
        "presenting the text",
        # presenting a file the tool wrote ("Here's a ready-to-paste README.md")
        r"^\W*(?://\s*|#\s*)?here(?:'s| is) (?:a|an|the|your) (?:[\w.,-]+ ){0,4}?(?:"
        r"readme|file|function|script|component|code|snippet|template|report|"
        r"review|breakdown|analysis)\b(?:[^.]|\.\w){0,100}(?::\s*$|\bfor (?:you|your)\b)",
    ),
    (
        "the tool about its own edits",
        # an assistant's or a coding agent's turn about what it does for the user
        r"^\W*(?:first, |next, |now, )?(?:i will|i'll) (?:list|run|check|take|"
        r"return|propose|break|walk|review|analy[sz]e|look)\b[^.]{0,100}\b(?:for "
        r"you|your|the (?:intro|section|chapter|code|file|analysis))\b|"
        r"\bgive me a (?:sec|second|moment|minute)\b|"
        r"\blet me (?:clarify|run|check|walk you|break (?:it|this) down)\b|"
        r"\bi was wrong in my\b|\bit appears i am having trouble\b|"
        r"\bwe've now completed\b|\bi'll run that\b|"
        r"^\W*(?:\d{1,2}\.\s+)?i've (?:added|included|inserted|put) (?:a|an|the) "
        r"[\w -]{1,30} (?:to|in|into) the "
        r"(?:component|function|file|code|script|page|section)\b",
    ),
    (
        "an offer or question to the requester",
        r"\b(?:would you like|do you want) (?:this|it|that|them|these) (?:[\w-]+ )"
        r"{0,2}?(?:written|structured|formatted|edited|rewritten|as|in|broken)\b|"
        r"\bwant to give me\b|^\W*sounds? good\?|\bdrop them (?:in|below)\b|"
        r"\bgot suggestions\?|^\W*would you like to\s*:|"
        # an option offered as a question: a writing imperative on a part of the text
        r"^\W*(?:\d{1,2}[.)]\s+)?(?:rewrite|shorten|expand|simplify|restructure|"
        r"tighten|rework|redraft|condense) (?:the|this|that|my|your) [\w -]{0,30}"
        r"(?:section|intro|introduction|paragraph|chapter|opening|ending|draft|post)"
        r"\b[^?]{0,120}\?\s*$",
    ),
    (
        "a sign-off",
        r"^\W*(?:stay tuned|see you (?:there|soon|later|next time|in the next)|"
        r"until next time|that's (?:all|everything|it) for (?:today|now|this)|"
        r"thanks for reading|happy reading|hope you enjoy)\b|"
        r"\b(?:i'd|i would|we'd) love to hear your thoughts\b|"
        r"\bplease comment below\b|\bcomment below\b",
    ),
    (
        "a content-system leftover",
        # republication and provenance notes, bylines with review stamps
        # "Originally published in the BMJ" is a citation: a site is "on" or "at"
        r"\b(?:originally|first) (?:published|posted|appeared) (?:on|at)\b|"
        r"\brepublished (?:here )?with (?:the )?permission\b|"
        r"^\W*(?:page )?(?:last )?(?:reviewed|updated|published|modified|next review "
        r"due|review due|reviewed on)\s*:?\s*(?:on\s)?" + _DATE + r"\W*$|"
        r"^\W*(?:written (?:&|and) )?medically reviewed by\b|"
        r"^\W*posted and verified by\b|^\W*content source\s*:|"
        r"^\W*(?:posted by|by)\s?[\w.'-]{2,40}\s?\d{4}-\d{2}-\d{2}|"
        # a date stamp with a time, a commenter's name or a dot between
        r"^\W*(?:[\w.'-]+ ){0,3}(?:wrote|said|commented|replied) (?:at|on) "
        + _DATE
        + r"|^\W*[a-z][\w.'-]{1,20}(?: [a-z][\w.'-]{1,20}){0,2} (?:said|wrote)\s*"
        r"(?:\u2026|\.\.\.)\s*$|"
        # breadcrumbs and footers of a platform
        r"^\W*you are (?:at|here)\s*:|^\W*home\s?(?:\u00bb|>|\u203a)\s|"
        r"\ba (?:wordpress\.com|blogger|substack|medium) (?:website|site|blog)\b|"
        r"\bsubstack is the home\b|^\W*delivered by\b|\bmade with love and\b|"
        r"\ball rights? reserved\b|\bcopyright \u00a9|"
        r"\b(?:read|access) (?:the best )?member-only stories\b|"
        r"\b(?:support|supporting) (?:independent )?(?:writers|authors|creators)\b|"
        r"\bearn (?:money )?for your writing\b|\bpartner program\b|"
        r"\baudio narrations\b|^\W*try for \$\d|\$\d+(?:\.\d\d)?/mo(?:nth)?\b|"
        r"\bget email updates\b|^\W*sign me up\b|\breceive our (?:special )?offers\b|"
        r"\bsubscribe here\s*:|^\W*read more\s*:|\.{3}\s*read more\W*$|"
        r"^\W*read [\w' ]{1,30} (?:complete|full) story\b|^\W*continue watching\b|"
        r"^\W*story continues below\b|^\W*\d[\d,]*\s+(?:restacks?|hits|downloads?|"
        r"items)\W*$|^\W*(?:like|replies|restacks?|comments)\s*\(\d{1,6}\)\W*$|"
        r"^\W*uncategori[sz]ed\b|\bblog stats\b|^\W*select category\W*$|"
        r"^\W*(?:upload|uploaded by)\s*:|^\W*transcript\W*$|"
        r"^\W*(?:site search|search for\s*:|send push|create a link)\W*$|"
        r"^\W*showing posts (?:with label|from)\b|\bcollapse this bar\b|"
        r"\balready have an? [\w.]{2,20} account\b|\bview more posts\b",
    ),
    (
        "a content-system leftover",
        # a date stamp alone, with a time, a name after a dot, "Edited" or "Updated";
        # one pattern anchored at the line start, so it is tried there only
        r"^\W*(?:(?:at |on )?"
        + _DATE
        + r"(?:,?\s?"
        + _TIME
        + r")?\s*(?:[\u2022\u00b7|-]\s*[\w .'-]{0,40}|edited|updated.{0,30})?\W*$|"
        + _TIME
        + r",?\s"
        + _DATE
        + r"|"
        + _DATE
        + r",?\s?(?:[\u2022\u00b7]\s?)?"
        + _TIME
        + r")",
    ),
    (
        "page furniture",
        # an image left as its address, file name, alt text or credit
        r"^\W*(?://|https?://)?[\w./-]{0,200}\.(?:jpe?g|png|gif|webp|svg)\W*$|"
        # a caption without a full stop ("Look for the blue icon." is a sentence)
        r"\b(?:profile image|thumbnail|logo|icon)\s*$|\u2014 photo\W*$|^\W*thumbnail\b|"
        r"^\W*error! (?:reference source not found|bookmark not defined)|"
        r"^\W*page \d{1,4}\s*:|^#{1,6}\s*page \d{1,4}\W*$|^\W*\d{1,6} download\W*$",
    ),
    (
        "a writing tool's menu",
        r"^\W*(?:rewrite for (?:clarity|length|tone)|sound more (?:confident|formal|"
        r"friendly|casual|professional)|continue writing|replace selection|"
        r"insert below|make (?:it )?(?:longer|shorter)|improve writing|improve it|"
        r"make (?:it|this) (?:more|less) [a-z]{3,15}|"
        r"fix spelling (?:&|and) grammar|change tone|simplify language|"
        r"fix \d+ issues?)\W*$|\bfix \d+ issues? to\b|\byour writing is\b",
    ),
    (
        "an SEO tool's label",
        r"^\W*(?:proposed|suggested) (?:title|headline|slug|meta [a-z]+|tags?|"
        r"internal links|external links|image|url)\s*(?:\([^)]{0,40}\))?\s*:|"
        r"^\W*readability(?: score)?\s*:|^\W*(?:draft|version|revision) \d+ of \d+\W*$|"
        r"^\W*(?:writer|editor's note(?: to writer)?|note to writer)\s*:|"
        r"^\W*[\w ]{0,20}tweak for [\w.]{2,20}\s*:|"
        r"^\W*\S{0,2}\s?tip: this [\w ]{2,40} is optimi[sz]ed\b|"
        # an SEO plug-in's assessments, each a check's name and its verdict
        r"^\W*text length\s*:\s*the text contains\b|"
        # not "Sentence length:", "Passive voice:": a style guide's headings too
        r"^\W*(?:(?:focus )?(?:keyphrase|keyword) (?:in|length|density|distribution)"
        r"[\w ]{0,20}|previously used (?:keyphrase|keyword)|(?:outbound|inbound|"
        r"internal|external) links|flesch reading ease|subheading distribution|"
        r"transition words|consecutive sentences|seo title width|meta description "
        r"length|image "
        r"(?:alt attributes|keyphrase)|single title|competing links)\s*:",
    ),
    (
        "a chat transcript's interface text",
        # a chat product's controls and status lines, as a copied page keeps them
        r"^\W*(?:(?:good|bad) response|read aloud|memory (?:updated|full)|ask "
        r"(?:a )?follow-?up|pro search|retry|google it|double-check (?:the )?"
        r"response|inspire me|keep it|(?:continue|stop) generating|new chat|send a "
        r"message|message (?:chatgpt|claude|gemini|copilot)|ask me anything|share "
        r"link to chat|(?:reasoned|thought|worked|searched) for \d+ ?(?:s|sec|secs|"
        r"seconds?|m|min|minutes?)|searched \d+ (?:sites|sources|web pages|pages)|"
        r"sources\s*\W?\s*\d+)\W*$|"
        r"^\W*learn more\s*:\s*1\.\s",
    ),
    (
        "a chat transcript's interface text",
        # a search-backed chat's status lines ("Searching for: ...")
        r"^\W*(?:searching (?:for|the web)\s*:[^.]{0,80}$|generating answers? for "
        r"you\b|"
        r"(?:searching|browsing|reading) \d+ (?:sites|sources|results|pages)\b)",
    ),
    (
        "an offer or question to the requester",
        # alternatives labelled by their tone ("Option 1 (friendly):")
        r"^\W*(?:option|version|variant|alternative|take) \w{1,2}\s*\((?:friendly|"
        # tones only: "Option 1 (short course):" is a treatment option
        r"formal|casual|concise|professional|conversational|warm|warmer|punchy|"
        r"playful|empathetic|upbeat|neutral|chatty)\b[^)]{0,30}\)\s*:|"
        r"\bfeel free to (?:mix and match|combine|pick|choose|swap)\b",
    ),
    (
        "page furniture",
        # a newsletter's footer
        r"\byou(?:'re| are) receiving this (?:email|message|newsletter)\b|"
        r"^\W*our mailing address is\s*:?\s*$|\bhow you receive these emails\b|"
        r"\bunsubscribe from this list\b|\bupdate your (?:email )?preferences\b|"
        # a site builder's or host's credit
        r"^\W*(?:built on|made in|made with|designed with|hosted on|created with) "
        r"(?:notion|webflow|wix(?:\.com)?|framer|squarespace|wordpress(?:\.com)?|"
        r"ghost|substack|carrd|weebly|jimdo|godaddy|google sites|github pages|"
        r"netlify|vercel|hugo|jekyll|beehiiv|mailchimp|hubspot)\b|"
        r"\bcreate (?:a|your) (?:free )?(?:website|site|blog) with\b|"
        r"\bwebsite builder\b|"
        # a social network's bar under a post or comment ("Like · Reply · 2w")
        # (it starts with a button: the pattern's prefilter needs a word)
        r"^\W*(?:like|reply|share|react|repost|send|comment|report|follow|edit|"
        r"delete)(?:\s*[\u00b7\u2022|]\s*(?:like|reply|share|react|"
        r"repost|send|comment|report|follow|edit|delete|\d{1,2}[smhdwy]|\d+ "
        r"(?:likes?|replies|comments))){1,6}\W*$|"
        r"^\W*(?:report this (?:article|post|comment|profile)|follow to get "
        r"updates|most relevant|top contributor|edited|see more comments)\W*$",
    ),
    (
        "page furniture",
        # site templates' notices and widgets (WordPress, Wix, search and feedback
        # boxes, paywalls, wiki diffs, icons' alt text left before a label)
        r"\bthis site uses akismet\b|^\W*(?:top|bottom) of (?:the )?page\W*$|"
        r"\bdid you find what you (?:were |are )?looking for\b|"
        r"\bno results (?:that )?match(?:ed)? your search\b|"
        r"^\W*loading\.{2,}|\bplease wait\.{2,}|"
        r"\bto continue reading(?: this (?:article|story|post))?,? (?:please )?"
        r"(?:sign|log|register|subscribe)|"
        r"\bcomments? (?:have|has) been hidden\b|"
        r"\b(?:diamond|gold|platinum|silver|bronze) sponsors?\b|"
        r"\bintermediate revisions? by \d+ users?\b|^\W*line \d+: line \d+:|"
        r"^\W*printed from\s*:?\s*$|"
        r"^\W*[a-z]{2,12} icon (?:related|subscribe|share|download|print|email|"
        r"search|menu|close|back|next|previous|home|follow)\b",
    ),
    (
        "the tool's caveat about itself",
        # the tool on its own searching and its sources
        r"\b(?:the )?sources i (?:found|used|checked|consulted)\b|"
        r"^\W*i (?:searched|browsed|looked) (?:the web|online|the internet)\b|"
        r"\bmy (?:response|answer|reply|summary) is based on\b|"
        r"\bbased on (?:the |my )?search results\b|"
        r"\bfrom what i (?:can|could) find\b|\binformation available (?:up to|until)\b",
    ),
    (
        "a placeholder",
        # a mailing tool's merge tags ("%%FIRST_NAME%%", "*|FNAME|*")
        r"%%[a-z_]{2,30}%%|\*\|[a-z_]{2,30}\|\*",
    ),
    (
        "a content-system leftover",
        # markup a paste or an export left on a line of its own
        r"^\s*(?:&nbsp;|&#160;|<!--\s*/?wp:[^>]{0,80}-->|\[\]\([^)]{0,80}\))\s*$|"
        r"^\W*your privacy choices\W*$",
    ),
    (
        "a word processor's review mark",
        # Word's and Google Docs' review pane, beside the marks chatter.py knows
        r"^\W*(?:moved \((?:insertion|deletion)\)(?: \[\d+\])?|moved (?:up|down)"
        r"(?: \[\d+\])?|assigned to (?:you|me)|mark as (?:resolved|done)|re-?open"
        r"(?:ed)? (?:comment|discussion)|(?:comment|suggestion) (?:resolved|accepted|"
        r"rejected))\W*$",
    ),
)


#: wordings of kinds already known, as a second-language writer or a synonym puts
#: them ("Do you wish me to ...", "I did some changes", "Hoping this helps")
_WORDINGS: tuple[tuple[str, str], ...] = (
    (
        "presenting the text",
        r"\battached (?:you will|you'll|you can) find\b|"
        r"\byou (?:will|can) find (?:attached|enclosed)\b",
    ),
    (
        "the tool about its own edits",
        r"^\W*i (?:did|have done|made|have made) (?:some |a few |few |the |several |"
        r"small |minor )?(?:changes|modifications|edits|corrections|adjustments|"
        r"improvements) (?:in|to|on) (?:the|your|this) [\w -]{0,30}?(?:text|draft|"
        r"article|post|intro|introduction|conclusion|paragraph|section|title|"
        r"headline|version|wording)s?\b",
    ),
    (
        "an offer or question to the requester",
        r"^\W*(?:do|would) you wish (?:me|that i) to\b|"
        r"^\W*(?:do )?you want (?:that )?i (?:make|write|add|change|shorten|expand|"
        r"rewrite|do|prepare|create|translate)\b",
    ),
    (
        "a sign-off",
        # "We hope this will help you ...": a leaflet's own voice
        r"(?<!we )\bhop(?:e|ing) (?:this|that|it) (?:will |would |might )?(?:helps?|"
        r"be (?:helpful|useful|of (?:some )?help|of use))\b(?! you (?:to )?"
        r"(?:understand|decide|feel|manage|prepare|cope|find|know))",
    ),
    (
        "the tool's caveat about itself",
        r"\b(?:statistics|figures|numbers|stats|data|claims|references|citations|"
        r"sources|facts|dates)(?: above| below| here| used)? (?:needs?|requires?) "
        r"(?:verification|verifying|fact-checking|checking|to be (?:verified|checked|"
        r"confirmed|fact-checked))\b|"
        r"\b(?:double[- ]?check|verify|fact[- ]check|check) (?:them|it|these|this|those|"
        r"the [\w ]{1,30}?) before (?:you )?(?:publish|post|go live|publishing|"
        r"posting)\b",
    ),
)

_ROUND14: tuple[tuple[str, str], ...] = (
    (
        "the tool consoling or advising its requester",
        # an assistant's turn about the requester's situation, not a reader's
        r"\bi can (?:only )?imagine how (?:[\w-]+ ){0,4}?(?:this|that|it)(?: [\w-]+)"
        r"{0,2} (?:must|might|may) (?:be|feel)\b|"
        # not "I understand your worry about the side effects" nor "I'm sorry to hear
        # that you have been unwell": a nurse's answer in a question column
        r"\bi (?:understand|hear) your (?:frustration|disappointment)\b|"
        r"\bi(?:'m| am) (?:really |so |very |truly )?sorry to hear about (?:your|the) "
        r"(?:[\w-]+ ){0,3}?(?:issue|problem|situation|trouble|setback)s?\b|"
        # not "It sounds like you are having a panic attack": a symptom checker's
        r"^\W*it sounds like you(?:'re| are) (?:dealing with|struggling with|going "
        r"through|facing) (?:a|an|some|the|this|your) (?:[\w-]+ ){0,3}?(?:challenge|"
        r"situation|problem|issue|dilemma|decision)\b|"
        r"\bi(?:'m| am) (?:always )?here to (?:listen|help|support)\b|"
        r"\bi(?:'m| am) available to (?:walk you through|discuss|answer|help)\b|"
        r"\bi apologi[sz]e (?:again|once again|for any)\b|^\W*that's on me\b|"
        r"\bthe solution you were hoping for\b|"
        r"\bi(?:'m| am) glad (?:my|the|these|those) (?:explanations?|answers?|"
        r"responses?|suggestions?|tips) (?:have|has|were|was|are|is) (?:been )?"
        r"(?:helpful|useful)\b|"
        r"\b(?:remember|make sure|be sure) to keep (?:your|the) (?:write-up|post|"
        r"article|draft|text|copy|email|writing|summary|answer|response|blog)\b",
    ),
    (
        "the tool's caveat about itself",
        # the tool on the limits of what it was given
        r"\b(?:due to|given|because of) the (?:nature|limits?|limitations|brevity|"
        r"format|length) of (?:the|your) (?:notes|material|source material|sources?|"
        r"input|prompt|information|request|brief|text)\b|"
        r"\bwould (?:require|need) (?:additional|more|further) (?:context|input|"
        r"information from you)\b|"
        r"\b(?:the current )?(?:web )?page context is (?:empty|missing|unavailable)\b",
    ),
    (
        "a chat transcript's interface text",
        # a chat product's controls, and the citation marks its answers carry
        r":?contentreference\[oaicite|\boai_citation\b|"
        r"^\W*(?:received|sent) message\b|^\W*choose a conversation style|"
        r"^\W*(?:start a|new) (?:conversation|chat)\W*$|^\W*enter a prompt\b|"
        r"^\W*use code with caution\W*$|^\W*profile picture\W*$|"
        r"\bwhat would you like to (?:chat|talk) about\b",
    ),
    (
        "an email's pleasantries",
        r"^\W*(?:i )?hope (?:you're|you are|you've been|this (?:email|message|note) "
        r"finds you) (?:having|doing|keeping|well)\b|"
        r"^\W*i (?:wanted|just wanted) to (?:follow up|check in|circle back|touch "
        r"base)\b",
    ),
    (
        "a placeholder",
        # a writing template's part with its length ("Introduction (1-2 sentences):")
        r"^\W*(?:intro|introduction|conclusion|body|opening|closing|headline|title|"
        r"subtitle|cta|call to action|hook|summary|paragraph \d)\s*\(\s*(?:~\s*)?\d+"
        r"(?:\s*[-\u2013]\s*\d+)?\s*(?:sentences?|words?|paragraphs?|lines?|"
        r"bullets?|characters?)\s*\)\s*:|"
        # a note to update a picture, a bracketed label, a possessive slot
        r"\b(?:update|replace|swap|add|insert) (?:the |this |a )?(?:screenshot|image|"
        r"photo|picture|figure|diagram|chart|graphic|video) (?:below|above|here)\b|"
        # (a Markdown link's text, "[WHO's guide](…", is no slot; an image's
        # "![Unknown's avatar](…" is an avatar's markup)
        r"^\s*\[[^\]\[]{1,60}:\]\s*$|\[[a-z]{2,20}'s [a-z ]{2,30}\](?!\()|"
        r"!\[[a-z]{2,20}'s [a-z ]{2,30}\]|"
        r"^\W*(?:suggested |proposed )?(?:featured|hero|header|cover) image\s*:",
    ),
    (
        "the tool about its own edits",
        # a heading over the tool's rewritten text ("### Revised README.md Content")
        r"^\W*(?:revised|updated|rewritten|improved|polished|edited|corrected|final) "
        r"(?:[\w.-]+ ){0,3}(?:content|version|draft|text|copy)\W*$",
    ),
    (
        "page furniture",
        # a paste of a page's markup, an export's or a reader's labels, credits
        r"^\s*<!--.{0,300}-->\s*$|\badsbygoogle\b|"
        r"^\W*(?:url source|markdown content|published time)\s*:|"
        r"^\W*(?:exported|imported|clipped|migrated|saved) (?:from|with|via) "
        r"(?:medium|wordpress|substack|ghost|blogger|notion|google docs|evernote|"
        r"pocket|instapaper|chatgpt|the web)\b|"
        # a stock-photo credit ("Photo by X on Unsplash", "Image courtesy of Freepik",
        # "Source: Pexels"): the site's name, after a credit's label
        r"^\W*(?:photo|image|picture|illustration|header image|cover image|featured "
        r"image|source|credit)s?(?: credits?| by| courtesy of| via| from| source)?\s*"
        r":?\s[^.]{0,80}?\b(?:unsplash|pexels|pixabay|shutterstock|getty images|istock|"
        r"adobe stock|freepik|canva|flickr|wikimedia commons)\b|"
        r"^\W*categori[sz]ed (?:as|in|under) [^.]{1,60}$|"
        r"\bscroll (?:down )?(?:to|for) (?:continue|keep|read more|more)\b|"
        r"\bthis site is protected by recaptcha\b|^\W*google privacy policy\W*$|"
        r"^\W*(?:\[)?opens in a new (?:window|tab)\W*$|"
        r"^\W*(?:\[+)?back to (?:top|the top|api list|model list|readme)\b\W*\]|"
        r"^\W*(?:provide (?:product |page )?feedback|on this page|nothing to show|"
        r"save preferences|edit listing|enterprise feature|what other people say|"
        # not "Feedback" alone: a leaflet's heading
        r"thanks for letting us know|tell us why|help improve [\w ]{2,20})\W*$|"
        r"^\W*be the first to (?:review|comment|rate)\b|"
        r"\bthis page was last (?:modified|edited|updated) on\b|"
        # a docs site's heading anchor: '[](#overview "Direct link to Overview")'
        r"\"direct link to\b|"
        # a newsletter's sign-up box: "Enjoying this post? Join 12,000 readers and
        # get it in your inbox every Friday."
        r"^\W*(?:enjoy(?:ing|ed)?|lik(?:e|ed|ing)|love(?:d)?) (?:this|the|our|my) "
        r"(?:post|article|read|story|newsletter|blog)\W{0,3}(?:\?|join|subscribe|sign)|"
        r"\bjoin (?:over |more than |nearly |almost )?\d[\d,.]*k?\+? (?:other |fellow )?"
        r"(?:readers|subscribers|members|followers)\b|"
        r"\b(?:in|to|into) your inbox (?:every|each|once a) (?:day|week|month|morning|"
        r"fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
        r"\b(?:sent|delivered) to your inbox\b|^\W*get (?:the latest|my free|your free) (?:[\w-]+ "
        r"){0,3}?(?:news|updates|newsletters?|audit|ebook|e-book|trial|quote|deals)\b"
        r"[^.]{0,40}$|\byou will hear from us soon\b|"
        r"\u2b50\W{0,3} ?us on\b|\bstar us on github\b|"
        r"^\W*(?:page )?last (?:reviewed|updated)\s*:?\s*" + _MONTH + r"\s\d{4}\W*$|"
        r"^\W*article\s*[\u2022\u00b7|]\s*" + _DATE + r"\W*$|"
        r"^\W*(?:published|posted|updated|edited)\s(?:on\s)?"
        + _DATE
        + r",?\s(?:at\s)?"
        + _TIME
        + r"\W*$|"
        r"^\W*(?:estimated[- ])?read(?:ing)?[- ]time\s*:",
    ),
)


#: the object words a writing tool presents in the languages an editor's tools
#: often answer in (fr, de, es, pt, it, nl, id)
_TEXT_WORDS = (
    r"(?:version|fassung|texte?|text|tekst|artikel|article|artículo|artigo|articolo|"
    r"résumé|resumen|resumo|riassunto|zusammenfassung|samenvatting|ringkasan|"
    r"brouillon|entwurf|borrador|rascunho|bozza|traduction|übersetzung|traducción|"
    r"tradução|traduzione|vertaling|versión|versão|versione|versie|versi|tabelle|"
    r"tabla|tableau|readme|guide|gids|guía|guia|guida|liste|lista|plan|desain)"
)

_ROUND15: tuple[tuple[str, str], ...] = (
    (
        "presenting the text",
        # "Voici une version…", "Hier ist eine überarbeitete Fassung…", "Aquí tienes
        # el artículo…": the same act as "Here is the revised version", in another
        # language (no English health sentence starts with these words)
        r"^\W*(?:voici|voilà) (?:une|un|le|la|les|ton|ta|tes|votre|vos)\b(?: [\w'’-]+)"
        r"{0,5}? " + _TEXT_WORDS + r"\b|"
        r"^\W*hier (?:ist|sind) (?:eine|ein|die|der|das|ihre|ihr|deine|dein)\b(?: [\w-]+)"
        r"{0,4}? " + _TEXT_WORDS + r"\b|"
        r"^\W*(?:¡?(?:claro|por supuesto|perfecto)[!.,]*\s)?aquí (?:tienes|tiene|está|"
        r"están|va|te dejo) (?:el|la|los|las|un|una|tu|su)\b(?: [\w-]+){0,4}? "
        + _TEXT_WORDS
        + r"\b|"
        r"^\W*(?:claro[!.,]*\s)?aqui (?:está|estão|vai|tens|tem) (?:o|a|os|as|um|uma|"
        r"seu|sua|teu|tua)\b(?: [\w-]+){0,4}? " + _TEXT_WORDS + r"\b|"
        r"^\W*(?:certo[!.,]*\s)?ecco (?:il|la|lo|un|una|l'|i|le|la tua|il tuo)\b(?: ?[\w'-]+)"
        r"{0,4}? " + _TEXT_WORDS + r"\b|"
        r"^\W*hier is (?:een|de|het|je|jouw|uw)\b(?: [\w-]+){0,4}? "
        + _TEXT_WORDS
        + r"\b|"
        r"^\W*(?:berikut (?:adalah|ini)|saya akan membantu anda)\b",
    ),
    (
        "the requester's request",
        # "Sie haben absolut recht", "vous avez raison", "tienes razón": agreeing
        # with the requester before redoing the text
        r"^\W*(?:sie haben|du hast) (?:absolut |völlig |vollkommen |natürlich )?recht\b|"
        r"^\W*(?:vous avez|tu as) (?:tout à fait |entièrement )?raison\b|"
        r"^\W*(?:tienes|tiene usted) (?:toda la )?razón\b",
    ),
    (
        "a writing tool's credit",
        # "written with the help of Claude", "This summary was generated by …",
        # "Transcribed by otter.ai": a note that a tool made the text
        r"\b(?:written|generated|drafted|created|produced|summari[sz]ed|transcribed|"
        r"translated|composed|assisted|co-written)\s(?:with the (?:help|assistance|"
        r"support) of|with|by|using|via|through)\s(?:the\s)?(?:an?\s)?(?:ai\b|llms?\b|"
        r"large language models?|language models?|chatgpt|claude|gemini|copilot|"
        r"gpt-?\d|deepl|otter|jasper|notion ai|grammarly|quillbot|perplexity|cursor|"
        r"artificial intelligence)|"
        r"^\W*(?:this|the) (?:summary|transcript|translation|overview|readme)\s(?:was|"
        r"has been|is)\s(?:automatically\s|auto-?)?(?:generated|summari[sz]ed|"
        r"transcribed|translated)\b",
    ),
    (
        "page furniture",
        # a newsletter's footer
        r"\bforward (?:this|the) (?:e-?mail|newsletter|message) to (?:a|your) "
        r"(?:friend|colleague)|"
        r"\bview (?:this|the) (?:e-?mail|newsletter) in (?:your|a|the) (?:web )?browser|"
        r"\badd us to your (?:address book|contacts|safe senders)|"
        r"\byour (?:e-?mail )?client does not support html|"
        r"\bthis is an? (?:system|automatically|auto)[- ]generated (?:e-?mail|message)|"
        r"\bif you no longer (?:want|wish) (?:us )?to (?:receive|contact|hear)|"
        r"\bwe hope you enjoyed (?:receiving |reading )?this (?:e-?mail|message|"
        r"newsletter)|"
        # a page's feedback box
        r"^\W*how can we improve this (?:article|page|answer)\b|"
        r"^\W*help us improve this (?:article|page)\W*$|"
        r"^\W*(?:thanks|thank you) for (?:your|the) feedback\b|"
        r"^\W*characters?\s*:?\s*\d+\s*/\s*\d+\W*$|"
        r"^\W*(?:missing|broken)\s?(?:/|or)\s?(?:missing|broken) links?\W*$|"
        r"^\W*inaccurate or irrelevant (?:content|information)\W*$|"
        # a sign-in wall and a forum's counters
        r"\byou can (?:view|read) \d+ more (?:pages|articles|stories) before\b|"
        r"^\W*[\d,]+ (?:users|people|members) are discussing this\b|"
        # images a converter or a screenshot tool named
        r"^\W*no alt text (?:was )?provided for this image\W*$|"
        r"\bai-generated content may be incorrect\b|"
        r"^\W*screen ?shot \d{4}-\d{2}-\d{2}\b|"
        r"^\W*a screen ?shot of (?:a|an|the) [\w ]{1,40}$|"
        # an SEO plugin's checklist (no health sentence says "focus keyword")
        r"\bfocus (?:keyword|keyphrase)s?\b|"
        r"^\W*add an? seo title\b",
    ),
    (
        "a chat transcript's interface text",
        # the chat window's controls and stamps copied with the answer
        r"^\W*code\s*[∙·•|]\s*version \d+\W*$|"
        r"^\W*(?:edit|copy|retry|share) message\W*$|"
        r"^\W*pasted\W*$|"
        r"^\W*\d{1,2}:\d{2}\s?[ap]\.?m\.?(?:\s(?:et|est|edt|pt|pst|pdt|ct|utc|gmt|bst))?"
        r"\W*$",
    ),
)


#: round 17's kinds (session 10, after its unseen figure was taken): what each
#: miss *is*, in general wordings
_ROUND17: tuple[tuple[str, str], ...] = (
    (
        "the tool's caveat about itself",
        # "Please note that this list is not exhaustive …", "(Note: The quotes are
        # fictionalized for this exercise …)", "Note: The above translation is
        # provided by a machine translation service and may contain errors": a
        # note on what the tool's own answer is, not on the article's subject
        r"^\W*\(?\s*(?:\*\*)?(?:please )?note(?: that)?:?(?:\*\*)?:?\s+(?:this|these|the above"
        r"|the|my|all)\s(?:[\w'-]+\s){0,3}?(?:list|lists|information|points|answer|"
        r"response|summary|translation|overview|suggestions|examples|sources|quotes|"
        r"citations|essay|template|recipe|plan|routine|brands|names|letter|email|"
        r"figures|statistics)\b[^()]{0,120}?(?:not (?:be )?(?:an? )?(?:exhaustive|"
        r"complete|comprehensive)|exhaustive|fictional|fictionali[sz]ed|made up|not real"
        r"|machine translation|may (?:contain|have) (?:errors|inaccuracies)|may not be "
        r"(?:up[- ]to[- ]date|current|accurate)|subject to change|based on the (?:details"
        r"|information)(?: you)? (?:provided|gave|given)|created for (?:the purpose of )?"
        r"this|for this (?:exercise|essay|example))|"
        r"^\W*\(?\s*(?:\*\*)?(?:please )?note(?: that)?:?(?:\*\*)?:? this is not an? "
        r"(?:exhaustive|complete|comprehensive) list\b|"
        r"^\W*(?:please )?note(?: that)?:? this is (?:just |only )?(?:(?:a |an )?(?:sample|"
        r"example|template|rough draft|suggested draft)|one (?:example|possible|option|"
        r"way|approach))\b|"
        r"^\W*disclaimer:\s*(?:i am|i'm) not an? (?:professional|expert|doctor|"
        r"chef|lawyer|nutritionist)\b|"
        # a refusal: "I'm sorry, but I can't help you write your memoir."
        r"^\W*(?:i'm|i am) sorry,? but i (?:can't|cannot|am unable to|won't) (?:help "
        r"you|assist|write|create|provide|generate|produce|fulfil|fulfill)\b",
    ),
    (
        "a sign-off",
        # "I hope this list helps!", "I hope this information is helpful!": the
        # tool hoping its answer is of use (with the answer named)
        r"^\W*i hope (?:this|these|that|the above|my) (?:[\w-]+ ){0,2}?(?:information|"
        r"list|exercise|exercises|guide|overview|summary|answer|article|post|draft|"
        r"email|letter|plan|routine|explanation|translation|recipe|template|tips|"
        r"suggestions|response|version|breakdown) (?:helps|help|is helpful|are helpful|"
        r"was helpful|is useful|are useful|proves useful|gives you)\b",
    ),
    (
        "presenting the text",
        # "Here's a refined, comprehensive list of …:", "Here is a 160 character
        # or less daily exercise routine …:": a tool presenting an answer made to
        # a brief (a revising adjective, or the brief's length)
        r"^\W*here(?:'s| is| are) (?:a|an|the|your|my) (?:[\w-]+,? ){0,2}?(?:refined|"
        r"comprehensive|revised|updated|expanded|rewritten|improved|polished|"
        r"simplified|shortened|condensed|concise|tailored|sample|suggested|"
        r"patient-friendly|reader-friendly|plain-language|kid-friendly|\d+[- ]character|"
        # round 21: "Here's a patient-friendly explanation..." trails off instead
        r"\d+[- ]word)\b[^.]{0,200}(?::|\.\.\.|\u2026)\s*$",
    ),
    (
        "the tool consoling or advising its requester",
        # "What a frustrating situation!", "A nice algebra question!", "That's an
        # interesting scenario!": the tool's exclamation at what it was asked
        r"^\W*(?:what an?|such an?|a|that's an?|that is an?) (?:[\w-]+ ){0,3}?(?:"
        r"question|situation|scenario|request|dilemma|predicament|query)!",
    ),
    (
        "an offer or question to the requester",
        # "Would you like another exercise?": the tool offering more of its work
        r"^\W*would you like (?:another|a different|one more|a second) (?:[\w-]+ )?(?:"
        r"exercise|version|example|draft|option|one|variation|list|plan)\b",
    ),
    (
        "page furniture",
        # a blog's gadgets and a help centre's feedback box, in their own words
        r"^\W*(?:blog archives?|archives?|about me|my photo|view my complete profile|"
        r"share it|digg|stumble|stumbleupon|said\.\.\.|your feedback|need more "
        r"information|difficult to understand|yes,? thanks!?|not really|notify me about"
        r" changes?)\W*$|"
        r"^\W*character limit\s*:\s*\d+\s*$|"
        # a search box's placeholder, a chat's copy/edit buttons run together, a
        # network's share and sign-up buttons, a reasoning tool's status
        r"^\W*search(?:…|\.\.\.)\s*$|^\W*copyedit\W*$|^\W*share (?:to|on) (?:x|"
        r"twitter|facebook|linkedin|whatsapp|reddit)\W*$|^\W*agree & join linkedin\W*$|"
        r"^\W*analysis (?:paused|stopped)\W*$|"
        r"^\W*[\w.-]{2,30}\d{1,2}:\d{2}\s?[ap]m\s*$|"
        r"^\W*©?\s*crown copyright\W*$|"
        r"^\W*this is a new service\b|"
        r"\bjoin (?:us )?on discord\b|\blisten on (?:spotify|apple podcasts)\b",
    ),
    (
        "a content-system leftover",
        # "Exported from [Medium](…) on June 3, 2026.", a byline of links, and
        # Substack's "… is a reader-supported publication"
        r"^\W*exported from \[?(?:medium|wordpress|blogger|substack|ghost|notion)\b|"
        # a health site's own trust furniture ("Last medically reviewed on June 21,
        # 2026", "Fact checked", "… has strict sourcing guidelines"): this site
        # shows its own review dates and sources, from the front matter
        r"^\W*(?:last )?medically reviewed (?:on|by)\b|^\W*fact[- ]checked\W*$|"
        r"\bhas strict sourcing guidelines\b|^\W*how we reviewed this article\b|"
        # a blog's social counters: "Liked by 1 person", "Reblogged this on …"
        r"^\W*liked by \d+ (?:person|people)\W*$|^\W*reblogged this on\b|"
        r"^\W*by \[[^\]]{1,80}\]\([^)]{1,200}\) on \[|"
        r"\bis a reader-supported publication\b",
    ),
)


#: round 20's kinds (session 11, after its unseen figure was taken)
_ROUND20: tuple[tuple[str, str], ...] = (
    (
        "an offer or question to the requester",
        # "Would you like data from specific studies?", "Would you like a printable
        # list for your fridge?": the tool offering more of its own work (not "Would
        # you like to stop smoking?", which asks the reader to act)
        r"^\W*would you like (?:(?:more|some|further|additional|any) )?(?:data|details|"
        r"recommendations|ideas|suggestions|examples|refinements|comparisons|"
        r"recipe ideas|variations|tweaks|a (?:[\w-]+ ){0,2}?(?:list|recipe|version|"
        r"table|chart|template|summary|breakdown|checklist|script|outline))\b[^?]{0,160}"
        r"\?|"
        r"^\W*would you like help (?:tailoring|with a specific|with (?:this|the next) "
        r"(?:step|part|section))\b|"
        r"\bwould you like any (?:refinements|changes|tweaks|adjustments|edits|"
        r"revisions)\?",
    ),
    (
        "the tool's caveat about itself",
        # the tool on what it is and what it took upon itself
        r"\b(?:as|because|since) i(?:'m| am) (?:not a real person|not (?:a )?human|"
        r"just a (?:computer )?program|a computer program)\b|"
        r"\bcreative liberties (?:were|have been|i) (?:taken|took)\b|"
        r"\bi (?:took|have taken|'ve taken) (?:some )?creative liberties\b|"
        r"^\W*i apologi[sz]e,? (?:i|but i|for (?:the|my|any) (?:confusion|mistake|"
        r"error|oversight))\b|\bi should not have (?:suggested|said|written|given)\b",
    ),
    (
        "a chat transcript's interface text",
        # a language model's end-of-text token left in its answer
        r"</s>\s*$|<\|(?:endoftext|im_end|im_start|eot_id|end)\|>",
    ),
    (
        "a content-system leftover",
        # a theme's credit, a byline in the platform's own language, a sponsor line
        r"^\W*theme\s*:\s*[\w .'&-]{1,40} by [\w .'&-]{1,40}\W*$|"
        r"^\W*(?:geplaatst door|gepost door|publié par|publicado por|pubblicato da|"
        r"veröffentlicht von|gepostet von|skrevet af|skrivet av|postado por|"
        r"opublikowano przez|lähettänyt)\b|"
        r"^\W*(?:kategori|kategorie|kategorien|catégorie|categoría|categoria|"
        r"schlagwörter|étiquettes|etiquetas)\s*:|"
        r"\b(?:this (?:blog|site|newsletter|podcast|post|series) )?is sponsored by "
        r"[\w-]+\.(?:com|org|net|io|co)\b",
    ),
    (
        "page furniture",
        # a search box's placeholder, a blogger's menu item, a link button's arrows
        r"^\W*type (?:here )?to search\W*$|"
        r"^\W*(?:contact me|hire me|work with me)\s*(?:[-\u2013\u2014|:]|$)|"
        r"^[^.]{3,80}(?:>>|\u00bb)\s*$|"
        r"^\W*feel free to (?:comment|leave a comment|drop a comment)\b|"
        r"^\W*if (?:this|you (?:found|enjoyed|liked) this) (?:post|article|series|"
        r"guide|thread|newsletter|piece)\b[^.]{0,60}\b(?:share|subscribe|forward)\b",
    ),
)


#: what the third blind import test's Claude-style draft left (session 11)
_DRAFTS3: tuple[tuple[str, str], ...] = (
    (
        "the tool about its own edits",
        # "A few notes on this draft:", "Notes on the revision": the heading of a
        # tool's list about what it wrote
        r"^\W*(?:a few |some |quick |brief |my )?notes? (?:on|about) (?:this|the|my) "
        r"(?:draft|version|rewrite|revision|edit|edits)\W*$|"
        # "I may have oversimplified the definition of remission": the tool doubting
        # its own wording (a patient "may have missed a dose", not "oversimplified")
        r"^\W*i (?:may|might|could) have (?:over-?simplified|simplified|"
        r"over-?generali[sz]ed|generali[sz]ed|overstated|understated|condensed|"
        r"glossed over|paraphrased|reworded)\b",
    ),
)


#: round 21's kinds (session 11, after its unseen figure was taken)
_ROUND21: tuple[tuple[str, str], ...] = (
    (
        "the tool about its own edits",
        # a tool's change log, one item a line: "Fixed typos (e.g., …)", "Improved
        # flow with clearer section transitions", "Adding stronger opening hooks"
        # (a writing noun, not "Improved blood flow to the legs")
        r"^\W*(?:fixed|corrected|improved|expanded|tightened|clarified|reworded|"
        r"restructured|reorgani[sz]ed|streamlined|polished|adding|added|removing|"
        r"removed|fixing|improving|simplifying|simplified|shortening|shortened)\s"
        r"(?:[\w'\"-]+\s){0,4}?(?:typos?|grammar|punctuation|spelling|transitions?|"
        r"hooks?|headings?|subheadings?|wording|phrasing|tone|readability|intro|"
        r"introduction|conclusion|sections?|paragraphs?|sentences?|transitional "
        r"phrases|section transitions|call to action|cta)\b|"
        r"^\W*(?:improved|better|smoother) flow\b|\bfor (?:better|smoother|improved) "
        r"(?:flow|readability)\W*$|"
        # "**Revised Message:**": the label over the tool's new version
        r"^\W*(?:revised|rewritten|edited|improved|polished|final|updated) (?:message|"
        r"version|text|draft|post|email|copy|paragraph|intro|introduction|"
        r"caption|bio)\s*:\s*$",
    ),
    (
        "an SEO tool's label",
        # an SEO tool's checklist for a meta description or title
        r"\b\d{2,3} characters \((?:optimal|ideal|good|recommended)\b|"
        r"\((?:optimal|ideal) length\)|^\W*call[- ]to[- ]action\W*$|"
        r"\bclear value proposition\b|\bincludes (?:action|power|emotional) words\b|"
        r"\bincludes (?:the )?(?:primary |target |focus |main )?keyword\b",
    ),
    (
        "a content-system leftover",
        # Medium's feed footer and slogans, Hashnode's sponsor bar, a republication
        r"\bon medium, where people are continuing the conversation\b|"
        r"\bcontinuing the conversation by highlighting and responding\b|"
        r"^\W*organi[sz]e your knowledge with lists\b|"
        r"^\W*tell your story\. find your audience\b|^\W*\W?writer for\s*$|"
        r"\bby becoming a (?:sponsor|patron|paid subscriber|supporting member)\b|"
        r"\b(?:hashnode|github) sponsors\b|^\W*see recent sponsors\b|"
        r"^\W*republished from (?:linkedin|medium|substack|my blog|the blog)\b|"
        r"\bbook a (?:free )?(?:discovery|strategy|consultation|intro|introductory) "
        r"call\b|"
        # a tracking pixel's image: no words, an address that counts a view
        r"^!\[\]\([^)\s]{0,300}(?:/stat\?|[?&]event=|pixel|beacon|/track)",
    ),
    (
        "page furniture",
        # a comment box's labels alone on a line ("Related" alone is left: an
        # article may have a heading of that name)
        r"^\W*(?:replies|add (?:a )?comment)\W*$",
    ),
)


#: round 22 (session 13), by kind: a writing brief's instructions left in a draft,
#: a tool asking for something to work on, template placeholders without brackets,
#: wiki, help-centre, recipe and news-site furniture (fixture README, "Round 22")
_ROUND22: tuple[tuple[str, str], ...] = (
    (
        "a writing brief's instruction",
        # the brief a writer (or a tool) was given, left in the draft: an imperative
        # about the writing itself ("Start with a relatable scenario.", "Check for
        # coherence and flow.", "Tease the benefits …, which will be explored
        # further in the post."); advice to a reader names no hook, flow or essay
        r"^\W*(?:intro\W+)?(?:start|open|begin) with an? (?:[\w'-]+,? ){0,3}"
        r"(?:scenario|hook|anecdote|story|question|statistic|quote)\b|"
        r"^\W*tease (?:the|a|some)\b|\bwhich will be explored (?:further )?in\b|"
        r"^\W*check for (?:coherence|flow|consistency|clarity|readability)\b|"
        r"\bmake sure (?:each|every|the) (?:section|paragraph|point)s? "
        r"(?:transitions?|flows?|connects?|leads?)\b|"
        r"\b(?:each|every) (?:section|paragraph) should (?:flow|lead|connect|"
        r"transition)\b|\bmake sure the (?:language|tone|writing) is\b|"
        r"^\W*keep the (?:language|tone|writing|style) (?:[\w'-]+ ){0,4}?"
        r"(?:for (?:an?|the) (?:essay|article|post|blog|audience|reader)|"
        r"but (?:accessible|engaging|friendly|approachable|professional))\b|"
        r"\bavoid (?:any |using )?markdown\b|\bas per the user'?s? (?:request|"
        r"instructions?)\b|\bthe user'?s (?:request|instructions|prompt)\b|"
        r"^\W*expand on the (?:text|points?|section|ideas?) (?:provided|above|given)\b|"
        r"^\W*explain the main (?:concept|idea|topic|point)\b|"
        r"^\W*include (?:relevant )?(?:references|quotes|citations|links|statistics) "
        r"(?:to|from) (?:studies|industry|experts|research|reputable)\b|"
        r"\bthat support your (?:claims|points|argument)\b|"
        r"\bthat draws? (?:the )?readers? in\b|\bwhy should (?:they|readers) care\W*$|"
        r"\bwhat problem does this (?:article|post|blog|piece) solve\b|"
        r"^\W*(?:note: )?customi[sz]e the (?:text|words|sections?) in brackets\b|"
        r"^\W*offer (?:practical|actionable|concrete|useful) (?:and \w+ )?tips for\b|"
        r"^for this (?:article|post|blog post|essay|piece), let'?s\b",
    ),
    (
        "an offer or question to the requester",
        # a tool with nothing to work on asks for it ("Could you please provide
        # me with the topic?"); a patient asks about their care, not a topic
        r"\b(?:could|can|would) you (?:please )?(?:provide|give|share|send) (?:me )?"
        r"(?:with )?(?:some |a bit of |more )?(?:context|the topic|a topic|the text|"
        r"input|more input|the keywords?|the title)\b|"
        r"\b(?:could|can|would) you (?:please )?provide (?:me with )?more (?:context "
        r"or )?information about what you'?re\b|"
        r"\bwhat is the topic you'?d like (?:to|me to)\b|"
        r"\byou'?d like to (?:explore|write about|cover) in your (?:blog|post|"
        r"article|essay)\b|\buntil you (?:give|provide|share|send) me\b|"
        r"^\W*what is the desired\b|\bonce you confirm, i'?ll\b",
    ),
    (
        "presenting the text",
        # more of the tool's own work, without "here is your …"
        r"\bhere are (?:\w+ )?(?:more|additional|further|extra) (?:original )?"
        r"(?:short stories|stories|subheads|subheadings|headlines|headings|titles|"
        r"taglines|captions|versions|drafts|paragraphs|posts|templates)\b|"
        r"^\W*i understand (?:that )?you (?:want|need|would like|'d like) (?:more|"
        r"another|a|an|the)\b|"
        r"^\W*this document contains (?:the final |\d+ |the )?(?:[\w-]+ ){0,3}?"
        r"(?:templates?|blog posts?|articles|posts)\b|"
        r"^\W*this is (?:example|sample|placeholder|dummy|demo) (?:content|text|copy)\b|"
        r"\bwriting an? (?:article|blog post|post|essay) about \[",
    ),
    (
        "the tool about its own edits",
        # a tool's plan, one step a line: "I will identify the main points, …"
        r"\bi will (?:identify|extract|highlight|pull out|list) the (?:main|key) "
        r"(?:points|ideas|arguments|information|findings)\b",
    ),
    (
        "a sign-off",
        r"^\W*i look forward to (?:helping|assisting|working with) you\b",
    ),
    (
        "a placeholder",
        # a template's fields without "[Insert …]": a snake_case field, a caption
        # or a name that says what goes there, the demo name and address of themes
        r"\[[a-z]+_[a-z_]+\]|\{[a-z]+_[a-z_]+\}|"
        r"^\W*image caption (?:describing|showing|here|goes)\b|"
        r"\W(?:expert|author|company|brand|client|guest) name\W*$|"
        r"^\W*(?:john|jane) doe\W*$|"
        r"^\W*(?:\d+\.\s*)?reference (?:one|two|three|1|2|3)(?: with link)?\W*$|"
        r"^\W*suggested (?:html|title|headline|meta description|alt text) for\b|"
        r"\b304 north cardinal st\b|\bdorchester center, ma 02124\b",
    ),
    (
        "page furniture",
        # wiki, help-centre, recipe, news and social sites' labels, alone on a line
        r"^\W*(?:custom search|recent updates|recommend us|jump to recipe|"
        r"print recipe|start (?:your )?free trial|content_copy|honeypot link|"
        # "Read more" alone is left: the site's own articles have a heading of that name
        r"physical address|continue reading|"
        r"(?:skip|go) to (?:end|start) of metadata|"
        r"related (?:health )?(?:topics|questions(?: (?:&|and) answers)?|links|"
        r"reading|content)|ages \d+\+|under \d+)\W*$|"
        r"^\W*from wikipedia, the free encyclopedia\b|"
        r"^\W*page contents not supported in other languages\b|"
        r"^\W*updated (?:over |about |almost )?(?:a|an|\d+) (?:minute|hour|day|week|"
        r"month|year)s? ago\W*$|"
        r"^\W*\d+ (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?) "
        r"ago\W*$|"
        r"^\W*\d+ (?:posts|followers|following|articles|stories)\W*$|"
        r"^\W*followed by \d+ (?:people|person|others|users)\b|"
        r"^\W*\d+ (?:komentar|kommentare?|commentaires?|comentarios?|commenti|"
        r"reacties|kommentarer|yorum)\W*$|"
        # a "previous" link; "<<" is left: it opens the site's own placeholders
        r"^\W*(?:<=|«|←)\s*\w|"
        r"^\W*(?:read|see|view|explore|discover) (?:our|the|all|more)\b.{0,60}"
        r"(?:→|»|>>)\s*$|"
        # run together with the link before it ("… PractitionerEditorial Policy"):
        # the site's own "Editorial policy" page and an "Our editorial team"
        # heading are left
        r"^\W*all collections\s*\w|[a-z]{3}editorial (?:policy|team)\W*$|"
        r"\b\d+\s?min\s*·\s*updated\b|"
        r"^\W*[\w'.-]+(?: [\w'.-]+)? avatar\W*$|"
        r"^\W*(?:picture|photo|headshot|portrait) of (?!(?:an?|the|your|my|our|"
        r"some) )[\w'.-]+(?: [\w'.-]+)?\W*$|"
        r"\bimage: [\w'.-]+ [\w'.-]+\W*$|"
        r"\bused under (?:the |a )?creative commons\b|"
        r"^\W*download\s*[\"“]|\bflipped this story into\b|"
        r"\b(?:let us|let me|tell us|tell me) know in the comments\b|"
        r"^\W*no replies yet\b|^\W*don'?t be a silent reader\b|"
        r"^\W*to read the (?:rest|full (?:article|story|post))\b|"
        r"\bshare it with your (?:network|friends|followers)\b|"
        r"\buse the follow button\b|\bconsider upgrading to a paid subscription\b|"
        r"\bthrough our (?:referral|affiliate) links\b|"
        r"\buse of this site is subject to\b|\buse the navigation below\b|"
        r"^\W*try [\w-]+(?: [\w-]+)? with \d+ free credits\b|\bfree credits\b|"
        r"^\W*please confirm that you are not located\b|"
        r"\bwhere stories live\b|\bkeep scrolling\b|"
        r"^\W*approve to post\b",
    ),
)


#: round 23 (session 13), by kind: briefs given to a writing tool and its
#: grading, fact-check notes, template variables, news-site and Medium furniture,
#: icon names and photo credits left as words (fixture README, "Round 23")
_ROUND23: tuple[tuple[str, str], ...] = (
    (
        "a writing brief's instruction",
        r"\bno explanations or meta-commentary\b|^\W*output only the (?:blog post|"
        r"article|post|text|content)\b|\bdon'?t break character\b|"
        r"\bsuperfluous pre and post\b|\bcount your words\b|"
        r"\bif you'?re falling short, add\b|\btighten your prose\b|"
        r"\bas (?:subheadings|headings|bullets|bullet points) or (?:bullets|"
        r"bullet points|subheadings|headings)\b|"
        r"\(\d+(?:st|nd|rd|th)[-–]\d+(?:st|nd|rd|th) grade reading level\)|"
        r"^\W*sound like an? (?:real|human|professional|friendly|warm)\b|"
        r"\bmake it (?:shorter|longer) to (?:around |about )?\d+ words\b|"
        r"\bdo not change the meaning\b|\buse better transition words\b|"
        r"^\W*(?:\d+\.\s*)?(?:rephrase|reword|rewrite) (?:it |this |the text )?for "
        r"clarity\b|^\W*(?:recap the importance of|brief overview of the)\b|"
        r"\bask the user (?:if|whether|what|for)\b|\bif the user (?:wants|asks|would "
        r"like|needs)\b|\bask me clarifying questions\b|\btake a deep breath and "
        r"take it step by step\b|^\W*turn this (?:paper|article|text|post|study) "
        r"into\b|\bask for my input\b|"
        r"^\W*(?:example (?:input|output|prompt)|text to (?:paraphrase|"
        r"summari[sz]e|rewrite|translate))\W*:?\s*$",
    ),
    (
        "the tool's caveat about itself",
        # an editor's or a tool's fact-check notes on the draft's claims
        r"^\W*(?:finding|action|significance|issue|status|verdict)\s*:\s.{0,80}\b"
        r"(?:claims?|citations?|source attribution|alternative source|percentage)\b",
    ),
    (
        "the tool about its own edits",
        # a tool's summary or grading of the requester's text
        r"\bthe text (?:emphasi[sz]es|highlights|discusses|argues|stresses|"
        r"underscores|mentions|explains) (?:that|the|how)\b|"
        r"\btransitions between (?:paragraphs|sections) could\b|"
        r"^\W*(?:grade|rating):\s*\d+(?:\.\d)?\s*/\s*10\W*$|"
        r"^\W*i'?ll analy[sz]e your (?:needs|text|draft|goals)\b",
    ),
    (
        "presenting the text",
        # a health chatbot's greeting about itself
        r"\bi'?m your (?:ai|virtual|personal|friendly)[\w -]{0,30}(?:assistant|"
        r"companion|coach|guide|helper)\b|\blet'?s start your [\w ]{0,20}journey "
        r"together\b|\boffers the following royalty-free article\b|"
        r"\bfor you to publish (?:online|in print)\b",
    ),
    (
        "a placeholder",
        # template variables and bracketed fields a letter or release leaves
        r"#[a-z]+_[a-z0-9_]+#|(?:^|\s)\$[a-z][a-z_]{3,}\b(?!\s?\d)|"
        r"\[(?:city|state|zip|address|phone|e-?mail|organi[sz]ation|practice|"
        r"clinic|hospital|patient|doctor|title|first ?name|last ?name|home "
        r"organi[sz]ation)\b[^\]]{0,60}\]|\((?:date|time|location)\)|"
        r"^\W*\((?:give|add|insert|describe|include|list|enter|type|write) "
        r"[^)]{0,200}\)\W*$|"
        r"^\W*\{(?:explain|add|insert|describe|include|list|write|give)\b[^}]{0,300}"
        r"\}\W*$|\"object\"\s*:\s*\"chat\.completion",
    ),
    (
        "an SEO tool's label",
        r"\b(?:internal|external) link(?:ing|s)? (?:keywords|suggestions|"
        r"opportunities)\b|^\W*suggested (?:topics|titles|headlines|tags|keywords)"
        r"\W*$",
    ),
    (
        "page furniture",
        r"^\W*(?:discuss this (?:story|article|post)|welcome guest|publish (?:an )?"
        r"article|browsing (?:tag|category)|downloaded from|for more information,? "
        r"contact|full story|related summaries|your comments?|select page|"
        r"talk to an expert|(?:print|download) (?:this )?(?:leaflet|page|article|"
        r"pdf)|author|published|posted|written by|english|"
        r"discussion \(\d+\))\W*:?\s*$|"
        r"^\W*trending [a-z]+ \d{4}\b|\boriginal article:\s*[\"“]|"
        r"^\W*-{3,}\s*(?:article|post|content) (?:start|end)\b|"
        r"^\W*read more (?:health )?(?:articles|posts|stories) on\b|"
        r"\W(?:unsplash|pexels|shutterstock|getty images|istock(?:photo)?|"
        r"adobe stock)\W*$|^\W*verywell /|"
        r"^\W*[a-z]+_[a-z_]+\s+[a-z]|^\W*lightbulb\s+[a-z]|"
        r"\bcontains ambiguous unicode characters\b|"
        r"\btyped from a recording\b|^\W*rev\.? date\b|"
        r"\blicensed under(?:neath)? a creative commons\b|"
        r"^\W*(?:category|tag|author|monthly) archives?:|"
        r"^\W*how (?:informative|useful|helpful) (?:is|was) this (?:news|article|"
        r"page|post|story)\b|\bclick to open link in a new tab\b|"
        r"^\S{0,60}%20\S{0,40}\.(?:png|jpe?g|gif|webp)\)?\W*$|"
        r"^\W*this (?:article|post|story) (?:was |first )?(?:originally )?"
        r"(?:published|appeared) in the \w+ \d{4} issue\b|"
        r"\boriginally (?:appeared|published) (?:in|on)\W*$|"
        r"\bbook a (?:free )?demo\b|\bless than (?:one|a|1) minute read\b|"
        r"\bit will take less than one minute to\b|\bi hereby authori[sz]e\b|"
        r"^\W*verified by [\w .&-]{2,40}$|"
        r"\bdenne historien er fra\b|\bthis story is from the\b.{0,40}\bissue of\b|"
        r"\bsmiling at the camera\b|^\W*a (?:combination|collage|montage) of "
        r"(?:images|photos|pictures)\b|\bdepicted with a speech bubble\b|"
        r"^\W*welcome to the [\w ]{2,60} newsletter\b|"
        r"\ba publication from medium\b|@ medium\W*$|"
        r"^\W*from (?:wikiprojectmed|wikimedia|wikidoc|wikem)\W*$",
    ),
)


#: what the seventh blind import test's drafts left (session 13)
_DRAFTS7: tuple[tuple[str, str], ...] = (
    (
        "a content-system leftover",
        # a document's circulation stamp on a line of its own ("DRAFT - not for
        # circulation - v2", "Confidential: do not distribute"): about the file,
        # never the article; a sentence ("This draft is not for …") has a verb first
        r"^\W*(?:(?:draft|confidential|internal)\b[^.!?]{0,30}?[\s:\u2013\u2014-]+)?"
        r"(?:not for (?:circulation|distribution|publication)|for internal "
        r"(?:use|review) only)\b[^.!?]{0,30}$|"
        # "do not share" is a stamp only after its label ("Do not share towels" is
        # a leaflet's advice)
        r"^\W*(?:draft|confidential)\b[^.!?]{0,30}?[\s:\u2013\u2014-]+do not "
        r"(?:circulate|distribute|share|publish|forward)\b[^.!?]{0,30}$",
    ),
)


def _split(kinds: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Each kind as two patterns: its branches anchored at the line start (one
    pattern that is tried at position 0 only), and the others (which keep their
    literal prefilter, :func:`healthkb.rules.regex_literals.required_strings`):
    together, the kind costs a few microseconds a line."""
    out = []
    for kind, pattern in kinds:
        branches = top_level_branches(pattern)
        anchored = [b[1:] for b in branches if b.startswith("^")]
        free = [b for b in branches if not b.startswith("^")]
        if anchored:
            out.append((kind, "^(?:" + "|".join(anchored) + ")"))
        if free:
            out.append((kind, "|".join(free)))
    return tuple(out)


KINDS = _split(
    _WRITTEN
    + _ROUND14
    + _WORDINGS
    + _ROUND15
    + _ROUND17
    + _ROUND20
    + _DRAFTS3
    + _ROUND21
    + _ROUND22
    + _ROUND23
    + _DRAFTS7
    + _ROUND24
    + _ROUND26
    + _ROUND27
    + _ROUND28
    + _ROUND29
    + _ROUND30
    + _ROUND31
    + _ROUND32
    + _ROUND3334
    + _ROUND35
    + _ROUND36
    + LANGUAGES
)

__all__ = ["KINDS"]
