"""Every bibliography rule: a broken references.bib (or article) gives its message with
file and line from ``healthkb check`` (exit 1) and from the Sphinx build
(``[healthkb.<rule>]``), and the build still writes the good articles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.site import FORK, soup, warnings_of
from hypothesis import given, settings
from hypothesis import strategies as st
from sphinx.util.console import strip_colors

from healthkb.bib import read
from healthkb.bib.read import parse_bibliography_text
from healthkb.cli import main
from healthkb.sphinxext.incremental.domain import get_domain

LUNGS = "articles/lungs/breathing-exercises.md"


WARNING_RULES = ("bibliography-unused", "bibliography-tidy")


@dataclass(frozen=True)
class Case:
    id: str
    entry: str
    #: line of the problem, counted from the entry's first line (0: the @ line)
    offset: int
    message: str
    rule: str = "bibliography"


CASES = [
    Case(
        "no-title",
        """@article{notitle2020,
  author  = {Test, Anna},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  doi     = {10.1000/jtc.2020.002}
}""",
        0,
        "the source 'notitle2020' has no title",
    ),
    Case(
        "no-year",
        """@article{noyear,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  doi     = {10.1000/jtc.2020.003}
}""",
        0,
        "the source 'noyear' has no year",
    ),
    Case(
        "bad-year",
        """@article{badyear2020,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {20},
  doi     = {10.1000/jtc.2020.004}
}""",
        4,
        "the year of 'badyear2020' is '20'",
    ),
    Case(
        "no-authors",
        """@article{noauthor2020,
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  doi     = {10.1000/jtc.2020.005}
}""",
        0,
        "the source 'noauthor2020' has no authors",
    ),
    Case(
        "no-journal",
        """@article{nojournal2020,
  author  = {Test, Anna},
  title   = {A test study},
  year    = {2020},
  doi     = {10.1000/jtc.2020.006}
}""",
        0,
        "the source 'nojournal2020' does not say where it was published: add its "
        "journal",
    ),
    Case(
        "no-publisher",
        # a person's page (an organisation that wrote a page is its publisher)
        """@misc{nopublisher2020,
  author  = {Test, Anna},
  title   = {Walking advice},
  year    = {2020},
  url     = {https://example.org/walking}
}""",
        0,
        "the source 'nopublisher2020' does not say where it was published",
    ),
    Case(
        "no-identifier",
        """@article{noid2020,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2020}
}""",
        0,
        "the journal article 'noid2020' has no DOI, PMID or URL",
    ),
    Case(
        "empty-identifier-unknown",
        """@article{noreason2020,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  identifier-unknown = {}
}""",
        5,
        "say why no DOI, PMID or URL is known for 'noreason2020'",
    ),
    Case(
        "identifier-unknown-with-doi",
        """@article{both2020,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  doi     = {10.1000/jtc.2020.007},
  identifier-unknown = {No DOI known}
}""",
        6,
        "'both2020' has a DOI, PMID or URL, so remove its identifier-unknown field",
    ),
    Case(
        "doi-as-link",
        """@article{doilink2020,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  doi     = {https://doi.org/10.1000/jtc.2020.008}
}""",
        5,
        "the DOI of 'doilink2020' is written as "
        "'https://doi.org/10.1000/jtc.2020.008': it is read as "
        "10.1000/jtc.2020.008; write just that",
        "bibliography-tidy",
    ),
    Case(
        "doi-syntax",
        """@article{doisyntax2020,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  doi     = {10.10/x}
}""",
        5,
        "the DOI of 'doisyntax2020' is not a valid DOI ('10.10/x'): a DOI looks like",
    ),
    Case(
        "pmid-syntax",
        """@article{pmid2020,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  pmid    = {PMID: 123}
}""",
        5,
        "the PMID of 'pmid2020' must be the PubMed number only",
    ),
    Case(
        "http-url",
        """@misc{http2020,
  author    = {{Test Health Service}},
  title     = {Walking advice},
  publisher = {Test Health Service},
  year      = {2020},
  url       = {http://example.org/walking}
}""",
        5,
        "the URL of 'http2020' starts with http:// ('http://example.org/walking'): "
        "use the https:// address",
    ),
    Case(
        "javascript-url",
        """@misc{jsurl2020,
  author    = {{Test Health Service}},
  title     = {Walking advice},
  publisher = {Test Health Service},
  year      = {2020},
  url       = {javascript:alert(1)}
}""",
        5,
        "the URL of 'jsurl2020' is not a web address",
    ),
    Case(
        "duplicate-key",
        """@article{smith2020heart,
  author  = {Test, Anna},
  title   = {Another study with the same key},
  journal = {Journal of Test Cardiology},
  year    = {2021},
  doi     = {10.1000/jtc.2021.009}
}""",
        0,
        "the key 'smith2020heart' is used by two entries, first on line 1",
    ),
    Case(
        "duplicate-key-case",
        """@article{Smith2020Heart,
  author  = {Test, Anna},
  title   = {Another study with the same key},
  journal = {Journal of Test Cardiology},
  year    = {2021},
  doi     = {10.1000/jtc.2021.010}
}""",
        0,
        "the key 'Smith2020Heart' is used by two entries (as 'smith2020heart': keys "
        "ignore case), first on line 1",
    ),
    Case(
        "unbalanced-braces",
        """@article{broken2020,
  author  = {Test, Anna},
  title   = {A {broken title,
  journal = {Journal of Test Cardiology},
  year    = {2020},
  doi     = {10.1000/jtc.2020.011}
}""",
        0,
        "the entry 'broken2020' cannot be read (premature end of file): check that "
        "every '{' has its '}'",
    ),
    Case(
        "missing-comma",
        """@article{nocomma2020,
  author  = {Test, Anna}
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  doi     = {10.1000/jtc.2020.012}
}""",
        0,
        "the entry 'nocomma2020' cannot be read",
    ),
    Case(
        "unused",
        """@article{unused2020,
  author  = {Test, Anna},
  title   = {A study nobody cites},
  journal = {Journal of Test Cardiology},
  year    = {2020},
  doi     = {10.1000/jtc.2020.013}
}""",
        0,
        "no article cites the source 'unused2020': cite it, or remove it from "
        "references.bib",
        "bibliography-unused",
    ),
]


def _key(entry: str) -> str:
    match = re.match(r"@\w+\{([^,]+),", entry)
    assert match
    return match.group(1)


def add_entry(root: Path, case: Case, *, cite: bool = True) -> int:
    """Append the case's entry to references.bib (cited by the lungs article, unless
    the case is about unused sources); return the line of the problem."""
    bib = root / "references.bib"
    text = bib.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    start = text.count("\n") + 1
    bib.write_text(text + case.entry + "\n", encoding="utf-8")
    if cite and case.rule != "bibliography-unused" and not case.id.startswith("dup"):
        article = root / LUNGS
        article.write_text(
            article.read_text(encoding="utf-8")
            + f"\nAnother study looked at this {{footcite:p}}`{_key(case.entry)}`.\n",
            encoding="utf-8",
        )
    return start + case.offset


def check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["--root", str(root), "check"])
    return status, capsys.readouterr().out


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_check_reports_rule_with_file_and_line(case, site_copy, capsys):
    root = site_copy()
    line = add_entry(root, case)
    status, out = check(root, capsys)
    level = "warning" if case.rule in WARNING_RULES else "error"
    expected = f"references.bib:{line}: {level}: {case.message}"
    assert expected in out
    assert f"[healthkb.{case.rule}]" in out.split(expected, 1)[1].splitlines()[0]
    assert status == 1  # check fails on warnings too, as the strict build does


def test_clean_site_checks_clean(site_copy, capsys):
    assert check(site_copy(), capsys) == (0, "")


def test_identifier_unknown_with_reason_is_accepted():
    bib = parse_bibliography_text(
        """@article{honest2018,
  author  = {Test, Anna},
  title   = {A test study},
  journal = {Journal of Test Cardiology},
  year    = {2018},
  identifier-unknown = {The DOI is not known; find it by volume and page}
}
""",
        "references.bib",
    )
    assert bib.problems == []


def test_unknown_citation_key_in_article(site_copy, capsys):
    root = site_copy()
    article = root / LUNGS
    lines = article.read_text(encoding="utf-8").splitlines()
    lines.append("")
    lines.append("A mistyped key {footcite:p}`smith2020hart`.")
    article.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out = check(root, capsys)
    assert status == 1
    assert (
        f"{LUNGS}:{len(lines)}: error: the citation key 'smith2020hart' is not in "
        "references.bib: did you mean 'smith2020heart'? [healthkb.citation]"
    ) in out


def test_citing_a_broken_entry_points_at_it(site_copy, capsys):
    root = site_copy()
    case = next(c for c in CASES if c.id == "unbalanced-braces")
    line = add_entry(root, case)
    status, out = check(root, capsys)
    assert status == 1
    assert (
        f"the entry for 'broken2020' in references.bib (line {line}) cannot be read: "
        "fix that entry first [healthkb.citation]"
    ) in out


def test_build_reports_every_rule_once_and_keeps_the_good_articles(site_copy, make_app):
    """One build with every broken entry: each message at its references.bib line,
    once; the build does not crash and the good articles keep their references."""
    root = site_copy()
    expected = []
    for case in CASES:
        line = add_entry(root, case)
        level = "WARNING" if case.rule in WARNING_RULES else "ERROR"
        expected.append((case, line, level))
    app = make_app("html", srcdir=root, freshenv=True)
    app.build(force_all=True)
    warnings = warnings_of(app)
    for case, line, level in expected:
        pattern = (
            rf"references\.bib:{line}: {level}: {re.escape(case.message)}.*"
            rf"\[healthkb\.{re.escape(case.rule)}\]"
        )
        assert len(re.findall(pattern, warnings)) == 1, (case.id, warnings)
    heart = soup(app.outdir / "articles/heart/walking-and-heart-health.html")
    references = heart.select("aside.footnote p")
    assert [p.get_text() for p in references] == [
        "Smith JA, Brown L. Walking and heart health in older adults. Journal of Test "
        "Cardiology. 2020;12(3):100-10. doi:10.1000/jtc.2020.001"
    ]
    assert (app.outdir / "articles/lungs/breathing-exercises.html").is_file()
    # sphinxcontrib-bibtex prints the site's own parse: the refused entries are not
    # in it, and no copy of the file is written anywhere
    (site_bib,) = get_domain(app.env).site.bibliographies
    printed = app.env.get_domain("cite").bibdata.data.entries
    assert dict(printed) == site_bib.entries
    assert all(printed[key] is entry for key, entry in site_bib.entries.items())
    assert "broken2020" in site_bib.broken and "broken2020" not in printed
    assert "smith2020heart" in printed
    assert sorted(p.name for p in root.rglob("*.bib")) == ["references.bib"]
    assert not list(Path(app.doctreedir).rglob("*.bib"))
    assert not list(Path(app.outdir).glob("**/*.bib"))


def test_unused_source_fails_a_strict_build(site_copy, make_app):
    root = site_copy()
    line = add_entry(root, next(c for c in CASES if c.rule == "bibliography-unused"))
    app = make_app("html", srcdir=root, freshenv=True, warningiserror=True)
    app.build(force_all=True)
    assert re.search(
        rf"references\.bib:{line}: WARNING: no article cites the source 'unused2020'",
        warnings_of(app),
    )
    assert app.statuscode == 1


def test_unknown_citation_key_build_warning(site_copy, make_app):
    root = site_copy()
    article = root / LUNGS
    text = (
        article.read_text(encoding="utf-8")
        + "\nA mistyped key {footcite:p}`lee2021lung`.\n"
    )
    article.write_text(text, encoding="utf-8")
    line = text.count("\n")
    app = make_app("html", srcdir=root, freshenv=True)
    app.build(force_all=True)
    assert re.search(
        rf"breathing-exercises\.md:{line}: ERROR: the citation key 'lee2021lung' is "
        r"not in references\.bib: did you mean 'lee2021lungs'\? \[healthkb\.citation\]",
        warnings_of(app),
    )


@pytest.mark.child_process
def test_parallel_build_reports_a_bib_problem_once(site_copy, make_app):
    root = site_copy()
    case = next(c for c in CASES if c.id == "unbalanced-braces")
    line = add_entry(root, case, cite=False)
    message = rf"references\.bib:{line}: ERROR: the entry 'broken2020' cannot be read"
    app = make_app("html", srcdir=root, freshenv=True, parallel=2, confoverrides=FORK)
    app.build(force_all=True)
    assert len(re.findall(message, warnings_of(app))) == 1
    # an incremental build that reads nothing reports it again, once
    again = make_app("html", srcdir=root, parallel=2, confoverrides=FORK)
    again.build()
    assert "0 added, 0 changed, 0 removed" in strip_colors(again.status.getvalue())
    assert len(re.findall(message, warnings_of(again))) == 1


SHIPPED_BIB = (Path(__file__).parent.parent / "references.bib").read_text(
    encoding="utf-8"
)


@settings(max_examples=60, deadline=None)
@given(
    edits=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(SHIPPED_BIB)),
            st.sampled_from(["{", "}", ",", "@", '"', "=", "\n@article{", ""]),
            st.integers(min_value=0, max_value=3),
        ),
        max_size=4,
    )
)
def test_bibtex_gets_every_entry_read_and_no_other(edits):
    """Whatever an editor breaks, the entries given to sphinxcontrib-bibtex are the
    ones the site's rules read (the same objects), and every entry left out is
    reported with a line of the file."""
    text = SHIPPED_BIB
    for at, insert, delete in edits:
        text = text[:at] + insert + text[at + delete :]
    bib = parse_bibliography_text(text, "references.bib")
    assert list(bib.data.entries) == list(bib.entries)
    assert all(bib.data.entries[key] is entry for key, entry in bib.entries.items())
    assert not {k.casefold() for k in bib.broken} & {
        k.casefold() for k in bib.data.entries
    }
    lines = text.count("\n") + 1
    assert all(1 <= p.line <= lines for p in bib.problems)
    for key in bib.broken:
        assert any(f"'{key}'" in p.message for p in bib.problems)


def _doubling_bomb(levels: int) -> list[str]:
    """@string a1 = a0 # a0, a2 = a1 # a1, …: 16 × 2**levels characters at the end."""
    lines = ['@string{a0 = "abcdefghijklmnop"}']
    lines += [f"@string{{a{i} = a{i - 1} # a{i - 1}}}" for i in range(1, levels + 1)]
    return lines


def test_a_doubling_string_bomb_is_refused_at_its_line_and_the_rest_is_read():
    lines = _doubling_bomb(40)  # 16 TB once filled in
    first_too_long = next(i for i in range(41) if 16 * 2**i > read.MAX_STRING_CHARS)
    good = (
        "@article{fine2020, author={Test, Anna}, title={Fine}, journal={J Test}, "
        "year={2020}, doi={10.1000/jtc.2020.001}}"
    )
    joined = " # ".join([f"a{first_too_long - 1}"] * 2_000)
    lines += [
        "@article{bomb2020, author={Test, Anna}, title=a40, journal={J}, "
        "year={2020}, doi={10.1000/jtc.2020.002}}",
        good,
        f"@article{{joins2020, author={{Test, Anna}}, title={joined}, journal={{J}}, "
        "year={2020}, doi={10.1000/jtc.2020.003}}",
    ]
    bib = parse_bibliography_text("\n".join(lines), "references.bib")
    by_line: dict[int, str] = {}
    for found in bib.problems:
        by_line[found.line] = by_line.get(found.line, "") + found.message + "\n"
    # the first abbreviation over the limit is named at its own line
    assert (
        f"the @string 'a{first_too_long}' is longer than" in by_line[first_too_long + 1]
    )
    # the next one, built on it, is empty (BibTeX reads an undefined name so), and
    # so are those built on that; the entry that used the last has no title
    after = first_too_long + 1
    assert (
        f"the @string 'a{after}' uses a{first_too_long}, which no @string above it"
        in by_line[after + 1]
    )
    assert "the source 'bomb2020' has no title" in by_line[42]
    assert "joins @string abbreviations with '#'" in by_line[44]
    assert "joins2020" in bib.broken
    assert "fine2020" in bib.entries and "joins2020" not in bib.entries
    # what sphinxcontrib-bibtex prints is that parse: no abbreviation over the limit
    assert list(bib.data.entries) == list(bib.entries)
    assert all(
        len(value) <= read.MAX_STRING_CHARS
        for entry in bib.data.entries.values()
        for value in entry.fields.values()
    )
