"""Parallel readers' warnings and merges in document order, as one process has them.

With ``-j N`` Sphinx forks a reader per chunk of documents and, as each reader
finishes, relays its log records and merges its environment: in the order the
readers *finish*, which varies from run to run. So the same site printed its
warnings in a different order each build (an editor's "first error" moved), and
merged the chunks' data in a different order. Here the chunks' records and merges
are handed on in the order the chunks were made (sorted documents, the order a
``-j 1`` build reads them); a reader still runs as soon as a process is free.
A reader that fails still stops the build at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sphinx.util import logging

from healthkb import _compat

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

_TASKS, _, _COLLECTOR, _SERIALIZABLE = _compat.parallel_tools()


class InOrderTasks(_TASKS):  # type: ignore[misc, valid-type]
    """Sphinx's ``ParallelTasks``, each task's records and result handed on in the
    order the tasks were added."""

    def __init__(self, nproc: int) -> None:
        super().__init__(nproc)
        self._added = 0
        self._handed_on = 0
        self._ready: dict[int, tuple[Any, Any, Callable[[Any, Any], Any]]] = {}

    def add_task(
        self,
        task_func: Callable[..., Any],
        arg: Any = None,
        result_func: Callable[[Any, Any], Any] | None = None,
    ) -> None:
        number = self._added
        self._added += 1

        def run(*args: Any) -> tuple[list[Any], Any]:
            # the records travel with the result (the runner's own collector then
            # has none), so that they can wait for the tasks before them
            collector = _COLLECTOR()
            with collector.collect():
                result = task_func(*args)
            _SERIALIZABLE(collector.logs)
            return collector.logs, result

        def arrived(arg: Any, sent: tuple[list[Any], Any]) -> None:
            self._ready[number] = (arg, sent, result_func or (lambda a, r: None))
            while self._handed_on in self._ready:
                task_arg, (records, result), then = self._ready.pop(self._handed_on)
                self._handed_on += 1
                for record in records:
                    logger.handle(record)
                then(task_arg, result)

        super().add_task(run, arg, arrived)


def setup(app: Sphinx) -> None:
    _compat.use_builders_task_runner(InOrderTasks)
