"""A JSON Schema for an article's front matter, generated from the article model.

The field names, the required ones, the limits (keywords, description) and the rule
ids a ``silence:`` entry may name all come from :mod:`healthkb.model.article`,
:mod:`healthkb.problems` and :mod:`healthkb.model.review_history`, so the schema cannot
drift from what ``healthkb check`` accepts (a test compares it with the file in
``schema/``). Editors' tools use it for completion and checking as they type;
``healthkb check`` remains the judge.

Write it with ``python -m healthkb.model.front_matter_schema [FILE]`` (``make schema``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from healthkb.model import article
from healthkb.model.review_history import ENTRY_KEYS, MAX_SUMMARY
from healthkb.problems import RULES, Level

SCHEMA_FILE = Path("schema/front-matter.schema.json")
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "format": "date"}
# a list, or one value on its own (the model reads "authors: ada" as [ada])
_KEYS = {
    "type": ["array", "string"],
    "items": {"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9_-]*$"},
    "minItems": 1,
    "uniqueItems": True,
}
_WORDS = {
    "type": ["array", "string"],
    "items": {"type": ["string", "number"]},
}

#: what each field holds; a field in the model without an entry here is a bug the
#: schema test reports
FIELDS: dict[str, dict[str, Any]] = {
    "description": {
        "type": "string",
        "minLength": 1,
        "maxLength": article.MAX_DESCRIPTION,
        "description": "One or two plain sentences for search results and the page "
        f"summary ({article.MAX_DESCRIPTION} characters at most).",
    },
    "authors": {**_KEYS, "description": "Keys from authors.yml of who wrote it."},
    "reviewers": {
        **_KEYS,
        "description": "Keys from authors.yml of the clinical reviewers.",
    },
    "published": {**_DATE, "description": "The date it was first published."},
    "reviewed": {
        **_DATE,
        "description": "The date of the last review (set by 'healthkb review').",
    },
    "review-due": {
        **_DATE,
        "description": "When the next review is due (default: a year after "
        "'reviewed').",
    },
    "keywords": {
        **_WORDS,
        "minItems": 1,
        "maxItems": article.MAX_KEYWORDS,
        "description": f"The main keywords ({article.MIN_KEYWORDS} to "
        f"{article.MAX_KEYWORDS} with secondary-keywords).",
    },
    "secondary-keywords": {
        **_WORDS,
        "maxItems": article.MAX_KEYWORDS,
        "description": "Further keywords, listed on the keyword pages.",
    },
    "related": {
        **_WORDS,
        "description": "Articles to suggest, by file name or articles/topic/name.",
    },
    "silence": {
        "type": "object",
        "description": "Warnings this article may skip, each with the reason.",
        "propertyNames": {
            "enum": sorted(r.id for r in RULES.values() if r.level == Level.WARNING)
        },
        "additionalProperties": {"type": "string", "minLength": 1},
    },
    "retracted-sources": {
        "type": "object",
        "description": "Retracted or withdrawn sources the article still cites: each "
        "citation key with the reason (otherwise citing one is an error).",
        "propertyNames": {"pattern": r"^\S+$"},
        "additionalProperties": {"type": "string", "minLength": 1, "pattern": r"\S"},
    },
    "orphan": {
        "type": "boolean",
        "description": "The page is in no table of contents on purpose.",
    },
    "history": {
        "type": "array",
        "description": "The reviews, newest first (written by 'healthkb review').",
        "items": {
            "type": "object",
            "required": ["date", "by"],
            "additionalProperties": False,
            "properties": {
                "date": {**_DATE, "description": "The review date."},
                "by": {
                    "oneOf": [
                        {"type": "string"},
                        {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    ],
                    "description": "Keys from authors.yml of who reviewed it.",
                },
                "summary": {
                    "type": "string",
                    "maxLength": MAX_SUMMARY,
                    "description": "What changed, in a sentence or two.",
                },
            },
        },
    },
}


def front_matter_schema() -> dict[str, Any]:
    missing = set(article.KNOWN) - set(FIELDS)
    if missing or set(ENTRY_KEYS) != set(FIELDS["history"]["items"]["properties"]):
        raise LookupError(f"no schema for the front-matter fields {sorted(missing)}")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://healthkb.invalid/schema/front-matter.schema.json",
        "title": "healthkb article front matter",
        "description": "Generated by 'python -m healthkb.model.front_matter_schema' from "
        "the article model: do not edit by hand.",
        "type": "object",
        "required": list(article.REQUIRED),
        "properties": {key: FIELDS[key] for key in article.KNOWN},
        "additionalProperties": False,
    }


def schema_text() -> str:
    return json.dumps(front_matter_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else SCHEMA_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
