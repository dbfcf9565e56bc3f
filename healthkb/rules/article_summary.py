"""One article's rules in two halves: what its own text says, and what the site says.

:func:`summarise` runs every rule that reads only the article (its bytes, the
settings, the authors' keys): the front matter, the prose rules, readability, and it
notes what the site-wide judgements need — the images, links, roles, citations and
file-naming markup the article uses. :func:`judge` then makes those judgements
against the site as it is now (files that must exist, pages and anchors, the
glossary, the .bib, retraction notices, today's date) and gives the article's report.

The :class:`Summary` depends on nothing outside the article, so ``healthkb check``
can keep it between runs (:mod:`healthkb.rules.check_cache`) and judge again: a
kept summary is never stale when another file changes. The build and a check
without the cache run both halves at once, so all three give the same report.
"""

from __future__ import annotations

import difflib
import posixpath
from dataclasses import dataclass, field

from healthkb.model import markdown_scan as scan
from healthkb.model.article import ArticleMeta, parse_article_meta
from healthkb.model.file_refs import (
    FileRef,
    content_dirs,
    deep_markup_problems,
    file_refs,
    judge_file,
    judge_file_refs,
)
from healthkb.model.front_matter import normalise_text, split_article
from healthkb.model.site import Site
from healthkb.problems import Level, Problem, problem
from healthkb.rules.content_rules import check_body, check_front_placeholders
from healthkb.rules.link_rules import (
    check_md_link_targets,
    heading_slugs,
    md_link_targets,
    to_own_page,
)
from healthkb.rules.markup_rules import image_targets
from healthkb.rules.readability import check_readability
from healthkb.rules.retraction_rules import article_problems
from healthkb.rules.site_link_rules import (
    Glossary,
    doc_targets,
    judge_role_targets,
    label_targets,
    role_targets,
)
from healthkb.rules.structure_rules import download_targets

_MASKED_BY_PLACEHOLDER = frozenset({"author", "keywords", "description", "date"})


@dataclass
class Summary:
    """What the rules learnt from one article's own bytes."""

    path: str
    #: False: the file could not be read as text (only :attr:`front` holds problems)
    readable: bool = True
    title: str = ""
    meta: ArticleMeta | None = None
    #: (line, key) of each citation, in order
    citations: list[tuple[int, str]] = field(default_factory=list)
    reading_grade: float | None = None
    #: problems of the file, its front matter and its front-matter placeholders
    front: list[Problem] = field(default_factory=list)
    #: problems of the prose rules (check_body)
    prose: list[Problem] = field(default_factory=list)
    readability: list[Problem] = field(default_factory=list)
    #: (line, target) of each local image
    images: list[tuple[int, str]] = field(default_factory=list)
    #: (line, file) of each {download} role naming a file of the site
    downloads: list[tuple[int, str]] = field(default_factory=list)
    #: (line, target) of each Markdown link that is not a web address
    md_links: list[tuple[int, str]] = field(default_factory=list)
    #: the anchors of the article's own headings (for ``[x](#anchor)`` links)
    slugs: list[str] = field(default_factory=list)
    #: (line, target) of each {doc} and {term} role (None: not asked for)
    docs: list[tuple[int, str]] | None = None
    terms: list[tuple[int, str]] | None = None
    #: (line, role, target) of each {ref}, {numref} and {any} role (None: not asked)
    refs: list[tuple[int, str, str]] | None = None
    #: the file-naming markup (None: not asked for) and the too-deep markup
    files: list[FileRef] | None = None
    deep: list[Problem] = field(default_factory=list)
    #: the front-matter line a review-overdue problem is reported at
    overdue_line: int = 1
    #: the body after the front matter, and its first line (not kept between runs:
    #: the build reads the article's text from it)
    text: str = field(default="", repr=False)
    text_line: int = 1


def summarise(
    site: Site, path: str, text: str | None, *, raw: bytes | None = None, whole: bool
) -> Summary:
    """The article-only rules on *text* (None: it could not be decoded; then *raw*
    gives its bytes). *whole*: also what ``healthkb check`` judges across pages (the
    {doc}/{term} roles and the file-naming markup), which the build judges in its own
    read (sphinxext.role_targets, file_refs) against its found pages."""
    with scan.extensions(site.settings.myst_extensions):
        return _summarise(site, path, text, raw, whole)


def _summarise(
    site: Site, path: str, text: str | None, raw: bytes | None, whole: bool
) -> Summary:
    summary = Summary(path)
    if text is None:
        summary.readable = False
        if whole:  # the file markup is judged on what decodes (the build's reading)
            summary.docs, summary.terms, summary.refs = [], [], []
            try:
                decoded = normalise_text((raw or b"").decode("utf-8-sig"))
            except UnicodeDecodeError:
                summary.files = []
            else:
                split = split_article(path, decoded)
                trusted = site.settings.trusted_includes
                summary.files = file_refs(split.body, split.body_line, trusted, path)
                summary.deep = deep_markup_problems(path, decoded)
        return summary
    split = split_article(path, text)
    summary.front += split.problems
    if split.front.present and not split.problems:
        summary.meta, meta_problems = parse_article_meta(
            path,
            split.front,
            known_authors=site.authors.keys(),
            review_interval_days=site.settings.review_interval,
        )
        placeholders = check_front_placeholders(path, split.front)
        # "<<your key>> is not in authors.yml" only repeats the placeholder problem
        masked = {p.line for p in placeholders}
        summary.front += placeholders + [
            p
            for p in meta_problems
            if not (p.line in masked and p.rule in _MASKED_BY_PLACEHOLDER)
        ]
        summary.overdue_line = split.front.line_of(
            next(
                (k for k in ("review-due", "reviewed") if k in split.front.data),
                "published",
            )
        )
    body, line = split.body, split.body_line
    tops = [t for _, level, t in scan.headings(body, line) if level == 1]
    summary.title = tops[0] if tops else ""
    summary.text, summary.text_line = body, line
    summary.prose = check_body(path, body, line)
    summary.images = image_targets(body, line)
    summary.downloads = download_targets(body, line)
    summary.md_links = md_link_targets(body, line)
    depth = site.settings.heading_anchors
    if to_own_page(summary.md_links):
        summary.slugs = sorted(heading_slugs(body, line, depth))
    summary.citations = scan.citations(body, line)
    summary.reading_grade, summary.readability = check_readability(
        path, body, line, site.settings.reading_grade
    )
    if whole:
        summary.docs = doc_targets(body, line)
        summary.terms = role_targets("term", body, line)
        summary.refs = label_targets(body, line)
        summary.files = file_refs(body, line, site.settings.trusted_includes, path)
        summary.deep = deep_markup_problems(path, normalise_text(text))
    return summary


@dataclass
class Judged:
    """An article's problems against the site as it is now."""

    #: every problem of the article's own rules, in the build's order, silenced ones out
    problems: list[Problem]
    #: missing {doc} and {term} targets (None: the summary did not note the roles)
    links: list[Problem] | None
    #: refused file-naming markup (None: the summary did not note it)
    files: list[Problem] | None


def judge(
    site: Site,
    summary: Summary,
    docnames: set[str] | None = None,
    glossary: Glossary | None = None,
) -> Judged:
    """The site-wide judgements on *summary*; *docnames* and *glossary* (for the
    roles) only where the summary noted them."""
    path = summary.path
    links = files = None
    if summary.docs is not None and summary.terms is not None:
        links = judge_role_targets(
            path,
            summary.docs,
            summary.terms,
            docnames or set(),
            glossary or Glossary(),
            summary.refs or (),
        )
    if summary.files is not None:
        dirs = content_dirs(site.settings.articles_dir)
        files = judge_file_refs(path, summary.files, site.root, dirs) + summary.deep
    if not summary.readable:
        return Judged(list(summary.front), links, files)
    found = list(summary.front) + summary.prose
    found += missing_images(site, path, summary.images)
    found += missing_downloads(site, path, summary.downloads)
    found += check_md_link_targets(
        site.root,
        path,
        summary.md_links,
        set(summary.slugs),
        site.settings.heading_anchors,
    )
    found += check_citations(site, path, summary.citations)
    found += article_problems(path, summary.citations, site.standings, summary.meta)
    found += summary.readability
    meta = summary.meta
    if meta:
        if meta.review_due < site.settings.effective_today():
            found.append(
                problem(
                    path,
                    summary.overdue_line,
                    "review-overdue",
                    f"the review was due on {meta.review_due}: review the article, then set "
                    "'reviewed' to the review's date (and update 'review-due')",
                )
            )
        silenced = meta.silence
        found = [
            p for p in found if not (p.level == Level.WARNING and p.rule in silenced)
        ]
    return Judged(found, links, files)


def missing_images(
    site: Site, path: str, images: list[tuple[int, str]], *, what: str = "article"
) -> list[Problem]:
    """Local images must exist inside the site (Sphinx would warn and show nothing);
    *what* the page is, for the advice."""
    return [
        problem(
            path,
            line,
            "image",
            f"the image '{target}' is not in the site folder: put the file next "
            f"to the {what} (or fix the name) and give its file name",
        )
        for line, target, _ in missing_image_files(site, path, images)
    ]


def missing_downloads(
    site: Site, path: str, downloads: list[tuple[int, str]], *, what: str = "article"
) -> list[Problem]:
    """A {download} role's file must be in the site (Sphinx would warn and link to
    nothing); one unsafe-file refuses is that rule's alone."""
    return [
        problem(
            path,
            line,
            "doc-link",
            f"the file '{target}' to download is not in the site folder: put it "
            f"next to the {what} (or fix the name) and give its file name",
        )
        for line, target, _ in missing_download_files(site, path, downloads)
    ]


def missing_download_files(
    site: Site, path: str, downloads: list[tuple[int, str]]
) -> list[tuple[int, str, str]]:
    """:func:`missing_image_files` for the downloads the unsafe-file rule lets
    through."""
    dirs = content_dirs(site.settings.articles_dir)
    allowed = [
        (line, target)
        for line, target in downloads
        if judge_file(target, "download", path, site.root, dirs) is None
    ]
    return missing_image_files(site, path, allowed)


def missing_image_files(
    site: Site, path: str, images: list[tuple[int, str]]
) -> list[tuple[int, str, str]]:
    """(line, target, the file as named from the site folder) of each image of
    *images* that is not a file inside the site."""
    if not images:
        return []  # most articles: no Path made (a tenth of a warm check at 10,000)
    found = []
    folder = (site.root / path).parent
    for line, target in images:
        file = (
            site.root / target.lstrip("/")
            if target.startswith("/")
            else folder / target
        )
        try:
            missing = not file.resolve().is_relative_to(site.root) or not file.is_file()
        except OSError:  # a name the file system cannot hold (unsafe-file says so)
            missing = True
        if missing:
            base = "" if target.startswith("/") else posixpath.dirname(path)
            named = posixpath.normpath(posixpath.join(base, target.lstrip("/")))
            found.append((line, target, named))
    return found


def check_citations(
    site: Site, path: str, citations: list[tuple[int, str]]
) -> list[Problem]:
    keys = site.bib_keys
    found = []
    broken = {key: bib for bib in site.bibliographies for key in bib.broken}
    for line, key in citations:
        if key in keys:
            continue
        if key in broken:
            bib = broken[key]
            message = (
                f"the entry for '{key}' in {bib.path} (line {bib.broken[key]}) cannot "
                "be read: fix that entry first"
            )
            found.append(problem(path, line, "citation", message))
            continue
        folded = {k.casefold(): k for k in keys}  # only on a miss: it reads every key
        if key.casefold() in folded:
            hint = f"keys are case-sensitive: write '{folded[key.casefold()]}'"
        else:
            close = difflib.get_close_matches(key, list(keys), n=1)
            hint = (
                f"did you mean '{close[0]}'?"
                if close
                else "add the source to references.bib first"
            )
        found.append(
            problem(
                path,
                line,
                "citation",
                f"the citation key '{key}' is not in references.bib: {hint}",
            )
        )
    return found
