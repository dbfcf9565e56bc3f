"""Save → updated page served: ``healthkb serve`` against sphinx-autobuild.

Generates a site of N articles, starts both preview servers on 127.0.0.1 (each on
its own copy), saves one article 10 times in each, taking turns, with a pause
between saves (an editor reads the page), and times from the write to the first
HTTP response that contains the new sentence; prints the medians.

    python benchmarks/serve.py --articles 1000 [--saves 10] [--pause 1] [--browser]
        [--myst PATH/TO/myst --myst-template THEME_DIR]

``--browser`` also times save → page reloaded in headless Chromium (Playwright).
``--myst`` adds Jupyter Book 2's ``myst start`` to the same run, on the same
articles written as a plain MyST project (``generate.py --bare``), with the site
theme at ``--myst-template`` (a built theme folder, its packages installed: the
benchmark never installs or downloads anything).
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
from generate import glossary_page, write_site  # noqa: E402

VENV_BIN = Path(sys.executable).parent
HEALTHKB, AUTOBUILD, MYST = "healthkb serve", "sphinx-autobuild", "myst start"
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


def server_command(kind: str, site: Path, port: int, myst: Path | None) -> list[str]:
    if kind == MYST:
        assert myst is not None
        # the content server's port too: by default it takes the first free one
        # from 3100, which a second run on the machine would race for
        return [
            str(myst),
            "start",
            "--port",
            str(port),
            "--server-port",
            str(free_port()),
        ]
    if kind.startswith(HEALTHKB):
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


#: myst start's environment. HOST: where it binds both its servers (it defaults
#: to localhost). The registry: every myst session asks npm's registry for
#: mystmd's latest version (an upgrade notice; a failure is ignored), and npm,
#: which starts the theme's server, may look for its own: a closed local port
#: keeps the run off the network.
MYST_ENV = {
    "HOST": "127.0.0.1",
    "npm_config_registry": "http://127.0.0.1:9/",
    "npm_config_update_notifier": "false",
}
MYST_YML = """version: 1
project:
  title: healthkb benchmark
  exclude: [_build]
site:
  template: {template}
"""


def write_myst_project(site: Path, articles: int, template: Path) -> None:
    """The same articles as a plain MyST project (what Jupyter Book 2 reads)."""
    write_site(site, articles, bare=True)
    (site / "conf.py").unlink()
    (site / "glossary.md").write_text(glossary_page(myst=True))
    (site / "myst.yml").write_text(
        MYST_YML.format(template=template.resolve().as_posix()), encoding="utf-8"
    )


def myst_urls(port: int, article: Path, site: Path) -> list[str]:
    """Where the book theme may serve *article*: at its file name's slug (the
    default) or at its folders' path (``folders: true``)."""
    root = f"http://127.0.0.1:{port}"
    folders = article.relative_to(site).with_suffix("").as_posix()
    return [f"{root}/{article.stem}", f"{root}/{folders}"]


def edit(article: Path, marker: str) -> None:
    text = article.read_text(encoding="utf-8")
    article.write_text(text + f"\n{marker}\n", encoding="utf-8")


class Server:
    """One preview server on its own copy of the site."""

    def __init__(
        self, kind: str, site: Path, myst: Path | None = None, log: Path | None = None
    ) -> None:
        self.kind, self.site = kind, site
        self.article = first_article(site)
        port = free_port()
        page = self.article.relative_to(site).with_suffix(".html").as_posix()
        self.urls = (
            myst_urls(port, self.article, site)
            if kind == MYST
            else [f"http://127.0.0.1:{port}/{page}"]
        )
        self.url = self.urls[0]
        self.base = f"http://127.0.0.1:{port}/"
        env = {**os.environ, **MYST_ENV} if kind == MYST else dict(os.environ)
        if kind == POLLING:  # the watcher of before: every file looked at every 50 ms
            env["HEALTHKB_PREVIEW_POLL"] = "1"
        self.log = log.open("ab") if log else None
        output = self.log or subprocess.DEVNULL
        self.proc = subprocess.Popen(
            server_command(kind, site, port, myst),
            cwd=site,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT if log else subprocess.DEVNULL,
            start_new_session=True,
        )
        self.started = time.perf_counter()
        self.start = float("nan")  # seconds to the first page, set by measure()
        self.served: list[float] = []
        self.cpu: list[float] = []  # CPU seconds of the server per save
        #: per save, seconds spent in each of PARTS (healthkb serve only)
        self.parts: list[dict[str, float]] = []
        self.reloaded: list[float] = []
        self.not_reloaded = 0

    def marker(self, what: str, i: int) -> str:
        return f"{what} sentence {self.kind.split()[0]} {i} {time.time_ns()}."

    def close(self) -> None:
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=30)
        if self.log:
            self.log.close()


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def session_cpu(sid: int) -> float:
    """CPU seconds (user + system) of the live processes of session *sid*, with
    their waited-for children: a server's own work, not the benchmark's polling."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it ended meanwhile
        if int(fields[3]) == sid:  # fields from the state on: state, ppid, pgrp, sid
            total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return total / CLOCK_TICKS


def progress(kind: str, what: str, seconds: float) -> None:
    sys.stderr.write(f"  {kind}: {what} in {seconds:.3f} s\n")


def wait_for_article(s: Server, timeout: float) -> None:
    """Wait until one of the server's candidate URLs serves the article's title,
    and keep that one (the pages of myst start are only known once it serves)."""
    title = s.article.read_text(encoding="utf-8").split("\n# ", 1)[1].split("\n")[0]
    # the themes escape the title's colon differently; its first words are enough
    words = title.split(":")[0]
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if s.proc.poll() is not None:
            raise RuntimeError(f"{s.kind} exited with {s.proc.returncode}")
        for url in s.urls:
            body = fetch(url)
            if body is not None and "<html" in body and words in body:
                s.url = url
                return
        time.sleep(0.2)
    raise TimeoutError(f"{s.kind} never served {words!r} at {s.urls}")


def first_article(site: Path) -> Path:
    return sorted(p for p in (site / "articles").rglob("*.md") if p.name != "index.md")[
        0
    ]


def measure(servers: list[Server], saves: int, pause: float, browser: bool) -> None:
    """Saves taken in turns (one server's save, then the other's): a busy, shared
    machine slows both alike."""
    for s in servers:
        wait_for_article(s, 3600)
        s.start = time.perf_counter() - s.started
    time.sleep(2.0)  # let the watchers take their first look
    for i in range(saves):
        for s in servers:
            marker = s.marker("Benchmark", i)
            cpu0, t0, written = (
                session_cpu(s.proc.pid),
                time.perf_counter(),
                time.time(),
            )
            edit(s.article, marker)
            _, sent = wait_for_request(s.url, marker, 600)
            s.served.append(time.perf_counter() - t0)
            response = written + s.served[-1]
            progress(s.kind, "served", s.served[-1])
            if s.kind.startswith(HEALTHKB):
                s.parts.append(save_parts(s, written, sent, response))
            time.sleep(pause)  # the editor reads the page
            # the server's CPU for this save, work done after the page included
            s.cpu.append(session_cpu(s.proc.pid) - cpu0)
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
                    pages[s.kind].get_by_text(marker).first.wait_for(
                        timeout=RELOAD_WAIT
                    )
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
    parser.add_argument("--only", choices=(HEALTHKB, POLLING, AUTOBUILD, MYST))
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
    parser.add_argument(
        "--myst", type=Path, help="an installed myst executable: adds myst start"
    )
    parser.add_argument(
        "--myst-template",
        type=Path,
        help="a built site theme folder with its node_modules (myst.yml's template)",
    )
    parser.add_argument(
        "--myst-log", type=Path, help="append myst start's output to this file"
    )
    args = parser.parse_args(argv)
    if args.site and (not args.only or args.poll_too):
        parser.error("--site needs --only (the servers would share one site)")
    if (args.myst is None) != (args.myst_template is None):
        parser.error("--myst and --myst-template go together")
    if args.only == MYST and args.myst is None:
        parser.error("--only 'myst start' needs --myst and --myst-template")
    if args.myst_template and not (args.myst_template / "node_modules").is_dir():
        # myst start would run the template's install command (npm ci): the network
        parser.error(f"{args.myst_template}/node_modules is missing: install it first")
    sys.stdout.write(
        f"Python {platform.python_version()}, Sphinx {sphinx.__version__}, "
        f"{os.cpu_count()} cores, {args.articles} articles, {args.saves} saves, "
        f"{args.pause} s between saves\n"
    )
    kinds = [HEALTHKB, AUTOBUILD] + ([MYST] if args.myst else [])
    if args.only:
        kinds = [args.only]
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
            if kind == MYST:
                write_myst_project(site, args.articles, args.myst_template)
                servers.append(Server(kind, site, args.myst.resolve(), args.myst_log))
                continue
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
                f"(min {min(s.served):.3f}, max {max(s.served):.3f})"
                f" | server CPU per save: median {statistics.median(s.cpu):.3f} s"
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
