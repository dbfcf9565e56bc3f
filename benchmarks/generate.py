"""Generate a synthetic healthkb site of N articles, deterministic from a seed.

The corpus looks like the real site at scale: topics of ~25 articles, keywords from
a vocabulary with a long tail (Zipf), ~3 sources per article in one references.bib
(every source cited, a few popular ones cited by many articles), glossary terms and
{doc} cross-references. Every source is obviously fictional (DOI prefix 10.1000/).

``--bare`` writes the same articles for a plain Sphinx + MyST + sphinx-design site:
no healthkb, citations as plain text, references as a plain list.

    python benchmarks/generate.py OUT --articles 100 [--seed 7] [--bare]
"""

from __future__ import annotations

import argparse
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

ARTICLES_PER_TOPIC = 25
GLOSSARY_SIZE = 150
AUTHORS = 12


def _words(text: str) -> list[str]:
    return text.split()


WORDS = _words(
    "people with this condition often feel tired and find it hard to sleep "
    "well at night a doctor can help you plan small steps that make daily "
    "life easier over time walking every day may help the heart and lungs "
    "and it is safe for most adults talk to your nurse before you change a "
    "medicine or stop taking it on your own some studies found a small "
    "benefit but others found no clear change in how people felt the body "
    "needs water food rest and movement to stay strong and to heal after "
    "illness"
)
AREAS = _words(
    "heart lungs sleep skin bones joints eyes ears teeth kidneys liver "
    "stomach bowel blood brain nerves mood anxiety pregnancy childhood "
    "ageing diabetes thyroid allergy infection vaccines cancer pain fitness "
    "nutrition weight hormones bladder muscles immunity medicines surgery "
    "recovery memory stress"
)
KEYWORD_PARTS = _words(
    "care therapy risk test screening diet exercise medicine symptom "
    "recovery treatment prevention support trial sleep pain stress health "
    "check plan"
)


@dataclass
class Article:
    index: int
    topic: str
    slug: str
    title: str
    keywords: list[str]
    secondary: list[str]
    sources: list[int]
    terms: list[str]
    links: list[int] = field(default_factory=list)

    @property
    def docname(self) -> str:
        return f"articles/{self.topic}/{self.slug}"


def zipf_index(rng: random.Random, size: int) -> int:
    """An index in [0, size) with P(k) ~ 1/k²-ish: a few very common, a long tail."""
    while True:
        value = int(rng.paretovariate(1.0)) - 1
        if value < size:
            return value


def _label(topic: str) -> str:
    return topic.replace("-", " ").capitalize()


def topic_names(count: int) -> list[str]:
    names = []
    for i in range(count):
        area = AREAS[i % len(AREAS)]
        names.append(area if i < len(AREAS) else f"{area}-{i // len(AREAS) + 1}")
    return names


def keyword_vocabulary(size: int) -> list[str]:
    """Distinct two-word keywords: "Heart care", "Sleep therapy 3", ..."""
    words = [f"{a.capitalize()} {b}" for a in AREAS for b in KEYWORD_PARTS]
    return [
        words[i % len(words)] + (f" {i // len(words) + 1}" if i >= len(words) else "")
        for i in range(size)
    ]


def glossary_terms() -> list[str]:
    return [
        f"{AREAS[i % len(AREAS)].capitalize()} term {i + 1}"
        for i in range(GLOSSARY_SIZE)
    ]


def glossary_page(*, myst: bool = False) -> str:
    """The glossary page: Sphinx's glossary (term, indented definition) or, for
    mystmd (``myst``), a definition list."""
    fence, close, lead = (
        (":::{glossary}", ":::", ": ") if myst else ("```{glossary}", "```", "  ")
    )
    lines = ["# Glossary", "", fence]
    for term in glossary_terms():
        lines += [
            term,
            f"{lead}A plain explanation of the word {term.lower()} for readers.",
            "",
        ]
    return "\n".join([*lines, close, ""])


def plan(n: int, seed: int) -> list[Article]:
    """Decide every article's topic, keywords, sources, terms and links."""
    rng = random.Random(seed)
    topics = topic_names(max(4, round(n / ARTICLES_PER_TOPIC)))
    vocabulary = keyword_vocabulary(max(300, n // 2))
    rng.shuffle(vocabulary)  # so the common keywords are not all from one area
    terms = glossary_terms()
    articles = []
    for i in range(n):
        topic = topics[i % len(topics)]
        picked: list[str] = []
        wanted = rng.randint(5, 8)
        while len(picked) < wanted:
            word = vocabulary[zipf_index(rng, len(vocabulary))]
            if word not in picked:
                picked.append(word)
        primary = rng.randint(3, min(5, len(picked)))
        sources = [3 * i, 3 * i + 1, 3 * i + 2]
        if i and rng.random() < 0.5:  # a popular source shared by many articles
            shared = zipf_index(rng, 3 * i)
            if shared not in sources:
                sources.append(shared)
        articles.append(
            Article(
                index=i,
                topic=topic,
                slug=f"{topic}-note-{i + 1}",
                title=f"{_label(topic)} note {i + 1}: "
                + " and ".join(picked[:2]).lower(),
                keywords=picked[:primary],
                secondary=picked[primary:],
                sources=sources,
                terms=rng.sample(terms, 3),
            )
        )
    for article in articles:
        article.links = rng.sample(range(n), min(2, n - 1)) if n > 1 else []
        article.links = [j for j in article.links if j != article.index]
    return articles


def source_key(index: int) -> str:
    return f"bench{index:06d}study"


def bib_entry(index: int) -> str:
    return (
        f"@article{{{source_key(index)},\n"
        f"  author  = {{Testwriter, Alex and Example, Sam}},\n"
        f"  title   = {{Synthetic benchmark study number {index + 1}}},\n"
        f"  journal = {{Journal of Test Medicine}},\n"
        f"  year    = {{{2000 + index % 26}}},\n"
        f"  volume  = {{{1 + index % 40}}},\n"
        f"  pages   = {{{1 + index % 300}--{10 + index % 300}}},\n"
        f"  doi     = {{10.1000/bench.{index:06d}}}\n"
        "}\n"
    )


def plain_source(index: int) -> str:
    return (
        f"Testwriter A, Example S. Synthetic benchmark study number {index + 1}. "
        f"Journal of Test Medicine. {2000 + index % 26}. doi:10.1000/bench.{index:06d}"
    )


def _sentence(rng: random.Random, words: int = 12) -> str:
    start = rng.randrange(len(WORDS))
    text = " ".join(WORDS[(start + k) % len(WORDS)] for k in range(words))
    return text[0].upper() + text[1:] + "."


def article_text(
    article: Article, articles: list[Article], seed: int, words: int, bare: bool
) -> str:
    rng = random.Random(seed * 1_000_003 + article.index)

    def cite(source: int) -> str:
        if bare:
            return f"(Testwriter {2000 + source % 26})"
        return f"{{footcite:p}}`{source_key(source)}`"

    sections = max(2, words // 200)
    paragraphs_per_section = 2
    per_paragraph = max(20, words // (sections * paragraphs_per_section))
    body = [f"# {article.title}", "", " ".join(_sentence(rng) for _ in range(2)), ""]
    extras = [f"{{term}}`{t}`" for t in article.terms]
    extras += [f"{{doc}}`/{articles[j].docname}`" for j in article.links]
    citations = list(article.sources) + [
        rng.choice(article.sources) for _ in range(rng.randint(0, 4))
    ]
    slots = sections * paragraphs_per_section
    for s in range(sections):
        body += [f"## Part {s + 1} of the note", ""]
        for p in range(paragraphs_per_section):
            slot = s * paragraphs_per_section + p
            text = " ".join(_sentence(rng) for _ in range(max(1, per_paragraph // 12)))
            mine = [citations[k] for k in range(len(citations)) if k % slots == slot]
            extra = [extras[k] for k in range(len(extras)) if k % slots == slot]
            if extra:
                text += " See " + ", ".join(extra) + "."
            if mine:
                text = text[:-1] + " " + " ".join(cite(c) for c in mine) + "."
            body += [text, ""]
    if bare:
        body += (
            ["## References", ""]
            + [f"{n + 1}. {plain_source(c)}" for n, c in enumerate(article.sources)]
            + [""]
        )
    keywords = ", ".join(article.keywords)
    front = [
        "---",
        "description: A synthetic benchmark note about "
        f"{_label(article.topic).lower()} for build measurements.",
        f"authors: [author-{article.index % AUTHORS}]",
        f"reviewers: [author-{(article.index + 1) % AUTHORS}]",
        f"published: 2026-{1 + article.index % 6:02d}-{1 + article.index % 28:02d}",
        f"reviewed: 2026-{7 + article.index % 5:02d}-{1 + article.index % 28:02d}",
        "review-due: 2027-12-31",
        f"keywords: [{keywords}]",
    ]
    if article.secondary:
        front.append(f"secondary-keywords: [{', '.join(article.secondary)}]")
    return "\n".join([*front, "---", "", *body])


CONF = """# Synthetic benchmark site ({kind}).
project = "healthkb benchmark"
extensions = {extensions}
html_theme = "furo"
root_doc = "index"
include_patterns = ["index.md", "glossary.md", "articles/**/*.md"]
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
suppress_warnings = ["myst.header"]
html_copy_source = False
html_show_sourcelink = False
{extra}
"""
HEALTHKB_CONF = """templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["healthkb.css"]
bibtex_bibfiles = ["references.bib"]
bibtex_default_style = "vancouver"
myst_footnote_sort = False
bibtex_reference_style = "label"
bibtex_foot_reference_style = "foot"
healthkb_today = "2026-12-01"
# as a published site: canonical links, sitemap.xml and feed.xml are written
html_baseurl = "https://health.example.org/"
"""
#: the shipped site's templates and styles (healthkb's pages need them)
REPO = Path(__file__).resolve().parent.parent


def write_site(
    out: Path, n: int, seed: int = 7, *, bare: bool = False, words: int = 600
) -> list[Article]:
    """Write the site into *out* (replaced if it exists) and return the plan."""
    if out.exists():
        shutil.rmtree(out)
    articles = plan(n, seed)
    topics = sorted({a.topic for a in articles})
    extensions = '["myst_parser", "sphinx_design"]' if bare else '["healthkb"]'
    out.mkdir(parents=True)
    (out / "conf.py").write_text(
        CONF.format(
            kind="bare" if bare else "healthkb",
            extensions=extensions,
            extra="" if bare else HEALTHKB_CONF,
        )
    )
    (out / "index.md").write_text(
        "# Benchmark site\n\nSynthetic articles for build measurements.\n\n"
        "```{toctree}\n:maxdepth: 1\n:glob:\n\narticles/*/index\n```\n\n"
        "```{toctree}\n:maxdepth: 1\n\nglossary\n```\n"
    )
    (out / "glossary.md").write_text(glossary_page())
    for topic in topics:
        folder = out / "articles" / topic
        folder.mkdir(parents=True)
        title = topic.replace("-", " ").capitalize()
        # as the shipped topic pages: healthkb's article list (titles, descriptions,
        # dates) and a hidden toctree for the navigation; the bare site lists its
        # articles with a visible toctree
        listing = (
            "```{toctree}\n:maxdepth: 1\n:glob:\n\n*\n```\n"
            if bare
            else f"```{{article-list}}\n:topic: {topic}\n```\n\n"
            "```{toctree}\n:hidden:\n:glob:\n\n*\n```\n"
        )
        (folder / "index.md").write_text(
            f"# {title}\n\nArticles about {title.lower()}.\n\n{listing}"
        )
    for article in articles:
        path = out / f"{article.docname}.md"
        path.write_text(article_text(article, articles, seed, words, bare))
    if not bare:
        for folder in ("_templates", "_static"):
            shutil.copytree(REPO / folder, out / folder)
        (out / "authors.yml").write_text(
            "".join(
                f"author-{k}:\n  name: Test Author {k}\n  role: Health Editor\n"
                for k in range(AUTHORS)
            )
        )
        (out / "references.bib").write_text(
            "\n".join(bib_entry(k) for k in range(3 * n))
        )
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args(argv)
    write_site(args.out, args.articles, args.seed, bare=args.bare, words=args.words)
    print(f"wrote {args.articles} articles to {args.out}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
