"""Save → updated page served: ``healthkb serve`` against sphinx-autobuild.

Generates a site of N articles, starts each preview server in turn on 127.0.0.1,
saves one article 10 times (a new sentence each time) and times from the write to
the first HTTP response that contains the new sentence; prints the medians.

    python benchmarks/serve.py --articles 1000 [--saves 10] [--browser]

``--browser`` also times save → page reloaded in headless Chromium (Playwright).
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import sphinx

sys.path.insert(0, str(Path(__file__).parent))
from generate import write_site  # noqa: E402

VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:  # noqa: S310 - local
            return r.read().decode("utf-8")
    except (urllib.error.URLError, http.client.HTTPException, OSError):
        return None


def wait_for(url: str, text: str, timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        body = fetch(url)
        if body is not None and text in body:
            return time.perf_counter() - start
        time.sleep(0.01)
    raise TimeoutError(f"{url} never contained {text!r}")


def server_command(kind: str, site: Path, port: int) -> list[str]:
    if kind == "healthkb serve":
        return [
            str(VENV_BIN / "healthkb"),
            "--root",
            str(site),
            "serve",
            "--port",
            str(port),
        ]
    return [
        str(VENV_BIN / "sphinx-autobuild"),
        "--port",
        str(port),
        "-d",
        str(site / "_build/.doctrees"),
        "-D",
        "healthkb_pagefind=0",
        "--re-ignore",
        r"(\.venv|_build)/.*",
        str(site),
        str(site / "_build/html"),
    ]


def edit(article: Path, marker: str) -> None:
    text = article.read_text(encoding="utf-8")
    article.write_text(text + f"\n{marker}\n", encoding="utf-8")


def measure(kind: str, site: Path, article: Path, saves: int, browser: bool) -> dict:
    port = free_port()
    page_rel = article.relative_to(site).with_suffix(".html").as_posix()
    url = f"http://127.0.0.1:{port}/{page_rel}"
    proc = subprocess.Popen(
        server_command(kind, site, port),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        start_up = wait_for(url, "<html", 1800)
        time.sleep(1.0)  # let the watcher take its first look
        served: list[float] = []
        for i in range(saves):
            marker = f"Benchmark sentence {kind.split()[0]} {i} {time.time_ns()}."
            t0 = time.perf_counter()
            edit(article, marker)
            wait_for(url, marker, 600)
            served.append(time.perf_counter() - t0)
            time.sleep(0.3)
        reloaded: list[float] = []
        if browser:
            reloaded = browser_reloads(url, article, saves, kind)
        return {"start": start_up, "served": served, "reloaded": reloaded}
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


def browser_reloads(url: str, article: Path, saves: int, kind: str) -> list[float]:
    from playwright.sync_api import sync_playwright

    times: list[float] = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
        page = b.new_page()
        page.goto(url)
        time.sleep(1.0)
        for i in range(saves):
            marker = f"Browser sentence {kind.split()[0]} {i} {time.time_ns()}."
            t0 = time.perf_counter()
            edit(article, marker)
            page.get_by_text(marker).wait_for(timeout=600_000)
            times.append(time.perf_counter() - t0)
            time.sleep(0.3)
        b.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--only", choices=("healthkb serve", "sphinx-autobuild"))
    args = parser.parse_args(argv)
    sys.stdout.write(
        f"Python {platform.python_version()}, Sphinx {sphinx.__version__}, "
        f"{os.cpu_count()} cores, {args.articles} articles, {args.saves} saves\n"
    )
    kinds = [args.only] if args.only else ["healthkb serve", "sphinx-autobuild"]
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            site = Path(tmp) / "site"
            write_site(site, args.articles)
            article = sorted(
                p for p in (site / "articles").rglob("*.md") if p.name != "index.md"
            )[0]
            r = measure(kind, site, article, args.saves, args.browser)
            line = (
                f"{kind:17} start {r['start']:7.2f} s | save -> served: median "
                f"{statistics.median(r['served']):.3f} s "
                f"(min {min(r['served']):.3f}, max {max(r['served']):.3f})"
            )
            if r["reloaded"]:
                line += (
                    f" | save -> browser reloaded: median "
                    f"{statistics.median(r['reloaded']):.3f} s"
                )
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
