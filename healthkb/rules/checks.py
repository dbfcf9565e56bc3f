"""Check articles: one entry point used by ``healthkb check`` and the Sphinx build."""

from __future__ import annotations

import fnmatch
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from healthkb.model import markdown_scan as scan
from healthkb.model.article import ArticleMeta, keyword_key
from healthkb.model.file_refs import (
    content_dirs,
    deep_markup_problems,
    file_problems,
    judge_file,
)
from healthkb.model.front_matter import normalise_text, split_article
from healthkb.model.site import Site, topic_of
from healthkb.problems import Level, Problem, problem
from healthkb.rules.article_summary import (
    Summary,
    check_citations,
    judge,
    missing_download_files,
    missing_downloads,
    missing_image_files,
    missing_images,
    summarise,
)
from healthkb.rules.content_rules import (
    check_site_page,
)
from healthkb.rules.link_rules import check_md_links
from healthkb.rules.markup_rules import (
    footnote_mistakes,
    image_targets,
    refused_cite_keys,
    reported_directive_options,
    reported_directives,
    reported_roles,
    unknown_languages,
)
from healthkb.rules.site_link_rules import (
    Glossary,
    read_glossary,
    read_labels,
    site_pages,
)
from healthkb.rules.source_rules import unused_entries
from healthkb.rules.structure_rules import download_targets, reported_structure

if TYPE_CHECKING:
    from collections.abc import Set

    from healthkb.rules.check_cache import CheckCache

MAX_ARTICLE_BYTES = 2 * 1024 * 1024


@dataclass
class ArticleReport:
    """Everything the rules learnt about one article."""

    path: str
    topic: str
    title: str = ""
    meta: ArticleMeta | None = None
    #: (line, key) of each citation, in order
    citations: list[tuple[int, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: US school grade of the prose (None: too little text to tell)
    reading_grade: float | None = None
    #: the body after the front matter and its first line (for site-wide link checks)
    body: str = field(default="", repr=False)
    body_line: int = 1

    @property
    def docname(self) -> str:
        return self.path.removesuffix(".md")

    @property
    def has_errors(self) -> bool:
        return any(p.level == Level.ERROR for p in self.problems)


#: C0 and C1 control characters other than tab and line ends, and U+FFFE/U+FFFF
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def decode_article(path: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    """Decode UTF-8 (with or without BOM); a problem names the first bad line."""
    if len(raw) > MAX_ARTICLE_BYTES:
        return None, [
            problem(
                path,
                1,
                "front-matter",
                f"the file is {len(raw) // 1024} KB, over the {MAX_ARTICLE_BYTES // 1024 // 1024} MB limit "
                "for one article: split it into several articles",
            )
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [
            problem(
                path,
                line,
                "encoding",
                "the file is not UTF-8 text (byte "
                f"0x{raw[exc.start]:02x} on this line): save it as UTF-8 in your editor",
            )
        ]
    control = _CONTROL.search(text)
    if control:
        # XML (the feed, the sitemap) cannot hold them: one would take those files down
        return None, [
            problem(
                path,
                text.count("\n", 0, control.start()) + 1,
                "encoding",
                f"the file contains an invisible control character "
                f"(U+{ord(control.group(0)):04X}) on this line: delete it (retype the "
                "words around it if you cannot see it)",
            )
        ]
    return text, []


def analyse_article(site: Site, path: str, text: str) -> ArticleReport:
    """Run every per-article rule on *text*, the content of *path* (relative to the site)."""
    summary = summarise(site, path, text, whole=False)
    return report_of(summary, judge(site, summary).problems)


def report_of(summary: Summary, problems: list[Problem]) -> ArticleReport:
    """The report of an article from its :class:`Summary` and its judged problems."""
    report = ArticleReport(summary.path, topic_of(summary.path), problems=problems)
    report.title, report.meta = summary.title, summary.meta
    report.citations = summary.citations
    report.reading_grade = summary.reading_grade
    report.body, report.body_line = summary.text, summary.text_line
    return report


def excluded(path: str, patterns: tuple[str, ...]) -> bool:
    """Whether conf.py's exclude_patterns keep the build from reading *path*
    (Sphinx's glob rules: a pattern matches the path or a folder above it)."""
    parents = [path] + [str(p) for p in Path(path).parents if str(p) != "."]
    return any(
        fnmatch.fnmatchcase(candidate, pattern)
        or (pattern.startswith("**/") and fnmatch.fnmatchcase(candidate, pattern[3:]))
        for pattern in patterns
        for candidate in parents
    )


def read_by_the_build(path: str, include_patterns: tuple[str, ...]) -> bool:
    """Whether conf.py's include_patterns let the build read *path* (Sphinx's own
    matcher, so a pattern means what it means to the build)."""
    from healthkb._compat import sphinx_path_matcher

    return sphinx_path_matcher(list(include_patterns))(path)


def analyse_site_page(path: str, text: str) -> list[Problem]:
    """The rules for a page that is not an article (home, topic, glossary, about)."""
    split = split_article(path, text)
    if not split.front.present:  # pages need no front matter
        return check_site_page(path, normalise_text(text), 1)
    return split.problems + check_site_page(path, split.body, split.body_line)


def page_body(path: str, text: str) -> tuple[str, int]:
    """A site page's body and its first line (a page needs no front matter)."""
    split = split_article(path, text)
    if not split.front.present:
        return normalise_text(text), 1
    return split.body, split.body_line


def _page_images(site: Site, path: str, body: str, first_line: int) -> list:
    """A site page's images that may be published (the others are unsafe-file's)."""
    dirs = content_dirs(site.settings.articles_dir)
    return [
        (line, target)
        for line, target in image_targets(body, first_line)
        if judge_file(target, "image", path, site.root, dirs) is None
    ]


def page_target_problems(site: Site, path: str, text: str) -> list[Problem]:
    """The rules of a site page (home, topic, glossary, about) that look at other
    files, as an article's: its images exist, its Markdown links lead to a page
    (and section), its citation keys are in references.bib."""
    body, first_line = page_body(path, text)
    with scan.extensions(site.settings.myst_extensions):
        return (
            missing_images(
                site, path, _page_images(site, path, body, first_line), what="page"
            )
            + check_md_links(
                site.root, path, body, first_line, site.settings.heading_anchors
            )
            + check_citations(site, path, scan.citations(body, first_line))
            + missing_downloads(
                site, path, download_targets(body, first_line), what="page"
            )
        )


@dataclass(frozen=True)
class Said:
    """What the rules reported about one page, by subject, for the build to give
    no second message on the same thing: the missing images (named from the site
    folder), the citation keys not in references.bib, the refused or unknown
    directives, the keys of refused citation roles (``{cite:p}``), the unknown
    roles and code languages, a directive's wrong arguments and options."""

    images: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()
    directives: frozenset[str] = frozenset()
    cites: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    #: a directive's argument missing or too many (its name) or an option it has
    #: not got ("name:option")
    options: frozenset[str] = frozenset()
    #: footnote mistakes (markup_rules.footnote_mistakes' subjects)
    footnotes: frozenset[str] = frozenset()
    #: a heading that skips a level, a directive without its text, an option
    #: value it refuses, a list-table's rows (structure_rules' subjects)
    structure: frozenset[str] = frozenset()
    #: the files of {download} roles not in the site (named from the site folder)
    downloads: frozenset[str] = frozenset()


def said_about(
    site: Site, path: str, body: str, first_line: int, *, site_page: bool
) -> Said:
    """The subjects the image, citation and directive rules report on *body*."""
    with scan.extensions(site.settings.myst_extensions):
        images = (
            _page_images(site, path, body, first_line)
            if site_page
            else image_targets(body, first_line)
        )
        keys = site.bib_keys
        return Said(
            frozenset(n for _, _, n in missing_image_files(site, path, images)),
            frozenset(k for _, k in scan.citations(body, first_line) if k not in keys),
            frozenset(reported_directives(body, first_line, site_page=site_page)),
            frozenset(refused_cite_keys(body, first_line)),
            frozenset(reported_roles(body, first_line)),
            frozenset(unknown_languages(body, first_line)),
            frozenset(reported_directive_options(body, first_line)),
            frozenset(s for _, _, s in footnote_mistakes(body, first_line)),
            frozenset(reported_structure(body, first_line)),
            frozenset(
                n
                for _, _, n in missing_download_files(
                    site, path, download_targets(body, first_line)
                )
            ),
        )


def read_article(site: Site, file: Path) -> ArticleReport:
    path = site.relpath(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        return ArticleReport(
            path,
            topic_of(path),
            problems=[problem(path, 1, "encoding", f"cannot read: {exc}")],
        )
    text, problems = decode_article(path, raw)
    if text is None:
        return ArticleReport(path, topic_of(path), problems=problems)
    return analyse_article(site, path, text)


def check_across(site: Site, reports: list[ArticleReport]) -> list[Problem]:
    """Rules that need every article: duplicates, related targets, keyword variants."""
    found: list[Problem] = []
    by_title: dict[str, list[ArticleReport]] = defaultdict(list)
    by_slug: dict[str, list[ArticleReport]] = defaultdict(list)
    for report in reports:
        if report.title:
            by_title[report.title.casefold()].append(report)
        by_slug[Path(report.path).stem].append(report)
    for group, what in ((by_title, "title"), (by_slug, "file name")):
        for same in group.values():
            for other in same[1:]:
                found.append(
                    problem(
                        other.path,
                        1,
                        "duplicate",
                        f"this article has the same {what} as {same[0].path}: readers and links cannot "
                        f"tell them apart, so change one",
                    )
                )
    docnames = {r.docname for r in reports}
    for report in reports:
        if not report.meta:
            continue
        for target in report.meta.related:
            if resolve_related(report.docname, target, docnames) is None:
                found.append(
                    problem(
                        report.path,
                        report.meta.line_of("related"),
                        "related",
                        f"related article '{target}' does not exist: give its path like "
                        "'articles/topic/file-name' (without .md)",
                    )
                )
    found += _keyword_variants(reports)
    return found


def unused_sources(site: Site, reports: list[ArticleReport]) -> list[Problem]:
    """Sources that no article cites (only meaningful over the whole site)."""
    cited = (key for report in reports for _, key in report.citations)
    return unused_entries(site.bibliographies, cited)


def resolve_related(docname: str, target: str, docnames: Set[str]) -> str | None:
    """Find the docname a ``related:`` entry names (absolute, relative, or a file name)."""
    target = target.strip().removesuffix(".md").lstrip("/")
    base = docname.rsplit("/", 1)[0]
    for candidate in (target, f"{base}/{target}"):
        if candidate in docnames:
            return candidate
    stems = [d for d in docnames if d.rsplit("/", 1)[-1] == target]
    return stems[0] if len(stems) == 1 else None


def _keyword_variants(reports: list[ArticleReport]) -> list[Problem]:
    """A spelling differing from the site's established one is reported on the
    article that uses it: the established spelling is the one most articles use
    (ties: the one of the earliest published article), so a change never blames
    untouched articles."""
    uses: dict[str, dict[str, list[tuple[ArticleReport, str]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for report in sorted(reports, key=lambda r: r.path):
        if not report.meta:
            continue
        fields = [("keywords", w) for w in report.meta.keywords]
        fields += [("secondary-keywords", w) for w in report.meta.secondary_keywords]
        for field_name, word in fields:
            uses[keyword_key(word)][word].append((report, field_name))
    found = []
    for spellings in uses.values():
        if len(spellings) < 2:
            continue
        established = min(spellings, key=lambda w, s=spellings: _weight(s[w]))
        first_user = min(r.path for r, _ in spellings[established])
        for word, users in spellings.items():
            if word == established:
                continue
            for report, field_name in users:
                assert report.meta is not None
                found.append(
                    problem(
                        report.path,
                        report.meta.line_of(field_name),
                        "keyword-variant",
                        f"the keyword '{word}' is spelt '{established}' on the rest of "
                        f"the site (e.g. {first_user}): use that spelling",
                    )
                )
    return found


def _weight(users: list[tuple[ArticleReport, str]]) -> tuple[int, object, str]:
    """Most articles first, then the earliest published, then the first path."""
    by_path = {r.path: r for r, _ in users}
    oldest = min(r.meta.published for r in by_path.values() if r.meta)
    return (-len(by_path), oldest, min(by_path))


def link_targets(
    site: Site,
    article_paths: set[str],
    pages: list[Path] | None = None,
    cache: CheckCache | None = None,
) -> tuple[set[str], Glossary, list[Problem]]:
    """Every page's docname and the glossary, for {doc} and {term} targets, with
    the problems of the pages that are not articles (the build's own warnings say
    the same); with *cache*, those of unchanged pages are kept ones."""
    pages = site_pages(site.root) if pages is None else pages
    docnames = {site.relpath(p).removesuffix(".md") for p in pages}
    patterns = site.settings.exclude_patterns
    glossary, problems = Glossary(), []
    texts: dict[str, str] = {}
    for page in pages:
        path = site.relpath(page)
        try:
            raw = page.read_bytes()
        except OSError:
            continue
        text, decode_problems = decode_article(path, raw)
        if text is not None:  # labels: of every page, articles too
            texts[path] = normalise_text(text)
        if path in article_paths:
            continue
        problems += decode_problems
        if text is not None:
            read_glossary(path, normalise_text(text), glossary)
            if not excluded(path, patterns) and read_by_the_build(
                path, site.settings.include_patterns
            ):
                problems += _site_page_problems(site, path, text, raw, cache)
                # they look at other files: never kept by the page's bytes alone
                problems += page_target_problems(site, path, text)
    read_site_labels(site, texts, glossary)
    problems += glossary.problems
    return docnames, glossary, problems


def read_site_labels(site: Site, texts: dict[str, str], glossary: Glossary) -> None:
    """The labels of every page (path -> text), read in the order of their paths
    (the build reads them so too: the same definition is the first)."""
    with scan.extensions(site.settings.myst_extensions):
        for path in sorted(texts):
            read_labels(path, *page_body(path, texts[path]), glossary)


def _site_page_problems(
    site: Site, path: str, text: str, raw: bytes, cache: CheckCache | None
) -> list[Problem]:
    """:func:`analyse_site_page`, or its kept result for the same bytes."""
    from healthkb.rules.check_cache import PageProblems

    key = cache.key(f"page:{path}", raw) if cache else ""
    kept = cache.get(key, path, PageProblems) if cache else None
    if kept is not None:
        return kept.problems
    with scan.extensions(site.settings.myst_extensions):
        found = analyse_site_page(path, text)
    if cache:
        cache.put(key, PageProblems(path, found))
    return found


def page_file_problems(
    root: Path, rel: str, dirs: tuple[str, ...], trusted: tuple[str, ...] = ()
) -> list[Problem]:
    """Refused file-naming markup in one page (the build judges the doctree the same way)."""
    try:
        text = normalise_text((root / rel).read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return []  # reported by the encoding rule
    split = split_article(rel, text)
    return file_problems(
        rel, split.body, split.body_line, root, dirs, trusted
    ) + deep_markup_problems(rel, text)
