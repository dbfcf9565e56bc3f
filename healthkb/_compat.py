"""Every reach into another package's private internals, in one place.

Sphinx, sphinxcontrib-bibtex and pybtex do not promise these names; each accessor
checks that the internal is still what healthkb relies on and raises
:class:`InternalChanged` otherwise (no silent fallback: a wrong page is worse than
a failed build). ``tests/test_compat_canaries.py`` has one canary per internal, with
a link to the upstream code; ``pyproject.toml`` bounds the versions they were
checked against.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any


class InternalChanged(RuntimeError):
    """A package healthkb reaches into has changed: pin it or update this module."""

    def __init__(self, what: str, package: str) -> None:
        super().__init__(
            f"healthkb relies on {what}, which this version of {package} does not "
            f"have. Install the version pinned in requirements.lock, or update "
            f"healthkb/_compat.py."
        )


def _attribute(owner: object, name: str, kind: type, package: str) -> Any:
    value = getattr(owner, name, None)
    if not isinstance(value, kind):
        raise InternalChanged(
            f"{type(owner).__name__}.{name} ({kind.__name__})", package
        )
    return value


def sphinx_path_matcher(patterns: list[str]) -> Callable[[str], bool]:
    """Sphinx's matcher for include_patterns/exclude_patterns (sphinx.util.matching,
    not public API): check reads the pages the build reads by the same globbing."""
    from sphinx.util.matching import Matcher

    matcher = Matcher(patterns)
    return lambda path: bool(matcher(path))


def glossary_terms(std_domain: object) -> dict[str, Any]:
    """Sphinx's glossary terms by lower-cased name (``StandardDomain._terms``)."""
    return _attribute(std_domain, "_terms", dict, "Sphinx")


def search_index_entries(indexer: object) -> dict[str, list[tuple[str, str, str]]]:
    """The index entries Sphinx's search indexer will dump, by docname."""
    return _attribute(indexer, "_index_entries", dict, "Sphinx")


def search_index_words(indexer: object) -> tuple[dict[str, set[str]], ...]:
    """The indexer's word -> docnames maps (body words, title words)."""
    return (
        _attribute(indexer, "_mapping", dict, "Sphinx"),
        _attribute(indexer, "_title_mapping", dict, "Sphinx"),
    )


def build_info_hashes(builder: object) -> tuple[str, str]:
    """The config and tags hashes the HTML builder writes into ``.buildinfo``."""
    info = getattr(builder, "build_info", None)
    if info is None and not hasattr(builder, "create_build_info"):
        return "", ""  # not an HTML builder: there is no .buildinfo
    if info is None:
        raise InternalChanged("StandaloneHTMLBuilder.build_info", "Sphinx")
    return (
        _attribute(info, "config_hash", str, "Sphinx"),
        _attribute(info, "tags_hash", str, "Sphinx"),
    )


def regex_parser() -> tuple[ModuleType, ModuleType]:
    """CPython's regular-expression parser and its opcode names (``re._parser``,
    ``re._constants``): the chatter rule reads from a pattern's parse which strings
    every match needs."""
    import re

    parser = getattr(re, "_parser", None)
    constants = getattr(re, "_constants", None)
    if not isinstance(parser, ModuleType) or not callable(
        getattr(parser, "parse", None)
    ):
        raise InternalChanged("re._parser.parse", "Python")
    for name in (
        "LITERAL",
        "SUBPATTERN",
        "ATOMIC_GROUP",
        "BRANCH",
        "MAX_REPEAT",
        "MIN_REPEAT",
        "POSSESSIVE_REPEAT",
    ):
        if not hasattr(constants, name):
            raise InternalChanged(f"re._constants.{name}", "Python")
    return parser, constants  # type: ignore[return-value]


#: sphinxcontrib-bibtex parses ``bibtex_bibfiles`` itself at ``builder-inited``
#: (priority 500) unless the parse it keeps is up to date: ``builder_inited_cite`` in
#: https://github.com/mcmtroffaes/sphinxcontrib-bibtex/blob/develop/src/sphinxcontrib/bibtex/__init__.py
#: and ``process_bibdata`` in .../sphinxcontrib/bibtex/bibfile.py. It has no way to
#: take entries parsed elsewhere, and its strict parse stops the whole build at one
#: broken entry (https://github.com/mcmtroffaes/sphinxcontrib-bibtex/issues/104).
BIBTEX_PARSES_AT = 500


def give_bibtex_entries(
    env: Any, files: Sequence[tuple[Path, Iterable[str]]], data: Any, encoding: str
) -> None:
    """Make *data* (a pybtex ``BibliographyData``) the parse sphinxcontrib-bibtex
    uses, so it parses nothing itself: its ``cite`` domain keeps a ``BibData`` in
    ``data["bibdata"]``, and reuses it while the encoding, the files (*files*: each
    path, as bibtex resolves ``bibtex_bibfiles``, with the keys it holds) and their
    modification times are the ones recorded. Call it at ``builder-inited`` before
    :data:`BIBTEX_PARSES_AT`, and :func:`check_bibtex_entries` after."""
    from sphinxcontrib.bibtex.bibfile import BibData, BibFile, get_mtime

    domain = env.get_domain("cite")
    if not isinstance(domain.data.get("bibdata"), BibData):
        raise InternalChanged(
            'the "cite" domain\'s data["bibdata"] (BibData)', "sphinxcontrib-bibtex"
        )
    domain.data["bibdata"] = BibData(
        encoding=encoding,
        bibfiles={
            path: BibFile(mtime=get_mtime(path), keys=dict.fromkeys(keys))
            for path, keys in files
        },
        data=data,
    )


def check_bibtex_entries(env: Any, data: Any) -> None:
    """After sphinxcontrib-bibtex's ``builder-inited``: it kept *data* (had it
    parsed the files again, a build would print entries healthkb refused)."""
    kept = getattr(env.get_domain("cite").data.get("bibdata"), "data", None)
    if kept is not data:
        raise InternalChanged(
            "sphinxcontrib-bibtex reusing an up-to-date bibdata (process_bibdata)",
            "sphinxcontrib-bibtex",
        )


def is_furo_full_tree_call(kwargs: dict[str, Any]) -> bool:
    """Whether a ``toctree()`` call from a template is furo's sidebar call for the
    whole tree (``furo._compute_navigation_tree``: ``maxdepth=-1, collapse=False``),
    the one :mod:`healthkb.sphinxext.navigation` answers with a bounded tree."""
    return kwargs.get("maxdepth") == -1 and not kwargs.get("collapse", True)


def replace_entry_points(
    module: ModuleType,
    lookup: Callable[..., Any],
    expected: Callable[..., Any] = importlib.metadata.entry_points,
) -> Any:
    """Point *module*'s own ``entry_points`` name (*expected*: imported from
    importlib.metadata) at *lookup*; returns what it was, to put back."""
    original = getattr(module, "entry_points", None)
    if original is not expected and original is not lookup:
        raise InternalChanged(
            f"{module.__name__}.entry_points (importlib.metadata's)", module.__name__
        )
    module.entry_points = lookup  # type: ignore[attr-defined]
    return original


#: the logger MyST prints its whole configuration to on every build (info level)
MYST_CONFIG_LOGGER = "sphinx.myst_parser.sphinx_ext.main"


class _DropMystConfigDump:
    """A logging filter: MyST's "myst vX: MdParserConfig(...)" line, nothing else."""

    def filter(self, record: Any) -> bool:
        return not (
            isinstance(record.msg, str)
            and "myst v%s:" in record.msg
            and any(type(a).__name__ == "MdParserConfig" for a in record.args or ())
        )


def quiet_myst_config_dump() -> None:
    """Editors see MyST's full settings on every build, even when nothing changed
    (issue 15); drop that one line. MyST logs it from ``create_myst_config``."""
    import logging

    from myst_parser.sphinx_ext import main

    if "create_myst_config" not in vars(main):
        raise InternalChanged(
            "myst_parser.sphinx_ext.main.create_myst_config", "myst-parser"
        )
    logger = logging.getLogger(MYST_CONFIG_LOGGER)
    if not any(isinstance(f, _DropMystConfigDump) for f in logger.filters):
        logger.addFilter(_DropMystConfigDump())


class _DropReported:
    """A logging filter: a warning of one ``type.subtype`` that healthkb reported
    itself (in its own words, at its own line) is dropped; every other passes."""

    def __init__(
        self, kind: tuple[str | None, str | None], reported: Callable[[Any, str], bool]
    ) -> None:
        self.kind, self.reported = kind, reported

    def filter(self, record: Any) -> bool:
        kind = (getattr(record, "type", None), getattr(record, "subtype", None))
        return kind != self.kind or not self.reported(
            getattr(record, "location", None), record.getMessage()
        )


def drop_reported_warnings(
    module_name: str,
    attr: str,
    kind: tuple[str | None, str | None],
    reported: Callable[[Any, str], bool],
    package: str,
) -> None:
    """Give *reported* (called with the warning's location: a node, a docname or a
    (docname, line) pair; and its message) the say over each warning of *kind* that
    the Sphinx logger *attr* of *module_name* logs: true means healthkb has said the
    same, so the warning is not given twice (the guide's rule: one message per
    problem). A logger's own filters see only what it logs itself, so the filter
    goes on that module's logger; an empty *attr*: the logger the module asks for
    by its own name, where it warns."""
    import logging

    module = importlib.import_module(module_name)
    if attr:
        logger = getattr(vars(module).get(attr), "logger", None)
    elif "getLogger(__name__)" in _source(module):  # type: ignore[arg-type]
        # the module asks for its logger where it warns (MyST's create_warning)
        logger = logging.getLogger(f"sphinx.{module_name}")
    else:
        logger = None
    if not isinstance(logger, logging.Logger):
        raise InternalChanged(f"{module_name}.{attr} (a Sphinx logger)", package)
    if not any(
        isinstance(f, _DropReported) and f.kind == kind and f.reported is reported
        for f in logger.filters
    ):  # one filter per kind and judge: several judges may share a logger and kind
        logger.addFilter(_DropReported(kind, reported))


#: set while MyST renders a colon fence whose body it gave an extra first line
_FENCE_LINE_ADDED: list[bool] = []


def correct_nested_fence_lines() -> None:
    """Put right the lines of everything inside a colon-fence directive whose body
    opens with another fence (``::::{grid}`` then ``:::{grid-item-card}``).

    MyST's ``render_colon_fence`` prepends a blank line to such a body, so that the
    inner fence is not read as an option, and ``parse_directive_text`` then counts
    that line as the author's: every node inside is one line too low, so the build
    and ``healthkb check`` named different lines for a refused card image (found in
    session 5; upstream: https://github.com/executablebooks/MyST-Parser/blob/master/
    myst_parser/mdit_to_docutils/base.py, ``render_colon_fence``). The body offset
    of that one directive is taken back by one; nothing else changes."""
    from myst_parser.mdit_to_docutils import base
    from myst_parser.parsers.directives import DirectiveParsingResult

    renderer = base.DocutilsRenderer
    render = vars(renderer).get("render_colon_fence")
    parse = vars(base).get("parse_directive_text")
    if getattr(render, "_healthkb_original", None) is not None:
        return  # already in place (a second application in one process)
    if render is None or parse is None or '"\\n" + ' not in _source(render):
        raise InternalChanged(
            "DocutilsRenderer.render_colon_fence prepending a line to a body that "
            "opens with a fence, and base.parse_directive_text",
            "myst-parser",
        )

    def render_colon_fence(self: Any, token: Any) -> None:
        _FENCE_LINE_ADDED.append(token.content.startswith(":::"))
        try:
            render(self, token)
        finally:
            _FENCE_LINE_ADDED.pop()

    def parse_directive_text(*args: Any, **kwargs: Any) -> Any:
        result = parse(*args, **kwargs)
        if _FENCE_LINE_ADDED and _FENCE_LINE_ADDED[-1]:
            _FENCE_LINE_ADDED[-1] = False  # this fence's own directive, not inner ones
            if isinstance(result, DirectiveParsingResult) and result.body_offset > 0:
                result.body_offset -= 1
        return result

    render_colon_fence._healthkb_original = render  # type: ignore[attr-defined]
    renderer.render_colon_fence = render_colon_fence  # type: ignore[method-assign]
    base.parse_directive_text = parse_directive_text


def myst_document_maker() -> tuple[ModuleType, Callable[..., Any]]:
    """MyST's renderer module and its ``make_document``, which ``setup_render`` calls
    for the default of ``options.get("document", make_document())``: evaluated, with
    a new docutils ``OptionParser``, also when Sphinx hands it the document."""
    from myst_parser.mdit_to_docutils import base

    make = vars(base).get("make_document")
    setup_render = vars(base.DocutilsRenderer).get("setup_render")
    if (
        make is None
        or setup_render is None
        or 'options.get("document", make_document())' not in _source(setup_render)
    ):
        raise InternalChanged(
            "myst_parser.mdit_to_docutils.base.make_document, called by "
            "DocutilsRenderer.setup_render",
            "myst-parser",
        )
    return base, make


#: the top-level front-matter keys MyST's file-level configuration reads
#: (``merge_file_level``); any other key changes nothing but the copy it makes
MYST_TOPMATTER_KEYS = ("myst", "html_meta", "substitutions")


def myst_topmatter_reader() -> tuple[ModuleType, Callable[..., Any]]:
    """MyST's Sphinx parser module and the ``read_topmatter`` its ``parse`` calls to
    merge a document's file-level configuration (the front matter parsed once
    here, with PyYAML's Python loader, and again by ``render_front_matter``)."""
    from myst_parser.config import main as config_main
    from myst_parser.parsers import sphinx_

    read = vars(sphinx_).get("read_topmatter")
    parse = vars(sphinx_.MystParser).get("parse")
    merge = vars(config_main).get("merge_file_level")
    if read is None or parse is None or merge is None:
        raise InternalChanged(
            "myst_parser.parsers.sphinx_.read_topmatter", "myst-parser"
        )
    source, merging = _source(parse), _source(merge)
    read_keys = set(re.findall(r"topmatter(?:\.get\(|\[)\"(\w+)\"", merging))
    read_keys |= set(re.findall(r"\"(\w+)\" in topmatter", merging))
    if (
        "topmatter = read_topmatter(inputstring)" not in source
        or "merge_file_level(config, topmatter, warning)" not in source
        or source.count("topmatter") != 4
        or read_keys != set(MYST_TOPMATTER_KEYS)
    ):
        raise InternalChanged(
            "MystParser.parse reading only the file-level configuration keys of "
            "read_topmatter's answer",
            "myst-parser",
        )
    return sphinx_, read


def sphinx_settings_maker() -> tuple[ModuleType, Callable[..., Any]]:
    """``sphinx.util.docutils`` and its ``_get_settings``, which
    ``_parse_str_to_doctree`` calls for every document read (a new docutils
    ``OptionParser`` each time)."""
    from sphinx.util import docutils as sphinx_docutils

    make = vars(sphinx_docutils).get("_get_settings")
    parse = vars(sphinx_docutils).get("_parse_str_to_doctree")
    if make is None or parse is None or "_get_settings(" not in _source(parse):
        raise InternalChanged(
            "sphinx.util.docutils._get_settings, called by _parse_str_to_doctree",
            "sphinx",
        )
    return sphinx_docutils, make


def _source(function: Callable[..., Any]) -> str:
    import inspect

    return inspect.getsource(function)


#: the search indexer's per-document tables (docname -> value) and its word maps
#: (word -> docnames), which :meth:`IndexBuilder.feed` adds to and nothing else
SEARCH_INDEX_PER_DOC = ("_titles", "_filenames", "_all_titles", "_index_entries")
SEARCH_INDEX_WORDS = ("_mapping", "_title_mapping")


def search_index_tables(indexer: object) -> dict[str, dict[str, Any]]:
    """What ``IndexBuilder.feed`` writes to, by attribute name (the same objects:
    Sphinx keeps them on the environment too)."""
    return {
        name: _attribute(indexer, name, dict, "Sphinx")
        for name in (*SEARCH_INDEX_PER_DOC, *SEARCH_INDEX_WORDS)
    }


def start_search_index_tables(indexer: object) -> None:
    """Give *indexer* empty tables, so that what it is fed next can be sent whole
    to another process (:func:`search_index_tables`) and merged there."""
    for name in search_index_tables(indexer):
        setattr(indexer, name, {})


def forget_read_doctrees(env: object) -> None:
    """Make *env* read every doctree from its file again: Sphinx keeps each doctree
    file's bytes it read (``BuildEnvironment._pickled_doctree_cache``) and the root
    document's doctree (``master_doctree``, the global toctree) for the life of the
    process, which a process that builds again and again (the preview) outlives."""
    _attribute(env, "_pickled_doctree_cache", dict, "Sphinx").clear()
    if "master_doctree" in vars(env):
        del vars(env)["master_doctree"]


def parallel_tools() -> tuple[
    type, Callable[..., list[Any]], type, Callable[..., None]
]:
    """Sphinx's forked task runner and log relay: ``ParallelTasks``, ``make_chunks``
    (``sphinx.util.parallel``), ``LogCollector`` and ``convert_serializable``
    (``sphinx.util.logging``), which its own parallel writer uses."""
    from sphinx.util import logging as sphinx_logging
    from sphinx.util import parallel

    tasks = getattr(parallel, "ParallelTasks", None)
    chunks = getattr(parallel, "make_chunks", None)
    collector = getattr(sphinx_logging, "LogCollector", None)
    serializable = getattr(sphinx_logging, "convert_serializable", None)
    if not isinstance(tasks, type) or not all(
        hasattr(tasks, m) for m in ("add_task", "join", "terminate")
    ):
        raise InternalChanged("sphinx.util.parallel.ParallelTasks", "Sphinx")
    if not callable(chunks):
        raise InternalChanged("sphinx.util.parallel.make_chunks", "Sphinx")
    if not isinstance(collector, type) or not hasattr(collector, "collect"):
        raise InternalChanged("sphinx.util.logging.LogCollector", "Sphinx")
    if not callable(serializable):
        raise InternalChanged("sphinx.util.logging.convert_serializable", "Sphinx")
    return tasks, chunks, collector, serializable


#: what a parallel reader's environment carries that the main process never reads
#: from it: Sphinx's ``merge_info_from`` and the collectors' ``merge_other`` read only
#: the per-document tables, the domain data and the metadata, never ``project`` (the
#: docname <-> path maps of every document: ~1 MB per reader at 10,000 articles)
READER_UNMERGED = ("project",)


def drop_unmerged_reader_state(state: dict[str, Any]) -> dict[str, Any]:
    """A reader's pickled environment state without :data:`READER_UNMERGED` (the
    unpickled copy, only merged from and then dropped, has them as None)."""
    for name in READER_UNMERGED:
        if name not in state:
            raise InternalChanged(f"BuildEnvironment.{name}", "Sphinx")
        state[name] = None
    return state


def notfound_page_metadata_keys(config: object) -> tuple[str, ...]:
    """The metadata sphinx-notfound-page changes in every reader (its page's), which
    its ``merge_other`` copies wholesale (``env.metadata.update(other.metadata)``)
    along with every other document's, unchanged, entry."""
    name = getattr(config, "notfound_pagename", None)
    return (name,) if isinstance(name, str) else ()


def sphinx_message(text: str) -> str:
    """*text* as Sphinx's own console messages translate it (``sphinx.locale.__``),
    for a message healthkb prints in Sphinx's place."""
    from sphinx import locale

    return str(locale.__(text))


def explicit_title_splitter() -> Callable[[str], tuple[bool, str, str]]:
    """Sphinx's own split of a role's or toctree entry's ``Title <target>`` text
    (``sphinx.util.nodes.split_explicit_title``, not in Sphinx's documented API):
    the rules must name the same target the build resolves."""
    from sphinx.util import nodes

    split = getattr(nodes, "split_explicit_title", None)
    if not callable(split):
        raise InternalChanged("sphinx.util.nodes.split_explicit_title", "Sphinx")
    return split


def toctree_glob_matches(docname: str, pattern: str) -> bool:
    """Whether a ``:glob:`` toctree entry *pattern* names *docname* as Sphinx's
    toctree reads it (``sphinx.util.matching.patmatch``: ``*`` stops at ``/``,
    unlike :mod:`fnmatch`), so check lists the pages the build lists."""
    from sphinx.util.matching import patmatch

    return patmatch(docname, pattern) is not None


def use_builders_task_runner(runner: type) -> None:
    """Make Sphinx's parallel reader (``Builder._read_parallel``) fork its chunks
    with *runner*, a subclass of ``ParallelTasks``: it looks the class up by its
    name in ``sphinx.builders`` each build (the canary checks that it still does)."""
    import sphinx.builders

    tasks = getattr(sphinx.builders, "ParallelTasks", None)
    if not isinstance(tasks, type) or not (
        issubclass(runner, tasks) or issubclass(tasks, runner)
    ):
        raise InternalChanged("sphinx.builders.ParallelTasks", "Sphinx")
    sphinx.builders.ParallelTasks = runner  # type: ignore[attr-defined]
