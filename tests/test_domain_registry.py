"""Per-document data is registered by the feature that owns it; data a parallel
worker wrote under a key nobody registered stops the build instead of being lost."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sphinx.errors import ExtensionError

from healthkb.sphinxext.incremental.domain import ArticleDomain, register_per_doc


def _merge(data: dict, otherdata: dict, docnames: list[str]) -> None:
    fake = SimpleNamespace(
        data=data, PER_DOC=ArticleDomain.PER_DOC, SITE_WIDE=ArticleDomain.SITE_WIDE
    )
    ArticleDomain.merge_domaindata(fake, docnames, otherdata)  # type: ignore[arg-type]


def test_every_feature_registered_its_keys():
    import healthkb.sphinxext  # noqa: F401  (its setup functions register)
    from healthkb.sphinxext import article_list, review_page, sources_page
    from healthkb.sphinxext.incremental import bib_changes, page_frames

    for module in (article_list, review_page, sources_page, bib_changes, page_frames):
        module.setup(SimpleNamespace(**_NOOP))  # type: ignore[arg-type]
    assert ArticleDomain.PER_DOC["lists"] == "healthkb.sphinxext.article_list"
    assert (
        ArticleDomain.PER_DOC["xrefs"] == "healthkb.sphinxext.incremental.page_frames"
    )
    assert set(ArticleDomain.initial_data) >= set(ArticleDomain.PER_DOC)


_NOOP = {
    name: (lambda *args, **kwargs: None)
    for name in ("add_node", "add_directive", "connect")
}


def test_merge_takes_registered_keys_for_the_merged_documents():
    register_per_doc("lists", "healthkb.sphinxext.article_list")
    data: dict = {"lists": {"a": 1}}
    _merge(data, {"version": 5, "lists": {"b": 2, "c": 3}}, ["b"])
    assert data["lists"] == {"a": 1, "b": 2}


def test_merge_refuses_an_unregistered_key():
    with pytest.raises(ExtensionError, match="'new_feature' is not registered"):
        _merge({}, {"version": 5, "new_feature": {"b": 1}}, ["b"])


def test_a_key_has_one_owner():
    register_per_doc("lists", "healthkb.sphinxext.article_list")  # again: fine
    with pytest.raises(ExtensionError, match="already"):
        register_per_doc("lists", "somebody.else")
