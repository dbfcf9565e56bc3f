"""Build synthetic sites at several sizes and print one table of figures.

    make bench                    # 100 and 1,000 articles, 3 runs each
    BENCH_LARGE=1 make bench      # also 10,000
    BENCH_SIZES=100 BENCH_RUNS=1 make bench   # quick look

Every build runs ``python -m sphinx`` in a child process with SOURCE_DATE_EPOCH
fixed; times are medians of BENCH_RUNS runs, memory is the child's peak RSS (its
largest process, from ``os.wait4``). Output goes to benchmarks/_work/.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import bib_entry, write_site  # noqa: E402
from search_transfer import pagefind_query_bytes  # noqa: E402

from healthkb.sphinxext.pagefind import command as pagefind_command  # noqa: E402

WORK = Path(__file__).resolve().parent / "_work"
QUERY = "sleep therapy"  # common words: the index chunks hold most pages
EPOCH = "1764115200"  # 2025-11-26, fixed so outputs can be compared byte for byte


@dataclass
class Build:
    seconds: float
    peak_mb: float
    read: int
    written: int
    warnings: int


@dataclass
class Figures:
    size: int
    rows: dict[str, str] = field(default_factory=dict)


def sphinx(src: Path, out: Path, jobs: str, *, fresh: bool) -> Build:
    doctrees = out.with_name(out.name + ".doctrees")
    if fresh:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(doctrees, ignore_errors=True)
    before = _mtimes(out)
    log = out.with_name(out.name + ".log")
    cmd = [
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        "html",
        "-j",
        jobs,
        "-d",
        str(doctrees),
    ]
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    start = time.perf_counter()
    with log.open("w") as stream:
        proc = subprocess.Popen(
            [*cmd, str(src), str(out)], stdout=stream, stderr=stream, env=env
        )
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text()
    if proc.returncode != 0:
        sys.exit(f"build of {src} failed (exit {proc.returncode}); see {log}")
    after = _mtimes(out)
    written = sum(1 for p, m in after.items() if before.get(p) != m)
    return Build(
        seconds=seconds,
        peak_mb=usage.ru_maxrss / 1024,
        read=len(re.findall(r"^reading sources\.\.\. \[", text, re.MULTILINE)),
        written=written,
        warnings=len(re.findall(r"WARNING", text)),
    )


def _mtimes(out: Path) -> dict[str, int]:
    if not out.is_dir():
        return {}
    return {str(p): p.stat().st_mtime_ns for p in out.rglob("*.html")}


def tree_digest(out: Path) -> str:
    """Digest of the published files. ``.buildinfo`` is left out: its config hash
    includes the path of the checked .bib copy under each build's doctree folder."""
    digest = hashlib.sha256()
    files = (p for p in out.rglob("*") if p.is_file() and p.name != ".buildinfo")
    for path in sorted(files):
        digest.update(str(path.relative_to(out)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def mean_article_bytes(out: Path) -> float:
    pages = [p for p in (out / "articles").rglob("*.html") if p.name != "index.html"]
    return statistics.mean(p.stat().st_size for p in pages)


def median(values: list[float]) -> float:
    return statistics.median(values)


def measure(size: int, runs: int, words: int, bare_too: bool = True) -> Figures:
    base = WORK / f"n{size}"
    site, bare = base / "site", base / "bare"
    articles = write_site(site, size, words=words)
    write_site(bare, size, words=words, bare=True)
    f = Figures(size)
    say = f.rows.__setitem__

    j1, jauto, plain = [], [], []
    for _ in range(runs):  # interleaved, so load from other processes hits all alike
        j1.append(sphinx(site, base / "html-j1", "1", fresh=True))
        jauto.append(sphinx(site, base / "html-jauto", "auto", fresh=True))
        if bare_too:
            plain.append(sphinx(bare, base / "bare-j1", "1", fresh=True))
    t1, ta = (median([b.seconds for b in r]) for r in (j1, jauto))
    tb = median([b.seconds for b in plain]) if plain else None

    def vs(value: float, base: float | None, unit: str = "", digits: int = 1) -> str:
        text = f"{value:.{digits}f}{unit}"
        return (
            f"{text} ({value / base:.2f}x bare)" if base else f"{text} (bare not run)"
        )

    say("full build -j 1 (s)", vs(t1, tb))
    say("full build -j auto (s)", vs(ta, tb))
    say("bare site -j 1 (s)", f"{tb:.1f}" if tb else "not run")
    say("-j auto / -j 1 (medians)", f"{ta / t1:.2f}")
    say(
        "every run, -j 1 / -j auto (s)",  # no "|": the table is Markdown
        " ".join(f"{b.seconds:.0f}" for b in j1)
        + " / "
        + " ".join(f"{b.seconds:.0f}" for b in jauto),
    )
    say(
        "ms per article -j 1 (healthkb / bare)",
        f"{1000 * t1 / size:.1f} / " + (f"{1000 * tb / size:.1f}" if tb else "-"),
    )
    same = tree_digest(base / "html-j1") == tree_digest(base / "html-jauto")
    say("-j auto output identical to -j 1", "yes" if same else "NO")
    say("warnings in full build", str(j1[-1].warnings))
    mem = max(b.peak_mb for b in j1)
    bmem = max(b.peak_mb for b in plain) if plain else None
    say("peak memory -j 1 (MB)", vs(mem, bmem, digits=0))
    index = (base / "html-j1" / "searchindex.js").stat().st_size / 1024
    bindex = (
        (base / "bare-j1" / "searchindex.js").stat().st_size / 1024 if plain else None
    )
    say("Sphinx searchindex.js, loaded whole (KB)", vs(index, bindex, digits=0))
    page = mean_article_bytes(base / "html-j1") / 1024
    bpage = mean_article_bytes(base / "bare-j1") / 1024 if plain else None
    say("mean article page (KB)", vs(page, bpage))

    out = base / "html-j1"
    start = time.perf_counter()
    subprocess.run(pagefind_command(out), check=True, capture_output=True)
    say("Pagefind indexing after the build (s)", f"{time.perf_counter() - start:.1f}")
    load = pagefind_query_bytes(out, QUERY)
    say(
        f"search '{QUERY}': Pagefind transfer (KB)",
        f"{load.bytes / 1024:.0f} ({len(load.paths)} files)",
    )
    # the same two rebuilds of the bare site, for their ratios
    bare_noop, bare_body = [], []
    if plain:
        bare_out = base / "bare-j1"
        bare_noop = [sphinx(bare, bare_out, "1", fresh=False) for _ in range(runs)]
        bare_target = bare / f"{articles[size // 2].docname}.md"
        for run in range(runs):
            _append_sentence(bare_target, run)
            bare_body.append(sphinx(bare, bare_out, "1", fresh=False))
    noop = [sphinx(site, out, "1", fresh=False) for _ in range(runs)]
    say("no-change rebuild (s / read / written)", _incremental(noop, bare_noop))
    target = site / f"{articles[size // 2].docname}.md"
    body = []
    for run in range(runs):
        _append_sentence(target, run)
        body.append(sphinx(site, out, "1", fresh=False))
    tbody = median([b.seconds for b in body])
    say("one-article body edit (s / read / written)", _incremental(body, bare_body))
    say("body edit as % of full build", f"{100 * tbody / t1:.1f}%")
    keyword = []
    for run in range(runs):
        _rename_keyword(target, run)
        keyword.append(sphinx(site, out, "1", fresh=False))
    say("one-article keyword edit (s / read / written)", _incremental(keyword))
    added = []
    for run in range(runs):
        with (site / "references.bib").open("a") as bib:
            bib.write("\n" + bib_entry(10_000_000 + run))
        added.append(sphinx(site, out, "1", fresh=False))
    say("new uncited .bib entry (s / read / written)", _incremental(added))
    changed = []
    for run in range(runs):
        bibfile = site / "references.bib"
        key = articles[size // 3].sources[0]
        old = f"number {key + 1}" + ("" if run == 0 else f" (rev {run})") + "}"
        text = bibfile.read_text().replace(old, f"number {key + 1} (rev {run + 1})}}")
        bibfile.write_text(text)
        changed.append(sphinx(site, out, "1", fresh=False))
    say("one cited .bib entry changed (s / read / written)", _incremental(changed))
    return f


def _incremental(builds: list[Build], bare: list[Build] | None = None) -> str:
    seconds = median([b.seconds for b in builds])
    read, written = max(b.read for b in builds), max(b.written for b in builds)
    text = f"{seconds:.1f} / {read} / {written}"
    if bare:
        text += f" ({seconds / median([b.seconds for b in bare]):.2f}x bare)"
    return text


def _append_sentence(path: Path, run: int) -> None:
    text = path.read_text()
    marker = "\n## Part 1 of the note\n"
    path.write_text(
        text.replace(marker, f"\nAn edited sentence, version {run}.\n{marker}", 1)
    )


def _rename_keyword(path: Path, run: int) -> None:
    text = path.read_text()
    text = re.sub(
        r"^keywords: \[[^,\]]+",
        f"keywords: [Edited keyword {run}",
        text,
        count=1,
        flags=re.M,
    )
    path.write_text(text)


def table(results: list[Figures]) -> str:
    names = list(results[0].rows)
    head = ["measure", *(f"{r.size:,} articles" for r in results)]
    rows = [[name, *(r.rows.get(name, "-") for r in results)] for name in names]
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return (
            "| "
            + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))
            + " |"
        )

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), sep, *(line(r) for r in rows)])


def main() -> int:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "100,1000").split(",") if s]
    if os.environ.get("BENCH_LARGE") == "1" and 10_000 not in sizes:
        sizes.append(10_000)
    # one count for every size, or one per size: BENCH_RUNS=3,1
    counts = [max(1, int(r)) for r in os.environ.get("BENCH_RUNS", "3").split(",")]
    runs_for = {size: counts[min(i, len(counts) - 1)] for i, size in enumerate(sizes)}
    words = int(os.environ.get("BENCH_WORDS", "1200"))
    # the bare site's flat navigation is quadratic (21 min at 1,000 here): allow a cap
    bare_max = int(os.environ.get("BENCH_BARE_MAX", "1000000"))
    WORK.mkdir(parents=True, exist_ok=True)
    results = []
    for size in sizes:
        sys.stderr.write(f"measuring {size} articles, {runs_for[size]} run(s)...\n")
        results.append(measure(size, runs_for[size], words, size <= bare_max))
    sys.stdout.write(
        f"\nruns per figure: {', '.join(f'{n:,}: {r}' for n, r in runs_for.items())} "
        "(medians; read/written: most in any run), "
        f"~{words} words per article, {os.cpu_count()} CPUs, "
        f"Python {sys.version.split()[0]}\n\n{table(results)}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
