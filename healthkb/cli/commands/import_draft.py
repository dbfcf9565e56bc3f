"""``healthkb import``: turn a draft into an article plus BibTeX entries, with a "
"report."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from healthkb.cli.errors import UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "import", help="turn a plain-text or Markdown draft into an article"
    )
    parser.add_argument(
        "draft", type=Path, help="the draft file (.txt, .md, .html or .docx)"
    )
    parser.add_argument(
        "--topic", required=True, help="topic folder, e.g. mental-health"
    )
    parser.add_argument("--author", default="", help="your key in authors.yml")
    parser.add_argument(
        "--dry-run", action="store_true", help="print the report, write nothing"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the article (and its pictures) that an earlier import made, if "
        "nobody has changed it since",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from healthkb.cli.commands.check import load_site
    from healthkb.cli.commands.new import article_target, check_topic, slugify
    from healthkb.importer import DraftError
    from healthkb.importer.plan import (
        TargetExists,
        apply_plan,
        plan_import,
        taken_pictures,
    )

    site = load_site(Path(args.root))
    if args.author and args.author not in site.authors:
        raise UserError(
            f"unknown author {args.author!r}: use a key from authors.yml "
            f"({', '.join(site.authors)})"
        )
    try:

        def target_for(title: str) -> Path:
            slug = slugify(title)
            if not slug:
                raise DraftError(
                    str(args.draft),
                    1,
                    "the title has no letters or digits for a file name",
                )
            # an existing article is judged below, by who made it
            return article_target(site, args.topic, slug, force=True)

        check_topic(site, args.topic)  # before reading the draft
        plan = plan_import(
            site,
            args.draft,
            target_for,
            author=args.author,
            today=site.settings.today or date.today(),
        )
    except DraftError as exc:
        raise UserError(f"{exc}\nnothing was written") from None
    replaceable = _check_existing(plan.article, plan.article_rel, force=args.force)
    taken = taken_pictures(plan)
    if taken and not (args.force and replaceable):
        raise UserError(
            f"{taken[0].name} is already next to the article: rename or remove it"
            + (
                ", or pass --force to replace an earlier import of this draft"
                if replaceable
                else ""
            )
            + "; nothing was written"
        )
    replacing = args.force and replaceable
    if args.dry_run:
        sys.stdout.write(format_report(plan, dry_run=True, replacing=replacing))
        sys.stdout.write("dry run: nothing was written\n")
        return 0
    try:
        apply_plan(plan, replace=replacing)
    except TargetExists:
        raise UserError(
            f"{plan.article_rel} was created meanwhile: nothing was written"
        ) from None
    except OSError as exc:
        raise UserError(
            f"could not write the article: {exc}; nothing was written"
        ) from None
    sys.stdout.write(format_report(plan, replacing=replacing))
    return 0


def _check_existing(article: Path, rel: str, *, force: bool) -> bool:
    """Whether *article* exists and ``--force`` may replace it: only an article an
    earlier import made, unchanged since (see :mod:`healthkb.importer.provenance`);
    otherwise refuses, saying what to do."""
    from healthkb.importer.provenance import origin

    if not article.exists():
        return False
    made, draft = origin(article)
    if made == "hand-written":
        raise UserError(
            f"{rel} already exists and no import made it (its front matter has no "
            "\"made by 'healthkb import'\" line), so the import does not replace it, "
            "not even with --force: give the draft another title (its first "
            "headline); if the draft really is meant to replace that article, move "
            "or delete the article yourself, then import again; nothing was written"
        )
    if made == "edited":
        raise UserError(
            f"{rel} was made by an import of {draft} but has been changed since, so "
            "the import does not replace it, not even with --force (the changes "
            "would be lost): give the draft another title, or move or delete the "
            "article yourself, then import again; nothing was written"
        )
    if not force:
        raise UserError(
            f"{rel} already exists: an earlier import of {draft} made it and it is "
            "unchanged since: pass --force to replace it with this import, or give "
            "the draft another title; nothing was written"
        )
    return True


def format_report(plan, *, dry_run: bool = False, replacing: bool = False) -> str:  # noqa: ANN001 - ImportPlan
    create, add = ("would create", "would add") if dry_run else ("created", "added")
    if replacing:
        create = "would replace" if dry_run else "replaced"
    lines = [f"{create} {plan.article_rel}"]
    for path, _ in plan.images:
        folder = plan.article_rel.rpartition("/")[0]
        lines.append(f"{add} the picture {folder}/{path.name}")
    for source in plan.sources:
        if source.entry:
            lines.append(f"{add} source '{source.key}' to {plan.bibfile.name}")
        else:
            lines.append(f"reused source '{source.key}' ({source.reused})")
    if plan.draft.removed:
        lines.append("removed drafting leftovers (check nothing else went with them):")
        lines += [
            f"  {plan.where(r.line)} ({r.kind}): {r.text.strip()}"
            for r in sorted(plan.draft.removed, key=lambda r: r.line)
        ]
    lines.append("a person must still:")
    lines += [f"  - {item}" for item in plan.todo]
    if plan.problems:
        lines.append("until then, 'healthkb check' reports:")
        lines += [f"  {p.format()}" for p in plan.problems]
    return "\n".join(lines) + "\n"
