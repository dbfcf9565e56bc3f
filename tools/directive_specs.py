"""Write healthkb/rules/directive_specs.py: what each directive an article may use
takes (its arguments and options), read from a real Sphinx application with the
site's extensions, so ``healthkb check`` (which runs without Sphinx) judges a
directive's first line and options as the build does.

    .venv/bin/python tools/directive_specs.py [SITE]

SITE: a folder with a conf.py (default: tests/roots/test-basic). Run it again when
Sphinx, docutils or an extension is upgraded; tests/test_check_build_gaps.py fails
while the file differs from what the application registers.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "healthkb/rules/directive_specs.py"


def live_specs(
    site: Path,
) -> dict[str, tuple[int, int, bool, tuple[str, ...] | None]]:
    """name -> (required arguments, optional arguments, whether the last argument
    may hold spaces, option names or None for any) of each directive the site
    knows."""
    from docutils.parsers.rst import directives
    from sphinx.application import Sphinx

    from healthkb.rules.markup_rules import known_directive

    with tempfile.TemporaryDirectory() as out:
        app = Sphinx(site, site, f"{out}/html", f"{out}/dt", "html", status=None)
        names = set(directives._directive_registry) | set(directives._directives)  # noqa: SLF001
        found = {}
        for name in sorted(n for n in names if known_directive(n)):
            cls = directives._directives.get(name)  # noqa: SLF001 - Sphinx's, the site's
            if cls is None:  # docutils' own, imported when first used
                module, attr = directives._directive_registry[name]  # noqa: SLF001
                package = "docutils.parsers.rst.directives"
                cls = getattr(importlib.import_module(f"{package}.{module}"), attr)
            found[name] = (
                cls.required_arguments,
                cls.optional_arguments,
                bool(cls.final_argument_whitespace),
                # None: it takes any option (healthkb's stand-in for a refused one)
                _options(cls.option_spec),
            )
        del app
        return found


def _options(spec: object) -> tuple[str, ...] | None:
    """The option names of an option_spec; None for one that takes any option
    (a dict of another kind: healthkb's stand-in for a refused directive)."""
    if spec is None:
        return ()
    return tuple(sorted(spec)) if type(spec) is dict else None  # type: ignore[arg-type]


def main() -> None:
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/roots/test-basic"
    rows = "".join(
        f"    {name!r}: {spec!r},\n" for name, spec in live_specs(site).items()
    )
    OUT.write_text(
        '"""What each directive takes: name -> (required arguments, optional\n'
        "arguments, whether the last argument may hold spaces, option names or None\n"
        "for any).\n\n"
        "Written by tools/directive_specs.py from a Sphinx application with the\n"
        'site\'s extensions, then ruff-formatted; do not edit by hand."""\n\n'
        "SPECS: dict[str, tuple[int, int, bool, tuple[str, ...] | None]] = {\n"
        f"{rows}}}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
