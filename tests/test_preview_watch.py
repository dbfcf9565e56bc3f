"""How the preview learns of a save: the operating system's change notices
(``watchfiles``) say where to look, and what is found there is what polling finds."""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.preview_server import Preview

from healthkb.preview import server
from healthkb.preview.watch import diff, refresh, skipped, snapshot

ARTICLE = "articles/heart/walking-and-heart-health.md"


def _tree(root: Path) -> None:
    for rel in (
        "index.md",
        "articles/heart/a.md",
        "articles/heart/b.md",
        "articles/lungs/c.md",
        "_static/site.css",
        "_build/html/index.html",
    ):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(rel, encoding="utf-8")


def test_refresh_finds_what_two_snapshots_differ_in(tmp_path: Path) -> None:
    _tree(tmp_path)
    known = snapshot(tmp_path)
    before = dict(known)
    named = set()

    def touch(rel: str, text: str | None) -> None:
        named.add(rel)
        path = tmp_path / rel
        if text is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

    touch("articles/heart/a.md", "edited, and longer than before")
    touch("articles/heart/new.md", "added")
    touch("index.md", None)
    touch("4913", "an editor's test file")  # written and deleted again: no change
    touch("4913", None)
    touch("articles/heart/a.md~", "a backup: never a source")
    touch("_build/html/other.html", "the output: never a source")
    # a folder moved out of the site: every file it held is gone
    shutil.move(tmp_path / "articles/lungs", tmp_path.parent / f"{tmp_path.name}-away")
    named.add("articles/lungs")

    found = refresh(tmp_path, known, named)
    expected = diff(before, snapshot(tmp_path))
    assert found == expected
    assert set(expected.paths) == {
        "articles/heart/a.md",
        "articles/heart/new.md",
        "articles/lungs/c.md",
        "index.md",
    }
    assert known == snapshot(tmp_path)
    # a notice for a path that did not change (or is never a source) is no change
    assert refresh(tmp_path, known, {"articles/heart/b.md", "_build/x.html"}) is None


def test_skipped_paths_are_what_a_snapshot_leaves_out(tmp_path: Path) -> None:
    _tree(tmp_path)
    for rel in (".git/HEAD", "tests/t.py", "x.egg-info/PKG-INFO", "a/b.swp", ".hidden"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    every = {
        p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()
    }
    assert {p for p in every if not skipped(p)} == set(snapshot(tmp_path))


@pytest.fixture
def site(site_copy) -> Path:  # noqa: ANN001
    return site_copy("basic")


def _save_is_served(preview: Preview) -> None:
    page = "articles/heart/walking-and-heart-health.html"
    original = (preview.site / ARTICLE).read_text(encoding="utf-8")
    preview.save(ARTICLE, original + "\nA sentence the watcher must notice.\n")
    assert "A sentence the watcher must notice." in preview.get(page)
    # "settled" comes as the rest starts; its end is recorded once it is done
    deadline = time.monotonic() + 120
    while "rest_end" not in (timings := preview.state()["timings"]):
        assert time.monotonic() < deadline, "the rest of the build never ended"
        time.sleep(0.05)
    # the steps of the save happened in order
    steps = [timings[k] for k in ("seen", "asked", "start", "written")]
    assert steps == sorted(steps)
    assert timings["rest_end"] >= timings["rest_start"] >= timings["written"]


@pytest.mark.parametrize("notices", [True, False], ids=["notices", "polling"])
def test_a_save_is_served_with_notices_and_with_polling(
    site: Path, tmp_path: Path, notices: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[str] = []
    for name in ("_watch_notices", "_watch_polling"):
        real = getattr(server, name)
        monkeypatch.setattr(
            server,
            name,
            lambda *a, _real=real, _name=name: used.append(_name) or _real(*a),
        )
    preview = Preview(site, tmp_path / "preview", notices=notices)
    try:
        _save_is_served(preview)
    finally:
        preview.close()
    assert used == (["_watch_notices"] if notices else ["_watch_polling"])


@pytest.fixture
def no_watchfiles(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(sys.modules, "watchfiles", None)  # `import` raises ImportError
    yield


def test_without_watchfiles_the_preview_polls(
    site: Path, tmp_path: Path, no_watchfiles: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[str] = []
    real = server._watch_polling
    monkeypatch.setattr(
        server, "_watch_polling", lambda *a: used.append("polling") or real(*a)
    )
    preview = Preview(site, tmp_path / "preview")
    try:
        _save_is_served(preview)
    finally:
        preview.close()
    assert used == ["polling"]


def test_when_notices_fail_the_preview_polls(
    site: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def refused(*_args: object) -> None:
        raise OSError(28, os.strerror(28))  # inotify's "too many watches"

    monkeypatch.setattr(server, "_watch_notices", refused)
    preview = Preview(site, tmp_path / "preview", notices=True)
    try:
        _save_is_served(preview)
    finally:
        preview.close()
    assert "no change notices" in capsys.readouterr().err


def test_a_browser_that_drops_the_connection_is_no_error(capsys):
    from healthkb.preview.server import PreviewServer

    server = PreviewServer(
        ("127.0.0.1", 0), lambda *args: None, bind_and_activate=False
    )
    try:
        for gone in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError()):
            try:
                raise gone
            except OSError:
                server.handle_error(None, ("127.0.0.1", 1))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("a real fault")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
        assert "a real fault" in capsys.readouterr().err
    finally:
        server.server_close()
