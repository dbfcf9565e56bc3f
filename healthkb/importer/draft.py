"""Parse a draft's lines into a :class:`Draft`: title, byline, blocks, keywords, "
"sources."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from healthkb.importer.author_year_markers import (
    BRACKET_NUMBERED,
    mark_author_year,
    mark_bracket_numbers,
)
from healthkb.importer.bare_byline import bare_byline, name_over_role
from healthkb.importer.chat_artifact import drop_artifact_page
from healthkb.importer.chat_export import read_chat_export
from healthkb.importer.chat_thread import drop_thread, without_reactions
from healthkb.importer.chat_transcript import (
    drop_answer_page,
    drop_session_page,
    drop_turns,
)
from healthkb.importer.colleague_notes import drop_colleague_notes
from healthkb.importer.confluence_lines import drop_confluence_lines, open_pandoc_panels
from healthkb.importer.confluence_page import is_editors_text
from healthkb.importer.draft_front_matter import FrontMatter, read_front_matter
from healthkb.importer.draft_label import is_draft_label
from healthkb.importer.drop_chatter import Removed, strip_chatter
from healthkb.importer.email_draft import _GREETING, drop_email_wrapping, is_sign_off
from healthkb.importer.errors import DraftError
from healthkb.importer.guideline_lines import guidelines_named, is_guideline_reference
from healthkb.importer.identified_sources import (
    headings_over_sources_only,
    is_identified_reference,
)
from healthkb.importer.inline_paper_links import cite_paper_links
from healthkb.importer.inline_title_citations import cite_quoted_titles
from healthkb.importer.keyword_labels import english_keyword_labels
from healthkb.importer.labelled_source_line import starts_labelled_source
from healthkb.importer.leaflet_template import (
    TABLE_SEPARATOR,
    is_document_details,
    is_other_formats_note,
    is_template_header,
    read_field_tables,
    read_submission_form,
    table_cells,
)
from healthkb.importer.markdown_escapes import read_markdown_export
from healthkb.importer.markdown_footnotes import footnotes_as_sources
from healthkb.importer.mdx_statements import drop_mdx_statements
from healthkb.importer.medline_record import read_pasted_references
from healthkb.importer.name_role_line import name_and_role, titled_name
from healthkb.importer.newsletter import drop_newsletter_wrapping
from healthkb.importer.note_leftovers import drop_note_leftovers
from healthkb.importer.note_metadata import read_note_metadata
from healthkb.importer.note_tool_markup import convert_note_markup
from healthkb.importer.outline_page import read_outline_page
from healthkb.importer.page_properties import drop_properties, open_callouts
from healthkb.importer.plain_text_lists import ends_the_list
from healthkb.importer.press_release import read_press_release
from healthkb.importer.promo_blocks import drop_promos
from healthkb.importer.reference_links import resolve_reference_links
from healthkb.importer.reference_parser import (
    Reference,
    UnreadSource,
    parse_reference,
    unlinked,
)
from healthkb.importer.site_shortcodes import is_shortcode_tag, read_shortcodes
from healthkb.importer.social_page import drop_label_values, read_social_page
from healthkb.importer.status_lines import is_status_line
from healthkb.importer.title_case import in_capitals, sentence_case
from healthkb.importer.unheaded_references import head_reference_lists
from healthkb.importer.unsafe_markup import drop_unsafe_markup
from healthkb.rules.chatter import find_certain_chatter as find_chatter
from healthkb.rules.chatter_furniture import _LINK as _MD_LINK

Line = tuple[int, str]

# Every pattern here runs on a line with its trailing spaces removed, and no two
# unbounded quantifiers can take the same characters: matching stays linear in the
# line's length (a heading followed by 4,000 spaces once took ~100 s).
#: a line with a letter or digit in it: anything else is an icon or a rule
_WORDED = re.compile(r"[^\W_]")
_MD_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t](.*))?$")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t])#+$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)([^*_](?:(?!\1).)*)\1:?$")
#: a line in italics only ("*References*"); a label only when its words name one
_ITALIC_LINE = re.compile(r"^\s*([*_])([^*_]+)\1:?$")
_LIST_ITEM = re.compile(
    r"^([ \t]*)(?:([-*+\u2022\u2013\u25cf])|(\d{1,9})[.)])[ \t]+(.*)$"
)
_BYLINE = re.compile(
    r"^\W{0,4}(?:written[ \t]+by|posted[ \t]+by|prepared[ \t]+by|compiled[ \t]+by|"
    # a magazine's "Words: NAME" (only with its colon: "Words matter" is a sentence,
    # and before a name: "WORDS: 210" is a newsroom template's word count)
    r"words[ \t]+by|words(?=[ \t]*:[ \t]*[^\W\d_])|by|byline|authors?|"
    # the same label in the languages a content system may wrap English text in
    r"autor(?:in|a|e)?|auteur(?:e)?|escrito[ \t]+por|geschrieben[ \t]+von)"
    r"[ \t]*:?(?:\*\*|__)?[ \t](?P<rest>.+)$",
    re.IGNORECASE,
)
_REVIEWER = re.compile(
    r"^\W{0,4}(?:medically[ \t]+|clinically[ \t]+)?reviewed[ \t]+by[ \t]*:?[ \t]"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
#: "attempt.Recent": a full stop with no space before the next sentence
#: "step.In", and after a citation marker "months [1].The"
#: a full stop with the next sentence run on: "attempts.Recent", and a name in
#: capitals with an asterisk or a figure in it ("common.STAR*D", "rise.COVID-19")
_RUN_TOGETHER = re.compile(
    r"(?:(?<=[a-z]{2}[.!?])|(?<=\d\][.!?]))(?=[A-Z](?:[a-z]|[A-Z]+-?[*\d]))"
)
_ROLE_SPLIT = re.compile(r"\s+[-\u2013\u2014|]\s+|\s*,\s+|\s*\(\s*")
_LABELLED = re.compile(
    r"^\W{0,4}(?P<label>title|headline|hed|(?:meta[ \t]+)?description|summary|"
    r"standfirst|strapline|subtitle|subheading|dek|sources?|"
    # a clinician's "Refs:" over a Vancouver list
    r"references?|refs?|(?:[a-z-]{1,30}[ \t]+){0,3}(?:key[ \t]?words?|tags)"
    r"(?:[ \t]+[a-z-]{1,30}){0,2})"
    # an SEO tool's "Meta description (155 characters):**" label
    r"(?:[ \t]{0,3}\([^()]{0,40}\))?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]*(?P<value>.*)$",
    re.IGNORECASE,
)
#: "Primary keyword: a | Secondary keywords: b": two labelled fields on one line
_SECOND_LABEL = re.compile(
    # the spaces before the bar looked behind, not matched: "[ \t]+\|" rescans a
    # long run of spaces from every one of them (each part is right-stripped)
    r"(?<=[ \t])\|[ \t]+(?=(?:[a-z-]{1,30}[ \t]+){0,2}(?:key[ \t]?words?|tags|"
    r"(?:meta[ \t]+)?description)\b[^:|]{0,40}:)",
    re.IGNORECASE,
)
#: a keyword section's label or heading: the parser reads it, chatter or not
_KEYWORD_LABEL = re.compile(
    r"^\W{0,8}(?:[\w-]{1,30}[ \t]+){0,3}(?:key[ \t]?words?|tags)\b[^.]{0,40}$",
    re.IGNORECASE,
)
#: "Blog Post Title: X", "SEO title: X", "Here's an SEO-optimized title: X": a
#: label of a few words ending in "title" before the headline itself
_TITLE_LABEL = re.compile(
    r"^\W{0,4}(?P<label>(?:[\w'\u2019-]{1,30}[ \t]+){0,5}(?:title|headline|hed))"
    r"[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]*(?P<value>\S.*)$",
    re.IGNORECASE,
)
#: a headline in quotes ("\"Helping Yourself…\"")
_QUOTED = re.compile(r'^(["\u201c\'])(.+)(["\u201d\'])$')
#: a house style's labels for the headline and the standfirst
_TITLE_LABELS = frozenset({"title", "headline", "hed"})
_STANDFIRST_LABELS = frozenset(
    {"summary", "standfirst", "strapline", "subtitle", "subheading", "dek"}
)
#: a blog's post or series number before a headline ("#1. ", "No. 3: ", "Part 2 - "),
#: not a list's count ("10 ways to sleep better" has no mark after its number)
#: a newsroom template's field in capitals ("WORDS: 210", "STATUS: Ready", "BODY:")
#: (a short value: "WARNING: Call 999 if …" and its kind speak to readers)
_HOUSE_FIELD = re.compile(
    r"^(?!(?:WARNING|IMPORTANT|NOTE|CAUTION|URGENT|TIP|ADVICE|EMERGENCY)\b)"
    r"[A-Z][A-Z]{1,15}(?: [A-Z]{2,15}){0,2}:(?:[ \t]+\S+){0,4}$"
)
_SERIES_NUMBER = re.compile(
    r"^(?:#[ \t]?\d{1,3}[ \t]*[.:)\-\u2013\u2014|]?"
    r"|(?i:no\.?|part|episode|issue)[ \t]?\d{1,3}[ \t]*[.:)\-\u2013\u2014|]"
    r"|\d{1,3}[.:)])[ \t]+(?=[\"'\u201c\u2018]?[A-Z])"
)
_ITALIC_LINE = re.compile(r"^([*_])([^*_].{0,200}[^*_])\1$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}$")
#: a web page's review dates ("Page last reviewed: 14 March 2026"): page furniture,
#: not a source and not the article's review (which the site's own review sets)
_PAGE_DATES = re.compile(
    r"^\W{0,4}(?:page[ \t]+)?(?:last[ \t]+(?:reviewed|updated)|next[ \t]+review[ \t]+"
    r"(?:due|date)|reviewed[ \t]+on|updated[ \t]+on)[ \t]*:?[ \t]+[\w ,./-]{4,40}"
    # both on one line ("Page last reviewed: 14 March 2022 Next review due: …")
    r"(?:[ \t]+next[ \t]+review[ \t]+(?:due|date)[ \t]*:?[ \t]+[\w ,./-]{4,40})?$",
    re.IGNORECASE,
)
_AUTHORS_FIRST = re.compile(r"^\s{0,4}[A-Z][\w'\u2019-]{1,40} [A-Z]{1,3}[,.]")
#: a browser tab's title, "Site | Section" or "Site » Section": short parts, no
#: sentence (a headline's dash, "X – and why", is not one of these marks)
_PAGE_TITLE = re.compile(
    r"^[^|\u00bb\u00b7.!?:]{2,60}(?:[ \t][|\u00bb\u00b7][ \t][^|\u00bb\u00b7.!?:]{2,60}){1,3}$"
)
_SOURCE_HEADING = re.compile(
    r"^(sources?|references?|refs?|bibliography|citations?)\b", re.IGNORECASE
)


@dataclass
class Block:
    kind: str  # "heading" | "paragraph" | "list" | "table"
    line: int
    #: paragraph: its lines; list: one entry per item; heading: the text
    lines: list[str] = field(default_factory=list)
    level: int = 2
    ordered: bool = False


@dataclass
class Draft:
    path: str
    title: str = ""
    title_line: int = 0
    byline: tuple[str, str] = ("", "")
    #: more authors the draft names (a front matter's author list)
    more_authors: list[str] = field(default_factory=list)
    reviewer: str = ""
    description: str = ""
    #: a second headline right under the title: the description candidate
    subtitle: str = ""
    subtitle_line: int = 0
    blocks: list[Block] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    secondary: list[str] = field(default_factory=list)
    #: (draft line, the reference or the line that could not be read)
    sources: list[tuple[int, Reference | UnreadSource]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    #: lines kept as they are but worth a human look (with the reason)
    notes: list[tuple[int, str]] = field(default_factory=list)
    #: the keyword section says its main keywords come first (not how many)
    primary_first: bool = False
    #: the keywords are the draft's tags (a blog's labels, a note's tags, a
    #: "Tags:" line), not a keyword list: its filing tags are left out
    keywords_from_tags: bool = False
    #: a keyword table's columns: "keywords" or "secondary", from its header row
    keyword_columns: list[str] = field(default_factory=list)
    #: a sign-off under the sources ended their list (until the next section)
    sources_ended: bool = False
    #: guidelines' references found outside the sources (read as sources)
    outside_sources: list[int] = field(default_factory=list)
    #: lines read as the byline or the reviewer: no paragraph of the article
    meta_lines: list[int] = field(default_factory=list)
    #: a form's ``Title:`` field was read under its header: its other bold
    #: fields outside the article are the form's
    form: bool = False


#: a label of the opening paragraph on its own line ("Intro:", "**Introduction:**")
_INTRO_LABEL = re.compile(
    r"^\W{0,4}(?:intro|introduction|opening(?: paragraph)?|lede|lead-in)"
    r"[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]*$",
    re.I,
)
#: a numbered source's marker: "[2] ", "2. "
_SOURCE_NUMBER = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.)\s")
#: a comment thread's heading on a page or a note tool's export: "Comments (2)",
#: "3 comments", "Comments:"
_COMMENTS_HEADING = re.compile(
    r"^\W{0,4}(?:\d{1,4}[ \t]+)?comments?(?:[ \t]*\(\d{1,4}\))?[ \t]*:?\W{0,4}$",
    re.I,
)


def _clean(text: str) -> str:
    return " ".join(text.replace("**", "").replace("__", "").split()).strip(" *_")


def _heading_of(
    text: str, previous_blank: bool, next_text: str
) -> tuple[int, str] | None:
    """(level, text) if the line is a heading: Markdown, a bold line, or a short line
    with no final full stop standing on its own."""
    match = _MD_HEADING.match(text.rstrip())
    if match:
        words = _CLOSING_HASHES.sub("", (match.group(2) or "").strip())
        return len(match.group(1)), _clean(words)
    text = text.rstrip()
    match = _BOLD_LINE.match(text)
    if match and len(match.group(2).split()) <= 12:
        return 2, _clean(match.group(2))
    match = _ITALIC_LINE.match(text)
    if (
        match
        and _SOURCE_HEADING.match(words := match.group(2).strip())
        and (len(words.split()) <= 3)
    ):
        # a page builder's "*References*" label over its list: the sources' heading
        return 2, words
    stripped = text.strip()
    if (
        previous_blank
        and stripped
        and len(stripped) <= 80
        and len(stripped.split()) <= 10
        and not _LIST_ITEM.match(text)
        and not re.search(r"[.,;:!\]\)]$", stripped)
        and (stripped[0].isupper() or stripped[0].isdigit())
        and not (next_text.strip()[:1].islower())
    ):
        return 2, _clean(stripped)
    return None


def parse_draft(text: str, path: str) -> Draft:
    """The draft's structure; raises :class:`DraftError` when it cannot be used."""
    numbered = [
        (n, part.rstrip())
        for n, line in enumerate(text.split("\n"), 1)
        for part in _SECOND_LABEL.split(line)
    ]
    converted = path.lower().endswith((".html", ".htm", ".docx"))
    meta = read_front_matter(text.split("\n"))
    if meta is not None:
        # the block is metadata: none of its lines is read as the article
        numbered = [(n, "" if n <= meta.lines else t) for n, t in numbered]
    # a note app's record of the note under it ("id: …", "created_time: …")
    record = read_note_metadata(numbered)
    numbered = record.lines
    # an outliner's page: its properties, blocks and block references
    numbered, outline = read_outline_page(numbered)
    # a Markdown export's needless escapes ("\\-", "\\[1\\]") and pasted pictures
    numbered, exported = read_markdown_export(numbered)
    chat = read_chat_export(numbered)  # a messaging app's export: its one long message
    numbered = chat.lines
    numbered, link_targets = resolve_reference_links(numbered)
    social = read_social_page(numbered)  # a site's page around the article
    numbered = social.lines
    numbered, to_colleagues = drop_colleague_notes(numbered)
    # "Schlagwörter:", "Primary -", "Suggested tags (for your CMS)": the labels read
    # a template's field table ("| Title: | … |") and rank-row keyword table
    numbered, field_rows, field_table = read_field_tables(numbered)
    # a submission form's fields and sections around the leaflet's text
    numbered, form_lines = read_submission_form(numbered)
    field_rows += form_lines
    numbered = english_keyword_labels(numbered)
    # a note app's to-dos, highlights and links to other notes are the writer's
    numbered, note_leftovers = drop_note_leftovers(numbered)
    # a note tool's wikilinks, callouts and comments are read as what they stand for
    numbered, note_markup = convert_note_markup(numbered)
    note_markup = note_leftovers + note_markup
    numbered = footnotes_as_sources(numbered)
    numbered, asides = read_pasted_references(numbered)
    # MDX's import lines and leftover components: the site builder's, no text
    numbered, mdx = drop_mdx_statements(numbered)
    # a site generator's shortcodes: a box's text stays, a picture is named
    shortcodes = read_shortcodes(numbered)
    numbered = shortcodes.lines
    mdx += shortcodes.removed
    # a Confluence page through pandoc: its panels are fenced divs, no directives
    numbered, panels = open_pandoc_panels(numbered, is_editors_text)
    # before anything reads the lines: a directive or a <script> is no text
    numbered, unsafe = drop_unsafe_markup(numbered)
    unsafe = note_markup + mdx + panels + unsafe
    numbered, turns = drop_turns(numbered)
    numbered, page = drop_session_page(numbered)
    numbered, answer = drop_answer_page(numbered)
    numbered, artifact = drop_artifact_page(numbered)
    # a team chat's thread: the article is one message, the rest is the team's
    numbered, thread = drop_thread(numbered)
    page += answer + artifact + thread
    numbered, properties, owner, tags = drop_properties(numbered)
    turns += page + properties
    numbered, email = drop_email_wrapping(numbered)
    # "[1] …", "[2] …" under the text with no "References" heading over them
    numbered = head_reference_lists(numbered)
    numbered, wiki = drop_confluence_lines(numbered)
    numbered, letter, signed = drop_newsletter_wrapping(numbered)
    release = read_press_release(numbered)
    numbered = release.lines
    email += letter + wiki + release.removed + asides + chat.removed
    email += link_targets + social.removed + to_colleagues + exported + outline
    email += record.removed + field_rows
    doubtful: list[Removed] = []
    kept, removed = strip_chatter(numbered, keep=_parser_reads, doubtful=doubtful)
    kept = open_callouts(kept, removed)
    kept, promos = drop_promos(kept)
    # "Published in" gone as the site's: the publication's name under it too
    kept, named = drop_label_values(kept, removed)
    promos += named
    removed += unsafe + turns + email + promos
    kept, separators = _without_separators(kept)
    draft = Draft(
        path,
        removed=sorted(
            [*removed, *(Removed(n, t, "a separator line") for n, t in separators)],
            key=lambda r: r.line,
        ),
    )
    # a template's fields in a table are a form's: its other fields go
    draft.form = field_table
    if meta is not None:
        _use_front_matter(draft, meta)
    _pictures_to_supply(draft, shortcodes.pictures, meta)
    draft.notes += [
        (
            number,
            f"the link '{words}' went to the site builder's post '{target}': its "
            "words are kept as text; link them to the site's article yourself",
        )
        for number, words, target in shortcodes.site_links
    ]
    draft.notes += [
        (
            r.line,
            f"kept '{r.text}' although it reads like chatter ({r.kind}): it stands "
            "inside a paragraph of the article; remove it if a writing tool wrote it",
        )
        for r in doubtful
    ]
    partly_chatter = {r.line for r in draft.removed}
    headline_at = _headline_below_preamble(kept)
    heading_levels = Counter(
        len(found.group(1)) for _, t in kept if (found := _MD_HEADING.match(t.rstrip()))
    )
    section = "body"
    #: a section opened by "Label: value" on one line ends at the next blank line
    inline_section = False
    under_title = False
    previous_blank = True
    paragraph: Block | None = None
    items: Block | None = None
    raw_sources: list[Block] = []
    #: references found outside a sources section by their PMID or DOI
    identified: list[int] = []
    # the next non-blank line after each line (computed once: drafts can be long)
    following = [""] * len(kept)
    upcoming = ""
    for index in range(len(kept) - 1, -1, -1):
        following[index] = upcoming
        upcoming = kept[index][1] if kept[index][1].strip() else upcoming
    #: the line of a comment thread's heading ("Comments (2)") removed as a site
    #: leftover: the readers' comments under it are no article, nor its sources
    comments_at = min(
        (
            r.line
            for r in draft.removed
            # a Liquid "{% comment %}" is the writer's note, no comment thread
            if _COMMENTS_HEADING.match(r.text) and not is_shortcode_tag(r.text)
        ),
        default=None,
    )
    for index, (number, line) in enumerate(kept):
        next_text = following[index]
        if comments_at is not None and number > comments_at and line.strip():
            if line.lstrip().startswith("#"):
                comments_at = None  # the next section: the article again
            else:
                draft.removed.append(
                    Removed(number, line, "a comment under the page's comments")
                )
                continue
        if not line.strip():
            paragraph, previous_blank = None, True
            if section != "body":
                items = None
            if inline_section:
                section, inline_section = "body", False
            continue
        if _PAGE_DATES.match(_clean(line)):
            draft.removed.append(Removed(number, line, "the web page's review dates"))
            continue
        if is_document_details(_clean(line)):
            draft.removed.append(
                Removed(number, line, "the leaflet's document details")
            )
            continue
        if is_other_formats_note(line):
            draft.removed.append(
                Removed(number, line, "the leaflet's note on other formats")
            )
            continue
        if not draft.title and is_template_header(_clean(line)):
            # "Patient information", "Department of Cardiology" above the headline
            draft.removed.append(
                Removed(number, line, "the leaflet's header: its kind or department")
            )
            continue
        if not any(b.kind != "heading" for b in draft.blocks) and is_status_line(
            _clean(line)
        ):
            # "REVIEW COPY – please use Track Changes" above the text: no title or
            # description, a note to the draft's editors
            draft.removed.append(
                Removed(number, line, "the document's status line, for its editors")
            )
            continue
        if _INTRO_LABEL.match(line) and next_text.strip():
            # "Intro:" over the first paragraph: a writing tool's outline label
            draft.removed.append(Removed(number, line, "a label over the intro"))
            continue
        labelled = _LABELLED.match(line)
        if labelled and _cites_its_source(labelled):
            # "Source: the two-year report [1]" under a table or a chart: a caption
            # that cites the draft's source 1 by its marker, not a source itself
            labelled = None
        if (
            not labelled
            and not any(b.kind != "heading" for b in draft.blocks)
            and _HOUSE_FIELD.match(_clean(line))
            and not _BYLINE.match(_clean(line))
            and not _REVIEWER.match(_clean(line))
        ):
            # "WORDS: 210", "BODY:": a newsroom's fields above the text
            draft.removed.append(
                Removed(number, line, "a field of the draft's house style")
            )
            previous_blank = True
            continue
        if (
            not draft.title
            and not labelled
            and _PAGE_TITLE.match(_clean(line))
            # "Posted by NAME | Health Desk" is a byline, not "Site | Section"
            and not _BYLINE.match(_clean(line))
        ):
            # "Healthy Minds Blog | Latest posts": the site's name, not the headline
            draft.removed.append(
                Removed(number, line, "a web page's title, 'Site | Section'")
            )
            continue
        if (
            not draft.title
            and not (labelled and _section_of(labelled["label"].lower()) != "body")
            # a list (a site's menu, "- HOME") or a table is never the headline
            and not _LIST_ITEM.match(line)
            and not line.lstrip().startswith("|")
        ):
            if _GREETING.match(_clean(line)) and _clean(line).endswith(","):
                # "Hi team," over a draft sent without its email's header: the
                # sender's greeting, never the headline
                draft.removed.append(Removed(number, line, "the sender's greeting"))
                continue
            if number in partly_chatter and _is_prose(line):
                # "Here it is! I used ChatGPT… Keywords are at the bottom.": what
                # is left of a note to the requester is no headline
                draft.removed.append(
                    Removed(number, line, "the rest of a note to the requester")
                )
                continue
            if _names_the_draft(line, next_text, heading_levels):
                # "QoL article - draft", a note's or page's own name: the
                # headline is the heading or headline-shaped line under it
                draft.removed.append(
                    Removed(number, line, "the draft's own name (a file, note or page)")
                )
                continue
            title = _title_of(draft, number, line, labelled)
            if title is None:
                continue
            if headline_at is not None and index < headline_at:
                if number in partly_chatter:
                    draft.removed.append(
                        Removed(
                            number,
                            line,
                            "the rest of a writing tool's opening, above the headline",
                        )
                    )
                    continue
                # an opening paragraph above the draft's own headline: body text
            else:
                heading = _heading_of(title, True, "")
                draft.title = heading[1] if heading else _clean(title)
                quoted = _QUOTED.match(draft.title)
                if quoted:
                    draft.title = quoted.group(2).strip()
                series = _SERIES_NUMBER.match(draft.title)
                if series:
                    # "#1. Its Okay to Talk": the blog's post number, not the headline
                    draft.title = draft.title[series.end() :]
                    draft.notes.append(
                        (
                            number,
                            f"the title's '{series.group(0).strip()}' was taken out "
                            "(a series or post number): put it back if readers need it",
                        )
                    )
                draft.title_line = number
                previous_blank = False
                under_title = True
                continue
        if not draft.title and headline_at is None and _LIST_ITEM.match(line):
            # links pasted with a page, above its headline: the site's menu
            draft.removed.append(Removed(number, line, "a menu above the headline"))
            continue
        if _handle_meta_line(
            draft, number, line, kept[index + 1] if index + 1 < len(kept) else None
        ):
            previous_blank = False
            continue
        closing = (
            _closing_byline(
                draft,
                line,
                previous_blank
                and (index + 1 == len(kept) or not kept[index + 1][1].strip()),
                next_text,
            )
            if section == "body"
            else None
        )
        if closing is not None:
            # "By Dr NAME, Health Editor" signed under the text: the byline
            draft.byline = closing
            draft.meta_lines.append(number)
            draft.notes.append(
                (
                    number,
                    f"the byline '{_clean(line)}' stands under the article's text: "
                    "it was read as the author",
                )
            )
            previous_blank = False
            continue
        if not labelled and _is_form_field(draft, line):
            # "**Date submitted:** 2 December 2026", "**Body text:**": the form's
            draft.removed.append(Removed(number, line, "a field of the draft's form"))
            previous_blank = True
            continue
        if under_title:
            under_title = False
            if (
                not labelled
                and not _picture_between(draft, number)
                # "Written by: NAME" under the title is its byline, no standfirst
                and not _BYLINE.match(_clean(line))
                and (
                    _is_subtitle(line, next_text)
                    or _is_second_headline(line, number - draft.title_line == 1)
                    or _is_bold_standfirst(line)
                    or _is_section_level_subtitle(line, kept[index + 1 :])
                    or _is_plain_standfirst(line, kept[index + 1 :])
                )
                # a plain line with its paragraph right under it heads that
                # paragraph ("What is atrial fibrillation?\nAtrial fibrillation is")
                and not (
                    not _MD_HEADING.match(line)
                    and index + 1 < len(kept)
                    and _is_prose(kept[index + 1][1])
                )
            ):
                heading = _heading_of(line, True, next_text)
                # the headline's words, without a Markdown "# "
                draft.subtitle = heading[1] if heading else _clean(line)
                draft.subtitle_line = number
                continue
        if _TITLE_LABEL.match(_clean(line)) and (
            finding := find_chatter(line, whole_line=True)
        ):
            # "Alternative title: …" under the article: the tool's, not a title
            draft.removed.append(Removed(number, line, finding.kind))
            continue
        if (
            draft.title
            and labelled
            and labelled.group("label").lower() in _TITLE_LABELS
            and labelled.group("value").strip()
            and _form_instructions(draft.blocks) is not None
        ):
            # a copy sheet's "Title:" field under its header ("HEALTHKB COPY
            # SHEET - MENTAL HEALTH DESK"): the field is the headline, wherever
            # it stands; the line taken for one above it is the sheet's header,
            # and a line or two between them the form's instructions to fill it in
            draft.removed.append(
                Removed(
                    draft.title_line,
                    draft.title,
                    "the document's header, above its 'Title:' field",
                )
            )
            for block in _form_instructions(draft.blocks) or ():
                draft.blocks.remove(block)
                draft.removed.append(
                    Removed(
                        block.line,
                        block.lines[0],
                        "the form's instructions, above its 'Title:' field",
                    )
                )
            draft.form = True
            draft.title = _clean(labelled.group("value"))
            draft.title_line = number
            under_title = True
            previous_blank = False
            continue
        if _BYLINE.match(_clean(line)) and find_chatter(line):
            # "Posted by ..." further down: a content system's, not the author's
            draft.removed.append(Removed(number, line, "a content-system leftover"))
            continue
        if labelled and labelled.group("label").lower() not in _TITLE_LABELS:
            label = labelled.group("label").lower()
            section = _section_of(label)
            if (
                section == "keywords"
                and _TAGS_LABEL.search(label)
                and (draft.keywords or draft.secondary)
                and labelled.group("value").strip()
            ):
                # a content system's tags under the draft's own keyword list: its
                # filing, not the writer's keywords (which come first)
                draft.removed.append(
                    Removed(
                        number,
                        line,
                        "the page's tags (the draft has its own keyword list)",
                    )
                )
                previous_blank = True
                continue
            if section == "keywords" and _TAGS_LABEL.search(label):
                draft.keywords_from_tags = not draft.keywords and not draft.secondary
            elif section in ("keywords", "secondary"):
                # a keyword list of the draft's own: its tags are not all it gives
                draft.keywords_from_tags = False
            _section_opened(draft, number, line, section)
            inline_section = bool(labelled.group("value").strip())
            paragraph = items = None
            value = labelled.group("value").strip()
            if section == "description":
                draft.description = _clean(value)
                section = "body"
            elif value:
                items = _add_to_section(
                    draft, section, number, value, None, raw_sources
                )
            previous_blank = False
            continue
        # a web page or Word document marks its headings: a short plain paragraph
        # there ("NICE QS8. Depression in children; 2013") is no heading
        # in plain text a heading may follow a list with no blank line between
        after_list = (
            items is not None
            and not previous_blank
            and ends_the_list(path, kept[index - 1][1], line)
        )
        heading = _heading_of(
            line, (previous_blank or after_list) and not converted, next_text
        )
        if (
            heading
            and not any(b.kind != "heading" for b in draft.blocks)
            and _repeats_headline(draft, heading[1])
        ):
            # Hugo's own "# " line, Medium's repeated title and subtitle
            draft.removed.append(Removed(number, line, "the headline repeated"))
            previous_blank = False
            continue
        if heading and (
            section == "body"
            or _MD_HEADING.match(line)
            or _BOLD_LINE.match(line)
            or _section_of(heading[1].lower()) not in ("body", section)
        ):
            paragraph = items = None
            section, inline_section = _section_of(heading[1].lower()), False
            _section_opened(draft, number, line, section)
            if section == "body":
                # the level as written: _level_sections puts the top one at ##
                draft.blocks.append(Block("heading", number, [heading[1]], heading[0]))
            previous_blank = False
            continue
        if section != "body":
            items = _add_to_section(
                draft,
                section,
                number,
                line,
                items if not previous_blank else None,
                raw_sources,
            )
            previous_blank = False
            continue
        if (
            line.lstrip().startswith("|")
            and (paragraph is None or paragraph.kind != "table" or previous_blank)
            and _is_keyword_table_header(line)
        ):
            # "| Primary keyword | Secondary keywords |" with no heading above: the
            # table is the keyword section, to its end
            section, inline_section = "keywords", True
            draft.keyword_columns = []
            _keyword_table_row(draft, section, number, line)
            paragraph = items = None
            previous_blank = False
            continue
        if line.lstrip().startswith("|"):
            # a pipe table: kept line by line as it is
            if paragraph is None or paragraph.kind != "table" or previous_blank:
                paragraph = Block("table", number)
                draft.blocks.append(paragraph)
            paragraph.lines.append(line.strip())
            items, previous_blank = None, False
            continue
        if not _WORDED.search(line):
            # "📬" left from a callout box whose text went: an icon, no words
            draft.removed.append(Removed(number, line, "an icon with no words"))
            continue
        item = _LIST_ITEM.match(line)
        standalone = item or (
            previous_blank
            and (index + 1 == len(kept) or not kept[index + 1][1].strip())
        )
        if standalone and is_guideline_reference(item.group(4) if item else line):
            # "NICE CG90. Depression in adults …; 2009" as a paragraph or under
            # "Further reading": a source the page follows, not text for readers
            raw_sources.append(
                Block("source", number, [(item.group(4) if item else line).strip()])
            )
            draft.outside_sources.append(number)
            paragraph, previous_blank = None, False
            continue
        if standalone and is_identified_reference(item.group(4) if item else line):
            # "… a STAR*D report. PMID 17074942" under "Further reading": the
            # paper's reference, read as the sources section's lines are
            raw_sources.append(
                Block("source", number, [(item.group(4) if item else line).strip()])
            )
            identified.append(number)
            paragraph, previous_blank = None, False
            continue
        if item:
            if (
                items is None
                or paragraph is not None
                # a numbered list right after a bulleted one is a list of its own
                or (previous_blank and items.ordered != bool(item.group(3)))
            ):
                items = Block("list", number, ordered=bool(item.group(3)))
                draft.blocks.append(items)
                paragraph = None
            items.lines.append(_separated(draft, number, item.group(4).strip()))
        elif (
            items is not None
            and not previous_blank
            and not ends_the_list(path, kept[index - 1][1], line)
        ):
            items.lines[-1] += " " + _separated(draft, number, line.strip())
        else:
            items = None
            if paragraph is None or paragraph.kind == "table":
                paragraph = Block("paragraph", number)
                draft.blocks.append(paragraph)
            paragraph.lines.append(_separated(draft, number, line.strip()))
        previous_blank = False
    for heading in headings_over_sources_only(draft.blocks, identified):
        draft.blocks.remove(heading)
        draft.removed.append(
            Removed(heading.line, heading.lines[0], "a heading over the sources only")
        )
    if not draft.byline[0]:
        # a byline the content system wrapped in its leftovers, above the first section
        first_section = next(
            (b.line for b in draft.blocks if b.kind == "heading"), len(numbered) + 1
        )
        for r in sorted(draft.removed, key=lambda r: r.line):
            # (a wiki's "Created by … last modified by …" names its editors)
            wiki = r.kind.startswith("Confluence")
            if r.line < first_section and not wiki and (found := byline_in(r.text))[0]:
                draft.byline = found
                draft.notes.append(
                    (r.line, f"the author '{found[0]}' was read from this removed line")
                )
                break
    draft.notes += release.notes + chat.notes + social.notes
    if not draft.byline[0] and social.author[0]:
        draft.byline = social.author
        draft.notes.append(
            (social.author_line, "the author was read from the page's author card")
        )
    if not draft.byline[0] and release.issuer:
        draft.byline = (release.issuer, "")
        draft.notes.append(
            (release.issuer_line, "the author was read from 'Issued by'")
        )
    if not draft.byline[0] and signed is not None:
        # a newsletter's "— Dr Jane Smith, GP" under the text: its writer
        draft.byline = (signed.name, signed.role)
        alone = " (a first name only: give their full name)"
        draft.notes.append(
            (
                signed.line,
                f"the author '{signed.name}' was read from the sign-off"
                + (alone if len(signed.name.split()) == 1 else ""),
            )
        )
    if meta is not None and meta.tags:
        _use_front_matter_tags(draft, meta)
    if tags is not None and not draft.keywords and not draft.secondary:
        # the page's "Tags" property is its keyword list when it has no keyword
        # section of its own (as a blog page's tag links are)
        _add_keywords(draft, "keywords", *tags)
        draft.keywords_from_tags = True
    if record.tags and not draft.keywords and not draft.secondary:
        draft.notes.append(
            (
                record.tags_line,
                f"the draft gives no keywords; the note's filing tags "
                f"({record.tags}) were not taken as keywords: choose the keywords "
                "from them and the text",
            )
        )
    if not draft.byline[0] and record.author:
        draft.byline = (record.author, "")
        draft.notes.append(
            (
                record.author_line,
                f"the author '{record.author}' was read from the note app's "
                "metadata: check that they wrote the article",
            )
        )
    if not draft.byline[0] and owner:
        draft.byline = (owner, "")
        draft.notes.append(
            (
                min(r.line for r in properties),
                f"the author '{owner}' was read from the page's 'Owner' property: "
                "check that they wrote the article",
            )
        )
    if in_capitals(draft.title):
        # "GOING BACK TO WORK AFTER DEPRESSION": the site's titles are in sentence case
        cased = sentence_case(
            draft.title,
            "\n".join(
                line for b in draft.blocks if b.kind != "heading" for line in b.lines
            ),
        )
        draft.notes.append(
            (
                draft.title_line,
                f"the title was typed in capitals: it is written '{cased}' in the "
                "site's sentence case; check its names and initials",
            )
        )
        draft.title = cased
    _level_sections(draft.blocks)
    _drop_pull_quotes(draft)
    _note_named_guidelines(draft, raw_sources)
    # "([Aaronson et al., 2017](https://doi.org/…))": a citation, its paper a source
    cite_paper_links(draft.blocks, raw_sources, Block)
    # '(Conway CR et al., "Title…", J Clin Psychiatry 2018)': the same, by title
    cite_quoted_titles(draft.blocks, raw_sources, Block)
    mark_author_year(draft.blocks, raw_sources)  # "(Conway et al., 2018)"
    mark_bracket_numbers(draft.blocks, raw_sources)  # "(1)" for "(1) Aaronson ST …"
    draft.sources = [
        (
            block.line,
            identifier_only(block.lines[0])
            or read_source(block.lines[0], path, block.line),
        )
        for block in raw_sources
    ]
    if not draft.title:
        raise DraftError(
            path,
            1,
            "the draft has only chatter or leftovers: there is no article to import",
        )
    if not any(b.kind != "heading" for b in draft.blocks):
        raise DraftError(
            path,
            draft.title_line,
            "the draft has a title but no text: write the article's paragraphs under "
            "it",
        )
    return draft


#: a paragraph that is one emphasised or quoted sentence, maybe as a quotation
_SET_OFF = re.compile(
    r"^(?:>[ \t]?)?(?P<mark>\*\*|__|\*|_)?[\"\u201c\u2018']?(?P<words>[^*_\n]{20,300}?)"
    r"[\"\u201d\u2019']?(?P=mark)?$"
)


def _drop_pull_quotes(draft: Draft) -> None:
    """A pull quote (a sentence of the article set off in bold, italics or quotes
    to catch the eye) repeats what readers have just read: the page's decoration,
    not more of the article."""

    def words(text: str) -> str:
        return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "

    prose = {
        id(b): words(" ".join(b.lines)) for b in draft.blocks if b.kind != "heading"
    }
    kept: list[Block] = []
    for block in draft.blocks:
        set_off = (
            _SET_OFF.match(block.lines[0].strip())
            if block.kind == "paragraph" and len(block.lines) == 1
            else None
        )
        text = block.lines[0].strip() if set_off else ""
        if (
            set_off
            and (set_off["mark"] or text[:1] in "\"\u201c\u2018'>")
            and len(quoted := words(set_off["words"])) > 24
            and any(quoted in other for key, other in prose.items() if key != id(block))
        ):
            draft.removed.append(
                Removed(block.line, text, "a pull quote repeating the article's text")
            )
            continue
        kept.append(block)
    draft.blocks[:] = kept


def _note_named_guidelines(draft: Draft, raw_sources: list[Block]) -> None:
    """A sentence that names a guideline by its code ("NICE NG222 recommends …")
    leans on it: a source to add when the draft does not list it."""
    listed = " ".join(line for b in raw_sources for line in b.lines).casefold()
    said: set[str] = set()
    for block in draft.blocks:
        if block.kind == "heading":
            continue
        for name in guidelines_named(" ".join(block.lines)):
            code = name.split()[-1].casefold()
            if code in listed or name in said:
                continue
            said.add(name)
            draft.notes.append(
                (
                    block.line,
                    f"the text names the guideline '{name}', which the draft's "
                    "sources do not list: add it to references.bib and cite it "
                    "there",
                )
            )


def _use_front_matter(draft: Draft, meta: FrontMatter) -> None:
    """The draft's own front matter as its title, description, keywords, author."""
    draft.title, draft.title_line = meta.title, 2 if meta.title else 0
    draft.description = meta.description
    draft.keywords += meta.keywords
    if meta.authors:
        draft.byline = (meta.authors[0], "")
        draft.more_authors = meta.authors[1:]
    if meta.reviewer and not draft.reviewer:
        draft.reviewer = meta.reviewer
    draft.removed += [
        Removed(n, text, "a front-matter setting the site does not use")
        for n, text in meta.dropped
    ]
    if meta.problem:
        draft.notes.append(
            (
                1,
                f"the draft's front matter: {meta.problem}; check the title, "
                "description, keywords and author taken from it",
            )
        )


def _pictures_to_supply(
    draft: Draft,
    shortcodes: list[tuple[int, str, str]],
    meta: FrontMatter | None,
) -> None:
    """A picture a shortcode or the front matter names is not supplied with the
    draft (a site's pictures are never fetched): each named once for the editor."""
    named: set[str] = set()
    for number, source, alt in shortcodes:
        named.add(source.rsplit("/", 1)[-1])
        described = f"'{source}'" + (f" ('{alt}')" if alt else "")
        draft.notes.append(
            (
                number,
                f"the picture {described} in the draft's picture shortcode is not "
                "supplied: add it yourself, with its alt text",
            )
        )
    for number, source in meta.pictures if meta is not None else ():
        if source.rsplit("/", 1)[-1] not in named:
            named.add(source.rsplit("/", 1)[-1])
            draft.notes.append(
                (
                    number,
                    f"the picture '{source}' the front matter names (a featured or "
                    "cover picture) is not supplied: add it yourself, with its alt "
                    "text",
                )
            )


def _use_front_matter_tags(draft: Draft, meta: FrontMatter) -> None:
    """The front matter's tags are the keywords of a draft with no keyword list of
    its own (a blog's post); under a draft's own list they are the blog's or note
    tool's filing ("health/mental", "draft"), reported and left out."""
    if not draft.keywords and not draft.secondary:
        draft.keywords += meta.tags
        draft.keywords_from_tags = True
        return
    draft.notes.append(
        (
            1,
            f"the front matter's tags ({', '.join(meta.tags)}) were not used as "
            "keywords: the draft has its own keyword list",
        )
    )


def _title_of(
    draft: Draft, number: int, line: str, labelled: re.Match[str] | None
) -> str | None:
    """The headline's text on a candidate line, or None when the line is not one
    (a byline, a writing tool's line; recorded as such)."""
    if labelled and labelled.group("label").lower() in _TITLE_LABELS:
        return labelled.group("value")
    byline = _BYLINE.match(_clean(line)) or _REVIEWER.match(_clean(line))
    # "By Natalie Singh", not "By the numbers: asthma in the UK"
    if (
        byline
        and (byline["rest"][:1].isupper() or _TEAM_NAME.match(byline["rest"]))
        and _handle_meta_line(draft, number, line)
    ):
        return None  # a byline above the headline
    label = _TITLE_LABEL.match(_clean(line))
    if label:
        draft.removed.append(
            Removed(number, label.group("label") + ":", "a label before the title")
        )
        return label.group("value")
    finding = find_chatter(line, whole_line=True)
    if finding:
        # the check's verdict on a line of its own: never the title
        draft.removed.append(Removed(number, line, finding.kind))
        return None
    return line


def _names_the_draft(line: str, next_text: str, levels: Counter[int]) -> bool:
    """A file's, note's or page's name with its drafting state, over a line that
    can be the headline (a heading or a short line, no sentence). A heading is
    the headline only at a level no other heading has (*levels*: how many
    headings each level has): a wiki page's sections ("## Causes", "## Treatment")
    under its name are no headline."""
    heading = _MD_HEADING.match(line.rstrip())
    text = _clean(heading.group(2) or "") if heading else _clean(line)
    below = _MD_HEADING.match(next_text.rstrip())
    below_text = _clean(below.group(2) or "") if below else _clean(next_text)
    return (
        is_draft_label(text)
        and bool(below_text)
        and not is_draft_label(below_text)
        # a headline, a question or a standfirst; not a paragraph's sentences
        and len(below_text.split()) <= 16
        and not _LIST_ITEM.match(next_text)
        and not (below and levels[len(below.group(1))] > 1)
    )


def _headline_below_preamble(kept: list[Line]) -> int | None:
    """The index of the draft's own ``# `` headline when only sentences stand above
    it (a writing tool's or a sender's opening), else None."""
    seen = 0
    for index, (_, text) in enumerate(kept):
        stripped = text.strip()
        if not stripped:
            continue
        markdown = _MD_HEADING.match(text.rstrip())
        if markdown:
            return index if len(markdown.group(1)) == 1 and seen else None
        if (
            _LABELLED.match(text)
            or _TITLE_LABEL.match(_clean(text))
            or _BYLINE.match(_clean(text))
            or not (stripped[-1] in ".!?:" or len(stripped.split()) > 12)
        ):
            return None
        seen += 1
        if seen > 3:
            return None
    return None


_PICTURE = re.compile(r"^\W{0,4}(?:image|photo|picture|figure)\b", re.IGNORECASE)


def _picture_between(draft: Draft, number: int) -> bool:
    """A picture between the title and *number*: the line under it is its caption,
    not a standfirst."""
    return any(
        draft.title_line < r.line < number and _PICTURE.match(r.text)
        for r in draft.removed
    )


def _same_words(one: str, other: str) -> bool:
    def words(text: str) -> str:
        return " ".join(re.findall(r"\w+", _clean(text).lower()))

    return bool(one.strip()) and words(one) == words(other)


def _repeats_headline(draft: Draft, text: str) -> bool:
    return any(
        _same_words(text, known)
        for known in (draft.title, draft.subtitle, draft.description)
    )


def _level_sections(blocks: list[Block]) -> None:
    """Section headings one level under the title: a draft whose sections all start
    at ``###`` (Medium, a page whose ``h2`` was its standfirst) is lifted; one whose
    sections are ``#`` like its title (Word's Heading 1 under a Title) is pushed
    down, its subsections with it (Heading 2 is ``###``)."""
    levels = [b.level for b in blocks if b.kind == "heading"]
    if levels and min(levels) != 2:
        lift = min(levels) - 2
        for block in blocks:
            if block.kind == "heading":
                block.level = min(block.level - lift, 6)


def _without_separators(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Drop rules (``---``, ``***``) and a leading YAML block's fences; keep its
    ``title:``/``description:``/``keywords:`` lines, which read as labelled lines."""
    kept: list[Line] = []
    dropped: list[Line] = []
    for number, text in lines:
        if _RULE.match(text):
            dropped.append((number, text))
            kept.append((number, ""))
        else:
            kept.append((number, text))
    return kept, dropped


_SOURCE_LABEL = re.compile(
    r"^\s{0,4}(?:\d{1,3}[.)]\s{1,3}|[-*+\u2022]\s{1,3}|\[\d{1,3}\]\s{0,3})?"
    r"(?:sources?\s{0,3}:\s{0,3})?",
    re.IGNORECASE,
)

#: a DOI; older ones hold a bracketed part ("10.1016/s0197-2456(03)00112-0")
_DOI = r"(10\.\d{4,9}/(?:[^\s<>\]()]|\([^\s<>\]()]{1,20}\)){1,200})"
_IDENTIFIER = re.compile(
    r"^(?:\[[^\]]{0,300}\]\(\s{0,3}https?://(?:dx\.)?doi\.org/" + _DOI + r"\s{0,3}\)"
    r"|(?:doi\s{0,3}:?\s{0,3}|https?://(?:dx\.)?doi\.org/)"
    + _DOI
    + r"|(?:pmid\s{0,3}:?\s{0,3}|https?://pubmed\.ncbi\.nlm\.nih\.gov/)(\d{1,9})/?"
    r"|\[[^\]]{0,300}\]\(\s{0,3}https?://pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})/?"
    r"\s{0,3}\))[.\s]{0,3}$",
    re.IGNORECASE,
)


def identifier_only(line: str) -> Reference | None:
    """A source given only as a DOI or PMID (a Markdown link, ``doi:``, ``PMID:``):
    a reference with just that identifier, matched to references.bib by the plan."""
    match = _IDENTIFIER.match(line[_SOURCE_LABEL.match(line).end() :].strip())
    if not match:
        return None
    doi = (match.group(1) or match.group(2) or "").rstrip(".")
    pmid = match.group(3) or match.group(4) or ""
    return Reference((), False, "", "", "", doi=doi, pmid=pmid)


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\[\]()]{1,500}", re.IGNORECASE)


def read_source(line: str, path: str, number: int) -> Reference | UnreadSource:
    """The line as a Vancouver reference, else what could not be read of it (the
    plan still matches it to references.bib by DOI, PMID, web address or title)."""
    try:
        return parse_reference(line, path, number)
    except DraftError as exc:
        plain = unlinked(" ".join(line.split()))
        found = identifier_only(plain)
        return UnreadSource(
            text=" ".join(line.split()),
            problem=exc.message,
            doi=found.doi if found else _doi_in(plain),
            pmid=found.pmid if found else _pubmed_id(plain),
            urls=tuple(
                u.rstrip(".,;")
                for u in _WEB_ADDRESS.findall(plain)
                if "doi.org" not in u
            ),
            sentences=tuple(
                s.strip(" .")
                # a title in quotes ends with its full stop inside them
                for s in re.split(
                    r"(?<=[.?!])\s+|(?<=[.?!][\"\u201d])\s+",
                    # the list's "[2] " is no word of the title
                    _SOURCE_NUMBER.sub("", _WEB_ADDRESS.sub(" ", plain), count=1),
                )
                if len(s.split()) >= 3
            ),
        )


#: a PubMed page's address: its number is the PMID
_PUBMED_PAGE = re.compile(
    r"https?://(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)"
    r"/(\d{1,9})\b",
    re.I,
)


#: a PMID written out ("PMID 17074942", "PMID: 17074942")
_PMID_TEXT = re.compile(r"\bPMID\s{0,3}:?\s{0,3}(\d{5,9})\b", re.I)


def _pubmed_id(text: str) -> str:
    """The PMID of a PubMed link in *text* ("PMID: [17074942](https://pubmed…)"),
    or the one it writes out ("… a STAR*D report. PMID 17074942")."""
    found = {m.group(1) for m in _PUBMED_PAGE.finditer(text)}
    found |= {m.group(1) for m in _PMID_TEXT.finditer(text)}
    return found.pop() if len(found) == 1 else ""


def _doi_in(text: str) -> str:
    match = re.search(_DOI, text)
    return match.group(1).rstrip(".,;") if match else ""


def _is_second_headline(line: str, touching: bool) -> bool:
    """A ``## `` headline right under the title that is a standfirst, not a section:
    on the title's next line, or a sentence-long one (a section heading is short)."""
    markdown = _MD_HEADING.match(line.rstrip())
    if not markdown or len(markdown.group(1)) != 2:
        return False
    words = len((markdown.group(2) or "").split())
    return words >= 4 and (touching or words >= 10)


def _is_bold_standfirst(line: str) -> bool:
    """A bold line right under the title, a phrase rather than a section's name
    ("**Many people still get well after trying another treatment**"): the
    standfirst, as the same line without the bold is."""
    bold = _BOLD_LINE.match(line)
    if not bold or line.rstrip().endswith(":"):
        return False
    words = bold.group(2).strip()
    return len(words.split()) >= 4 and not _SECTION_NAME.match(words)


#: a section heading's words, never a subtitle's: a question ("What is VNS?", "How
#: it works"), a label ("Method:") or a name every article's sections use
_USUAL_SECTION = (
    r"(?:an? |the )?(?:introduction|overview|"
    r"background|summary|conclusions?|key (?:points|facts|messages|findings)|"
    r"results|methods?|discussion|references|sources|further reading|"
    r"next steps|in (?:brief|short)|at a glance)\W*"
)
_SECTION_NAME = re.compile(
    r"^(?:(?:what|why|how|when|where|who|which|whose|is|are|can|could|does|do|"
    rf"should|will|would)\b.*|.*[?:]|{_USUAL_SECTION})$",
    re.IGNORECASE,
)
#: a name every article's sections use ("Introduction", "Key points")
_USUAL_SECTION_NAME = re.compile(rf"^{_USUAL_SECTION}$", re.IGNORECASE)


def _is_section_level_subtitle(line: str, below: list[Line]) -> bool:
    """A second headline at the sections' own level (Markdown ``##``, Word's
    Heading 2, a page's ``h2``) right under the title: the article's subtitle.

    A Word user styles both a subtitle and the sections Heading 2, so its words and
    what stands under it decide: it is the subtitle when a byline or a date stands
    right under it (no section's heading has the byline under it), or when it
    reads as a headline, not a section's name (at least four words, not a
    question, not a label ending in ':', not "Introduction" or "Key points") and
    the article's text follows it (a paragraph: not a list, a table or another
    heading).  Only a byline or a date may stand between it and the title (the
    caller's ``under_title``)."""
    markdown = _MD_HEADING.match(line.rstrip())
    if not markdown or len(markdown.group(1)) < 2:
        return False
    words = _clean(markdown.group(2) or "")
    after = next((text for _, text in below if text.strip()), "")
    cleaned = _clean(after)
    # a byline or a date under it, at any level below the title (Google Docs'
    # export writes a Subtitle as "### *…*"): no section has the byline under it
    if _byline_or_date(after):
        return True
    return (
        len(markdown.group(1)) == 2
        and len(words.split()) >= 4
        and not _SECTION_NAME.match(words)
        and bool(after.strip())
        and not _MD_HEADING.match(after.rstrip())
        and not _LIST_ITEM.match(after)
        and not after.lstrip().startswith("|")
        and len(cleaned.split()) >= 6
    )


def _separated(draft: Draft, number: int, text: str) -> str:
    """*text* with sentences run together after a full stop separated
    ("attempts.Recent" -> "attempts. Recent"), each noted for the report."""
    # the two words the full stop joined
    joins = [
        re.search(r"\S*$", text[: m.start()])[0] + re.match(r"\S*", text[m.end() :])[0]
        for m in _RUN_TOGETHER.finditer(text)
    ]
    if not joins:
        return text
    shown = "', '".join(joins)
    draft.notes.append(
        (
            number,
            f"sentences run together were separated after their full stop ('{shown}'"
            "): check the space is right",
        )
    )
    return _RUN_TOGETHER.sub(" ", text)


def _byline_or_date(line: str) -> bool:
    """*line* is a byline ("By NAME - ROLE", "Dr NAME, Role") or a page's date."""
    cleaned = _clean(line)
    byline = _REVIEWER.match(cleaned) or _BYLINE.match(cleaned)
    return bool(
        (byline and not _sentence_not_name(byline["rest"]))
        or _PAGE_DATES.match(cleaned)
        or titled_name(cleaned)
        or name_and_role(cleaned)
    )


def _is_plain_standfirst(line: str, below: list[Line]) -> bool:
    """A plain text's second headline: a line of its own right under the title, a
    phrase with no full stop (too long for a section's name), with a byline or a
    date right under it, as a subtitle styled like the sections has (no section's
    heading has the byline under it)."""
    text = _clean(line)
    if (
        _MD_HEADING.match(line.rstrip())
        or _LIST_ITEM.match(line)
        or _BOLD_LINE.match(line)
        or not text[:1].isupper()
        or re.search(r"[.!?:;,]$", text)
        or not 4 <= len(text.split()) <= 30
        or len(text) > 200
        # with the byline under it, a phrase that opens like a question ("What a
        # large study found, step by step") is a headline: no question mark, and
        # no section's heading has the byline under it
        or _USUAL_SECTION_NAME.match(text)
    ):
        return False
    rest = [t for _, t in below]
    # a line of its own: a blank, then the byline or the date
    if not rest or rest[0].strip():
        return False
    after = next((t for t in rest if t.strip()), "")
    return _byline_or_date(after)


#: a byline inside a content system's line ("Posted on 20 May by Natalie Singh 4 min
#: read"): the author's name, plain or a link, then an optional " - ROLE"
_BYLINE_INSIDE = re.compile(
    r"\b(?:posted|written|by)\b.*?\bby[ \t]+(?:\[(?P<link>[^\]]{2,80})\]\([^)]*\)|"
    r"(?P<name>(?:Dr\.?[ \t]+|Prof\.?[ \t]+)?[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}))"
    r"|^\W{0,4}by[ \t]+(?P<lead>[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})",
    re.IGNORECASE,
)


def byline_in(text: str) -> tuple[str, str]:
    """(name, role) of a byline inside a removed content-system line, or blanks."""
    match = _BYLINE_INSIDE.search(_clean(text))
    if not match:
        return "", ""
    name = _clean(match["link"] or match["name"] or match["lead"])
    if not name[:1].isupper():
        return "", ""
    rest = text[text.find(name) + len(name) :] if name in text else ""
    role = re.match(r"^[ \t]*[-\u2013\u2014|,][ \t]*([A-Z][^|]{2,60}?)[ \t]*$", rest)
    return name, _clean(role.group(1)) if role else ""


def _is_prose(line: str) -> bool:
    """A line of sentences: several words ending with a full stop, no byline."""
    text = _clean(line)
    return (
        len(text.split()) >= 6
        and text[-1:] in ".!?"
        and not _BYLINE.match(text)
        and not _LIST_ITEM.match(line)
    )


def _is_subtitle(line: str, next_text: str) -> bool:
    """A standfirst headline ("What to know before you start"), not a section
    heading such as "## Introduction"."""
    markdown = _MD_HEADING.match(line.rstrip())
    if (markdown and len(markdown.group(1)) > 1) or _BOLD_LINE.match(line):
        return False
    # an italic standfirst ("*What to know before you start*")
    italic = _ITALIC_LINE.match(line.strip())
    if italic:
        words = italic.group(2).strip()
        # one sentence in italics, its full stop too ("*A report from a
        # five-year registry.*"), sums the article up; several are a note
        return (
            words[:1].isupper()
            and len(words) <= 160
            and not re.search(r"[.!?:]\s", words)
            and not find_chatter(words)
        )
    heading = _heading_of(line, True, next_text)
    return bool(heading) and len(heading[1].split()) >= 4


def _parser_reads(text: str) -> bool:
    """A byline, a keyword label or a source given by its DOI ("[2] Also posted as
    a preprint: doi:10.1101/…"): chatter for ``check``, data for the importer."""
    cleaned = _clean(text)
    labelled = _LABELLED.match(cleaned)
    return bool(
        _BYLINE.match(cleaned)
        or (_SOURCE_NUMBER.match(cleaned) and re.search(_DOI, cleaned))
        or _TITLE_LABEL.match(cleaned)
        or _KEYWORD_LABEL.match(cleaned)
        or (
            labelled
            and _section_of(labelled["label"].lower()) in ("keywords", "secondary")
        )
        or (labelled and "description" in labelled["label"].lower())
    )


#: a citation marker ending a line: "[1]", "[1, 2]", "[1-2]", then at most a stop
_MARKER_AT_END = re.compile(
    r"\[\d{1,3}(?:[ \t]?[,\u2013-][ \t]?\d{1,3}){0,9}\][.)]?[ \t]*(?:\*\*|__|\*|_)?$"
)
#: what a reference has and a caption's words do not: an address or a DOI
_REFERENCE_ADDRESS = re.compile(r"https?://|www\.|\b10\.\d{4,9}/", re.I)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _cites_its_source(labelled: re.Match[str]) -> bool:
    """A one-line "Source:" label whose words end with the draft's own marker and
    do not read as a reference (no address or DOI; not a year among a
    reference's full-stopped parts, "Jones A. Inhalers. Thorax. 2021"): a caption
    citing a source it lists, not one."""
    value = labelled.group("value").strip()
    return (
        _section_of(labelled.group("label").lower()) == "sources"
        and not labelled.group("label").lower().startswith(("ref", "bib", "cit"))
        and bool(_MARKER_AT_END.search(value))
        and not _MARKER_AT_END.fullmatch(value)
        and not _REFERENCE_ADDRESS.search(value)
        and not (_YEAR.search(value) and value.count(". ") >= 2)
        and not _SOURCE_NUMBER.match(value)
    )


def _section_of(label: str) -> str:
    if "keyword" in label or "key word" in label or re.search(r"\btags\b", label):
        # "Keywords (primary and secondary)" holds both: the main ones first
        secondary = "secondary" in label and not re.search(r"primary|main", label)
        return "secondary" if secondary else "keywords"
    if _SOURCE_HEADING.match(label):
        return "sources"
    if "description" in label or label in _STANDFIRST_LABELS:
        return "description"
    return "body"


def _sentence_not_name(rest: str) -> bool:
    """What follows "By" is a sentence's words ("the end of the year, most …"), not
    a name or an authors.yml key ("natalie-singh")."""
    first = rest.split()[0] if rest.split() else ""
    return (
        rest[:1].islower()
        and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+[,.]?", first)
        and not _TEAM_NAME.match(_ROLE_SPLIT.split(rest, maxsplit=1)[0])
    )


#: an organisation's or team's name after "By": "the Healthkb Editorial Team",
#: "the British Heart Foundation" (capitalised words, "of"/"and" between them), or
#: a few words ending in what a team is called ("the healthkb editorial team");
#: not "the end of the year"
_TEAM_NAME = re.compile(
    r"^[Tt]he[ \t]+(?:(?:[A-Z][\w'&.-]*[ \t]+(?:(?:of|and|for|&)[ \t]+)?)+[A-Z][\w'&.-]*"
    r"|(?i:(?:(?!(?:of|the|an?|to|in|on|at|for|and|you|your|end|time|way)\b)"
    r"[\w'&.-]+[ \t]+){0,3}(?:team|editors|editorial[ \t]+board|desk|staff|"
    r"group|foundation|society|association|college|council|trust|service|"
    r"department|committee|network|unit|institute|centre|center)))[ \t]*$"
)


def _handle_meta_line(
    draft: Draft, number: int, line: str, below: Line | None = None
) -> bool:
    """Byline and reviewer lines near the top: under the title, or under a heading
    when no text stands above it yet ("## A two-year study" then "By NAME"), or
    right under a one-line standfirst under the title (which is then read as the
    standfirst: "Headline" / "One sentence that sums it up." / "By NAME"), or a
    labelled or short byline under the standfirst (:func:`_handle_byline`)."""
    if number in draft.meta_lines:
        return True  # the role under a name read with it
    standfirst = _standfirst_above(draft, number)
    headed_only = all(b.kind == "heading" for b in draft.blocks)
    pair = (
        name_over_role(_clean(line), _clean(below[1]))
        if below is not None
        and not draft.byline[0]
        and (standfirst is not None or headed_only)
        else None
    )
    if pair:
        # "Prof NAME" over "Consultant Rheumatologist": one byline on two lines
        draft.byline = pair
        draft.meta_lines += [number, below[0]]
    elif not _handle_byline(draft, number, _clean(line)):
        return False
    if standfirst is not None and standfirst in draft.blocks:
        draft.blocks.remove(standfirst)
        draft.subtitle, draft.subtitle_line = standfirst.lines[0], standfirst.line
    return True


def _standfirst_above(draft: Draft, number: int) -> Block | None:
    """The draft's only text so far, when it is one line right under the title
    and right above line *number*: a standfirst if a byline follows."""
    text = [b for b in draft.blocks if b.kind != "heading"]
    if (
        len(draft.blocks) == 1
        and len(text) == 1
        and text[0].kind == "paragraph"
        and len(text[0].lines) == 1
        and text[0].line == draft.title_line + 1 == number - 1
        and not draft.subtitle
    ):
        return text[0]
    return None


def _byline_of(match: re.Match[str]) -> tuple[str, str]:
    """The name and role a byline line's match gives ("By NAME, Role")."""
    # a linked name: the check's own reading of a Markdown link
    rest = _BYLINE_TRAILER.split(_MD_LINK.sub(r"\1", match.group("rest")))[0]
    parts = _ROLE_SPLIT.split(_clean(rest), maxsplit=1)
    name = _clean(parts[0])
    if _TEAM_NAME.match(name):
        name = name[:1].upper() + name[1:]  # "The British Heart Foundation"
    role = _clean(parts[1]) if len(parts) > 1 else ""
    if role.count(")") > role.count("("):
        role = role.rstrip(")")  # "NAME (Role)": the role's closing bracket
    if not _PLAIN_ROLE.match(role):
        role = ""  # a date, an address or a reading time is no role
    return name, role


def _closing_byline(
    draft: Draft, line: str, alone: bool, next_text: str
) -> tuple[str, str] | None:
    """A byline signed under the article's text ("By Dr NAME, Health Editor" after
    its last paragraph, a chat answer's or a column's sign-off): a short "By NAME"
    paragraph of its own with only the sources, the keywords or nothing after
    it; None for anything else (a draft with a byline already, a sentence)."""
    if draft.byline[0] or not alone or len(line.split()) > 12:
        return None
    if not any(b.kind != "heading" for b in draft.blocks):
        return None
    found = _BYLINE.match(_clean(line))
    if found is None or _REVIEWER.match(_clean(line)) or line.rstrip().endswith("."):
        return None
    if _sentence_not_name(found["rest"]) or not found["rest"][:1].isupper():
        return None
    after = _clean(next_text).strip("#*_: \t").lower()
    if after and _section_of(after) not in ("sources", "keywords", "secondary"):
        return None
    return _byline_of(found)


def _handle_byline(draft: Draft, number: int, line: str) -> bool:
    """A byline or reviewer line read into *draft*: under the title or headings
    only, or a labelled or short one under the standfirst."""
    found = _REVIEWER.match(line) or _BYLINE.match(line)
    # a label with its colon ("Prepared by: healthkb editorial team") names its
    # author whatever the case; a bare "By the end of the year, …" is a sentence
    labelled = found and ":" in line[: found.start("rest")]
    # "Dr NAME, Registrar", or "Dr NAME" alone: a byline with no "By"
    named = (
        None
        if found or draft.byline[0]
        else name_and_role(line)
        or ((name, "") if (name := titled_name(line)) else None)
    )
    if named and (
        _standfirst_only(draft.blocks) or all(b.kind == "heading" for b in draft.blocks)
    ):
        draft.byline = named
        draft.meta_lines.append(number)
        return True
    # under the standfirst: a labelled byline, or a short "by NAME" line
    if any(b.kind != "heading" for b in draft.blocks) and not (
        (labelled or (found and len(line.split()) <= 8))
        and _standfirst_only(draft.blocks)
    ):
        return False
    if found and not labelled and _sentence_not_name(found["rest"]):
        return False
    match = _REVIEWER.match(line)
    if match:
        draft.reviewer = _clean(_ROLE_SPLIT.split(match.group("rest"), maxsplit=1)[0])
        draft.meta_lines.append(number)
        return True
    match = _BYLINE.match(line)
    if match and not draft.byline[0]:
        draft.byline = _byline_of(match)
        draft.meta_lines.append(number)
        return True
    signed = None if found or draft.byline[0] else bare_byline(line)
    if signed:
        # "Dr NAME, Consultant Psychiatrist" under the headline: a byline
        draft.byline = signed
        draft.meta_lines.append(number)
        return True
    return False


def _form_instructions(blocks: list[Block]) -> list[Block] | None:
    """The text above a form's or copy sheet's ``Title:`` field, when it is only
    headings and at most two one-line paragraphs set apart as a note (quoted or in
    italics) or short (the form's instructions, "> Fill in every field."), else
    None: a field under the article's own text is not the headline."""
    text = [b for b in blocks if b.kind != "heading"]
    if len(text) > 2 or not all(
        b.kind == "paragraph"
        and len(b.lines) == 1
        and _reads_as_instructions(b.lines[0])
        for b in text
    ):
        return None
    return text


def _reads_as_instructions(line: str) -> bool:
    """A form's line of instructions: quoted, in italics, or a dozen words at most."""
    line = line.strip()
    return (
        line.startswith(">")
        or bool(_ITALIC_LINE.match(line))
        or len(line.split()) <= 12
    )


#: a form's field on a line of its own: a bold label of a few words and a short
#: value or none ("**Date submitted:** 2 December 2026", "**Body text:**")
_FORM_FIELD = re.compile(
    r"^\s*(\*\*|__)(?P<label>[A-Za-z][\w'\u2019()/&-]*(?:[ \t][\w'\u2019()/&-]+)"
    r"{0,4})[ \t]*:[ \t]*\1(?:[ \t]+(?P<value>\S.*))?$"
)


#: under a form, the plain "Label: value" of its fields after the article
#: ("Equality impact assessed: Yes.")
_PLAIN_FORM_FIELD = re.compile(
    r"^\s*(?P<label>[A-Z][\w'\u2019()/&-]*(?:[ \t][\w'\u2019()/&-]+){0,4})[ \t]*:"
    r"(?:[ \t]+(?P<value>\S.*))?$"
)
#: a form's heading over the article's text ("## Article text", "Body copy")
_FORM_BODY_HEADING = re.compile(
    r"^ {0,3}#{1,6}[ \t]+(?:(?:the[ \t]+)?(?:article|body|main|page|leaflet|story|post|"
    r"blog)[ \t]+(?:text|copy|content|body)|body|text|content|copy)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


def _is_form_field(draft: Draft, line: str) -> bool:
    """A form's own field (a bold label) outside its article: above the body's
    first paragraph, or under its sources or keywords (there also a plain "Label:
    value"); a heading naming the text to come ("## Article text") above it; only
    in a draft whose ``Title:`` field was read under a form's header, or whose
    fields stood in a template's table."""
    if not draft.form:
        return False
    opened = any(b.kind != "heading" for b in draft.blocks)
    closed = bool(draft.sources or draft.keywords or draft.secondary)
    if not opened and _FORM_BODY_HEADING.match(line):
        return True
    match = _FORM_FIELD.match(line) or (closed and _PLAIN_FORM_FIELD.match(line))
    if not match:
        return False
    value = (match["value"] or "").strip()
    return (not opened or closed) and len(value.split()) <= 12


def _standfirst_only(blocks: list[Block]) -> bool:
    """Only the standfirst stands under the title: one paragraph, no section yet
    (a labelled byline may follow it: "Author: NAME" under the summary)."""
    return len(blocks) == 1 and blocks[0].kind == "paragraph"


#: what follows the name in a content system's byline: "on May 3, 2023", "at
#: 10:12", "3 min read", "Reading Time: 3 minutes" (a date after "|" is no role)
_BYLINE_TRAILER = re.compile(
    r"\s+(?:on|at)\s+(?=\w{0,9}\.?\s?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]{0,6}\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b)"
    r"|\s+(?=\d{1,3}\s*min(?:ute)?s?\s+read\b)|\s+(?=reading\s+time\b)",
    re.IGNORECASE,
)
#: a role is a few words ("Health Editor", "Senior Nurse"): no digits or addresses
_PLAIN_ROLE = re.compile(r"^(?:[^\d/:@]{2,60})?$")


def _add_to_section(
    draft: Draft,
    section: str,
    number: int,
    line: str,
    current: Block | None,
    raw_sources: list[Block],
) -> Block | None:
    """A line under Keywords or Sources; returns the open source block, if any."""
    item = _LIST_ITEM.match(line)
    if section in ("keywords", "secondary"):
        text = item.group(4) if item else line
        if _keyword_table_row(draft, section, number, line):
            return None
        if not item and _is_keyword_intro(text):
            _read_keyword_intro(draft, number, _clean(text))
            return None
        if not item and _HASHTAGS.match(text) and (draft.keywords or draft.secondary):
            # "#depression #mental-health" under the list: the note tool's or
            # blog's filing tags, not more keywords
            draft.removed.append(
                Removed(number, line, "tags under the keyword list (not keywords)")
            )
            return None
        _add_keywords(draft, section, number, text)
        return None
    # sources: a marker or a new line after a blank starts a reference
    # a line that begins with authors ("Aaronson ST, et al.") is the next source
    marker = (
        item
        or re.match(r"^\s*\[\d+\]", line)
        # "(2) Conway CR, …": a list numbered in brackets
        or BRACKET_NUMBERED.match(line)
        or _AUTHORS_FIRST.match(line)
        or starts_labelled_source(line)
        # a whole reference ends at its DOI, address or PMID: a line under it
        # that opens with a name and a full stop ("LivaNova. Title. 2024. …") is
        # the next source, not the rest of that one
        or (
            current is not None
            and _ENDS_WITH_ID.search(current.lines[0])
            and _OPENS_WITH_NAME.match(line)
        )
    )
    if draft.sources_ended or (
        not marker
        and (current is None or find_chatter(line))
        and (_not_a_source(line) or _note_after_numbered(line, current, raw_sources))
    ):
        # a sign-off ends the list: the signature under it is no source either
        draft.removed.append(
            Removed(number, line, "not a source: a sign-off or note after the list")
        )
        draft.sources_ended = True
        return None
    if current is not None and not marker:
        current.lines[0] += " " + line.strip()
        return current
    block = Block("source", number, [line.strip()])
    raw_sources.append(block)
    return block


#: a label that gives tags, not keywords ("Tags:", "Labels:")
_TAGS_LABEL = re.compile(r"^\W*(?:tags|labels)\W*$", re.I)
#: a reference's last part: its DOI, web address or PMID
_ENDS_WITH_ID = re.compile(
    r"(?:\bdoi:?\s*10\.\d{4,9}/\S+|https?://\S+|\bPMID:?\s*\d{1,9})\.?\s*$",
    re.IGNORECASE,
)
#: a reference's first part: an organisation's or a person's name, a full stop
_OPENS_WITH_NAME = re.compile(
    r"^\s*[A-Z][\w'\u2019&-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w'\u2019&-]*)){0,6}\."
    r"[ \t]+[A-Z0-9]"
)
#: a line of hashtags only ("#depression #mental-health")
_HASHTAGS = re.compile(r"^\s*#[^\W_][\w/-]{0,60}(?:[ \t,]+#[^\W_][\w/-]{0,60})*\s*$")


def _not_a_source(line: str) -> bool:
    """A short line under the sources that cannot be one ("Thanks,", "Sam", "Sent
    from my iPhone", "Hope this helps!"): no number, year, identifier or web
    address, and not the "Author. Title." shape of a source."""
    text = line.strip()
    if is_sign_off(text) or find_chatter(text):
        return True
    return not (
        re.search(r"\d|https?:|www\.|\bdoi\b", text, re.IGNORECASE)
        or len(text.split()) > 6
        or text.endswith(".")
        or re.search(r"\.\s", text)
    )


def _note_after_numbered(
    line: str, current: Block | None, raw_sources: list[Block]
) -> bool:
    """An unnumbered line after a blank under a numbered list ("Happy for you to
    cut it down."): with no year, number or address it is the writer's note, not
    the list's next source."""
    return (
        current is None
        and bool(raw_sources)
        and bool(_SOURCE_NUMBER.match(raw_sources[-1].lines[0]))
        and not re.search(r"\d|https?:|www\.", line, re.IGNORECASE)
    )


#: a keyword section's intro saying how its list is split ("Primary keywords come
#: first; the rest are secondary")
_PRIMARY_FIRST = re.compile(
    r"\b(?:primary|main)\b[^.;]{0,40}\b(?:first|top)\b|\bfirst\b[^.;]{0,30}"
    r"\b(?:primary|main)\b",
    re.IGNORECASE,
)
_REST_SECONDARY = re.compile(
    r"\b(?:rest|others?|remaining|then)\b[^.;]{0,30}\bsecondary\b", re.IGNORECASE
)
#: an instruction to whoever publishes ("for the CMS, max 8", "pick 5")
_KEYWORD_INSTRUCTION = re.compile(
    r"\d|\b(?:max(?:imum)?|at most|up to|only|limit|pick|choose|select|for the|use)\b",
    re.IGNORECASE,
)
_KEYWORD_COLUMN = re.compile(
    r"^(?:(?:primary|main|secondary|other|more)[ \t]*)?(?:key[ \t]?words?|tags)?$",
    re.IGNORECASE,
)


def _section_opened(draft: Draft, number: int, line: str, section: str) -> None:
    """A heading or label opened *section*: a new list of sources starts, and a
    keyword heading's instruction in brackets ("Tags (for the CMS, max 8)") is
    reported, since the importer keeps the site's own limit."""
    draft.sources_ended = False
    if section not in ("keywords", "secondary"):
        return
    for aside in re.findall(r"\(([^()]{1,80})\)", line):
        if _KEYWORD_INSTRUCTION.search(aside):
            draft.notes.append(
                (
                    number,
                    f"the keyword heading says '({aside.strip()})': check that the "
                    f"keywords follow it (the site allows 3 to 10)",
                )
            )


def _is_keyword_intro(text: str) -> bool:
    """A line introducing the keyword list ("Pick from these when you publish:"),
    not a list of keywords: it ends with a colon, or it is one sentence."""
    text = _clean(text)
    if text.endswith(":"):
        return True
    # "a ; b ; c." is a list (a French one spaces its semicolons), not a sentence
    parts = text.rstrip(".").split(";")
    listed = len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)
    return (
        text.endswith(".") and "," not in text and not listed and len(text.split()) >= 5
    )


def _read_keyword_intro(draft: Draft, number: int, text: str) -> None:
    if _PRIMARY_FIRST.search(text) and _REST_SECONDARY.search(text):
        draft.primary_first = True
        return  # the keyword choice says what it did with this
    draft.notes.append(
        (
            number,
            f"the keyword section says '{text}': this is not a keyword; check "
            "that the keywords follow it",
        )
    )


def _is_keyword_table_header(line: str) -> bool:
    """A table's first row naming only keyword columns ("Primary keyword")."""
    cells = [_clean(c) for c in line.strip().strip("|").split("|")]
    return all(c and _KEYWORD_COLUMN.match(c) for c in cells) and any(
        re.search(r"key[ \t]?words?|tags", c, re.IGNORECASE) for c in cells
    )


def _keyword_table_row(draft: Draft, section: str, number: int, line: str) -> bool:
    """A keyword table's row ("| Primary | Secondary |" then "| a, b | c |"): each
    column's keywords go where its header says; True if the line was a row."""
    cells = table_cells(line)
    if cells is None:
        return False
    if all(TABLE_SEPARATOR.match(c) or not c for c in cells):
        return True
    if not draft.keyword_columns and all(
        _KEYWORD_COLUMN.match(_clean(c)) for c in cells
    ):
        draft.keyword_columns = [
            "secondary" if re.search(r"secondary|other|more", c, re.I) else "keywords"
            for c in cells
        ]
        return True
    for index, cell in enumerate(cells):
        columns = draft.keyword_columns
        _add_keywords(
            draft, columns[index] if index < len(columns) else section, number, cell
        )
    return True


#: a name and its initials in brackets after it: "… Relieve Depression (STAR*D)"
_NAMED_INITIALS = re.compile(r"^(?P<words>.+?)\s*\((?P<short>[A-Z][A-Z*&+/-]{1,9})\)$")


def _short_name(word: str) -> str:
    """The initials in brackets after a long name, when they are its words'
    first letters (all its words', or those of its words in capitals), or ""."""
    found = _NAMED_INITIALS.match(word.strip())
    if not found:
        return ""
    letters = "".join(c for c in found["short"] if c.isalpha())
    words = re.findall(r"[^\W\d_]+", found["words"])
    every = "".join(w[0] for w in words).upper()
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return found["short"] if letters in (every, capitals) else ""


def _add_keywords(draft: Draft, section: str, number: int, text: str) -> None:
    target = draft.keywords if section == "keywords" else draft.secondary
    # a chat's reactions under its keyword line (":white_check_mark: 1") and its
    # "(edited)" mark are no keywords
    said = without_reactions(text)
    if said != text.strip():
        draft.removed.append(
            Removed(number, text.strip(), "a chat's reactions or edit mark")
            if not _WORDED.search(said)
            else Removed(number, text.replace(said, "").strip(), "a chat's mark")
        )
        text = said
    # a list of links to the blog's tag pages: each link's words are the keyword
    # a blog's tag line parts its tags with a dot ("VNS · TRD", Substack, Ghost)
    # ("a | b": a bar between spaces parts them too, as a blog's tag line may)
    for word in re.split(
        r"[,;\u00b7\u2022\u2219]|\s#|\s\|\s", _MD_LINK.sub(r"\1", text)
    ):
        word = _clean(word).strip("#\"'[]").strip()
        if word.endswith(".") and "." not in word[:-1]:
            word = word[:-1]  # the list's full stop ("…, ergonomía."), no "U.S."
        if not word:
            continue
        if len(word) > 60 or len(word.split()) > 6:
            short = _short_name(word)
            if short:
                # "Sequenced Treatment Alternatives to Relieve Depression
                # (STAR*D)": a long name is the keyword its initials name
                draft.notes.append(
                    (
                        number,
                        f"the keyword '{word}' is too long: its initials "
                        f"'{short}' were used",
                    )
                )
                target.append(short)
                continue
            draft.notes.append((number, f"not used as a keyword (too long): {word}"))
        else:
            target.append(word)
