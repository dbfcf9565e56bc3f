"""Contributors from ``authors.yml``: key -> name, role, credentials, optional bio/link."""

from __future__ import annotations

import difflib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from healthkb.model.front_matter import normalise_text, parse_yaml
from healthkb.problems import Problem, problem
from healthkb.rules.content_rules import html_in_text


@dataclass(frozen=True)
class Author:
    key: str
    name: str
    role: str
    credentials: str = ""
    bio: str = ""
    link: str = ""
    #: "person" or "organization" (a team is not a person: no "Dr", no credentials)
    kind: str = "person"


def load_authors(path: Path, display: str) -> tuple[dict[str, Author], list[Problem]]:
    """Read authors.yml; every problem names the file and line."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, [
            problem(
                display,
                1,
                "authors-file",
                f"{display} is missing: create it with one entry per author",
            )
        ]
    except OSError as exc:
        return {}, [
            problem(
                display, 1, "authors-file", f"{display} cannot be read ({exc.strerror})"
            )
        ]
    try:
        text = normalise_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return {}, [
            problem(
                display,
                line,
                "encoding",
                f"{display} is not UTF-8 text (byte 0x{raw[exc.start]:02x} on this "
                "line): save it as UTF-8 in your editor",
            )
        ]
    front, problems = parse_yaml(display, text, first_line=1)
    # The YAML reader speaks of an article's front matter: say which file this is.
    problems = [
        p.__class__(
            p.path, p.line, "authors-file", _about_file(p.message, display), p.level
        )
        for p in problems
    ]
    authors: dict[str, Author] = {}
    for key, value in front.data.items():
        line = front.line_of(key)
        if not isinstance(value, dict):
            problems.append(
                problem(
                    display,
                    line,
                    "authors-file",
                    f"'{key}' must be a mapping with 'name:' and 'role:' lines",
                )
            )
            continue
        fields = {k: v for k, v in value.items() if isinstance(v, str)}
        missing = [k for k in ("name", "role") if not fields.get(k, "").strip()]
        if missing:
            problems.append(
                problem(
                    display,
                    line,
                    "authors-file",
                    f"'{key}' needs {' and '.join(missing)}: add them as text",
                )
            )
            continue
        for name in ("name", "role", "credentials", "bio"):
            problems += html_in_text(
                display, line, f"{key}: {name}", fields.get(name, "")
            )
        kind = fields.get("kind", "person")
        if kind not in ("person", "organization"):
            problems.append(
                problem(
                    display,
                    line,
                    "authors-file",
                    f"'{key}': kind must be 'person' or 'organization'",
                )
            )
            kind = "person"
        link = fields.get("link", "")
        if link and not link.startswith(("https://", "http://", "mailto:")):
            problems.append(
                problem(
                    display,
                    line,
                    "unsafe-link",
                    f"'{key}': link must start with https://",
                )
            )
            link = ""
        authors[key] = Author(
            key=key,
            name=fields["name"].strip(),
            role=fields["role"].strip(),
            credentials=fields.get("credentials", "").strip(),
            bio=fields.get("bio", "").strip(),
            link=link,
            kind=kind,
        )
    return authors, problems


def _about_file(message: str, display: str) -> str:
    for old, new in (
        ("the front matter", display),
        ("in front matter", f"in {display}"),
        ("the article's fields", "one entry per author"),
    ):
        message = message.replace(old, new)
    return message


def unknown_author(
    path: str, line: int, key: str, where: str, known: Collection[str]
) -> Problem:
    """*key* (named in *where*) is not in authors.yml: the closest key, or what to do."""
    close = difflib.get_close_matches(key, list(known), n=1)
    hint = f"did you mean '{close[0]}'?" if close else "add them to authors.yml first"
    return problem(
        path, line, "author", f"'{key}' in {where} is not a key in authors.yml: {hint}"
    )
