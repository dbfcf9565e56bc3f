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
import json
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
#: healthkb serve with polling (HEALTHKB_PREVIEW_POLL=1), as before change notices
POLLING = "healthkb serve --poll"
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
    return wait_for_request(url, text, timeout)[0]


def wait_for_request(url: str, text: str, timeout: float) -> tuple[float, float]:
    """Seconds until *url* contains *text*, and when (``time.time()``) the request
    that got it was sent."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        sent = time.time()
        body = fetch(url)
        if body is not None and text in body:
            return time.perf_counter() - start, sent
        time.sleep(0.01)
    raise TimeoutError(f"{url} never contained {text!r}")


#: the parts of a save, from the server's timings (``/__preview__/state``) and the
#: benchmark's clock: (name, from, to). A request sent while the page is written
#: waits for it (the server never sends a half-written page).
PARTS = (
    ("write -> watcher acts on it", "write", "seen"),
    ("  of which: the last build's rest", "write", "prev_rest_end"),
    ("watcher -> build starts", "seen", "start"),
    ("pre-serve build step", "start", "written"),
    ("page written -> response", "written", "response"),
)


def server_command(kind: str, site: Path, port: int) -> list[str]:
    if kind.startswith("healthkb serve"):
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
        self.base = f"http://127.0.0.1:{port}/"
        env = dict(os.environ)
        if kind == POLLING:  # the watcher of before: every file looked at every 50 ms
            env["HEALTHKB_PREVIEW_POLL"] = "1"
        self.proc = subprocess.Popen(
            server_command(kind, site, port),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            env=env,
        )
        self.started = time.perf_counter()
        self.start = float("nan")  # seconds to the first page, set by measure()
        self.served: list[float] = []
        #: per save, seconds spent in each of PARTS (healthkb serve only)
        self.parts: list[dict[str, float]] = []
        self.reloaded: list[float] = []
        self.not_reloaded = 0
        self.cpu_before = self.cpu_per_save = float("nan")

    def marker(self, what: str, i: int) -> str:
        return f"{what} sentence {self.kind.split()[0]} {i} {time.time_ns()}."

    def cpu(self) -> float:
        """CPU seconds (user + system) the server process has used so far (Linux)."""
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1]
        except OSError:
            return float("nan")
        utime, stime = fields.split()[11:13]
        return (int(utime) + int(stime)) / os.sysconf("SC_CLK_TCK")

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
    for s in servers:
        s.cpu_before = s.cpu()
    for i in range(saves):
        for s in servers:
            marker = s.marker("Benchmark", i)
            t0, written = time.perf_counter(), time.time()
            edit(s.article, marker)
            _, sent = wait_for_request(s.url, marker, 600)
            s.served.append(time.perf_counter() - t0)
            response = written + s.served[-1]
            progress(s.kind, "served", s.served[-1])
            if s.kind.startswith("healthkb serve"):
                s.parts.append(save_parts(s, written, sent, response))
            time.sleep(pause)  # the editor reads the page
    for s in servers:
        s.cpu_per_save = (s.cpu() - s.cpu_before) / saves
    if browser:
        browser_reloads(servers, saves, pause)


def save_parts(
    s: Server, written: float, sent: float, response: float
) -> dict[str, float]:
    body = fetch(s.base + "__preview__/state")
    timings = json.loads(body)["timings"] if body else {}
    times = {**timings, "write": written, "sent": sent, "response": response}
    parts = {
        name: max(0.0, times[b] - times[a])
        if b == "prev_rest_end"
        else times[b] - times[a]
        for name, a, b in PARTS
        if a in times and b in times
    }
    sys.stderr.write(
        "    " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in parts.items()) + "\n"
    )
    return parts


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
    parser.add_argument(
        "--only", choices=("healthkb serve", POLLING, "sphinx-autobuild")
    )
    parser.add_argument(
        "--poll-too",
        action="store_true",
        help=f"also '{POLLING}': healthkb serve looking at every file each 50 ms "
        "(no change notices), in turns with the others",
    )
    parser.add_argument(
        "--site",
        type=Path,
        help="a generated site to use in place (with its _build; needs --only): "
        "a 10,000-article site's first build takes many minutes",
    )
    args = parser.parse_args(argv)
    if args.site and (not args.only or args.poll_too):
        parser.error("--site needs --only (the servers would share one site)")
    sys.stdout.write(
        f"Python {platform.python_version()}, Sphinx {sphinx.__version__}, "
        f"{os.cpu_count()} cores, {args.articles} articles, {args.saves} saves, "
        f"{args.pause} s between saves\n"
    )
    kinds = [args.only] if args.only else ["healthkb serve", "sphinx-autobuild"]
    if args.poll_too and POLLING not in kinds:
        kinds.insert(1, POLLING)
    with tempfile.TemporaryDirectory() as tmp:
        servers = []
        if args.site:
            servers.append(Server(kinds[0], args.site.resolve()))
            original = servers[0].article.read_bytes()
        else:
            write_site(Path(tmp) / "site", args.articles)
        for n, kind in enumerate(kinds if not args.site else []):
            site = Path(tmp) / f"site-{n}"
            shutil.copytree(Path(tmp) / "site", site)
            servers.append(Server(kind, site))
        try:
            measure(servers, args.saves, args.pause, args.browser)
        finally:
            for s in servers:
                s.close()
            if args.site:  # the site is used again
                servers[0].article.write_bytes(original)
        for s in servers:
            line = (
                f"{s.kind:22} start {s.start:7.2f} s | save -> served: median "
                f"{statistics.median(s.served):.3f} s "
                f"(min {min(s.served):.3f}, max {max(s.served):.3f}); "
                f"server CPU per save (both steps) {s.cpu_per_save:.3f} s"
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
            for name, *_ in PARTS:
                values = [p[name] for p in s.parts if name in p]
                if values:
                    sys.stdout.write(
                        f"    {name:33} median {statistics.median(values) * 1000:6.0f} ms"
                        f" (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})\n"
                    )
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
