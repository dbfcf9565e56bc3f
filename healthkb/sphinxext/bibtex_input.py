"""sphinxcontrib-bibtex prints healthkb's parse of ``references.bib``; it parses nothing.

One entry with an unbalanced brace makes pybtex stop with "premature end of file",
naming no file, and the whole build crashes. The site's own reader
(:mod:`healthkb.bib.read`) reads the file entry by entry and reports the broken
ones with their lines; the entries it could read (``Bibliography.data``, kept by
:mod:`healthkb.bib.store`) are handed to sphinxcontrib-bibtex at ``builder-inited``,
before its own handler, as an up-to-date parse of the ``bibtex_bibfiles``
(:func:`healthkb._compat.give_bibtex_entries`). So the checker, the sources page's
NLM style and bibtex's citations read one parse, made once per change of the file,
and a refused entry never reaches bibtex. ``bibtex_bibfiles`` itself is left as
conf.py says: the site's settings read it (``SiteSettings.bibfiles``) and
:func:`bibfile_paths` resolves it as bibtex does.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from pybtex.plugin import register_plugin

from healthkb._compat import (
    BIBTEX_PARSES_AT,
    check_bibtex_entries,
    give_bibtex_entries,
)
from healthkb.bib.nlm_style import VancouverStyle
from healthkb.bib.read import pybtex_data
from healthkb.rules.source_rules import unused_entries
from healthkb.sphinxext.incremental.domain import get_domain
from healthkb.sphinxext.problem_log import report
from healthkb.sphinxext.speedups.shared_bibdata import by_reference

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def bibfile_paths(app: Sphinx) -> list[Path]:
    """The editors' ``.bib`` files, resolved as sphinxcontrib-bibtex resolves them
    (against conf.py's folder)."""
    names = get_domain(app.env).site.settings.bibfiles
    return [(Path(app.confdir) / name).resolve() for name in names]


def hand_entries_to_bibtex(app: Sphinx) -> None:
    """Before sphinxcontrib-bibtex's ``builder-inited``: the site's parse is its."""
    env = app.env
    bibs = get_domain(env).site.bibliographies
    data = by_reference(app, bibs, pybtex_data(bibs))
    files, seen = [], set[str]()
    for path, bib in zip(bibfile_paths(app), bibs, strict=True):
        keys = [key for key in bib.data.entries if key.casefold() not in seen]
        seen.update(key.casefold() for key in keys)  # the first file's, as pybtex_data
        files.append((path, keys))
    give_bibtex_entries(env, files, data, app.config.bibtex_encoding)
    app._healthkb_bibtex_data = data  # type: ignore[attr-defined]


def check_bibtex_kept_them(app: Sphinx) -> None:
    check_bibtex_entries(app.env, app._healthkb_bibtex_data)  # type: ignore[attr-defined]


def from_confdir(path: Path, confdir: Path) -> str:
    """*path* relative to conf.py's folder: an absolute one would put the build
    machine's folders into the config hash of ``.buildinfo`` (not reproducible)."""
    try:
        return os.path.relpath(path, confdir)
    except ValueError:  # another drive on Windows
        return str(path)


def report_unused(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Once per build, after every article is read: sources no article cites."""
    domain = get_domain(env)
    bibs, cites = domain.site.bibliographies, domain.cites
    # the same sources and citations as last time (a save in the preview that
    # changed no citation): the same problems, reported again as sphinx-build would
    kept = getattr(domain, _UNUSED, None)
    if not (
        kept is not None
        and kept[0] is bibs
        and kept[1].keys() == cites.keys()
        and all(kept[1][d] is keys or kept[1][d] == keys for d, keys in cites.items())
    ):
        cited = (key for keys in cites.values() for key in keys)
        kept = (bibs, dict(cites), unused_entries(bibs, cited))
        setattr(domain, _UNUSED, kept)
    report(env, kept[2])
    return []


#: attribute of the domain object (not pickled): the last unused-source problems,
#: with the bibliographies and citations they were found for
_UNUSED = "_healthkb_unused_sources"


def setup(app: Sphinx) -> None:
    # The entry point in pyproject.toml finds the style once installed; registering
    # it here also makes a source checkout work without reinstalling.
    register_plugin("pybtex.style.formatting", "vancouver", VancouverStyle, force=True)
    app.connect("builder-inited", hand_entries_to_bibtex, priority=BIBTEX_PARSES_AT - 1)
    app.connect("builder-inited", check_bibtex_kept_them, priority=BIBTEX_PARSES_AT + 1)
    app.connect("env-updated", report_unused)
