"""Give sphinxcontrib-bibtex only the BibTeX entries that parse.

One entry with an unbalanced brace makes sphinxcontrib-bibtex stop the whole build
("premature end of file", no file or line named). Our own reader parses entry by entry
and reports the broken one with its line; when a file has problems, bibtex is pointed
at a copy holding the entries that parsed, so every other article still builds.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from healthkb.extension.domain import get_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx

SANITISED_DIR = "healthkb-bib"


def use_readable_entries(app: Sphinx) -> None:
    """Swap each broken bib file in ``bibtex_bibfiles`` for its readable entries."""
    site = get_domain(app.env).site
    broken = {bib.path: bib for bib in site.bibliographies if bib.problems}
    if not broken:
        return
    folder = Path(app.doctreedir) / SANITISED_DIR
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name in app.config.bibtex_bibfiles or []:
        bib = broken.get(str(name))
        if bib is None:
            files.append(name)
            continue
        copy = folder / Path(str(name)).name
        # Rewrite only on change: bibtex's mtime check would re-read every article.
        if not copy.is_file() or copy.read_text(encoding="utf-8") != bib.clean_text:
            copy.write_text(bib.clean_text, encoding="utf-8")
        files.append(str(copy.resolve()))
    app.config.bibtex_bibfiles = files


def setup(app: Sphinx) -> None:
    # before sphinxcontrib-bibtex's builder-inited handler (priority 500) parses them
    app.connect("builder-inited", use_readable_entries, priority=400)
