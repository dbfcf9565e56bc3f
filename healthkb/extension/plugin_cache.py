"""Look pybtex's plugins up once per process, not once per citation.

pybtex (``pybtex.plugin.find_plugin``) and sphinxcontrib-bibtex
(``sphinxcontrib.bibtex.plugin.find_plugin``) call ``importlib.metadata.entry_points()``
for every plugin they load, and every ``{footcite}`` role loads several (style,
labels, names, sorting, backend). Each call scans every installed distribution's
metadata (~7-15 ms), which was over half of a 100-article build. Installed entry
points cannot change during a build, so we answer those calls from one snapshot.
Plugins registered at run time (``register_plugin``) are looked up by both libraries
before entry points, so they keep working.
"""

from __future__ import annotations

import importlib.metadata
from functools import cache
from types import ModuleType
from typing import Any

import pybtex.plugin
import sphinxcontrib.bibtex.plugin

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


def install() -> None:
    """Point both libraries' module-level ``entry_points`` name at the cached lookup."""
    for module in _PATCHED:
        module.entry_points = cached_entry_points  # type: ignore[attr-defined]
