"""Speed-ups, all off with ``healthkb_speedups = False``; none changes the output."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from healthkb.model.settings import setting

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def for_each_build(
    app: Sphinx, install: Callable[[], None], uninstall: Callable[[], None]
) -> None:
    """Run *install* when a build's configuration is read, if the speed-ups are on
    (before any document is read), and *uninstall* when the build ends, whatever
    happened: a speed-up that replaces a function puts it back."""

    def install_if_on(app: Sphinx, config: object) -> None:
        if setting(app, "speedups"):
            install()

    def uninstall_at_end(app: Sphinx, exception: BaseException | None) -> None:
        uninstall()

    app.connect("config-inited", install_if_on, priority=100)
    app.connect("build-finished", uninstall_at_end, priority=900)
