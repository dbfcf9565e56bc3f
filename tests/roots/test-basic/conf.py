project = "healthkb test site"
extensions = ["healthkb"]
html_theme = "furo"
templates_path = ["_templates"]
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence"]
bibtex_bibfiles = ["references.bib"]
healthkb_today = "2026-12-01"
healthkb_report_url = "https://example.org/report?page={page}"
healthkb_edit_url = "https://example.org/edit/{path}"
# as the shipped site: Vancouver references kept in each article's References section
bibtex_default_style = "vancouver"
myst_footnote_sort = False
