"""Plan an import against a site (nothing written), then apply it in one go."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from healthkb.bib.add_sources import entry_text
from healthkb.bib.fields import clean_doi
from healthkb.bib.match import SourceIds, find_existing, normalised_title
from healthkb.bib.read import parse_bibliography_text
from healthkb.bib.records import SourceRecord
from healthkb.importer import provenance
from healthkb.importer.bibtex import PlannedSource, key_for, plan_sources
from healthkb.importer.draft import Draft, parse_draft, read_source
from healthkb.importer.draft_images import DraftImages
from healthkb.importer.drop_chatter import Removed
from healthkb.importer.entry_links import cite_entry_links, entry_address
from healthkb.importer.errors import DraftError
from healthkb.importer.general_words import is_fragment, is_general
from healthkb.importer.journal_citation import find_by_journal
from healthkb.importer.keyword_choice import (
    choose_keywords,
    in_site_style,
    site_capitalises,
    variant_key,
)
from healthkb.importer.keyword_suggest import Suggestion, suggest
from healthkb.importer.places import Places
from healthkb.importer.reference_parser import (
    Reference,
    UnreadSource,
    WebSource,
    parse_web_source,
)
from healthkb.importer.render import ArticleFields, UnplacedMarker, render_article
from healthkb.importer.source_text import read_draft
from healthkb.importer.title_in_line import entry_titled_in
from healthkb.model.article import MAX_KEYWORDS, keyword_key
from healthkb.model.front_matter import normalise_text
from healthkb.model.site import Site
from healthkb.problems import Problem
from healthkb.rules.checks import (
    ArticleReport,
    analyse_article,
    check_across,
    read_article,
)
from healthkb.rules.site_link_rules import Glossary, read_glossary, site_pages
from healthkb.safe_write import TargetExists, write_bytes_atomic, write_text_atomic

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
    #: where a line of the draft is, in words ("draft line 3", or for a web page or
    #: Word document "in the Word document, the 2nd paragraph under …")
    where: Places = field(default_factory=Places)
    #: pictures kept from a Word draft: (file next to the article, its bytes)
    images: list[tuple[Path, bytes]] = field(default_factory=list)


def _name_key(name: str) -> str:
    # a team's name with or without its article ("healthkb editorial team")
    words = _HONORIFIC.sub("", name).casefold().replace(".", " ").split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 2 else words)


#: emphasis marks around words
_EMPHASIS = re.compile(r"(\*\*|__|\*)(\S(?:.*?\S)?)\1")
#: a paragraph all in emphasis, "_…_" too
_WHOLE_EMPHASIS = re.compile(r"^(\*{1,3}|_{1,3})(\S.*\S)\1$")
#: a short label that introduces what follows ("Key points:", "In short:")
_LABEL_ONLY = re.compile(r"[^.!?:]{1,60}:")


def first_sentence(draft: Draft) -> str:
    """The first paragraph's first sentence, if it fits in a description. A label
    over a list ("Key points:") and a short line all in emphasis (a picture's
    caption, "*Depression is Common!*") are no paragraph of the article's own; a
    paragraph in emphasis (an italic standfirst) is read without its marks."""
    paragraphs = (
        " ".join(b.lines).strip() for b in draft.blocks if b.kind == "paragraph"
    )
    text = next(
        (
            _EMPHASIS.sub(r"\2", _WHOLE_EMPHASIS.sub(r"\2", t))
            for t in paragraphs
            if not _LABEL_ONLY.fullmatch(_EMPHASIS.sub(r"\2", t))
            # a short line all in emphasis is a caption or a slogan, not the text
            and not (_WHOLE_EMPHASIS.match(t) and len(t.split()) < 6)
        ),
        None,
    )
    if text is None:
        return ""
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    sentence = match.group(1) if match else ""
    if re.fullmatch(r"(?:[^.!?]+[.!?]\s*){1,2}", text) and len(text.strip()) <= 160:
        # a standfirst of one or two short sentences is the description whole
        sentence = text.strip()
    # a description is plain text: no emphasis marks or link targets
    sentence = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sentence)
    sentence = _EMPHASIS.sub(r"\2", sentence)
    if re.search(r"\[\d|<<|[{}`]", sentence) or not 20 <= len(sentence) <= 160:
        return ""
    return sentence


def _plan_draft_sources(
    draft: Draft,
    existing: dict[str, dict[str, str]],
    where: Places,
    first_authors: dict[str, str] | None = None,
) -> tuple[list[PlannedSource | None], list[str]]:
    """Full references planned as usual; a DOI- or PMID-only source or a line that
    is not Vancouver must already be in references.bib (matched by DOI, PMID, web
    address or title, never added half-empty).  A source that is not found is left
    out (None) and reported: what is missing and what to do."""
    by_id = {
        (name, _id_value(name, value)): key
        for key, fields in existing.items()
        for name in ("doi", "pmid", "url", "title")
        if (value := fields.get(name, ""))
    }
    entry_ids = {key: SourceIds.of_fields(fields) for key, fields in existing.items()}
    full = [ref for _, ref in draft.sources if isinstance(ref, Reference) and ref.title]
    planned_full_list = plan_sources(full, existing)
    planned_full = iter(planned_full_list)
    taken = {k.casefold() for k in existing} | {
        p.key.casefold() for p in planned_full_list
    }
    planned: list[PlannedSource | None] = []
    web_pages: dict[str, PlannedSource] = {}
    todo: list[str] = []
    for line, ref in draft.sources:
        if isinstance(ref, Reference) and ref.title:
            planned.append(next(planned_full))
            continue
        wanted = [("doi", ref.doi), ("pmid", ref.pmid)]
        if isinstance(ref, UnreadSource):
            wanted += [("url", u) for u in ref.urls]
            wanted += [("title", t) for t in ref.sentences]
        found = next(
            (
                (name, key)
                for name, value in wanted
                if value and (key := by_id.get((name, _id_value(name, value))))
            ),
            None,
        )
        if not found and isinstance(ref, UnreadSource):
            # an entry's whole title among the line's other words
            found = (
                ("title", key) if (key := entry_titled_in(ref.text, existing)) else None
            )
        if ref.doi and (not found or found[0] in ("title", "url")):
            # a DOI an entry names as its other version (its note: "Also
            # available as a preprint on medRxiv, doi:10.1101/…"), also when the
            # line's title or address names the entry too: the draft cited the
            # preprint, which the report says
            named = find_existing(SourceIds(doi=clean_doi(ref.doi)), entry_ids)
            if named:
                planned.append(PlannedSource(ref, named[0], "", named[1]))
                continue
        if found:
            name, key = found
            what = "web address" if name == "url" else name.upper()
            if name == "title":
                what = "title"
            planned.append(
                PlannedSource(
                    ref, key, "", f"references.bib has this {what} as '{key}'"
                )
            )
            continue
        if isinstance(ref, UnreadSource) and (
            key := find_by_journal(ref.text, existing, first_authors or {})
        ):
            # no title, but the journal, year, volume and first page name one entry
            planned.append(
                PlannedSource(
                    ref,
                    key,
                    "",
                    f"references.bib has this journal, year, volume and page as '{key}'",
                )
            )
            continue
        web = parse_web_source(ref.text) if isinstance(ref, UnreadSource) else None
        if isinstance(web, WebSource):
            address = _id_value("url", web.url)
            if address in web_pages:  # the same page twice: one entry, one key
                planned.append(web_pages[address])
                continue
            source = web_pages[address] = _web_entry(web, taken)
            planned.append(source)
            todo.append(_web_todo(where(line), web, source.key))
            continue
        planned.append(None)
        if line in draft.outside_sources:
            todo.append(
                f"{where(line)}: this guideline's reference stood in the text, outside "
                f"the sources, and was taken out ({ref.text}); references.bib does not "
                "have it: add it as a web page under the draft's sources "
                "('Organisation. Title of the guideline. YYYY. https://…') or to "
                "references.bib, then cite it where the article relies on it"
            )
        elif isinstance(ref, UnreadSource) and isinstance(web, str) and ref.urls:
            todo.append(
                f"{where(line)}: this source could not be read ({web}), and "
                "references.bib has no entry with its address or title, so it was "
                "left out: write a web page as 'Organisation. Title of the page. "
                "YYYY. https://…' (or a journal article in Vancouver style) and "
                "import again, or add it to references.bib yourself, then cite it — "
                f"the line was: {ref.text}"
            )
        elif isinstance(ref, UnreadSource) and (ref.doi or ref.pmid):
            # the identifier is enough: the lookup fills in what the line lacks
            name, value = ("DOI", ref.doi) if ref.doi else ("PMID", ref.pmid)
            todo.append(
                f"{where(line)}: this source's {name} was read but not the rest of "
                f"it as a reference ({_why_unread(ref.problem)}), "
                f"and references.bib has no entry with its {name} ({value}), so it "
                f"was left out: 'healthkb source add {value}' (or 'make source "
                f"SOURCE={value}') adds it from the {name} (it looks it up), then "
                f"cite it — the line was: {ref.text}"
            )
        elif isinstance(ref, UnreadSource):
            todo.append(
                f"{where(line)}: {ref.problem}; references.bib has no entry with its "
                "DOI, PMID, web address or title either, so it was left out: complete "
                "it, or add the source to references.bib, then cite it"
            )
        else:
            name, value = ("doi", ref.doi) if ref.doi else ("pmid", ref.pmid)
            todo.append(
                f"{where(line)}: this source is only a {name.upper()} ({value}), which "
                "references.bib does not have, so it was left out: the authors, title, "
                "journal and year are missing; 'healthkb source add "
                f"{value}' adds it from the {name.upper()} (it looks it up), then "
                "cite it"
            )
    todo += [
        f"{where(line)}: this guideline's reference stood in the text, outside the "
        f"sources, and was taken out: it is the source '{source.key}'; cite it where "
        "the article relies on it"
        for (line, _), source in zip(draft.sources, planned, strict=True)
        if source is not None and line in draft.outside_sources
    ]
    return planned, todo


def _why_unread(problem: str) -> str:
    """What was wrong with a source line, from the parser's message: "the
    authors are not in the form 'Smith JA, Brown L'"."""
    found = re.search(r"could not be read \((.+?)\): ", problem)
    return found[1] if found else "it is not in Vancouver style"


def _web_entry(web: WebSource, taken: set[str]) -> PlannedSource:
    """A web page as a new ``@misc`` entry, written as ``healthkb source add``
    writes one; its key the site's scheme, not one *taken* (added to it)."""
    family, given = web.authors[0]
    base = key_for(
        family.split()[-1] if given else family.split()[0], web.year, web.title
    )
    key, suffix = base, ord("b")
    while key.casefold() in taken:
        key, suffix = f"{base}{chr(suffix)}", suffix + 1
    taken.add(key.casefold())
    record = SourceRecord(
        kind="misc",
        # the draft gives initials ("JA"), BibTeX wants them as "J. A."
        authors=[(f, " ".join(f"{c}." for c in g)) for f, g in web.authors],
        title=web.title,
        year=web.year,
        publisher=web.publisher,
        url=web.url,
    )
    reference = Reference(web.authors, False, web.title, "", web.year, url=web.url)
    return PlannedSource(reference, key, entry_text(key, record))


def _web_todo(place: str, web: WebSource, key: str) -> str:
    todo = (
        f"{place}: the web page '{web.title}' is added as the source '{key}': open "
        f"{web.url} and check its title and who wrote it, and add urldate = "
        "{YYYY-MM-DD} (the day you read it)"
    )
    if not web.year:
        todo += (
            "; the draft gives no year: add year = {YYYY} (when the page was last "
            "updated), which the site needs"
        )
    return todo


def _id_value(name: str, value: str) -> str:
    if name == "title":
        return normalised_title(value)
    if name == "url":
        return value.strip().rstrip("/").casefold()
    return value.strip().casefold()


def _citation_todo(
    draft: Draft,
    keys: tuple[str, ...],
    marked: bool,
    unplaced: list[UnplacedMarker],
    where: Places,
) -> list[str]:
    """What a person must do so that each source is cited where it supports the
    text: the importer never guesses where a citation goes."""
    if not draft.sources:
        return [
            "the draft lists no sources: add each source to references.bib and cite it"
        ]
    kept = list(dict.fromkeys(k for k in keys if k))
    todo: list[str] = []
    if kept and not marked:
        todo.append(
            "the draft does not mark which source supports which sentence ([1], "
            "[2]), so no citation was placed: cite each source after the sentences "
            "it supports, like {footcite:p}`"
            + kept[0]
            + "`; the sources to place: "
            + ", ".join(kept)
        )
    count = len(keys)
    listed = f"{count} source{'s' if count != 1 else ''}"
    for marker in unplaced:
        parts = []
        if marker.missing:
            parts.append(
                f"source {marker.missing}, but the draft lists {listed}"
                if marker.missing.isdigit()
                else f"sources {marker.missing}, but the draft lists {listed}"
            )
        if marker.left_out:
            parts.append(
                f"source {marker.left_out}, which was left out (its line is "
                "reported above)"
            )
        result = (
            f"it now cites {', '.join(marker.cited)} only"
            if marker.cited
            else "the marker was taken out"
        )
        todo.append(
            f"{where(marker.line)}: the marker {marker.marker} names "
            f"{'; and '.join(parts)}: {result}; add the missing source to "
            "references.bib and cite it there, or correct the marker"
        )
    return todo


def _uncited_sources(
    draft: Draft, keys: tuple[str, ...], text: str, where: Places
) -> list[str]:
    """A listed source no marker of the draft cites: said, not silently kept."""
    cited = {
        key
        for role in re.findall(r"\{footcite:p\}`([^`]*)`", text)
        for key in role.split(",")
    }
    first_line: dict[str, int] = {}
    for (line, _), key in zip(draft.sources, keys, strict=True):
        if key and key not in cited:
            first_line.setdefault(key, line)
    return [
        f"{where(line)}: the draft lists this source ('{key}') but no marker cites "
        "it: cite it where it supports the text, or leave it out"
        for key, line in first_line.items()
    ]


def _unique_sources(planned: list[PlannedSource | None]) -> list[PlannedSource]:
    """Each source once: a DOI line and a PMID line of one study share a key."""
    unique: dict[str, PlannedSource] = {}
    for source in planned:
        if source is not None:
            unique.setdefault(source.key, source)
    return list(unique.values())


def _words(phrase: str) -> list[str]:
    return re.findall(r"[^\W_]+", phrase.casefold())


def _contains(longer: list[str], part: list[str]) -> bool:
    """*part*'s words appear in *longer*, in order and side by side."""
    return any(
        longer[i : i + len(part)] == part for i in range(len(longer) - len(part) + 1)
    )


def _keyword_suggestions(
    draft: Draft, given: int, text: str, used_by: dict[str, dict[str, str]]
) -> str:
    """The keyword suggester's best candidates, for a draft with too few keywords."""
    own = (*draft.keywords, *draft.secondary)
    own_keys = [variant_key(k) for k in own]
    found = sorted(
        (
            s
            for s in suggest(f"{draft.title}.\n{text}", used_by, own, 12)
            # a word, not a contraction's end ("n't"), and not one of its keywords
            # or a part of one ("Treatment-Resistant")
            if re.match(r"^[^\W\d_]{3}", s.keyword)
            and not any(k.startswith(variant_key(s.keyword)) for k in own_keys)
            # "Common", "Fortunately", "Depression is common": no keyword a reader
            # looks for, unless the site already uses it
            and (s.used_by or not (is_general(s.keyword) or is_fragment(s.keyword)))
        ),
        key=lambda s: (not s.used_by, s.rank),
    )
    # "Healthier" after "Healthier life": a part of a better one is not offered
    chosen: list[Suggestion] = []
    for candidate in found:
        words = _words(candidate.keyword)
        if not any(_contains(_words(c.keyword), words) for c in chosen):
            chosen.append(candidate)
    found = chosen[:6]
    capitalised = site_capitalises([w for u in used_by.values() for w in u.values()])
    words = ", ".join(
        f"{in_site_style(s.keyword, capitalised)} (used by {len(s.used_by)} other article"
        f"{'s' if len(s.used_by) != 1 else ''})"
        if s.used_by
        else in_site_style(s.keyword, capitalised)
        for s in found
    )
    has = f"only {given} keyword{'s' if given != 1 else ''}" if given else "no keywords"
    return (
        f"the draft gives {has}, and the site wants 3 to {MAX_KEYWORDS}: add the ones "
        f"that fit to 'keywords' or 'secondary-keywords'"
        + (f"; suggestions from its text, best first: {words}" if words else "")
    )


def _glossary_terms(site: Site, others: list[ArticleReport]) -> tuple[str, ...]:
    """The site's glossary terms as its glossary writes them (the pages that are
    not articles and hold a glossary directive)."""
    articles = {report.path for report in others}
    glossary = Glossary()
    for page in site_pages(site.root):
        path = site.relpath(page)
        if path in articles:
            continue
        try:
            text = page.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "{glossary}" in text:
            read_glossary(path, normalise_text(text), glossary)
    return tuple(glossary.spellings.values())


def _choose_keywords(
    draft: Draft, others: list[ArticleReport], glossary: tuple[str, ...] = ()
) -> list[str]:
    """Set the draft's keywords (site spellings, best ten); what a person must check."""
    spellings: dict[str, str] = {}
    used_by: dict[str, dict[str, str]] = {}
    for report in sorted(others, key=lambda r: r.path):
        if report.meta:
            for word in (*report.meta.keywords, *report.meta.secondary_keywords):
                spellings.setdefault(keyword_key(word), word)
                used_by.setdefault(keyword_key(word), {})[report.path] = word
    text = "\n".join(
        line for block in draft.blocks for line in block.lines if block.kind != "list"
    )
    choice = choose_keywords(
        draft.keywords,
        draft.secondary,
        spellings,
        text,
        primary_first=draft.primary_first,
        mentioned_in="\n".join(
            [
                draft.title,
                draft.subtitle,
                draft.description,
                *(line for block in draft.blocks for line in block.lines),
            ]
        ),
        tags=draft.keywords_from_tags,
        glossary=glossary,
    )
    draft.keywords, draft.secondary = choice.keywords, choice.secondary
    todo = [
        f"the keyword '{old}' is written '{new}', the site's spelling"
        for old, new in choice.respelt
    ]
    if draft.keywords_from_tags:
        filing = (
            "; left out as the writer's workflow, not topics: "
            f"{', '.join(choice.filing)}"
            if choice.filing
            else ""
        )
        unsaid = (
            f"; kept, though the site does not use them and the text does not say "
            f"them as written (remove any that is the blog's category, not a "
            f"topic): "
            f"{', '.join(choice.unsaid)}"
            if choice.unsaid
            else ""
        )
        todo.append(
            "the draft has no keyword list: its tags (a blog's labels, a note's "
            f"tags) were taken as the keywords{filing}{unsaid}; check them"
        )
    chosen = ", ".join(choice.promoted)
    if choice.promoted_from == "secondary":
        todo.append(
            "the draft lists only secondary keywords: the first in its order "
            f"that the site uses ({chosen}) are the main 'keywords', the others "
            "kept in the draft's order; check them"
        )
    elif choice.promoted_from == "first":
        todo.append(
            f"the draft says its main keywords come first but not how many: the "
            f"first {len(choice.promoted)} ({chosen}) are the main 'keywords', the "
            "rest 'secondary-keywords'; check them"
        )
    elif choice.promoted_from == "one list":
        todo.append(
            f"the draft's keywords are one list: its first {len(choice.promoted)} "
            f"({chosen}: in the draft's order, the ones the site already uses "
            "first; one whose words the text never uses, or another's initials, "
            "last) are the main 'keywords', the rest 'secondary-keywords'; check "
            "them"
        )
    if choice.left_out:
        todo.append(
            f"only {MAX_KEYWORDS} keywords are allowed: left out "
            f"{', '.join(choice.left_out)} (the draft's main keywords come first, "
            "then the keywords the site uses, the others ranked by how well they fit "
            "the text)"
        )
    given = len(choice.keywords) + len(choice.secondary)
    if given < 3 and text.strip():
        todo.append(_keyword_suggestions(draft, given, text, used_by))
    return todo


_AND = re.compile(r"\s+(?:and|&)\s+|\s*,\s+(?:and\s+)?", re.IGNORECASE)
#: a person's name: two to four capitalised words
_PERSON = re.compile(
    r"^(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}$"
)


def _byline_names(site: Site, name: str) -> list[str]:
    """ "Natalie Singh and the healthkb editorial team": two authors when each part
    is one already in authors.yml or reads as a person's name, else the whole."""
    parts = [p.strip() for p in _AND.split(name) if p.strip()]
    if len(parts) > 1 and all(find_author(site, p) or _PERSON.match(p) for p in parts):
        return parts
    return [name]


def find_author(site: Site, name: str) -> str | None:
    """The authors.yml key of *name*: the same name (case, title, full stops aside);
    else the one entry whose key the name is written out ("Editorial team" is
    'editorial-team'), or whose name it gives with initials ("Dr N. Singh",
    "N Singh" for "Dr Natalie Singh")."""
    wanted = _name_key(name)
    found = next(
        (a.key for a in site.authors.values() if _name_key(a.name) == wanted), None
    )
    if found or not wanted:
        return found
    words = wanted.split()
    matches = [
        a.key
        for a in site.authors.values()
        if "-".join(words) == a.key.casefold() or _initials_of(words, _name_key(a.name))
    ]
    return matches[0] if len(matches) == 1 else None


def _by_initials(site: Site, name: str, key: str) -> str:
    """ ", matched by its initials to 'NAME'" when *name* gives the entry's name with
    initials ("Dr N. Singh" for Natalie Singh), else ""."""
    entry = site.authors.get(key)
    if entry is None or _name_key(entry.name) == _name_key(name):
        return ""
    words = _name_key(name).split()
    if not _initials_of(words, _name_key(entry.name)):
        return ""
    return f", matched by its initials to '{entry.name}'"


def _initials_of(words: list[str], full: str) -> bool:
    """Whether *words* ("n", "singh") are the name *full* ("natalie singh") with
    its given names as initials: the same surname, each other word an initial."""
    names = full.split()
    return (
        len(words) == len(names) >= 2
        and words[-1] == names[-1]
        and any(len(w) == 1 for w in words[:-1])
        and all(n.startswith(w) for w, n in zip(words[:-1], names[:-1], strict=True))
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
    images = DraftImages()
    chrome: list[tuple[str, str]] = []
    text = read_draft(draft_file, display, images, chrome)
    where = Places.of(text, draft_file.suffix)
    try:
        plan = _plan(site, draft_file, text, where, images, target_for, author, today)
        # the site around a web page's article: listed first, as taken out
        plan.draft.removed[:0] = [Removed(0, text, kind) for kind, text in chrome]
        return plan
    except DraftError as exc:
        if where.converted is None or exc.line <= 1:
            raise
        # a converted draft has no lines the editor can go to: say where instead
        raise DraftError(display, 0, f"{where(exc.line)}: {exc.message}") from None


def _plan(
    site: Site,
    draft_file: Path,
    text: str,
    where: Places,
    images: DraftImages,
    target_for: Callable[[str], Path],
    author: str,
    today: date,
) -> ImportPlan:
    display = str(draft_file)
    draft = parse_draft(text, display)
    where.follow(
        text,
        {
            draft.title_line: draft.title,
            **{b.line: b.lines[0] for b in draft.blocks if b.kind == "heading"},
        },
        {
            *draft.meta_lines,
            *([draft.subtitle_line] if draft.subtitle_line else []),
            *(r.line for r in draft.removed if _IMAGE_REFERENCE.match(r.text)),
        },
    )
    target = target_for(draft.title)
    todo = [
        f"{where(r.line)}: {images.why_left_out(r.text)}"
        if images.why_left_out(r.text)
        else f"{where(r.line)}: the image '{r.text.strip()}' was not imported (no "
        "image file comes with a draft): add the file and a figure yourself if it is "
        "needed"
        for r in draft.removed
        if _IMAGE_REFERENCE.match(r.text)
    ]
    # each left-out picture is listed once: as a to-do, not also as removed
    draft.removed = [r for r in draft.removed if not _IMAGE_REFERENCE.match(r.text)]
    if draft.title.endswith(".") or len(draft.title) > 100:
        todo.append(
            f"check the title ({where(draft.title_line)}): it was taken from the "
            "first line, which reads like a sentence"
        )
    others = [
        read_article(site, f)
        for f in site.articles()
        if f.resolve() != target.resolve()
    ]
    todo += _choose_keywords(draft, others, _glossary_terms(site, others))
    authors: tuple[str, ...] = (author,) if author else ()
    name, role = draft.byline
    names = [
        part
        for whole in ([name, *draft.more_authors] if name else [])
        for part in _byline_names(site, whole)
    ]
    for name in names if not authors else []:
        key = find_author(site, name)
        if key:
            authors = (*authors, key)
            todo.append(
                f"the byline's '{name}' is '{key}' in {site.settings.authors_file}"
                f"{_by_initials(site, name, key)}: check that they wrote the article"
            )
        else:
            new_key = (
                re.sub(r"[^a-z0-9]+", "-", _name_key(name)).strip("-") or "new-author"
            )
            authors = (*authors, new_key)
            todo.append(
                f"add the author to {site.settings.authors_file}: '{new_key}:' with "
                f"'name: {name}' and 'role: "
                f"{(role if len(names) == 1 else '') or '<their role>'}'"
            )
    if not authors:
        todo.append(
            "the draft has no byline: put your key from authors.yml in 'authors'"
        )
    reviewers: tuple[str, ...] = ()
    if draft.reviewer:
        key = find_author(site, draft.reviewer)
        if key:
            # the draft's claim (set 7's rule): written, never a review date or
            # a history entry, which only a recorded review gives
            reviewers = (key,)
            todo.append(
                f"the draft says it was reviewed by '{draft.reviewer}' ('{key}' in "
                f"{site.settings.authors_file}"
                f"{_by_initials(site, draft.reviewer, key)}), written as 'reviewers': "
                "check that "
                f"they reviewed this version, then record the review with 'make "
                f"review ARTICLE=… BY={key}', which sets its date"
            )
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
            f"the headline under the title ({where(draft.subtitle_line)}) is the "
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
    # each entry's first author's family name: a line with no title is matched by
    # where it was published and who wrote it
    first_authors = {
        key: " ".join(entry.persons["author"][0].last_names)
        for b in site.bibliographies
        for key, entry in b.entries.items()
        if entry.persons.get("author")
    }
    # "its own [news release](https://…)": a link to an entry's page cites it
    cite_entry_links(
        draft.blocks,
        draft.sources,
        {
            entry_address(fields["url"]): key
            for key, fields in existing.items()
            if fields.get("url")
        },
        lambda url, line: (line, read_source(url, display, line)),
    )
    planned_or_not, source_todo = _plan_draft_sources(
        draft, existing, where, first_authors
    )
    todo += source_todo
    todo += [
        f"{where(line)}: the source '{source.reference.doi or source.reference.title}' is "
        f"{source.reused}"
        for (line, _), source in zip(draft.sources, planned_or_not, strict=True)
        if source is not None and source.reused.startswith("the preprint of")
    ]
    planned = _unique_sources(planned_or_not)
    # a source left out cites nothing: its markers are dropped (and reported)
    keys = tuple(p.key if p else "" for p in planned_or_not)
    unplaced: list[UnplacedMarker] = []
    text, marked = render_article(
        draft, ArticleFields(authors, reviewers, today.isoformat(), keys), unplaced
    )
    if draft_file.suffix.lower() in (".txt", ".md"):
        text = _supplied_images(text, draft_file.parent, images, todo)
    text, pictures = _place_images(text, target, images, todo)
    text = provenance.mark(text, draft_file.name)
    todo += _citation_todo(draft, keys, marked, unplaced, where)
    if marked:
        todo += _uncited_sources(draft, keys, text, where)
    if not draft.description:
        todo.append(
            "write the 'description' (one or two sentences, at most 160 characters)"
        )
    todo += [f"{where(n)}: {why}" for n, why in draft.notes]
    new_entries = "\n".join(p.entry for p in planned if p.entry)
    bib_text = None
    if new_entries:
        added = parse_bibliography_text(new_entries, bib.path)
        if len(added.entries) != sum(1 for p in planned if p.entry):
            line = draft.sources[0][0]
            raise DraftError(
                display,
                line,
                "a source could not be turned into BibTeX: check its text",
            )
        # what the site's rules find in a new entry (a web page's missing year,
        # an article with no DOI) is a to-do, not a reason to refuse the draft
        undated = {p.key for p in planned if p.entry and not p.reference.year}
        todo += [
            f"{bib.path}: {p.message}"
            for p in added.problems
            if not any(f"'{key}' has no year" in p.message for key in undated)
        ]
        bibfile = site.root / bib.path
        old = bibfile.read_text(encoding="utf-8") if bibfile.is_file() else ""
        bib_text = (old.rstrip("\n") + "\n\n" if old.strip() else "") + new_entries
        site = dataclasses.replace(site, bibliographies=[*site.bibliographies, added])
    rel = site.relpath(target)
    report = analyse_article(site, rel, text)
    problems = report.problems + [
        p for p in check_across(site, [*others, report]) if p.path == rel
    ]
    # the pictures are written with the article: not "missing" once it is applied
    names = {f"'{path.name}'" for path, _ in pictures}
    problems = [
        p
        for p in problems
        if not (p.rule == "image" and any(name in p.message for name in names))
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
        where,
        pictures,
    )


_IMAGE_TOKEN_LINE = re.compile(r"^draft-image-(\d{1,4})$", re.MULTILINE)


_MARKDOWN_IMAGE_LINE = re.compile(r"^!\[([^\]\n]{0,300})\]\(([^()\s]{1,300})\)$", re.M)


def _supplied_images(
    text: str, folder: Path, images: DraftImages, todo: list[str]
) -> str:
    """A text draft's ``![alt](file)`` lines: kept (as a picture token) when the
    file is supplied next to the draft and passes the checks, else taken out and
    reported."""

    def supplied(match: re.Match[str]) -> str:
        alt, name = match.group(1).strip(), match.group(2)
        found = images.add_supplied(folder, name, alt)
        if isinstance(found, int):
            return f"draft-image-{found}"
        todo.append(f"the picture '{name}' was not imported: {found}")
        return ""

    # a picture taken out leaves no run of blank lines behind
    return re.sub(r"\n{3,}", "\n\n", _MARKDOWN_IMAGE_LINE.sub(supplied, text))


def _place_images(
    text: str, article: Path, images: DraftImages, todo: list[str]
) -> tuple[str, list[tuple[Path, bytes]]]:
    """The article's text with each kept Word picture named after the article and
    put where it stood; the pictures to write; what a person must check (to todo)."""
    kept = {image.number: image for image in images.kept}
    pictures: list[tuple[Path, bytes]] = []

    def place(match: re.Match[str]) -> str:
        image = kept.pop(int(match.group(1)), None)
        if image is None:
            return match.group(0)
        path = article.with_name(f"{article.stem}-image-{image.number}{image.suffix}")
        pictures.append((path, image.data))
        if image.alt:
            todo.append(
                f"the draft's picture {image.number} is kept as {path.name} "
                f"with its alt text '{image.alt}': check that it says what it shows"
            )
            return f"![{image.alt}]({path.name})"
        todo.append(
            f"the draft's picture {image.number} is kept as {path.name}: "
            "write its alt text (what it shows) in place of the placeholder"
        )
        return f"![<<what the picture shows>>]({path.name})"

    text = _IMAGE_TOKEN_LINE.sub(place, text)
    todo += [
        f"the draft's picture {number} could not be placed (it was in a "
        "table or a heading): add it yourself if it is needed"
        for number in sorted(kept)
    ]
    return text, pictures


def taken_pictures(plan: ImportPlan) -> list[Path]:
    """The plan's pictures whose file names are taken already (by an earlier
    import of the draft, or another file)."""
    return [path for path, _ in plan.images if path.exists()]


def apply_plan(plan: ImportPlan, *, replace: bool = False) -> None:
    """Write the article (never over an existing file unless *replace*, for an
    earlier import of the draft), its pictures, then references.bib; on failure,
    nothing this import wrote is left and a replaced file has its old bytes back."""
    overwrite = replace
    earlier = {
        path: path.read_bytes()
        for path in (plan.article, *(p for p, _ in plan.images))
        if overwrite and path.is_file()
    }
    written: list[Path] = []
    try:
        write_text_atomic(plan.article, plan.text, overwrite=overwrite)
        written.append(plan.article)
        for path, data in plan.images:
            write_bytes_atomic(path, data, overwrite=overwrite)
            written.append(path)
        if plan.bib_text is not None:
            write_text_atomic(plan.bibfile, plan.bib_text, overwrite=True)
    except BaseException:
        for path in written:  # no article citing entries or pictures not there
            if path in earlier:
                write_bytes_atomic(path, earlier[path], overwrite=True)
            else:
                path.unlink(missing_ok=True)
        raise


__all__ = ["ImportPlan", "TargetExists", "apply_plan", "plan_import"]
