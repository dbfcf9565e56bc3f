"""A bug in healthkb's handling of one page reports that page instead of a traceback.

Every event handler the extension connects goes through :func:`guarded`: an unexpected
exception is logged as an error located at the document being handled (so the strict
build fails and says where), and the build goes on with every other page. Sphinx's own
errors (``SphinxError``: configuration, a missing Pagefind binary) still stop the build,
since they are not about one page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sphinx.errors import SphinxError
from sphinx.util import logging

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger("healthkb")

#: what an event's emitter expects back when a handler had nothing to say
_EMPTY: dict[str, Any] = {"env-get-outdated": [], "env-get-updated": []}


def _location(app: Sphinx, args: tuple[Any, ...]) -> str | None:
    env = getattr(app, "env", None)
    docs = getattr(env, "found_docs", ()) or ()
    for arg in args:
        if isinstance(arg, str) and arg in docs:
            return arg
    return getattr(env, "docname", None) or None if env is not None else None


def guarded(app: Sphinx, event: str, handler: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(handler)
    def run(*args: Any) -> Any:
        try:
            return handler(*args)
        except SphinxError:
            raise
        except Exception as exc:  # noqa: BLE001 - reported, with the page, below
            logger.error(
                "healthkb failed while handling this page (%s in %s: %s); the other "
                "pages are still built. Please report this with the page's file",
                type(exc).__name__,
                getattr(handler, "__qualname__", handler),
                str(exc)[:200],
                location=_location(app, args),
                type="healthkb",
                subtype="internal",
            )
            return _EMPTY.get(event)

    return run


class GuardedApp:
    """The Sphinx application as the extension's modules see it: ``connect`` guards."""

    def __init__(self, app: Sphinx) -> None:
        self._app = app

    def connect(
        self, event: str, callback: Callable[..., Any], priority: int = 500
    ) -> int:
        return self._app.connect(event, guarded(self._app, event, callback), priority)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._app, name)
