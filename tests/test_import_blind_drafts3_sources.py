"""The third independent tester's drafts (fixtures/drafts/acceptance3/): sources,
citations and keywords.  Each draft is imported into a copy of the shipped site and
checked against what a careful editor expects: a citation only where the draft puts
one, web pages added as web sources, the keyword section read for what it says, and
a report that says what is left to do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.import_runs import front_list, import_draft, todo_items
from helpers.site import copy_import_site, strict_build_page
from helpers.site import run_cli as run

from healthkb.bib.read import parse_bibliography_text
from healthkb.importer.draft import parse_draft
from healthkb.importer.reference_parser import WebSource, parse_web_source
from healthkb.importer.render import ArticleFields, render_article
from healthkb.model.site import Site
from healthkb.rules.checks import read_article

DRAFTS = Path(__file__).parent / "fixtures" / "drafts" / "acceptance3"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_import_site(tmp_path / "site")


def _import(site: Path, capsys, draft: str, *args: str) -> tuple[str, str]:
    """The report and the article of one import."""
    return import_draft(site, capsys, DRAFTS / draft, *args)


def _cited(article: str) -> list[list[str]]:
    return [m.split(",") for m in re.findall(r"\{footcite:p\}`([^`]*)`", article)]


_todo, _front_list = todo_items, front_list


def _site_keywords(site: Path) -> set[str]:
    """The keywords the site's articles use now (editors add and remove them)."""
    loaded = Site.load(site)
    return {
        word
        for path in loaded.articles()
        if (meta := read_article(loaded, path).meta)
        for word in (*meta.keywords, *meta.secondary_keywords)
    }


def _new_entries(site: Path, before: str) -> dict[str, dict[str, str]]:
    text = (site / "references.bib").read_text(encoding="utf-8")
    assert text.startswith(before.rstrip("\n"))
    added = parse_bibliography_text(text[len(before.rstrip("\n")) :], "references.bib")
    return {
        key: {name: str(value) for name, value in entry.fields.items()}
        | {"type": entry.type, "author": str(entry.persons.get("author", [""])[0])}
        for key, entry in added.entries.items()
    }


def test_markers_side_by_side_are_one_citation(site, capsys):
    """d01: "[1][2]" is one role with both sources, not two roles side by side."""
    _, article = _import(site, capsys, "d01-ai-draft.txt")
    assert "placebo {footcite:p}`rush2006stard,cipriani2018comparative`." in article
    assert "` {footcite:p}`" not in article


def test_an_email_drafts_web_page_source_sign_off_and_out_of_range_marker(site, capsys):
    """d07: the Mind page is a web source; [1,2] and [2-3] cite what they name; the
    sign-off is not a source; [5] of four sources is reported, never dropped."""
    before = (site / "references.bib").read_text(encoding="utf-8")
    out, article = _import(site, capsys, "d07-email-draft.txt")
    [(key, mind)] = _new_entries(site, before).items()
    assert mind["type"] == "misc"
    # an organisation, braced so it is never read as a person's name
    assert mind["author"] == "{Mind}" and mind["title"] == "Treatments for depression"
    assert mind["url"].startswith("https://www.mind.org.uk/information-support/")
    assert "year" not in mind  # the draft gives none: asked for, never invented
    todo = _todo(out)
    [web] = [t for t in todo if f"added as the source '{key}'" in t]
    assert "add urldate = {YYYY-MM-DD}" in web and "add year = {YYYY}" in web
    cited = _cited(article)
    assert [key] in cited
    assert [key, "rush2006stard"] in cited
    assert ["rush2006stard", "aaronson2017registry"] in cited
    [five] = [t for t in todo if "[5]" in t]
    assert "names source 5, but the draft lists 4 sources" in five
    assert "the marker was taken out" in five
    # reference 4 is incomplete: reported with what is missing
    assert any("Kennedy SH" in t and "no year" in t for t in todo)
    # the sign-off is neither a source nor the article
    assert not any(re.search(r"Thanks|iPhone", t) for t in todo)
    assert "Sent from my iPhone" not in article and "iPhone" not in str(mind)


def test_unmarked_sources_are_not_placed_by_guess_and_a_web_page_is_added(site, capsys):
    """d09: no [n] markers, so no citation (STAR*D does not support the overview's
    sentence); the Mayo Clinic page, an organisation's, is a web source."""
    before = (site / "references.bib").read_text(encoding="utf-8")
    out, article = _import(site, capsys, "d09-word-posted-by.docx")
    assert _cited(article) == []
    [mayo] = [(k, e) for k, e in _new_entries(site, before).items()]
    key, entry = mayo
    assert key == "mayo2022depression"
    assert entry["type"] == "misc" and entry["year"] == "2022"
    assert entry["author"] == "{Mayo Clinic Staff}"
    assert entry["publisher"] == "Mayo Clinic"
    assert entry["url"].startswith("https://www.mayoclinic.org/")
    assert any(
        "no citation was placed" in t
        and t.endswith("the sources to place: rush2006stard, mayo2022depression")
        for t in _todo(out)
    )


def test_a_wordpress_posts_sources_are_never_put_where_it_did_not_cite_them(
    site, capsys
):
    """d10: Murray 1997 was placed after the first sentence and after the other
    source's 75 % statistic; wherever it is cited now, it is not there."""
    _, article = _import(site, capsys, "d10-wordpress-post.html")
    for sentence in ("fed-up for a while", "anxiety or depression"):
        line = next(line for line in article.splitlines() if sentence in line)
        after = line[line.index(sentence) :][:60]
        assert "footcite" not in after, after


def test_a_range_beyond_the_list_keeps_what_is_listed(site, capsys):
    """d11: [1-3] with one listed source cites it and reports 2-3 (the import is
    not refused); a single keyword gets the suggester's candidates."""
    out, article = _import(site, capsys, "d11-assets/d11-seo-deliverable.md")
    assert "four steps {footcite:p}`rush2006stard`." in article
    [marker] = [t for t in _todo(out) if "[1-3]" in t]
    assert marker.startswith("draft line 19: the marker [1-3] names sources 2-3")
    assert "it now cites rush2006stard only" in marker
    [suggest] = [t for t in _todo(out) if "suggestions from its text" in t]
    assert suggest.startswith("the draft gives only 1 keyword")


def test_no_placement_claim_when_no_source_was_kept(site, capsys):
    """d03: no source of the draft is kept, so the report does not say citations
    were placed (or are to be placed); it offers keywords, since there are none."""
    out, article = _import(site, capsys, "d03-healthline-clip.md")
    assert "footcite" not in article
    assert "were placed" not in out and "to place:" not in out
    assert any(
        t.startswith("the draft gives no keywords") and "suggestions" in t
        for t in _todo(out)
    )


def test_a_tag_sections_intro_is_not_a_keyword_and_its_instruction_reported(
    site, capsys
):
    """d06: "Pick from these when you publish:" and the heading's "(for the CMS,
    max 8)" are instructions, reported; the tags fill both lists."""
    out, article = _import(site, capsys, "d06-google-docs-export.html")
    keywords = _front_list(article, "keywords")
    secondary = _front_list(article, "secondary-keywords")
    assert not [k for k in keywords + secondary if ":" in k or "Pick" in k]
    assert len(keywords) == 3 and secondary
    assert "Talking therapies" in keywords + secondary  # the site's sentence case
    todo = _todo(out)
    assert any("says '(for the CMS, max 8)'" in t for t in todo)
    assert any("says 'Pick from these when you publish:'" in t for t in todo)


def test_primary_first_intro_is_honoured_not_made_keywords(site, capsys):
    """d08: "Primary keywords come first; the rest are secondary:" splits the list
    in its order and is not a keyword itself."""
    out, article = _import(site, capsys, "d08-chat-answer-in-word.docx")
    keywords = _front_list(article, "keywords")
    secondary = _front_list(article, "secondary-keywords")
    assert keywords == ["Depression", "Psychotherapy", "Quality of life"]
    assert secondary == ["Antidepressants", "Mental health professional", "Remission"]
    assert "the draft says its main keywords come first but not how many" in out
    assert "lists only secondary keywords" not in out


def test_a_keyword_table_fills_keywords_and_secondary_keywords(site, capsys):
    """d17: a Primary | Secondary table, not Markdown fragments as keywords."""
    _, article = _import(site, capsys, "d17-word-comments.docx")
    assert _front_list(article, "keywords") == ["Depression", "Talking therapies"]
    assert _front_list(article, "secondary-keywords") == ["Remission", "STAR*D", "GP"]


def test_keywords_the_site_uses_are_kept_before_new_ones(site, capsys):
    """d13: of 16 secondary keywords, the ones the site already uses (they link the
    article to their keyword pages; five when the tester ran it) are kept first."""
    on_site = {w.casefold(): w for w in _site_keywords(site)}
    out, article = _import(site, capsys, "d13-ai-rewrite-typos.txt")
    kept = _front_list(article, "keywords") + _front_list(article, "secondary-keywords")
    assert len(kept) == 10
    listed = re.findall(
        r"^\d+\. (.+)$",
        (DRAFTS / "d13-ai-rewrite-typos.txt").read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    used = [on_site[w.casefold()] for w in listed if w.casefold() in on_site]
    assert kept[: len(used)] == sorted(used, key=kept.index)  # they come first
    assert all(word in kept for word in used[:10])
    assert "Low mood" in kept  # a new keyword, in the site's sentence case
    [left] = [t for t in _todo(out) if t.startswith("only 10 keywords")]
    assert not any(word in left.split("left out ", 1)[1] for word in used[:10])


def test_one_keyword_list_fills_both_fields(site, capsys):
    """d01: one list of twelve: the first three the site already uses, in the
    draft's order, are the main keywords, seven secondary, two reported; new ones
    in sentence case."""
    out, article = _import(site, capsys, "d01-ai-draft.txt")
    keywords = _front_list(article, "keywords")
    secondary = _front_list(article, "secondary-keywords")
    # the three main ones: the site's own keywords first
    on_site = {w.casefold() for w in _site_keywords(site)}
    assert len(keywords) == 3
    ours = [w for w in keywords + secondary if w.casefold() in on_site]
    assert keywords == (ours + [w for w in keywords if w not in ours])[:3]
    assert len(secondary) == 7 and "Talk therapy" in secondary and "SSRIs" in secondary
    assert "the draft's keywords are one list: its first 3 (" in out


def test_re_import_is_refused_with_advice_that_works_then_force_replaces(site, capsys):
    """The refusal offers --force only because it exists: it replaces the article
    and its picture (d08 has one), and nothing else is added."""
    draft = str(DRAFTS / "d08-chat-answer-in-word.docx")
    _, first = _import(site, capsys, "d08-chat-answer-in-word.docx")
    bib = (site / "references.bib").read_text(encoding="utf-8")
    files = sorted(p.name for p in (site / "articles/mental-health").iterdir())
    assert run(site, "import", draft, "--topic", "mental-health") == 2
    assert (
        "an earlier import of d08-chat-answer-in-word.docx made it and it is "
        "unchanged since: pass --force" in capsys.readouterr().err
    )
    assert run(site, "import", draft, "--topic", "mental-health", "--force") == 0
    out = capsys.readouterr().out
    replaced = re.search(r"^replaced (\S+)$", out, re.MULTILINE)
    assert replaced and (site / replaced[1]).read_text(encoding="utf-8") == first
    assert "added the picture" in out
    # the source added the first time is reused, not added again
    assert "reused source 'cipriani2018comparative'" in out
    assert (site / "references.bib").read_text(encoding="utf-8") == bib
    assert sorted(p.name for p in (site / "articles/mental-health").iterdir()) == files


def test_a_report_without_a_year_is_told_in_a_reports_form(site, capsys):
    """d10: "Depression Alliance. Depression report. London: Depression Alliance."
    is a report: the advice is a report's form, not a journal article's."""
    out, _ = _import(site, capsys, "d10-wordpress-post.html")
    [line] = [t for t in _todo(out) if "Depression Alliance" in t]
    assert "(no year)" in line and "City: Publisher; 2020." in line
    assert "Journal Name" not in line


def test_a_listed_source_no_marker_cites_is_reported(site, capsys, tmp_path):
    draft = tmp_path / "two-sources.md"
    draft.write_text(
        "# Treatment steps for depression\n\n"
        "About a third of people were well after their first antidepressant [1].\n\n"
        "## References\n\n1. PMID: 17074942\n"
        "2. Mind. Treatments for depression. https://www.mind.org.uk/treatments/\n"
        "3. Mind. Treatments for depression. https://www.mind.org.uk/treatments/\n",
        encoding="utf-8",
    )
    before = (site / "references.bib").read_text(encoding="utf-8")
    assert run(site, "import", str(draft), "--topic", "mental-health") == 0
    todo = _todo(capsys.readouterr().out)
    # one page listed twice is one entry, reported once as not cited
    assert list(_new_entries(site, before)) == ["mindtreatments"]
    uncited = [t for t in todo if "no marker cites it" in t]
    assert uncited == [
        "draft line 8: the draft lists this source ('mindtreatments') but no marker "
        "cites it: cite it where it supports the text, or leave it out",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "1. Mind. About depression. https://www.mind.org.uk/about/",
            ((("Mind", ""),), "About depression", "", ""),
        ),
        (
            "Smith JA, Brown L. Walking. Heart Site. Updated 5 March 2021. "
            "Available from: https://example.org/walking",
            ((("Smith", "JA"), ("Brown", "L")), "Walking", "Heart Site", "2021"),
        ),
        (
            "National Institute for Health and Care Excellence. Depression in "
            "adults. 2022. https://www.nice.org.uk/guidance/ng222",
            (
                (("National Institute for Health and Care Excellence", ""),),
                "Depression in adults",
                "",
                "2022",
            ),
        ),
    ],
)
def test_a_web_page_line_is_read_in_citing_medicines_order(line, expected):
    found = parse_web_source(line)
    assert isinstance(found, WebSource)
    assert (found.authors, found.title, found.publisher, found.year) == expected


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("https://www.nhs.uk/conditions/depression/", "who wrote it"),
        ("A charity's leaflet about sleep. Leaflet. https://example.org/", "is not"),
        ("Smith JA. Walking. https://doi.org/10.1000/x", "not one web address"),
    ],
)
def test_a_line_that_is_not_a_web_page_says_what_is_missing(line, why):
    found = parse_web_source(line)
    assert isinstance(found, str) and why in found


def test_a_marker_in_a_table_cell_is_cited():
    draft = parse_draft(
        "# Steps\n\nText [1].\n\n| Step | Well |\n| --- | --- |\n| First | 1 in 3 [1] |"
        "\n\n## Sources\n\n1. PMID: 17074942\n",
        "d.md",
    )
    article, _ = render_article(
        draft, ArticleFields(("a",), (), "2026-01-01", ("rush2006stard",))
    )
    assert "| First | 1 in 3 {footcite:p}`rush2006stard` |" in article


def test_a_web_source_builds_cleanly_once_the_report_is_done(site, capsys):
    """d09: with the Mayo Clinic page cited where it supports the text and the
    review done, `check` passes and the strict build prints the page as Citing
    Medicine does ("[Internet]. Mayo Clinic; 2022. Available from: …")."""
    out, text = _import(site, capsys, "d09-word-posted-by.docx")
    article = site / re.search(r"^created (\S+)$", out, re.MULTILINE)[1]
    text = re.sub(r"^reviewed: <<[^>]*>>$", "reviewed: 2026-11-30", text, flags=re.M)
    text = re.sub(r"^published: .*$", "published: 2026-11-30", text, flags=re.M)
    # the source text is a public page kept as it was written
    text = text.replace(
        "\n---\n\n#",
        "\nsilence:\n  readability: a public page kept as written\n---\n\n#",
        1,
    )
    sentence = "psychological counseling or both."
    assert sentence in text
    text = text.replace(sentence, sentence[:-1] + " {footcite:p}`mayo2022depression`.")
    article.write_text(text, encoding="utf-8")
    assert run(site, "check") == 0, capsys.readouterr().out
    html = strict_build_page(site, article.relative_to(site).with_suffix(".html"))
    assert (
        "Mayo Clinic Staff. Depression (major depressive disorder) [Internet]. "
        "Mayo Clinic; 2022. Available from:" in html
    )


def test_keyword_suggestions_put_the_sites_keywords_first_and_no_fragments(
    site, capsys
):
    """d05 has no keyword section: the suggestions start with the site's own
    keywords ("Major depressive disorder"), and no part of one ("Major
    depressive") is offered as well."""
    out, _ = _import(site, capsys, "d05-attaining-peace-blog.html")
    [line] = [t for t in _todo(out) if "suggestions from its text" in t]
    offered = line.split("best first: ", 1)[1]
    words = [w.split(" (used by")[0].casefold() for w in offered.split(", ")]
    used = ["(used by" in w for w in offered.split(", ")]
    assert used == sorted(used, reverse=True)  # the site's keywords come first
    for i, word in enumerate(words):
        # a part of an earlier one, word for word ("major depressive")
        assert not any(f" {word} " in f" {other} " for other in words[:i]), offered


def test_a_sign_off_ends_the_source_list_signature_and_all():
    """What follows an email's sign-off under the sources (the writer's name and
    signature, with a phone number and a web address) is not read as a source; a
    later section's list is read again."""
    draft = parse_draft(
        "# Walking\n\nWalking helps [1].\n\nSources:\n1. PMID: 17074942\n\n"
        "Thanks,\nSam Okafor\nFreelance writer | 07700 900123 | https://example.org/sam"
        "\n\n## References\n\n2. PMID: 9167458\n",
        "d.txt",
    )
    assert [ref.pmid for _, ref in draft.sources] == ["17074942", "9167458"]
    assert [r.line for r in draft.removed if r.kind.startswith("not a source")] == [
        8,
        9,
        10,
    ]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Depression is common.¹ Many get better.", True),
        ("Talking therapies help anxiety²,³ and low mood.", True),
        ("A BMI over 30 kg/m² is obesity.", False),
        ("The body makes 10⁹ new cells.", False),
    ],
)
def test_superscript_digits_after_words_are_markers_not_exponents(text, cited):
    """Text copied from a page or Word keeps its markers as superscript digits."""
    draft = parse_draft(
        f"# Steps\n\n{text}\n\n## Sources\n\n1. PMID: 17074942\n2. PMID: 9167458\n"
        "3. PMID: 12345\n",
        "d.md",
    )
    article, _ = render_article(
        draft, ArticleFields(("a",), (), "2026-01-01", ("a", "b", "c"))
    )
    assert ("{footcite:p}`" in article) == cited
    assert ("¹" in article or "²" in article or "⁹" in article) != cited
