"""A build after a build with nothing changed says nothing about the configuration."""

from __future__ import annotations

import contextlib
import io

from sphinx.cmd.build import build_main


def _build(site, out) -> str:  # noqa: ANN001
    text = io.StringIO()
    args = ["-b", "html", "-d", str(out / "doctrees"), str(site), str(out / "html")]
    with contextlib.redirect_stdout(text), contextlib.redirect_stderr(text):
        assert build_main(args) == 0, text.getvalue()
    return text.getvalue()


def test_no_change_build_reports_no_configuration_change(site_copy, tmp_path):
    site = site_copy()
    first = _build(site, tmp_path)
    assert "loading pickled environment" not in first
    second = _build(site, tmp_path)
    assert "loading pickled environment" in second  # the saved one was compared
    assert "configuration has changed" not in second
    assert "0 added, 0 changed, 0 removed" in second
