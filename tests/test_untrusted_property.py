"""Property: whatever an article composes from MyST constructs with hostile arguments,
the tools do not crash, nothing from outside the content tree is published, no script,
event handler, frame, form, refresh or ``javascript:`` link from the text reaches any
output file, and the other pages are still written.

Every hostile argument carries the tag ``hkx``, so an output line that pairs an active
construct with it came from contributed text.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from helpers.site import ROOTS
from helpers.site_runs import run_build, run_check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SECRET = "HKOUTSIDE7f3a"

PATHS = st.sampled_from(
    [
        "../../../outside/secret.txt",
        "/etc/hostname",
        "../../.git/config",
        "/conf.py",
        "hkx.svg",
        "hkx.html",
        "linked.png",
        "../../../outside/secret.png",
        "ok-hkx.png",
        "a\x01b.png",
        "*",
    ]
)
URLS = st.sampled_from(
    [
        "javascript:alert('hkx')",
        "JaVaScRiPt&#58;alert('hkx')",
        "data:text/html,<script>hkx</script>",
        "vbscript:hkx",
        "//evil.example/hkx",
        "https://example.org/hkx",
        " javascript:hkx",
    ]
)
MARKUP = st.sampled_from(
    [
        "<script>hkx()</script>",
        '<img src=x onerror="hkx()">',
        "<iframe src='https://evil.example/hkx'></iframe>",
        "<form action='https://evil.example/hkx'><input></form>",
        "```{eval-rst}\n.. meta::\n   :http-equiv=refresh: 0; url=https://evil.example/hkx\n```",
        "```{raw} html\n<script>hkx()</script>\n```",
        "{{ 6*7 }} hkx {{ cycler.__init__.__globals__ }}",
        "\x00hkx\x1b[31m",
        "`" * 300 + "hkx",
    ]
)


def _fragment(kind: str, value: str) -> str:
    return {
        "image": f"![hkx]({value})",
        "link": f"[hkx]({value})",
        "download": f"{{download}}`hkx <{value}>`",
        "literalinclude": f"```{{literalinclude}} {value}\n```",
        "include": f"```{{include}} {value}\n```",
        "figure": f"```{{figure}} {value}\nhkx\n```",
        "card": f"```{{card}} hkx\n:img-top: {value}\n:link: {value}\n\nhkx\n```",
        "csv": f"```{{csv-table}} hkx\n:file: {value}\n```",
        "button": f"```{{button-link}} {value}\nhkx\n```",
    }[kind]


FRAGMENTS = st.one_of(
    st.tuples(
        st.sampled_from(
            [
                "image",
                "link",
                "download",
                "literalinclude",
                "include",
                "figure",
                "card",
                "csv",
            ]
        ),
        PATHS,
    ).map(lambda kv: _fragment(*kv)),
    st.tuples(st.sampled_from(["link", "image", "card", "button"]), URLS).map(
        lambda kv: _fragment(*kv)
    ),
    MARKUP,
    st.integers(min_value=1, max_value=60).map(
        lambda depth: (
            "\n".join(":" * (depth + 3 - i) + "{note}" for i in range(depth))
            + "\nhkx\n"
            + "\n".join(":" * (4 + i) for i in range(depth))
        )
    ),
)

ARTICLE = """---
description: A fictional article composed from hostile parts.
authors: [ada-jones]
published: 2026-01-10
reviewed: 2026-06-01
keywords: [Heart health, Walking, Exercise]
---

# Composed article {n}

Walking helps the heart {{footcite:p}}`smith2020heart`.

{body}
"""

#: an active construct (a tag, an event handler, a script URL in an attribute) in
#: markup; the same words as text (escaped, or outside a tag) are harmless
_ACTIVE = re.compile(
    r"(<script|<iframe|<form|<object|<embed|<meta[^>]*http-equiv"
    r"|(?:href|src|action|formaction|poster)\s*=\s*[\"']?\s*(?:javascript|vbscript|data):"
    r"|<[a-z][^>]*\son[a-z]+\s*=)[^\n]{0,300}hkx",
    re.IGNORECASE,
)


def _site(base: Path) -> Path:
    if base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True)
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    (outside / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n" + SECRET.encode())
    site = base / "site"
    shutil.copytree(ROOTS / "test-basic", site)
    (site / ".git").mkdir()
    (site / ".git/config").write_text(SECRET, encoding="utf-8")
    heart = site / "articles/heart"
    (heart / "hkx.svg").write_text("<svg onload='hkx()'/>", encoding="utf-8")
    (heart / "hkx.html").write_text("<script>hkx()</script>", encoding="utf-8")
    (heart / "ok-hkx.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (heart / "linked.png").symlink_to(outside / "secret.png")
    return site


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,  # the same examples in every run: CI is reproducible
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.lists(FRAGMENTS, min_size=1, max_size=4), min_size=1, max_size=2))
def test_hostile_compositions(tmp_path: Path, articles: list[list[str]]) -> None:
    site = _site(tmp_path / "prop")
    for n, parts in enumerate(articles):
        (site / f"articles/heart/composed-{n}.md").write_text(
            ARTICLE.format(n=n, body="\n\n".join(parts)), encoding="utf-8"
        )
    check = run_check(site)
    out = tmp_path / "prop" / "html"
    build = run_build(site, out)
    for run in (check, build):
        assert not run.crashed(), run.text[-3000:]
    assert (out / "articles/heart/walking-and-heart-health.html").is_file()
    assert (out / "articles/lungs/breathing-exercises.html").is_file()
    for path in out.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        assert SECRET.encode() not in data, path
        # _sources/ holds the Markdown as plain text (text/plain: shown, never run)
        if (
            path.suffix in (".html", ".js", ".json", ".xml")
            and "_sources" not in path.parts
        ):
            text = data.decode("utf-8", errors="replace")
            hit = _ACTIVE.search(text)
            assert hit is None, (path, hit and hit.group(0)[:200])
    for folder in ("_images", "_downloads"):
        for copied in (out / folder).rglob("*"):
            if copied.is_file():
                assert copied.suffix.lower() in {".png", ".pdf"}, copied
