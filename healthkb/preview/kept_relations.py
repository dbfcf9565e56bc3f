"""Sphinx's page relations (parent, previous, next), kept between a preview's saves.

``BuildEnvironment.collect_relations`` walks the whole toctree. A save asks for it
twice before its page is served (sphinxcontrib-bibtex's ``env-updated`` and the HTML
builder's ``prepare_writing``) and the rest asks again (the page frames): a tenth of
a second at 10,000 articles, for a result that changes only when a toctree does.
While a save is built, the relations are computed again only when the toctrees
(``toctree_includes``, the root document) differ from the last computation's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sphinx.application import Sphinx

#: attribute of the application: (root document, toctrees, relations) last computed
_KEPT = "_healthkb_relations"


@contextmanager
def relations_kept(app: Sphinx) -> Iterator[None]:
    """While building: ``env.collect_relations`` answers from the last result when
    no toctree changed. Not left on the environment: it is pickled."""
    env: Any = app.env
    compute = env.collect_relations

    def collect_relations() -> dict[str, list[str | None]]:
        includes: dict[str, list[str]] = env.toctree_includes
        kept = getattr(app, _KEPT, None)
        if kept is not None and kept[0] == env.config.root_doc and kept[1] == includes:
            return kept[2]
        relations = compute()
        # a toctree listing its own page: Sphinx warns on every walk; walk each time
        if not any(doc in children for doc, children in includes.items()):
            copied = {doc: list(children) for doc, children in includes.items()}
            setattr(app, _KEPT, (env.config.root_doc, copied, relations))
        return relations

    env.collect_relations = collect_relations
    try:
        yield
    finally:
        del env.collect_relations  # the class's own method again
