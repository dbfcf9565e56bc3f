"""``Text.from_latex`` with the LaTeX decoding done once per distinct string.

pybtex decodes a field's LaTeX with latexcodec every time it is shown; a site's
names, journals and titles are decoded again for every citation, every page's
structured data and every check of the ``.bib`` (a sixth of a full build's time at
1,000 articles). The decoded string depends only on the LaTeX, so it is kept;
the rich text is still parsed afresh, so no caller shares a mutable object.
"""

from __future__ import annotations

import codecs
import functools

import latexcodec  # noqa: F401  (registers the "ulatex" codec)
from pybtex.markup import LaTeXParser
from pybtex.richtext import Text


@functools.lru_cache(maxsize=1 << 17)
def _decoded(latex: str) -> str:
    # errors are raised, not cached: the caller sees the same exception each time
    return codecs.decode(latex, "ulatex")


def text_from_latex(latex: str) -> Text:
    """What ``Text.from_latex(latex)`` returns, raising the same errors."""
    return LaTeXParser(_decoded(latex)).parse()


__all__ = ["text_from_latex"]
