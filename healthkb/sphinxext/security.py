"""Contributed content must not carry markup or links that run code in a reader's browser.

The checks report raw HTML and unsafe links with their lines; this transform is the
safety net that makes sure none of it reaches the HTML whatever route it took.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from docutils import nodes
from sphinx.transforms import SphinxTransform

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

SAFE_SCHEMES = frozenset({"", "http", "https", "mailto"})


def is_safe_uri(uri: str) -> bool:
    """Relative links and http(s)/mailto only; control characters hide schemes."""
    cleaned = "".join(ch for ch in uri if ch.isprintable() and not ch.isspace())
    try:
        return urlsplit(cleaned).scheme.lower() in SAFE_SCHEMES
    except ValueError:
        return False


def remove_unsafe(document: nodes.Node) -> None:
    """Drop raw nodes; turn unsafe links into plain text; drop unsafe images."""
    for raw in list(document.findall(nodes.raw)):
        raw.parent.remove(raw)
    for ref in list(document.findall(nodes.reference)):
        if "refuri" in ref and not is_safe_uri(ref["refuri"]):
            # Keep the words, lose the link (a reference without a target crashes the writer).
            ref.replace_self(
                nodes.inline(
                    ref.rawsource, "", *ref.children, classes=["hk-removed-link"]
                )
            )
    for image in list(document.findall(nodes.image)):
        if not is_safe_uri(image.get("uri", "")):
            image.parent.remove(image)


class RemoveUnsafeContent(SphinxTransform):
    """Remove unsafe content as soon as the document is parsed, and again as a
    post-transform (links made while resolving, e.g. a BibTeX ``url``)."""

    default_priority = 5  # before anything else looks at references

    def apply(self, **kwargs: object) -> None:
        remove_unsafe(self.document)


def harden_config(app: Sphinx, config: Config) -> None:
    """Raw HTML is never parsed and ``{{ … }}`` never evaluated, whatever conf.py or a
    file's front matter says."""
    disabled = list(getattr(config, "myst_disable_syntax", []) or [])
    for syntax in ("html_block", "html_inline"):
        if syntax not in disabled:
            disabled.append(syntax)
    config.myst_disable_syntax = disabled
    extensions = [
        e
        for e in (config.myst_enable_extensions or [])
        # substitution renders contributed text with Jinja2: code would run at build time
        if e not in ("html_image", "html_admonition", "substitution")
    ]
    config.myst_enable_extensions = extensions
    # healthkb reports front-matter problems itself, with the line and a fix.
    if "myst.topmatter" not in config.suppress_warnings:
        config.suppress_warnings = [*config.suppress_warnings, "myst.topmatter"]


def setup(app: Sphinx) -> None:
    app.add_transform(RemoveUnsafeContent)
    app.add_post_transform(RemoveUnsafeContent)
