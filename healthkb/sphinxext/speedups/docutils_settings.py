"""Each document's docutils settings copied from the first, not parsed again.

Sphinx makes every document's settings with a new docutils ``OptionParser``
(``sphinx.util.docutils._get_settings``, from ``_parse_str_to_doctree``): ~120
options built and their defaults gathered, ~1 ms per document, for settings that
are the same for every document of a build (the same reader, the same parser
class, the environment's own settings dict, the same configuration files). Here
the first result for those inputs is kept for the rest of the build and each
document gets a copy, as ``Values.copy`` gives: the values the option parser made
(its dependency list, lists) are the document's own, the values that came from the
defaults are the same objects they were before (optparse copies them shallowly
too). The kept settings are dropped when the build ends, so a changed
``docutils.conf`` is read by the next build. Off with ``healthkb_speedups = False``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils.utils import DependencyList

from healthkb._compat import sphinx_settings_maker
from healthkb.sphinxext.speedups import for_each_build

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sphinx.application import Sphinx

_MODULE, _ORIGINAL = sphinx_settings_maker()
#: what a component's settings come from (docutils ``SettingsSpec``)
_SPEC = (
    "settings_spec",
    "settings_defaults",
    "settings_default_overrides",
    "relative_path_settings",
    "config_section",
    "config_section_dependencies",
)
#: key -> (the defaults' values, kept so that their ids stay theirs; settings)
_KEPT: dict[tuple[Any, ...], tuple[list[Any], Any]] = {}


def _component_key(component: Any) -> Any:
    """A class, or an instance whose settings are all its class's, by its class;
    None for an instance with settings of its own (never kept)."""
    if isinstance(component, type):
        return component
    own = getattr(component, "__dict__", {})
    return None if any(name in own for name in _SPEC) else type(component)


def get_settings(
    *components: Any, defaults: Mapping[str, Any], read_config_files: bool = False
) -> Any:
    kinds = tuple(_component_key(c) for c in components)
    if None in kinds:
        return _ORIGINAL(
            *components, defaults=defaults, read_config_files=read_config_files
        )
    values = list(defaults.values())
    key = (kinds, read_config_files, tuple((k, id(v)) for k, v in defaults.items()))
    kept = _KEPT.get(key)
    if kept is None:
        settings = _ORIGINAL(
            *components, defaults=defaults, read_config_files=read_config_files
        )
        kept = _KEPT[key] = (values, settings)
    return _own_copy(kept[1], kept[0])


def _own_copy(settings: Any, shared: list[Any]) -> Any:
    own = settings.copy()
    for name, value in vars(own).items():
        if isinstance(value, DependencyList):
            setattr(own, name, DependencyList())
        elif isinstance(value, list | dict | set) and not any(
            value is v for v in shared
        ):
            setattr(own, name, value.copy())
    return own


def install() -> None:
    _KEPT.clear()
    _MODULE._get_settings = get_settings


def uninstall() -> None:
    _MODULE._get_settings = _ORIGINAL
    _KEPT.clear()


def setup(app: Sphinx) -> None:
    for_each_build(app, install, uninstall)
