"""The site's article listing, its relative paths and the sources' standings: the
fast versions a warm ``healthkb check`` uses give what the plain ones give.

The reference listing below is the one ``Site.articles`` used before (``rglob`` and
Path objects), kept here as the specification: a file is an article when
``is_article_path`` says so and no part of its path is a symbolic link."""

from __future__ import annotations

from pathlib import Path

from healthkb.bib.read import load_bibliography
from healthkb.model.file_refs import is_symlinked
from healthkb.model.settings import SiteSettings
from healthkb.model.site import Site, is_article_path
from healthkb.rules.retraction_rules import Standing, load_standings

#: the Wakefield 1998 paper and its 2010 retraction notice (real DOIs, The Lancet);
#: the second entry names the field in capitals, as some exporters write it
BIB = """\
@article{wakefield1998,
  title   = {Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive
             developmental disorder in children},
  author  = {Wakefield, A J and Murch, S H and Anthony, A},
  journal = {The Lancet},
  year    = {1998},
  doi     = {10.1016/S0140-6736(97)11096-0},
  retraction = {10.1016/S0140-6736(10)60175-4},
}
@article{wakefield1998b,
  title   = {Ileal-lymphoid-nodular hyperplasia (a second copy of the entry)},
  author  = {Wakefield, A J},
  journal = {The Lancet},
  year    = {1998},
  DOI     = {10.1016/S0140-6736(97)11096-0},
  RETRACTION = {10.1016/S0140-6736(10)60175-4},
}
@article{kept,
  title   = {An entry without a notice},
  author  = {Murch, S H},
  journal = {The Lancet},
  year    = {2004},
  doi     = {10.1016/S0140-6736(04)15715-2},
}
"""


def reference_articles(site: Site) -> list[Path]:
    base = site.root / site.settings.articles_dir
    found = []
    for p in base.rglob("*.md"):
        rel = site.relpath(p)
        if is_article_path(Path(rel), site.settings) and not is_symlinked(
            site.root, rel
        ):
            found.append(p)
    return sorted(found)


def make_site(root: Path) -> Site:
    root.mkdir()
    (root / "conf.py").write_text("project = 'x'\n", encoding="utf-8")
    outside = root.parent / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("# secret\n", encoding="utf-8")
    (outside / "deep").mkdir()
    (outside / "deep" / "inner.md").write_text("# inner\n", encoding="utf-8")
    files = [
        "articles/heart/a.md",
        "articles/heart/index.md",
        "articles/heart/notes.txt",
        "articles/heart/sub/deeper.md",
        "articles/heart-failure/b.md",  # sorts before heart/ as a string
        "articles/heart/.hidden.md",
        "articles/heart/_draft.md",
        "articles/_private/c.md",
        "articles/.git/d.md",
        "articles/top.md",  # not in a topic folder
        "articles/lungs/x.md/inside.md",  # a folder named like an article
    ]
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("# t\n", encoding="utf-8")
    (root / "articles/heart/link.md").symlink_to(outside / "secret.md")
    (root / "articles/linked").symlink_to(outside / "deep")
    (root / "articles/heart/folder").symlink_to(outside / "deep")
    settings, errors = SiteSettings.from_mapping({})
    assert not errors
    return Site(root.resolve(), settings)


def test_the_listing_is_the_reference_listing(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    listed = site.articles()
    assert listed == reference_articles(site)
    names = [site.relpath(p) for p in listed]
    assert "articles/heart/a.md" in names
    assert "articles/heart/sub/deeper.md" in names
    assert "articles/lungs/x.md" in names  # listed, then reported as unreadable
    assert not any("link" in n or "secret" in n or "inner" in n for n in names)
    assert not any("/." in n or "/_" in n for n in names)
    assert names.index("articles/heart/a.md") < names.index(
        "articles/heart-failure/b.md"
    )


def test_a_symlinked_articles_folder_lists_nothing(tmp_path: Path) -> None:
    real = tmp_path / "real"
    (real / "heart").mkdir(parents=True)
    (real / "heart" / "a.md").write_text("# a\n", encoding="utf-8")
    root = tmp_path / "site"
    root.mkdir()
    (root / "articles").symlink_to(real)
    settings, _ = SiteSettings.from_mapping({})
    site = Site(root.resolve(), settings)
    assert site.articles() == reference_articles(site) == []


def test_relative_paths_are_remembered_only_when_absolute(
    tmp_path: Path, monkeypatch
) -> None:
    site = make_site(tmp_path / "site")
    article = site.root / "articles/heart/a.md"
    assert site.relpath(article) == site.relpath(article) == "articles/heart/a.md"
    monkeypatch.chdir(site.root / "articles")
    assert site.relpath(Path("heart/a.md")) == "articles/heart/a.md"
    monkeypatch.chdir(site.root / "articles/heart")
    # the same relative name now means another file
    assert site.relpath(Path("a.md")) == "articles/heart/a.md"
    assert site.relpath(Path("sub/deeper.md")) == "articles/heart/sub/deeper.md"
    monkeypatch.chdir(site.root / "articles/heart/sub")
    assert site.relpath(Path("deeper.md")) == "articles/heart/sub/deeper.md"
    assert site.relpath(site.root) == "."


def test_standings_without_data_are_those_of_the_full_reading(tmp_path: Path) -> None:
    bibfile = tmp_path / "references.bib"
    bibfile.write_text(BIB, encoding="utf-8")
    bib = load_bibliography(bibfile, "references.bib")
    assert not bib.problems, bib.problems
    settings, _ = SiteSettings.from_mapping({})
    assert not (tmp_path / settings.source_cache).exists()
    fast, fast_problems = load_standings(tmp_path, settings, [bib])
    # an online look-up that answers nothing takes the path that reads every field
    full, full_problems = load_standings(
        tmp_path, settings, [bib], online=lambda doi: None
    )
    assert fast == full
    assert fast_problems == full_problems == []
    assert fast["kept"] == Standing((), False)
    for key in ("wakefield1998", "wakefield1998b"):
        (notice,) = fast[key].notices
        assert notice.status == "retracted"
        assert notice.notice_doi.casefold() == "10.1016/s0140-6736(10)60175-4"
        assert fast[key].known
