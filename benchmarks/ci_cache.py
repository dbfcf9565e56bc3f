"""The doctree cache in CI, measured: a cold build, then an unchanged site and a
one-article change, each from a fresh checkout (every file time 'now') with the
cached ``_build/.doctrees`` restored by ``healthkb.sphinxext.incremental.ci_cache``, as both workflows do.
The HTML output is not cached (CI does not), so every run writes the whole site.

    python benchmarks/ci_cache.py [ARTICLES]     # default 1,000; once, slow

Prints seconds, documents read and whether the output equals a cold build's.
"""

from __future__ import annotations

import re
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write_site  # noqa: E402
from run import WORK, sphinx, tree_digest  # noqa: E402

from healthkb.sphinxext.incremental import ci_cache  # noqa: E402

_UPDATING = re.compile(
    r"updating environment: (?:\[[^\]]*\] )?(\d+) added, (\d+) changed"
)


def checkout(source: Path, workspace: Path) -> None:
    shutil.rmtree(workspace, ignore_errors=True)
    shutil.copytree(source, workspace, copy_function=shutil.copyfile)


def ci_run(source: Path, workspace: Path, out: Path, *, cached: bool) -> tuple:
    checkout(source, workspace)
    doctrees = out.with_name(out.name + ".doctrees")
    start = time.perf_counter()
    if cached:
        ci_cache.restore(workspace, doctrees)
    restore_s = time.perf_counter() - start
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    build = sphinx(workspace, out, "auto", fresh=not cached)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the build and its workers: steadier than wall time on a
    # machine others share
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    log = out.with_name(out.name + ".log").read_text(encoding="utf-8")
    added, changed = _UPDATING.search(log).groups()
    start = time.perf_counter()
    ci_cache.save(workspace, doctrees)
    save_s = time.perf_counter() - start
    return (build, int(added) + int(changed), cpu), restore_s, save_s


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    base = WORK / f"ci{size}"
    source, workspace, out = base / "repo", base / "workspace", base / "html"
    write_site(source, size, words=1200)
    rows = []
    cold, _, save_s = ci_run(source, workspace, out, cached=False)
    cold_digest = tree_digest(out)
    rows.append(("cold (no cache)", cold, 0.0, save_s, "-"))
    warm, restore_s, save_s = ci_run(source, workspace, out, cached=True)
    same = tree_digest(out) == cold_digest
    rows.append(("unchanged site, cache restored", warm, restore_s, save_s, same))
    article = next(iter(sorted((source / "articles").rglob("*.md"))[1:2]))
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace(". ", ", which matters. ", 1), encoding="utf-8")
    one, restore_s, save_s = ci_run(source, workspace, out, cached=True)
    one_digest = tree_digest(out)
    cold2, _, _ = ci_run(source, workspace, base / "html-cold", cached=False)
    same = tree_digest(base / "html-cold") == one_digest
    rows.append(("one article changed, cache restored", one, restore_s, save_s, same))
    rows.append(("same change, cold (for comparison)", cold2, 0.0, 0.0, "-"))
    write = sys.stdout.write
    write(
        f"| CI run ({size} articles, -j auto) | build s (wall) | CPU s | documents read "
        "| HTML written | restore s | save s | output = cold build |\n"
    )
    write("|---|---|---|---|---|---|---|---|\n")
    for name, (b, read, cpu), r, s, same in rows:
        write(
            f"| {name} | {b.seconds:.1f} | {cpu:.1f} | {read} | {b.written} | {r:.2f} "
            f"| {s:.2f} | {same} |\n"
        )


if __name__ == "__main__":
    main()
