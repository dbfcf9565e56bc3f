"""A draft's own front matter (Hugo, Jekyll, a web clipper): YAML between ``---``
lines or TOML between ``+++`` lines at the very top.

It is the draft's metadata, never its body: the title, description, tags or
keywords and author are read; every other setting (``showToc``, ``canonicalURL``,
``cover``…) is dropped and listed, and a date is ignored (the site sets its own).
The block is read with a safe loader only (nothing in it runs) and only plain
text values are used, so an alias-heavy block cannot make the importer build a
huge value.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

import yaml

from healthkb.importer.note_tool_markup import unwrap_wikilinks

_FENCES = {"---": "YAML", "+++": "TOML"}
#: keys read as metadata, by what they become
_TITLE = ("title", "headline")
#: a docs theme's "lead", a news site's "standfirst" or "dek" are the standfirst
_DESCRIPTION = (
    "description",
    "summary",
    "excerpt",
    "subtitle",
    "lead",
    "standfirst",
    "dek",
    "teaser",
    "deck",
    "strapline",
    "subheading",
)
_KEYWORDS = ("keywords",)
#: a blog's or a note tool's tags: the keywords only when the draft has no list
_TAGS = ("tags", "labels")
#: a docs theme's "contributors" (Doks) are the page's writers
_AUTHOR = (
    "author",
    "authors",
    "byline",
    "contributors",
    "writer",
    "writers",
    "creator",
    "author_name",
)
#: who the draft says reviewed it: a claim to record with 'make review', no date
_REVIEWER = (
    "reviewer",
    "reviewers",
    "reviewed_by",
    "reviewedby",
    "medical_reviewer",
    "clinical_reviewer",
)
#: a featured or cover picture: named for the editor to supply (never fetched)
_PICTURES = (
    "image",
    "images",
    "featured_image",
    "featuredimage",
    "feature_image",
    "cover",
    "cover_image",
    "thumbnail",
    "hero",
    "banner",
    "og_image",
)
#: the draft's dates: ignored without comment (the site's own dates apply)
#: a working title ("... draft v2", "WIP: ...") names the file, not the headline
_WORKING_TITLE = re.compile(
    r"(?i)(?:^\W*(?:draft|wip|todo)\b\W*[:\]-]"
    r"|[\s(\[-](?:draft|wip|todo)?\s*\(?v\d+(?:\.\d+)*\)?\W*$"
    r"|[\s(\[-](?:draft|wip|work in progress)\W*$)"
)
_DATES = ("date", "lastmod", "publishdate", "published", "updated", "modified")
_MAX_ITEMS = 100
#: a settings line: "key: value", "key = value", an indented or listed value
_SETTING = re.compile(r"^(?:[\w.-]{1,40}[ \t]*[:=]|[ \t]+\S|-[ \t]|#)")
_LOOSE = re.compile(r"^([\w.-]{1,40})[ \t]*[:=][ \t]*(.*)$")


@dataclass
class FrontMatter:
    title: str = ""
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    #: the reviewer the block names, else ""
    reviewer: str = ""
    #: (draft line, file name or address) of each picture the block names
    pictures: list[tuple[int, str]] = field(default_factory=list)
    #: the draft's lines the block covered (its fences included)
    lines: int = 0
    #: (draft line, the setting as written) for each setting left out
    dropped: list[tuple[int, str]] = field(default_factory=list)
    #: why the block could not be read, else ""
    problem: str = ""


def read_front_matter(lines: list[str]) -> FrontMatter | None:
    """The front matter opening *lines* (the draft's lines), or None if it has none."""
    if not lines or lines[0].strip() not in _FENCES:
        return None
    fence = lines[0].strip()
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == fence), None)
    if end is None or end == 1:
        return None
    block = lines[1:end]
    found = FrontMatter(lines=end + 1)
    try:
        data = (
            yaml.safe_load("\n".join(block))
            if fence == "---"
            else tomllib.loads("\n".join(block))
        )
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        if not all(_SETTING.match(t) for t in block if t.strip()):
            # text between two rules ("---"), not settings: the article's own
            return None
        # hand-written settings often break the format ("title: Depression: what
        # to know"): read each top-level "key: value" line as it stands
        found.problem = (
            f"its {_FENCES[fence]} is not valid ({exc.__class__.__name__}), so each "
            "line was read as 'key: value'"
        )
        data = _loose_settings(block)
    if not isinstance(data, dict):
        if not found.problem:
            # "---" opening a draft that is no front matter (a rule, then text)
            return None
        found.dropped = [(n, text) for n, text in enumerate(block, 2) if text.strip()]
        return found
    key_lines = _top_level_key_lines(block, toml=fence == "+++" and not found.problem)
    for key, value in data.items():
        name = str(key).strip().lower()
        line = key_lines.get(str(key), 2)
        if name in _TITLE and not found.title and _WORKING_TITLE.search(_text(value)):
            # the writer's working title: the body's own headline is the title
            found.dropped.append((line, block[line - 2].strip()))
        elif name in _TITLE and not found.title:
            found.title = _text(value)
        elif name in _DESCRIPTION and not found.description:
            found.description = _text(value)
        elif name in _KEYWORDS:
            found.keywords += _texts(value)
        elif name in _TAGS:
            found.tags += _texts(value)
        elif name in _AUTHOR and not found.authors:
            found.authors = _names(value)
        elif name in _DATES:
            continue
        elif name in _REVIEWER and not found.reviewer and _names(value):
            found.reviewer = _names(value)[0]
        elif name in _PICTURES and (named := _pictures(value)):
            found.pictures += [(line, picture) for picture in named]
            found.dropped.append((line, block[line - 2].strip()))
        else:
            found.dropped.append((line, block[line - 2].strip()))
    return found


def _loose_settings(block: list[str]) -> dict[str, object]:
    """Top-level ``key: value`` lines; ``[a, b]`` values as lists."""
    data: dict[str, object] = {}
    for text in block:
        match = _LOOSE.match(text)
        if not match:
            continue
        value = match.group(2).strip()
        if value.startswith("[") and value.endswith("]"):
            data[match.group(1)] = [v.strip(" \"'") for v in value[1:-1].split(",")]
        else:
            data[match.group(1)] = value.strip("\"'")
    return data


def _top_level_key_lines(block: list[str], toml: bool = False) -> dict[str, int]:
    """Each top-level key's draft line (the block starts on line 2): TOML's "key =
    value" (its value may hold a colon, "title = 'Sleep: a guide'") and "[table]"
    lines, YAML's "key: value"."""
    lines: dict[str, int] = {}
    for number, text in enumerate(block, 2):
        if text[:1].strip() and not text.lstrip().startswith("#"):
            if toml and (table := re.match(r"^\[\s*([^\[\]]+?)\s*\]", text)):
                key = table[1]
            elif toml:
                key = text.split("=", 1)[0]
            else:
                key = text.split("=" if "=" in text and ":" not in text else ":", 1)[0]
            lines.setdefault(key.strip().strip("\"'"), number)
    return lines


def _text(value: object) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        # a note tool's property links to a note ("[[editorial-team]]"): its words
        return " ".join(unwrap_wikilinks(str(value)).split())
    if isinstance(value, list) and value:
        return _text(value[0])
    return ""


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [t.strip() for t in value.split(",") if t.strip()]
    if isinstance(value, list):
        return [t for item in value[:_MAX_ITEMS] if (t := _text(item))]
    return []


def _pictures(value: object) -> list[str]:
    """The pictures a setting names: "cover.jpg", a list of them, or a theme's
    table of one ("cover: {image: cover.jpg, alt: …}")."""
    if isinstance(value, dict):
        value = value.get("image") or value.get("src") or value.get("url") or ""
    names = _texts(value) if isinstance(value, list) else [_text(value)]
    return [n for n in names if n and not n.lower().startswith(("true", "false"))]


def _names(value: object) -> list[str]:
    """``author: Ana`` / ``author: [Ana, Ben]`` / ``author: {name: Ana}``."""
    if isinstance(value, dict):
        return [_text(value.get("name"))] if _text(value.get("name")) else []
    if isinstance(value, list):
        return [n for item in value[:_MAX_ITEMS] for n in _names(item)]
    return [_text(value)] if _text(value) else []
