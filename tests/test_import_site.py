"""The content the import tests import into (fixtures/import-site/README.md): the
shipped code with a frozen content tree, untouched by what editors add or remove,
and a site `healthkb check` passes on any suite date."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import helpers.site
from helpers.site import CONTENT, IMPORT_CONTENT, copy_import_site, run_cli, snapshot

TRD = "articles/mental-health/what-is-treatment-resistant-depression.md"


def _content(site: Path) -> dict[str, bytes]:
    return {
        name: data
        for name, data in snapshot(site).items()
        if name.split("/")[0] in CONTENT
    }


def test_the_frozen_content_passes_check(tmp_path, capsys):
    site = copy_import_site(tmp_path / "site")
    assert run_cli(site, "check") == 0, capsys.readouterr()


def test_an_editors_new_article_and_removed_source_do_not_reach_it(
    tmp_path, capsys, monkeypatch
):
    """The shipped site gains an article named like a draft's import and loses a
    source: the import site is the frozen tree all the same, and the draft imports."""
    shipped = helpers.site.copy_shipped_site(tmp_path / "shipped")
    text = (shipped / TRD).read_text(encoding="utf-8")
    (shipped / "articles/mental-health/sleep-and-low-mood.md").write_text(
        text.replace(
            "# What is treatment-resistant depression?", "# Sleep and low mood"
        ),
        encoding="utf-8",
    )
    (shipped / "references.bib").write_text("", encoding="utf-8")
    monkeypatch.setattr(helpers.site, "SITE", shipped)

    site = copy_import_site(tmp_path / "site")
    frozen = _content(copy_import_site(tmp_path / "again"))
    assert _content(site) == frozen
    assert not (site / "articles/mental-health/sleep-and-low-mood.md").exists()
    assert (site / "references.bib").read_bytes() == (
        IMPORT_CONTENT / "references.bib"
    ).read_bytes()
    draft = tmp_path / "draft.txt"
    draft.write_text("Sleep and low mood\n\nSleeping well may help.\n", "utf-8")
    assert run_cli(site, "import", str(draft), "--topic", "mental-health") == 0, (
        capsys.readouterr().err
    )


def test_its_reviews_move_with_the_suites_today(tmp_path, capsys, monkeypatch):
    """Three years on, the frozen reviews are three years newer and not overdue."""
    frozen = (IMPORT_CONTENT / TRD).read_text(encoding="utf-8")
    year = int(frozen.split("\nreviewed: ", 1)[1][:4])
    later = datetime(year + 3, 12, 31, 12, tzinfo=UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(later.timestamp())))
    site = copy_import_site(tmp_path / "site")
    moved = (site / TRD).read_text(encoding="utf-8")
    changed = [
        (old, new)
        for old, new in zip(frozen.splitlines(), moved.splitlines(), strict=True)
        if old != new
    ]
    assert [new.split(":")[0] for _, new in changed] == ["reviewed", "review-due"]
    for old, new in changed:
        assert new == old.replace(old[-10:-6], str(int(old[-10:-6]) + 3))
    assert run_cli(site, "check") == 0, capsys.readouterr()


def test_no_import_test_imports_into_the_live_content():
    """An import test on the live content tree breaks when an editor adds an article
    named like its draft: every one uses copy_import_site and reads the frozen
    tree's files, not the live site's (this file excepted)."""
    here = Path(__file__)
    live = re.compile(r"\bcopy_shipped_site\b|\bSITE\b|\bREPO\b")
    users = [
        p.name
        for p in sorted(here.parent.glob("test_import*.py"))
        if p != here and live.search(p.read_text(encoding="utf-8"))
    ]
    assert users == []
