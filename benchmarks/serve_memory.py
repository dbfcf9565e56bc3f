"""Memory of the warm preview over many saves: resident size every 25 saves.

python benchmarks/serve_memory.py --articles 100 --saves 200 [--no-collect]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import write_site  # noqa: E402

from healthkb.preview import warm_build  # noqa: E402
from healthkb.preview.warm_build import WarmBuild  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument(
        "--no-collect",
        action="store_true",
        help="never collect the frozen heap (how the preview leaked before)",
    )
    args = parser.parse_args(argv)
    if args.no_collect:
        warm_build.COLLECT_EVERY = 10**9
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        write_site(site, args.articles)
        article = sorted(
            p for p in (site / "articles").rglob("*.md") if p.name != "index.md"
        )[0]
        original = article.read_text(encoding="utf-8")
        warm = WarmBuild(
            site, site / "_build/html", site / "_build/.doctrees", quiet=True
        )
        warm.rebuild()
        sys.stdout.write(f"after the first build: {rss_mb():.1f} MB\n")
        rel = [article.relative_to(site).as_posix()]
        for i in range(1, args.saves + 1):
            article.write_text(original + f"\nSave number {i}.\n", encoding="utf-8")
            warm.rebuild(changed=rel)  # as the server: the saved file is known,
            warm.flush()  # and the rest of the build follows
            if i % 25 == 0:
                sys.stdout.write(f"after {i:3} saves: {rss_mb():.1f} MB\n")
                sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
