"""The parsed .bib is reused while the file's bytes are unchanged."""

from __future__ import annotations

from generate import bib_entry, source_key

from healthkb.bib import store


def _counting(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = store.load_bibliography

    def parse(path, display):
        calls.append(display)
        return real(path, display)

    monkeypatch.setattr(store, "load_bibliography", parse)
    return calls


def test_unchanged_file_is_parsed_once(tmp_path, monkeypatch):
    calls = _counting(monkeypatch)
    bib = tmp_path / "references.bib"
    bib.write_text(bib_entry(0) + bib_entry(1))
    cache = tmp_path / "cache"
    first = store.load_bibliography_cached(bib, "references.bib", cache)
    store.forget_parses()  # the next build: a new process, the same cache
    second = store.load_bibliography_cached(bib, "references.bib", cache)
    assert calls == ["references.bib"]
    assert list(second.entries) == list(first.entries) == [source_key(0), source_key(1)]
    assert second.lines == first.lines


def test_changed_file_is_parsed_again_and_old_cache_dropped(tmp_path, monkeypatch):
    calls = _counting(monkeypatch)
    bib, cache = tmp_path / "references.bib", tmp_path / "cache"
    bib.write_text(bib_entry(0))
    store.load_bibliography_cached(bib, "references.bib", cache)
    bib.write_text(bib_entry(0) + bib_entry(5))
    again = store.load_bibliography_cached(bib, "references.bib", cache)
    assert calls == ["references.bib", "references.bib"]
    assert source_key(5) in again.entries
    assert len(list(cache.glob("*.pickle"))) == 1


def test_problems_are_kept_and_a_broken_cache_is_ignored(tmp_path, monkeypatch):
    bib, cache = tmp_path / "references.bib", tmp_path / "cache"
    bib.write_text(bib_entry(0) + "@article{broken,\n  title = {No end\n")
    first = store.load_bibliography_cached(bib, "references.bib", cache)
    assert [p.line for p in first.problems] == [10]
    (stored,) = cache.glob("*.pickle")
    stored.write_bytes(b"not a pickle")
    store.forget_parses()  # as the next build, a new process
    calls = _counting(monkeypatch)
    again = store.load_bibliography_cached(bib, "references.bib", cache)
    assert calls == ["references.bib"]
    assert [p.line for p in again.problems] == [10]


def test_entry_fingerprints_are_kept_in_the_cache(tmp_path, monkeypatch):
    """Each rebuild compares the cited entries' fingerprints: they are computed once
    with the parse, not for every entry on every build."""
    from healthkb.bib import read

    bib, cache = tmp_path / "references.bib", tmp_path / "cache"
    bib.write_text(bib_entry(0) + bib_entry(1))
    first = store.load_bibliography_cached(bib, "references.bib", cache)
    computed: list[str] = []
    real = read.entry_fingerprint

    def counting(entry):
        computed.append(entry.key)
        return real(entry)

    monkeypatch.setattr(read, "entry_fingerprint", counting)
    store.forget_parses()  # from the file cache, as the next build
    again = store.load_bibliography_cached(bib, "references.bib", cache)
    assert again.entry_fingerprints() == first.entry_fingerprints()
    assert set(again.entry_fingerprints()) == {source_key(0), source_key(1)}
    assert computed == []  # read from the cache, not recomputed


def test_one_process_parses_and_unpickles_a_file_once(tmp_path, monkeypatch):
    """A second load (the build after ``healthkb check``, or in another build folder)
    is the same object: no parse, no unpickling."""
    import pickle

    bib, cache = tmp_path / "references.bib", tmp_path / "cache"
    bib.write_text(bib_entry(0))
    first = store.load_bibliography_cached(bib, "references.bib", cache)
    unpickled: list[bytes] = []
    monkeypatch.setattr(store.pickle, "loads", lambda data: unpickled.append(data))
    again = store.load_bibliography_cached(bib, "references.bib", tmp_path / "b")
    assert again is first and unpickled == []
    bib.write_text(bib_entry(0) + bib_entry(1))  # new bytes: not the old parse
    monkeypatch.setattr(store.pickle, "loads", pickle.loads)
    assert (
        source_key(1)
        in store.load_bibliography_cached(bib, "references.bib", cache).entries
    )
