"""Kinds of chatter the independent round 26 showed the patterns lacked.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: other languages' assistant openers and offers, an
assistant's question between options and its reports of finished work, API and
quota errors published as pages, a chatbot's notice about itself, the links and
citation chips a chat tool writes, code-host and web-archive chrome, photo
credits and caption buttons, review bylines, cookie and accessibility banners.
Every pattern is bounded and anchored or starts with a literal, so a line is
scanned in linear time.
"""

from __future__ import annotations

#: a line that is no sentence of its own (no verb-bearing clause ends it)
_NO_SENTENCE_END = r"(?!.{0,200}[.!?]\W{0,3}$)"

_ROUND26: tuple[tuple[str, str], ...] = (
    (
        "presenting the text",
        # Spanish, Italian, German, French openers: "Claro, aquí tienes …",
        # "Certo! Ecco …", "Natürlich! Hier ist …" (the text is named after them)
        r"^\W{0,3}(?:(?:claro|certo|certamente|natürlich|naturlich|gerne|klar|"
        r"por supuesto|bien sûr|bien sur|sicuro)\W{1,3})?(?:aquí tienes|aqui tienes|"
        r"aquí está|ecco (?:il|la|un|una|le|i|gli)\b|hier (?:ist|sind) (?:ein|eine|der|"
        r"die|das|dein|deine|ihr|ihre)\b|voici (?:un|une|le|la|les|ton|ta|votre)\b)",
    ),
    (
        "an offer or question to the requester",
        # other languages' offers to go on: "… segnalamelo!", "fammi sapere"
        r"\b(?:segnalamelo|fammi sapere|hazme saber|avísame|avisame|sag mir bescheid|"
        r"lass es mich wissen|dis-moi si|fais-moi savoir)\b",
    ),
    (
        "an offer or question to the requester",
        # a question between options for the requester: "…, or should we tweak
        # the tone?", "…, or do you want to wire up CI first?", "Quick check
        # before I start:"
        # (only the text's verbs and "me": "…, or do you want to come to the
        # clinic?" is a leaflet's question to its reader)
        r"\bor should (?:i|we) (?:tweak|change|adjust|add|cut|shorten|expand|rewrite|"
        r"trim|reword)\b|, or do you want me to\b|^ready to \w+ .{0,80}, or do you "
        r"want to\b|"
        r"\b(?:quick )?(?:check|question) before i (?:start|begin|write|draft)\b|"
        r"\bi'll assume \w+ unless you\b|\bawaiting your (?:command|instructions|"
        r"input|go-ahead|approval|next)\b",
    ),
    (
        "the tool about its own edits",
        # a report of finished work: "Done. The note sits …", "Good catch! I've
        # implemented …", "I've broken that down into 4 steps", "Here's my analysis:"
        r"^\W{0,3}(?:done|all done|good catch|nice catch)\W{1,3}(?:the|i|i've|it|this|"
        r"that|now|all|your|here)\b|\bi've (?:broken|split) (?:that|it|this|them) "
        r"(?:down|up|into)\b|\bi've provided \W{0,3}\d|\bhere's my (?:analysis|"
        r"assessment|review|take|summary|breakdown)\b",
    ),
    (
        "the tool about its own edits",
        # a length check against the brief: "roughly 2,400 words against a
        # 1,500-word ceiling"
        r"\b\d[\d,]* words (?:against|over|above|under|below) (?:a|the|your) "
        r"\d[\d,]*-word\b",
    ),
    (
        "the requester's request",
        # what the requester marked in their text: "the two drug names you flagged"
        r"\b(?:that|which|the [\w-]+(?: [\w-]+){0,3}) you (?:flagged|highlighted)\b",
    ),
    (
        "a chat transcript's interface text",
        # API and quota errors published as a page, a CLI's status lines, a
        # generator's progress message
        r"\bresource_exhausted\b|\brate limit exceeded\b|\bquota exceeded\b|"
        r"\bfree tier limits?\b|^loaded cached credentials\b|"
        r"^\W{0,3}(?:we are|we're|i am|i'm) (?:creating|generating|writing|preparing) "
        r"(?:the|your) (?:[\w-]+ ){0,3}(?:article|post|draft|text|content|answer) "
        r"for you\b",
    ),
    (
        "the tool's caveat about itself",
        # a chatbot's or tool's notice about itself: "This chatbot cannot
        # diagnose or prescribe.", "This tool does not provide medical advice."
        # (a calculator's "This tool does not store your data" is the site's page)
        r"\bthis (?:chatbot|chat bot|bot|assistant|ai tool) (?:cannot|can't|does not|"
        r"doesn't|is not able to|is unable to|can only)\b|\bthis tool (?:does not|"
        r"doesn't|cannot|can't) (?:provide medical advice|diagnose)\b",
    ),
    (
        "a writing tool's credit",
        # a link a chat tool wrote ("?utm_source=chatgpt.com"), its citation chip
        # ("([docs.chainlit.io][1])"), a generated picture's credit
        r"utm_source=chatgpt\b|\bai-(?:generated|created) (?:image|picture|photo|"
        r"illustration|artwork)\b|\(\[[\w.-]{2,60}\.(?:com|org|io|gov|net|uk|edu|dev|ai)\]"
        r"\[\d{1,3}\]\)",
    ),
    (
        "page furniture",
        # a code host's and a web archive's chrome
        r"^\d+ lines \(\d+ loc\)|^file metadata and controls$|^the wayback machine\b|"
        r"\bthe internet archive discovers\b|^code kopieren$|^copy code$|"
        r"\bsources ?collapsed\b|^\W{0,3}show sources\W{0,3}$",
    ),
    (
        "page furniture",
        # photo and caption furniture: "hide caption", "Button that says …",
        # "(CNS/Reuters/Name)", "Name/Courtesy of …", a gallery link
        r"\bhide caption$|^toggle caption$|^button that says\b|^placeholder[-_ ]image$|"
        r"\((?:ap|afp|cns|epa|reuters|getty images)/[\w .'’-]{1,40}(?:/[\w .'’-]{1,40})?"
        r"\)\W{0,3}$|^"
        + _NO_SENTENCE_END
        + r"(?:[\w.'’-]+ ){0,4}[\w.'’-]*/?courtesy of\b|"
        r"^(?:featured |more )?photo galleries$|^cover picture for the article|"
        r"\bimage source [\w ]{1,30}/ [\w ]{1,30}images$",
    ),
    (
        "page furniture",
        # a site's prompts, banners and bylines: "Want to keep reading?", "Who
        # upvoted this story", "Log in through your institution", "Reviewed by …",
        # "Drug information provided by: …", an avatar's name beside the name
        r"^want to (?:keep|continue) reading\W{0,3}$|\bwho upvoted\b|"
        r"^log in through your institution$|^(?:this (?:site|website) is )?intended "
        r"for healthcare professionals(?: only)?$|^(?:medically |clinically )?"
        r"(?:fact[- ]checked|written and reviewed) by "
        + _NO_SENTENCE_END
        + r"|^[\w ]{2,40} provided by\s?:|^always active$|^discover more$|"
        r"back to blog$|[・·|•]\s?\d+ (?:days?|hours?|minutes?|weeks?|months?) ago$|"
        r"^([a-z]+ [a-z]+)\1$",
    ),
    (
        "a content-system leftover",
        # cookie, accessibility and search banners; an RSS footer; an ad tag
        r"\banalytics cookies\b|\bimproving the accessibility of our websites?\b|"
        r"\bclick on a topic below\b|\btry our (?:convenient |handy )?(?:keyword "
        r"search|symptom checker)\b|^the post .{1,200} appeared first on\b|"
        r"\bview this email online\b|doubleclick\.net|^people also ask\s?:|"
        r"\bask your questions in the chat\b|\barticle snapshot taken from\b|"
        r"\bvisit my (?:justgiving|gofundme) page\b",
    ),
    (
        "a placeholder",
        # a stand-in name of a template: "Mention Dr. X's 20 years experience"
        r"\bdr\.? x(?:'s)?\b(?!-)",
    ),
)

__all__ = ["_ROUND26"]
