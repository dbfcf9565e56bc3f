"""One canary per private internal healthkb uses (healthkb/_compat.py): each fails
when the pinned package no longer has it, before a build silently goes wrong."""

from __future__ import annotations

import importlib.metadata
import inspect
import re
from types import SimpleNamespace

import furo
import pybtex.plugin
import pytest
import sphinxcontrib.bibtex.plugin
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.domains.std import StandardDomain
from sphinx.search import IndexBuilder
from sphinx.util import logging as sphinx_logging

from healthkb import _compat


def test_std_domain_keeps_glossary_terms_in_a_dict():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/domains/std/__init__.py
    assert isinstance(StandardDomain.__dict__["_terms"], property)
    with pytest.raises(_compat.InternalChanged, match="_terms"):
        _compat.glossary_terms(SimpleNamespace())


def test_search_indexer_keeps_entries_and_word_maps():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/search/__init__.py
    source = inspect.getsource(IndexBuilder.__init__)
    for name in ("_index_entries", "_mapping", "_title_mapping"):
        assert f"self.{name}: dict[" in source, name
    indexer = SimpleNamespace(_index_entries={}, _mapping={}, _title_mapping={})
    assert _compat.search_index_words(indexer) == ({}, {})
    with pytest.raises(_compat.InternalChanged, match="_index_entries"):
        _compat.search_index_entries(SimpleNamespace())


def test_search_indexer_feed_writes_only_the_tables_a_writer_sends_back():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/search/__init__.py
    # speedups/parallel_write.py sends these tables from a writer and merges them
    source = inspect.getsource(IndexBuilder.feed)
    used = set(re.findall(r"self\.(_\w+)", source)) - {"_word_collector"}
    tables = {*_compat.SEARCH_INDEX_PER_DOC, *_compat.SEARCH_INDEX_WORDS}
    assert used <= tables, used - tables
    init = inspect.getsource(IndexBuilder.__init__)
    for name in tables:
        assert f"self.{name}: dict[" in init, name
    indexer = SimpleNamespace(**{name: {"x": 1} for name in tables})
    _compat.start_search_index_tables(indexer)
    assert _compat.search_index_tables(indexer) == {name: {} for name in tables}
    with pytest.raises(_compat.InternalChanged, match="_titles"):
        _compat.search_index_tables(SimpleNamespace())


def test_sphinx_parallel_tools_run_chunks_and_relay_logs():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/util/parallel.py
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/util/logging.py
    tasks, make_chunks, collector_type, serializable = _compat.parallel_tools()
    chunks = make_chunks([str(n) for n in range(95)], 2)
    assert [d for chunk in chunks for d in chunk] == [str(n) for n in range(95)]
    assert inspect.signature(tasks.add_task).parameters.keys() >= {
        "task_func",
        "arg",
        "result_func",
    }
    collector = collector_type()
    with collector.collect():
        sphinx_logging.getLogger("healthkb.canary").warning("seen %s", "once")
    serializable(collector.logs)
    assert [r.getMessage() for r in collector.logs] == ["seen once"]


def test_html_builder_has_build_info_hashes():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/builders/html/_build_info.py
    info = StandaloneHTMLBuilder.create_build_info
    assert callable(info)
    builder = SimpleNamespace(
        build_info=SimpleNamespace(config_hash="a", tags_hash="b"),
        create_build_info=info,
    )
    assert _compat.build_info_hashes(builder) == ("a", "b")
    with pytest.raises(_compat.InternalChanged, match="build_info"):
        _compat.build_info_hashes(SimpleNamespace(create_build_info=info))


def test_stable_hash_is_sphinxs_config_hash():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/util/_serialise.py
    first = _compat.stable_hash({"a": [1, 2]})
    assert first == _compat.stable_hash({"a": [1, 2]})
    assert first != _compat.stable_hash({"a": [1, 3]})


@pytest.mark.parametrize("module", [pybtex.plugin, sphinxcontrib.bibtex.plugin])
def test_plugin_modules_look_entry_points_up_by_module_name(module, monkeypatch):
    # https://bitbucket.org/pybtex-devs/pybtex/src/master/pybtex/plugin/__init__.py
    # https://github.com/mcmtroffaes/sphinxcontrib-bibtex/blob/develop/src/sphinxcontrib/bibtex/plugin.py
    monkeypatch.setattr(module, "entry_points", importlib.metadata.entry_points)

    def lookup(**params):
        return importlib.metadata.entry_points(**params)

    assert (
        _compat.replace_entry_points(module, lookup) is importlib.metadata.entry_points
    )
    assert module.entry_points is lookup
    monkeypatch.setattr(module, "entry_points", print)
    with pytest.raises(_compat.InternalChanged, match="entry_points"):
        _compat.replace_entry_points(module, lookup)


def test_furo_asks_for_the_whole_tree_with_the_call_navigation_answers():
    # https://github.com/pradyunsg/furo/blob/main/src/furo/__init__.py
    calls: list[dict[str, object]] = []

    def toctree(**kwargs: object) -> str:
        calls.append(kwargs)
        return ""

    furo._compute_navigation_tree({"toctree": toctree})
    assert len(calls) == 1
    assert _compat.is_furo_full_tree_call(calls[0])
    assert not _compat.is_furo_full_tree_call({"maxdepth": 2, "collapse": True})


def test_bibtex_keeps_its_parsed_bibliography_in_the_cite_domain_data():
    # https://github.com/mcmtroffaes/sphinxcontrib-bibtex/blob/develop/src/sphinxcontrib/bibtex/domain.py
    from sphinxcontrib.bibtex.bibfile import BibData
    from sphinxcontrib.bibtex.domain import BibtexDomain

    assert "bibdata" in inspect.getsource(BibtexDomain)
    parsed = BibData(encoding="utf-8", bibfiles={}, data=None)
    domain = SimpleNamespace(data={"bibdata": parsed})
    env = SimpleNamespace(get_domain=lambda name: domain)
    assert _compat.cite_bibdata(env) is parsed
    domain.data.clear()
    with pytest.raises(_compat.InternalChanged, match="bibdata"):
        _compat.cite_bibdata(env)


def test_myst_still_logs_its_configuration_where_we_filter_it(tmp_path):
    """Upstream: myst_parser/sphinx_ext/main.py, create_myst_config (logger.info of
    "myst v%s:" with the MdParserConfig)."""
    import inspect
    import logging

    from myst_parser.config.main import MdParserConfig
    from myst_parser.sphinx_ext import main

    source = inspect.getsource(main.create_myst_config)
    assert 'bold("myst v%s:")' in source and "app.env.myst_config" in source
    _compat.quiet_myst_config_dump()
    logger = logging.getLogger(_compat.MYST_CONFIG_LOGGER)
    dump = logging.LogRecord(
        logger.name,
        logging.INFO,
        "",
        0,
        "myst v%s:" + " %s",
        ("5", MdParserConfig()),
        None,
    )
    other = logging.LogRecord(logger.name, logging.INFO, "", 0, "other", (), None)
    assert not logger.filter(dump)
    assert logger.filter(other)


def test_cpythons_regex_parser_still_parses_into_opcodes():
    # https://github.com/python/cpython/blob/3.13/Lib/re/_parser.py (private since
    # 3.11, when sre_parse became re._parser)
    parser, constants = _compat.regex_parser()
    parsed = list(parser.parse("ab|c"))
    assert parsed and parsed[0][0] is constants.BRANCH


def test_sphinx_translates_its_own_console_messages():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/locale/__init__.py
    message = _compat.sphinx_message("writing output... ")
    assert isinstance(message, str)
    assert message == "writing output... "  # untranslated: no language chosen
