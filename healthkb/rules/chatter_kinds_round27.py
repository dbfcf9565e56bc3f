"""Kinds of chatter the independent round 27 showed the patterns lacked.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: an assistant that could not open a link, its
alternative versions and suggested titles, a word budget in the presenting line,
an agent transcript's labels, a writing brief's labelled items, review stamps and
syndication notices, copied links' tails, sentences whose link was stripped,
press-release and podcast furniture, wiki and repository chrome, a weather
widget, breadcrumbs of backslashes and text doubled by an avatar's alt text.
Every pattern is bounded and anchored or starts with a literal, so a line is
scanned in linear time.
"""

from __future__ import annotations

from healthkb.rules.chatter_kinds_round24 import _BRIEF_OBJECT, _BRIEF_VERB, _NO_YOU

_ROUND27: tuple[tuple[str, str], ...] = (
    (
        "the tool's caveat about itself",
        # a tool that could not open what it was given: "I couldn't retrieve the
        # content for that link … Please paste the actual text of the post"
        r"\bi (?:couldn't|could not|can't|cannot|was unable to|am unable to) "
        r"(?:retrieve|access|open|load|fetch|read) (?:the )?(?:content|contents|text|"
        r"page|article|link|url|file)\b|\bplease paste (?:the|in the|your) (?:actual |"
        r"full )?(?:text|content|article)\b|\bgiven the tool constraints\b",
    ),
    (
        "presenting the text",
        # an alternative version, a word budget, a suggested title: "Here's a
        # punchier one:", "… about supplements in 300 words:", 'How about "…"?'
        r"\bhere's an? (?:[a-z]+er|more [a-z]+|less [a-z]+) (?:one|version|take|"
        r"option|alternative|draft)\b|\bin (?:about |roughly |around )?\d{2,4} words"
        r"\s?:\W{0,3}$|^how about \"[^\"]{5,160}\"\s?\?\W{0,3}$|"
        # (a title ends with no full stop: '"My advice: ask early."' is a quote)
        r"^\"[^\":]{5,100}: [^\"]{4,120}[^\".!?]\"$",
    ),
    (
        "the tool about its own edits",
        # its notes on its choices and its text's effect: "review the 10 I
        # picked", "This hooks viewers immediately"
        r"\b(?:review|check) the \d{1,3} i (?:picked|chose|suggested|added)\b|"
        r"\bdrop or swap any\b|^this (?:hooks|grabs|draws in) (?:the )?(?:viewers?|"
        r"readers?|audience)\b",
    ),
    (
        "a chat transcript's interface text",
        # an agent transcript's labels: "### Planner Response", "*User accepted
        # the command `npm run build`*", "_[tool: ready_for_verification]_"
        r"^planner response$|^user (?:accepted|rejected|approved) the command\b|"
        r"^\[tool: [a-z_]{2,60}\]$|^suggestion \d{1,2}\s?:",
    ),
    (
        "a writing brief's instruction",
        # a brief's labelled items and sections: "- Debunking Myths: Address
        # common misconceptions", "Briefly state the importance of …",
        # "Body Paragraphs:", "Expand on the text provided."
        r"^"
        + _NO_YOU
        + r"\W{0,3}[\w' -]{3,60}:\s(?:"
        + _BRIEF_VERB
        + r"|offer|provide|share|give) "
        + _BRIEF_OBJECT
        + r"|^\W{0,3}briefly (?:state|explain|describe|mention|introduce|"
        r"summari[sz]e|outline|discuss)\b|^body paragraphs?\s?:$|"
        r"\bexpand on the text provided\b",
    ),
    (
        "page furniture",
        # review stamps, syndication and link notices, a copied link's tail,
        # press-release and podcast lines
        r"\bmedically reviewed or fact[- ]checked\b|\bare clickable links\b|"
        r"\bmay be freely used by others\b|storylink=cpy|^skip advertisement|"
        r"^supplied by\b|^by admin\b|\brate and review (?:the|our|this) [\w ]{0,30}"
        r"podcast\b|^comments (?:are )?closed\W{0,3}$|^photo(?:graph)? by [a-z][\w.'’ -]{1,40},$|^[a-z]+ [a-z]+ on "
        r"(?:instagram|twitter|facebook|tiktok|linkedin)$|^newspaper article\b|"
        r"^article excerpt$",
    ),
    (
        "page furniture",
        # wiki and repository chrome, a weather widget, breadcrumbs of
        # backslashes, front matter run into the text, a text doubled by an
        # avatar's alt text ("Gwendolen about her dutiesGwendolen about her duties")
        r": difference between revisions$|\bauthor manuscript; available in pmc\b|"
        r"\bnihpa author manuscripts\b|^\d{1,3}(?:\.\d)? ?° ?[fc]$|"
        r"^(?:[\w&'-]+(?: [\w&'-]+){0,3} \\ ){2,}|^date \d{4}-\d{2}-\d{2}\b|"
        r"^((?:[a-z]+ ){1,8}[a-z]+)\1$",
    ),
    (
        "page furniture",
        # a stock photo's alt text or credit left as text: "… concept vector
        # illustration. iStock", "Image shows …", "… shot from above", an image's
        # file name ("Man-having-trouble-sleeping-squeezes-a-pillow …")
        r"\bvector illustration\b|\bistock\b|[?.!] image shows\b|\bshot from (?:above|"
        r"below|behind)\b|^[\w' -]{2,40}: shot of\b|^(?:[a-z]+-){5,}[a-z]+\b",
    ),
    (
        "page furniture",
        # a form's and a page's controls: "Thank you for your participation!",
        # "to top", a navigation label run into the next ("InformationContact Us")
        r"^thank you for your (?:participation|submission|response|vote)\W{0,3}$|"
        r"^(?:back )?to top$|[a-z]{3}contact us$|^full (?:weather|"
        r"forecast)$",
    ),
    (
        "a content-system leftover",
        # a sentence whose link was stripped on export, where no wrapped line can
        # end so ("… on our website at You should …"; a line ending "… can be
        # found at" may go on with the link on the next line, and is left alone)
        r"\bon our website at you\b",
    ),
)

__all__ = ["_ROUND27"]
