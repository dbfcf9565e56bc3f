"""Keep Python's cycle collector away from the build's long-lived state.

The environment of a large site is millions of objects, loaded once and kept for
the whole build. Python's collector walks all of them again and again as the
reading and writing create short-lived objects: measured at 1,000 articles, 0.7 s
of a one-article rebuild (273 collections) and 5.5 s of a full build. Freezing
what exists at three points moves it out of the collector's way (the standard
library's ``gc.freeze``, meant for this): once the extensions are imported, once the
environment is loaded, and once every document has been read (after one last collection, so that no garbage of
the reading phase is kept). Parallel workers fork after the first point, so the
collector no longer dirties the memory pages they share with their parent either.
While the environment loads the collector also runs less often (unpickling makes
no garbage); its thresholds are restored when the builder starts. The same holds
for a parallel read (``-j N``): the main process unpickles every worker's whole
environment (two thirds of that time went to the collector, measured at 3,000
articles), so it collects rarely until every document has been read.
The frozen objects go back to the collector when the same process starts another
build (not when a build finishes: a command-line build then exits without walking
them once more, ~1 s at 1,000 articles). The collector's thresholds are restored
when the build ends. Off with ``healthkb_speedups = False``.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from healthkb.model.settings import setting

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


#: the collector's thresholds, kept while the environment loads
_THRESHOLDS: list[tuple[int, int, int]] = []


def _collect_rarely() -> None:
    """Unpickling allocates millions of objects and little garbage: raise the
    youngest generation's threshold until :func:`_collect_normally`."""
    if not _THRESHOLDS:
        _THRESHOLDS.append(gc.get_threshold())
        gc.set_threshold(100_000, *_THRESHOLDS[0][1:])


def _collect_normally() -> None:
    if _THRESHOLDS:
        gc.set_threshold(*_THRESHOLDS.pop())


def freeze_imports(app: Sphinx, config: object) -> None:
    if not setting(app, "speedups"):
        return
    if gc.get_freeze_count():
        # an earlier build in this process (tests, an editor's language server):
        # hand its objects back to the collector and free what is garbage now
        gc.unfreeze()
        gc.collect()
    gc.freeze()
    _collect_rarely()  # until the environment is loaded


def freeze_loaded(app: Sphinx) -> None:
    if not setting(app, "speedups"):
        return
    gc.freeze()
    _collect_normally()


def relax_for_parallel_read(
    app: Sphinx, env: BuildEnvironment, docnames: list[str]
) -> None:
    if setting(app, "speedups") and app.parallel > 1 and docnames:
        _collect_rarely()  # the main process unpickles every worker's environment


def freeze_read(app: Sphinx, env: BuildEnvironment) -> None:
    if not setting(app, "speedups"):
        return
    _collect_normally()
    gc.collect()
    gc.freeze()


def restore_thresholds(app: Sphinx, exception: BaseException | None) -> None:
    _collect_normally()  # a build that failed before its documents were read


def setup(app: Sphinx) -> None:
    app.connect("build-finished", restore_thresholds, priority=900)
    app.connect("config-inited", freeze_imports, priority=900)
    app.connect("builder-inited", freeze_loaded, priority=0)
    app.connect("env-before-read-docs", relax_for_parallel_read, priority=900)
    # late, after the other env-updated handlers have built their results
    app.connect("env-updated", freeze_read, priority=900)
