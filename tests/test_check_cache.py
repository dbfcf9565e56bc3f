"""``healthkb check``'s kept per-article results (healthkb.rules.check_cache): a check
with the cache gives the verdict a check without it gives, byte for byte, also after
the files other articles depend on changed, and a damaged cache is only a miss."""

from __future__ import annotations

import contextlib
import io
import json
import pickle
import re
import sys
from pathlib import Path

import pytest
from helpers.broken_lines import BROKEN as SIMPLE
from helpers.site import REPO

from healthkb.cli import main
from healthkb.model.site import Site
from healthkb.rules.article_summary import summarise
from healthkb.rules.check_cache import CACHE_DIR, CheckCache, _decode, _encode
from healthkb.rules.checks import decode_article

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import write_site  # noqa: E402

#: lines added to articles: each one breaks a different rule, several of them a rule
#: that reads another file (an image, a page, an anchor, the .bib, the glossary)
BROKEN = [
    *SIMPLE,
    "Cited here {footcite}`Bench000001study`.",
    "[a section](#no-such-section) and [another](#part-1-of-the-note)",
    "As we discussed, this comprehensive guide will delve into it. I hope this helps!",
    "<div onclick='x()'>raw html</div>",
    "```{include} ../../conf.py\n```",
    "[a page that is gone](/articles/nowhere.md)",
    "In conclusion, it is important to note that you should always consult a doctor.",
]


def _articles(site: Path) -> list[Path]:
    return sorted(p for p in (site / "articles").rglob("*.md") if p.name != "index.md")


def _append(file: Path, text: str) -> None:
    file.write_text(file.read_text(encoding="utf-8") + f"\n{text}\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A generated site with many problems, and files for the changes below."""
    root = tmp_path / "site"
    write_site(root, 40, seed=3, words=80)
    files = _articles(root)
    for i, file in enumerate(files):
        for line in BROKEN[i % len(BROKEN) :: 7][:2]:
            _append(file, line)
    # what the changes below remove: an image, a linked page, a cited entry
    (files[0].parent / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    _append(files[0], "![a figure](figure.png)")
    target = files[5].relative_to(root).as_posix()
    _append(files[1], f"[see this]({Path(target).name})")
    _append(files[2], f"[its part](/{target}#part-1-of-the-note)")
    _append(files[3], f"{{doc}}`/{target.removesuffix('.md')}`")
    # a duplicate title, a bad front matter, bytes that are not UTF-8, a keyword
    # spelt another way
    text = files[7].read_text(encoding="utf-8")
    title = re.search(r"^# (.+)$", files[6].read_text(encoding="utf-8"), re.M)
    assert title
    files[7].write_text(
        re.sub(r"^# .+$", f"# {title.group(1)}", text, count=1, flags=re.M),
        encoding="utf-8",
    )
    files[8].write_text(
        files[8].read_text(encoding="utf-8").replace("published:", "publishd:", 1),
        encoding="utf-8",
    )
    files[9].write_bytes(files[9].read_bytes() + b"\n\xff\xfe broken\n")
    files[10].write_text(
        files[10]
        .read_text(encoding="utf-8")
        .replace("review-due: ", "review-due: 2026-01-01\nx-old: ", 1),
        encoding="utf-8",
    )
    return root


def check(site: Path, *args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["--root", str(site), "check", "--format", "json", *args])
    assert status in (0, 1)
    return out.getvalue()


def entries(site: Path) -> set[Path]:
    return set((site / CACHE_DIR).rglob("*.json"))


def article_entries(site: Path) -> set[Path]:
    """The entries of articles (the others are site pages')."""
    return {
        f for f in entries(site) if "citations" in json.loads(f.read_bytes())["summary"]
    }


def test_kept_results_give_a_fresh_checks_verdict(site: Path) -> None:
    fresh = check(site, "--no-cache")
    assert not entries(site)  # --no-cache keeps nothing
    verdict = json.loads(fresh)
    rules = {p["rule"] for p in verdict["problems"]}
    # the site really has problems of every kind the summary must carry
    for rule in ("doc-link", "glossary", "image", "unsafe-file", "citation"):
        assert rule in rules, rule
    assert len(verdict["problems"]) >= 40

    assert check(site) == fresh  # cold cache: every article analysed and kept
    kept = article_entries(site)
    assert len(kept) == len(_articles(site))
    pages = entries(site) - kept
    assert pages  # the site pages' own problems are kept too
    assert check(site) == fresh  # warm: every article from the cache
    assert entries(site) == kept | pages  # nothing analysed again

    # one article edited, an image, a linked page and a cited .bib entry removed:
    # the kept results of the other articles are judged against the site as it is
    files = _articles(site)
    _append(files[4], "Sure, here's another draft for you.")
    (files[0].parent / "figure.png").unlink()
    files[5].unlink()
    bib = site / "references.bib"
    cited = re.findall(
        r"\{footcite:p\}`([^`]+)`", files[11].read_text(encoding="utf-8")
    )
    entry = re.compile(r"@\w+\{" + re.escape(cited[0]) + r",.*?\n\}\n", re.S)
    assert entry.search(bib.read_text(encoding="utf-8"))
    bib.write_text(entry.sub("", bib.read_text(encoding="utf-8")), encoding="utf-8")

    after = check(site, "--no-cache")
    assert after != fresh
    assert check(site) == after
    assert len(entries(site) - kept - pages) == 1  # only the edited article analysed
    # the entries of the old text and of the deleted article are gone
    assert len(article_entries(site)) == len(_articles(site)) == len(kept) - 1
    problems = json.loads(after)["problems"]
    for path, rule in (
        (files[0], "image"),
        (files[1], "doc-link"),
        (files[2], "doc-link"),
        (files[3], "doc-link"),
        (files[11], "citation"),
    ):
        rel = path.relative_to(site).as_posix()
        assert any(p["path"] == rel and p["rule"] == rule for p in problems), (
            rel,
            rule,
        )


def _wrong_type(file: Path, _: bytes) -> None:
    entry = json.loads(file.read_bytes())
    entry["summary"]["citations"] = "no list"  # the right key, the wrong type
    file.write_text(json.dumps(entry), encoding="utf-8")


def _another_articles(file: Path, other: bytes) -> None:
    """An entry copied under another article's name (with that name as its key)."""
    entry = json.loads(other)
    entry["key"] = file.stem
    file.write_text(json.dumps(entry), encoding="utf-8")


DAMAGE = [
    lambda f, _: f.write_bytes(b""),
    lambda f, _: f.write_bytes(b"{not json"),
    lambda f, _: f.write_bytes(b'{"format": 1, "key": "x", "summary": {}}'),
    lambda f, _: f.write_bytes(pickle.dumps({"format": 1})),
    lambda f, _: f.write_bytes(b"\xff\xfe"),
    _wrong_type,
    _another_articles,
]


def test_a_damaged_cache_is_a_miss(site: Path) -> None:
    """Empty, not JSON, the wrong key, a pickle, not UTF-8, a field of the wrong
    type, another article's entry: each is analysed afresh."""
    fresh = check(site, "--no-cache")
    check(site)
    kept = sorted(entries(site))
    first = kept[0].read_bytes()
    for i, file in enumerate(kept[1:]):
        DAMAGE[i % len(DAMAGE)](file, first)
    assert check(site) == fresh
    # each damaged entry was made again: the next check reads them all back
    assert all(json.loads(f.read_bytes())["key"] == f.stem for f in kept)
    assert check(site) == fresh


def test_summaries_of_the_shipped_articles_are_kept_whole() -> None:
    """What is written is what is read back, every field, for real articles."""
    site = Site.load(REPO)
    files = site.articles()
    assert files
    cache = CheckCache(site, folder=Path("unused"))
    for file in files:
        path = site.relpath(file)
        raw = file.read_bytes()
        text, problems = decode_article(path, raw)
        summary = summarise(site, path, text, raw=raw, whole=True)
        summary.text, summary.text_line = "", 1  # the build's copy: not kept
        back = _decode(type(summary), json.loads(json.dumps(_encode(summary))))
        assert back == summary
        if summary.meta:  # fields left out of ArticleMeta's ==
            assert back.meta is not None
            assert back.meta.lines == summary.meta.lines
            assert back.meta.retracted_lines == summary.meta.retracted_lines
        assert cache.key(path, raw) != cache.key(path, raw + b" ")


@pytest.mark.parametrize(
    "value",
    [[[1]], [[1, "a", "b"]], [["1", "a"]], [[1, 2]], [1], [[True, "a"]], [{"a": 1}]],
)
def test_a_line_and_target_pair_of_the_wrong_shape_is_refused(value: object) -> None:
    """(line, target) pairs (citations, images, links, roles) are read by their own
    reader: anything but a list of an int and a string is a miss, never kept."""
    with pytest.raises((TypeError, ValueError)):
        _decode(list[tuple[int, str]], value)
    assert _decode(list[tuple[int, str]], [[3, "a"], [4, "b"]]) == [(3, "a"), (4, "b")]
    assert _decode(tuple[int, str, str], [1, "a", "b"]) == (1, "a", "b")
