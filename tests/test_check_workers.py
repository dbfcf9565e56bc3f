"""``healthkb check`` gives the same verdicts with its articles shared out between
forked workers as in one process (healthkb.rules.check_workers).

Run in a child process: the test runner's own threads keep the check serial (a fork
beside other threads is unsafe), and the child must really fork to be compared.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers.broken_lines import BROKEN
from helpers.site import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from generate import write_site  # noqa: E402

CHILD = """
import json, sys
from pathlib import Path
import healthkb.rules.check_workers as workers
from healthkb.rules.site_check import check_site
from healthkb.model.site import Site

workers.PARALLEL_FROM = int(sys.argv[2])
site = Site.load(Path(sys.argv[1]))
forks = []
real = workers.multiprocessing.get_context
workers.multiprocessing.get_context = lambda m: forks.append(m) or real(m)
reports, problems = check_site(site)
print(json.dumps({
    "forked": bool(forks),
    "problems": [[p.path, p.line, p.rule, p.message] for p in problems],
    "grades": [[r.path, r.reading_grade, r.title] for r in reports],
}))
"""


def check(site: Path, parallel_from: int) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(site), str(parallel_from)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return json.loads(result.stdout)


def test_forked_workers_give_the_same_verdicts(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write_site(site, 24, seed=5, words=80)
    files = sorted(p for p in (site / "articles").rglob("*.md") if p.name != "index.md")
    for line, file in zip(BROKEN, files[::4], strict=False):
        file.write_text(
            file.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8"
        )
    serial, forked = check(site, 10**6), check(site, 2)
    assert not serial["forked"]
    assert forked["forked"]
    assert len(serial["problems"]) >= len(BROKEN)  # the injected problems are found
    assert forked == {**serial, "forked": True}


KEPT_CHILD = """
import json, sys
from pathlib import Path
import healthkb.rules.check_workers as workers
from healthkb.rules.check_cache import CheckCache
from healthkb.rules.site_check import check_site
from healthkb.model.site import Site

workers.KEPT_PARALLEL_FROM = int(sys.argv[2])
site = Site.load(Path(sys.argv[1]))
forks = []
real = workers.multiprocessing.get_context
workers.multiprocessing.get_context = lambda m: forks.append(m) or real(m)
cache = CheckCache(site)
reports, problems = check_site(site, cache=cache)
print(json.dumps({
    "forked": bool(forks),
    "hits": cache.hits,
    "problems": [[p.path, p.line, p.rule, p.message] for p in problems],
    "grades": [[r.path, r.reading_grade, r.title] for r in reports],
}))
"""


def warm_check(site: Path, parallel_from: int) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", KEPT_CHILD, str(site), str(parallel_from)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    return json.loads(result.stdout)


def test_kept_summaries_judged_in_forked_workers_give_the_same_verdicts(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    write_site(site, 24, seed=7, words=80)
    files = sorted(p for p in (site / "articles").rglob("*.md") if p.name != "index.md")
    for line, file in zip(BROKEN, files[::4], strict=False):
        file.write_text(
            file.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8"
        )
    cold = warm_check(site, 10**6)  # fills the cache
    serial, forked = warm_check(site, 10**6), warm_check(site, 2)
    # every article and site page was kept by the first check
    assert cold["hits"] == 0 and serial["hits"] == forked["hits"] >= len(files)
    assert not serial["forked"] and forked["forked"]
    assert len(serial["problems"]) >= len(BROKEN)
    assert forked == {**serial, "forked": True}
    assert {**cold, "hits": serial["hits"]} == serial
    # the forked check kept every entry it judged: another check still hits them all
    assert warm_check(site, 10**6)["hits"] == serial["hits"]
