"""A change to healthkb's own code makes Sphinx read every page again: the code's
hash is part of the extension's ``env_version`` and of the stale-page digest."""

from __future__ import annotations

import shutil

from helpers.site import build_recording_reads

from healthkb.version import PACKAGE, code_hash, tree_hash


def test_any_code_change_changes_the_hash(tmp_path):
    copy = tmp_path / "healthkb"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = tree_hash(copy)
    assert before == code_hash()
    module = copy / "model" / "article.py"
    module.write_text(
        module.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8"
    )
    after_module = tree_hash(copy)
    template = next((copy / "sphinxext" / "templates").rglob("*.html"))
    template.write_bytes(template.read_bytes() + b"\n")
    after_template = tree_hash(copy)
    assert len({before, after_module, after_template}) == 3


def test_caches_and_bytecode_do_not_count(tmp_path):
    copy = tmp_path / "healthkb"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = tree_hash(copy)
    (copy / "model" / "__pycache__").mkdir(exist_ok=True)
    (copy / "model" / "__pycache__" / "article.cpython-313.pyc").write_bytes(b"x")
    assert tree_hash(copy) == before


def test_changed_code_reads_every_page_again(make_app, rootdir, tmp_path, monkeypatch):
    """With the same sources, a build after a code change (another hash) reads
    every document again; with the same code it reads none."""
    import healthkb.sphinxext

    srcdir = tmp_path / "site"
    shutil.copytree(rootdir / "test-basic", srcdir)
    _, first = build_recording_reads(make_app, srcdir)
    _, same = build_recording_reads(make_app, srcdir)
    monkeypatch.setattr(healthkb.sphinxext, "code_hash", lambda: "0" * 16)
    _, changed = build_recording_reads(make_app, srcdir)
    assert first and same == []
    assert changed == first
