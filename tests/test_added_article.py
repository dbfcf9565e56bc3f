"""The shipped-site tests are about the software, not about today's articles: they
still pass on a copy of the shipped site to which an editor added a valid article."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers.site import REPO, copy_shipped_site

#: the tests that read the shipped site (conftest.SITE)
SHIPPED_SITE_TESTS = [
    "tests/test_citations_site.py",
    "tests/test_frontmatter_validation.py::test_check_passes_on_the_shipped_site",
]


def _add_article(site: Path) -> str:
    """A new valid article: a shipped one's real text under a new title and name
    (its sources are the shipped references, so nothing is invented)."""
    source = site / "articles/mental-health/what-is-treatment-resistant-depression.md"
    text = source.read_text(encoding="utf-8")
    text = text.replace(
        "# What is treatment-resistant depression?",
        "# When depression does not improve with treatment",
    )
    target = site / "articles/mental-health/when-depression-does-not-improve.md"
    target.write_text(text, encoding="utf-8")
    return target.relative_to(site).as_posix()


def test_shipped_site_tests_pass_after_an_editor_adds_an_article(tmp_path):
    site = copy_shipped_site(tmp_path / "site")
    added = _add_article(site)
    env = {**os.environ, "HEALTHKB_SHIPPED_SITE": str(site)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider"]
        + SHIPPED_SITE_TESTS,
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    # the added article was among those tested (its page is one of the parametrized)
    assert (
        "when-depression-does-not-improve"
        in subprocess.run(
            [sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0"]
            + SHIPPED_SITE_TESTS[:1],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    ), added
