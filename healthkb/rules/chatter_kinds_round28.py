"""Kinds of chatter the independent round 28 showed the patterns lacked.

As in :mod:`healthkb.rules.chatter_kinds`, each entry is (kind, pattern over
:func:`healthkb.rules.chatter.normalise`'s text) and names a class of words or a
shape, not a round's lines: a writing brief's instructions to the writer (an
imperative verb of writing with an object of writing, not the reader's "you"), a
tool calling itself an AI, an AI search answer's source chips, a chat tool's
turn-taking lines, and site furniture families (reaction counters, forum speaker
labels, document viewers, news-flash stamps, cookie and audience notices, file
names). Every pattern is bounded and anchored or starts with a literal, so a line
is scanned in linear time.
"""

from __future__ import annotations

from healthkb.rules.chatter_kinds_round24 import _NO_YOU

#: what a brief tells the writer to put in: statistics, examples, research … (not
#: advice, tips or steps: "Nurses: Provide advice and support" is a guideline's)
_BRIEF_MATTER = (
    r"(?:(?:compelling|relevant|recent|specific|concrete|practical|actionable|"
    r"real-life|real-world|expert|credible) )?(?:statistics|stats|data|examples?|"
    r"research|studies|quotes?|sources|anecdotes?|facts)\b"
)

_ROUND28: tuple[tuple[str, str], ...] = (
    (
        "a writing brief's instruction",
        # a brief's imperative to the writer, with what to write about: "Mention its
        # rising popularity and the science behind it.", "Provide examples of …",
        # "Explain the transition period known as …" (the reader's own imperatives
        # say "you" or "your": "Mention any allergies to your doctor")
        r"^"
        + _NO_YOU
        # ("Mention their medicines at each visit" is a carer's guidance)
        + r"\W{0,3}(?:mention (?:its |their |the )(?:rising|growing|increasing|"
        r"history|science|origins?|popularity|importance|role|significance)\b|"
        r"provide (?:a few |some )?examples of|"
        r"explain the (?:concept|transition|science|difference|history|origins?|"
        r"phenomenon|period)|set the tone (?:by|with|for)|"
        r"cite (?:research|studies|statistics|data|sources|evidence|experts?))\b",
    ),
    (
        "a writing brief's instruction",
        # a brief's labelled item: "Supporting Data: Include compelling statistics",
        # "Takeaway: Provide actionable tips …", "Takeaway: Suggest dietary changes"
        r"^"
        + _NO_YOU
        + r"\W{0,3}[\w' -]{3,40}:\s(?:include|provide|offer|cite|share|add|give) "
        + _BRIEF_MATTER
        + r"|^"
        + _NO_YOU
        + r"\W{0,3}(?:takeaway|supporting data|key points?|call to action|cta|"
        r"hook|angle)\s?:\s(?:suggest|recommend|provide|include|cite|explain|"
        r"encourage|discuss|mention)\b|"
        # an outline's note on its own section: "This section introduces the
        # concept of …"
        r"^this section (?:introduces|will introduce|explores|will explore) the "
        r"(?:concept|idea|topic|notion)\b|"
        # advice to the requester on writing it: "To create a compelling blog post
        # on …, you should focus on …"
        r"^to (?:create|write|craft|produce) an? (?:compelling|engaging|effective|"
        r"great|strong|successful|good) (?:blog post|article|post|piece|essay)\b|"
        # the brief on the text's effect: "use examples to make the content richer"
        r"\bto make the (?:content|article|post|copy|piece|text) (?:richer|more "
        r"(?:engaging|compelling|readable|informative|persuasive))\b|"
        # a section's structure note left in its heading: "… (inverted pyramid)"
        r"\((?:inverted pyramid|nut graf|lede|kicker|hook)\)\W{0,3}$",
    ),
    (
        "the tool's caveat about itself",
        # a tool calling itself an AI: "Being an AI, I find …", "from the lens of
        # an AI", "An AI's Take", "This AI-generated guide aims to …"
        r"\bbeing an ai\b|\b(?:lens|perspective|point of view|viewpoint) of an ai\b|"
        r"\ban ai's (?:take|perspective|view)\b|^this ai-(?:generated|written|"
        r"created) (?:guide|article|post|blog|content|piece|text|summary)\b|"
        r"\bnot able to (?:share|reveal|disclose)(?: or translate)? my "
        r"(?:instructions|system prompt|prompt)\b|"
        # a chat tool's limits: "I can only reply in English for now."
        r"\bi can only (?:reply|respond|answer|chat|write) in [a-z]+\b",
    ),
    (
        "a writing tool's credit",
        # an AI search answer's source chips: "… Healthline+2Cleveland Clinic+2"
        r"[a-z)]\+\d{1,2}[a-z][\w .'&-]{1,60}\+\d{1,2}\W{0,3}$",
    ),
    (
        "an offer or question to the requester",
        # a chat tool's turn-taking: "Ready for Section 3?", "What's next on the
        # list?", "Lay those requirements on me.", "When you're ready, we can:",
        # "Here's what I found for ya", "Better version:"
        r"^ready for (?:section|part|step|chapter|round|the next (?:section|part|"
        r"step)) ?\d{0,2}\s?\?|^what's next on (?:the|our|your) list\s?\?|"
        r"^lay (?:those|the|your) (?:requirements|details|specs) on me\b|"
        r"^when you're ready,? (?:we|i) can\s?:|^here's what i (?:found|dug up|got) "
        r"for (?:you|ya)\W{0,3}$|^(?:a )?(?:better|improved|revised|shorter|"
        r"tighter|cleaner) (?:version|draft|wording|option)\s?:$|"
        r"\bpaste (?:that|this|it) (?:over|into|in) your (?:existing )?[\w-]+\."
        r"(?:php|js|ts|py|html|css|json)\b|^what sounds (?:fun|good|best) (?:to you )?"
        r"next\s?\?",
    ),
    (
        "the tool about its own edits",
        # a tool's report of finished work: "I've just finished the UXML updates."
        r"^i've (?:just )?(?:finished|completed|wrapped up) the [\w .-]{1,30} "
        r"(?:updates|changes|edits|fixes|revisions)\b",
    ),
    (
        "page furniture",
        # a forum's and community's labels and counters: "A MyHeartDiseaseTeam
        # Member said:", "hug like (4)", "See full discussion", "Want to submit
        # your own …?"
        r"^(?:an? )?[\w -]{2,40} (?:member|user|moderator|guest) (?:said|wrote|asked)"
        r"\s?:$|\b(?:like|hug|love|helpful|care|wow) \(\d{1,4}\)$|^see (?:the )?full "
        r"discus\w{0,6}$|^want to (?:submit|share|send) your own\b",
    ),
    (
        "page furniture",
        # document viewers, file lists and site builders: "Type: PDF",
        # "Made with FlippingBook - Online Brochure Maker", "Preview … -2017",
        # "… reminder.xlsx", "0 of 13 steps complete 0%"
        r"^(?:file )?type\s?: ?(?:pdf|docx?|xlsx?|pptx?|rtf)$|\bonline (?:brochure|"
        r"flipbook|catalogue|catalog|website) (?:maker|builder|creator)\b|"
        r"^made with (?:flippingbook|wix|squarespace|weebly|canva|jimdo|webflow|"
        r"issuu)\b|^preview [\w ,'-]{3,80}-\d{4}$|^[\w ,'-]{3,80}\.(?:xlsx?|docx?|"
        r"pptx?|pdf)$|^\d{1,3} of \d{1,3} (?:steps|lessons|modules|items) "
        r"(?:complete|completed|done)\b|^free (?:backgrounds?|images?|photos?|"
        r"vectors?|fonts?|clipart) (?:from|by)\b",
    ),
    (
        "page furniture",
        # a news page's stamps and moved-page notices: "News Flash Home",
        # "[ARCHIVED] …", "2023 News", "In Case You Missed It", "Please click here
        # to go to the new location.", "… It will … Read more", "… […]"
        r"^news flash(?: home)?$|^\[archived\]|^\d{4} news$|^in case you missed it"
        r"\W{0,3}$|\bclick here to go to the new (?:location|page|site|address)\b|"
        r"(?:…|\.\.\.) ?read more\W{0,3}$|\[(?:…|\.\.\.)\]$|\| posted \d{1,2}"
        r"[./-]\d{1,2}[./-]\d{2,4}\b|"
        # a link to another site's copy ("Read the Healthline.com article here";
        # "Read the whole article here." is the page's own)
        r"^read the [\w-]{2,30}\.(?:com|org|net|gov|co\.uk|uk|edu) (?:article|story|"
        r"post|report) here\W{0,3}$",
    ),
    (
        "page furniture",
        # a site's notices to its audience and its cookie banner: "This site is
        # intended for health professionals only", "… the law now states that
        # cookies on websites …", "See the full disclaimer at", an editor's address
        r"^this (?:site|website|section|page|content) is (?:intended|only|meant) "
        r"for (?:uk |us )?(?:health(?:care)? professionals|clinicians|medical "
        r"professionals)\b|\bcookies on (?:this |our )?websites? can\b|"
        r"^see (?:the|our) full (?:disclaimer|terms|privacy policy)\b|"
        r"\b(?:editor|editors|newsroom|webmaster)@[\w-]+\.|"
        r"^created automatically to help you\b|"
        # a site's own offers and test entries: "Join the free 7-day … challenge",
        # "Event Test - 12/19/2024"
        r"^join (?:the|our) free \d{1,3}-day\b|^(?:event |page |post )?test(?: event|"
        r" post| page)? - \d{1,2}/\d{1,2}/\d{2,4}$",
    ),
    (
        "a placeholder",
        # a leaflet template's note to the one adapting it: "NOTE: The text that
        # appears in blue … most likely to need adapting to your country context."
        r"\bneed(?:s)? adapting to your (?:country|local|own|national) context\b|"
        r"^note: the text (?:that appears )?in (?:blue|red|bold|yellow|green|"
        r"highlighted|brackets)\b",
    ),
)

__all__ = ["_ROUND28"]
