"""One Sphinx application kept between saves; its incremental build is run again.

A save is built in two steps. :meth:`WarmBuild.rebuild` does what the page on
screen needs: read the changed documents, find the pages that show them, write
those pages. :meth:`WarmBuild.flush` does the rest of Sphinx's build, in the same
order and with the same hooks, once the page is served: the generated pages
(keywords, index, search page), the search index and inventory, healthkb's
``build-finished`` work (sitemap, feed, saved state) and the saved environment.
The next rebuild (or a restart) flushes first, so the output after every flush is
what ``app.build()`` would have written.
"""

from __future__ import annotations

import gc
import io
import os
import pickle
import re
import sys
import threading
import time
import traceback
from collections.abc import Iterable
from contextlib import contextmanager, nullcontext
from functools import partial
from pathlib import Path
from typing import Any

from sphinx.application import ENV_PICKLE_FILENAME, Sphinx
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.util import logging as sphinx_logging
from sphinx.util.build_phase import BuildPhase
from sphinx.util.parallel import SerialTasks

from healthkb._compat import forget_read_doctrees
from healthkb.model.settings import setting
from healthkb.preview.deferred_write import DeferredWrite
from healthkb.preview.kept_relations import relations_kept
from healthkb.sphinxext.incremental import cross_document
from healthkb.sphinxext.speedups import plugin_cache

_ANSI = re.compile(r"\x1b\[[0-9;]*m")

#: what the preview skips: Pagefind indexes the whole site on every build
PREVIEW_OVERRIDES = {"healthkb_pagefind": "0"}  # as `-D healthkb_pagefind=0` gives it

#: seconds without a save before the preview does the rest of the last build (the
#: other pages that show the saved one, search index, sitemap, feed): not while an
#: editor saves again and again
IDLE_BEFORE_FINISH = 2.0
#: seconds more before it saves the environment (only the next start reads it)
PICKLE_AFTER_IDLE = 5.0

#: saves between two full collections of the frozen heap (see ``_collect_frozen``)
COLLECT_EVERY = 10


class _Tee(io.TextIOBase):
    """Sphinx's warning stream: to the terminal and kept for the previewed page."""

    def __init__(self, terminal: io.TextIOBase) -> None:
        self.terminal = terminal
        self.lines: list[str] = []

    def write(self, text: str) -> int:
        self.terminal.write(text)
        plain = _ANSI.sub("", text)
        self.lines.extend(line for line in plain.splitlines() if line.strip())
        return len(text)

    def flush(self) -> None:
        self.terminal.flush()


class WarmBuild:
    """Builds *srcdir* into *outdir*; ``rebuild`` re-reads only what changed."""

    def __init__(
        self, srcdir: Path, outdir: Path, doctreedir: Path, *, quiet: bool = False
    ) -> None:
        self.srcdir, self.outdir, self.doctreedir = srcdir, outdir, doctreedir
        self.quiet = quiet
        #: seconds without a save before a build's whole-site files are written
        #: (in the background: see :meth:`flush_in_background`)
        self.idle_before_finish = IDLE_BEFORE_FINISH
        self.pickle_after_idle = PICKLE_AFTER_IDLE
        self.app: Sphinx | None = None
        self.problems: list[str] = []
        #: counts the builds (and problem changes) an open page must reload for
        self.generation = 0
        self.changed = threading.Condition()
        #: held while pages are written: the server never sends a half-written page
        self.lock = threading.Lock()
        #: held for a whole build, both steps: one build at a time
        self._building = threading.RLock()
        #: the rest of the last build, still to do (see :meth:`flush`)
        self._pending: _Rest | None = None
        #: True while :meth:`flush` runs (the rest is no longer pending, not done)
        self._finishing = False
        #: set by a save: the rest running in the background stops at its next step
        self._stop = threading.Event()
        self._flusher: threading.Thread | None = None
        self._saves = 0
        #: when the last build's steps happened (``time.time()``, so another process,
        #: the benchmark, can compare them with its own clock): seen (the watcher
        #: noticed the save), asked, start (after the previous build's rest),
        #: written (the pages), rest_start, rest_end, prev_rest_end (when the last
        #: build's rest ended), carried (1 if this build took over the last one's
        #: rest) and rest_<step> (seconds each step of the rest took)
        self.timings: dict[str, float] = {}

    @property
    def settled(self) -> bool:
        """True once the last build is complete (nothing left for :meth:`flush`,
        and no flush still running)."""
        return self._pending is None and not self._finishing

    def _new_app(self) -> Sphinx:
        status = io.StringIO() if self.quiet else sys.stdout
        self._warnings = _Tee(io.StringIO() if self.quiet else sys.stderr)
        return Sphinx(
            str(self.srcdir),
            str(self.srcdir),
            str(self.outdir),
            str(self.doctreedir),
            "html",
            confoverrides=dict(PREVIEW_OVERRIDES),
            status=status,
            warning=self._warnings,
            parallel=1,  # one document per save: forking workers costs more than it saves
            keep_going=True,
        )

    def rebuild(
        self,
        *,
        restart: bool = False,
        changed: Iterable[str] | None = None,
        seen: float | None = None,
    ) -> list[str]:
        """Build what changed and write the pages that show it; a broken file is
        reported, never raised. *changed*: the site files (relative paths) saved
        since the last build, if the caller knows them; only the documents among
        them (and those that depend on them) are looked at then. *seen*: when the
        watcher noticed the save (for :attr:`timings`)."""
        asked = time.time()
        self._stop.set()  # a rest under way stops: this build's rest does it
        with self._building:
            self._stop.clear()
            carried = None
            if restart or self.app is None:
                self.flush()
            else:
                carried, self._pending = self._pending, None
            rest_end = self.timings.get("rest_end", 0.0)
            self.timings = {
                "seen": seen or asked,
                "asked": asked,
                "start": time.time(),
                "prev_rest_end": rest_end,
                # 1: the last build's rest was not done, and this build's does it
                "carried": float(carried is not None),
            }
            with self.lock:
                try:
                    if restart or self.app is None:
                        self.app = None
                        self.app = self._new_app()
                        self._warnings.lines.clear()
                        self.app.build()  # the first build: whole, as sphinx-build
                    else:
                        _forget_last_write(self.app)
                        _start_next_build(self.app)
                        self._warnings.lines.clear()
                        self._pending = _write_pages(
                            self.app,
                            _known(self.app, changed),
                            self._warnings.lines,
                            carried,
                        )
                    self.problems = list(self._warnings.lines)
                except Exception as exc:  # noqa: BLE001 - the server must outlive any file
                    self._failed(exc)
                self.timings["written"] = time.time()
                self._next_generation()
                return self.problems

    def flush_in_background(self) -> None:
        """Start :meth:`flush` in another thread, if not running: the watcher goes on
        watching, and a save meanwhile stops it at its next step and takes it over."""
        if self._flusher is not None and self._flusher.is_alive():
            return
        self._flusher = threading.Thread(
            target=self.flush, kwargs={"stoppable": True}, daemon=True
        )
        self._flusher.start()

    def flush(self, *, stoppable: bool = False) -> None:
        """Finish the last build: what a save does not need for the page on screen.
        *stoppable*: as :meth:`flush_in_background` runs it (see ``_Rest.finish``)."""
        with self._building:
            rest, self._pending = self._pending, None
            if rest is None or self.app is None:
                return
            before = list(self.problems)
            self.timings["rest_start"] = time.time()
            self._finishing = True
            try:
                try:
                    if stoppable and not rest.finish(
                        self.lock,
                        self.timings,
                        self._stop,
                        self.idle_before_finish,
                        self.pickle_after_idle,
                    ):
                        self._pending = rest  # the next save's build takes it over
                        self.timings["rest_end"] = time.time()
                        self.timings["rest_stopped"] = 1.0
                        return
                    if not stoppable:
                        rest.finish(self.lock, self.timings)
                    self.problems = list(self._warnings.lines)
                except Exception as exc:  # noqa: BLE001 - as in rebuild
                    self._failed(exc)
                self._saves += 1
                if self._saves % COLLECT_EVERY == 0 and self.app is not None:
                    _collect_frozen(self.app)
                self.timings["rest_end"] = time.time()
            finally:
                self._finishing = False
            if self.problems != before:
                self._next_generation()  # the open page shows the new problems

    def _next_generation(self) -> None:
        with self.changed:
            self.generation += 1
            self.changed.notify_all()

    def wait_for_change(self, seen: int, timeout: float) -> int:
        """The generation, once it is no longer *seen* (or after *timeout* s)."""
        with self.changed:
            self.changed.wait_for(lambda: self.generation != seen, timeout)
            return self.generation

    def _failed(self, exc: Exception) -> None:
        self.app = None  # its state may be half-updated: start afresh next save
        self._pending = None
        text = "".join(traceback.format_exception_only(exc)).strip()
        sys.stderr.write(f"healthkb serve: build failed: {text}\n")
        self.problems = [*getattr(self, "_warnings", _Tee(io.StringIO())).lines, text]


def _known(app: Sphinx, changed: Iterable[str] | None) -> set[str] | None:
    """The documents to re-read if *changed* holds only saved documents that exist
    (none added or removed, no other file), else ``None`` (Sphinx looks at every
    file, as ``sphinx-build`` does)."""
    if changed is None:
        return None
    env = app.env
    srcdir = Path(env.srcdir)
    paths = {os.path.normpath(srcdir / p) for p in changed}
    docnames: set[str] = set()
    for path in paths:
        docname = env.path2doc(path)
        if docname is None:
            return None  # not a document (_static, an image): Sphinx looks itself
        if docname not in env.all_docs or not Path(path).is_file():
            return None  # added or removed
        docnames.add(docname)
    for docname, deps in env.dependencies.items():
        # Sphinx keeps them absolute (note_dependency joins them to srcdir)
        if any(str(d) in paths for d in deps):
            docnames.add(docname)
    return (docnames | env.reread_always) & env.found_docs


@contextmanager
def _only(app: Sphinx, known: set[str] | None):  # noqa: ANN202
    """While Sphinx builds a save of documents only: answer "which files changed"
    from *known*, not by listing and stat-ing every source, and copy no theme or
    ``_static`` files (only a restart or a ``_static`` save can change them)."""
    if known is None:
        yield
        return
    env, builder = app.env, app.builder
    env.find_files = lambda config, builder: None  # type: ignore[method-assign]
    env.get_outdated_files = lambda config_changed: (set(), set(known), set())  # type: ignore[method-assign]
    skipped = [
        n for n in ("copy_static_files", "copy_extra_files") if hasattr(builder, n)
    ]
    for name in skipped:
        setattr(builder, name, _nothing)
    try:
        yield
    finally:
        del env.find_files, env.get_outdated_files  # the class's own methods again
        for name in skipped:
            delattr(builder, name)


def _nothing() -> None:
    pass


def _tocs(env: Any, docnames: set[str] | None) -> dict[str, str]:
    """What a parent's toctree shows of each document: its title, its headings and
    the documents its own toctrees include."""
    if docnames is None:
        return {}
    return {
        d: repr(
            (
                env.titles[d].pformat() if d in env.titles else None,
                env.tocs[d].pformat() if d in env.tocs else None,
                env.toctree_includes.get(d),
            )
        )
        for d in docnames
    }


@contextmanager
def _same_toc_parents_kept(env: Any, before: dict[str, str]):  # noqa: ANN202
    """While Sphinx writes: a re-read document whose toc entry is unchanged does not
    make Sphinx rewrite the pages whose toctree lists it (it always does; a body
    edit changes nothing they show). Pages that show more of it (lists, related
    articles, the sidebar) come from healthkb's dependents, as in every build."""
    same = {d for d, toc in _tocs(env, set(before)).items() if before[d] == toc}
    if not same:
        yield
        return
    kept = env.files_to_rebuild
    env.files_to_rebuild = {d: p for d, p in kept.items() if d not in same}
    try:
        yield
    finally:
        env.files_to_rebuild = kept


def _write_pages(
    app: Sphinx, known: set[str] | None, lines: list[str], carried: _Rest | None
) -> _Rest:
    """``Builder.build_update`` up to the written pages (Sphinx 9.2's order), less
    what the re-read pages do not need: the whole-site consistency checks (they
    only warn), the other pages that show the re-read ones and the search index
    (:mod:`healthkb.preview.deferred_write`); those run in the rest. *carried*:
    the rest of the last build, not done, which this build's rest does too."""
    builder, env = app.builder, app.env
    later = DeferredWrite(carried.later if carried else None)
    builder.phase = BuildPhase.READING
    try:
        builder.compile_update_catalogs()
        to_build = set(known) if known is not None else builder.get_outdated_docs()
        warnings = (
            nullcontext()
            if app._exception_on_warning
            else sphinx_logging.pending_warnings()
        )
        with _only(app, known), relations_kept(app):
            toc_before = _tocs(env, known)
            with warnings, cross_document.deferring(app):
                updated = set(builder.read())
            updated.update(env.check_dependents(app, updated))
            read_lines = len(lines)
            builder.phase = BuildPhase.RESOLVING
            builder.parallel_ok = False
            builder.finish_tasks = SerialTasks()
            if isinstance(to_build, str):  # Sphinx asks for every page
                with later.index_later(builder):
                    builder.write(["__all__"], updated, "all")
            else:
                with (
                    _same_toc_parents_kept(env, toc_before),
                    later.index_later(builder),
                ):
                    builder.write(set(to_build) & env.found_docs, updated, "update")
    except Exception as err:
        _end(app, err)
        raise
    return _Rest(
        app,
        updated=bool(updated) or bool(carried and carried.updated),
        lines=lines,
        read_lines=read_lines,
        later=later,
    )


class _Rest:
    """What ``Builder.build`` and ``Sphinx.build`` do after writing the pages."""

    def __init__(
        self,
        app: Sphinx,
        *,
        updated: bool,
        lines: list[str],
        read_lines: int,
        later: DeferredWrite,
    ) -> None:
        self.app, self.updated = app, updated
        self.lines, self.read_lines = lines, read_lines
        self.later = later

    def finish(
        self,
        page_lock: threading.Lock,
        steps: dict[str, float],
        stop: threading.Event | None = None,
        idle: float = 0.0,
        pickle_idle: float = 0.0,
    ) -> bool:
        """The rest of the build; *steps* gets the seconds each step took. With
        *stop*: nothing before it stayed unset *idle* seconds (an editor saving
        again and again does not wait for the rest), False as soon as it is set
        between two steps (the next build's rest does all of it again), and the
        saved environment last, once it stayed unset *pickle_idle* seconds more
        (it is for the next start only, and takes seconds on a large site)."""
        app, builder = self.app, self.app.builder

        def stopped(wait: float = 0.0) -> bool:
            return stop is not None and (stop.wait(wait) if wait else stop.is_set())

        def timed(name: str, step: Any) -> None:
            start = time.perf_counter()
            step()
            steps[f"rest_{name}"] = time.perf_counter() - start

        try:
            if stopped(idle):
                return False
            found: list[set[str] | None] = []

            def find_stale() -> None:
                with relations_kept(app):
                    found.append(self.later.stale(app, stopped))

            timed("stale_documents", find_stale)
            stale = found[0]
            if stale is None:
                return False
            self.updated = self.updated or bool(stale)
            if self.updated:
                # the problems in sphinx-build's order: reading, consistency, writing
                written = self.lines[self.read_lines :]
                del self.lines[self.read_lines :]
                builder.phase = BuildPhase.CONSISTENCY_CHECK
                timed("consistency", app.env.check_consistency)
                self.lines.extend(written)
            if stopped():
                return False
            with page_lock:  # these write pages the server may be asked for
                timed("other_pages", lambda: self.later.finish(app, stale))
            if stopped():
                return False
            with page_lock:
                if isinstance(builder, StandaloneHTMLBuilder):
                    for step in (
                        builder.gen_indices,
                        builder.gen_pages_from_extensions,
                        builder.gen_additional_pages,
                        builder.copy_image_files,
                        builder.write_buildinfo,
                    ):
                        builder.finish_tasks.add_task(
                            partial(timed, step.__name__, step)
                        )
            if stopped():
                return False
            with page_lock:
                if isinstance(builder, StandaloneHTMLBuilder):
                    # search index, inventory: not pages
                    timed("handle_finish", builder.handle_finish)
                else:
                    builder.finish()
            builder.finish_tasks.join()
            timed("drop_search_index", lambda: _drop_search_index(app))
            if stopped():
                return False
            timed("build_finished", lambda: app.events.emit("build-finished", None))
            if self.updated:
                if stopped(pickle_idle):
                    return False
                timed("save_env", lambda: _save_env(app))
            return True
        except Exception as err:
            _end(app, err)
            raise


def _save_env(app: Sphinx) -> None:
    """The environment as Sphinx saves it: before writing, so without the search
    tables that writing the pages filled (a new process starts without them)."""
    env = app.env
    tables = {n: getattr(env, n) for n in vars(env) if n.startswith("_search_index_")}
    for name, value in tables.items():
        setattr(env, name, type(value)())
    try:
        with open(Path(app.doctreedir) / ENV_PICKLE_FILENAME, "wb") as f:
            pickle.dump(env, f, pickle.HIGHEST_PROTOCOL)
    finally:
        for name, value in tables.items():
            setattr(env, name, value)


def _end(app: Sphinx, err: Exception) -> None:
    """As ``Sphinx.build`` on an error: no saved environment, then build-finished."""
    envfile = Path(app.doctreedir) / ENV_PICKLE_FILENAME
    if envfile.is_file():
        envfile.unlink()
    app.events.emit("build-finished", err)


def _start_next_build(app: Sphinx) -> None:
    """Redo what healthkb sets up once per build at ``config-inited``.

    A warm application does not emit ``config-inited`` again, but healthkb undoes
    at ``build-finished`` what it did there: the cached plugin lookup (without it
    every citation rendered scans every installed package's metadata).
    """
    if setting(app, "speedups"):
        plugin_cache.install()


def _collect_frozen(app: Sphinx) -> None:
    """Free what earlier saves left behind in the collector's frozen generation.

    healthkb freezes the heap after each build's reading (gc_tuning); in a process
    that builds again and again, the old doctrees and pages that were alive at a
    freeze and became garbage later stay there for good: memory grew with every
    save. Now and then they go back to the collector, and what is still alive is
    frozen again.
    """
    if not setting(app, "speedups"):
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _forget_last_write(app: Sphinx) -> None:
    """Drop what the builder kept from the last build, as a new process would not have it.

    Sphinx makes a new search indexer only when it writes pages; a save that writes
    none (an article deleted) would otherwise dump the previous indexer, which still
    holds the deleted page's entries. The environment also carries the indexer's
    tables (Sphinx pickles it before writing, so a new process starts without what
    the last write added): they are emptied, and healthkb's stale_output restores
    the unchanged pages' entries from searchindex.js as it does in a new process.
    """
    # a page written again as another's dependent would be the doctree of its
    # first such write, not of its latest save
    forget_read_doctrees(app.env)
    _drop_search_index(app)


def _drop_search_index(app: Sphinx) -> None:
    """Empty the indexer's tables and drop it (see ``_forget_last_write``). The rest
    does it once the index is written: freeing them takes a tenth of a second on a
    large site, which a save would otherwise pay before its page is served."""
    env = app.env
    for name in [n for n in vars(env) if n.startswith("_search_index_")]:
        setattr(env, name, type(getattr(env, name))())
    builder: Any = app.builder
    if hasattr(builder, "indexer"):
        builder.indexer = None
    if hasattr(builder, "previous_search_index"):
        builder.previous_search_index = None
