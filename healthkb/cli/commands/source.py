"""``healthkb source add``: add sources to references.bib from a DOI, a PMID, or a
.bib, .ris, CSL-JSON or PubMed file, naming the key of each (new or existing)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from healthkb.cli.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "source", aliases=["sources"], help="add sources, or check cited ones"
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add",
        help="add a DOI, a PMID, or the sources in a .bib/.ris/.json/.nbib/.txt file",
    )
    add.add_argument("sources", nargs="+", help="DOIs, PMIDs or file names")
    add.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would be added, write nothing",
    )
    add.set_defaults(run=run_add)
    check = actions.add_parser(
        "check",
        help="list cited sources that were retracted, withdrawn or corrected",
    )
    check.add_argument(
        "--online",
        action="store_true",
        help="also ask Crossref about each cited DOI (answers are cached)",
    )
    check.set_defaults(run=run_check)


def _records(site_root: Path, arg: str, settings: object) -> list:
    from healthkb.bib.lookup import (
        DOI_ARGUMENT,
        PMID_ARGUMENT,
        LookupFailed,
        doi_record,
        pubmed_record,
    )
    from healthkb.bib.records import SourceFileError, read_source_file

    cache = site_root / settings.source_cache  # type: ignore[attr-defined]
    path = Path(arg)
    try:
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
            except UnicodeDecodeError:
                raise UserError(
                    f"{arg}: the file is not UTF-8 text: save it as UTF-8"
                ) from None
            return read_source_file(text, arg)
        if DOI_ARGUMENT.match(arg):
            return [
                doi_record(arg, settings.crossref_url, settings.doi_url, cache)  # type: ignore[attr-defined]
            ]
        pmid = PMID_ARGUMENT.match(arg)
        if pmid:
            return [pubmed_record(pmid.group(1), settings.eutils_url, cache)]  # type: ignore[attr-defined]
    except SourceFileError as exc:
        raise UserError(str(exc)) from None
    except LookupFailed as exc:
        raise UserError(f"{arg}: {exc}") from None
    raise UserError(
        f"{arg!r} is not a file, a DOI (10.…) or a PMID (digits): check what you typed"
    )


def _already_there(arg: str, known: dict) -> tuple[str, str] | None:
    """The entry a DOI or PMID argument already is: then nothing is looked up."""
    from healthkb.bib.fields import clean_doi
    from healthkb.bib.lookup import DOI_ARGUMENT, PMID_ARGUMENT
    from healthkb.bib.match import SourceIds, find_existing

    if Path(arg).is_file():
        return None
    if DOI_ARGUMENT.match(arg):
        return find_existing(SourceIds(doi=clean_doi(arg).casefold()), known)
    pmid = PMID_ARGUMENT.match(arg)
    if pmid:
        return find_existing(SourceIds(pmid=pmid.group(1)), known)
    return None


def run_add(args: argparse.Namespace) -> int:
    from healthkb.bib.add_sources import add_sources, known_sources
    from healthkb.cli.commands.check import load_site

    root = Path(args.root)
    site = load_site(root)
    if not site.settings.bibfiles:
        raise UserError("the site has no bibtex_bibfiles in conf.py to add sources to")
    name = site.settings.bibfiles[0]
    known = known_sources(root / name, name)
    records, told = [], 0
    for arg in args.sources:
        found = _already_there(arg, known)
        if found:
            sys.stdout.write(f"already there: {found[0]} ({found[1]})\n")
            told += 1
        else:
            records.extend(_records(root, arg, site.settings))
    if not records:
        if told < len(args.sources):
            raise UserError("no sources were found in what you gave")
        return 0
    results, problems = add_sources(records, root / name, name, write=not args.dry_run)
    for result in results:
        if result.existing:
            sys.stdout.write(f"already there: {result.key} ({result.existing})\n")
        else:
            verb = "would add" if args.dry_run else "added"
            sys.stdout.write(f"{verb}: {result.key}\n")
    for problem in problems:
        sys.stdout.write(problem.format() + "\n")
    return 1 if any(p.level == "error" for p in problems) else 0


def run_check(args: argparse.Namespace) -> int:
    """The build's verdict on cited sources (same words, same lines); ``--online``
    first asks Crossref about each cited DOI, filling the cache the build reads."""
    from healthkb.bib.lookup import LookupFailed, crossref_record
    from healthkb.bib.retractions import crossref_notices
    from healthkb.cli.commands.check import load_site
    from healthkb.rules.retraction_rules import VERDICT_RULES, Standing, load_standings
    from healthkb.rules.site_check import check_site

    root = Path(args.root)
    site = load_site(root)
    settings = site.settings
    if settings.retraction_watch and not (root / settings.retraction_watch).is_file():
        raise UserError(
            f"conf.py: healthkb_retraction_watch names {root / settings.retraction_watch}"
            ", which is not a file: download the Retraction Watch data (CSV) there, or "
            "empty the setting"
        )
    reports, _ = check_site(site)
    cited = {key for r in reports for _, key in r.citations}
    if args.online:
        cache = root / settings.source_cache
        wanted = {
            str(entry.fields.get("doi", "")).strip().casefold()
            for bib in site.bibliographies
            for key, entry in bib.entries.items()
            if key in cited
        }

        def online(doi: str) -> list | None:
            if doi.casefold() not in wanted:
                return None  # not cited: only what is cached counts
            try:
                return crossref_notices(
                    crossref_record(doi, settings.crossref_url, cache).updates
                )
            except LookupFailed:
                return None

        site.standings, _ = load_standings(root, settings, site.bibliographies, online)
        reports, _ = check_site(site)
    elif not any(site.standings.get(key, Standing()).known for key in cited):
        raise UserError(
            "no retraction data: set healthkb_retraction_watch in conf.py to the "
            "Retraction Watch CSV file, or use --online to ask Crossref"
        )
    problems = sorted(p for r in reports for p in r.problems if p.rule in VERDICT_RULES)
    for found in problems:
        sys.stdout.write(found.format() + "\n")
    errors = sum(1 for p in problems if p.level == "error")
    sys.stdout.write(
        f"{len(cited)} cited sources checked: "
        f"{errors} errors, {len(problems) - errors} warnings\n"
    )
    return 1 if errors else 0
