"""``healthkb check``'s kept results: each article's :class:`Summary`, between runs.

An entry is found by a hash of everything the summary was made from: the article's
path and bytes, healthkb's code and data files, the site's settings and the authors'
keys (front matter names them). What other files decide (pages linked to, images,
the .bib, the glossary, today's date) is not in a summary: it is judged again on
every run (:func:`healthkb.rules.article_summary.judge`), so an entry is never stale.

Entries are JSON, read back field by field against :class:`Summary`'s types: a file
of the wrong shape is a miss, never code (the cache lives under ``_build/``, which a
CI cache may bring from elsewhere; see SECURITY.md). Each entry is written to a
temporary file and renamed, so two checks at once never read half an entry.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
import time
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from healthkb.model.site import Site
from healthkb.problems import Problem
from healthkb.rules.article_summary import Summary

#: the folder, relative to the site: beside the build's parsed .bib (healthkb-bib)
CACHE_DIR = Path("_build", ".doctrees", "healthkb-check")
#: the entries' shape; a new one makes every old entry a miss
FORMAT = 1


@dataclass
class PageProblems:
    """The problems of a page that is not an article (its text's own rules)."""

    path: str
    problems: list[Problem]


Kept = TypeVar("Kept", Summary, PageProblems)

#: seconds after which a temporary file is a crashed check's, not one being written
STALE_TEMPORARY = 600
#: Summary fields that are not kept (the build's copy of the body)
_NOT_KEPT = frozenset({"text", "text_line"})


@cache
def package_hash() -> str:
    """A hash of every file of the installed package (code and data the rules read:
    :func:`healthkb.version.code_hash` covers only what a build runs or copies)."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class CheckCache:
    """The kept summaries of one site (folder *folder*)."""

    def __init__(self, site: Site, folder: Path | None = None) -> None:
        self.folder = folder or site.root / CACHE_DIR
        self._prefix = str(self.folder) + os.sep
        salt = "\0".join(
            [
                str(FORMAT),
                package_hash(),
                repr(site.settings),
                repr(sorted(site.authors)),
            ]
        )
        self._salt = hashlib.sha256(salt.encode()).digest()
        self.hits = self.misses = 0
        #: the keys asked for in this process (see :meth:`prune`)
        self.used: set[str] = set()

    def key(self, path: str, raw: bytes) -> str:
        digest = hashlib.sha256(self._salt)
        digest.update(path.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(raw)
        key = digest.hexdigest()
        self.used.add(key)
        return key

    def prune(self) -> None:
        """Remove the entries no key of this check named (older versions of the
        articles, of healthkb or of the settings): the folder does not grow with
        every edit. Another check running at once only misses what it loses."""
        try:
            folders = [d for d in os.scandir(self.folder) if d.is_dir()]
        except OSError:
            return
        for folder in folders:
            try:
                names = list(os.scandir(folder.path))
            except OSError:
                continue
            for entry in names:
                stem, _, suffix = entry.name.partition(".")
                if suffix == "json" and stem in self.used:
                    continue
                if suffix == "json" or _older_than(entry, STALE_TEMPORARY):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)  # noqa: PTH108

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str, kind: type[Kept] = Summary) -> Kept | None:
        """The *kind* kept under *key* for *path*, or None (absent, unreadable or
        of the wrong shape)."""
        try:
            # a string path and open(): a Path per entry was a tenth of a warm check
            with open(f"{self._prefix}{key[:2]}{os.sep}{key}.json", "rb") as f:  # noqa: PTH123
                entry = json.loads(f.read())
            if entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("not this entry")
            summary = _decode(kind, entry["summary"])
            if summary.path != path:
                raise ValueError("another article")
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return summary

    def put(self, key: str, summary: Summary | PageProblems) -> None:
        """Keep *summary* (never fails the check: a cache that cannot be written is
        only slower)."""
        entry = {"format": FORMAT, "key": key, "summary": _encode(summary)}
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(entry, f, ensure_ascii=False, separators=(",", ":"))
                Path(tmp).replace(target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass


def _older_than(entry: os.DirEntry[str], seconds: float) -> bool:
    try:
        return time.time() - entry.stat().st_mtime > seconds
    except OSError:
        return False


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _encode(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name not in _NOT_KEPT
        }
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot keep {type(value).__name__}")


def _decode(kind: Any, value: Any) -> Any:
    """*value* (from JSON) as a *kind*; TypeError or ValueError when it is not one."""
    return _decoder(kind)(value)


@cache
def _decoder(kind: Any) -> Callable[[Any], Any]:  # noqa: C901 - one case per type
    """A function reading a JSON value as a *kind* (made once per type: a check
    reads thousands of summaries)."""
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(kind)
        (real,) = [o for o in options if o is not type(None)]
        inner = _decoder(real)
        return lambda v: None if v is None else inner(v)
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        kept = [f.name for f in dataclasses.fields(kind) if f.name not in _NOT_KEPT]
        names = frozenset(kept)
        readers = [(name, _decoder(hints[name])) for name in kept]

        def read_dataclass(v: Any) -> Any:
            if type(v) is not dict or v.keys() != names:
                raise ValueError(f"the fields of {kind.__name__}")
            return kind(**{name: read(v[name]) for name, read in readers})

        return read_dataclass
    if origin in (list, tuple):
        args = typing.get_args(kind)
        if origin is list or (len(args) == 2 and args[1] is Ellipsis):
            item = _decoder(args[0])
            make = list if origin is list else tuple

            def read_sequence(v: Any) -> Any:
                if type(v) is not list:
                    raise TypeError(kind)
                return make([item(x) for x in v])

            return read_sequence
        items = [_decoder(a) for a in args]
        if len(items) == 2:  # (line, target): most of what a summary holds
            first, second = items

            def read_pair(v: Any) -> Any:
                if type(v) is not list or len(v) != 2:
                    raise TypeError(kind)
                return (first(v[0]), second(v[1]))

            return read_pair

        def read_fixed(v: Any) -> Any:
            if type(v) is not list or len(v) != len(items):
                raise TypeError(kind)
            return tuple(read(x) for read, x in zip(items, v, strict=True))

        return read_fixed
    if origin is dict:
        key_kind, item_kind = typing.get_args(kind)
        if key_kind is not str:
            raise TypeError(kind)
        item = _decoder(item_kind)

        def read_dict(v: Any) -> Any:
            if type(v) is not dict:
                raise TypeError(kind)
            return {k: item(x) for k, x in v.items()}

        return read_dict
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind
    if kind is date:
        return lambda v: date.fromisoformat(_exactly(str, v))
    if kind is float:

        def read_float(v: Any) -> float:
            if type(v) not in (int, float):
                raise TypeError(kind)
            return float(v)

        return read_float
    if kind in (str, int, bool):

        def read_exactly(v: Any) -> Any:
            if type(v) is not kind:
                raise TypeError(kind)
            return v

        return read_exactly
    raise TypeError(f"no reading for {kind!r}")


def _exactly(kind: type, value: Any) -> Any:
    if type(value) is not kind:
        raise TypeError(kind)
    return value


__all__ = ["CACHE_DIR", "CheckCache", "PageProblems", "package_hash"]
