"""Plan an import against a site (nothing written), then apply it in one go."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from healthkb.bib.read import parse_bibliography_text
from healthkb.importer.bibtex import PlannedSource, plan_sources
from healthkb.importer.draft import Draft, parse_draft
from healthkb.importer.errors import DraftError
from healthkb.importer.keyword_choice import choose_keywords
from healthkb.importer.render import ArticleFields, render_article
from healthkb.importer.source_text import read_draft
from healthkb.model.article import MAX_KEYWORDS, keyword_key
from healthkb.model.site import Site
from healthkb.problems import Problem
from healthkb.rules.checks import (
    ArticleReport,
    analyse_article,
    check_across,
    read_article,
)
from healthkb.safe_write import TargetExists, write_text_atomic

_IMAGE_REFERENCE = re.compile(
    r"^\W{0,4}[\[(]\s{0,3}(?:insert |add )?(?:an? )?(?:image|photo|picture|img|figure|"
    r"diagram|illustration|infographic|graphic)\b",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(r"^(dr|prof|professor|mr|mrs|ms|mx)\.?\s+", re.IGNORECASE)


@dataclass
class ImportPlan:
    article: Path
    article_rel: str
    text: str
    bibfile: Path
    #: the whole new references.bib, or None when no entry is added
    bib_text: str | None
    sources: list[PlannedSource]
    draft: Draft
    #: what a human must still do, in words for an editor
    todo: list[str] = field(default_factory=list)
    #: what ``healthkb check`` will report on the new article until the todo is done
    problems: list[Problem] = field(default_factory=list)


def _name_key(name: str) -> str:
    return " ".join(_HONORIFIC.sub("", name).casefold().replace(".", " ").split())


def first_sentence(draft: Draft) -> str:
    """The first paragraph's first sentence, if it fits in a description."""
    paragraph = next((b for b in draft.blocks if b.kind == "paragraph"), None)
    if paragraph is None:
        return ""
    match = re.match(r"(.+?[.!?])(\s|$)", " ".join(paragraph.lines))
    sentence = match.group(1) if match else ""
    # a description is plain text: no emphasis marks or link targets
    sentence = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sentence)
    sentence = re.sub(r"(\*\*|__|\*)(\S(?:.*?\S)?)\1", r"\2", sentence)
    if re.search(r"\[\d|<<|[{}`]", sentence) or not 20 <= len(sentence) <= 160:
        return ""
    return sentence


def _plan_draft_sources(
    draft: Draft, existing: dict[str, dict[str, str]], display: str
) -> list[PlannedSource]:
    """Full references planned as usual; a DOI- or PMID-only source must already be
    in references.bib (it is matched, never added half-empty)."""
    by_id = {
        (name, value.casefold()): key
        for key, fields in existing.items()
        for name in ("doi", "pmid")
        if (value := fields.get(name, ""))
    }
    full = [ref for _, ref in draft.sources if ref.title]
    planned_full = iter(plan_sources(full, existing))
    planned: list[PlannedSource] = []
    for line, ref in draft.sources:
        if ref.title:
            planned.append(next(planned_full))
            continue
        name, value = ("doi", ref.doi) if ref.doi else ("pmid", ref.pmid)
        key = by_id.get((name, value.casefold()))
        if key is None:
            raise DraftError(
                display,
                line,
                f"this source is only a {name.upper()} ({value}), which references.bib "
                "does not have: the authors, title, journal and year are missing; write "
                "the full reference here, or add the source to references.bib first",
            )
        planned.append(
            PlannedSource(
                ref, key, "", f"references.bib has this {name.upper()} as '{key}'"
            )
        )
    return planned


def _choose_keywords(draft: Draft, others: list[ArticleReport]) -> list[str]:
    """Set the draft's keywords (site spellings, best ten); what a person must check."""
    spellings: dict[str, str] = {}
    for report in sorted(others, key=lambda r: r.path):
        if report.meta:
            for word in (*report.meta.keywords, *report.meta.secondary_keywords):
                spellings.setdefault(keyword_key(word), word)
    text = "\n".join(
        line for block in draft.blocks for line in block.lines if block.kind != "list"
    )
    choice = choose_keywords(draft.keywords, draft.secondary, spellings, text)
    draft.keywords, draft.secondary = choice.keywords, choice.secondary
    todo = [
        f"the keyword '{old}' is written '{new}', the site's spelling"
        for old, new in choice.respelt
    ]
    if choice.promoted:
        todo.append(
            "the draft lists only secondary keywords: the best-ranked "
            f"({', '.join(choice.promoted)}) are the main 'keywords'; check them"
        )
    if choice.left_out:
        todo.append(
            f"only {MAX_KEYWORDS} keywords are allowed: left out "
            f"{', '.join(choice.left_out)} (the draft's main keywords come first, "
            "the others ranked by how well they fit the text)"
        )
    return todo


def find_author(site: Site, name: str) -> str | None:
    wanted = _name_key(name)
    return next(
        (a.key for a in site.authors.values() if _name_key(a.name) == wanted), None
    )


def plan_import(
    site: Site,
    draft_file: Path,
    target_for: Callable[[str], Path],
    *,
    author: str = "",
    today: date,
) -> ImportPlan:
    """Parse, render and dry-run check; raises :class:`DraftError` on a bad draft.

    :param target_for: the article's file from its title (refuses taken names)
    """
    display = str(draft_file)
    draft = parse_draft(read_draft(draft_file, display), display)
    target = target_for(draft.title)
    converted = {".html": "web page", ".htm": "web page", ".docx": "Word document"}
    todo: list[str] = (
        [
            f"line numbers here count lines of the text taken from the "
            f"{converted[draft_file.suffix.lower()]}, not of the file itself"
        ]
        if draft_file.suffix.lower() in converted
        else []
    )
    todo += [
        f"draft line {r.line}: the image '{r.text.strip()}' was not imported (no image "
        "file comes with a draft): add the file and a figure yourself if it is needed"
        for r in draft.removed
        if _IMAGE_REFERENCE.match(r.text)
    ]
    if draft.title.endswith(".") or len(draft.title) > 100:
        todo.append(
            f"check the title (draft line {draft.title_line}): it was taken from the "
            "first line, which reads like a sentence"
        )
    others = [
        read_article(site, f)
        for f in site.articles()
        if f.resolve() != target.resolve()
    ]
    todo += _choose_keywords(draft, others)
    authors: tuple[str, ...] = (author,) if author else ()
    name, role = draft.byline
    if not authors and name:
        key = find_author(site, name)
        if key:
            authors = (key,)
        else:
            new_key = (
                re.sub(r"[^a-z0-9]+", "-", _name_key(name)).strip("-") or "new-author"
            )
            authors = (new_key,)
            todo.append(
                f"add the author to {site.settings.authors_file}: '{new_key}:' with "
                f"'name: {name}' and 'role: {role or '<their role>'}'"
            )
    if not authors:
        todo.append(
            "the draft has no byline: put your key from authors.yml in 'authors'"
        )
    reviewers: tuple[str, ...] = ()
    if draft.reviewer:
        key = find_author(site, draft.reviewer)
        if key:
            reviewers = (key,)
        else:
            todo.append(
                f"the draft names the reviewer '{draft.reviewer}', who is not in "
                f"{site.settings.authors_file}: add them, then add 'reviewers: "
                "[their-key]'"
            )
    else:
        todo.append(
            "ask a clinician to review the article, then add 'reviewers: [their-key]'"
        )
    todo.append(
        "after the review, replace the 'reviewed' placeholder with the review's date "
        "(YYYY-MM-DD); 'published' is today: change it if the article goes live later"
    )
    if not site.settings.bibfiles:
        raise DraftError(
            display, 1, "the site has no bibtex_bibfiles in conf.py to add sources to"
        )
    bib = site.bibliographies[0]
    existing = {
        key: {name: str(value) for name, value in entry.fields.items()}
        for b in site.bibliographies
        for key, entry in b.entries.items()
    }
    if not draft.description and draft.subtitle:
        draft.description = draft.subtitle
        todo.append(
            f"the headline under the title (draft line {draft.subtitle_line}) is the "
            "'description': make sure it sums the article up for search results"
        )
    if not draft.description:
        draft.description = first_sentence(draft)
        if draft.description:
            todo.append(
                "the 'description' is the article's first sentence: make sure it sums "
                "the "
                "article up for search results"
            )
    planned = _plan_draft_sources(draft, existing, display)
    keys = tuple(p.key for p in planned)
    text, marked = render_article(
        draft, ArticleFields(authors, reviewers, today.isoformat(), keys)
    )
    if not draft.sources:
        todo.append(
            "the draft lists no sources: add each source to references.bib and cite it"
        )
    elif not marked:
        todo.append(
            "the draft did not mark which source supports which sentence ([1], [2]): "
            "the "
            "citations were placed after the first paragraph and each statistic; "
            "check them"
        )
    if not draft.description:
        todo.append(
            "write the 'description' (one or two sentences, at most 160 characters)"
        )
    todo += [f"draft line {n}: {why}" for n, why in draft.notes]
    new_entries = "\n".join(p.entry for p in planned if p.entry)
    bib_text = None
    if new_entries:
        added = parse_bibliography_text(new_entries, bib.path)
        if added.problems or len(added.entries) != sum(1 for p in planned if p.entry):
            line = draft.sources[0][0]
            raise DraftError(
                display,
                line,
                "a source could not be turned into BibTeX: check its text",
            )
        bibfile = site.root / bib.path
        old = bibfile.read_text(encoding="utf-8") if bibfile.is_file() else ""
        bib_text = (old.rstrip("\n") + "\n\n" if old.strip() else "") + new_entries
        site = dataclasses.replace(site, bibliographies=[*site.bibliographies, added])
    rel = site.relpath(target)
    report = analyse_article(site, rel, text)
    problems = report.problems + [
        p for p in check_across(site, [*others, report]) if p.path == rel
    ]
    return ImportPlan(
        target,
        rel,
        text,
        site.root / bib.path,
        bib_text,
        planned,
        draft,
        todo,
        sorted(set(problems)),
    )


def apply_plan(plan: ImportPlan) -> None:
    """Write the article (never over an existing file), then references.bib."""
    write_text_atomic(plan.article, plan.text, overwrite=False)
    if plan.bib_text is None:
        return
    try:
        write_text_atomic(plan.bibfile, plan.bib_text, overwrite=True)
    except BaseException:
        plan.article.unlink(
            missing_ok=True
        )  # no article citing entries that are not there
        raise


__all__ = ["ImportPlan", "TargetExists", "apply_plan", "plan_import"]
