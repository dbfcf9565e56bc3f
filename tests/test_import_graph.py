"""healthkb's modules import each other without cycles, and no private module or
attribute of another package is imported or read outside ``healthkb._compat``
(attribute reads on a module or a class imported from Sphinx, docutils, pybtex,
furo, sphinxcontrib and the other extensions; reads through instances are not seen).

The graph is read from the source (``ast``), so an import inside a function counts
as much as one at the top: a lazy import that only hides a cycle is still a cycle.
Imports under ``if TYPE_CHECKING:`` do not run and are not counted. ``from pkg import
sub`` is an edge to ``pkg.sub`` when ``sub`` is a module, else to ``pkg``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "healthkb"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(tree: ast.AST) -> list[tuple[str, list[str], int]]:
    """(module, names imported from it, line) for every import that runs."""
    found: list[tuple[str, list[str], int]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((a.name, [], node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, [a.name for a in node.names], node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def sources() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def import_graph() -> dict[str, set[str]]:
    modules = sources()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for target, names, _line in imported_names(tree):
            if target not in modules:
                continue
            subs = {f"{target}.{n}" for n in names} & modules.keys()
            graph[name] |= subs or {target}
            if len(subs) < len(names):  # some names are attributes of target itself
                graph[name].add(target)
        graph[name].discard(name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph[node]):
            if succ not in index:
                connect(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def a_cycle(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """One concrete path a -> b -> ... -> a inside *component*, to name in the failure."""
    members = set(component)
    start = component[0]
    path = [start]
    seen = {start}
    node = start
    while True:
        succs = sorted(graph[node] & members)
        if start in succs and len(path) > 1:
            return [*path, start]
        nxt = next((s for s in succs if s not in seen), None)
        if nxt is None:
            return [*path, "..."]
        path.append(nxt)
        seen.add(nxt)
        node = nxt


def test_the_graph_sees_real_edges():
    graph = import_graph()
    assert "healthkb.model.article" in graph["healthkb.rules.checks"]
    assert "healthkb.cli.commands.check" in graph["healthkb.cli.commands"]


def test_cycle_finder_names_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert a_cycle(graph, ["a", "b", "c"]) == ["a", "b", "c", "a"]


def test_no_import_cycles():
    graph = import_graph()
    named = [" -> ".join(a_cycle(graph, c)) for c in cycles(graph)]
    assert named == [], "import cycles:\n" + "\n".join(named)


#: other packages' private modules healthkb may import, and only from _compat
PRIVATE_OK_IN = "healthkb._compat"


@pytest.mark.parametrize("name", sorted(sources()))
def test_private_modules_of_other_packages_only_in_compat(name):
    if name == PRIVATE_OK_IN:
        return
    tree = ast.parse(sources()[name].read_text(encoding="utf-8"))
    private = [
        f"line {line}: {target}"
        + (f" ({', '.join(n for n in names if n.startswith('_'))})" if names else "")
        for target, names, line in imported_names(tree)
        if not target.startswith(("healthkb", "__future__"))
        and (
            any(part.startswith("_") for part in target.split("."))
            or any(n.startswith("_") and n != "__version__" for n in names)
        )
    ]
    assert private == [], f"{name} imports private internals; move them to _compat"


#: the packages whose internals healthkb reaches into (pyproject.toml bounds them)
THIRD_PARTY = {
    "sphinx",
    "docutils",
    "pybtex",
    "pybtex_docutils",
    "furo",
    "sphinxcontrib",
    "myst_parser",
    "sphinx_design",
    "notfound",
    "sphinxext",
}


def private_attribute_reads(tree: ast.AST) -> list[str]:
    """``module._name`` where *module* is a name bound to one of THIRD_PARTY's
    modules or to something imported from them (``nodes._x``, ``Klass._y``). Reads
    through instances (``app.env._x``) are not seen: this check is a floor."""
    bound: set[str] = set()
    for target, names, _line in imported_names(tree):
        if target.split(".")[0] not in THIRD_PARTY:
            continue
        if names:
            bound |= set(names)
        else:
            bound.add(target.split(".")[0])
    return [
        f"line {node.lineno}: {node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in bound
        and node.attr.startswith("_")
        and not node.attr.endswith("__")
    ]


def test_private_attribute_check_sees_one():
    tree = ast.parse("from sphinx.domains import std\nx = std._terms\ny = std.terms\n")
    assert private_attribute_reads(tree) == ["line 2: std._terms"]


@pytest.mark.parametrize("name", sorted(sources()))
def test_private_attributes_of_other_packages_only_in_compat(name):
    if name == PRIVATE_OK_IN:
        return
    tree = ast.parse(sources()[name].read_text(encoding="utf-8"))
    assert private_attribute_reads(tree) == [], f"{name}: move these reads to _compat"
