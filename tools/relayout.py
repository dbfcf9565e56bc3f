"""Move healthkb's flat modules into packages, and rewrite every reference to them.

Issue 14: the layout should show the architecture (model, rules, bibliography, the
Sphinx extension with its incremental machinery and speed-ups, the command line, the
importer). ``MOVES`` below is the one old -> new map of dotted module names.

    python tools/relayout.py                 # git mv every module, then rewrite
    python tools/relayout.py --rewrite-only  # rewrite references only (after a merge)

The rewrite is idempotent: run it again after merging a branch that still imports
the old names, and it changes only what still says an old name. It rewrites

* ``from healthkb.X import module`` statements (parsed with ``ast``, so multi-line and
  function-local imports too); a module whose name changed is imported under its new
  name and its uses in that file are renamed, unless that name is taken there;
* in ``tests/``, imports of the shared test modules, now ``tests/helpers/``
  (``from conftest import soup`` -> ``from helpers.site import soup``);
* dotted names (``healthkb.extension.reading``) and paths (``healthkb/vancouver.py``)
  in Python, TOML, Markdown, YAML, JSON, Makefile and template files.

Four old modules share their name with a rule id (``healthkb.readability`` is also the
warning type of the readability rule, as in ``suppress_warnings``): those are rewritten
only where they are clearly a module (an import, an attribute after them, a path,
``:mod:``); other occurrences are listed for a human to look at.

In ``--rewrite-only`` mode, a module another branch added inside a folder that moved
(``healthkb/extension/new.py``) is moved along with it (to ``healthkb/sphinxext/``), since
the rewritten imports expect it there. Modules added at the top (``healthkb/new.py``)
stay where they are; place them by hand if they belong to a package.
Afterwards, ``ruff check --select I --fix`` and ``ruff format`` tidy the files changed.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: old dotted module -> new dotted module (packages: the package itself)
MOVES: dict[str, str] = {
    # the pure model of the site: articles, authors, settings, the site's data
    "healthkb.article": "healthkb.model.article",
    "healthkb.authors": "healthkb.model.authors",
    "healthkb.frontmatter": "healthkb.model.front_matter",
    "healthkb.frontmatter_schema": "healthkb.model.front_matter_schema",
    "healthkb.front_matter_edit": "healthkb.model.front_matter_edit",
    "healthkb.settings": "healthkb.model.settings",
    "healthkb.site": "healthkb.model.site",
    "healthkb.review_history": "healthkb.model.review_history",
    "healthkb.review_status": "healthkb.model.review_status",
    "healthkb.keywords": "healthkb.model.keyword_index",
    "healthkb.listing": "healthkb.model.listing",
    "healthkb.related": "healthkb.model.related",
    "healthkb.page_data": "healthkb.model.byline",
    "healthkb.key_figures": "healthkb.model.key_figures",
    "healthkb.markdown_scan": "healthkb.model.markdown_scan",
    "healthkb.parser_input": "healthkb.model.parser_input",
    "healthkb.file_refs": "healthkb.model.file_refs",
    "healthkb.moves": "healthkb.model.moves",
    # the rules an article and its sources must pass
    "healthkb.checks": "healthkb.rules.checks",
    "healthkb.content_rules": "healthkb.rules.content_rules",
    "healthkb.link_rules": "healthkb.rules.link_rules",
    "healthkb.markup_rules": "healthkb.rules.markup_rules",
    "healthkb.key_figure_rules": "healthkb.rules.key_figure_rules",
    "healthkb.site_links": "healthkb.rules.site_link_rules",
    "healthkb.readability": "healthkb.rules.readability",
    "healthkb.chatter": "healthkb.rules.chatter",
    "healthkb.chatter_furniture": "healthkb.rules.chatter_furniture",
    "healthkb.bibliography_rules": "healthkb.rules.source_rules",
    # the bibliography: read, store, style, and adding sources
    "healthkb.bibliography": "healthkb.bib.read",
    "healthkb.bib_store": "healthkb.bib.store",
    "healthkb.vancouver": "healthkb.bib.nlm_style",
    "healthkb.bib_fields": "healthkb.bib.fields",
    "healthkb.title_case": "healthkb.bib.title_case",
    "healthkb.source_records": "healthkb.bib.records",
    "healthkb.source_lookup": "healthkb.bib.lookup",
    "healthkb.source_match": "healthkb.bib.match",
    "healthkb.sources_add": "healthkb.bib.add_sources",
    "healthkb.retractions": "healthkb.bib.retractions",
    "healthkb.retraction_verdict": "healthkb.rules.retraction_rules",
    # what published files carry: CSP, feed, sitemap, JSON-LD, escaped tags
    "healthkb.csp": "healthkb.web.csp",
    "healthkb.feed": "healthkb.web.atom_feed",
    "healthkb.sitemap": "healthkb.web.sitemap",
    "healthkb.structured_data": "healthkb.web.structured_data",
    "healthkb.html_tags": "healthkb.web.html_tags",
    # the command line: healthkb.cli stays (cli.py becomes cli/__init__.py)
    "healthkb.commands": "healthkb.cli.commands",
    "healthkb.commands.check": "healthkb.cli.commands.check",
    "healthkb.commands.import_draft": "healthkb.cli.commands.import_draft",
    "healthkb.commands.keywords": "healthkb.cli.commands.keywords",
    "healthkb.commands.move": "healthkb.cli.commands.move",
    "healthkb.commands.new": "healthkb.cli.commands.new",
    "healthkb.commands.review": "healthkb.cli.commands.review",
    "healthkb.commands.reviews": "healthkb.cli.commands.reviews",
    "healthkb.commands.serve": "healthkb.cli.commands.serve",
    "healthkb.commands.source": "healthkb.cli.commands.source",
    "healthkb.commands.topic": "healthkb.cli.commands.topic",
    "healthkb.github_annotations": "healthkb.cli.github_annotations",
    "healthkb.conf_preflight": "healthkb.cli.conf_preflight",
    # the importer (already a package): names that say what they do
    "healthkb.importer.chatter": "healthkb.importer.drop_chatter",
    "healthkb.importer.vancouver": "healthkb.importer.reference_parser",
    "healthkb.keyword_suggest": "healthkb.importer.keyword_suggest",
    # the Sphinx extension: one module per feature
    "healthkb.extension": "healthkb.sphinxext",
    "healthkb.extension.article_list": "healthkb.sphinxext.article_list",
    "healthkb.extension.bibfiles": "healthkb.sphinxext.bibtex_input",
    "healthkb.extension.build_lock": "healthkb.sphinxext.build_lock",
    "healthkb.extension.catalogue": "healthkb.sphinxext.catalogue",
    "healthkb.extension.config_check": "healthkb.sphinxext.config_check",
    "healthkb.extension.confinement": "healthkb.sphinxext.confinement",
    "healthkb.extension.guard": "healthkb.sphinxext.guard",
    "healthkb.extension.head": "healthkb.sphinxext.page_head",
    "healthkb.extension.home": "healthkb.sphinxext.search_forms",
    "healthkb.extension.key_figures": "healthkb.sphinxext.key_figure_directive",
    "healthkb.extension.keyword_pages": "healthkb.sphinxext.keyword_pages",
    "healthkb.extension.keywords": "healthkb.sphinxext.keyword_terms",
    "healthkb.extension.logging": "healthkb.sphinxext.problem_log",
    "healthkb.extension.navigation": "healthkb.sphinxext.navigation",
    "healthkb.extension.page": "healthkb.sphinxext.article_page",
    "healthkb.extension.pagefind": "healthkb.sphinxext.pagefind",
    "healthkb.extension.publish": "healthkb.sphinxext.sitemap_feed",
    "healthkb.extension.reading": "healthkb.sphinxext.read_articles",
    "healthkb.extension.redirects": "healthkb.sphinxext.redirects",
    "healthkb.extension.review_page": "healthkb.sphinxext.review_page",
    "healthkb.extension.security": "healthkb.sphinxext.security",
    "healthkb.extension.sources": "healthkb.sphinxext.sources_page",
    "healthkb.extension.topic_cards": "healthkb.sphinxext.topic_cards",
    # ... its incremental machinery: per-document data, staleness, CI cache
    "healthkb.extension.domain": "healthkb.sphinxext.incremental.domain",
    "healthkb.extension.dependents": "healthkb.sphinxext.incremental.cross_document",
    "healthkb.extension.page_frame": "healthkb.sphinxext.incremental.page_frames",
    "healthkb.extension.stale_output": "healthkb.sphinxext.incremental.stale_output",
    "healthkb.extension.stable_config": "healthkb.sphinxext.incremental.stable_config",
    "healthkb.extension.bibcache": "healthkb.sphinxext.incremental.bib_changes",
    "healthkb.extension.html_builder": "healthkb.sphinxext.incremental.html_builder",
    "healthkb.extension.job_count": "healthkb.sphinxext.incremental.job_count",
    "healthkb.build_cache": "healthkb.sphinxext.incremental.ci_cache",
    # ... and its speed-ups (all behind healthkb_speedups)
    "healthkb.extension.gc_tuning": "healthkb.sphinxext.speedups.gc_tuning",
    "healthkb.extension.plugin_cache": "healthkb.sphinxext.speedups.plugin_cache",
    "healthkb.extension.template_cache": "healthkb.sphinxext.speedups.template_cache",
    "healthkb.extension.shared_bibdata": "healthkb.sphinxext.speedups.shared_bibdata",
    "healthkb.extension.lean_parallel_read": (
        "healthkb.sphinxext.speedups.lean_parallel_read"
    ),
    "healthkb.latex_decode": "healthkb.bib.latex_text",
    "healthkb.regex_literals": "healthkb.rules.regex_literals",
    "healthkb.check_workers": "healthkb.rules.check_workers",
}

#: names that moved to a module of their own, to break an import cycle:
#: (module, name) -> the module to import the name from now
NAME_MOVES = {
    ("healthkb", "__version__"): "healthkb.version",
    ("healthkb.cli", "UserError"): "healthkb.cli.errors",
}

#: old package folder -> new folder; files another branch adds there move along
FOLDERS = {
    "healthkb/extension": "healthkb/sphinxext",
    "healthkb/commands": "healthkb/cli/commands",
}
#: non-module files and folders that move with their package
DATA = {
    "healthkb/extension/templates": "healthkb/sphinxext/templates",
    "healthkb/extension/static": "healthkb/sphinxext/static",
    "healthkb/cli.py": "healthkb/cli/__init__.py",
}
#: new packages and what each holds (their __init__ docstring)
NEW_PACKAGES = {
    "healthkb/model": "The site as plain data: articles, authors, settings, the site. No Sphinx.",
    "healthkb/rules": "The rules articles and sources must pass, shared by ``healthkb check`` and the build.",
    "healthkb/bib": "The bibliography: read ``references.bib``, keep it, print it in NLM style, add sources.",
    "healthkb/web": "What published files carry: Content-Security-Policy, Atom feed, sitemap, JSON-LD, escaped tags.",
    "healthkb/sphinxext/incremental": "Incremental and parallel builds: per-document data, stale pages, CI cache.",
    "healthkb/sphinxext/speedups": "Speed-ups, all off with ``healthkb_speedups = False``; none changes the output.",
}
#: old module names that are also rule ids (warning subtypes): rewrite with care
AMBIGUOUS = {
    "healthkb.bibliography",
    "healthkb.keywords",
    "healthkb.readability",
    "healthkb.related",
}

SUFFIXES = {
    ".py",
    ".toml",
    ".md",
    ".cfg",
    ".yml",
    ".yaml",
    ".json",
    ".jinja",
    ".html",
    ".txt",
}
NAMES = {"Makefile", "run", "find-python", "need-chromium"}
SKIP = (
    "articles/",
    "tests/fixtures/",
    "tests/browser/vendor/",
    "_build/",
    ".venv/",
    "tools/relayout.py",
    "tests/test_relayout.py",  # its fixture is written in the old names
)


def module_path(dotted: str) -> str:
    """``healthkb.extension`` -> ``healthkb/extension``; files get ``.py`` where they are one."""
    return dotted.replace(".", "/")


def old_file(dotted: str) -> Path:
    base = ROOT / module_path(dotted)
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def new_file(dotted: str, old: Path) -> Path:
    base = ROOT / module_path(dotted)
    return (
        base / "__init__.py" if old.name == "__init__.py" else base.with_suffix(".py")
    )


def say(line: str) -> None:
    sys.stdout.write(f"{line}\n")


def git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=ROOT, check=True)


def move_files() -> None:
    for old, new in sorted(MOVES.items(), key=lambda kv: kv[0].count(".")):
        src = old_file(old)
        if not src.exists():
            continue
        dst = new_file(new, src)
        dst.parent.mkdir(parents=True, exist_ok=True)
        git("mv", str(src.relative_to(ROOT)), str(dst.relative_to(ROOT)))
    for old, new in DATA.items():
        if (ROOT / old).exists():
            (ROOT / new).parent.mkdir(parents=True, exist_ok=True)
            git("mv", old, new)
    for folder, doc in NEW_PACKAGES.items():
        init = ROOT / folder / "__init__.py"
        if not init.exists():
            init.parent.mkdir(parents=True, exist_ok=True)
            init.write_text(f'"""{doc}"""\n', encoding="utf-8")
            git("add", str(init.relative_to(ROOT)))


def place_added_files() -> None:
    """Files other branches added inside a folder that moved go where it went."""
    for old, new in FOLDERS.items():
        for src in sorted((ROOT / old).glob("*.py")) if (ROOT / old).is_dir() else []:
            dst = ROOT / new / src.name
            if dst.exists():
                sys.exit(
                    f"relayout: {src.relative_to(ROOT)} and {dst.relative_to(ROOT)} both exist; merge them by hand"
                )
            git("mv", str(src.relative_to(ROOT)), str(dst.relative_to(ROOT)))
            say(f"relayout: moved {src.relative_to(ROOT)} -> {dst.relative_to(ROOT)}")
    for old in MOVES:
        src = old_file(old)
        if src.exists() and src.name != "__init__.py":
            say(
                f"relayout: {src.relative_to(ROOT)} is still at its old place: merge it into {MOVES[old]}"
            )


# ---------------------------------------------------------------- rewriting
def _alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


DOTTED = re.compile(rf"(?<![\w.])({_alternation(list(MOVES))})(?!\w)")
PATHS: dict[str, str] = {}
for _old, _new in MOVES.items():
    _src = _old.replace(".", "/")
    if _old in ("healthkb.extension", "healthkb.commands"):
        PATHS[_src] = _new.replace(".", "/")
    else:
        PATHS[_src + ".py"] = _new.replace(".", "/") + ".py"
PATHS["healthkb/cli.py"] = "healthkb/cli/__init__.py"
PATH_RE = re.compile(rf"(?<![\w./-])({_alternation(list(PATHS))})(?![\w])")
#: where an ambiguous name is a module: an import, an attribute, a :mod: role
_MODULE_BEFORE = re.compile(r"(from\s+|import\s+|:mod:`~?|:func:`~?|:class:`~?|``)$")


def rewrite_dotted(text: str, where: str, report: list[str]) -> str:
    def sub(m: re.Match[str]) -> str:
        old = m.group(1)
        if old in AMBIGUOUS:
            before = text[max(0, m.start() - 10) : m.start()]
            after = text[m.end() : m.end() + 2]
            if not (_MODULE_BEFORE.search(before) or re.match(r"\.\w", after)):
                line = text.count("\n", 0, m.start()) + 1
                report.append(
                    f"{where}:{line}: {old!r} left as is (a rule id or a module?)"
                )
                return old
        return MOVES[old]

    return DOTTED.sub(sub, text)


#: tests' shared modules, now in the tests/helpers package
TEST_HELPERS = {
    **{
        name: f"helpers.{name}"
        for name in (
            "bad_input_cases",
            "keyword_site",
            "metadata_server",
            "move_site",
            "preview_server",
            "site_runs",
        )
    },
}
_TEST_IMPORT = re.compile(
    rf"^(\s*)from ({_alternation(list(TEST_HELPERS))}) import", re.M
)


def _helpers_site_names() -> set[str]:
    site = ROOT / "tests" / "helpers" / "site.py"
    if not site.is_file():
        return set()
    tree = ast.parse(site.read_text(encoding="utf-8"))
    names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


_CONFTEST_IMPORT = re.compile(
    r"^(\s*)from conftest import (\(?)([\w\s,]+?)(\)?)$", re.M
)


def rewrite_test_imports(text: str) -> str:
    """``from conftest import soup`` -> ``from helpers.site import soup`` (in tests/),
    when every name imported is in helpers.site (a helper another branch added to
    conftest stays imported from there); the other shared modules move as a whole."""
    known = _helpers_site_names()

    def conftest(m: re.Match[str]) -> str:
        names = {n.split(" as ")[0].strip() for n in m.group(3).split(",") if n.strip()}
        if not names or not names <= known:  # (a multi-line import: left)
            return m.group(0)
        return (
            f"{m.group(1)}from helpers.site import {m.group(2)}{m.group(3)}{m.group(4)}"
        )

    text = _CONFTEST_IMPORT.sub(conftest, text)
    return _TEST_IMPORT.sub(
        lambda m: f"{m.group(1)}from {TEST_HELPERS[m.group(2)]} import", text
    )


def rewrite_paths(text: str) -> str:
    return PATH_RE.sub(lambda m: PATHS[m.group(1)], text)


def _bound_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
    return names


def rewrite_imports(text: str) -> str:
    """``from healthkb import frontmatter`` -> ``from healthkb.model import front_matter``."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return text
    bound = _bound_names(tree)
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    edits: list[tuple[int, int, str]] = []
    renames: dict[str, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        if not any(
            f"{node.module}.{a.name}" in MOVES or (node.module, a.name) in NAME_MOVES
            for a in node.names
        ):
            continue
        groups: dict[str, list[str]] = {}
        for a in node.names:
            full = f"{node.module}.{a.name}"
            if full in MOVES:
                parent, leaf = MOVES[full].rsplit(".", 1)
                local = a.asname or a.name
                if a.asname is None and leaf != a.name:
                    if leaf in bound or renames.get(a.name, leaf) != leaf:
                        local = a.name  # the new name is taken here: keep the old one
                    else:
                        renames[a.name] = leaf
                        local = leaf
                part = leaf if local == leaf else f"{leaf} as {local}"
            else:
                parent = NAME_MOVES.get(
                    (node.module, a.name), MOVES.get(node.module, node.module)
                )
                part = a.name if a.asname is None else f"{a.name} as {a.asname}"
            groups.setdefault(parent, []).append(part)
        indent = " " * node.col_offset
        stmt = f"\n{indent}".join(
            f"from {mod} import {', '.join(parts)}" for mod, parts in groups.items()
        )
        start = offsets[node.lineno - 1] + node.col_offset
        end = offsets[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]
        edits.append((start, end, stmt))
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in renames:
            start = offsets[node.lineno - 1] + node.col_offset
            edits.append((start, start + len(node.id), renames[node.id]))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def candidates() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    files = []
    for rel in out:
        path = ROOT / rel
        if rel.startswith(SKIP) or path.is_symlink() or not path.is_file():
            continue
        if path.suffix in SUFFIXES or path.name in NAMES:
            files.append(path)
    return files


def rewrite_tree() -> list[Path]:
    changed: list[Path] = []
    report: list[str] = []
    for path in candidates():
        text = path.read_text(encoding="utf-8")
        where = str(path.relative_to(ROOT))
        rewrite_dotted(
            text, where, report
        )  # reported at the lines of the file as it was
        new = rewrite_imports(text) if path.suffix == ".py" else text
        if path.suffix == ".py" and path.relative_to(ROOT).parts[0] == "tests":
            new = rewrite_test_imports(new)
        new = rewrite_paths(rewrite_dotted(new, where, []))
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    for line in report:
        say(f"relayout: {line}")
    return changed


def tidy(changed: list[Path]) -> None:
    # only the code ruff checks (conf.py files are the site's, formatted by hand)
    py = [
        str(p)
        for p in changed
        if p.suffix == ".py"
        and p.relative_to(ROOT).parts[0] in ("healthkb", "tests", "benchmarks", "tools")
        and "roots" not in p.parts
    ]
    ruff = ROOT / ".venv" / "bin" / "ruff"
    if py and ruff.exists():
        subprocess.run(
            [str(ruff), "check", "--quiet", "--select", "I", "--fix", *py],
            cwd=ROOT,
            check=False,
        )
        subprocess.run([str(ruff), "format", "--quiet", *py], cwd=ROOT, check=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--rewrite-only",
        action="store_true",
        help="no git mv: rewrite references in the working tree",
    )
    args = parser.parse_args(argv)
    if args.rewrite_only:
        place_added_files()
    else:
        move_files()
    changed = rewrite_tree()
    tidy(changed)
    say(f"relayout: {len(changed)} files rewritten")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
