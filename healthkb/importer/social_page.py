"""An article copied from a social or publishing site's page (LinkedIn, Medium,
Substack and the like, often signed out): a sign-in wall, a cookie notice and
the site's menu above the headline, an author card under it ("### NAME",
"#### headline", "Published …", "+ Follow"), "Recommended" cards inside the text
and, after the text, reactions, share buttons, comments, "More articles by",
"Others also viewed" and the footer. The page is told by the site's own lines
(at least two of them); the headline is its one "# " heading. The author card
names the writer (the caller makes it the byline); the rest is removed, listed.

On any page, a byline's "Published in" (or "Posted in", "Filed under") standing
alone, removed as the site's, has its value on the next line: the publication's or
section's name ("Patient Voices"), which goes with it (:func:`drop_label_values`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from healthkb.importer.drop_chatter import Removed

Line = tuple[int, str]

#: lines only the site's page has
_SITE_LINE = re.compile(
    r"^\W{0,6}(?:agree[ \t]+&[ \t]+join\b.{0,30}|sign[ \t]+in[ \t]+to[ \t]+view[ \t]+more"
    r"(?:[ \t]+content)?|skip[ \t]+to[ \t]+main[ \t]+content|report[ \t]+this[ \t]+"
    r"(?:article|post)|recommended[ \t]+by[ \t]+\w+|more[ \t]+(?:articles|posts|stories)"
    r"[ \t]+(?:by|from)[ \t].{1,60}|others[ \t]+also[ \t]+viewed|to[ \t]+view[ \t]+or[ \t]+"
    r"add[ \t]+a[ \t]+comment.{0,40}|by[ \t]+clicking[ \t]+continue\b.{0,200}|"
    r"new[ \t]+to[ \t]+\w+\?.{0,40}|create[ \t]+your[ \t]+free[ \t]+account.{0,80})\W{0,6}$",
    re.I,
)
#: where the text ends: the page's reactions, comments and "more" lists
_AFTER_TEXT = re.compile(
    r"^\W{0,6}(?:like|comment|share|copy|repost|send|what[ \t]+do[ \t]+you[ \t]+think\?.{0,80}|"
    r"let[ \t]+me[ \t]+know[ \t]+in[ \t]+the[ \t]+comments.{0,40}|\d{1,6}[ \t]+(?:comments?|reactions?|"
    r"likes?)|to[ \t]+view[ \t]+or[ \t]+add[ \t]+a[ \t]+comment.{0,40}|more[ \t]+(?:articles|"
    r"posts|stories)[ \t]+(?:by|from)[ \t].{1,60}|others[ \t]+also[ \t]+viewed)\W{0,6}"
    r"(?:\]\[\d{1,4}\])?$",
    re.I,
)
#: a block of cards inside the text, up to the next heading
_CARDS = re.compile(
    r"^\W{0,6}(?:recommended[ \t]+(?:by[ \t]+\w+|for[ \t]+you)|you[ \t]+might[ \t]+also"
    r"[ \t]+like|related[ \t]+(?:articles|posts))\W{0,6}$",
    re.I,
)
_HEADLINE = re.compile(r"^#[ \t]+\S")
_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>.+?)[ \t]*#*$")
_PUBLISHED = re.compile(
    r"^\W{0,4}(?:published|posted|updated)[ \t]+(?:on[ \t]+)?\w{3}", re.I
)
_FOLLOW = re.compile(r"^\W{0,6}\+?[ \t]*follow\W{0,6}(?:\]\[\d{1,4}\])?\W{0,4}$", re.I)
#: "`` `` ``": the page's empty buttons and icons
_EMPTY = re.compile(r"^[\s`]*$")
_HASHTAGS = re.compile(r"^\s*#[^\W_]\w{1,60}(?:[ \t]+#[^\W_]\w{1,60})+\s*$")


@dataclass
class SocialPage:
    lines: list[Line]
    removed: list[Removed] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)
    author: tuple[str, str] = ("", "")
    author_line: int = 0


def _plain(text: str) -> str:
    """A card's text without its link brackets and list marks."""
    text = re.sub(r"\]\[\d{1,4}\]|\]\([^)]*\)", "", text)
    return re.sub(r"^[\s*#\[-]+|[\s\]]+$", "", text)


def read_social_page(lines: list[Line]) -> SocialPage:
    """*lines* without a social site's page around the article."""
    found = SocialPage(list(lines))
    if sum(1 for _, t in lines if _SITE_LINE.match(t)) < 2:
        return found
    top = next((i for i, (_, t) in enumerate(lines) if _HEADLINE.match(t)), None)
    if top is None:
        return found
    drop = found.removed.append
    for n, text in lines[:top]:
        if text.strip() and not _EMPTY.match(text):
            drop(Removed(n, text.strip(), "the site's sign-in wall and menu"))
    kept: list[Line] = [lines[top]]
    index = top + 1
    # the author card: up to "+ Follow" or the first paragraph after "Published"
    card_end = next(
        (
            i
            for i in range(index, min(index + 14, len(lines)))
            if _FOLLOW.match(_plain(lines[i][1]))
        ),
        None,
    )
    if card_end is not None:
        names = [
            _HEADING.match(t)["text"]
            for _, t in lines[index:card_end]
            if _HEADING.match(t)
        ]
        if names:
            role = names[1] if len(names) > 1 else ""
            found.author = (_plain(names[0]), _plain(role.split("|")[0]))
            found.author_line = lines[index][0]
        for n, text in lines[index : card_end + 1]:
            if text.strip():
                drop(Removed(n, text.strip(), "the site's author card"))
        index = card_end + 1
    in_cards = False
    for position in range(index, len(lines)):
        n, text = lines[position]
        if _AFTER_TEXT.match(_plain(text)) or _AFTER_TEXT.match(text):
            for m, rest in lines[position:]:
                if _HASHTAGS.match(rest):
                    found.notes.append((m, _hashtag_note(rest)))
                if rest.strip() and not _EMPTY.match(rest):
                    drop(
                        Removed(
                            m, rest.strip(), "the site's reactions, comments and footer"
                        )
                    )
            break
        if _CARDS.match(_HEADING.match(text)["text"] if _HEADING.match(text) else text):
            in_cards = True
            drop(Removed(n, text.strip(), "the site's recommended cards"))
            continue
        if in_cards and _HEADING.match(text):
            in_cards = False
        if in_cards:
            if text.strip():
                drop(Removed(n, text.strip(), "the site's recommended cards"))
            continue
        if text.strip() and _EMPTY.match(text):
            continue
        if _HASHTAGS.match(text):
            drop(Removed(n, text.strip(), "the page's hashtags"))
            found.notes.append((n, _hashtag_note(text)))
            continue
        kept.append((n, text))
    found.lines = kept
    return found


def _hashtag_note(text: str) -> str:
    return (
        f"the page's hashtags ({text.strip()}) were not taken as keywords: "
        "choose the article's keywords"
    )


#: a byline's label whose value stands on the next line: the publication, section
_PLACE_LABEL = re.compile(
    r"^\W{0,4}(?:published|posted|filed|appears|featured)[ \t]+(?:in|under)\W{0,4}$",
    re.I,
)
#: a name of a few words: no sentence, no heading, list item or link
_SHORT_NAME = re.compile(
    r"^[ \t]*[A-Z0-9][\w'\u2019&.-]*(?:[ \t]+[\w'\u2019&.-]+){0,4}[ \t]*$"
)


def drop_label_values(
    lines: list[Line], removed: list[Removed]
) -> tuple[list[Line], list[Removed]]:
    """(*lines* without the value of a removed "Published in" label, what went).

    The label went as the site's; its value, the next filled line, is a name of a
    few words standing alone, never a sentence of the text: a publication's name
    in capitals ("Patient Voices"), or any short name with more of the page's
    furniture (a line removed as the site's) right after it. A heading in the
    site's sentence case over the text ("Why spacers matter") stays."""
    labels = {r.line for r in removed if _PLACE_LABEL.match(r.text)}
    if not labels:
        return lines, []
    gone = {r.line for r in removed}
    out = list(lines)
    went: list[Removed] = []
    for index, (number, _) in enumerate(lines):
        if number not in labels:
            continue
        k = next((j for j in range(index + 1, len(lines)) if lines[j][1].strip()), None)
        if k is None:
            continue
        text = lines[k][1]
        alone = k + 1 == len(lines) or not lines[k + 1][1].strip()
        if not (alone and _SHORT_NAME.match(text) and not text.rstrip().endswith(".")):
            continue
        after = next(
            (
                j
                for j in range(k + 1, len(lines))
                if lines[j][1].strip() or lines[j][0] in gone
            ),
            None,
        )
        furnished = after is not None and not lines[after][1].strip()
        if _TITLE_CASED.match(text.strip()) or furnished:
            went.append(
                Removed(lines[k][0], text.strip(), "the publication named by its label")
            )
            out[k] = (lines[k][0], "")
    return out, went


#: a name in capitals: each word of four letters or more starts with one
_TITLE_CASED = re.compile(
    r"^(?:(?:[A-Z0-9][\w'\u2019&.-]*|[\w'\u2019&.-]{1,3})(?:[ \t]+|$))+$"
)
