"""pybtex's plugin lookups are answered from one snapshot of the entry points."""

from __future__ import annotations

import importlib.metadata

import pybtex.plugin
import pytest
import sphinxcontrib.bibtex.plugin

from healthkb.sphinxext.speedups import plugin_cache


def test_many_lookups_scan_the_installed_packages_once(monkeypatch):
    calls = []
    real = importlib.metadata.entry_points

    def counting(**params):
        calls.append(params)
        return real(**params)

    monkeypatch.setattr(importlib.metadata, "entry_points", counting)
    plugin_cache._snapshot.cache_clear()
    plugin_cache._selected.cache_clear()
    plugin_cache.install()
    for _ in range(50):
        style = pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")
        backend = pybtex.plugin.find_plugin("pybtex.backends", "docutils")
        foot = sphinxcontrib.bibtex.plugin.find_plugin(
            "sphinxcontrib.bibtex.style.referencing", "foot"
        )
    assert calls == [{}]
    # the same classes the uncached lookup finds
    assert (
        style is next(iter(real(group="pybtex.style.formatting", name="plain"))).load()
    )
    assert backend.__module__ == "pybtex_docutils"
    assert foot.__name__ == "FootReferenceStyle"


def test_unknown_plugin_still_fails_clearly():
    plugin_cache.install()
    with pytest.raises(pybtex.plugin.PluginNotFound, match="no-such-style"):
        pybtex.plugin.find_plugin("pybtex.style.formatting", "no-such-style")


def test_runtime_registered_plugins_win_over_entry_points():
    plugin_cache.install()

    class Custom(pybtex.plugin.find_plugin("pybtex.style.formatting", "plain")):
        pass

    pybtex.plugin.register_plugin(
        "pybtex.style.formatting", "healthkb-test-custom", Custom
    )
    assert (
        pybtex.plugin.find_plugin("pybtex.style.formatting", "healthkb-test-custom")
        is Custom
    )
