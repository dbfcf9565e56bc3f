"""Kinds of chatter round 36 showed the patterns lacked, written as general classes
(a vocabulary and a frame each), not as the round's lines.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text):

- a prose linter's verdict: a phrase judged by a style rule ("'was stolen' is
  passive voice", "'very unique' is not comparable") or a colour-coded checker's key
  ("Adverbs are shown in blue", "Phrases in green have been marked");
- the tool answering its requester: an acknowledgement that opens a reply ("Done.",
  "Good catch.", "Updated.") followed by what it did or offers, and a note on the
  spelling variety it wrote in ("I've used British spelling throughout");
- a register asked of a text part ("Make it warmer", "Here's a warmer opening") and
  a change log's past participles ("Enhanced professional vocabulary");
- a writing persona the tool takes ("As a seasoned copywriter with over 20 years
  of experience", "Speaking as your financial analyst");
- page furniture of news and health publishers' article pages: advertising
  networks' widgets, a comment form's preview and CAPTCHA messages, a news
  agency's photo credit, an image-caption label, a "you are leaving this site"
  notice, a site's advertising policy, links to the full article, a blog
  archive's heading and a comment's age stamp run into its author's name.

Every pattern is bounded and anchored or starts with a literal, so a line is
scanned in linear time.
"""

from __future__ import annotations

#: a style rule's name as prose linters (write-good, proselint, Vale, Hemingway)
#: state their verdict on a quoted phrase
_STYLE_VERDICT = (
    r"(?:passive voice|not comparable|(?:a )?clich[e\u00e9]|wordy|redundant|"
    r"(?:a )?weasel word|an adverb|an intensifier|hard to read|very hard to read|"
    r"(?:a )?filler(?: word)?|repeated|a lexical illusion)"
)
#: colours a readability checker marks its hints in
_COLOURS = r"(?:blue|green|purple|yellow|red|orange|pink)"
#: the words a reply opens with to say it has done what was asked
_ACKNOWLEDGEMENT = (
    r"(?:done|updated|revised|fixed|good catch|nice catch|good call|great catch|"
    r"good point|got it|noted|understood)"
)
#: the writing roles a tool speaks as
_PERSONA = (
    r"(?:copywriter|copy editor|editor|proofreader|content (?:writer|strategist|"
    r"creator)|writing (?:coach|assistant)|ghostwriter|seo (?:expert|specialist|writer)"
    r"|marketer|marketing (?:expert|specialist)|journalist|speechwriter|"
    r"(?:financial|business|data) analyst|consultant|communications? (?:expert|"
    r"specialist|professional))"
)
#: advertising networks whose widgets sit under news and health articles
_AD_NETWORKS = r"(?:taboola|outbrain|revcontent|mgid|zergnet|content\.ad|adblade)"
#: news and photo agencies credited under a picture
_AGENCIES = (
    r"(?:afp|reuters|ap|pa|epa|anadolu|xinhua|ani|pti|aap|dpa|getty(?: images)?|"
    r"pa media|pa wire|bloomberg|ians)"
)

#: the registers an edit gives a text, as a tool's menu or reply names them
_REGISTER = (
    r"(?:warmer|friendlier|punchier|snappier|shorter|longer|simpler|clearer|"
    r"more (?:formal|casual|personal|concise|engaging|persuasive|professional|friendly)"
    r"|less formal|easier to (?:read|understand))"
)
#: a text's parts an edit works on
_PART = (
    r"(?:tone|opening|closing|intro|introduction|ending|version|draft|headline|"
    r"conclusion|message|email|post|text)"
)
#: what a change log says it improved
_QUALITIES = (
    r"(?:vocabulary|terminology|tone|flow|readability|structure|transitions|"
    r"credibility|wording|phrasing|language|clarity)"
)

_ROUND36: tuple[tuple[str, str], ...] = (
    (
        "a writing checker's message",
        # a quoted phrase and its rule: "'was stolen' is passive voice on line 20",
        # "Comparison of an uncomparable: 'very unique' is not comparable."
        r"['\"][^'\"]{1,60}['\"] (?:is|are|may be|might be|could be) (?:a |an )?"
        + _STYLE_VERDICT
        + r"\b|"
        # a colour-coded checker's key: "Adverbs are helpfully shown in blue.",
        # "Phrases in green have been marked to show passive voice.", "use a
        # shorter word in place of a purple one"
        r"\b(?:shown|marked|highlighted|underlined) in " + _COLOURS + r"\b|"
        r"^\W{0,3}(?:words|phrases|sentences|adverbs) in " + _COLOURS + r" (?:have been"
        r"|are) (?:marked|highlighted)\b|"
        r"\bin place of (?:a|the) " + _COLOURS + r" one\b|"
        r"\bmouse over (?:it|them|the (?:word|phrase|highlight))\b",
    ),
    (
        "the tool answering the requester",
        # an acknowledgement opening a reply, then what it did: "Done. I've
        # tightened ...", "Good catch. I've aligned ...", "Good call. Two ways to
        # handle it:", "Updated. The new closing paragraph is ..."
        r"^\W{0,3}" + _ACKNOWLEDGEMENT + r"[.!] (?:i(?:'ve| have| made| added| "
        r"removed| cut| kept| changed| tightened| aligned| rewrote| replaced)\b|"
        r"(?:here(?:'s| is| are)|two|three|a few|some) (?:ways|options|versions|"
        r"changes|edits|the (?:new|revised|updated))\b|the (?:new|revised|updated|"
        r"opening|closing|intro|introduction|ending|conclusion|draft|text|"
        r"paragraph|post|letter|essay)\b)|"
        # the spelling variety it wrote in: "I've used British spelling
        # throughout.", "I've used British English ("jewellery") - is that right
        # for your market?", "Pick one and I'll normalise the lot."
        r"\bi(?:'ve| have) (?:used|kept|written in|stuck to|gone with) (?:british|"
        r"american|uk|us|australian|canadian) (?:english|spelling)\b|"
        r"\bpick one and i(?:'ll| will) (?:normali[sz]e|standardi[sz]e|change|fix)\b|"
        # a register given to a part: "Here's a warmer opening.", "Same facts,
        # warmer tone.", "Fill in a warmer version of the message"
        r"\b(?:warmer|friendlier|punchier|snappier|more (?:formal|casual|personal|"
        r"concise|engaging|persuasive)|less formal) " + _PART + r"\b|"
        # what it did with the requester's material: "I've analyzed your document
        # and identified ...", "This should give you a solid starting point.",
        # "I don't have the transcript in front of me in this conversation"
        r"\bi(?:'ve| have)? (?:analy[sz]ed|reviewed|read through|gone through|looked "
        r"(?:at|through)|checked) (?:your|the) (?:document|draft|text|essay|notes|"
        r"transcript|article|post|file)\b|"
        r"\bthis should give you a (?:good|solid|strong|great|useful) (?:starting "
        r"point|foundation|base|start)\b|"
        r"\bi (?:don't|do not|can't|cannot)\b[^.!?]{0,80}\bin (?:this|our) "
        r"(?:conversation|chat)\b",
    ),
    (
        "a writing tool's menu",
        # a register asked of the text: "Make it warmer", "Make the opening more
        # personal", "Make easier to understand", "Optimize for search engines"
        r"^\W{0,3}(?:make|keep) (?:it |this |the "
        + _PART
        + r" )?(?:a (?:bit|little) )?"
        + _REGISTER
        + r"\W{0,3}$|"
        r"^\W{0,3}optimi[sz]e (?:it |this |the text )?for (?:search engines|seo)\W{0,3}$|"
        # a change log's past participles: "Enhanced professional vocabulary and
        # terminology", "Strengthened credibility markers and expertise"
        r"^\W{0,3}(?:enhanced|strengthened|improved|simplified|clarified|refined|"
        r"polished|streamlined|tightened) [a-z ,]{0,40}\b" + _QUALITIES + r"\b",
    ),
    (
        "the tool's caveat about itself",
        # a persona it speaks as: "As a seasoned copywriter with over 20 years of
        # experience...", "Speaking as your financial analyst..."
        r"^\W{0,3}as an? (?:[a-z-]+ ){0,2}" + _PERSONA + r" with (?:over |more than )?"
        r"\d+\+? years\b|"
        r"^\W{0,3}speaking as (?:your|an?) (?:[a-z-]+ ){0,2}" + _PERSONA + r"\b",
    ),
    (
        "page furniture",
        # an advertising network's widget: "by Taboola", "Promoted Links", "You
        # May Like", "Sponsored Stories"
        r"^\W{0,3}(?:by |ads by |recommended by |powered by )?"
        + _AD_NETWORKS
        + r"\W{0,3}$|"
        # (and the network's name after it: "Promoted Links by Taboola")
        r"^\W{0,3}(?:promoted|sponsored|paid) (?:links|stories|content|posts)"
        r"(?:\W{1,3}(?:by|from) " + _AD_NETWORKS + r")?\W{0,3}$|"
        r"^\W{0,3}(?:you may like|you might like|around the web|from the web|from our "
        r"partners)\W{0,3}$|"
        # a comment form's preview and CAPTCHA: "Previewing your Comment", "Your
        # comment has not yet been posted.", "The letters and numbers you entered
        # did not match the image.", "Having trouble reading this image?"
        r"^\W{0,3}(?:verify|previewing|preview|edit|post|submit) your comment\W{0,3}$|"
        r"\byour comment (?:has not yet been|has been|is awaiting|was) (?:posted|"
        r"submitted|moderation|approved)\b|"
        r"\bthe (?:letters and numbers|characters|words) you entered did not match\b|"
        r"\bhaving trouble reading this image\b|"
        r"^\W{0,3}jump to comments\b|"
        # a news agency's photo credit: "AFP / Jam Sta Rosa", "(Source: AFP)",
        # "Reuters/John Smith"; a caption's label: "Image caption, India ..."
        r"^\W{0,3}" + _AGENCIES + r" ?/ ?[a-z][a-z'.-]+(?: [a-z'.-]+){0,3}\W{0,2}$|"
        r"^\W{0,3}\(?(?:source|photo|image|credit|picture): "
        + _AGENCIES
        + r"\)?\W{0,2}$|"
        r"^\W{0,3}(?:image|media|video) caption, |"
        # a "you are leaving this site" notice: "You are now leaving AARP.org and
        # going to a website that is not operated by AARP.", "Leaving AARP.org
        # Website"
        r"\byou are (?:now )?leaving [\w.-]{2,40} and (?:going|being taken) to\b|"
        r"\b(?:a |an )?(?:website|site) that is not operated by\b|"
        r"^\W{0,3}leaving [\w.-]{2,40}(?:\.(?:org|com|gov|net|uk))? (?:website|site)\W{0,3}$|"
        # a site's advertising policy: "Advertising on our site helps support our
        # mission. We do not endorse ..."
        r"\badvertising on (?:our|this) (?:site|website) helps support\b|"
        # a syndicated copy's stamp, an image's unfilled alt text, an advert's
        # call, a comment's age and count: "Official reprint from UpToDate",
        # "Image Alt Attribute", "See Prices Here!", "12 hours ago 4"
        r"\bofficial reprint from\b|\b(?:image )?alt attribute\b|"
        r"\bsee (?:prices|deals|offers) here\b|"
        r"^\W{0,3}\d+ (?:minutes?|hours?|days?|weeks?) ago \d+\W{0,3}$|"
        # a review stamp on its own: "Reviewed March 2010"
        r"^\W{0,3}reviewed:? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
        r"\.? \d{4}\W{0,3}$|"
        # links to the rest or the original: "Read the complete article.", "See
        # Full Article Here:", "Source link", "Must Read"
        r"^\W{0,3}(?:read|see|view) (?:the )?(?:complete|full|original) "
        r"(?:article|story|post)(?: here)?\W{0,3}$|"
        r"^\W{0,3}(?:source link|must read|must reads)\W{0,3}$|"
        # a blog archive's heading: "Archive for the cancer charities Category"
        r"^\W{0,3}archive for the [\w' -]{2,40} (?:category|tag)\W{0,3}$|"
        # a comment's age stamp run into its author's name: "eddy157211 months
        # ago" (a handle and a count of months)
        r"^\W{0,3}[a-z_.-]{2,20}\d{1,6}(?: ?(?:minutes?|hours?|days?|weeks?|months?|"
        r"years?) ago)\W{0,3}$",
    ),
)

__all__ = ["_ROUND36"]
