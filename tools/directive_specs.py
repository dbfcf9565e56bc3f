"""Write healthkb/rules/directive_specs.py: what each directive an article may use
takes (its arguments and options), which refuse to run without content, and the
converters of their option values, read from a real Sphinx application with the
site's extensions, so ``healthkb check`` (which runs without Sphinx) judges a
directive's first line, options and content as the build does.

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
    return live_tables(site)[0]


def live_tables(
    site: Path,
) -> tuple[
    dict[str, tuple[int, int, bool, tuple[str, ...] | None]],
    frozenset[str],
    dict[str, dict[str, str]],
]:
    """From one application with the site's extensions: :func:`live_specs`; the
    directives that refuse to run without content (docutils' "Content block
    expected"), found by running each with none; and name -> {option: its value's
    converter, "module:function"} for the converters of docutils (and int) that may
    refuse a value, which check can call without Sphinx."""
    from docutils.parsers.rst import DirectiveError, directives
    from sphinx.application import Sphinx

    from healthkb.rules.markup_rules import known_directive

    with tempfile.TemporaryDirectory() as out:
        app = Sphinx(site, site, f"{out}/html", f"{out}/dt", "html", status=None)
        names = set(directives._directive_registry) | set(directives._directives)  # noqa: SLF001
        specs, content, values = {}, set(), {}
        for name in sorted(n for n in names if known_directive(n)):
            cls = _directive_class(name)
            specs[name] = (
                cls.required_arguments,
                cls.optional_arguments,
                bool(cls.final_argument_whitespace),
                # None: it takes any option (healthkb's stand-in for a refused one)
                _options(cls.option_spec),
            )
            if _refuses_no_content(cls, name, DirectiveError):
                content.add(name)
            spec = cls.option_spec if type(cls.option_spec) is dict else {}
            named = {
                option: converter
                for option, function in sorted((spec or {}).items())
                if (converter := _converter_name(function, directives))
            }
            if named:
                values[name] = named
        del app
        return specs, frozenset(content), values


def _directive_class(name: str) -> type:
    from docutils.parsers.rst import directives

    cls = directives._directives.get(name)  # noqa: SLF001 - Sphinx's, the site's
    if cls is None:  # docutils' own, imported when first used
        module, attr = directives._directive_registry[name]  # noqa: SLF001
        package = "docutils.parsers.rst.directives"
        cls = getattr(importlib.import_module(f"{package}.{module}"), attr)
    return cls


def _refuses_no_content(cls: type, name: str, error: type) -> bool:
    """Whether the directive, run with its required arguments and no content,
    stops at docutils' content check (before it needs a document)."""
    from types import SimpleNamespace

    machine = SimpleNamespace(reporter=None, document=None)
    arguments = ["x"] * cls.required_arguments
    try:
        cls(name, arguments, {}, [], 1, 0, "", None, machine).run()
    except error as exc:
        return str(exc.msg).startswith("Content block expected")
    except Exception:  # noqa: BLE001 - it needs a document first: not known
        return False
    return False


def _converter_name(function: object, directives: object) -> str:
    """ "module:function" of an option's converter check may call (docutils' own
    functions and int); "" for one that never refuses a value (flag: MyST takes
    any; unchanged) or that check cannot import without Sphinx."""
    if function is int:
        return "builtins:int"
    module = getattr(function, "__module__", "") or ""
    qualname = getattr(function, "__qualname__", "") or ""
    if not module.startswith("docutils.") or "." in qualname or "<" in qualname:
        return ""
    if function in (directives.flag, directives.unchanged):  # type: ignore[attr-defined]
        return ""
    return f"{module}:{qualname}"


def _options(spec: object) -> tuple[str, ...] | None:
    """The option names of an option_spec; None for one that takes any option
    (a dict of another kind: healthkb's stand-in for a refused directive)."""
    if spec is None:
        return ()
    return tuple(sorted(spec)) if type(spec) is dict else None  # type: ignore[arg-type]


def main() -> None:
    site = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/roots/test-basic"
    specs, content, values = live_tables(site)
    rows = "".join(f"    {name!r}: {spec!r},\n" for name, spec in specs.items())
    value_rows = "".join(
        f"    {name!r}: {named!r},\n" for name, named in values.items()
    )
    OUT.write_text(
        '"""What each directive takes: name -> (required arguments, optional\n'
        "arguments, whether the last argument may hold spaces, option names or None\n"
        "for any); the directives that refuse to run without content; the\n"
        "converters of option values check may call (docutils' own, and int).\n\n"
        "Written by tools/directive_specs.py from a Sphinx application with the\n"
        'site\'s extensions, then ruff-formatted; do not edit by hand."""\n\n'
        "SPECS: dict[str, tuple[int, int, bool, tuple[str, ...] | None]] = {\n"
        f"{rows}}}\n\n"
        "#: the directives the build refuses without content\n"
        f"CONTENT_REQUIRED: frozenset[str] = frozenset({sorted(content)!r})\n\n"
        "#: name -> {option: the converter of its value, 'module:function'}\n"
        "VALUES: dict[str, dict[str, str]] = {\n"
        f"{value_rows}}}\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
