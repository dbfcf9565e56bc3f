"""Per-document article data, stored in a Domain so it is purged and merged per doc."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.domains import Domain
from sphinx.errors import ExtensionError

from healthkb.model.article import ArticleMeta
from healthkb.model.settings import SiteSettings
from healthkb.model.site import Site

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


@dataclass(frozen=True)
class ArticleRecord:
    """What the build keeps about one article (small and picklable)."""

    docname: str
    path: str
    topic: str
    title: str
    meta: ArticleMeta
    #: citation keys in order of first use
    citations: tuple[str, ...] = ()


class ArticleDomain(Domain):
    name = "healthkb"
    label = "health knowledge base"
    data_version = 5  # 2: cites, sources_pages; 3: lists; 4: bibcache, review; 5: xrefs
    #: per-document dicts (docname -> value), purged and merged per document: key ->
    #: the feature that writes it while reading (register_per_doc). Everything else
    #: is computed from them after each read (see cross_document).
    PER_DOC: dict[str, str] = {}
    #: whole-site values the main process computes after reading: key -> owner.
    #: Never merged from a parallel worker (a worker's copy is the main one's).
    SITE_WIDE: dict[str, str] = {}
    initial_data: dict[str, Any] = {}

    @property
    def articles(self) -> dict[str, ArticleRecord]:
        return self.data.setdefault("articles", {})

    @property
    def cites(self) -> dict[str, tuple[str, ...]]:
        """Citation keys of every article (also those with front-matter errors)."""
        return self.data.setdefault("cites", {})

    def clear_doc(self, docname: str) -> None:
        for key in self.PER_DOC:
            self.data.setdefault(key, {}).pop(docname, None)

    def merge_domaindata(
        self, docnames: Iterable[str], otherdata: dict[str, Any]
    ) -> None:
        unknown = sorted(otherdata.keys() - self.PER_DOC.keys() - self.SITE_WIDE.keys())
        unknown = [key for key in unknown if key != "version"]
        if unknown:
            # a parallel read wrote data nobody merges: under -j it would be lost
            raise ExtensionError(
                f"healthkb domain data {', '.join(map(repr, unknown))} is not registered: "
                "call register_per_doc (or register_site_wide) in the setup of the "
                "feature that writes it"
            )
        for key in self.PER_DOC:
            mine, other = self.data.setdefault(key, {}), otherdata.get(key, {})
            for docname in set(docnames) & other.keys():
                mine[docname] = other[docname]

    def resolve_any_xref(self, *args: Any, **kwargs: Any) -> list[Any]:
        return []

    @property
    def site(self) -> Site:
        """Authors, sources and settings, loaded once per process (not stored in env)."""
        site = getattr(self, "_site", None)
        if site is None:
            site = load_site(self.env)
            self._site = site
        return site


def register_per_doc(key: str, owner: str) -> None:
    """*owner* (a module name) keeps ``domain.data[key][docname]`` per document."""
    _register(ArticleDomain.PER_DOC, key, owner)
    ArticleDomain.initial_data.setdefault(key, {})


def register_site_wide(key: str, owner: str) -> None:
    """*owner* keeps ``domain.data[key]`` for the whole site, in the main process."""
    _register(ArticleDomain.SITE_WIDE, key, owner)


def _register(registry: dict[str, str], key: str, owner: str) -> None:
    taken = ArticleDomain.PER_DOC.get(key) or ArticleDomain.SITE_WIDE.get(key)
    if taken not in (None, owner):
        raise ExtensionError(f"healthkb domain data {key!r} is already {taken}'s")
    registry[key] = owner


def load_site(env: BuildEnvironment) -> Site:
    values = {name: getattr(env.config, name) for name in _config_names(env)}
    # invalid values were reported and reset on config-inited (config_check.py)
    settings, _ = SiteSettings.from_mapping(values)
    # the parsed .bib is kept next to the doctrees, keyed by the file's content hash
    return Site.load(Path(env.srcdir), settings, bib_cache=bib_cache_dir(env))


#: folder under the doctree folder for the parsed .bib files (healthkb.bib.store)
BIB_DIR = "healthkb-bib"


def bib_cache_dir(owner: BuildEnvironment | Sphinx) -> Path:
    """Where parsed .bib files are kept (by the doctrees; ``healthkb check`` too)."""
    return Path(owner.doctreedir) / BIB_DIR


def _config_names(env: BuildEnvironment) -> list[str]:
    from healthkb.model.settings import SETTINGS

    return [s.name for s in SETTINGS] + [
        "bibtex_bibfiles",
        "myst_enable_extensions",
        "exclude_patterns",
        "myst_heading_anchors",
    ]


def get_domain(env: BuildEnvironment) -> ArticleDomain:
    domain = env.get_domain("healthkb")
    assert isinstance(domain, ArticleDomain)
    return domain


def setup(app: Sphinx) -> None:
    app.add_domain(ArticleDomain)
    for key in ("articles", "flagged", "cites"):  # read_articles and confinement
        register_per_doc(key, "healthkb.sphinxext.read_articles")
