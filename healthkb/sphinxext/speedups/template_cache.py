"""Keep compiled page templates between builds.

Sphinx compiles furo's and our Jinja templates from source in every process: about
0.2 s of each rebuild, paid again by every parallel writer, whatever changed. Jinja's
own file cache keeps the compiled code next to the doctrees; it checks each entry
against the template's source, so an edited template is compiled again. Off with ``healthkb_speedups = False``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import FileSystemBytecodeCache

from healthkb.model.settings import setting

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def cache_dir(app: Sphinx) -> Path:
    return Path(app.doctreedir) / "healthkb-templates"


def use_cache(app: Sphinx) -> None:
    if not setting(app, "speedups"):
        return
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is None or environment.bytecode_cache is not None:
        return  # another template bridge, or a cache chosen by someone else
    folder = cache_dir(app)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a cache is an optimisation: a read-only folder must not fail a build
    environment.bytecode_cache = FileSystemBytecodeCache(str(folder))


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", use_cache)
