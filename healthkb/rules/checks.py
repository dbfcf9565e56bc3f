"""Check articles: one entry point used by ``healthkb check`` and the Sphinx build."""

from __future__ import annotations

import difflib
import fnmatch
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from healthkb.model import markdown_scan as scan
from healthkb.model.article import ArticleMeta, keyword_key, parse_article_meta
from healthkb.model.file_refs import deep_markup_problems, file_problems
from healthkb.model.front_matter import normalise_text, split_article
from healthkb.model.site import Site, topic_of
from healthkb.problems import Level, Problem, problem
from healthkb.rules.content_rules import (
    check_body,
    check_front_placeholders,
    check_site_page,
)
from healthkb.rules.link_rules import check_md_links
from healthkb.rules.markup_rules import image_targets
from healthkb.rules.readability import check_readability
from healthkb.rules.retraction_rules import article_problems
from healthkb.rules.site_link_rules import (
    Glossary,
    read_glossary,
    site_pages,
)
from healthkb.rules.source_rules import unused_entries

MAX_ARTICLE_BYTES = 2 * 1024 * 1024
_MASKED_BY_PLACEHOLDER = frozenset({"author", "keywords", "description", "date"})


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
    # the rules parse the body with the site's MyST extensions, as the build does
    with scan.extensions(site.settings.myst_extensions):
        return _analyse_article(site, path, text)


def _analyse_article(site: Site, path: str, text: str) -> ArticleReport:
    report = ArticleReport(path, topic_of(path))
    split = split_article(path, text)
    report.problems += split.problems
    report.body, report.body_line = split.body, split.body_line
    if split.front.present and not split.problems:
        report.meta, meta_problems = parse_article_meta(
            path,
            split.front,
            known_authors=site.authors.keys(),
            review_interval_days=site.settings.review_interval,
        )
        placeholders = check_front_placeholders(path, split.front)
        # "<<your key>> is not in authors.yml" only repeats the placeholder problem
        masked = {p.line for p in placeholders}
        report.problems += placeholders + [
            p
            for p in meta_problems
            if not (p.line in masked and p.rule in _MASKED_BY_PLACEHOLDER)
        ]
    tops = [
        t for _, level, t in scan.headings(split.body, split.body_line) if level == 1
    ]
    report.title = tops[0] if tops else ""
    report.problems += check_body(path, split.body, split.body_line)
    report.problems += _missing_images(site, path, split.body, split.body_line)
    report.problems += check_md_links(
        site.root, path, split.body, split.body_line, site.settings.heading_anchors
    )
    report.citations = scan.citations(split.body, split.body_line)
    report.problems += _check_citations(site, path, report.citations)
    report.problems += article_problems(
        path, report.citations, site.standings, report.meta
    )
    report.reading_grade, hard_to_read = check_readability(
        path, split.body, split.body_line, site.settings.reading_grade
    )
    report.problems += hard_to_read
    if report.meta:
        today = site.settings.effective_today()
        if report.meta.review_due < today:
            report.problems.append(
                problem(
                    path,
                    split.front.line_of(
                        next(
                            (
                                k
                                for k in ("review-due", "reviewed")
                                if k in split.front.data
                            ),
                            "published",
                        )
                    ),
                    "review-overdue",
                    f"the review was due on {report.meta.review_due}: review the article, then set "
                    "'reviewed' to the review's date (and update 'review-due')",
                )
            )
        silenced = report.meta.silence
        report.problems = [
            p
            for p in report.problems
            if not (p.level == Level.WARNING and p.rule in silenced)
        ]
    return report


def _missing_images(site: Site, path: str, body: str, first_line: int) -> list[Problem]:
    """Local images must exist inside the site (Sphinx would warn and show nothing)."""
    found = []
    folder = (site.root / path).parent
    for line, target in image_targets(body, first_line):
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
            found.append(
                problem(
                    path,
                    line,
                    "image",
                    f"the image '{target}' is not in the site folder: put the file next "
                    "to the article (or fix the name) and give its file name",
                )
            )
    return found


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


def analyse_site_page(path: str, text: str) -> list[Problem]:
    """The rules for a page that is not an article (home, topic, glossary, about)."""
    split = split_article(path, text)
    if not split.front.present:  # pages need no front matter
        return check_site_page(path, normalise_text(text), 1)
    return split.problems + check_site_page(path, split.body, split.body_line)


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


def _check_citations(
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


def resolve_related(docname: str, target: str, docnames: set[str]) -> str | None:
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
    site: Site, article_paths: set[str]
) -> tuple[set[str], Glossary, list[Problem]]:
    """Every page's docname and the glossary, for {doc} and {term} targets, with
    the problems of the pages that are not articles (the build's own warnings say
    the same)."""
    pages = site_pages(site.root)
    docnames = {site.relpath(p).removesuffix(".md") for p in pages}
    patterns = site.settings.exclude_patterns
    glossary, problems = Glossary(), []
    for page in pages:
        path = site.relpath(page)
        if path in article_paths:
            continue
        try:
            text, decode_problems = decode_article(path, page.read_bytes())
        except OSError:
            continue
        problems += decode_problems
        if text is not None:
            read_glossary(path, normalise_text(text), glossary)
            if not excluded(path, patterns):
                with scan.extensions(site.settings.myst_extensions):
                    problems += analyse_site_page(path, text)
    problems += glossary.problems
    return docnames, glossary, problems


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
