"""Contributed pages read no file outside the content folders and paste none in.

Three layers, so that a route missed by one is caught by the next (SECURITY.md):

1. docutils' own switches: ``file_insertion_enabled`` and ``raw_enabled`` are off for
   every document, so ``include``, ``raw``, ``csv-table :file:`` and the ``raw`` role
   read nothing even from an ``{eval-rst}`` block;
2. the directives that paste a file (``include``, ``literalinclude``, ``raw``) and
   ``csv-table``'s ``:file:``/``:url:`` are replaced by ones that refuse with the
   editor's message at the directive's line;
3. a transform, run before Sphinx's collectors copy images and downloads, judges every
   ``image`` and ``download_reference`` node (whatever directive, role or link made
   it) with :func:`healthkb.model.file_refs.judge_file`, reports the refused ones and removes
   them, and removes ``meta`` nodes (``http-equiv`` refresh redirects).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx import addnodes
from sphinx.directives.patches import CSVTable
from sphinx.transforms import SphinxTransform

from healthkb.model.file_refs import (
    REFUSED_DIRECTIVES,
    REFUSED_OPTIONS,
    content_dirs,
    is_local,
    judge_file,
    refused_directive,
    refused_option,
    symlink_problems,
)
from healthkb.model.settings import setting
from healthkb.problems import problem
from healthkb.sphinxext.incremental.domain import get_domain
from healthkb.sphinxext.problem_log import report

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment


def _doc_path(env: BuildEnvironment, docname: str) -> str:
    return Path(env.doc2path(docname, base=False)).as_posix()


def _refuse(directive: Directive, messages: list[str]) -> list[nodes.Node]:
    """Report each message at the directive's line; the directive writes nothing."""
    env = directive.state.document.settings.env
    path = _doc_path(env, env.docname)
    report(env, [problem(path, directive.lineno, "unsafe-file", m) for m in messages])
    return []


class _AnyOptions(dict):
    """Accept every option name, so the refusal (not "unknown option") is reported."""

    def __missing__(self, key: str) -> object:
        return lambda value: value


class RefusedDirective(Directive):
    """Stands in for a directive that would paste another file into the page."""

    has_content = True
    optional_arguments = 99
    final_argument_whitespace = True
    option_spec: ClassVar[dict] = _AnyOptions()  # any option: refused anyway

    def run(self) -> list[nodes.Node]:
        return _refuse(self, [refused_directive(self.name)])


class ConfinedCSVTable(CSVTable):
    """A csv-table whose rows are written in the page, never read from a file or URL."""

    def run(self) -> list[nodes.Node]:
        refused = [o for o in REFUSED_OPTIONS["csv-table"] if o in self.options]
        if refused:
            return _refuse(self, [refused_option(self.name, o) for o in refused])
        return super().run()


def _line(node: nodes.Node) -> int:
    while node is not None:
        if node.line:
            return node.line
        node = node.parent
    return 1


class ConfineFiles(SphinxTransform):
    """Judge every image and download before Sphinx's collectors copy them."""

    default_priority = 6  # right after RemoveUnsafeContent (5), before collectors

    def apply(self, **kwargs: object) -> None:
        env = self.env
        docname = env.docname
        path = _doc_path(env, docname)
        settings = get_domain(env).site.settings
        dirs = content_dirs(settings.articles_dir)
        root = Path(env.srcdir)
        found = []
        for image in list(self.document.findall(nodes.image)):
            uri = image.get("uri", "")
            verdict = is_local(uri) and judge_file(uri, "image", path, root, dirs)
            if verdict:
                found.append(problem(path, _line(image), "unsafe-file", verdict))
                image.parent.remove(image)
        for ref in list(self.document.findall(addnodes.download_reference)):
            target = ref.get("reftarget", "")
            verdict = is_local(target) and judge_file(
                target, "download", path, root, dirs
            )
            if verdict:
                found.append(problem(path, _line(ref), "unsafe-file", verdict))
                ref.replace_self(nodes.inline(ref.rawsource, "", *ref.children))
        for meta in list(self.document.findall(nodes.meta)):
            found.append(
                problem(
                    path,
                    _line(meta),
                    "unsafe-markup",
                    "a meta tag is not allowed in contributed pages (it can redirect "
                    "readers to another site): the page's description comes from the "
                    "front matter",
                )
            )
            meta.parent.remove(meta)
        report(env, found)
        if found:  # read again next build, so the error is repeated until fixed
            get_domain(env).data.setdefault("flagged", {})[docname] = True


def disable_file_insertion(
    app: Sphinx, env: BuildEnvironment, docnames: list[str]
) -> None:
    # docutils' own switches; set before each read (a loaded environment keeps them
    # only as long as the process does, and parallel readers fork after this).
    env.settings["file_insertion_enabled"] = False
    env.settings["raw_enabled"] = False


def exclude_symlinks(app: Sphinx, config: Config) -> None:
    """Sphinx's file discovery follows symbolic links (three links to '.' make it walk
    forever): leave every link in the content folders out of it. They are refused by
    name in the site's problems."""
    root = Path(app.srcdir)
    dirs = content_dirs(setting(config, "articles_dir"))
    links = [
        problem.path
        for problem in symlink_problems(root, dirs)
        if problem.rule == "unsafe-markup"
    ]
    if links:
        config.exclude_patterns = [*config.exclude_patterns, *links]


def setup(app: Sphinx) -> None:
    for name in REFUSED_DIRECTIVES:
        app.add_directive(name, RefusedDirective, override=True)
    app.add_directive("csv-table", ConfinedCSVTable, override=True)
    app.add_transform(ConfineFiles)
    app.connect("env-before-read-docs", disable_file_insertion, priority=100)
