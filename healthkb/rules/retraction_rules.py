"""The one verdict on cited sources that were retracted, withdrawn, corrected or given
an expression of concern. ``healthkb check``, ``healthkb source check`` and the build
all read it, so they report the same words at the same line.

What a source's standing comes from, never the network:

- the entry's own ``retraction = {notice DOI}`` field in references.bib (``healthkb
  source add`` writes it from Crossref; the one source a fresh clone always has);
- the Retraction Watch data file (CSV) named by ``healthkb_retraction_watch``;
- Crossref's ``updated-by``, from answers already in ``healthkb_source_cache``
  (``healthkb source add`` and ``healthkb source check --online`` fill it).

Citing a retracted or withdrawn source is an error unless the article's front matter
gives the reason (``retracted-sources: {key: why}``); a correction or an expression
of concern is a warning. An acknowledgement the data does not bear out is a warning.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from healthkb.bib.fields import clean_doi
from healthkb.bib.lookup import cache_file, cached_crossref_record, crossref_url
from healthkb.bib.match import SourceIds
from healthkb.bib.retractions import Notice, crossref_notices, load_retraction_watch
from healthkb.model.settings import conf_line
from healthkb.problems import Problem, problem
from healthkb.rules.source_rules import DOI

if TYPE_CHECKING:
    from healthkb.bib.read import Bibliography
    from healthkb.model.article import ArticleMeta
    from healthkb.model.settings import SiteSettings

BIB_FIELD = "its entry in references.bib"
#: the rules this verdict reports (``healthkb source check`` prints only these)
VERDICT_RULES = frozenset(
    {"retracted-source", "corrected-source", "retraction-acknowledgement"}
)
#: what readers see next to the reference, by notice status
LABELS = {
    "retracted": "Retracted",
    "withdrawn": "Withdrawn",
    "has a correction": "Corrected",
    "has an expression of concern": "Expression of concern",
}
#: schema.org ``creativeWorkStatus`` of a cited work that may no longer be relied on
WORK_STATUS = {"retracted": "Retracted", "withdrawn": "Withdrawn"}


@dataclass(frozen=True)
class Standing:
    """What the data says about one source."""

    #: serious ones (retracted, withdrawn) first
    notices: tuple[Notice, ...] = ()
    #: some data answered for this source, so "no notice" means none is known
    known: bool = False

    @property
    def retraction(self) -> Notice | None:
        return next((n for n in self.notices if n.serious), None)

    @property
    def shown(self) -> tuple[Notice, ...]:
        """The notices readers see: a retraction makes its corrections moot."""
        serious = tuple(n for n in self.notices if n.serious)
        return serious or self.notices

    def digest(self) -> str:
        """Changes whenever what a page shows or reports about the source would."""
        text = "|".join(f"{n.status}:{n.notice_doi}:{n.source}" for n in self.notices)
        return hashlib.sha256(f"{self.known}|{text}".encode()).hexdigest()[:16]


#: (file, mtime, size) -> parsed Retraction Watch file (the real one is ~50 MB)
_RW_LOADED: dict[tuple[str, int, int], dict[str, list[Notice]]] = {}


def _retraction_watch(path: Path) -> dict[str, list[Notice]]:
    stat = path.stat()
    memo = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if memo not in _RW_LOADED:
        _RW_LOADED.clear()
        _RW_LOADED[memo] = load_retraction_watch(path)
    return _RW_LOADED[memo]


def load_standings(
    root: Path,
    settings: SiteSettings,
    bibliographies: Iterable[Bibliography],
    online: Callable[[str], list[Notice] | None] | None = None,
) -> tuple[dict[str, Standing], list[Problem]]:
    """Every entry's standing (first file wins for a key) and the data's problems.

    *online* (``source check --online`` only) asks Crossref and fills the cache;
    without it only the cache is read."""
    problems: list[Problem] = []
    offline: dict[str, list[Notice]] | None = None
    if settings.retraction_watch:
        data = root / settings.retraction_watch
        try:
            offline = _retraction_watch(data)
        except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
            problems.append(
                problem(
                    "conf.py",
                    conf_line(root, "healthkb_retraction_watch"),
                    "config",
                    f"healthkb_retraction_watch names {settings.retraction_watch}, which "
                    f"cannot be read as the Retraction Watch data ({_why(exc)}): download "
                    "the Retraction Watch CSV file there, or empty the setting",
                )
            )
    cache = root / settings.source_cache
    try:  # one listing, not a file look-up per source (30,000 at the largest)
        cached = {p.name for p in cache.iterdir()} if cache.is_dir() else set()
    except OSError:
        cached = set()

    def crossref(doi: str) -> list[Notice] | None:
        if online is not None:
            return online(doi)
        if not cached:
            return None
        for spelling in dict.fromkeys((doi, doi.casefold())):
            url = crossref_url(spelling, settings.crossref_url)
            if cache_file(url, cache).name in cached:
                record = cached_crossref_record(spelling, settings.crossref_url, cache)
                if record is not None:
                    return crossref_notices(record.updates)
        return None

    standings: dict[str, Standing] = {}
    # nothing to look a DOI up in: only a retraction the entry names can count, so
    # its other fields are not copied (30,000 entries at the largest)
    written_only = offline is None and not cached and online is None
    for bib in bibliographies:
        for key, entry in bib.entries.items():
            if key in standings:
                continue
            if written_only:
                if not entry.fields.get("retraction"):
                    # the common case: nothing to know, one shared answer
                    standings[key] = _NOT_KNOWN
                    continue
                fields = {"retraction": entry.fields["retraction"]}
            else:
                fields = {name.lower(): value for name, value in entry.fields.items()}
            written = fields.get("retraction", "").strip()
            if written and not DOI.match(clean_doi(written)):
                problems.append(
                    problem(
                        bib.path,
                        bib.line_of(key, "retraction"),
                        "bibliography",
                        f"the retraction of '{key}' is '{written}': write the DOI of "
                        "the retraction notice, like retraction = {10.1016/...}",
                    )
                )
            standings[key] = _standing(fields, offline, crossref)
    return standings, problems


#: a source no data answered for and that names no retraction itself
_NOT_KNOWN = Standing()


def _standing(
    fields: dict[str, str],
    offline: dict[str, list[Notice]] | None,
    crossref: Callable[[str], list[Notice] | None],
) -> Standing:
    """*fields*: the entry's, with lower-case names."""
    found: list[Notice] = []
    known = offline is not None
    written = clean_doi(fields.get("retraction", ""))
    if written and DOI.match(written):
        found.append(Notice("retracted", written, BIB_FIELD))
        known = True
    if offline is not None:
        ids = SourceIds.of_fields(fields)
        found += offline.get(f"doi:{ids.doi}", []) if ids.doi else []
        found += offline.get(f"pmid:{ids.pmid}", []) if ids.pmid else []
    doi = clean_doi(fields.get("doi", ""))
    if doi and DOI.match(doi):
        answer = crossref(doi)
        if answer is not None:
            found += answer
            known = True
    return Standing(_merged(found), known)


def _merged(found: list[Notice]) -> tuple[Notice, ...]:
    """One notice per (status, notice DOI), naming every data source that has it."""
    merged: dict[tuple[str, str], Notice] = {}
    for notice in found:
        place = (notice.status, notice.notice_doi.casefold())
        if place in merged:
            before = merged[place]
            if notice.source not in before.source.split(" and "):
                merged[place] = Notice(
                    before.status,
                    before.notice_doi,
                    f"{before.source} and {notice.source}",
                )
        else:
            merged[place] = notice
    return tuple(sorted(merged.values(), key=lambda n: (not n.serious, n.status)))


def _dois(notices: Iterable[Notice]) -> str:
    dois = [f"doi:{n.notice_doi}" for n in notices if n.notice_doi]
    return f" (notice {', '.join(dois)})" if dois else ""


def _sources(notices: Iterable[Notice]) -> str:
    names: list[str] = []
    for notice in notices:
        names += [n for n in notice.source.split(" and ") if n not in names]
    return " and ".join(names)


def article_problems(
    path: str,
    citations: Iterable[tuple[int, str]],
    standings: dict[str, Standing],
    meta: ArticleMeta | None,
) -> list[Problem]:
    """The verdict on one article: at the first citation of each source with a
    notice, and at each ``retracted-sources`` entry the data does not bear out."""
    first: dict[str, int] = {}
    for line, key in citations:
        first.setdefault(key, line)
    acknowledged = meta.retracted_sources if meta else {}
    found: list[Problem] = []
    for key, line in first.items():
        standing = standings.get(key)
        if standing is None or not standing.notices:
            continue
        shown = standing.shown
        where, who = _dois(shown), _sources(shown)
        if standing.retraction is not None:
            if key in acknowledged:
                continue
            found.append(
                problem(
                    path,
                    line,
                    "retracted-source",
                    f"the source '{key}' was {shown[0].status}{where}, according to "
                    f"{who}: remove the citation; if the article must still cite it (for "
                    "example to explain the retraction), say why in the front matter, "
                    f"like  retracted-sources: {{{key}: why the article cites it}}",
                )
            )
        else:
            statuses = " and ".join(dict.fromkeys(n.status for n in shown))
            found.append(
                problem(
                    path,
                    line,
                    "corrected-source",
                    f"the source '{key}' {statuses}{where}, according to {who}: check "
                    "that the article still reports it right",
                )
            )
    for key in acknowledged:
        assert meta is not None
        line = meta.retracted_lines.get(key, meta.line_of("retracted-sources"))
        standing = standings.get(key, Standing())
        if key not in first:
            message = (
                f"'retracted-sources' names '{key}', which this article does not cite: "
                "remove that line"
            )
        elif standing.retraction is not None:
            continue
        elif standing.known:
            noted = f" (it {standing.notices[0].status})" if standing.notices else ""
            message = (
                f"'retracted-sources' names '{key}', but the retraction data has no "
                f"retraction or withdrawal for it{noted}: check the source, and remove "
                "that line if it was never retracted"
            )
        else:
            message = (
                f"'retracted-sources' names '{key}', but the build has no retraction data "
                "for it, so readers are not told it was retracted: add "
                "retraction = {notice DOI} to its entry in references.bib (or run "
                "'healthkb source check --online' to ask Crossref)"
            )
        found.append(problem(path, line, "retraction-acknowledgement", message))
    return found


def _why(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "there is no such file"
    if isinstance(exc, UnicodeDecodeError):
        return "it is not UTF-8 text"
    return str(exc)
