"""A cited retracted source fails the build and ``healthkb check`` with the same words
at the same line, unless the article's front matter gives the reason
(``retracted-sources:``); readers see "Retracted" with the notice's DOI next to the
reference, on the sources page and in the JSON-LD.

The data is real: a row of the Retraction Watch file (Zhang 2021, retracted in 2023)
and Crossref's recorded answer for Wakefield et al. 1998 (retracted in 2010), served
from 127.0.0.1 to ``healthkb source check --online``, which fills the cache the build
reads. The build itself never asks the server (its requests are counted)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers.metadata_server import server  # noqa: F401 (a fixture)
from helpers.site import soup
from helpers.site_runs import run_build, run_check
from test_source_check import FIXTURES, LUNGS, ZHANG, cite

from healthkb.cli import main

ZHANG_NOTICE = "10.1155/2023/9804945"
#: Wakefield AJ, Murch SH, Anthony A, et al. Lancet. 1998;351(9103):637-41
WAKEFIELD = """
@article{wakefield1998ileal,
  author  = {Wakefield, A. J. and Murch, S. H. and Anthony, A. and others},
  title   = {Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive
             developmental disorder in children},
  journal = {The Lancet},
  year    = {1998},
  volume  = {351},
  number  = {9103},
  pages   = {637--641},
  doi     = {10.1016/S0140-6736(97)11096-0}
}
"""
WAKEFIELD_NOTICE = "10.1016/s0140-6736(10)60175-4"
SOURCES_MD = "---\norphan: true\n---\n\n# Sources\n\n```{sources}\n```\n"
REASON = "the article explains why this retracted study must not be relied on"


def zhang_site(root: Path, rows: str = "all") -> int:
    """The Zhang entry cited in the lungs article, with a Retraction Watch file
    (*rows*: "all", or "none" for the header only); returns the citation's line."""
    with (root / "references.bib").open("a", encoding="utf-8") as bib:
        bib.write(ZHANG)
    write_rw(root, rows)
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nhealthkb_retraction_watch = "rw.csv"\n')
    (root / "sources.md").write_text(SOURCES_MD, encoding="utf-8")
    return cite(root, "zhang2021construction")


def write_rw(root: Path, rows: str) -> None:
    text = (FIXTURES / "retraction_watch_sample.csv").read_text(encoding="utf-8")
    if rows == "none":
        text = text.splitlines(keepends=True)[0]
    (root / "rw.csv").write_text(text, encoding="utf-8")


def acknowledge(
    root: Path, key: str, reason: str = REASON, *, article: str = LUNGS, **more: str
) -> int:
    """Add ``retracted-sources: {key: reason, **more}`` to *article*; return the line
    of *key* (each of *more* on the next lines)."""
    path = root / article
    text = path.read_text(encoding="utf-8")
    head, rest = text.split("\n---\n", 1)
    items = "".join(f"  {k}: {r}\n" for k, r in {key: reason, **more}.items())
    path.write_text(f"{head}\nretracted-sources:\n{items}---\n{rest}", "utf-8")
    return head.count("\n") + 3


def cite_in(root: Path, article: str, key: str) -> int:
    """Cite *key* at the end of *article*; return the citation's line."""
    path = root / article
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    path.write_text(text + f"A study said so {{footcite:p}}`{key}`.\n", "utf-8")
    return text.count("\n") + 1


def located(text: str, line: int, rule: str) -> list[str]:
    """The messages of *rule* reported at the lungs article's *line*."""
    pattern = re.compile(
        rf"breathing-exercises(?:\.md)?:{line}: (?:error|warning|ERROR|WARNING): "
        rf"(.*) \[healthkb\.{re.escape(rule)}\]"
    )
    return pattern.findall(text)


def test_a_cited_retraction_fails_check_and_build_with_the_same_words(
    site_copy, tmp_path
):
    root = site_copy()
    line = zhang_site(root)
    check = run_check(root)
    build = run_build(root, tmp_path / "html")
    assert check.status == 1 and build.status != 0
    [said] = located(check.text, line, "retracted-source")
    assert said.startswith(
        f"the source 'zhang2021construction' was retracted (notice doi:{ZHANG_NOTICE})"
        ", according to Retraction Watch: remove the citation"
    )
    assert "retracted-sources: {zhang2021construction:" in said
    assert located(build.text, line, "retracted-source") == [said]


def test_an_acknowledged_retraction_builds_and_readers_see_the_label(
    site_copy, tmp_path
):
    root = site_copy()
    zhang_site(root)
    acknowledge(root, "zhang2021construction")
    assert run_check(root).status == 0
    build = run_build(root, tmp_path / "html")
    assert build.status == 0, build.text
    page = soup(tmp_path / "html/articles/lungs/breathing-exercises.html")
    [label] = page.select("aside.footnote-list .hk-notice, .footnote .hk-notice")
    assert label.get_text(" ", strip=True).startswith(
        f"Retracted (notice: doi:{ZHANG_NOTICE} )"
    )
    assert label.a["href"] == f"https://doi.org/{ZHANG_NOTICE}"
    assert "zhang" in label.parent.get_text().casefold()  # inside that reference
    listed = soup(tmp_path / "html/sources.html")
    [item] = listed.select("#source-zhang2021construction .hk-notice")
    assert item.strong.get_text() == "Retracted"
    # still listed by its first author, not under R for the label
    order = [li["id"] for li in listed.select("li.hk-source")]
    assert order == sorted(order, key=lambda i: i.removeprefix("source-"))
    data = json_ld(page)
    [cited] = [c for c in data["citation"] if c.get("url", "").endswith("6907871")]
    assert cited["creativeWorkStatus"] == "Retracted"
    assert cited["correction"] == [
        {
            "@type": "CorrectionComment",
            "name": "Retraction notice",
            "url": f"https://doi.org/{ZHANG_NOTICE}",
        }
    ]
    others = [c for c in data["citation"] if c is not cited]
    assert others and all("creativeWorkStatus" not in c for c in others)


def json_ld(page) -> dict:  # noqa: ANN001 - BeautifulSoup
    [script] = page.select('script[type="application/ld+json"]')
    return json.loads(script.string)


def test_a_recorded_crossref_answer_fills_the_cache_the_build_reads(
    site_copy,
    server,  # noqa: F811
    tmp_path,
    capsys,
):
    root = site_copy()
    base, requests = server
    with (root / "references.bib").open("a", encoding="utf-8") as bib:
        bib.write(WAKEFIELD)
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f'\nhealthkb_crossref_url = "{base}"\n')
    line = cite(root, "wakefield1998ileal")
    # before anyone asked Crossref, nothing is known: no data, no verdict
    assert run_check(root).status == 0
    status = main(["--root", str(root), "sources", "check", "--online"])
    online = capsys.readouterr().out
    assert status == 1
    [said] = located(online, line, "retracted-source")
    assert said.startswith(
        f"the source 'wakefield1998ileal' was retracted (notice doi:{WAKEFIELD_NOTICE}"
        "), according to Crossref"
    )
    asked = len(requests)
    # one question per cited DOI (the test site's others are unknown to the server)
    assert len(set(requests)) == asked == 3
    assert "/works/10.1016%2FS0140-6736%2897%2911096-0" in requests
    check, build = run_check(root), run_build(root, tmp_path / "html")
    assert located(check.text, line, "retracted-source") == [said]
    assert located(build.text, line, "retracted-source") == [said]
    acknowledge(root, "wakefield1998ileal")
    build = run_build(root, tmp_path / "html")
    assert build.status == 0, build.text
    assert len(requests) == asked  # the builds read the cache, never the server
    page = soup(tmp_path / "html/articles/lungs/breathing-exercises.html")
    [label] = page.select(".hk-notice")
    # the 2004 correction is moot once the paper is retracted: one label
    assert label.get_text(" ", strip=True) == (
        f"Retracted (notice: doi:{WAKEFIELD_NOTICE} )."
    )
    [cited] = [c for c in json_ld(page)["citation"] if "creativeWorkStatus" in c]
    assert cited["name"].startswith("Ileal-lymphoid-nodular hyperplasia")


def test_acknowledgements_the_data_does_not_bear_out_are_located_warnings(
    site_copy, tmp_path
):
    root = site_copy()
    zhang_site(root, rows="none")  # Retraction Watch lists no notice for it
    first = acknowledge(
        root, "zhang2021construction", smith2020heart="the article discusses it"
    )
    second = first + 1
    check = run_check(root)
    build = run_build(root, tmp_path / "html")
    assert check.status != 0 and build.status != 0  # warnings fail both, as -W does
    rule = "retraction-acknowledgement"
    [not_retracted] = located(check.text, first, rule)
    assert "has no retraction or withdrawal for it" in not_retracted
    [not_cited] = located(check.text, second, rule)
    assert "'smith2020heart', which this article does not cite" in not_cited
    assert located(build.text, first, rule) == [not_retracted]
    assert located(build.text, second, rule) == [not_cited]


def test_an_acknowledgement_needs_a_reason(site_copy):
    root = site_copy()
    line = zhang_site(root)
    ack = acknowledge(root, "zhang2021construction", "''")
    check = run_check(root)
    assert check.status == 1
    [why] = located(check.text, ack, "field-type")
    assert "give the reason the article still cites" in why
    # without a reason it does not count: the citation is still an error
    assert located(check.text, line + 2, "retracted-source")


def test_new_retraction_data_re_renders_incrementally_and_in_parallel(
    site_copy, tmp_path
):
    root = site_copy()
    line = zhang_site(root, rows="none")
    out = tmp_path / "html"
    assert run_build(root, out).status == 0
    article = out / "articles/lungs/breathing-exercises.html"
    assert not soup(article).select(".hk-notice")
    write_rw(root, "all")  # the data file now has the retraction
    build = run_build(root, out, fresh=False)
    assert located(build.text, line, "retracted-source"), build.text
    ack = acknowledge(root, "zhang2021construction")
    build = run_build(root, out, fresh=False)
    assert build.status == 0, build.text
    assert soup(article).select(".hk-notice")
    assert soup(out / "sources.html").select("#source-zhang2021construction .hk-notice")
    # the same output as a fresh serial build and a fresh parallel one
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert run_build(root, serial).status == 0
    built = run_build(root, parallel, jobs="2")
    assert built.status == 0, built.text
    for name in ("articles/lungs/breathing-exercises.html", "sources.html"):
        text = (serial / name).read_text(encoding="utf-8")
        assert (out / name).read_text(encoding="utf-8") == text
        assert (parallel / name).read_text(encoding="utf-8") == text
    write_rw(root, "none")  # and back: the label goes, the acknowledgement is stale
    build = run_build(root, out, fresh=False)
    assert not soup(article).select(".hk-notice")
    assert located(build.text, ack, "retraction-acknowledgement")


def test_a_retraction_field_that_is_no_doi_is_an_error_at_its_line(site_copy):
    root = site_copy()
    bib = root / "references.bib"
    text = bib.read_text(encoding="utf-8")
    entry = ZHANG.replace("doi     =", "retraction = {see the journal},\n  doi     =")
    bib.write_text(text + entry, encoding="utf-8")
    cite(root, "zhang2021construction")
    line = (text + entry).splitlines().index("  retraction = {see the journal},") + 1
    check = run_check(root)
    assert check.status == 1
    assert (
        f"references.bib:{line}: error: the retraction of 'zhang2021construction' is "
        "'see the journal': write the DOI of the retraction notice"
    ) in check.text


def test_the_entrys_own_retraction_field_is_enough_for_every_build(site_copy):
    # no Retraction Watch file, no cache: what a fresh clone of the site has
    root = site_copy()
    entry = ZHANG.replace("doi     =", f"retraction = {{{ZHANG_NOTICE}}},\n  doi     =")
    with (root / "references.bib").open("a", encoding="utf-8") as bib:
        bib.write(entry)
    line = cite(root, "zhang2021construction")
    [said] = located(run_check(root).text, line, "retracted-source")
    assert said.startswith(
        f"the source 'zhang2021construction' was retracted (notice doi:{ZHANG_NOTICE})"
        ", according to its entry in references.bib:"
    )
