"""The related lists' key, made from kept per-article parts, is the full digest.

The key is saved in the environment: a part kept from an earlier call must give
exactly the digest of every input, as a new process computes it.
"""

from __future__ import annotations

from types import SimpleNamespace

from healthkb.model.related import RelatedInput
from healthkb.sphinxext.incremental.cross_document import (
    _digest,
    _related_key,
    _stable,
)


def _full(limit: int, inputs: dict[str, RelatedInput]) -> str:
    return _digest((limit, sorted((d, _stable(a)) for d, a in inputs.items())))


def test_kept_parts_give_the_full_digest():
    domain = SimpleNamespace()
    inputs = {
        f"t{n % 3}/a{n}": RelatedInput(
            topic=f"t{n % 3}",
            keywords=frozenset({f"k{n % 5}", f"k{n % 7}"}),
            secondary_keywords=frozenset({f"s{n % 4}"}),
            related=("t0/a1",) if n == 4 else (),
        )
        for n in range(12)
    }
    assert _related_key(domain, 5, inputs) == _full(5, inputs)
    # one article changed, one removed, one added: the others' parts are kept
    inputs = dict(inputs)
    inputs["t1/a1"] = RelatedInput(topic="t1", keywords=frozenset({"new"}))
    del inputs["t2/a2"]
    inputs["t9/z"] = RelatedInput(topic="t9", keywords=frozenset())
    assert _related_key(domain, 5, inputs) == _full(5, inputs)
    assert _related_key(domain, 3, inputs) == _full(3, inputs)
    assert _related_key(domain, 3, {}) == _full(3, {})
