"""check looks only at the pages the build reads: conf.py's include_patterns leave the
repository's own documents (ARCHITECTURE.md, SECURITY.md) out of the site, so a line
in them that looks like a drafting leftover is no problem of the site; the same line
on a page the build reads is."""

from __future__ import annotations

from helpers.site import copy_shipped_site
from helpers.site_runs import run_check

LEFTOVER = "# Notes\n\nWould you like me to add a section on side effects?\n"


def test_a_repository_document_outside_include_patterns_is_not_checked(tmp_path):
    site = copy_shipped_site(tmp_path / "site")
    assert "include_patterns" in (site / "conf.py").read_text(encoding="utf-8")
    (site / "NOTES.md").write_text(LEFTOVER, "utf-8")
    run = run_check(site)
    assert "NOTES.md" not in run.text
    assert run.status == 0, run.text


def test_the_same_line_on_a_page_the_build_reads_is_reported(tmp_path):
    site = copy_shipped_site(tmp_path / "site")
    (site / "about").mkdir(exist_ok=True)
    (site / "about" / "notes.md").write_text(LEFTOVER, "utf-8")
    run = run_check(site)
    assert run.status != 0
    assert "about/notes.md:3" in run.text, run.text
