"""Read a long ``.bib`` file in parts, on the other cores, as one pass reads it.

Each entry is read on its own (:class:`healthkb.bib.read.Reading`), ~1 ms apiece: a
cold build of 10,000 generated articles spent ~22 s of its start-up, one core busy
and the other idle, reading 30,000 entries. Here the main process reads the entries
up to the last ``@string`` and ``@preamble`` (they change how every later entry is
read), forks a child per further part (``os.fork``: each starts from that state),
reads the last part itself, and joins the parts in file order: the entries, their
lines and the problems are those of the one pass, and the entry checks then run on
the whole file, as before.

What an entry's reading takes from the entries before it, besides the prefix, is
checked after the parts are read, and any of it found makes the whole file be read
again in one pass: a key (as BibTeX compares them, without case) that two parts
saw or gave pybtex; an ``@string`` or ``@preamble`` a part read after all (one not
at a line start); an undefined name or duplicated field left for the next entry's
report; an entry pybtex read that was not taken. A child that fails, or whose
answer cannot be read, means one pass too.

Only on POSIX, above :data:`SPLIT_MIN_ENTRIES` entries, with two or more cores, and
never when forking is unsafe or pointless: in a process with other threads (the
preview's server), in a multiprocessing worker (a parallel build's, ``healthkb
check``'s) or in one of these parts.
"""

from __future__ import annotations

import os
import pickle
import re
import sys
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from healthkb.bib import latex_text
from healthkb.bib.fingerprint import entry_fingerprint

if TYPE_CHECKING:
    from collections.abc import Callable

    from healthkb.bib.read import Reading

#: fewer entries are read in one pass (a fork and the answers' pickles cost more
#: than the part saves; 2,000 entries are ~2 s)
SPLIT_MIN_ENTRIES = 2_000
#: the most parts (processes) one file is read in
MAX_PARTS = 4
_STATE_KINDS = ("string", "preamble")
#: true in a forked part: it never forks again
_IN_PART = False


@dataclass
class _Part:
    """What one part read: the items each table gained, in order."""

    entries: list[tuple[str, Any]] = field(default_factory=list)
    lines: list[tuple[str, int]] = field(default_factory=list)
    field_lines: list[tuple[str, dict[str, int]]] = field(default_factory=list)
    broken: list[tuple[str, int]] = field(default_factory=list)
    problems: list[Any] = field(default_factory=list)
    #: casefolded keys this part's reading touched (see :func:`_touched`)
    keys: set[str] = field(default_factory=set)
    #: nothing is left for the entry after the part (see :func:`_clean`)
    clean: bool = False
    #: LaTeX decoded while reading (so the main process need not decode it again)
    decoded: dict[str, str] = field(default_factory=dict)
    #: the entry checks of its entries that no other entry changes, and their
    #: fingerprints (both pure functions of the entry and its lines)
    checked: dict[str, list[Any]] = field(default_factory=dict)
    fingerprints: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Start:
    """The prefix's state every part starts from, and is compared with at its end."""

    #: the tables' lengths after the prefix (see :func:`_mark`)
    mark: tuple[int, ...]
    macros: dict[str, str]
    preamble: int


def read_in_parts(
    text: str,
    display: str,
    starts: list[re.Match[str]],
    force: bool | None,
    new_reading: Callable[[str, str, list[re.Match[str]]], Reading],
) -> Reading | None:
    """The one-pass :class:`Reading` of *text*'s entries, read in parts, or None
    (read it in one pass) where splitting it is not worth it or not safe.
    *new_reading* makes a one-pass reading (``healthkb.bib.read.Reading``, given
    by its caller: this module is below it)."""
    parts = _cores()
    if parts < 2 or not _may_fork():
        return None
    first = 1 + max(
        (i for i, m in enumerate(starts) if m.group(1).lower() in _STATE_KINDS),
        default=-1,
    )
    if not force and len(starts) - first < SPLIT_MIN_ENTRIES:
        return None
    bounds = _bounds(text, starts, first, parts)
    if len(bounds) < 3:
        return None
    reading = new_reading(text, display, starts)
    reading.read(0, first)
    if not _clean(reading):
        return None
    mark = _mark(reading)
    taken = _taken(reading)
    start = _Start(
        mark, dict(reading.parser.macros), len(reading.parser.data.preamble_list)
    )
    children: list[tuple[int, int]] = []
    try:
        for lo, hi in zip(bounds[:-2], bounds[1:-1], strict=True):
            children.append(_fork(reading, lo, hi, start))
    except OSError:
        for pid, fd in children:
            os.close(fd)
            os.waitpid(pid, 0)
        return None
    own = _read_part(reading, bounds[-2], bounds[-1], start)
    parts_read = [_answer(pid, fd) for pid, fd in children] + [own]
    for part in parts_read:
        if part is None or part.keys & taken:
            return None
        taken |= part.keys
    if not all(part.clean for part in parts_read[:-1]):
        return None
    return _joined(reading, mark, parts_read)


def _cores() -> int:
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        count = os.cpu_count() or 1
    return min(count, MAX_PARTS)


def _may_fork() -> bool:
    if _IN_PART or os.name != "posix" or not hasattr(os, "fork"):
        return False
    if threading.active_count() != 1:
        return False  # a fork copies only this thread: another's locks stay held
    mp = sys.modules.get("multiprocessing")
    return mp is None or mp.parent_process() is None


def _bounds(
    text: str, starts: list[re.Match[str]], first: int, parts: int
) -> list[int]:
    """Where the parts begin (indices into *starts*) and the end: each at an entry
    whose ``@`` is at the start of its line, as equal in size as that allows."""
    bounds = [first]
    rest = len(starts) - first
    for number in range(1, parts):
        at = max(first + rest * number // parts, bounds[-1] + 1)
        while at < len(starts) and text[starts[at].start()] != "@":
            at += 1
        if at >= len(starts):
            break
        bounds.append(at)
    bounds.append(len(starts))
    return bounds


def _mark(reading: Reading) -> tuple[int, ...]:
    bib = reading.bib
    return (
        len(bib.entries),
        len(bib.lines),
        len(bib.field_lines),
        len(bib.broken),
        len(bib.problems),
        len(reading.seen),
    )


def _taken(reading: Reading) -> set[str]:
    """Every casefolded key the entries read so far hold or named."""
    return (
        set(reading.seen)
        | reading.added
        | {key.casefold() for key in reading.parser.data.entries}
        | {key.casefold() for key in reading.bib.broken}
    )


def _clean(reading: Reading) -> bool:
    """Nothing the next entry's reading would take from this one's."""
    parser = reading.parser
    return (
        not parser.undefined
        and not parser.duplicates
        and all(key.casefold() in reading.added for key in parser.data.entries)
    )


def _fork(reading: Reading, lo: int, hi: int, start: _Start) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: read the part, send it, and go
        global _IN_PART
        _IN_PART = True
        status = 0
        try:
            os.close(read_fd)
            part = _read_part(reading, lo, hi, start)
            data = pickle.dumps(part, pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(write_fd, view) :]
        except BaseException:  # noqa: BLE001 - the main process reads it in one pass
            status = 1
        finally:
            os._exit(status)
    os.close(write_fd)
    return pid, read_fd


def _read_part(reading: Reading, lo: int, hi: int, start: _Start) -> _Part:
    """Read ``starts[lo:hi]`` on from the prefix's state and return what it added
    (the main process's own reading keeps it; a child's is thrown away)."""
    from healthkb.rules.source_rules import check_alone

    data = reading.parser.data
    given: set[str] = set()
    add_entry = data.add_entry

    def recording_add_entry(key: str, entry: Any) -> None:
        given.add(key.casefold())
        add_entry(key, entry)

    data.add_entry = recording_add_entry  # type: ignore[method-assign]
    latex_text.start_recording()
    bib = reading.bib
    n_entries, n_lines, n_fields, n_broken, n_problems, n_seen = start.mark
    try:
        reading.read(lo, hi)
        entries = list(bib.entries.items())[n_entries:]
        checked = check_alone(bib, (key for key, _ in entries))
    finally:
        del data.add_entry
        decoded = latex_text.stop_recording()
    part = _Part(
        checked=checked,
        fingerprints={key: entry_fingerprint(entry) for key, entry in entries},
        entries=entries,
        lines=list(bib.lines.items())[n_lines:],
        field_lines=list(bib.field_lines.items())[n_fields:],
        broken=list(bib.broken.items())[n_broken:],
        problems=bib.problems[n_problems:],
        decoded=decoded,
    )
    part.keys = (
        given
        | set(list(reading.seen)[n_seen:])
        | {key.casefold() for key, _ in part.entries}
        | {key.casefold() for key, _ in part.broken}
    )
    part.clean = (
        _clean(reading)
        and dict(reading.parser.macros) == start.macros
        and len(data.preamble_list) == start.preamble
    )
    return part


def _answer(pid: int, fd: int) -> _Part | None:
    chunks: list[bytes] = []
    try:
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return None
    try:
        part = pickle.loads(b"".join(chunks))
    except Exception:  # noqa: BLE001 - cut short: read in one pass
        return None
    return part if isinstance(part, _Part) else None


def _joined(reading: Reading, mark: tuple[int, ...], parts: list[_Part]) -> Reading:
    """*reading* (the prefix, then the last part) as if it had read every part."""
    from healthkb.rules.source_rules import check_alone

    bib = reading.bib
    n_entries, n_lines, n_fields, n_broken, n_problems, _ = mark
    prefix = (
        list(bib.entries.items())[:n_entries],
        list(bib.lines.items())[:n_lines],
        list(bib.field_lines.items())[:n_fields],
        list(bib.broken.items())[:n_broken],
        bib.problems[:n_problems],
    )
    bib.entries = dict(prefix[0])
    bib.lines = dict(prefix[1])
    bib.field_lines = dict(prefix[2])
    bib.broken = dict(prefix[3])
    bib.problems = list(prefix[4])
    reading.checked = check_alone(bib, bib.entries)
    bib.fingerprints = {key: entry_fingerprint(e) for key, e in bib.entries.items()}
    for part in parts:
        bib.entries.update(part.entries)
        bib.lines.update(part.lines)
        bib.field_lines.update(part.field_lines)
        bib.broken.update(part.broken)
        bib.problems += part.problems
        reading.checked |= part.checked
        bib.fingerprints |= part.fingerprints
        latex_text.learn(part.decoded)
    return reading
