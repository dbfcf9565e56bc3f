"""With -j N the readers' warnings and merges come in document order
(``healthkb/sphinxext/ordered_reading.py``), whichever reader finishes first."""

from __future__ import annotations

import time

import pytest
import sphinx.builders
from sphinx.errors import SphinxParallelError
from sphinx.util import logging as sphinx_logging

from healthkb import _compat
from healthkb.sphinxext.ordered_reading import InOrderTasks


def _slow_then_fast(number: int) -> int:
    # the first task finishes last
    time.sleep(0.4 if number == 0 else 0.0)
    sphinx_logging.getLogger("healthkb.test").warning("task %d", number)
    return number * 10


def test_records_and_results_come_in_the_order_the_tasks_were_added() -> None:
    handed: list[tuple[int, int]] = []
    collector = _compat.parallel_tools()[2]()
    with collector.collect():
        tasks = InOrderTasks(3)
        for number in range(3):
            tasks.add_task(
                _slow_then_fast,
                number,
                lambda arg, result: handed.append((arg, result)),
            )
        tasks.join()
    assert handed == [(0, 0), (1, 10), (2, 20)]
    assert [r.getMessage() for r in collector.logs] == ["task 0", "task 1", "task 2"]


def _fails(number: int) -> None:
    raise ValueError(f"reader {number} broke")


def test_a_failing_task_still_stops_the_run() -> None:
    tasks = InOrderTasks(2)
    tasks.add_task(_fails, 1)
    with pytest.raises(SphinxParallelError, match="reader 1 broke"):
        tasks.join()


def test_sphinx_reads_in_parallel_with_the_ordered_runner() -> None:
    # importing healthkb's extension set it; a fresh Sphinx would use its own
    import healthkb.sphinxext  # noqa: F401
    from healthkb.sphinxext import ordered_reading

    ordered_reading.setup(None)  # type: ignore[arg-type]
    assert sphinx.builders.ParallelTasks is InOrderTasks
