# healthkb site settings. Settings only: the logic lives in the healthkb package.
import os

project = "healthkb"
author = "The healthkb editorial team"
copyright = "2026, the healthkb editorial team"
language = "en"

extensions = ["healthkb"]  # loads myst_parser, sphinx_design and sphinxcontrib.bibtex

# Only site content is a source: the package, tests and tooling are not pages.
root_doc = "index"
include_patterns = [
    "index.md",
    "glossary.md",
    "sources.md",
    "articles/**/*.md",
    "about/*.md",
    "about/**/*.md",
    "contribute/*.md",
]
exclude_patterns = ["_build", ".venv", "**/.*", "README.md", "CONTRIBUTING.md"]
templates_path = ["_templates"]
html_static_path = ["_static"]

# Theme: furo (light pages, passes axe colour contrast, small named template blocks).
html_theme = "furo"
html_title = "healthkb"
html_css_files = ["healthkb.css", ("healthkb-print.css", {"media": "print"})]
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None
# Where the site is published. It gives canonical URLs, OpenGraph, sitemap.xml,
# feed.xml and the 404 page's links. Read the Docs sets READTHEDOCS_CANONICAL_URL;
# the GitHub Pages workflow sets HEALTHKB_BASEURL.
html_baseurl = os.environ.get("READTHEDOCS_CANONICAL_URL") or os.environ.get(
    "HEALTHKB_BASEURL", "https://healthkb.github.io/healthkb/"
)
ogp_site_name = "healthkb"
html_theme_options = {
    "navigation_with_keys": True,
    "top_of_page_buttons": [],
}

# MyST: raw HTML is always disabled by the healthkb extension, whatever is set here.
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3
suppress_warnings = ["myst.header"]

# Sources: one BibTeX file; references are numbered per article in order of first
# citation, in Vancouver (NLM) style (healthkb/bib/nlm_style.py).
bibtex_bibfiles = ["references.bib"]
bibtex_default_style = "vancouver"
# Keep each article's numbered references inside its References section (they are
# already in order of first citation), instead of MyST moving them to the page end.
myst_footnote_sort = False
bibtex_reference_style = "label"
bibtex_foot_reference_style = "foot"

# healthkb
healthkb_review_interval = 365
healthkb_related_max = 5
healthkb_report_url = (
    "https://github.com/healthkb/healthkb/issues/new?title=Problem+with+{page}"
)
healthkb_edit_url = "https://github.com/healthkb/healthkb/edit/main/{path}"
# Readers' search: Pagefind's chunked index (one query loads only what it needs),
# built after the HTML. `make serve` turns it off (-D healthkb_pagefind=0) and keeps
# Sphinx's searchindex.js, which is rebuilt quickly on every save.
healthkb_pagefind = True
# Repository files (trusted, reviewed with the code) that pages may paste in with
# {include}; every other include is refused (SECURITY.md).
healthkb_trusted_includes = ["CONTRIBUTING.md"]
