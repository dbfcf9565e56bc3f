"""The keyword index kept between builds (``KeywordIndexer``) equals a fresh one.

The preview updates the index with the saved articles only; after any sequence of
edits, additions and removals it must give exactly what ``keyword_index`` gives
for the same articles (names, slugs with their collision numbers, order).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from healthkb.model.keyword_index import KeywordIndexer, KeywordUse, keyword_index

# spellings that share keys (case, spacing, dashes) and slugs (STAR*D, Star D)
WORDS = ["Sleep", "sleep", " Sleep ", "Star D", "STAR*D", "star-d", "Pain", "Index"]
DOCS = [f"topic{n % 2}/a{n}" for n in range(6)]

uses = st.builds(
    lambda kw, sec: (tuple(kw), tuple(sec)),
    st.lists(st.sampled_from(WORDS), max_size=3),
    st.lists(st.sampled_from(WORDS), max_size=2),
)
# each step: the site as docname -> keywords (absent: not an article)
sites = st.lists(
    st.dictionaries(st.sampled_from(DOCS), uses, max_size=len(DOCS)),
    min_size=1,
    max_size=6,
)


def _uses(site: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> dict:
    return {
        doc: KeywordUse(doc, f"articles/{doc}.md", kw, sec)
        for doc, (kw, sec) in site.items()
    }


@settings(max_examples=300, deadline=None)
@given(sites)
def test_updated_index_equals_a_fresh_one(steps):
    indexer = KeywordIndexer()
    for site in steps:
        uses = _uses(site)
        got = indexer.update(uses)
        want = keyword_index(uses.values())
        assert got == want
        assert list(got) == list(want)  # the A-Z order


def test_unchanged_uses_give_the_same_index_object():
    indexer = KeywordIndexer()
    first = indexer.update(_uses({"a/x": (("Sleep",), ())}))
    # equal uses, new objects (an article read again with the same keywords)
    assert indexer.update(_uses({"a/x": (("Sleep",), ())})) is first
    changed = indexer.update(_uses({"a/x": (("Pain",), ())}))
    assert list(changed) == ["pain"]
