"""Re-read only the articles whose sources changed when references.bib changes.

Sphinx re-reads a document when a file it depends on is newer, and both our reader
and sphinxcontrib-bibtex's ``{footbibliography}`` used to make every article depend
on the whole ``references.bib``: appending one source re-read the whole site. Instead,
each article keeps a fingerprint of every entry it cites (taken when it is read), its
dependency on the .bib file is dropped, and ``env-get-outdated`` re-reads exactly the
articles whose cited entries changed, appeared or disappeared. Pages that list every
source (a ``{bibliography}`` directive) keep their file dependency.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from healthkb.sphinxext.incremental.domain import get_domain, register_per_doc

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from healthkb.model.site import Site
    from healthkb.sphinxext.incremental.domain import ArticleDomain

#: domain-data key: docname -> {citation key: entry fingerprint ("" if missing)}
KEY = "cited_entries"


def site_fingerprints(site: Site) -> dict[str, str]:
    """Every key in the site's bibliographies -> its fingerprint (first file wins),
    with its retraction standing."""
    found: dict[str, str] = {}
    for bib in site.bibliographies:
        for key, digest in bib.entry_fingerprints().items():
            found.setdefault(key, digest)
    # a new retraction or correction re-reads the citing articles (label, verdict)
    for key, standing in site.standings.items():
        if key in found and (standing.notices or standing.known):
            found[key] += f":{standing.digest()}"
    return found


def changed_citers(
    stored: dict[str, dict[str, str]], current: dict[str, str]
) -> set[str]:
    """Documents citing an entry whose fingerprint is not the stored one."""
    return {
        doc
        for doc, cited in stored.items()
        if any(current.get(k, "") != h for k, h in cited.items())
    }


def _bib_paths(env: BuildEnvironment) -> set[Path]:
    """The editors' .bib files (sphinxcontrib-bibtex reads healthkb's parse of them)."""
    names = get_domain(env).site.settings.bibfiles
    return {(Path(env.srcdir) / name).resolve() for name in names}


def _data(env: BuildEnvironment) -> dict[str, dict[str, str]]:
    """Per-article fingerprints of the cited entries (purged and merged by the domain)."""
    # env.domaindata, not get_domain(): a parallel reader's env has no domains
    return env.domaindata.setdefault("healthkb", {}).setdefault(KEY, {})


def record_cited_entries(app: Sphinx, doctree: nodes.document) -> None:
    env = app.env
    record = get_domain(env).articles.get(env.docname)
    if record is None:  # not an article, or one with problems (re-read every build)
        return
    current = _site_fingerprints(env)
    _data(env)[env.docname] = {key: current.get(key, "") for key in record.citations}
    # only the cited entries count, not the whole .bib file
    bibs = _bib_paths(env)
    deps = env.dependencies.get(env.docname)
    if deps:
        env.dependencies[env.docname] = {
            d for d in deps if Path(d).resolve() not in bibs
        }


def outdated_citers(
    app: Sphinx,
    env: BuildEnvironment,
    added: set[str],
    changed: set[str],
    removed: set[str],
) -> list[str]:
    stale = _stale_citers(get_domain(env), _data(env), _site_fingerprints(env))
    return sorted(
        d for d in stale if d in env.found_docs and d not in added | changed | removed
    )


#: attribute of the domain object: the fingerprints last checked against, and the
#: documents whose cited entries matched them (their stored dicts, by identity)
_CHECKED = "_healthkb_citers_checked"


def _stale_citers(
    domain: ArticleDomain, stored: dict[str, dict[str, str]], current: dict[str, str]
) -> set[str]:
    """:func:`changed_citers`, looking only at the documents recorded since the last
    call against the same fingerprints (a warm application: one save's articles).
    A document's record is a new dict whenever it is read again."""
    checked, matched = getattr(domain, _CHECKED, (None, {}))
    if checked is not current:
        matched = {}
    stale = changed_citers(
        {d: c for d, c in stored.items() if matched.get(d) is not c}, current
    )
    matched = {d: c for d, c in stored.items() if d not in stale}
    setattr(domain, _CHECKED, (current, matched))
    return stale


def _site_fingerprints(env: BuildEnvironment) -> dict[str, str]:
    """Computed once per process and site (the domain caches the loaded site)."""
    domain = get_domain(env)
    site = domain.site
    cached = getattr(domain, "_healthkb_fingerprints", None)
    if cached is None or cached[0] is not site:
        cached = (site, site_fingerprints(site))
        domain._healthkb_fingerprints = cached  # type: ignore[attr-defined]
    return cached[1]


def setup(app: Sphinx) -> None:
    register_per_doc("cited_entries", __name__)
    app.connect("doctree-read", record_cited_entries)
    app.connect("env-get-outdated", outdated_citers)
