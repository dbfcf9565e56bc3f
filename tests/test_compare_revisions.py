"""The pure parts of benchmarks/compare_revisions.py: the full-output comparison."""

from __future__ import annotations

import sys
from pathlib import Path

from helpers.site import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from compare_revisions import compare_trees, explain, tree_digest  # noqa: E402


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


SEARCHINDEX = 'Search.setIndex({"docnames":["index"],"envversion":{"healthkb":%s,"sphinx":66},"terms":{}})'


def test_a_changed_page_is_named_with_where_it_differs(tmp_path: Path) -> None:
    page = "<html>\n<p>The heart pumps blood.</p>\n</html>\n"
    a = _tree(tmp_path / "a", {"index.html": page, "articles/x.html": page})
    b = _tree(
        tmp_path / "b",
        {"index.html": page, "articles/x.html": page.replace("pumps", "moves")},
    )
    found = compare_trees(a, b)
    assert [d.path for d in found] == ["articles/x.html"]
    assert found[0].why.startswith("line 2")
    assert "pumps" in found[0].why and "moves" in found[0].why
    assert tree_digest(a) != tree_digest(b)


def test_buildinfo_is_left_out_and_files_on_one_side_are_named(tmp_path: Path) -> None:
    a = _tree(tmp_path / "a", {".buildinfo": "config: 1\n", "index.html": "x"})
    b = _tree(
        tmp_path / "b",
        {".buildinfo": "config: 2\n", "index.html": "x", "sitemap.xml": "<urlset/>"},
    )
    found = compare_trees(a, b)
    assert [(d.path, d.why) for d in found] == [("sitemap.xml", f"only in {b}")]
    (b / "sitemap.xml").unlink()
    assert compare_trees(a, b) == []
    assert tree_digest(a) == tree_digest(b)


def test_a_searchindex_differing_only_in_envversion_says_so(tmp_path: Path) -> None:
    one, two = (SEARCHINDEX % v for v in ('"0.1.0+abc"', '"0.1.0+def"'))
    assert explain(one.encode(), two.encode()).startswith("only envversion")
    other = two.replace('"terms":{}', '"terms":{"heart":0}')
    assert not explain(one.encode(), other.encode()).startswith("only envversion")


def test_a_line_that_only_grows_is_explained_at_its_end() -> None:
    why = explain(b"<p>heart</p>\n", b"<p>heart</p> <p>lungs</p>\n")
    assert why.startswith("line 1, column 13")
