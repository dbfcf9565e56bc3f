"""Kinds of chatter round 35 showed the patterns lacked, written as general classes
(a vocabulary and a frame each), not as the round's lines.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text):

- a web-publishing plugin's verdict: a word of the publishing vocabulary no health
  article uses (canonical URL, slug, permalink, noindex, Open Graph, breadcrumb
  title, meta description, keyphrase, SEO) with a verdict on it ("not set", "too
  long", "keep it concise", "for best SEO");
- a readability checker's verdict on a text's units ("Many sentences are too long",
  "Title is too short. Aim for 50-60 characters", "Grade level: 7.2 (target: 8)",
  "180 characters (150-160 recommended)");
- page furniture: pagination, a page's other-language version and site map, a
  stock-photo credit, a journal's publication line, screen-reader landmarks, a
  reading-time stub, a comment box's call;
- a tool asking for its input ("Please provide the data ..., and I'll ..."), on
  its own work in the first person ("I have identified the following ...", "I will
  conduct a thorough proofread of the essay"), its verdict to the requester ("no
  instances of plagiarism in your essay") and its menu's commands ("Translate to
  English").

Every pattern is bounded and anchored or starts with a literal, so a line is
scanned in linear time.
"""

from __future__ import annotations

#: the web-publishing fields an SEO or CMS plugin checks
_WEB = (
    r"(?:canonical (?:url|link|tag)|open graph (?:image|title|description|tags?)|"
    r"og:(?:image|title|description)|twitter card|breadcrumb (?:title|trail)|"
    r"permalink|(?:url )?slug|noindex|nofollow|meta (?:description|title|keywords?)|"
    r"seo title|focus keyphrase|(?:focus )?keyword density|keyphrase|alt (?:text|tag)s?|"
    r"featured image|robots meta)"
)
#: the units of a text a readability checker judges
_UNITS = r"(?:sentences?|paragraphs?|title|headline|subheadings?|words?|text)"
#: a figure a checker gives as its target: "50-60", "<=8", "1-3%"
_FIGURE = r"(?:[<>\u2264\u2265]?=?\s?\d[\d.]*(?:\s?[-\u2013]\s?\d[\d.]*)?%?)"

_ROUND35: tuple[tuple[str, str], ...] = (
    (
        "a writing checker's message",
        # a publishing field with a verdict: "Canonical URL not set", "URL slug is
        # too long", "Page is set to noindex", "Set a canonical URL to ..."
        r"^\W{0,3}(?:the |your |an? )?" + _WEB + r"\b[^.!?]{0,40}?\b(?:(?:is )?not set|"
        r"(?:is )?missing|is empty|(?:is )?too (?:long|short)|keep it (?:concise|short))\b|"
        r"^\W{0,3}(?:this )?(?:page|post|article) is set to (?:noindex|nofollow)\b|"
        r"^\W{0,3}(?:set|add) an? " + _WEB + r"\b|"
        # a verdict for the search engine: "for best SEO", "might affect SEO"
        r"\b(?:for (?:better |best |good )?seo|(?:affect|hurt|harm|improve|boost) "
        r"(?:your )?seo)\b|"
        # a text unit judged: "Many sentences are too long.", "sentences are very
        # hard to read.", "Sentence length is good for readability"
        r"^\W{0,3}(?:many |some |most |several |\d+ |the |your )?" + _UNITS + r" "
        r"(?:are|is) (?:very |too |quite )?(?:too (?:long|short)|hard to read|"
        r"difficult to read)\b|"
        r"^\W{0,3}(?:sentence|paragraph|title|word) (?:length|count) is (?:good|fine|"
        r"ok|great|too (?:long|short|high|low))\b|"
        r"\bgood for readability\b|"
        # its advice with a target: "Aim for 20 words or less", "Keep under 60
        # characters"
        r"\baim for (?:\d+[-\u2013])?\d+ (?:words|characters)\b|"
        r"\bkeep (?:it )?(?:under|below) \d+ (?:words|characters)\b|"
        # a figure against its target: "Grade level: 7.2 (target: <=8)", "180
        # characters (150-160 recommended)", "appears 0.5% (recommended: 1-3%)"
        # (a text's figures only: "HbA1c (target: 48)" is a health page's)
        r"\b\d+ (?:characters|words) \(" + _FIGURE + r" (?:recommended|ideal|max)\)|"
        r"\bappears \d[\d.]*% \((?:recommended|target|ideal):? " + _FIGURE + r"\)|"
        r"^\W{0,3}(?:flesch[- ]kincaid |reading )?grade level:? \d",
    ),
    (
        "page furniture",
        # pagination and the links to the page's other versions
        r"^\W{0,3}(?:newer|older) (?:entries|posts|articles)\W{0,3}$|"
        r"^\W{0,3}(?:spanish|french|english|german|italian|portuguese|chinese|arabic|"
        r"russian|polish|vietnamese|korean|japanese|hindi|urdu|welsh|large print|"
        r"easy read|printable|print|text-only|mobile) version\W{0,3}$|"
        r"^\W{0,3}(?:plan du site|mapa del sitio|mapa do site|sitemap|site map)\W{0,3}$|"
        # a stock-photo agency's credit: "ZUMA Press, Inc. / Alamy Stock Photo"
        r"\b(?:alamy|getty images|shutterstock|istock(?:photo)?|adobe stock|dreamstime)"
        r"(?: stock photo)?\W{0,3}$|"
        # a journal's publication line: "Published online Sep 16, 2023. doi: ..."
        r"^\W{0,3}(?:published|first published|epub) online:? (?:\d{1,2} )?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d|"
        # a photo credit after a caption: "... could save their life. Photo: Rob
        # Williams", "Image: Shutterstock"
        r"(?:^\W{0,3}|[.!?] )(?:photo|image|picture|photograph|credit)s?: [a-z'.-]+"
        r"(?: [a-z'.-]+){0,2}\W{0,2}$|"
        # screen-reader landmarks and reading-time stubs
        r"^\W{0,3}(?:main (?:text|content) area|side margin with\b|path showing where "
        r"the user is\b)|"
        r"^\W{0,3}(?:\d+ )?(?:min|minute)s? read\W{0,3}$|"
        # a comment box's call and a WordPress archive's heading
        r"^\W{0,3}have your say\W{0,3}$|"
        r"^\W{0,3}you are currently viewing\b",
    ),
    (
        "an offer or question to the requester",
        # a tool asking for its input: "Please provide the data mentioned above,
        # and I'll ...", "Kindly provide your input in English, and I will ...",
        # "Give me your raw data to begin."
        r"^\W{0,3}(?:please|kindly) (?:provide|share|send|paste|give) (?:me )?(?:with )?"
        r"(?:the|your)\b[^.!?]{0,80}?\b(?:and|so) i(?:'ll| will| can)\b|"
        r"\bgive me your (?:raw )?(?:data|text|draft|input|notes|topic|essay|content)"
        r" (?:to (?:begin|start|get started)|and i)\b",
    ),
    (
        "the tool about its own edits",
        # on its own work in the first person: "I have identified the following
        # five trending keywords:", "I will conduct a thorough proofread of the
        # essay", "Here's how I can assist you:"
        r"\bi have identified the following\b|"
        r"^\W{0,3}(?:finally, |next, |first, |then, )?i will (?:conduct|perform|carry "
        r"out|do|run) (?:a |an )?(?:thorough |detailed |comprehensive |careful )?"
        r"(?:proofread|proof-read|review|analysis|check|edit)\b[^.!?]{0,30}\bof (?:the|"
        r"your) (?:essay|article|text|draft|document|paper|content|post|sentences)\b|"
        r"\bi can take (?:a |an |your )[^.!?]{0,30}\bidea from you\b|"
        r"\bhere's how i can (?:assist|help) you\b|"
        # a writing persona at the start: "As a skilled writing coach, I will ..."
        r"^\W{0,3}as an? (?:[a-z-]+ ){0,2}(?:writing coach|writing assistant|"
        r"copywriter|proofreader|seo (?:expert|specialist|writer)|content writer|"
        r"ghostwriter), i\b|"
        # its verdict to the requester: "no instances of plagiarism in your essay"
        r"\bno (?:instances|signs|trace) of plagiarism in your\b",
    ),
    (
        "a writing tool's menu",
        # an editor's menu command: "Translate to English"
        r"^\W{0,3}translate (?:to|into) (?:english|spanish|french|german|italian|"
        r"portuguese|chinese|japanese|korean|arabic|hindi|russian)\W{0,3}$",
    ),
)

__all__ = ["_ROUND35"]
