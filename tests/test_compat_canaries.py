"""One canary per private internal healthkb uses (healthkb/_compat.py): each fails
when the pinned package no longer has it, before a build silently goes wrong."""

from __future__ import annotations

import functools
import importlib.metadata
import inspect
import os
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


def test_environment_keeps_the_doctrees_it_read_where_the_preview_forgets_them():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/environment/__init__.py
    from sphinx.environment import BuildEnvironment

    assert "self._pickled_doctree_cache[docname]" in inspect.getsource(
        BuildEnvironment.get_doctree
    )
    assert isinstance(
        BuildEnvironment.__dict__["master_doctree"], functools.cached_property
    )
    env = SimpleNamespace(_pickled_doctree_cache={"a": b"x"}, master_doctree="root")
    _compat.forget_read_doctrees(env)
    assert env._pickled_doctree_cache == {} and not hasattr(env, "master_doctree")
    with pytest.raises(_compat.InternalChanged, match="_pickled_doctree_cache"):
        _compat.forget_read_doctrees(SimpleNamespace())


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


class _CiteDomain:
    """sphinxcontrib-bibtex's domain as its builder-inited handler uses it."""

    def __init__(self) -> None:
        from sphinxcontrib.bibtex.domain import BibtexDomain

        self.data = dict(BibtexDomain.initial_data)  # its own starting BibData
        type(self).bibdata = BibtexDomain.bibdata  # its own accessor


def _bibtex_app(tmp_path, text: str) -> SimpleNamespace:
    (tmp_path / "references.bib").write_text(text, encoding="utf-8")
    domain = _CiteDomain()
    config = SimpleNamespace(
        bibtex_bibfiles=["references.bib"],
        bibtex_encoding="utf-8-sig",
        bibtex_reference_style="label",
    )
    env = SimpleNamespace(get_domain=lambda name: domain)
    return SimpleNamespace(confdir=str(tmp_path), config=config, env=env)


def test_bibtex_prints_the_entries_handed_to_it_and_parses_nothing(tmp_path):
    """sphinxcontrib-bibtex parses bibtex_bibfiles at builder-inited (priority 500)
    unless the BibData its cite domain keeps is up to date; healthkb hands it one.
    Upstream: src/sphinxcontrib/bibtex/__init__.py (builder_inited_cite) and
    bibfile.py (process_bibdata), https://github.com/mcmtroffaes/sphinxcontrib-bibtex
    """
    from unittest.mock import MagicMock

    import sphinxcontrib.bibtex as bibtex
    from pybtex.database import BibliographyData, Entry

    # a file its strict parser stops at: it must never be parsed
    app = _bibtex_app(tmp_path, "@article{broken, title = {no closing brace\n")
    path = (tmp_path / "references.bib").resolve()
    data = BibliographyData({"ok2020": Entry("article", {"title": "Read by healthkb"})})
    _compat.give_bibtex_entries(app.env, [(path, ["ok2020"])], data, "utf-8-sig")
    bibtex.builder_inited_cite(app)
    _compat.check_bibtex_entries(app.env, data)
    kept = app.env.get_domain("cite").data["bibdata"]
    assert kept.data is data and list(kept.bibfiles) == [path]
    assert list(kept.bibfiles[path].keys) == ["ok2020"]

    # the file changed after the hand-over: bibtex parses it again, and we say so
    (tmp_path / "second").mkdir()
    app = _bibtex_app(tmp_path / "second", "@article{other2020, title = {T}}\n")
    path = (tmp_path / "second" / "references.bib").resolve()
    _compat.give_bibtex_entries(app.env, [(path, ["ok2020"])], data, "utf-8-sig")
    later = path.stat().st_mtime + 5
    os.utime(path, (later, later))
    bibtex.builder_inited_cite(app)
    with pytest.raises(_compat.InternalChanged, match="process_bibdata"):
        _compat.check_bibtex_entries(app.env, data)

    # its handler runs at builder-inited's default priority, 500
    registered = MagicMock()
    bibtex.setup(registered)
    calls = [
        c for c in registered.connect.call_args_list if c.args[0] == "builder-inited"
    ]
    cite = [c for c in calls if c.args[1] is bibtex.builder_inited_cite]
    assert len(cite) == 1 and cite[0].kwargs.get("priority", 500) == 500
    assert _compat.BIBTEX_PARSES_AT == 500

    # the domain data moved: we fail, not bibtex later
    app.env.get_domain("cite").data.clear()
    with pytest.raises(_compat.InternalChanged, match="bibdata"):
        _compat.give_bibtex_entries(app.env, [], data, "utf-8-sig")


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


def test_myst_still_counts_the_line_it_adds_before_a_nested_fence():
    # https://github.com/executablebooks/MyST-Parser/blob/master/myst_parser/mdit_to_docutils/base.py
    # (render_colon_fence); when MyST stops counting it, remove the correction
    import myst_parser.mdit_to_docutils.base as base
    from myst_parser.parsers.directives import parse_directive_text
    from sphinx_design.grids import GridDirective

    render = base.DocutilsRenderer.render_colon_fence
    original = getattr(render, "_healthkb_original", render)
    assert '"\\n" + ' in inspect.getsource(original)
    parsed = parse_directive_text(GridDirective, "", "\n:::{grid-item-card} A\n:::")
    assert parsed.body_offset == 1 and parsed.blank_line_removed


def test_nested_fence_lines_are_corrected_once(tmp_path):
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace

    (tmp_path / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinx_design"]\n'
        'myst_enable_extensions = ["colon_fence"]\n'
    )
    (tmp_path / "index.md").write_text(
        "# T\n\n::::{grid}\n:::{grid-item-card} A\n\nBody.\n:::\n::::\n"
    )
    _compat.correct_nested_fence_lines()
    _compat.correct_nested_fence_lines()  # a second application: no double shift
    with docutils_namespace():  # sphinx-design's nodes stay out of later builds
        app = Sphinx(
            tmp_path,
            tmp_path,
            tmp_path / "_b",
            tmp_path / "_b/.d",
            "html",
            status=None,
            warning=None,
            freshenv=True,
        )
        app.build()
        doctree = app.env.get_doctree("index")
    lines = {n.astext(): n.line for n in doctree.findall(nodes.paragraph)}
    assert lines["Body."] == 6


def test_every_package_whose_internals_are_used_has_an_upper_bound():
    import ast
    import re
    import sys
    import tomllib
    from pathlib import Path

    root = Path(_compat.__file__).parents[1]
    tree = ast.parse(Path(_compat.__file__).read_text(encoding="utf-8"))
    modules = {
        node.module or ""
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 0
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    third_party = {
        name
        for name in modules
        if name.split(".")[0] not in sys.stdlib_module_names | {"__future__"}
    }
    assert {"sphinxcontrib.bibtex.bibfile", "myst_parser.sphinx_ext"} <= third_party
    dists = importlib.metadata.packages_distributions()
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {
        re.split(r"[<>=!\[ ]", spec, maxsplit=1)[0].lower(): spec
        for spec in project["project"]["dependencies"]
    }

    def distribution(module: str) -> str:
        found = dists[module.split(".")[0]]
        if len(found) == 1:
            return found[0]
        # a namespace package (sphinxcontrib.*): its distribution names the module
        named = "-".join(module.split(".")[:2]).lower()
        return next(d for d in found if d.lower().replace("_", "-") == named)

    for module in third_party:
        dist = distribution(module)
        spec = wanted[dist.lower()]
        assert "<" in spec, f"{dist} has no upper bound in pyproject.toml: {spec}"


def test_sphinx_translates_its_own_console_messages():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/locale/__init__.py
    message = _compat.sphinx_message("writing output... ")
    assert isinstance(message, str)
    assert message == "writing output... "  # untranslated: no language chosen


def test_myst_makes_a_default_document_it_throws_away_for_every_render():
    # speedups/myst_document.py: MyST evaluates options.get("document",
    # make_document()) in setup_render; the replacement gives the same settings
    from docutils.parsers.rst import Parser as RSTParser
    from myst_parser.mdit_to_docutils.base import DocutilsRenderer

    from healthkb.sphinxext.speedups import myst_document

    base, original = _compat.myst_document_maker()
    assert base.make_document in (original, myst_document.make_document)
    assert "make_document()" in inspect.getsource(DocutilsRenderer.setup_render)
    made, kept = original("a.md"), myst_document.make_document("a.md")
    mutable = {"record_dependencies", "_config_files"}
    assert mutable <= vars(made.settings).keys()
    assert {k: v for k, v in vars(made.settings).items() if k not in mutable} == {
        k: v for k, v in vars(kept.settings).items() if k not in mutable
    }
    assert kept.settings._config_files == made.settings._config_files
    assert type(kept.settings.record_dependencies) is type(
        made.settings.record_dependencies
    )
    kept.settings.record_dependencies.add("x.png")
    again = myst_document.make_document("b.md")
    assert again.settings.record_dependencies is not kept.settings.record_dependencies
    assert again.settings.record_dependencies.list == []
    assert made["source"] == kept["source"] == "a.md"
    again = myst_document.make_document(parser_cls=RSTParser)
    again.settings.report_level = 5  # a document's own copy: the next one is as new
    assert myst_document.make_document().settings.report_level == (
        made.settings.report_level
    )
    myst_document.install()
    try:
        assert base.make_document is myst_document.make_document
    finally:
        myst_document.uninstall()
    assert base.make_document is original


def test_sphinx_makes_each_documents_settings_with_a_new_option_parser():
    # speedups/docutils_settings.py: the settings of a document, kept and copied,
    # are those _get_settings makes, and each document's lists are its own
    from docutils.readers import standalone
    from myst_parser.parsers.sphinx_ import MystParser

    from healthkb.sphinxext.speedups import docutils_settings

    module, original = _compat.sphinx_settings_maker()
    assert module._get_settings in (original, docutils_settings.get_settings)
    locales: list[str] = []
    defaults = {"traceback": True, "smartquotes_locales": locales, "env": object()}
    made = original(standalone.Reader, MystParser(), defaults=defaults)
    first = docutils_settings.get_settings(
        standalone.Reader, MystParser(), defaults=defaults
    )
    second = docutils_settings.get_settings(
        standalone.Reader, MystParser(), defaults=defaults
    )
    plain = (str, int, float, bool, tuple, type(None))
    for settings in (first, second):
        assert {k: v for k, v in vars(settings).items() if isinstance(v, plain)} == {
            k: v for k, v in vars(made).items() if isinstance(v, plain)
        }
        assert settings.smartquotes_locales is locales  # from the defaults: shared
        assert settings.env is defaults["env"]
    assert first is not second
    assert first.record_dependencies is not second.record_dependencies
    assert first._config_files is not second._config_files
    first.record_dependencies.add("a.png")
    assert second.record_dependencies.list == []
    # other defaults are other settings
    other = docutils_settings.get_settings(
        standalone.Reader, MystParser(), defaults={**defaults, "traceback": False}
    )
    assert other.traceback is False and second.traceback is True


def test_a_parallel_read_merges_nothing_the_lean_reader_leaves_out():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/environment/__init__.py
    # and sphinx/environment/collectors/: speedups/lean_parallel_read.py sends a
    # reader's environment without `project`; the merge reads only what it keeps
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment
    from sphinx.environment.collectors import (
        EnvironmentCollector,
        asset,
        dependencies,
        metadata,
        title,
        toctree,
    )

    merge = inspect.getsource(Builder._read_parallel)
    assert "self.env.merge_info_from(docs, env, self._app)" in merge
    sources = [inspect.getsource(BuildEnvironment.merge_info_from)]
    modules = (asset, dependencies, metadata, title, toctree)
    for module in modules:
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, EnvironmentCollector)
                and "merge_other" in vars(value)
            ):
                sources.append(inspect.getsource(value.merge_other))
    assert len(sources) > len(modules)
    for source in sources:
        for name in _compat.READER_UNMERGED:
            assert f"other.{name}" not in source
        for used in ("found_docs", "doc2path", "path2doc"):
            assert f"other.{used}" not in source
    assert "project" in BuildEnvironment.__init__.__code__.co_names or (
        "self.project" in inspect.getsource(BuildEnvironment.__init__)
    )
    with pytest.raises(_compat.InternalChanged, match="project"):
        _compat.drop_unmerged_reader_state({})
    assert _compat.drop_unmerged_reader_state({"project": object()}) == {
        "project": None
    }


def test_notfound_merges_a_readers_metadata_wholesale_and_changes_only_its_page():
    # https://github.com/readthedocs/sphinx-notfound-page/blob/main/notfound/extension.py
    from notfound import extension

    collector = extension.OrphanMetadataCollector
    merge = inspect.getsource(collector.merge_other)
    assert "env.metadata.update(other.metadata)" in merge
    process = inspect.getsource(collector.process_doc)
    assert re.findall(r"metadata\[([^\]]+)\]", process) == [
        "app.config.notfound_pagename"
    ]
    config = SimpleNamespace(notfound_pagename="404")
    assert _compat.notfound_page_metadata_keys(config) == ("404",)
    assert _compat.notfound_page_metadata_keys(SimpleNamespace()) == ()


def test_myst_reads_only_its_configuration_keys_from_the_first_front_matter_parse():
    # https://github.com/executablebooks/MyST-Parser/blob/master/myst_parser/parsers/sphinx_.py
    # and myst_parser/config/main.py: speedups/myst_topmatter.py answers
    # read_topmatter with libyaml where the text cannot hold those keys
    from myst_parser.config.main import merge_file_level, read_topmatter

    from healthkb.sphinxext.speedups import myst_topmatter

    module, original = _compat.myst_topmatter_reader()
    assert original is read_topmatter
    assert module.read_topmatter in (original, myst_topmatter.read_topmatter)
    merging = inspect.getsource(merge_file_level).split('"""', 2)[2]
    assert re.findall(r"\btopmatter\.(\w+)", merging) == ["get"]
    keys = re.findall(r'\btopmatter(?:\.get\(|\[)"(\w+)"', merging)
    keys += re.findall(r'"(\w+)" in topmatter\b', merging)
    assert sorted(set(keys)) == sorted(_compat.MYST_TOPMATTER_KEYS)
    assert not re.search(r"\*\*topmatter|for \w+ in topmatter|\(topmatter\)", merging)
    assert set(_compat.MYST_TOPMATTER_KEYS) == {"myst", "html_meta", "substitutions"}
    # and its read gives the same lines to PyYAML as the speed-up's copy
    text = "---\ntitle: A  \nlist:\n  - x\t\n...\nbody\n---\n"
    assert myst_topmatter._topmatter_text(text) == "title: A\nlist:\n  - x\n"
    assert read_topmatter(text) == {"title": "A", "list": ["x"]}


def test_sphinx_splits_an_explicit_title_as_the_rules_read_it():
    # sphinx/util/nodes.py: explicit_title_re = r'^(.+?)\s*(?<!\x00)<(.*?)>$'; the
    # rules (markdown_scan.split_title) read download, doc and toctree targets with it
    split = _compat.explicit_title_splitter()
    assert split("the notes <notes.pdf>") == (True, "the notes", "notes.pdf")
    assert split("notes.pdf") == (False, "notes.pdf", "notes.pdf")
    # a target alone in brackets has no title: Sphinx names the file "<x.pdf>"
    assert split("<x.pdf>") == (False, "<x.pdf>", "<x.pdf>")


def test_sphinx_toctree_globs_stop_at_a_folder():
    """The contents rules read ``*`` as Sphinx's toctree does: a topic's ``*``
    names its own pages, not those of a folder inside it (fnmatch would)."""
    from sphinx.util.matching import patfilter

    from healthkb._compat import toctree_glob_matches

    names = ["articles/a/x", "articles/a/b/index", "articles/a/b/y"]
    for pattern in (
        "articles/a/*",
        "articles/a/*/index",
        "articles/a/**",
        "articles/a/[x]",
    ):
        assert [n for n in names if toctree_glob_matches(n, pattern)] == patfilter(
            names, pattern
        )
    assert not toctree_glob_matches("articles/a/b/index", "articles/a/*")
    assert toctree_glob_matches("articles/a/b/index", "articles/a/*/index")


def test_myst_and_sphinx_log_the_warnings_we_drop_on_their_own_loggers():
    """Upstream: myst_parser/sphinx_ext/myst_refs.py (``LOGGER.warning(msg,
    type="myst", subtype=...)`` in ``MystReferenceResolver.log_warning``) and
    sphinx/environment/__init__.py (``logger.warning("document isn't included in any
    toctree", type="toc", subtype="not_included")`` in ``check_consistency``)."""
    import logging

    from myst_parser.sphinx_ext import myst_refs
    from sphinx import environment

    resolver = inspect.getsource(myst_refs.MystReferenceResolver.log_warning)
    assert 'LOGGER.warning(msg, type="myst"' in resolver
    consistency = inspect.getsource(environment.BuildEnvironment.check_consistency)
    assert "logger.warning(" in consistency and "subtype='not_included'" in consistency
    assert isinstance(myst_refs.LOGGER.logger, logging.Logger)

    logger = environment.logger.logger
    before = list(logger.filters)
    seen = []
    try:
        _compat.drop_reported_warnings(
            "sphinx.environment",
            "logger",
            ("toc", "canary"),
            lambda location, message: (
                seen.append((location, message)) or location == "dropped"
            ),
            "Sphinx",
        )

        def record(location: str, subtype: str = "canary") -> logging.LogRecord:
            made = logging.LogRecord(logger.name, logging.WARNING, "", 0, "x", (), None)
            made.type, made.subtype, made.location = "toc", subtype, location
            return made

        assert not logger.filter(record("dropped"))
        assert logger.filter(record("kept"))
        assert logger.filter(record("dropped", "other"))  # another kind: not asked
        assert seen == [("dropped", "x"), ("kept", "x")]
    finally:
        logger.filters[:] = before
    with pytest.raises(_compat.InternalChanged, match="NO_SUCH_LOGGER"):
        _compat.drop_reported_warnings(
            "sphinx.environment", "NO_SUCH_LOGGER", ("toc", "x"), bool, "Sphinx"
        )


def test_the_read_time_warnings_we_drop_say_their_subject_as_we_read_it():
    """Upstream: sphinx/environment/collectors/asset.py (``'image file not readable:
    %s'``, the path from the source folder), sphinxcontrib/bibtex/foot_roles.py
    and domain.py (``'could not find bibtex key "%s"'``), myst_parser/mdit_to_docutils/base.py
    (``f"Unknown directive type: {name!r}"``, logged by warnings_.create_warning on
    ``getLogger(__name__)``) and sphinx/directives/other.py (``"toctree glob
    pattern %r didn't match any documents"``, subtype ``empty_glob``, no type):
    healthkb.sphinxext.said_once and read_articles read the subject back from them."""
    from myst_parser import warnings_
    from myst_parser.mdit_to_docutils import base
    from sphinx.directives import other
    from sphinx.environment.collectors import asset
    from sphinxcontrib.bibtex import domain as bibtex_domain
    from sphinxcontrib.bibtex import foot_roles

    from healthkb.sphinxext import read_articles, said_once

    collector = inspect.getsource(asset.ImageCollector.process_doc)
    assert "__('image file not readable: %s')" in collector
    assert "subtype='not_readable'" in collector
    assert said_once._IMAGE.match("image file not readable: articles/a/b.png")["s"] == (
        "articles/a/b.png"
    )
    for module in (foot_roles, bibtex_domain):  # footcite roles; the cite roles
        assert """'could not find bibtex key "%s"' % key""" in inspect.getsource(module)
    assert said_once._KEY.match('could not find bibtex key "lee2021"')["s"] == "lee2021"
    renderer = inspect.getsource(base.DocutilsRenderer.run_directive)
    assert 'f"Unknown directive type: {name!r}"' in renderer
    assert said_once._DIRECTIVE.match(f"Unknown directive type: {'nothe'!r}")["s"] == (
        "nothe"
    )
    assert "logger = getLogger(__name__)" in inspect.getsource(warnings_.create_warning)
    toctree = inspect.getsource(other.TocTree.parse_content)
    assert "toctree glob pattern %r didn't match any documents" in toctree
    assert "subtype='empty_glob'" in toctree
    said = f"toctree glob pattern {'*'!r} didn't match any documents"
    assert read_articles._EMPTY_GLOB.match(said)["entry"] == "*"


def test_the_warnings_xref3_drops_say_their_subject_as_we_read_it():
    """Upstream: sphinx/domains/std/__init__.py (``'undefined label: %r'``, type ref,
    and ``'duplicate label %s, other instance in %s'``, no type), docutils/nodes.py
    (``'Duplicate explicit target name: "%s".'``), myst_parser/mdit_to_docutils/base.py
    (``Unknown interpreted text role``, ``Duplicate footnote definition found for
    label``), myst_parser/parsers/directives.py (``Unknown option key``),
    sphinx/highlighting.py (``'Pygments lexer name %r is not known'``) and
    sphinx/transforms/__init__.py (``'Footnote [#] is not referenced.'``): the
    filters of role_targets and said_once read their subject back from them."""
    from docutils import nodes
    from myst_parser.mdit_to_docutils import base
    from myst_parser.parsers import directives as myst_directives
    from sphinx import highlighting, transforms
    from sphinx.domains import std

    from healthkb.sphinxext import role_targets, said_once

    source = inspect.getsource
    assert "__('undefined label: %r')" in source(std.warn_missing_reference)
    assert "duplicate label %s, other instance in %s" in source(std)
    assert "Duplicate explicit target name" in source(nodes)
    assert 'Unknown interpreted text role "{name}".' in source(base)
    assert "Duplicate footnote definition found for label:" in source(base)
    assert "Unknown option key" in source(myst_directives)
    assert "Pygments lexer name %r is not known" in source(highlighting)
    assert "Footnote [#] is not referenced." in source(transforms)
    twice = role_targets._LABEL_TWICE
    assert twice.match("duplicate label same, other instance in /a/b.md")["a"] == "same"
    assert twice.match('Duplicate explicit target name: "same".')["b"] == "same"
    role = said_once._ROLE.match('Unknown interpreted text role "nosuch".')
    assert role["s"] == "nosuch"
    option = said_once._OPTION.match("'note': Unknown option key: 'x' (allowed: [])")
    assert (option["d"], option["k"]) == ("note", "x")
    argument = "Directive 'topic': 1 argument(s) required, 0 supplied"
    assert said_once._ARGUMENTS.match(argument)["s"] == "topic"
    language = "Pygments lexer name 'nosuch' is not known"
    assert said_once._LANGUAGE.match(language)["s"] == "nosuch"
    dupe = "Duplicate footnote definition found for label: 'a'"
    assert said_once._FOOTNOTE_TWICE.match(dupe)["s"] == "a"
    assert said_once._FOOTNOTE_UNUSED.match("Footnote [#] is not referenced.")


def test_sphinx_matcher_globs_include_patterns_as_the_build_does():
    from healthkb._compat import sphinx_path_matcher

    matches = sphinx_path_matcher(["index.md", "articles/**/*.md", "about/*.md"])
    assert matches("index.md") and matches("articles/heart/walking.md")
    assert matches("articles/heart/sub/walking.md")
    assert not matches("ARCHITECTURE.md") and not matches("about/team/x.md")


def test_sphinx_parallel_reader_takes_its_task_runner_from_sphinx_builders():
    # https://github.com/sphinx-doc/sphinx/blob/master/sphinx/builders/__init__.py
    import sphinx.builders
    from sphinx.builders import Builder

    assert "ParallelTasks" in Builder._read_parallel.__code__.co_names
    assert isinstance(sphinx.builders.ParallelTasks, type)

    class NotARunner:
        pass

    with pytest.raises(_compat.InternalChanged, match="ParallelTasks"):
        _compat.use_builders_task_runner(NotARunner)


def test_the_structure_warnings_we_drop_say_their_subject_as_we_read_it():
    """Upstream: myst_parser/mdit_to_docutils/base.py (``Non-consecutive header level
    increase; H{parent_level} to H{level}`` in ``update_section_level_state``),
    myst_parser/parsers/directives.py (``Invalid option value for {name!r}``),
    docutils/parsers/rst/__init__.py (``Content block expected for the "%s"
    directive; none found.``) and docutils/parsers/rst/directives/tables.py (the
    list-table's content errors): said_once's structure filters read them."""
    from docutils.parsers.rst import Directive
    from docutils.parsers.rst.directives import tables
    from myst_parser.mdit_to_docutils import base
    from myst_parser.parsers import directives as myst_directives

    from healthkb.sphinxext import said_once

    source = inspect.getsource
    levels = source(base.DocutilsRenderer.update_section_level_state)
    assert 'f"Non-consecutive header level increase; H{parent_level} to H{level}"' in (
        levels
    )
    assert 'f"Document headings start at H{level}, not H1"' in levels
    assert "MystWarnings.MD_HEADING_NON_CONSECUTIVE" in levels
    assert 'f"Invalid option value for {name!r}: {value}: {error}"' in source(
        myst_directives
    )
    assert 'Content block expected for the "%s" directive; ' in source(
        Directive.assert_has_content
    )
    lists = source(tables.ListTable.check_list_content)
    for said in (
        "exactly one bullet list expected.",
        "two-level bullet list expected, but row %s does not ",
        "uniform two-level bullet list expected, but row %s ",
    ):
        assert said in lists
    heading = said_once._HEADING.match(
        "Non-consecutive header level increase; H1 to H4"
    )
    assert (heading["p"], heading["l"]) == ("1", "4")
    assert said_once._HEADING.match("Document headings start at H3, not H1")["first"]
    content = 'Content block expected for the "note" directive; none found.'
    assert said_once._CONTENT.match(content)["s"] == "note"
    value = "'image': Invalid option value for 'width': huge: \"huge\" is no valid"
    assert (said_once._VALUE.match(value)["d"], said_once._VALUE.match(value)["k"]) == (
        "image",
        "width",
    )
    prefix = 'Error parsing content block for the "list-table" directive: '
    for message, group in (
        ("exactly one bullet list expected.", "one"),
        (
            "two-level bullet list expected, but row 2 does not contain a "
            "second-level bullet list.",
            "row",
        ),
        (
            "uniform two-level bullet list expected, but row 2 does not contain the "
            "same number of items as row 1 (1 vs 2).",
            "differ",
        ),
    ):
        assert said_once._LIST_TABLE.match(prefix + message)[group]
    from sphinx.environment.collectors import asset

    downloads = source(asset.DownloadFileCollector.process_doc)
    assert "__('download file not readable: %s')" in downloads
    assert "type='download'" in downloads and "subtype='not_readable'" in downloads
    said = "download file not readable: /site/articles/a/form.pdf"
    assert said_once._DOWNLOAD.match(said)["s"] == "/site/articles/a/form.pdf"


def test_the_component_and_table_warnings_we_drop_say_their_subject_as_we_read_it():
    """Upstream: sphinx_design/tabs.py and grids.py (``The parent of a 'tab-item'
    should be a 'tab-set'``, at ``(docname, lineno)``; ``GridDirective.run_with_defaults`` reads
    its argument with ``row_columns_option``), sphinx/directives/other.py (``'..
    hlist content is not a list'``) and docutils/parsers/rst/directives/tables.py
    (``exactly one table expected``, ``check_table_dimensions``): said_once's
    filters and structure_rules.ARGUMENTS read them."""
    from docutils.parsers.rst.directives import tables
    from sphinx.directives import other
    from sphinx_design import grids, tabs

    from healthkb.rules.structure_rules import ARGUMENTS
    from healthkb.sphinxext import said_once

    source = inspect.getsource
    item = source(tabs.TabItemDirective.run_with_defaults)
    assert "The parent of a 'tab-item' should be a 'tab-set'" in item
    assert "location=(self.env.docname, self.lineno)" in item
    assert "The parent of a 'grid-item' should be a 'grid-row'" in source(grids)
    assert "row_columns_option(self.arguments[0])" in source(
        grids.GridDirective.run_with_defaults
    )
    assert ARGUMENTS["grid"] == "sphinx_design.grids:row_columns_option"
    assert "__('.. hlist content is not a list')" in source(other.HList.run)
    assert "exactly one table expected." in source(tables.RSTTable.run)
    dimensions = source(tables.Table.check_table_dimensions)
    assert "header row(s) specified but " in dimensions
    assert "no data remaining for table body, " in dimensions
    parent = "The parent of a 'tab-item' should be a 'tab-set' [design.tab]"
    assert said_once._PARENT.match(parent)["c"] == "tab-item"
    assert said_once._HLIST.match(".. hlist content is not a list")
    table = 'Error parsing content block for the "table" directive: '
    assert said_once._LIST_TABLE.match(table + "exactly one table expected.")["table"]
    rows = '5 header row(s) specified but only 1 row(s) of data supplied ("csv-table"'
    assert said_once._TABLE_ROWS.match(rows + " directive).")["a"] == "csv-table"
    argument = (
        "Invalid directive argument: argument must be 1 or 4 (xs sm md lg) values"
    )
    assert said_once._GRID_ARGUMENT.match(argument)
