"""A preview server (``healthkb serve``'s parts) on 127.0.0.1 for the tests."""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from pathlib import Path

from sphinx.util.docutils import docutils_namespace

from healthkb.preview.server import make_server, watch_loop
from healthkb.preview.warm_build import WarmBuild


class Preview:
    def __init__(self, site: Path, out: Path, *, notices: bool | None = None) -> None:
        self.site = site
        # the warm apps register directives, roles and nodes in docutils' global
        # registries; a later in-process build in this test worker must not see them
        self._namespace = docutils_namespace()
        self._namespace.__enter__()
        self.warm = WarmBuild(site, out / "html", out / "doctrees", quiet=True)
        # the server's own path, with shorter waits for the editor to pause
        self.warm.idle_before_finish = self.warm.pickle_after_idle = 0.2
        self.warm.rebuild()
        self.server = make_server(self.warm, "127.0.0.1", 0)
        self.port = self.server.server_address[1]
        self.stop = threading.Event()
        self.watching = threading.Event()
        self.threads = [
            threading.Thread(target=self.server.serve_forever, daemon=True),
            threading.Thread(
                target=watch_loop,
                args=(self.warm, site, self.stop),
                kwargs={"notices": notices, "ready": self.watching},
                daemon=True,
            ),
        ]
        for t in self.threads:
            t.start()
        assert self.watching.wait(60), "the watcher never started"

    def get(self, path: str) -> str:
        url = f"http://127.0.0.1:{self.port}/{path}"
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - local
            return response.read().decode("utf-8")

    def state(self) -> dict:
        return json.loads(self.get("__preview__/state"))

    def save(self, rel: str, text: str | None, *, settle: bool = True) -> None:
        """Write (or with None delete) a file and wait until the preview rebuilt
        (and with *settle*, until it finished that build's whole-site work)."""
        before = self.state()["generation"]
        path = self.site / rel
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        deadline = time.monotonic() + 120
        while self.state()["generation"] == before:
            assert time.monotonic() < deadline, f"no rebuild after saving {rel}"
            time.sleep(0.05)
        if settle:
            self.settle(deadline)

    def settle(self, deadline: float | None = None) -> None:
        """Wait until the preview has finished the last build's whole-site work."""
        deadline = deadline or time.monotonic() + 120
        while not self.state()["settled"]:
            assert time.monotonic() < deadline, "the last build never finished"
            time.sleep(0.05)

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()
        for thread in self.threads:
            thread.join(timeout=30)
        self._namespace.__exit__(None, None, None)
