"""Keyword labels in the shapes writers and their tools use, rewritten to the
English "Keywords:" / "Secondary keywords:" labels the draft parser reads.

A keyword list arrives labelled in many ways: an SEO brief's "Primary - …" and
"Secondary: …" lines, a heading with an aside and no colon ("Suggested tags (for
your CMS)"), or the label in the language of the writer's tool or content system
("Schlagwörter:", "Mots-clés :", "Palabras clave:", "Trefwoorden:").  Each line
keeps its Markdown marks and its value; only the label's words change.
"""

from __future__ import annotations

import re

Line = tuple[int, str]

#: the word for "keywords" in the languages a writer's tool may label them in
_FOREIGN = (
    r"schlagw(?:ö|oe)rter|schlagworte?|stichw(?:ö|oe)rter|stichworte?|"
    r"schl(?:ü|ue)sselw(?:ö|oe)rter|schl(?:ü|ue)sselwort|suchbegriffe?|"
    r"mots?[- ]cl(?:é|e)f?s?|"
    r"palabras?[- ]claves?|"
    r"trefwoord(?:en)?|zoekwoord(?:en)?|sleutelwoord(?:en)?|"
    r"parole[- ]chiave|palavras?[- ]chaves?|"
    r"nyckelord|s(?:ø|o)geord|n(?:ø|o)kkelord|avainsanat|s(?:ł|l)owa[- ]kluczowe|"
    # the tags of a blog in those languages, and Yoast's "focus keyphrase"
    r"etiquetas|(?:é|e)tiquettes|etichette|fokus[- ]keyword|fokus[- ]keyphrase|"
    r"hashtags|"
    r"(?:focus[- ])?key[- ]?phrases?"
)
#: a word that makes the list the secondary one, in the same languages
_SECONDARY_WORD = re.compile(
    r"^(?:secondary|sekund(?:ä|ae)re?n?|weitere|neben|secondaires?|secundari[ao]s?|"
    r"secundaire|secondari[eo]|secund(?:á|a)ri[ao]s?|overige|aanvullende|"
    r"compl(?:é|e)mentaires?)$",
    re.IGNORECASE,
)
#: what may stand before the label: Markdown's heading, bold or list marks
_LEAD = r"(?P<lead>[ \t]{0,3}(?:#{1,6}[ \t]+)?(?:[-*+][ \t]+)?(?:\*\*|__)?)"
#: after the label: its aside ("(for your CMS)"), the bold's end, then ":" or a dash
_TAIL = (
    r"(?P<aside>[ \t]{0,3}\([^()]{1,60}\))?[ \t]*(?P<close>\*\*|__)?[ \t]*"
    r"(?P<sep>:|[-\u2013\u2014](?=[ \t]))?(?P<close2>\*\*|__)?(?P<rest>.*)$"
)
_FOREIGN_LABEL = re.compile(
    _LEAD
    + r"(?P<label>(?:[^\W\d_]{3,20}[ \t]+)?(?:"
    + _FOREIGN
    + r")(?:[ \t]+[^\W\d_]{3,20})?)(?![^\W\d_])"
    + _TAIL,
    re.IGNORECASE,
)
#: an SEO brief's labels for the main and the other keywords
_RANKED_LABEL = re.compile(
    _LEAD + r"(?P<label>(?P<rank>primary|secondary|main|focus|target|supporting|lsi|"
    r"long[ \t-]tail)"
    # "KW"/"KWs": an SEO brief's shorthand for keyword
    r"(?P<noun>[ \t]+(?:key[ \t]?(?:words?|phrases?)|kws?|tags?|terms?|"
    r"search[ \t]+terms?))?)"
    r"(?![^\W\d_])" + _TAIL,
    re.IGNORECASE,
)
#: an English keyword label with an aside and no colon ("Suggested tags (for your
#: CMS)"): the aside's bracket hides it from the parser's heading rule
_ASIDE_LABEL = re.compile(
    r"^(?P<head>[ \t]{0,3}(?:\*\*|__)?(?:[^\W\d_][\w-]{0,29}[ \t]+){0,3}"
    r"(?:key[ \t]?words?|tags)(?:[ \t]+[^\W\d_][\w-]{0,29}){0,2}[ \t]{0,3}"
    r"\([^()]{1,60}\)(?:\*\*|__)?)[ \t]*$",
    re.IGNORECASE,
)


def _is_list_value(value: str) -> bool:
    """The value of a keyword label: a list of short terms, not a sentence."""
    text = value.strip(" *_")
    if not text:
        return True
    if re.search(r"[.!?]$", text) and not re.search("[,;]", text):
        return len(text.split()) < 4  # "sommeil." is a keyword, not a sentence
    return all(len(part.split()) <= 6 for part in re.split(r"[,;|]", text))


def _rewrite(found: re.Match[str], label: str) -> str:
    """The matched line with *label* for its label and a colon after it."""
    close = found["close"] or found["close2"] or ""
    rest = found["rest"].strip()
    aside = found["aside"] or ""
    line = f"{found['lead']}{label}{aside}{close}:"
    return f"{line} {rest}" if rest else line


def _ranked(found: re.Match[str]) -> str:
    rank = found["rank"].lower()
    # the supporting, LSI and long-tail keywords of an SEO brief are its others
    other = rank in ("secondary", "supporting", "lsi") or rank.startswith("long")
    return "Secondary keywords" if other else "Primary keywords"


def english_keyword_labels(lines: list[Line]) -> list[Line]:
    """*lines* with every keyword label in another shape or language rewritten as
    "Keywords:", "Primary keywords:" or "Secondary keywords:" (value kept).

    A bare "Primary"/"Secondary"/"Main" label is a keyword label only beside
    another keyword label (within three lines) and with a list for its value:
    "Primary: 5 mg a day" alone stays text."""
    out = list(lines)
    ranked: list[int] = []
    labels: set[int] = set()
    for index, (number, text) in enumerate(lines):
        found = _FOREIGN_LABEL.match(text)
        if (
            found
            and (found["sep"] or not found["rest"].strip())
            # "Etiquetas: revisa la fecha de caducidad." is a sentence on food labels
            and _is_list_value(found["rest"])
        ):
            words = found["label"].split()
            secondary = any(_SECONDARY_WORD.match(w) for w in words)
            label = "Secondary keywords" if secondary else "Keywords"
            out[index] = (number, _rewrite(found, label))
            labels.add(index)
            continue
        found = _RANKED_LABEL.match(text)
        if found and found["sep"] and _is_list_value(found["rest"]):
            if found["noun"]:
                out[index] = (number, _rewrite(found, _ranked(found)))
                labels.add(index)
            else:
                ranked.append(index)
            continue
        aside = _ASIDE_LABEL.match(text)
        if aside:
            out[index] = (number, aside["head"] + ":")
            labels.add(index)
        elif re.search(r"\b(?:key[ \t]?words?|tags)\b[^:]{0,40}:", text, re.I):
            labels.add(index)
    # a bare "Primary -" counts beside another keyword label, bare or not
    for index in ranked:
        near = (labels | set(ranked)) - {index}
        if any(abs(other - index) <= 3 for other in near):
            found = _RANKED_LABEL.match(lines[index][1])
            out[index] = (lines[index][0], _rewrite(found, _ranked(found)))
    return out
