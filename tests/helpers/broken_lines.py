"""Lines that each break a rule when added to an article (for verdict comparisons)."""

from __future__ import annotations

BROKEN = [
    "Sure, here's a draft of the article you asked for.",
    "See {doc}`/articles/nowhere/missing-page` for more.",
    "The {term}`not-a-term` matters.",
    "![a picture](missing-image.png)",
    "[download](../../conf.py)",
    "Cited here {footcite}`no-such-key-2020`.",
]
