"""The preview's HTTP server: the built pages, a reload script and the problems."""

from __future__ import annotations

import html
import json
import os
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from healthkb.preview.warm_build import WarmBuild
from healthkb.preview.watch import diff, refresh, skipped, snapshot

_RELOAD_JS = (Path(__file__).parent / "reload.js").read_bytes()
#: seconds the reload script's request for the state waits for a rebuild
_LONG_POLL = 20.0
# No policy of its own: the pages keep the published CSP (their <meta> tag), which
# already allows a same-origin script and same-origin fetches; a second, header
# policy could only narrow it (the browser enforces both).
_BANNER_STYLE = (
    "position:sticky;top:0;z-index:9999;margin:0;padding:.75em 1em;"
    "background:#fff3cd;color:#5c3c00;border-bottom:2px solid #c77c00;"
    "font:14px/1.4 monospace;white-space:pre-wrap"
)


def inject(page: bytes, problems: list[str], generation: int = 0) -> bytes:
    """The page with the reload script and, if the last build had any, its problems."""
    banner = ""
    if problems:
        items = "\n".join(html.escape(p) for p in problems)
        banner = (
            f'<pre id="healthkb-preview-problems" role="alert" style="{_BANNER_STYLE}">'
            f"Preview: {len(problems)} problem(s) in the last build\n{items}</pre>"
        )
    # the page's build number: a rebuild between this response and the script's
    # first poll still reloads the page
    script = (
        f'<script src="/__preview__/reload.js" data-generation="{generation}"></script>'
    )
    tail = f"{banner}{script}</body>"
    text = page.decode("utf-8", errors="replace")
    head, sep, rest = text.rpartition("</body>")
    text = f"{head}{tail}{rest}" if sep else text + tail
    return text.encode("utf-8")


class PreviewHandler(SimpleHTTPRequestHandler):
    warm: WarmBuild

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # the terminal is for the editor's problems, not every request

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def _send(self, body: bytes, ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path, _, query = self.path.split("#", 1)[0].partition("?")
        if path == "/__preview__/reload.js":
            return self._send(_RELOAD_JS, "text/javascript; charset=utf-8")
        if path == "/__preview__/state":
            seen = parse_qs(query).get("after", [""])[0]
            if seen.isdigit():  # the page's script: answer when there is news
                self.warm.wait_for_change(int(seen), _LONG_POLL)
            state = {
                "generation": self.warm.generation,
                "problems": self.warm.problems,
                "settled": self.warm.settled,
                "timings": self.warm.timings,
            }
            return self._send(json.dumps(state).encode(), "application/json")
        with self.warm.lock:  # never serve a page half-way through a rebuild
            target = Path(self.translate_path(path))
            if target.is_dir():
                target = target / "index.html"
            if target.suffix == ".html" and target.is_file():
                return self._send(
                    inject(
                        target.read_bytes(), self.warm.problems, self.warm.generation
                    ),
                    "text/html; charset=utf-8",
                )
        return super().do_GET()


def watch_loop(
    warm: WarmBuild,
    root: Path,
    stop: threading.Event,
    interval: float = 0.05,
    *,
    notices: bool | None = None,
    ready: threading.Event | None = None,
) -> None:
    """Rebuild on every change to the site's files; never exits on a broken file.

    Once a save's page is written and nothing else changed, the rest of that build
    (whole-site files) is done while the editor looks at the page. The changes come
    from the operating system's notices (``watchfiles``: a save is seen at once, and
    nothing is scanned while the editor writes) when it is installed and *notices*
    is not False (``HEALTHKB_PREVIEW_POLL=1`` also says no); else every file is
    looked at each *interval* seconds. *ready* is set once a save would be seen."""
    ready = ready or threading.Event()
    if notices is None:
        notices = os.environ.get("HEALTHKB_PREVIEW_POLL", "") != "1"
    if notices:
        try:
            import watchfiles
        except ImportError:
            watchfiles = None
        if watchfiles is not None:
            try:
                _watch_notices(watchfiles, warm, root, stop, interval, ready)
                return
            except OSError as exc:  # e.g. the system's limit on watched folders
                sys.stderr.write(
                    f"healthkb serve: no change notices ({exc}); looking at the "
                    f"files every {interval * 1000:.0f} ms instead\n"
                )
    _watch_polling(warm, root, stop, interval, ready)


#: milliseconds without a further notice before a save is built: an editor's save
#: (write, rename) is one change, not two
_SAVE_SETTLES_MS = 20


def _watch_notices(
    watchfiles: Any,
    warm: WarmBuild,
    root: Path,
    stop: threading.Event,
    interval: float,
    ready: threading.Event,
) -> None:
    known = snapshot(root)
    prefix = str(root).rstrip(os.sep) + os.sep

    def relative(path: str) -> str:
        return path.removeprefix(prefix).replace(os.sep, "/")

    for found in watchfiles.watch(
        root,
        watch_filter=lambda _change, path: not skipped(relative(path)),
        step=_SAVE_SETTLES_MS,
        stop_event=stop,
        rust_timeout=max(1, int(interval * 1000)),
        yield_on_timeout=True,
        raise_interrupt=False,
    ):
        if stop.is_set():
            return
        ready.set()  # the first answer: the notices are on
        seen = time.time()
        changes = refresh(root, known, {relative(p) for _, p in found})
        if changes is None:  # quiet (or nothing that counts): finish the last build
            if not warm.settled:
                warm.flush_in_background()
            continue
        warm.rebuild(restart=changes.restart, changed=changes.paths, seen=seen)


def _watch_polling(
    warm: WarmBuild,
    root: Path,
    stop: threading.Event,
    interval: float,
    ready: threading.Event,
) -> None:
    before = snapshot(root)
    ready.set()
    while not stop.wait(interval):
        after = snapshot(root)
        if after == before:
            if not warm.settled:
                warm.flush_in_background()
            continue
        seen = time.time()
        time.sleep(
            _SAVE_SETTLES_MS / 1000
        )  # let an editor's save (write, rename) finish
        after = snapshot(root)
        changes = diff(before, after)
        before = after
        warm.rebuild(restart=changes.restart, changed=changes.paths, seen=seen)


class PreviewServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # a browser that reloads or closes its tab drops the connection mid-reply
        # (the reload poll above all): nothing went wrong for the editor, and a
        # traceback in the terminal would hide the problems that matter
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


def make_server(warm: WarmBuild, host: str, port: int) -> ThreadingHTTPServer:
    handler = type("Handler", (PreviewHandler,), {"warm": warm})
    server = PreviewServer((host, port), partial(handler, directory=str(warm.outdir)))
    server.daemon_threads = True
    return server


def serve(root: Path, outdir: Path, doctreedir: Path, host: str, port: int) -> None:
    """Build once, then serve and rebuild on each save until interrupted."""
    warm = WarmBuild(root, outdir, doctreedir)
    warm.rebuild()
    server = make_server(warm, host, port)
    stop = threading.Event()
    watcher = threading.Thread(target=watch_loop, args=(warm, root, stop), daemon=True)
    watcher.start()
    url = f"http://{host}:{server.server_address[1]}/"
    sys.stdout.write(f"healthkb serve: {url} (Ctrl+C stops)\n")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
