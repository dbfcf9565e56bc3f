"""Report :class:`~healthkb.problems.Problem` objects through Sphinx's logger."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sphinx.util import logging

from healthkb.problems import Level, Problem

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger("healthkb")


def report(env: BuildEnvironment, problems: Iterable[Problem]) -> None:
    """Log each problem at its file and line, as ``healthkb.<rule>``."""
    for p in problems:
        docname = p.path.removesuffix(".md")
        location: object = (
            (docname, p.line)
            if docname in env.found_docs
            else f"{env.srcdir / p.path}:{p.line}"
        )
        log = logger.error if p.level == Level.ERROR else logger.warning
        log(p.message, location=location, type="healthkb", subtype=p.rule)
