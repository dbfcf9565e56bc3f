"""A local HTTP server answering like Crossref, doi.org (content negotiation) and
NCBI E-utilities with recorded real answers (tests/fixtures/sources), and a helper
running ``source add``."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from healthkb.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "sources"
#: request path (as the client sends it) -> recorded answer
ANSWERS = {
    "/works/10.5555%2F12345678": "crossref_work_10.5555_12345678.json",
    "/works/10.1016%2FS0140-6736%2897%2911096-0": (
        "crossref_work_10.1016_S0140-6736_97_11096-0.json"
    ),
    "/efetch.fcgi?db=pubmed&id=13054692&rettype=medline&retmode=text": (
        "pubmed_13054692.txt"
    ),
}
#: doi.org's answers, as recorded: the handle's redirect to the registration
#: agency (paths casefolded, as DOIs are), then the agency's answer in the one
#: format it was recorded in, given only to a client whose Accept asks for it
REDIRECTS = {
    "/10.1126/science.169.3946.635": (
        "/v1/works/10.1126%2Fscience.169.3946.635/transform"
    ),
}
NEGOTIATED = {
    "/v1/works/10.1126%2fscience.169.3946.635/transform": {
        "application/vnd.citationstyles.csl+json": (
            "doi_cn_10.1126_science.169.3946.635.json"
        ),
        "application/x-bibtex": "doi_cn_10.1126_science.169.3946.635.bib",
    },
    "/10.48550/arxiv.2206.01191": {
        "application/x-bibtex": "doi_cn_10.48550_arxiv.2206.01191.bib",
    },
}


def negotiated(offered: dict[str, str], accept: str) -> str:
    """The offered type the client's ``Accept`` prefers (highest q, then the
    order it names them), or "" when it accepts none of them."""
    ranked = []
    for order, item in enumerate(accept.split(",")):
        kind, _, params = item.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                q = float(value or 0)
        if kind.strip() in offered and q > 0:
            ranked.append((-q, order, kind.strip()))
    return min(ranked)[2] if ranked else ""


class Requests(list[str]):
    """The request paths, in order; ``served``: the content type of each
    negotiated answer given."""

    def __init__(self) -> None:
        super().__init__()
        self.served: list[str] = []


class _Recorded(BaseHTTPRequestHandler):
    requests: Requests = Requests()

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.requests.append(self.path)
        folded = self.path.casefold()
        if folded in REDIRECTS:
            self.send_response(302)
            self.send_header("Location", REDIRECTS[folded])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        content_type = ""
        name = ANSWERS.get(self.path)
        if folded in NEGOTIATED:
            content_type = negotiated(
                NEGOTIATED[folded], self.headers.get("Accept", "")
            )
            if not content_type:
                self.send_error(406)
                return
            name = NEGOTIATED[folded][content_type]
            self.requests.served.append(content_type)
        if name is None:
            self.send_error(404)
            return
        body = (FIXTURES / name).read_bytes()
        self.send_response(200)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, Requests]]:
    requests = Requests()
    handler = type("Handler", (_Recorded,), {"requests": requests})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def site(site_copy, server) -> Path:
    root = site_copy()
    base, _ = server
    with (root / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(
            f'\nhealthkb_crossref_url = "{base}"\nhealthkb_eutils_url = "{base}"\n'
            f'healthkb_doi_url = "{base}"\n'
        )
    return root


def add(root: Path, capsys, *sources: str) -> tuple[int, str]:
    status = main(["--root", str(root), "source", "add", *sources])
    captured = capsys.readouterr()
    return status, captured.out + captured.err
