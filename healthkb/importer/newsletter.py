"""A newsletter's draft (a Mailchimp campaign, a Substack post as emailed or
exported): its merge tags, its footer and its sign-off are not the article.

- Mailchimp's merge tags (``*|MC:SUBJECT|*``, ``*|UNSUB|*``, ``*|LIST:ADDRESS|*``)
  are filled in when the email is sent: a line of them, or the tag inside a line,
  goes.
- The footer ("View this email in your browser", "unsubscribe from this list",
  "Our mailing address is:" and the address under it, "Copyright ©", Substack's
  "Thanks for reading …! Subscribe for free …") is the mailing tool's: from its
  first line after the article's last paragraph, all of it goes, and its lines
  elsewhere go one by one.
- The sign-off at the end ("— Dr Jane Smith, GP", "Warmly, Jane") names the
  writer: the caller makes it the author when the draft has no byline above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

#: a Mailchimp merge tag ("*|FNAME|*", "*|IF:REWARDS|*"); Markdown may escape it
_MERGE_TAG = re.compile(
    r"\\?\*\\?\|[A-Z0-9_:]{1,40}(?:[: ][^|*\n]{0,60})?\\?\|\\?\*"
    # the Liquid tags of Kit (ConvertKit), beehiiv and others: "{{ first_name }}",
    # "{{ subscriber.first_name | default: 'there' }}", "{% unsubscribe %}"
    r"|\{\{[ \t]*[\w.]{1,40}[ \t]*(?:\|[^{}\n]{0,60})?\}\}|\{%[ \t]*[\w.]{1,40}[^{}\n]{0,60}%\}"
)
#: a line of the mailing tool's, wherever it stands: words no article uses
_FOOTER_LINE = re.compile(
    r"(?:view|read|open|see)[ \t]+(?:this|the)[ \t]+(?:e-?mail|newsletter|post|issue|"
    r"message)[ \t]+(?:in|on)[ \t]+(?:your|a|the)[ \t]+(?:web[ \t]+)?(?:browser|web)\b|"
    r"having[ \t]+trouble[ \t]+(?:viewing|reading)[ \t]+this[ \t]+(?:e-?mail|newsletter)|"
    r"can(?:no|'|\u2019)?t[ \t]+see[ \t]+(?:this|the)[ \t]+(?:e-?mail|images[ \t]+in)|"
    r"\b(?:update|manage)[ \t]+your[ \t]+preferences[ \t]+or[ \t]+unsubscribe\b|"
    r"\bunsubscribe[ \t]+from[ \t]+this[ \t]+list\b|"
    r"change[ \t]+how[ \t]+you[ \t]+receive[ \t]+these[ \t]+e-?mails|"
    r"you(?:'re|\u2019re|[ \t]+are)?[ \t]+(?:receiving|received|getting)[ \t]+this[ \t]+"
    r"(?:e-?mail|newsletter)\b|this[ \t]+e-?mail[ \t]+was[ \t]+sent[ \t]+to\b|"
    r"our[ \t]+mailing[ \t]+address[ \t]+is|"
    r"^\W{0,3}(?:copyright[ \t]*)?\u00a9[ \t]*(?:\d{4}|\*\|)|"
    r"add[ \t]+us[ \t]+to[ \t]+your[ \t]+address[ \t]+book|"
    r"was[ \t]+this[ \t]+(?:e-?mail[ \t]+)?forwarded[ \t]+to[ \t]+you|"
    r"subscribe[ \t]+for[ \t]+free[ \t]+to[ \t]+receive|"
    r"(?:reading|viewing)[ \t]+a[ \t]+plain[ \t-]+text[ \t]+version[ \t]+of[ \t]+this|"
    r"this[ \t]+post[ \t]+is[ \t]+public[ \t]+so[ \t]+feel[ \t]+free[ \t]+to[ \t]+share|"
    r"^\W{0,3}thanks[ \t]+for[ \t]+reading[ \t][^.!?]{1,80}!|"
    r"\b(?:powered[ \t]+by|sent[ \t]+(?:with|via))[ \t]+(?:intuit[ \t]+)?"
    r"(?:mailchimp|substack|beehiiv|convertkit|buttondown|brevo|sendinblue)\b",
    re.IGNORECASE,
)
#: a footer's words that a sentence for readers may also use ("you can
#: unsubscribe from text reminders", "change your settings"): the mailing tool's
#: on a short line, or below the article's last paragraph
_FOOTER_WORDS = re.compile(
    r"\bunsubscribe\b|\bopt[ \t-]out\b|\ball[ \t]+rights[ \t]+reserved\b|"
    r"\b(?:view|read)[ \t]+(?:it[ \t]+)?(?:online|in[ \t]+(?:your[ \t]+)?browser)\b|"
    r"\b(?:update|manage|change)[ \t]+(?:your[ \t]+)?(?:subscription[ \t]+|"
    r"e-?mail[ \t]+)?(?:preferences|settings|subscription)\b|"
    r"forward[ \t]+(?:this[ \t]+(?:e-?mail[ \t]+)?)?to[ \t]+a[ \t]+friend|"
    r"\bcopyright\b|\bprivacy[ \t]+policy\b",
    re.IGNORECASE,
)
#: "a short line": a button's, a link's or a footer's words, no sentence
_SHORT = 8
#: a newsletter platform's button under the post ("Leave a comment", "Share"):
#: the footer's, when no paragraph follows it
_BUTTON = re.compile(
    r"^\W{0,3}(?:leave[ \t]+a[ \t]+comment|share|like|restack|comments?|reply|"
    r"subscribe(?:[ \t]+now)?|upgrade[ \t]+to[ \t]+paid|get[ \t]+the[ \t]+app|"
    r"start[ \t]+writing|read[ \t]+in[ \t]+app)\W{0,3}$",
    re.IGNORECASE,
)
#: short lines of the footer block once it has started (a button's word, an
#: address line, the sender's name)
_FOOTER_BLOCK_LINE = re.compile(r"^[^.!?]{0,120}[.!?]?$")
#: a paragraph of the article: a sentence of some length
#: (bounded: a long line with no full stop must not be rescanned from each letter)
_PROSE = re.compile(r"[a-z][^.!?]{20,300}[.!?]")
#: the writer's name: an optional title, then one to four capitalised words
_NAME = (
    r"(?P<name>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Nurse|Sister|Rev)\.?[ \t]+)?"
    r"[A-Z][\w'\u2019.-]{0,30}(?:[ \t]+[A-Z][\w'\u2019.-]{0,30}){0,3})"
)
#: what may follow the name: ", GP", " - Health Editor", " (practice nurse)"
_ROLE = r"(?:[ \t]*(?:,|[-\u2013\u2014|]|\()[ \t]*(?P<role>[^\d()@/]{2,60}?)\)?)?"
#: "— Dr Jane Smith, GP", "-- Jane" (a single "-" is a list's item: only under a
#: valediction is it the writer's)
_DASH_NAME = re.compile(
    r"^\W{0,2}?(?P<dash>[\u2013\u2014~]{1,2}|--|-)[ \t]*" + _NAME + _ROLE + r"[ \t.]*$"
)
_VALEDICTION = (
    r"(?:warmly|warm(?:est)?[ \t]+(?:wishes|regards)|(?:with[ \t]+)?(?:best|kind(?:est)?|"
    r"warm)[ \t]+(?:wishes|regards)|best|all[ \t]+the[ \t]+best|(?:with[ \t]+)?love|"
    r"take[ \t]+care|cheers|thanks|thank[ \t]+you|many[ \t]+thanks|regards|yours"
    r"(?:[ \t]+(?:sincerely|truly|faithfully|in[ \t]+health))?|until[ \t]+next[ \t]+"
    r"(?:time|week|month)|see[ \t]+you[ \t]+next[ \t]+(?:time|week|month)|stay[ \t]+well|"
    r"be[ \t]+well|keep[ \t]+well|with[ \t]+gratitude|speak[ \t]+soon)"
)
_VALEDICTION_NAME = re.compile(
    r"^\W{0,2}" + _VALEDICTION + r"[ \t]*[,!.][ \t]+" + _NAME + _ROLE + r"[ \t.!]*$",
    re.IGNORECASE,
)
#: a valediction on its own line: one of the words, or a short phrase with its comma
_VALEDICTION_LINE = re.compile(
    r"^\W{0,2}(?:" + _VALEDICTION + r"[ \t]*[,!.]?|[A-Z][^.!?,]{2,50},)[ \t]*$",
    re.IGNORECASE,
)
#: a valediction and the dashed name on one line
_JOINED = re.compile(
    r"^(?P<valediction>[^\u2013\u2014]{2,50}?)[ \t]+(?P<signed>[\u2013\u2014].{2,90})$"
)
#: the writer's name alone on the line under the valediction
_NAME_LINE = re.compile("^" + _NAME + _ROLE + r"[ \t.]*$")


@dataclass(frozen=True)
class SignOff:
    """The writer named under the newsletter, and the line that named them."""

    name: str
    role: str
    line: int


def _plain(text: str) -> str:
    """The line's words without Markdown's marks, links or heading hashes."""
    text = re.sub(r"\[([^\]]{0,200})\]\([^)]{0,2000}\)", r"\1", text)
    return " ".join(text.replace("**", "").replace("__", "").split()).strip(" #*_>")


def _is_footer(text: str) -> bool:
    plain = _plain(text)
    return bool(
        _FOOTER_LINE.search(plain)
        or (_FOOTER_WORDS.search(plain) and len(plain.split()) <= _SHORT)
    )


def _merge_tags_only(text: str) -> bool:
    return bool(_MERGE_TAG.search(text)) and not re.search(
        r"[^\W_]", _MERGE_TAG.sub("", text)
    )


def drop_newsletter_wrapping(
    lines: list[Line],
) -> tuple[list[Line], list[Removed], SignOff | None]:
    """(lines without the newsletter's merge tags, footer and sign-off, what went,
    the sign-off's writer or None)."""
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()]
    gone: dict[int, str] = {}
    for i in filled:
        text = lines[i][1]
        if _merge_tags_only(text):
            gone[i] = "a newsletter's merge tag (filled in when it is sent)"
        elif _is_footer(text):
            gone[i] = "the newsletter's footer or mailing-tool line"
    # the footer block: from its first line after the article's last paragraph
    last_prose = max(
        (i for i in filled if i not in gone and _PROSE.search(_plain(lines[i][1]))),
        default=-1,
    )
    # (a draft with no line of a mailing tool's has no footer: its "Like" is a
    # wiki's or a blog's, for the other rules)
    starts = [
        i
        for i in filled
        if gone
        and i > last_prose
        and (
            i in gone
            or _BUTTON.match(_plain(lines[i][1]))
            or _FOOTER_WORDS.search(_plain(lines[i][1]))
        )
    ]
    if starts:
        block = [i for i in filled if i >= starts[0]]
        if all(
            i in gone or _FOOTER_BLOCK_LINE.match(_plain(lines[i][1])) for i in block
        ):
            for i in block:
                gone.setdefault(i, "the newsletter's footer (its address and links)")
    kept = [(n, "" if i in gone else t) for i, (n, t) in enumerate(lines)]
    removed = [
        Removed(lines[i][0], lines[i][1], why) for i, why in sorted(gone.items())
    ]
    # a merge tag inside a sentence ("Hi *|FNAME|*, …"): the tag goes, the words stay
    for index, (number, text) in enumerate(kept):
        if _MERGE_TAG.search(text):
            removed.append(
                Removed(number, text, "a newsletter's merge tag inside the line")
            )
            words = " ".join(_MERGE_TAG.sub("", text).split())
            kept[index] = (number, re.sub(r"\s+(?=[,.;:!?])", "", words))
    kept, signed = _drop_sign_off(kept, removed)
    return kept, sorted(removed, key=lambda r: r.line), signed


#: the label or heading of a section that ends a draft (its keywords, its sources)
_END_SECTION = re.compile(
    r"^\W{0,8}(?:[\w-]{1,30}[ \t]+){0,3}(?:key[ \t]?words?|tags|sources?|"
    r"references?|further[ \t]+reading)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d{1,3}[.)]|\[\d{1,3}\])[ \t]")


def _section_ends(lines: list[Line], filled: list[int]) -> list[int]:
    """Where the draft's text may end, last first: its end, then above each
    keyword or source section's label (the writer signs above them)."""
    labels = [
        position
        for position, i in enumerate(filled)
        if _END_SECTION.match(_plain(lines[i][1])) and not _ITEM.match(lines[i][1])
    ]
    # the last few: a draft of many "Tags:" lines is not rescanned for each
    return [len(filled), *reversed(labels[-4:])]


def _drop_sign_off(
    lines: list[Line], removed: list[Removed]
) -> tuple[list[Line], SignOff | None]:
    """The writer's sign-off in the draft's last lines, taken out: "— NAME, ROLE"
    (with the valediction above it, if any), "Warmly, NAME", or "Warmly," over a
    line with the name alone."""
    every = [i for i, (_, text) in enumerate(lines) if text.strip()]
    for end in _section_ends(lines, every):
        found = _sign_off_above(lines, every[:end], removed)
        if found[1] is not None:
            return found
    return lines, None


def _sign_off_above(
    lines: list[Line], filled: list[int], removed: list[Removed]
) -> tuple[list[Line], SignOff | None]:
    """The sign-off in the last of the *filled* lines, if they end with one."""
    if len(filled) < 3:
        return lines, None
    last, before = filled[-1], filled[-2]
    plain, above = _plain(lines[last][1]), _plain(lines[before][1])
    valediction = bool(_VALEDICTION_LINE.match(above))
    taken = [last]
    dashed = _DASH_NAME.match(plain)
    joined = _JOINED.match(plain)
    if dashed is None and joined and _VALEDICTION_LINE.match(joined["valediction"]):
        # "Take care, — Dr Jane Smith, GP": a web page's <br> between them went
        dashed, valediction = _DASH_NAME.match(joined["signed"]), False
    if dashed and dashed["dash"] == "-" and not valediction:
        dashed = None
    found = dashed or _VALEDICTION_NAME.match(plain)
    if found is None and valediction:
        found = _NAME_LINE.match(plain)
        taken.insert(0, before)
    elif found is None and len(filled) >= 4 and _ROLE_LINE.match(plain):
        # "Warmly," / "Jane Smith" / "Practice Nurse": the role on a line of its own
        first = filled[-3]
        named = _NAME_LINE.match(above)
        if named and _VALEDICTION_LINE.match(_plain(lines[first][1])):
            taken[:0] = [first, before]
            return _take(lines, removed, taken, named["name"], plain, lines[last][0])
    elif dashed and valediction:
        taken.insert(0, before)  # "Take care and stay warm," then "— Dr Jane Smith"
    if found is None or not all(w[:1].isupper() for w in found["name"].split()):
        return lines, None
    role = (found["role"] or "").strip()
    if dashed and (
        re.search(r"[\"\u201c\u201d]|[\u2019']\W{0,2}$", lines[before][1].rstrip())
        or re.match(r"(?i)(?:an?|the|one|my|our)\b", role)
    ):
        # "— Maria, a patient" under a quotation: its speaker, not the writer
        return lines, None
    return _take(lines, removed, taken, found["name"], role, lines[last][0])


#: a role on its own line under the name: a few capitalised words, no sentence
_ROLE_LINE = re.compile(r"^[A-Z][\w'\u2019&-]*(?:[ \t,]+[\w'\u2019&-]+){0,6}$")


def _take(
    lines: list[Line],
    removed: list[Removed],
    taken: list[int],
    name: str,
    role: str,
    number: int,
) -> tuple[list[Line], SignOff]:
    out = list(lines)
    for i in taken:
        removed.append(
            Removed(lines[i][0], lines[i][1], "the writer's sign-off at the end")
        )
        out[i] = (lines[i][0], "")
    return out, SignOff(name.strip(), role.strip(), number)
