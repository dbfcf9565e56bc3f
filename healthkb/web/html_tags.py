"""Build HTML start tags with every attribute value escaped."""

from __future__ import annotations

from html import escape


def start_tag(name: str, /, **attrs: str | int | float) -> str:
    """``start_tag("a", href=url, class_="x")`` -> ``<a href="..." class="x">``.

    A trailing ``_`` is dropped and other ``_`` become ``-`` (``aria_label``).
    """
    parts = [name]
    for key, value in attrs.items():
        attr = key.rstrip("_").replace("_", "-")
        parts.append(f'{attr}="{escape(str(value), quote=True)}"')
    return "<" + " ".join(parts) + ">"
