"""The preview server (``healthkb serve``): after any sequence of saves its output is
what a fresh build of the same sources writes, and problems show on the page."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.preview_server import Preview

from healthkb.preview.warm_build import PREVIEW_OVERRIDES

#: Sphinx's search index records the order documents were read in, which differs
#: between an incremental and a fresh build; it is compared by content elsewhere.
#: Sphinx keeps ``.buildinfo.bak`` when the configuration changed (``make html`` too);
#: ``.buildinfo`` hashes the configuration, where healthkb points bibtex_bibfiles into
#: the doctree folder, which is not the same folder for the two builds.
_NOT_COMPARED = {"searchindex.js", ".buildinfo.bak", ".buildinfo"}


@pytest.fixture
def preview(site_copy, tmp_path: Path) -> Iterator[Preview]:  # noqa: ANN001
    p = Preview(site_copy("basic"), tmp_path / "preview")
    yield p
    p.close()


def fresh_build(site: Path, out: Path) -> tuple[Path, list[str]]:
    """A new ``sphinx-build`` of *site*: its output folder and its warning lines."""
    overrides = [f"-D{k}={v}" for k, v in PREVIEW_OVERRIDES.items()]
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "html",
            "-q",
            "-N",  # no colour codes (CI's environment may ask for them)
            "-j",
            "1",
            *overrides,
            "-d",
            str(out / "doctrees"),
            str(site),
            str(out / "html"),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    warnings = [line for line in done.stderr.splitlines() if line.strip()]
    return out / "html", warnings


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and p.name not in _NOT_COMPARED
    }


ARTICLE = "articles/heart/walking-and-heart-health.md"
NEW_ARTICLE = """---
description: A made-up test article about stairs, added during the preview.
authors: [ada-jones]
reviewers: [ben-okafor]
published: 2026-02-01
reviewed: 2026-06-01
keywords: [Heart health, Stairs, Exercise]
---

# Taking the stairs

Climbing stairs is a test sentence {footcite:p}`smith2020heart`.
"""
#: clearly fake: the 10.1000 DOI prefix is the DOI handbook's example prefix
FAKE_ENTRY = """
@article{fake2099stairs,
  author  = {Fake, Test},
  title   = {A fake test entry for the preview},
  journal = {Journal of Test Fixtures},
  year    = {2099},
  doi     = {10.1000/fake.2099.001}
}
"""
TEMPLATE = """{% extends "!page.html" %}
{% block footer %}{{ super() }}<p class="preview-template-marker">marker</p>{% endblock %}
"""


def test_preview_after_a_sequence_of_saves_equals_a_fresh_build(
    preview: Preview, tmp_path: Path
) -> None:
    site = preview.site
    page = "articles/heart/walking-and-heart-health.html"
    original = (site / ARTICLE).read_text(encoding="utf-8")

    # body edit: the served page has the new sentence
    edited = original + "\nA sentence saved in the preview.\n"
    preview.save(ARTICLE, edited)
    assert "A sentence saved in the preview." in preview.get(page)

    # keyword change: the article's keyword list changes
    preview.save(ARTICLE, edited.replace("Exercise]", "Exercise, Preview walking]"))
    assert "Preview walking" in preview.get(page)

    # a new heading, then a new title: the topic page's toctree shows both (a body
    # edit leaves that page alone; these must not)
    keyworded = edited.replace("Exercise]", "Exercise, Preview walking]")
    reheaded = keyworded.replace("## What the study found", "## What studies found")
    preview.save(ARTICLE, reheaded)
    assert "What studies found" in preview.get("articles/heart/index.html")
    retitled = reheaded.replace("# Walking and heart", "# Walking for a healthy heart")
    preview.save(ARTICLE, retitled)
    assert "Walking for a healthy heart" in preview.get("articles/heart/index.html")
    preview.save(ARTICLE, keyworded)

    # a new article, a .bib change, the new article citing it
    preview.save("references.bib", (site / "references.bib").read_text() + FAKE_ENTRY)
    preview.save("articles/heart/taking-the-stairs.md", NEW_ARTICLE)
    assert "Climbing stairs" in preview.get("articles/heart/taking-the-stairs.html")
    preview.save(
        "articles/heart/taking-the-stairs.md",
        NEW_ARTICLE + "\nSee {footcite:p}`fake2099stairs`.\n",
    )
    assert "A fake test entry" in preview.get("articles/heart/taking-the-stairs.html")

    # a deleted article: its page goes, and the source only it cited is reported
    preview.save("articles/heart/taking-the-stairs.md", None)

    # conf.py and template changes restart the warm application
    conf = (site / "conf.py").read_text(encoding="utf-8")
    preview.save(
        "conf.py",
        conf.replace(
            "https://example.org/report", "https://example.org/preview-report"
        ),
    )
    assert "preview-report" in preview.get(page)
    preview.save("_templates/page.html", TEMPLATE)
    assert "preview-template-marker" in preview.get(page)
    fresh_html, fresh_warnings = fresh_build(site, tmp_path / "fresh")
    assert preview.state()["problems"] == fresh_warnings
    assert any("fake2099stairs" in p for p in fresh_warnings)
    fresh = files(fresh_html)
    served = files(preview.warm.outdir)
    assert sorted(set(served) ^ set(fresh)) == []
    different = [name for name in fresh if served[name] != fresh[name]]
    assert different == []


def test_a_broken_article_is_shown_on_the_page_and_the_server_goes_on(
    preview: Preview,
) -> None:
    page = "articles/heart/walking-and-heart-health.html"
    original = (preview.site / ARTICLE).read_text(encoding="utf-8")
    broken = original.replace(
        "{footcite:p}`smith2020heart`.", "{footcite:p}`nosuchkey`.", 1
    )
    preview.save(ARTICLE, broken)
    problems = preview.state()["problems"]
    assert any(
        "walking-and-heart-health.md" in p and "nosuchkey" in p for p in problems
    )
    body = preview.get(page)
    assert 'id="healthkb-preview-problems"' in body
    assert "nosuchkey" in body and "walking-and-heart-health.md" in body

    # fixed: the problem is gone from the page
    preview.save(ARTICLE, original + "\nFixed again.\n")
    assert preview.state()["problems"] == []
    body = preview.get(page)
    assert "Fixed again." in body and "healthkb-preview-problems" not in body


def test_a_crashing_conf_py_is_reported_and_the_next_save_recovers(
    preview: Preview,
) -> None:
    conf = (preview.site / "conf.py").read_text(encoding="utf-8")
    preview.save("conf.py", conf + "\nraise ValueError('broken on purpose')\n")
    assert any("broken on purpose" in p for p in preview.state()["problems"])
    assert "healthkb-preview-problems" in preview.get("index.html")

    preview.save("conf.py", conf)
    assert preview.state()["problems"] == []
    assert "healthkb-preview-problems" not in preview.get("index.html")


def test_pages_carry_the_reload_script_and_keep_the_published_policy(
    preview: Preview,
) -> None:
    body = preview.get("index.html")
    generation = preview.state()["generation"]
    script = f'<script src="/__preview__/reload.js" data-generation="{generation}">'
    assert f"{script}</script></body>" in body
    # the published page on disk has no preview script, and the served one has the
    # same Content-Security-Policy as the published one
    on_disk = (preview.warm.outdir / "index.html").read_text(encoding="utf-8")
    assert "__preview__" not in on_disk
    marker = 'http-equiv="Content-Security-Policy"'
    assert marker in on_disk
    meta = on_disk[on_disk.index(marker) :].split(">", 1)[0]
    assert meta in body


def test_the_reload_scripts_request_is_answered_when_the_page_was_rebuilt(
    preview: Preview,
) -> None:
    seen = preview.state()["generation"]
    answers: list[dict] = []
    asking = threading.Thread(
        target=lambda: answers.append(
            json.loads(preview.get(f"__preview__/state?after={seen}"))
        )
    )
    asking.start()
    original = (preview.site / ARTICLE).read_text(encoding="utf-8")
    preview.save(ARTICLE, original + "\nA sentence for the waiting script.\n")
    asking.join(timeout=60)
    # asked before the save, answered with the build the save made
    assert answers and answers[0]["generation"] > seen


def search_index(html: Path) -> dict:
    """``searchindex.js`` by content: every document number as its name, every list
    sorted (the numbers and the order of entries follow the order of reading)."""
    from sphinx.search import js_index

    index = js_index.loads((html / "searchindex.js").read_text(encoding="utf-8"))
    names = index["docnames"]

    def docs(value: object) -> list[str]:
        return sorted(names[i] for i in (value if isinstance(value, list) else [value]))

    return {
        **index,
        "terms": {w: docs(v) for w, v in index["terms"].items()},
        "titleterms": {w: docs(v) for w, v in index["titleterms"].items()},
        "alltitles": {
            t: sorted((names[d], str(i)) for d, i in hits)
            for t, hits in index["alltitles"].items()
        },
        "indexentries": {
            e: sorted((names[d], str(t), m) for d, t, m in hits)
            for e, hits in index["indexentries"].items()
        },
    }


def assert_as_a_fresh_build(preview: Preview, out: Path) -> Path:
    """Every file the preview wrote, its problems and its search index (by content)
    are a fresh build's; returns that build's output folder."""
    fresh_html, fresh_warnings = fresh_build(preview.site, out)
    assert preview.state()["problems"] == fresh_warnings
    fresh = files(fresh_html)
    served = files(preview.warm.outdir)
    assert sorted(set(served) ^ set(fresh)) == []
    assert [name for name in fresh if served[name] != fresh[name]] == []
    assert search_index(preview.warm.outdir) == search_index(fresh_html)
    return fresh_html


def test_warm_saves_alone_equal_a_fresh_build_search_index_too(
    preview: Preview, tmp_path: Path
) -> None:
    """Without a restart (which rewrites every page): the pages a save writes after
    the saved one is served (other articles' related lists and keyword links, the
    keyword pages) and the search index fed after it, as a fresh build has them."""
    site = preview.site
    other = "articles/lungs/breathing-exercises.html"
    original = (site / ARTICLE).read_text(encoding="utf-8")
    preview.save(ARTICLE, original + "\nA sentence saved in the preview.\n")
    # the other article's related list now shows this one (a shared keyword)
    shared = original.replace("Exercise]", "Exercise, Pneumonia]")
    preview.save(ARTICLE, shared + "\nA sentence saved in the preview.\n")
    assert "Walking and heart health" in preview.get(other)
    # a new article and a new title: the other pages' lists and links follow
    preview.save("articles/heart/taking-the-stairs.md", NEW_ARTICLE)
    retitled = shared.replace("# Walking and heart", "# Walking for a healthy heart")
    preview.save(ARTICLE, retitled)
    assert "Walking for a healthy heart" in preview.get(other)
    preview.save("articles/heart/taking-the-stairs.md", None)
    # the root document's toctrees, glossary first: every page's sidebar follows
    # (Sphinx keeps the root's doctree for the life of the process)
    index = (site / "index.md").read_text(encoding="utf-8")
    first, glossary = index.split("```{toctree}\nglossary")
    preview.save("index.md", "```{toctree}\nglossary" + glossary + "\n" + first)
    sidebar = preview.get(other)
    assert sidebar.index(">Glossary<") < sidebar.index(">Heart<")
    preview.settle()
    fresh_html = assert_as_a_fresh_build(preview, tmp_path / "fresh")
    assert "A sentence saved" not in json.dumps(search_index(fresh_html))
    assert "healthi" in search_index(fresh_html)["titleterms"]  # "healthy", stemmed


@pytest.mark.parametrize(
    "idle", [60, 0], ids=["before-the-rest", "with-all-but-the-saved-environment"]
)
def test_saves_before_the_last_builds_rest_is_done_take_it_over(
    preview: Preview, tmp_path: Path, idle: float
) -> None:
    """An editor saving again before the whole-site work of the last save is done:
    that work is stopped (before it began, or with the pages, search index and
    sitemap written but the environment not saved), the next save's build does it
    for both, and the output at the end is a fresh build's."""
    site = preview.site
    other = "articles/lungs/breathing-exercises.html"
    preview.warm.idle_before_finish, preview.warm.pickle_after_idle = idle, 60
    original = (site / ARTICLE).read_text(encoding="utf-8")
    preview.save(ARTICLE, original + "\nA first sentence.\n", settle=False)
    assert not preview.state()["settled"]
    shared = original.replace("Exercise]", "Exercise, Pneumonia]")
    preview.save(ARTICLE, shared + "\nA second sentence.\n", settle=False)
    assert preview.state()["timings"]["carried"] == 1
    preview.save("articles/heart/taking-the-stairs.md", NEW_ARTICLE, settle=False)
    assert preview.state()["timings"]["carried"] == 1
    assert "Walking and heart health" in preview.get(other)
    preview.warm.idle_before_finish = preview.warm.pickle_after_idle = 0.2
    preview.save(ARTICLE, shared + "\nA third sentence.\n")
    assert preview.state()["timings"]["carried"] == 1
    fresh_html = assert_as_a_fresh_build(preview, tmp_path / "fresh")
    words = search_index(fresh_html)["terms"]
    assert "third" in words and "first" not in words and "second" not in words
