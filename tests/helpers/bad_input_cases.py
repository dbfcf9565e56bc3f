"""The bad-input matrix: one broken input per case, applied to a copy of ``test-basic``.

Each case says where the editor must be sent (file, line) and a piece of the message
that tells them what to do. ``build`` lists what the Sphinx build must say when it
differs from ``healthkb check`` (Sphinx's own located warning for cross-references).
Sources are fictional (Journal of Test Cardiology, DOI prefix 10.1000/).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

NEW = "articles/heart/new-article.md"
#: The always-good article: it must build in every case.
GOOD = "articles/lungs/breathing-exercises"
GOOD_TITLE = "Breathing exercises after pneumonia"

# Lines: 1 ---, 2 description, 3 authors, 4 published, 5 reviewed, 6 keywords, 7 ---,
# 9 title, 11 body; text appended with ``append`` starts on line 13.
ARTICLE = """---
description: A fictional test article about walking.
authors: [ada-jones]
published: 2026-01-10
reviewed: 2026-06-01
keywords: [Heart health, Walking, Exercise]
---

# Walking for a healthy heart

Walking most days helps the heart {footcite:p}`smith2020heart`.
"""


@dataclass(frozen=True)
class Expect:
    path: str
    line: int | None
    text: str


@dataclass(frozen=True)
class Case:
    id: str
    area: str
    edit: Callable[[Path], None]
    check: tuple[Expect, ...]
    #: what the build says, when not the same words as the check
    build: tuple[Expect, ...] | None = None


def write(path: str, text: str | bytes) -> Callable[[Path], None]:
    def edit(site: Path) -> None:
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8", newline="")

    return edit


def article(
    old: str = "", new: str = "", *, append: str = "", path: str = NEW
) -> Callable[[Path], None]:
    """The good new article with one replacement and/or text appended (line 13 on)."""
    assert old in ARTICLE
    text = ARTICLE.replace(old, new, 1) if old else ARTICLE
    return write(path, text + ("\n" + append if append else ""))


def replace(path: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(site: Path) -> None:
        target = site / path
        text = target.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def delete(path: str) -> Callable[[Path], None]:
    return lambda site: (site / path).unlink()


def both(*edits: Callable[[Path], None]) -> Callable[[Path], None]:
    def edit(site: Path) -> None:
        for step in edits:
            step(site)

    return edit


#: the line a setting appended to test-basic's conf.py is on
CONF_LINE = (
    Path(__file__).parent.parent / "roots/test-basic/conf.py"
).read_text().count("\n") + 1


def conf(line: str) -> Callable[[Path], None]:
    """Append one setting to conf.py (it becomes line ``CONF_LINE``)."""

    def edit(site: Path) -> None:
        conf_py = site / "conf.py"
        text = conf_py.read_text(encoding="utf-8")
        assert text.endswith("\n") and text.count("\n") == CONF_LINE - 1
        conf_py.write_text(text + line + "\n", encoding="utf-8")

    return edit


def alias_bomb() -> str:
    names = "abcdefgh"
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip(names, names[1:], strict=False):
        lines.append(f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]")
    return ARTICLE.replace("---\n", "---\n" + "\n".join(lines) + "\n", 1)


DUP_BIB = """
@article{lee2021lungs,
  author  = {Lee, Min},
  title   = {A second entry with the same key},
  journal = {Test Respiratory Journal},
  year    = {2022},
  doi     = {10.1000/trj.2022.001}
}
"""


def append_bib(site: Path) -> None:
    bib = site / "references.bib"
    bib.write_text(bib.read_text(encoding="utf-8") + DUP_BIB, encoding="utf-8")


def e(path: str, line: int | None, text: str) -> tuple[Expect, ...]:
    return (Expect(path, line, text),)


CASES: tuple[Case, ...] = (
    # --- front matter and file ------------------------------------------------------
    Case(
        "empty-file",
        "front matter",
        write(NEW, ""),
        e(NEW, 1, "has no front matter: start the file"),
    ),
    Case(
        "only-front-matter",
        "front matter",
        write(NEW, ARTICLE.split("\n# ")[0]),
        e(NEW, 8, "has no title: add one line '# Title"),
    ),
    Case(
        "non-utf8-bytes",
        "front matter",
        write(NEW, ARTICLE.encode() + "\nCafé au lait.\n".encode("latin-1")),
        e(NEW, 13, "is not UTF-8 text (byte 0xe9 on this line): save it as UTF-8"),
    ),
    Case(
        "bom-and-bad-date",
        "front matter",
        write(NEW, "\ufeff" + ARTICLE.replace("2026-01-10", "2026-13-01")),
        e(NEW, 4, "'published' is not a real date"),
    ),
    Case(
        "windows-line-endings",
        "front matter",
        write(NEW, ARTICLE.replace("2026-06-01", "2026-06-31").replace("\n", "\r\n")),
        e(NEW, 5, "'reviewed' is not a real date"),
    ),
    Case(
        "old-mac-line-endings",
        "front matter",
        write(NEW, ARTICLE.replace("authors: [ada-jones]\n", "").replace("\n", "\r")),
        e(NEW, 1, "the required field 'authors' is missing: add 'authors: [key]'"),
    ),
    Case(
        "tab-in-yaml",
        "front matter",
        article("authors: [ada-jones]", "authors:\n\t- ada-jones"),
        e(NEW, 4, "contains a tab character: YAML needs spaces"),
    ),
    Case(
        "yaml-alias-bomb",
        "front matter",
        write(NEW, alias_bomb()),
        e(NEW, 2, "anchors and aliases (&name, *name) are not allowed"),
    ),
    Case(
        "five-megabyte-article",
        "front matter",
        article(append="Walking is good for the heart and the mind.\n" * 120_000),
        e(
            NEW,
            1,
            "over the 2 MB limit for one article: split it into several articles",
        ),
    ),
    Case(
        "impossible-date",
        "front matter",
        article("2026-01-10", "2026-02-30"),
        e(NEW, 4, "'published' is not a real date (2026-02-30"),
    ),
    Case(
        "date-not-iso",
        "front matter",
        article("2026-01-10", "10/01/2026"),
        e(NEW, 4, "'published' must be a date written YYYY-MM-DD"),
    ),
    Case(
        "reviewed-before-published",
        "front matter",
        article("reviewed: 2026-06-01", "reviewed: 2025-06-01"),
        e(NEW, 5, "is before 'published'"),
    ),
    Case(
        "description-is-a-list",
        "front matter",
        article(
            "description: A fictional test article about walking.",
            "description: [one, two]",
        ),
        e(NEW, 2, "'description' must be text, not a list"),
    ),
    Case(
        "front-matter-never-closed",
        "front matter",
        write(NEW, ARTICLE.replace("]\n---\n", "]\n", 1)),
        e(NEW, 1, "is never closed: add a line '---'"),
    ),
    Case(
        "yaml-syntax-error",
        "front matter",
        article(
            "keywords: [Heart health, Walking, Exercise]",
            "keywords: [Heart health, Walking",
        ),
        e(NEW, 6, "is not valid YAML (expected ',' or ']'"),
    ),
    Case(
        "front-matter-not-a-mapping",
        "front matter",
        write(NEW, "---\n- one\n- two\n---\n\n# A list\n"),
        e(NEW, 2, "must be a list of 'field: value' lines"),
    ),
    Case(
        "myst-settings-in-front-matter",
        "front matter",
        article("]\n---\n", "]\nmyst:\n  disable_syntax: []\n---\n"),
        e(NEW, 7, "'myst' in the front matter would change how this page is read"),
    ),
    Case(
        "html-meta-in-front-matter",
        "front matter",
        article(
            "]\n---\n",
            ']\nhtml_meta: {"http-equiv=refresh": "0; url=https://example.org"}\n---\n',
        ),
        e(NEW, 7, "'html_meta' in the front matter would change"),
    ),
    Case(
        "field-given-twice",
        "front matter",
        article("]\n---\n", "]\npublished: 2026-02-01\n---\n"),
        e(NEW, 7, "'published' is given twice (also on line 4): keep one"),
    ),
    Case(
        "unknown-author",
        "front matter",
        article("[ada-jones]", "[nobody-known]"),
        e(NEW, 3, "'nobody-known' in 'authors' is not a key in authors.yml"),
    ),
    Case(
        "related-names-no-article",
        "front matter",
        article("]\n---\n", "]\nrelated: [no-such-article]\n---\n"),
        e(NEW, 7, "related article 'no-such-article' does not exist: give its path"),
    ),
    # --- body -------------------------------------------------------------------------
    Case(
        "no-title",
        "body",
        article("# Walking for a healthy heart", "Walking for a healthy heart"),
        e(NEW, 8, "has no title: add one line '# Title"),
    ),
    Case(
        "two-titles",
        "body",
        article(append="# A second title\n"),
        e(NEW, 13, "a second top-level heading '# A second title'"),
    ),
    Case(
        "ai-chatter",
        "body",
        article(append="As an AI language model, I cannot give medical advice.\n"),
        e(NEW, 13, "drafting leftover 'As an AI': remove it"),
    ),
    Case(
        "placeholder",
        "body",
        article(append="<<describe who should not walk>>\n"),
        e(NEW, 13, "placeholder <<describe who should not walk>> is not filled in"),
    ),
    Case(
        "raw-html-block",
        "body",
        article(append="<script>alert('x')</script>\n"),
        e(NEW, 13, "raw HTML is not allowed in articles"),
    ),
    Case(
        "javascript-link",
        "body",
        article(append="[Click here](javascript:alert(1))\n"),
        e(NEW, 13, "links must be https://, http:// or mailto:"),
    ),
    Case(
        "raw-directive",
        "body",
        article(append="```{raw} html\n<b>bold</b>\n```\n"),
        e(NEW, 13, "the raw directive is not allowed"),
    ),
    Case(
        "doc-link-to-missing-article",
        "body",
        article(append="See {doc}`no-such-article` for more.\n"),
        e(NEW, 13, "the link {doc}`no-such-article` names no page"),
    ),
    Case(
        "article-in-no-toctree",
        "body",
        both(
            article(),
            replace(
                "articles/heart/index.md", ":glob:\n\n*", "walking-and-heart-health"
            ),
        ),
        e(NEW, 1, "articles/heart/index.md does not list this article"),
    ),
    Case(
        "topic-folder-without-index",
        "body",
        article(path="articles/kidneys/kidney-care.md"),
        e(
            "articles/kidneys/kidney-care.md",
            1,
            "the folder articles/kidneys/ has no index.md",
        ),
    ),
    Case(
        "article-outside-topic-folder",
        "body",
        article(path="articles/loose-article.md"),
        e("articles/loose-article.md", 1, "in no topic folder, so it is not checked"),
    ),
    Case(
        "topic-page-not-utf8",
        "body",
        write(
            "articles/heart/index.md",
            "# C\xf6ur\n\n```{toctree}\n:glob:\n\n*\n```\n".encode("latin-1"),
        ),
        e("articles/heart/index.md", 1, "is not UTF-8 text (byte 0xf6 on this line)"),
    ),
    Case(
        "duplicate-slug-in-two-topics",
        "body",
        write(
            "articles/lungs/walking-and-heart-health.md",
            ARTICLE.replace(
                "# Walking for a healthy heart", "# Walking and lung health"
            ),
        ),
        e(
            "articles/lungs/walking-and-heart-health.md",
            1,
            "same file name as articles/heart/walking-and-heart-health.md",
        ),
    ),
    Case(
        "duplicate-title",
        "body",
        article("# Walking for a healthy heart", "# Walking and heart health"),
        e("articles/heart/walking-and-heart-health.md", 1, f"same title as {NEW}"),
    ),
    Case(
        "citation-key-different-case",
        "body",
        article("`smith2020heart`", "`Smith2020Heart`"),
        e(NEW, 11, "keys are case-sensitive: write 'smith2020heart'"),
    ),
    Case(
        "citation-key-unknown",
        "body",
        article("`smith2020heart`", "`nobody1999nothing`"),
        e(NEW, 11, "the citation key 'nobody1999nothing' is not in references.bib"),
    ),
    # --- bibliography -----------------------------------------------------------------
    Case(
        "bib-unbalanced-brace",
        "bibliography",
        replace("references.bib", "title   = {Walking", "title   = {{Walking"),
        e("references.bib", 1, "check that every '{' has its '}'"),
    ),
    Case(
        "bib-duplicate-key",
        "bibliography",
        append_bib,
        e(
            "references.bib",
            22,
            "the key 'lee2021lungs' is used by two entries, first on line 12",
        ),
    ),
    Case(
        "bib-not-utf8",
        "bibliography",
        lambda site: (site / "references.bib").write_bytes(
            (site / "references.bib")
            .read_text(encoding="utf-8")
            .replace("Garcia", "García")
            .encode("latin-1")
        ),
        e("references.bib", 13, "the bibliography is not UTF-8 text: save it as UTF-8"),
    ),
    Case(
        "bib-entry-without-year",
        "bibliography",
        replace("references.bib", "  year    = {2021},\n", ""),
        e(
            "references.bib",
            12,
            "the source 'lee2021lungs' has no year: add year = {YYYY}",
        ),
    ),
    Case(
        "bib-invalid-doi",
        "bibliography",
        replace("references.bib", "{10.1000/jtc.2020.001}", "{not-a-doi}"),
        # the field's junk is left out with a warning at its line; the entry then
        # has no identifier, an error at the entry
        e(
            "references.bib",
            9,
            "the DOI field of 'smith2020heart' holds 'not-a-doi', which is not a DOI",
        ),
    ),
    Case(
        "bib-file-missing",
        "bibliography",
        delete("references.bib"),
        e("references.bib", 1, "cannot read the bibliography"),
    ),
    # --- authors.yml ------------------------------------------------------------------
    Case(
        "authors-file-missing",
        "authors",
        delete("authors.yml"),
        e("authors.yml", 1, "authors.yml is missing: create it"),
    ),
    Case(
        "authors-invalid-yaml",
        "authors",
        replace("authors.yml", "  role: Health Editor", "  role: [Health Editor"),
        e("authors.yml", 3, "authors.yml is not valid YAML: parsing a flow sequence"),
    ),
    Case(
        "authors-entry-without-name",
        "authors",
        replace("authors.yml", "  name: Dr Ben Okafor\n", ""),
        e("authors.yml", 4, "'ben-okafor' needs name: add them as text"),
    ),
    Case(
        "authors-javascript-link",
        "authors",
        replace(
            "authors.yml",
            "  role: Health Editor\n",
            "  role: Health Editor\n  link: javascript:alert(1)\n",
        ),
        e("authors.yml", 1, "'ada-jones': link must start with https://"),
    ),
    Case(
        "authors-key-given-twice",
        "authors",
        lambda site: (site / "authors.yml").write_text(
            (site / "authors.yml").read_text(encoding="utf-8")
            + "ada-jones:\n  name: Dr Ada Jones-Smith\n  role: Health Editor\n",
            encoding="utf-8",
        ),
        e("authors.yml", 12, "'ada-jones' is given twice (also on line 1): keep one"),
    ),
    Case(
        "authors-not-a-mapping",
        "authors",
        write("authors.yml", "- ada-jones\n- ben-okafor\n"),
        e("authors.yml", 1, "must be a list of 'field: value' lines"),
    ),
    Case(
        "authors-not-utf8",
        "authors",
        write(
            "authors.yml",
            "ada-jones:\n  name: Dr Ada Jon\xe9s\n  role: Health Editor\n".encode(
                "latin-1"
            ),
        ),
        e("authors.yml", 2, "authors.yml is not UTF-8 text (byte 0xe9 on this line)"),
    ),
    # --- glossary ---------------------------------------------------------------------
    Case(
        "glossary-term-missing",
        "glossary",
        article(append="Ask a {term}`physiotherapist` about walking.\n"),
        e(
            NEW,
            13,
            "the term 'physiotherapist' is not in the glossary: add it to glossary.md",
        ),
    ),
    Case(
        "glossary-duplicate-term",
        "glossary",
        replace(
            "glossary.md", "```\n", "\ncardiologist\n  A heart doctor, again.\n```\n"
        ),
        e(
            "glossary.md",
            7,
            "the term 'cardiologist' is already defined (glossary.md:4)",
        ),
    ),
    Case(
        "glossary-not-utf8",
        "glossary",
        write(
            "glossary.md",
            "# Glossary\n\n```{glossary}\nCardiologist\n"
            "  A heart doct\xf6r.\n```\n".encode("latin-1"),
        ),
        e(
            "glossary.md",
            5,
            "is not UTF-8 text (byte 0xf6 on this line): save it as UTF-8",
        ),
    ),
    # --- keywords ---------------------------------------------------------------------
    Case(
        "too-few-keywords",
        "keywords",
        article("[Heart health, Walking, Exercise]", "[Walking]"),
        e(NEW, 6, "has 1 keywords: give 3 to 10"),
    ),
    Case(
        "too-many-keywords",
        "keywords",
        article(
            "[Heart health, Walking, Exercise]",
            "[" + ", ".join(f"Topic {n}" for n in range(11)) + "]",
        ),
        e(NEW, 6, "has 11 keywords: give 3 to 10"),
    ),
    Case(
        "duplicate-keyword",
        "keywords",
        article("Walking, Exercise]", "Walking, Exercise, walking]"),
        e(NEW, 6, "the keyword 'walking' is listed twice"),
    ),
    Case(
        "keywords-not-a-list",
        "keywords",
        article("[Heart health, Walking, Exercise]", "{Heart health: yes}"),
        e(NEW, 6, "'keywords' must be a list of words or phrases"),
    ),
    Case(
        "keywords-empty",
        "keywords",
        article("[Heart health, Walking, Exercise]", "[]"),
        e(NEW, 1, "the required field 'keywords' is missing"),
    ),
    # --- configuration (conf.py) ------------------------------------------------------
    Case(
        "conf-review-interval-text",
        "configuration",
        conf('healthkb_review_interval = "a year"'),
        e(
            "conf.py",
            CONF_LINE,
            "healthkb_review_interval must be a whole number, not 'a year': "
            "fix it in conf.py",
        ),
    ),
    Case(
        "conf-related-max-text",
        "configuration",
        conf('healthkb_related_max = "five"'),
        e(
            "conf.py",
            CONF_LINE,
            "healthkb_related_max must be a whole number, not 'five'",
        ),
    ),
    Case(
        "conf-disclaimer-not-text",
        "configuration",
        conf("healthkb_disclaimer = 5"),
        e("conf.py", CONF_LINE, "healthkb_disclaimer must be text in quotes, not 5"),
    ),
    Case(
        "conf-bibfiles-not-a-list",
        "configuration",
        replace("conf.py", '["references.bib"]', '"references.bib"'),
        e("conf.py", 7, "bibtex_bibfiles must be a list of file names"),
    ),
    Case(
        "conf-review-interval-negative",
        "configuration",
        conf("healthkb_review_interval = -5"),
        e(
            "conf.py",
            CONF_LINE,
            "must be a positive number of days, not -5: fix it in conf.py",
        ),
    ),
    Case(
        "conf-today-impossible-date",
        "configuration",
        replace("conf.py", '"2026-12-01"', '"2026-02-30"'),
        e("conf.py", 8, "healthkb_today '2026-02-30' is not a real date"),
    ),
    Case(
        "conf-articles-dir-missing",
        "configuration",
        conf('healthkb_articles_dir = "posts"'),
        e("conf.py", CONF_LINE, "the articles folder 'posts' does not exist"),
    ),
    Case(
        "conf-authors-file-missing",
        "configuration",
        conf('healthkb_authors_file = "people.yml"'),
        e("people.yml", 1, "people.yml is missing: create it"),
    ),
    Case(
        "conf-bibfile-missing",
        "configuration",
        replace("conf.py", '["references.bib"]', '["sources.bib"]'),
        e("sources.bib", 1, "cannot read the bibliography"),
    ),
)
