"""Operations: one build at a time per tree, and a bug in one of healthkb's event
handlers names the page it was handling instead of ending the build with a traceback."""

from __future__ import annotations

import fcntl
import subprocess
import sys
import time
from pathlib import Path

from helpers.site import warnings_of


def test_a_second_build_waits_for_the_first(tmp_path: Path) -> None:
    folder = tmp_path / ".doctrees"
    folder.mkdir()
    holder = (folder / ".healthkb-build.lock").open("ab")
    fcntl.flock(holder, fcntl.LOCK_EX)  # the "first build"
    second = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; "
            "from healthkb.sphinxext.build_lock import acquire; "
            f"acquire(Path({str(folder)!r})); print('got it')",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = second.stderr.readline()
        assert "another build is using" in line and str(folder) in line
        time.sleep(0.5)
        assert second.poll() is None  # still waiting while the first holds the lock
    finally:
        fcntl.flock(holder, fcntl.LOCK_UN)
        holder.close()
    out, _ = second.communicate(timeout=60)
    assert second.returncode == 0
    assert out.strip() == "got it"


def test_the_same_process_does_not_wait_for_itself(tmp_path: Path) -> None:
    from healthkb.sphinxext.build_lock import acquire

    acquire(tmp_path)
    acquire(tmp_path)  # would block forever if it locked again


def test_an_exception_in_a_handler_names_the_page(make_app, site_copy) -> None:  # noqa: ANN001
    from healthkb.sphinxext import guard

    site = site_copy()
    app = make_app("html", srcdir=site)

    def broken(app, docname, source) -> None:  # noqa: ANN001
        if docname == "articles/heart/walking-and-heart-health":
            raise ValueError("boom")

    app.connect("source-read", guard.guarded(app, "source-read", broken))
    app.build()
    warnings = warnings_of(app)
    assert "walking-and-heart-health.md" in warnings
    assert "ValueError in" in warnings and "boom" in warnings
    assert "[healthkb.internal]" in warnings
    # the page and the others were still written
    assert (app.outdir / "articles/heart/walking-and-heart-health.html").is_file()
    assert (app.outdir / "articles/lungs/breathing-exercises.html").is_file()
    app.cleanup()


def test_every_healthkb_handler_is_guarded(make_app, site_copy) -> None:  # noqa: ANN001
    app = make_app("html", srcdir=site_copy())
    ours = [
        listener.handler
        for listeners in app.events.listeners.values()
        for listener in listeners
        if getattr(listener.handler, "__module__", "").startswith("healthkb")
    ]
    assert len(ours) > 20
    assert all(getattr(h, "__wrapped__", None) for h in ours), [
        h.__qualname__ for h in ours if not getattr(h, "__wrapped__", None)
    ]
    app.cleanup()


def test_the_lock_is_released_when_the_build_finishes(make_app, site_copy) -> None:  # noqa: ANN001
    from healthkb.sphinxext import build_lock

    app = make_app("html", srcdir=site_copy())
    lock = (Path(app.doctreedir) / ".healthkb-build.lock").resolve()
    assert lock in build_lock._HELD
    app.build()
    assert lock not in build_lock._HELD
    other = lock.open("ab")
    try:  # another process (or this one) can now take it at once
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
    finally:
        other.close()
    app.cleanup()
