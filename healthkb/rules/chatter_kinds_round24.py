"""Kinds of chatter the independent rounds 24 and 25 showed the patterns lacked.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: a writing brief's outline items ("- Discuss how …"),
a template's blanks and bracketed instructions, printf-style leftovers of a
blog engine ("Connecting to %s"), image file names left as captions, consent
and feedback widgets, tag listings and "read also" links, furniture words of
other languages' sites around an English text, and an assistant correcting its
requester's spelling. (A row of hashtags is not one: under a "Tags" heading the
importer reads it as the draft's keywords.) Every pattern is bounded and
anchored or starts with a literal, so a line is scanned in linear time.
"""

from __future__ import annotations

#: the verbs a writing brief or an outline starts its items with; a line that
#: speaks to the reader has "you" in it and is left alone (see the lookahead)
_BRIEF_VERB = (
    r"(?:discuss|describe|explain|mention|highlight|emphasi[sz]e|outline|"
    r"summari[sz]e|elaborate on|touch on|introduce|address|explore|illustrate|"
    r"stress|underscore|reiterate|recap|conclude by|begin by|start by|end by|"
    r"list|recommend)"
)
#: what a brief's item is about: how, why, that, the importance of …
_BRIEF_OBJECT = (
    r"(?:how|why|what|whether|that|the (?:importance|benefits?|role|significance|"
    r"impact|need|value|risks?|different|various|key|main|common|potential|"
    r"relationship|connection|link|concept|purpose|process)|common|key|various|"
    r"potential|ways|tips|signs|examples|strategies)\b"
)
_NO_YOU = r"(?!.*\b(?:you|your|you're|yours|yourself)\b)"
_BRIEF_GERUND = (
    r"(?:discussing|highlighting|emphasi[sz]ing|exploring|outlining|describing|"
    r"explaining|providing|summari[sz]ing|introducing|encouraging)"
)

_ROUND24: tuple[tuple[str, str], ...] = (
    (
        "a writing brief's instruction",
        # an outline's item addressed to the writer: "- Discuss how water …",
        # "2. Mention that needs vary …" (an item for the reader says "you")
        r"^"
        + _NO_YOU
        + r"\W*(?:\d+[.)]\s*)?"
        + _BRIEF_VERB
        + r" "
        + _BRIEF_OBJECT
        + r"|^\W*(?:encourage|remind|ask|invite|urge) (?:users|readers|the reader|"
        r"the audience) to\b|\bbegin by (?:emphasi|discuss|highlight|explain|"
        r"introduc|describ|defin|outlin)[a-z]*\b|\bthis (?:article|post|piece|"
        r"blog|section) (?:could|should|might) (?:explore|discuss|cover|highlight|"
        r"examine|delve|look at|focus on)\b",
    ),
    (
        "a writing brief's instruction",
        # a section plan: "Paragraph 2: Highlighting the impact of …",
        # "Conclusion: Emphasizing the pivotal role of …"
        r"^\W*(?:introduction|intro|conclusion|paragraphs?(?: \d+)?|section \d+|"
        r"body|closing|opening|\d+[.)])\s*:\s*" + _BRIEF_GERUND + r" (?:the|how|why)\b|"
        r"\b(?:paragraphs?|sections?)\s*:\s*[\u2460-\u2473]|"
        r"\bdivide (?:it|the article|your article|the post) into the following "
        r"sections\b|^\W*(?:finally, )?(?:review|proofread|revise) the (?:paper|"
        r"article|draft|post|essay|text) for\b|\bensure that each (?:section|"
        r"paragraph) (?:builds|flows|follows|connects)\b|"
        r"\bwhen writing about [\w -]{2,30}:\s*$|\bas copy-and-paste starting "
        r"points\b|\bprompt (?:clusters|templates|library)\b",
    ),
    (
        "a placeholder",
        # a template's bracketed instruction to whoever fills it in: "[Brief
        # introduction to the purpose of the letter …]", "[Position/title]"
        r"\[(?:brief|provide|mention|insert|add|include|describe|list|state|"
        r"explain|summari[sz]e|enter|name of|your|short|one-line|a sentence|"
        r"\d+[-\u2013]\d+ (?:sentences|words))\b[^\]]{6,300}\](?!\()|"
        r"\[[a-z]+(?: [a-z]+)?/[a-z]+(?: [a-z]+)?\]|"
        # a form's blank: "Dear ___," and "Dr. ____" (normalise keeps one "_")
        # (normalise drops "__" pairs: "Dear ________," reads "dear ,")
        r"^\W*(?:dear|dr\.?|mr\.?|mrs\.?|ms\.?|name:?)\s*_*\s*,\W*$|"
        r"^\W*(?:dear|dr\.?|mr\.?|mrs\.?|ms\.?|name:?)\s_+\W*$|"
        r"\b20xx\b|\b19xx\b",
    ),
    (
        "a content-system leftover",
        # a blog engine's untranslated format strings ("Connecting to %s",
        # "%d bloggers like this:")
        r"(?:^|\s)%[sd](?=[\s:.,]|$)",
    ),
    (
        "a content-system leftover",
        # an image's file name or stock-photo caption left as a line
        r"^[^.!?]{0,80}\.(?:jpe?g|png|gif|webp|svg|avif|tiff?)\W*$|"
        r"^\W*(?:photo|image|picture|illustration)s? (?:courtesy of|by|via|"
        r"credit:?|source:?)\s[\w .&'-]{2,40}$|"
        r"\bmedical vector illustration\b|\bvector illustration with\b",
    ),
    (
        "a content-system leftover",
        # cookie consent, feedback and rating widgets
        r"\bcookies? we (?:can |may )?use\b|"
        r"\b(?:choose|manage|select|set) (?:which |your |our )?cookies\b|"
        r"\bwhich cookies we\b|\bwe'?ll use a cookie to\b|"
        r"^\W*did you find (?:it|this|this page|this article) (?:helpful|useful)"
        r"\b|^\W*send (?:us )?feedback\W*$|\bhow do you feel about our "
        r"(?:website|site|service)\b|^\W*tell us how we(?:'re| are) doing\b|"
        r"^\W*(?:was this (?:answer|article) helpful|rate this (?:article|page|"
        r"post))\b|^\W*have more questions\W+submit a request\b|"
        r"^\W*thank you! your submission has been received\b|"
        r"^\W*oops! something went wrong while submitting\b",
    ),
    (
        "a content-system leftover",
        # tag and author listings, "read also" links, text-size widgets and the
        # other controls a page leaves around its article
        r"^\W*articles tagged with\b|^\W*displaying items by tag\b|"
        r"^\W*(?:posts?|articles?|stories|items) tagged\b|"
        r"^\W*about [\w .'-]{2,40} \d+ (?:articles|posts)\W*$|"
        r"^\W*(?:news|article|story|post) posted by\b|"
        r"^\W*read also\b|^\W*(?:read next|read more|also read)\s*:|"
        r"^\W*(?:font size|text size|font type|line spacing|column width)\s*:?\s*$|"
        r"^\W*(?:t\s){2}t\s*$|^\W*(?:aa\s){2}aa\s*$|"
        r"^\W*(?:see all|view all|show all|most popular|most read|trending now|"
        r"up \u2191|back to top|page details|date modified:?|originally "
        r"published|chat now|see video transcript|suggest a source|see the story)"
        r"\W*$|^\W*beta this is a (?:prototype|new)\b|"
        r"^\W*an official website of the\b|^\W*here'?s how you know\W*$|"
        r"^\W*this is h[1-6]\W*$|\bwe do not spam\b|^\W*never miss an update\b|"
        r"\bget the substack app\b|\bsupport this work with a subscription\b|"
        r"\bsubscriptions are \d+% off\b|^\W*from \u2192|"
        r"^\W*next review due\b|^\W*current date\s*:|"
        # a navigation row: four or more short labels of words between bars
        r"^\W*[a-z][a-z &'-]{0,24}(?:\s\|\s[a-z][a-z &'-]{0,24}){3,}\W*$|"
        r"^\W*[a-z][a-z &'-]{1,30} > [a-z]|\s-\spage \d+ of \d+\b|"
        r"^\W*(?:(?:arial|georgia|verdana|helvetica|tahoma|times new roman|"
        r"courier)\s*){2,}$|\bclick an icon to log in\b|"
        r"^\W*fill in your details below\b|^\W*(?:map|hero|banner|featured|"
        r"header) image\W*$|\baffiliate (?:fees|links?|commissions?)\b|"
        r"^\W*(?:\d+/\d+\s*)?\u00a9\s?[\w .,-]{2,60}$|"
        r"\bdo not necessarily reflect the views of\b|"
        r"^\W*(?:dr|mr|mrs|ms)\.? name\W*$",
    ),
    (
        "a content-system leftover",
        # the same furniture in the languages sites around an English text are
        # often in: bylines, sources, "read more", reserved rights, adverts
        r"^\W*(?:von|par|por|di|av) [A-Za-z][a-z]+ [A-Za-z][a-z]+\W*$|"
        r"^\W*(?:fuente|quelle|fonte|bron|k\u00e4lla)\W*:?\s*$|"
        r"\briproduzione riservata\b|\bwerbeanzeigen\b|\btous droits r\u00e9serv"
        r"\u00e9s\b|\balle rechte vorbehalten\b|\btodos los derechos reservados\b|"
        r"^\W*(?:leer m\u00e1s|lire la suite|weiterlesen|leggi (?:di pi\u00f9|"
        r"anche)|plus d'infos sur|en savoir plus)\b|"
        r"\btranscription du contenu de la page\b|\bsi votre navigateur ne rend "
        r"pas\b|\bdrivs av\b|\bhuling nasuri\b|\bmga bagong publikasyon\b|"
        r"\bmedikal na dalubhasa\b|\bmangyaring piliin\b",
    ),
    (
        "the tool about its own edits",
        # an assistant correcting the requester's spelling of the topic, and its
        # notes on what it changed in the requester's text
        r"^\W*i believe you(?:'re| are| may be| might be) referring to\b|"
        r"^\W*(?:did|do) you mean\b[^?]{0,60}\?\W*$|"
        r"^\W*i'?ve (?:strengthened|emphasi[sz]ed|tightened|softened|sharpened|"
        r"streamlined|trimmed|condensed|expanded|reorgani[sz]ed|restructured|"
        r"polished|refined)\b|"
        r"\byou can now copy the (?:entire|whole|full) (?:block|text|article|post)\b|"
        r"^\W*it'?s important to note that i'?m not a\b|"
        r"^\W*(?:please )?note that i'?m not a (?:doctor|medical|mental health|"
        r"healthcare|licensed)\b|\bthe text provided is a request\b|"
        r"^\W*note: this is a demonstration\b|^\W*(?:hello|hi|hey) there\W*(?:$|[!.,]\s)|"
        r"\bplease note that this is a (?:simple|simplified|general|brief|basic|"
        r"high-level) (?:explanation|overview|summary|answer|analysis)\b|"
        r"\bplease verify with a (?:medical|healthcare|health care|qualified) "
        r"(?:professional|provider)\b",
    ),
    (
        "the tool's caveat about itself",
        # an automated tool's stamp on its own output
        r"\bthis is an ai-generated (?:transcription|report|summary|answer|"
        r"response)\b|\bai-powered insights may contain errors\b|"
        r"\bthis result is from automated classification\b|"
        r"\bi don'?t have live access\b|\bhighlights i can share right now\b",
    ),
)

__all__ = ["_ROUND24"]
