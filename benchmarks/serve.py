"""Save → updated page served: ``healthkb serve`` against sphinx-autobuild.

Generates a site of N articles, starts both preview servers on 127.0.0.1 (each on
its own copy), saves one article 10 times in each, taking turns, with a pause
between saves (an editor reads the page), and times from the write to the first
HTTP response that contains the new sentence; prints the medians.

    python benchmarks/serve.py --articles 1000 [--saves 10] [--pause 1] [--browser]

``--browser`` also times save → page reloaded in headless Chromium (Playwright).
"""

from __future__ import annotations

import argparse
import http.client
import os
import platform
import shutil
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
#: milliseconds a browser waits for a saved page to reload by itself
RELOAD_WAIT = 30_000


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


class Server:
    """One preview server on its own copy of the site."""

    def __init__(self, kind: str, site: Path) -> None:
        self.kind, self.site = kind, site
        self.article = first_article(site)
        port = free_port()
        page = self.article.relative_to(site).with_suffix(".html").as_posix()
        self.url = f"http://127.0.0.1:{port}/{page}"
        self.proc = subprocess.Popen(
            server_command(kind, site, port),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.started = time.perf_counter()
        self.start = float("nan")  # seconds to the first page, set by measure()
        self.served: list[float] = []
        self.reloaded: list[float] = []
        self.not_reloaded = 0

    def marker(self, what: str, i: int) -> str:
        return f"{what} sentence {self.kind.split()[0]} {i} {time.time_ns()}."

    def close(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)


def progress(kind: str, what: str, seconds: float) -> None:
    sys.stderr.write(f"  {kind}: {what} in {seconds:.3f} s\n")


def first_article(site: Path) -> Path:
    return sorted(p for p in (site / "articles").rglob("*.md") if p.name != "index.md")[
        0
    ]


def measure(servers: list[Server], saves: int, pause: float, browser: bool) -> None:
    """Saves taken in turns (one server's save, then the other's): a busy, shared
    machine slows both alike."""
    for s in servers:
        wait_for(s.url, "<html", 3600)
        s.start = time.perf_counter() - s.started
    time.sleep(2.0)  # let the watchers take their first look
    for i in range(saves):
        for s in servers:
            marker = s.marker("Benchmark", i)
            t0 = time.perf_counter()
            edit(s.article, marker)
            wait_for(s.url, marker, 600)
            s.served.append(time.perf_counter() - t0)
            progress(s.kind, "served", s.served[-1])
            time.sleep(pause)  # the editor reads the page
    if browser:
        browser_reloads(servers, saves, pause)


def browser_reloads(servers: list[Server], saves: int, pause: float) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
        pages = {}
        for s in servers:
            pages[s.kind] = b.new_context().new_page()
            pages[s.kind].goto(s.url)
        time.sleep(2.0)
        for i in range(saves):
            for s in servers:
                if s.not_reloaded:
                    continue  # it never will: measured once
                marker = s.marker("Browser", i)
                t0 = time.perf_counter()
                edit(s.article, marker)
                try:
                    pages[s.kind].get_by_text(marker).wait_for(timeout=RELOAD_WAIT)
                except PlaywrightTimeout:
                    # sphinx-autobuild's reload script is inline: the pages' CSP
                    # refuses it, so its pages never reload by themselves
                    progress(s.kind, "NOT reloaded", RELOAD_WAIT / 1000)
                    s.not_reloaded += 1
                    continue
                s.reloaded.append(time.perf_counter() - t0)
                progress(s.kind, "reloaded", s.reloaded[-1])
                time.sleep(pause)
        b.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument(
        "--pause", type=float, default=1.0, help="seconds between saves (default 1)"
    )
    parser.add_argument("--browser", action="store_true")
    parser.add_argument("--only", choices=("healthkb serve", "sphinx-autobuild"))
    args = parser.parse_args(argv)
    sys.stdout.write(
        f"Python {platform.python_version()}, Sphinx {sphinx.__version__}, "
        f"{os.cpu_count()} cores, {args.articles} articles, {args.saves} saves, "
        f"{args.pause} s between saves\n"
    )
    kinds = [args.only] if args.only else ["healthkb serve", "sphinx-autobuild"]
    with tempfile.TemporaryDirectory() as tmp:
        write_site(Path(tmp) / "site", args.articles)
        servers = []
        for n, kind in enumerate(kinds):
            site = Path(tmp) / f"site-{n}"
            shutil.copytree(Path(tmp) / "site", site)
            servers.append(Server(kind, site))
        try:
            measure(servers, args.saves, args.pause, args.browser)
        finally:
            for s in servers:
                s.close()
        for s in servers:
            line = (
                f"{s.kind:17} start {s.start:7.2f} s | save -> served: median "
                f"{statistics.median(s.served):.3f} s "
                f"(min {min(s.served):.3f}, max {max(s.served):.3f})"
            )
            if s.reloaded:
                line += (
                    f" | save -> browser reloaded: median "
                    f"{statistics.median(s.reloaded):.3f} s "
                    f"(min {min(s.reloaded):.3f}, max {max(s.reloaded):.3f})"
                )
            if s.not_reloaded:
                line += (
                    f" | browser NOT reloaded within {RELOAD_WAIT // 1000} s "
                    "(tried once)"
                )
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
