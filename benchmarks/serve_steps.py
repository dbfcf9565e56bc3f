"""The preview's two steps of a save, in-process (no HTTP, no watcher).

Builds a generated site once with ``WarmBuild``, then saves one article N times and
times ``rebuild`` (what the page on screen needs: the page is served after it) and
``flush`` (the rest of the build); prints medians of wall and CPU time.

    python benchmarks/serve_steps.py --articles 1000 [--saves 12] [--site DIR]

``--site`` reuses a generated site and its ``_build`` (``--articles`` is then ignored).
``--edit keywords``: each save also changes a secondary keyword (the keyword index
and the related lists change), instead of the body only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import write_site  # noqa: E402

from healthkb.preview.warm_build import WarmBuild  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--saves", type=int, default=12)
    parser.add_argument("--site", type=Path)
    parser.add_argument("--edit", choices=("body", "keywords"), default="body")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or Path(tmp) / "site"
        if args.site is None:
            write_site(site, args.articles)
        article = sorted(
            p for p in (site / "articles").rglob("*.md") if p.name != "index.md"
        )[0]
        changed = [article.relative_to(site).as_posix()]
        original = article.read_text(encoding="utf-8")
        if args.edit == "keywords" and "secondary-keywords: [" not in original:
            parser.error(f"{article} has no secondary keywords to change")
        warm = WarmBuild(
            site, site / "_build/html", site / "_build/.doctrees", quiet=True
        )
        start = time.perf_counter()
        warm.rebuild()
        sys.stdout.write(f"first build: {time.perf_counter() - start:.1f} s\n")
        page, page_cpu, rest, rest_cpu = [], [], [], []
        steps: dict[str, list[float]] = {}
        try:
            for i in range(args.saves):
                text = original + f"\nSave {i}.\n"
                if (
                    args.edit == "keywords"
                ):  # two keywords in turn: each save changes one
                    text = text.replace(
                        "secondary-keywords: [",
                        f"secondary-keywords: [Saved {i % 2}, ",
                        1,
                    )
                article.write_text(text, encoding="utf-8")
                wall, cpu = time.perf_counter(), time.process_time()
                warm.rebuild(changed=changed)
                page.append(time.perf_counter() - wall)
                page_cpu.append(time.process_time() - cpu)
                wall, cpu = time.perf_counter(), time.process_time()
                warm.flush()
                rest.append(time.perf_counter() - wall)
                rest_cpu.append(time.process_time() - cpu)
                for name, value in warm.timings.items():
                    if name.startswith("rest_") and name not in (
                        "rest_start",
                        "rest_end",
                    ):
                        steps.setdefault(name.removeprefix("rest_"), []).append(value)
        finally:
            article.write_text(original, encoding="utf-8")
        for name, values in (
            ("to the page (wall)", page),
            ("to the page (CPU)", page_cpu),
            ("the rest (wall)", rest),
            ("the rest (CPU)", rest_cpu),
            *((f"  {name}", values) for name, values in steps.items()),
        ):
            sys.stdout.write(
                f"{name:19} median {statistics.median(values):.3f} s "
                f"(min {min(values):.3f}, max {max(values):.3f})\n"
            )
        if warm.problems:
            sys.stdout.write(f"problems: {warm.problems}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
