"""``healthkb source check``: cited sources with a retraction or correction, from a
Retraction Watch-format file (a real row) and a recorded Crossref answer (the test
DOI 10.5555/12345678, which Crossref records as retracted and corrected)."""

from __future__ import annotations

from pathlib import Path

from helpers.metadata_server import add, server  # noqa: F401 (server: a fixture)

from healthkb.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
LUNGS = "articles/lungs/breathing-exercises.md"
#: the retracted paper, as the Retraction Watch row describes it
ZHANG = """
@article{zhang2021construction,
  author  = {Zhang, Haiyan},
  title   = {Construction of Mental Health Education Model Based on Computer
             Multimedia Group Psychological Measurement},
  journal = {Advances in Multimedia},
  year    = {2021},
  doi     = {10.1155/2021/6907871}
}
"""


def cite(root: Path, key: str) -> int:
    """Cite *key* at the end of the lungs article; return the citation's line."""
    article = root / LUNGS
    text = article.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    article.write_text(text + f"A study said so {{footcite:p}}`{key}`.\n", "utf-8")
    return text.count("\n") + 1


def check(root: Path, capsys, *extra: str) -> tuple[int, str]:
    status = main(["--root", str(root), "sources", "check", *extra])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_retraction_watch_file_fails_the_check_at_the_citation(site_copy, capsys):
    root = site_copy()
    with (root / "references.bib").open("a", encoding="utf-8") as bib:
        bib.write(ZHANG)
    line = cite(root, "zhang2021construction")
    (root / "rw.csv").write_bytes(
        (FIXTURES / "retraction_watch_sample.csv").read_bytes()
    )
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nhealthkb_retraction_watch = "rw.csv"\n')
    status, out = check(root, capsys)
    assert status == 1
    assert (
        f"{LUNGS}:{line}: error: the source 'zhang2021construction' was retracted "
        "(notice doi:10.1155/2023/9804945), according to Retraction Watch"
    ) in out
    assert "[healthkb.retracted-source]" in out


def test_sources_without_notices_pass(site_copy, capsys):
    root = site_copy()
    (root / "rw.csv").write_bytes(
        (FIXTURES / "retraction_watch_sample.csv").read_bytes()
    )
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nhealthkb_retraction_watch = "rw.csv"\n')
    status, out = check(root, capsys)
    assert status == 0 and out.endswith("0 errors, 0 warnings\n")


def test_crossref_answer_marks_retraction_and_correction(site_copy, server, capsys):  # noqa: F811
    root = site_copy()
    base, requests = server
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f'\nhealthkb_crossref_url = "{base}"\n')
    status, out = add(root, capsys, "10.5555/12345678")
    line = cite(root, "carberry2008toward")
    status, out = check(root, capsys, "--online")
    assert status == 1
    # source add wrote the notice into the entry; Crossref's answer says the same
    assert (
        f"{LUNGS}:{line}: error: the source 'carberry2008toward' was retracted "
        "(notice doi:10.5555/24242424x), according to its entry in references.bib "
        "and Crossref"
    ) in out
    # a retraction makes the earlier correction moot: one verdict, not two
    assert "has a correction" not in out


def test_no_data_is_told_plainly(site_copy, capsys):
    status, out = check(site_copy(), capsys)
    assert status == 2 and "set healthkb_retraction_watch in conf.py" in out
