"""sphinxcontrib-bibtex reads a checked copy of ``references.bib``.

One entry with an unbalanced brace makes pybtex stop with "premature end of file",
naming no file, and the whole build crashes. The site's own reader
(:mod:`healthkb.bib.read`) reads the file entry by entry and reports the broken
ones with their lines; the entries that could be read (``Bibliography.clean_text``)
are written under the doctree folder (never into the sources, never into the
published HTML) and sphinxcontrib-bibtex is pointed at that copy. The copy is only
rewritten when its text changes, so sphinxcontrib-bibtex's own cache stays valid.

This happens at ``config-inited``, before Sphinx compares the configuration with the
previous build's, so the (stable) path of the copy never looks like a config change.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from pybtex.plugin import register_plugin

from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.store import load_bibliography_cached
from healthkb.rules.source_rules import unused_entries
from healthkb.sphinxext.incremental.domain import bib_cache_dir, get_domain
from healthkb.sphinxext.problem_log import report

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment


def use_checked_copies(app: Sphinx, config: Config) -> None:
    """Point ``bibtex_bibfiles`` at copies holding only the entries that parse."""
    sources = [str(name) for name in (config.bibtex_bibfiles or [])]
    # Kept for the site's rules, which must name the editors' file and its lines.
    config._healthkb_source_bibfiles = sources
    folder = bib_cache_dir(app)  # with the parsed files
    copies = []
    for index, name in enumerate(sources):
        # parsed once per content: the site's own loader reuses this parse
        bib = load_bibliography_cached(Path(app.confdir) / name, name, folder)
        target = folder / f"{index}-{Path(name).name}"
        _write_if_changed(target, bib.clean_text)
        copies.append(from_confdir(target, Path(app.confdir)))
    config.bibtex_bibfiles = copies


def from_confdir(path: Path, confdir: Path) -> str:
    """*path* relative to conf.py's folder: an absolute one would put the build
    machine's folders into the config hash of ``.buildinfo`` (not reproducible)."""
    try:
        return os.path.relpath(path, confdir)
    except ValueError:  # another drive on Windows
        return str(path)


def _write_if_changed(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def report_unused(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Once per build, after every article is read: sources no article cites."""
    domain = get_domain(env)
    cited = (key for keys in domain.cites.values() for key in keys)
    report(env, unused_entries(domain.site.bibliographies, cited))
    return []


def setup(app: Sphinx) -> None:
    # The entry point in pyproject.toml finds the style once installed; registering
    # it here also makes a source checkout work without reinstalling.
    register_plugin("pybtex.style.formatting", "vancouver", VancouverStyle, force=True)
    app.connect("env-updated", report_unused)
