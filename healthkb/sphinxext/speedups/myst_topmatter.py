"""MyST's front matter parsed once with PyYAML's Python loader, not twice.

For every document MyST's Sphinx parser first reads the front matter
(``read_topmatter``, PyYAML's pure-Python ``safe_load``) only to merge a file-level
configuration from its ``myst`` (and the old top-level ``html_meta`` and
``substitutions``) keys, then parses it again to render it
(``render_front_matter``): ~5% of a profiled build's reading, twice the same work.
An article's front matter never has those keys. Here, when the text
``read_topmatter`` would parse cannot hold them (none of the three names is in it,
and no backslash that could spell one in a quoted string), it is parsed with
libyaml's loader instead (~8x faster): MyST's parser takes from the answer only
whether it is a non-empty mapping (it then works on a copy of the configuration,
with nothing changed). Anything else, and any text that is not plain printable
ASCII (where the two loaders could disagree), or that libyaml does not read as a
non-empty mapping, goes to MyST's own ``read_topmatter``, so a malformed front
matter is reported exactly as before. Off with ``healthkb_speedups = False``, and
without libyaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import yaml

from healthkb._compat import MYST_TOPMATTER_KEYS, myst_topmatter_reader
from healthkb.sphinxext.speedups import for_each_build

if TYPE_CHECKING:
    from sphinx.application import Sphinx

_MODULE, _ORIGINAL = myst_topmatter_reader()
_LOADER = getattr(yaml, "CSafeLoader", None)
#: printable ASCII and newlines only: the text both loaders read alike
_PLAIN = re.compile(r"[\n\x20-\x7e]*")


def _topmatter_text(text: str) -> str | None:
    """What ``read_topmatter(text)`` gives ``yaml.safe_load`` (None: it parses
    nothing): the lines after a first ``---`` line up to a line starting with
    ``---`` or ``...``, each without trailing white space, with a newline."""
    lines = iter(text.splitlines())
    if not next(lines, "").startswith("---"):
        return None
    top: list[str] = []
    for line in lines:
        if line.startswith(("---", "...")):
            break
        top.append(line.rstrip() + "\n")
    return "".join(top)


def read_topmatter(text: str | Iterator[str]) -> dict[str, Any] | None:
    if isinstance(text, str) and text.startswith("---") and _LOADER is not None:
        top = _topmatter_text(text)
        if (
            top is not None
            and "\\" not in top
            and _PLAIN.fullmatch(top)
            and not any(key in top for key in MYST_TOPMATTER_KEYS)
        ):
            try:
                data = yaml.load(top, Loader=_LOADER)  # noqa: S506 - the safe loader
            except Exception:  # noqa: BLE001 - MyST's own read reports it as it does
                data = None
            if isinstance(data, dict) and data:
                return data
    return _ORIGINAL(text)


def install() -> None:
    if _LOADER is not None:
        _MODULE.read_topmatter = read_topmatter


def uninstall() -> None:
    _MODULE.read_topmatter = _ORIGINAL


def setup(app: Sphinx) -> None:
    for_each_build(app, install, uninstall)
