"""The benchmark corpus is deterministic and valid under the article rules."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from generate import source_key, write_site

from healthkb.model.site import Site
from healthkb.rules.site_check import check_site


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_same_site_other_seed_other_site(tmp_path):
    write_site(tmp_path / "a", 30, seed=11)
    write_site(tmp_path / "b", 30, seed=11)
    write_site(tmp_path / "c", 30, seed=12)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "c")


def test_generated_site_passes_every_check(tmp_path):
    articles = write_site(tmp_path / "site", 60, seed=2)
    reports, problems = check_site(Site.load(tmp_path / "site"))
    assert [p.format() for p in problems] == []
    assert len(reports) == 60 == len(articles)
    # every source is cited, ~3 per article, and some are shared by several articles
    cited = Counter(
        key for r in reports for key in dict.fromkeys(k for _, k in r.citations)
    )
    assert set(cited) == {source_key(i) for i in range(3 * 60)}
    assert max(cited.values()) > 1


def test_keywords_have_a_long_tail(tmp_path):
    articles = write_site(tmp_path / "site", 400, seed=2, words=20)
    counts = Counter(k for a in articles for k in a.keywords + a.secondary)
    ranked = [n for _, n in counts.most_common()]
    assert ranked[0] >= 10 * ranked[len(ranked) // 2]  # a few very common keywords
    assert sum(1 for n in ranked if n == 1) > len(ranked) // 4  # many used once


def test_bare_site_has_the_same_articles_without_healthkb(tmp_path):
    write_site(tmp_path / "site", 20, seed=4)
    write_site(tmp_path / "bare", 20, seed=4, bare=True)
    site = sorted(
        p.relative_to(tmp_path / "site")
        for p in (tmp_path / "site/articles").rglob("*.md")
    )
    bare = sorted(
        p.relative_to(tmp_path / "bare")
        for p in (tmp_path / "bare/articles").rglob("*.md")
    )
    assert site == bare
    conf = (tmp_path / "bare/conf.py").read_text()
    assert "healthkb" not in conf.replace("healthkb benchmark", "")
    text = "".join(p.read_text() for p in (tmp_path / "bare/articles").rglob("*.md"))
    assert "{footcite" not in text and "Journal of Test Medicine" in text
    assert not (tmp_path / "bare/references.bib").exists()
