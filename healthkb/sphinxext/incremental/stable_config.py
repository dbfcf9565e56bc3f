"""A build with nothing changed must not say "The configuration has changed".

Sphinx compares the configuration saved with the environment against the new one as
conf.py leaves it. Some values are completed later in every build: Sphinx gives each
``html_css_files`` entry its priority when the builder starts, and sphinx-design adds
its static folder then, furo registers its ``pygments_dark_style`` option then. The
saved copy has those additions, the new one not, so every build reported 4 changed
options. Completing them already when the
configuration is read (and not twice) makes the two the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_design.extension import STATIC_DIR

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config


def complete_early(app: Sphinx, config: Config) -> None:
    for entry in config.html_css_files:
        if isinstance(entry, tuple) and isinstance(entry[1], dict):
            entry[1].setdefault("priority", 800)  # what the HTML builder sets
    if str(STATIC_DIR) not in map(str, config.html_static_path):
        config.html_static_path.append(str(STATIC_DIR))


def drop_repeats(app: Sphinx) -> None:
    """sphinx-design appends its folder again when the builder starts: keep one."""
    seen: set[str] = set()
    config = app.config
    config.html_static_path[:] = [
        p for p in config.html_static_path if not (str(p) in seen or seen.add(str(p)))
    ]


def setup(app: Sphinx) -> None:
    # furo registers pygments_dark_style only when the builder loads the theme, after
    # the comparison: load it now, so the option exists in both copies
    if app.config._raw_config.get("html_theme") == "furo":
        app.setup_extension("furo")
    # after Sphinx's own conversion of html_css_files (priority 800)
    app.connect("config-inited", complete_early, priority=950)
    app.connect("builder-inited", drop_repeats, priority=900)
