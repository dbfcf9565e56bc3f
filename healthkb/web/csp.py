"""The Content-Security-Policy the pages carry: scripts from the site only.

The theme has a few fixed inline scripts (furo sets the colour theme before the page
paints); they are allowed by their SHA-256 hash, so any other inline script, such as
one smuggled into an article, is refused by the browser.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

# an inline <script> with no attributes and no template code inside
_INLINE_SCRIPT = re.compile(r"<script>(?P<body>[^<]*)</script>")


def script_hash(body: str) -> str:
    """The CSP source expression for an inline script with exactly this text."""
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_scripts(template_text: str) -> list[str]:
    """Literal inline scripts in a template (those with Jinja inside are skipped)."""
    return [
        m.group("body")
        for m in _INLINE_SCRIPT.finditer(template_text)
        if "{{" not in m.group("body") and "{%" not in m.group("body")
    ]


def policy(script_hashes: Iterable[str] = (), *, wasm: bool = False) -> str:
    """The policy: same-origin scripts plus the hashed theme scripts; no plugins.

    *wasm*: also let the site's scripts compile WebAssembly (``'wasm-unsafe-eval'``:
    it does not allow JavaScript's eval); only the Pagefind search page needs it.

    Styles may be inline: the theme writes its colour variables in a ``<style>``
    element and SVG charts use ``style`` attributes; styles cannot run code.
    """
    wasm_source = ["'wasm-unsafe-eval'"] if wasm else []
    scripts = " ".join(["'self'", *wasm_source, *sorted(set(script_hashes))])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )
