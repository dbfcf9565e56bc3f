"""speedups/myst_topmatter.py answers MyST's first front-matter read as MyST does:
the same mapping for every article of the shipped and a generated site, and MyST's
own answer (or error) for whatever it cannot vouch for."""

from __future__ import annotations

from pathlib import Path

import pytest
from generate import write_site
from myst_parser.config.main import TopmatterReadError, read_topmatter

from healthkb.sphinxext.speedups import myst_topmatter

REPO = Path(__file__).resolve().parent.parent

EDGES = [
    "---\ntitle: A\n---\nbody",
    "---\ntitle: A   \nnotes: |\n  kept  \n  end\n---\n",
    "---\ntitle: 'quoted: yes'\ndate: 2026-02-30\n...\nbody\n",
    "---\n- a list\n- not a mapping\n---\n",
    "---\n---\nempty front matter\n",
    "---\ntitle: [unclosed\n---\n",
    "---\ntitle: A\nmyst:\n  enable_extensions: [colon_fence]\n---\n",
    "---\ntitle: A\nsubstitutions:\n  x: y\n---\n",
    '---\n"my\\x73t": {html_meta: {a: b}}\n---\n',
    "---\ntitle: Caf\u00e9\n---\n",
    "---\ntitle: a\u2028b\n---\n",
    "---\ntitle:\tA\n---\n",
    "---\nkey: &a {x: 1}\nother: *a\n---\n",
    "--- \ntitle: A\n----\n",
    "no front matter\n---\n",
    "---",
    "",
]


def _answer(function, text: str):  # noqa: ANN001, ANN202
    try:
        return function(text)
    except TopmatterReadError as error:
        return ("error", str(error))


def _articles() -> list[str]:
    return [
        p.read_text(encoding="utf-8") for p in sorted(REPO.glob("articles/**/*.md"))
    ]


@pytest.mark.skipif(myst_topmatter._LOADER is None, reason="PyYAML without libyaml")
def test_the_same_answer_as_myst_for_every_article_and_edge(tmp_path):
    write_site(tmp_path / "site", 40, seed=3, words=40)
    generated = [
        p.read_text(encoding="utf-8") for p in sorted(tmp_path.glob("site/**/*.md"))
    ]
    texts = _articles() + generated + EDGES
    assert len(texts) > 60
    vouched = 0
    for text in texts:
        assert _answer(myst_topmatter.read_topmatter, text) == _answer(
            read_topmatter, text
        ), text[:200]
        top = myst_topmatter._topmatter_text(text) if text.startswith("---") else None
        vouched += top is not None and "myst" not in top and text.isascii()
    assert vouched > 40  # the articles were answered by the speed-up
