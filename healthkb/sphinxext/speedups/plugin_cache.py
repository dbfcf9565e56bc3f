"""Look pybtex's plugins up once per process, not once per citation.

pybtex (``pybtex.plugin.find_plugin``) and sphinxcontrib-bibtex
(``sphinxcontrib.bibtex.plugin.find_plugin``) call ``importlib.metadata.entry_points()``
for every plugin they load, and every ``{footcite}`` role loads several (style,
labels, names, sorting, backend). Each call scans every installed distribution's
metadata (~7-15 ms), which was over half of a 100-article build. Installed entry
points cannot change during a build, so we answer those calls from one snapshot.
Plugins registered at run time (``register_plugin``) are looked up by both libraries
before entry points, so they keep working. Off with ``healthkb_speedups = False``;
the libraries' own lookup is put back when the build ends.
"""

from __future__ import annotations

import importlib.metadata
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pybtex.plugin
import sphinxcontrib.bibtex.plugin

from healthkb._compat import replace_entry_points
from healthkb.sphinxext.speedups import for_each_build

if TYPE_CHECKING:
    from sphinx.application import Sphinx

_PATCHED: tuple[ModuleType, ...] = (pybtex.plugin, sphinxcontrib.bibtex.plugin)


@cache
def _snapshot() -> importlib.metadata.EntryPoints:
    return importlib.metadata.entry_points()


@cache
def _selected(group: str | None, name: str | None) -> importlib.metadata.EntryPoints:
    params = {k: v for k, v in (("group", group), ("name", name)) if v is not None}
    return _snapshot().select(**params)


def cached_entry_points(**params: Any) -> importlib.metadata.EntryPoints:
    """``importlib.metadata.entry_points(**params)``, from the process's snapshot."""
    if set(params) - {"group", "name"}:
        return importlib.metadata.entry_points(**params)
    return _selected(params.get("group"), params.get("name"))


#: each patched module's own ``entry_points``, while the cached lookup replaces it
_ORIGINALS: dict[ModuleType, Any] = {}


def install() -> None:
    """Point both libraries' module-level ``entry_points`` name at the cached lookup."""
    for module in _PATCHED:
        original = replace_entry_points(module, cached_entry_points)
        _ORIGINALS.setdefault(module, original)


def uninstall() -> None:
    """Give both libraries their own lookup back."""
    while _ORIGINALS:
        module, original = _ORIGINALS.popitem()
        replace_entry_points(module, original, expected=cached_entry_points)


def setup(app: Sphinx) -> None:
    # before any role loads a plugin (documents are read after config-inited)
    for_each_build(app, install, uninstall)
