"""The session-10 blind tester's drafts (fixtures/drafts/acceptance4/): what their
import got wrong (/work/blind/drafts/RESULTS.md), each fixed and checked here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.site import copy_shipped_site
from helpers.site import run_cli as run

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "acceptance4"
HAND_WRITTEN = "articles/mental-health/what-is-treatment-resistant-depression.md"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_shipped_site(tmp_path / "site")


def _import(site: Path, capsys, draft: Path | str, *args: str) -> tuple[str, str]:
    """The report and the article of one import."""
    assert (
        run(site, "import", str(DRAFTS / draft), "--topic", "mental-health", *args) == 0
    )
    out = capsys.readouterr().out
    created = re.search(r"^(?:created|replaced) (\S+)$", out, re.MULTILINE)
    assert created, out
    return out, (site / created[1]).read_text(encoding="utf-8")


def _todo(out: str) -> list[str]:
    return re.findall(r"^  - (.*)$", out, re.MULTILINE)


def _front_list(article: str, name: str) -> list[str]:
    found = re.search(rf"^{name}: (.*)$", article, re.MULTILINE)
    return json.loads(found[1]) if found else []


# -- 1. --force replaces only an article an import made ----------------------------


@pytest.mark.parametrize("args", [(), ("--force",), ("--force", "--dry-run")])
def test_force_never_replaces_a_hand_written_article(site, capsys, args):
    """clash.md is titled like the shipped, hand-written article: refused, with or
    without --force, and the refusal does not invite --force."""
    before = (site / HAND_WRITTEN).read_bytes()
    draft = str(DRAFTS / "clash.md")
    assert run(site, "import", draft, "--topic", "mental-health", *args) == 2
    err = capsys.readouterr().err
    assert HAND_WRITTEN in err and "no import made it" in err
    assert "not even with --force" in err and "move or delete the article" in err
    assert "pass --force" not in err
    assert "nothing was written" in err
    assert (site / HAND_WRITTEN).read_bytes() == before


def test_force_replaces_an_unchanged_import_and_refuses_an_edited_one(site, capsys):
    _, first = _import(site, capsys, "sub2.txt")
    rel = re.search(r"^# made by 'healthkb import' from sub2\.txt;", first, re.M)
    assert rel, first
    draft = str(DRAFTS / "sub2.txt")
    # without --force: the advice names --force, as the article is the import's
    assert run(site, "import", draft, "--topic", "mental-health") == 2
    err = capsys.readouterr().err
    assert "an earlier import of sub2.txt made it" in err and "pass --force" in err
    out, again = _import(site, capsys, "sub2.txt", "--force")
    assert out.startswith("replaced ") and again == first
    # an editor's change: --force would lose it, so it is refused
    path = site / out.split()[1]
    path.write_text(first.replace("A study followed", "One study followed"), "utf-8")
    edited = path.read_bytes()
    assert run(site, "import", draft, "--topic", "mental-health", "--force") == 2
    err = capsys.readouterr().err
    assert "has been changed since" in err and "pass --force" not in err
    assert path.read_bytes() == edited


def test_the_import_note_is_a_yaml_comment_no_check_sees(site, capsys):
    """The note is the front matter's last line: no field moves, nothing is
    reported about it."""
    out, article = _import(site, capsys, "sub2.txt")
    front = article.split("\n---\n", 1)[0].splitlines()
    assert front[-1].startswith("# made by 'healthkb import' from sub2.txt;")
    assert "made by" not in out


# -- 2. a byline right below a subtitle ---------------------------------------------


@pytest.mark.parametrize(
    ("draft", "author", "todo"),
    [
        (
            "word-draft.docx",
            "alex-morgan",
            "add the author to authors.yml: 'alex-morgan:'",
        ),
        (
            "probe-byline-dash.docx",
            "alex-morgan",
            "'name: Alex Morgan' and 'role: Guest Contributor'",
        ),
        (
            "probe-written-by.docx",
            "alex-morgan",
            "'name: Alex Morgan' and 'role: Guest Contributor'",
        ),
        (
            "probe-byline-known.docx",
            "natalie-singh",
            "the byline's 'Dr Natalie Singh' is 'natalie-singh'",
        ),
        (
            "sub.txt",
            "natalie-singh",
            "the byline's 'Dr Natalie Singh' is 'natalie-singh'",
        ),
    ],
)
def test_a_byline_under_the_subtitle_is_the_author(site, capsys, draft, author, todo):
    out, article = _import(site, capsys, draft)
    assert f"authors: [{author}]" in article
    assert any(todo in t for t in _todo(out)), out
    assert "the draft has no byline" not in out
    body = article.split("\n---\n", 1)[1]
    assert "Alex Morgan" not in body and "Natalie Singh" not in body
    # nor offered as a keyword
    assert not any("suggestions" in t and "Health Editor" in t for t in _todo(out))


def test_a_sentence_starting_with_by_under_a_heading_is_no_byline():
    from healthkb.importer.draft import parse_draft

    draft = parse_draft(
        "# A title for the article\n\n## What the study found\n\n"
        "By the end of the year, most people felt better than before.\n",
        "d.md",
    )
    assert draft.byline == ("", "")
    assert draft.blocks[1].lines == [
        "By the end of the year, most people felt better than before."
    ]
