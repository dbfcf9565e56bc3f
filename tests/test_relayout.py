"""tools/relayout.py rewrites old module names to the new layout, once: run again
(as the lead does after merging a branch written against the old names), it
changes nothing more."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "relayout", Path(__file__).resolve().parent.parent / "tools" / "relayout.py"
)
relayout = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(relayout)  # type: ignore[union-attr]

OLD = '''"""See healthkb/vancouver.py and :mod:`healthkb.extension.dependents`."""
from healthkb import frontmatter, problems
from healthkb.extension import (
    catalogue,
    domain,
)
from healthkb.keywords import KEYWORDS_INDEX


def f(text):
    from healthkb.extension.logging import report

    return frontmatter.split_article(text), report, domain.get_domain, catalogue


SUPPRESS = ["healthkb.readability"]
'''


def rewrite(text: str) -> tuple[str, list[str]]:
    report: list[str] = []
    relayout.rewrite_dotted(text, "x.py", report)  # as rewrite_tree reports
    out = relayout.rewrite_imports(text)
    out = relayout.rewrite_paths(relayout.rewrite_dotted(out, "x.py", []))
    return out, report


def test_imports_names_and_paths_are_rewritten():
    new, report = rewrite(OLD)
    assert "healthkb/bib/nlm_style.py" in new
    assert ":mod:`healthkb.sphinxext.incremental.cross_document`" in new
    assert "from healthkb.model import front_matter" in new
    assert "from healthkb import problems" in new  # problems did not move
    assert "front_matter.split_article(text)" in new  # the module's uses follow
    assert "from healthkb.sphinxext import catalogue" in new
    assert "from healthkb.sphinxext.incremental import domain" in new
    assert "from healthkb.model.keyword_index import KEYWORDS_INDEX" in new
    assert "    from healthkb.sphinxext.problem_log import report" in new
    compile(new, "x.py", "exec")


def test_a_rule_id_that_is_also_a_module_name_is_left_and_reported():
    new, report = rewrite(OLD)
    assert 'SUPPRESS = ["healthkb.readability"]' in new
    assert report == [
        "x.py:16: 'healthkb.readability' left as is (a rule id or a module?)"
    ]


def test_rewriting_twice_changes_nothing_more():
    once, _ = rewrite(OLD)
    twice, _ = rewrite(once)
    assert twice == once


def test_a_taken_name_keeps_the_old_local_name():
    text = "from healthkb import frontmatter\nfront_matter = frontmatter.x\n"
    new, _ = rewrite(text)
    assert new.startswith("from healthkb.model import front_matter as frontmatter\n")
    assert "front_matter = frontmatter.x" in new


def test_every_old_module_is_gone_and_every_new_one_exists():
    root = Path(relayout.ROOT)
    for old, new in relayout.MOVES.items():
        assert not relayout.old_file(old).exists(), old
        path = root / new.replace(".", "/")
        assert path.with_suffix(".py").is_file() or (path / "__init__.py").is_file(), (
            new
        )


def test_shared_test_modules_are_imported_from_helpers():
    text = "from conftest import REPO, soup\nfrom site_runs import run_build\n"
    new = relayout.rewrite_test_imports(text)
    assert (
        new
        == "from helpers.site import REPO, soup\nfrom helpers.site_runs import run_build\n"
    )
    assert relayout.rewrite_test_imports(new) == new


def test_a_conftest_name_helpers_does_not_have_stays():
    text = "from conftest import REPO, a_helper_added_elsewhere\n"
    assert relayout.rewrite_test_imports(text) == text


def test_names_that_broke_a_cycle_are_imported_from_their_new_module():
    text = (
        "from healthkb import __version__, _compat\n"
        "def f():\n"
        "    from healthkb.cli import UserError\n"
    )
    new, _ = rewrite(text)
    assert "from healthkb.version import __version__\n" in new
    assert "from healthkb import _compat\n" in new
    assert "    from healthkb.cli.errors import UserError\n" in new
    assert rewrite(new)[0] == new
