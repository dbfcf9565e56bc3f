"""What makes a one-article rebuild cheap, checked for what it must not break."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
import weakref

from helpers.site import REPO


def _build(srcdir, out):
    """A build outside the ``make_app`` fixture (which keeps every app alive), with
    Sphinx's global state (registered node classes) reset afterwards, as the
    fixture does: other tests in this process must not see it."""
    from sphinx.testing.util import SphinxTestApp

    app = SphinxTestApp("html", srcdir=srcdir, builddir=out, freshenv=True)
    try:
        app.build(force_all=True)
    finally:
        app.cleanup()
    return app


def test_reading_grade_does_not_import_nltk():
    """textstat imports NLTK (~0.45 s) for scores we never use; the grade is the
    same without it, and NLTK still works for anyone who does use it."""
    code = (
        "import sys\n"
        "from healthkb.rules.readability import reading_grade\n"
        "grade = reading_grade('The heart pumps blood round the body every day. ' * 6)\n"
        "print(grade, 'nltk.data' in sys.modules)\n"
        "import nltk\n"
        "print(bool(nltk.data.path), 'nltk.data' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO
    )
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    grade, loaded = first.split()
    assert 0 < float(grade) < 12 and loaded == "False"
    assert second == "True True"


def test_compiled_templates_are_kept_between_builds(rootdir, tmp_path):
    from healthkb.sphinxext.speedups.template_cache import cache_dir

    site = tmp_path / "site"
    shutil.copytree(rootdir / "test-basic", site)
    app = _build(site, tmp_path / "out")
    kept = list(cache_dir(app).glob("__jinja2_*.cache"))
    assert len(kept) > 5  # furo's layout and partials, our page.html and components


def test_later_builds_in_the_same_process_free_the_earlier_ones(rootdir, tmp_path):
    """Builds freeze their long-lived objects away from the collector; later builds
    in the same process (tests, an editor's language server) must hand them back,
    or every build would leak its whole environment. (Sphinx still refers to a
    finished app while the next one starts, so it is freed one build later.)"""
    site = tmp_path / "site"
    shutil.copytree(rootdir / "test-basic", site)
    envs = []
    thresholds = gc.get_threshold()
    for n in range(3):
        app = _build(site, tmp_path / str(n))
        assert gc.get_freeze_count() > 0
        assert gc.get_threshold() == thresholds  # raised only while env loads
        envs.append(weakref.ref(app.env))
        del app
    assert envs[0]() is None
