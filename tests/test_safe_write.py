"""Files appear whole or not at all, and never over an existing file unless asked."""

from __future__ import annotations

import os

import pytest

from healthkb.safe_write import TargetExists, write_text_atomic


def test_refuses_existing_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "a.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(TargetExists):
        write_text_atomic(target, "theirs", overwrite=False)
    assert target.read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_overwrite_replaces_in_one_step(tmp_path):
    target = tmp_path / "a.md"
    target.write_text("old", encoding="utf-8")
    write_text_atomic(target, "new\n", overwrite=True)
    assert target.read_bytes() == b"new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_without_hard_links_exclusive_create_still_refuses(tmp_path, monkeypatch):
    def no_links(src, dst):
        raise PermissionError("hard links not supported")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "a.md"
    write_text_atomic(target, "first", overwrite=False)
    assert target.read_text(encoding="utf-8") == "first"
    with pytest.raises(TargetExists):
        write_text_atomic(target, "second", overwrite=False)
    assert target.read_text(encoding="utf-8") == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_new_reports_a_folder_it_cannot_write(site_copy, capsys, monkeypatch):
    import tempfile

    from healthkb.cli import main

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    site = site_copy()
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    status = main(["--root", str(site), "new", "A title", "--topic", "heart"])
    assert status == 2
    err = capsys.readouterr().err
    assert (
        "could not write articles/heart/a-title.md: [Errno 13] Permission denied" in err
    )
    assert not (site / "articles/heart/a-title.md").exists()
