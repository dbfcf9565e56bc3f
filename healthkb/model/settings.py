"""Site settings: the ``healthkb_*`` values of ``conf.py``, typed, with defaults.

Each setting is declared once, as a field of :class:`SiteSettings` made by
:func:`_setting`: its conf.py default, Sphinx rebuild scope, accepted types,
description and value check. :data:`SETTINGS` (what the Sphinx extension registers)
is derived from those fields, and the command line reads the same names from
``conf.py``, so both apply the same settings. Code that runs inside Sphinx reads a
value with :func:`setting`.
"""

from __future__ import annotations

import os
import re
import runpy
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: conf.py names are the field names with this in front
PREFIX = "healthkb_"

_TYPE_WORDS: dict[type, str] = {
    int: "a whole number",
    str: "text in quotes",
    bool: "True or False",
}


class SettingError(str):
    """The message about one setting's value, which also says which setting it is
    (:attr:`name`), so no caller parses the name back out of the text."""

    name: str

    def __new__(cls, name: str, message: str) -> SettingError:
        error = super().__new__(cls, message)
        error.name = name
        return error


#: after the type check: (conf.py name, value) -> (typed value, message or None)
Refine = Callable[[str, Any], tuple[Any, str | None]]


def _as_is(name: str, value: Any) -> tuple[Any, str | None]:
    return value, None


@dataclass(frozen=True)
class Setting:
    name: str
    #: the conf.py default, as registered with Sphinx
    default: Any
    types: tuple[type, ...]
    #: Sphinx rebuild scope: "env" re-reads documents, "html" only rewrites pages
    rebuild: str
    description: str
    #: turns a value of the right type into the field's value, or says what is wrong
    refine: Refine = _as_is

    def validate(self, value: Any) -> tuple[Any, list[SettingError]]:
        """The field's value for conf.py's *value*, and what is wrong with it (an
        invalid value is replaced by the default, as the message says)."""
        errors: list[SettingError] = []
        # True is an int to Python, not a number of days to an editor
        is_bool = isinstance(value, bool)
        if not isinstance(value, self.types) or (is_bool and bool not in self.types):
            first = self.types[0]
            kind = (
                "a number"
                if float in self.types
                else _TYPE_WORDS.get(first, first.__name__)
            )
            default = (
                repr(self.default) if len(repr(self.default)) < 40 else "the default"
            )
            errors.append(
                SettingError(
                    self.name,
                    f"{self.name} must be {kind}, not {value!r}: fix it in conf.py "
                    f"(until then {default} is used)",
                )
            )
            value = self.default
        refined, message = self.refine(self.name, value)
        if message is not None:
            errors.append(SettingError(self.name, message))
            refined, _ = self.refine(self.name, self.default)
        return refined, errors


_METADATA_KEY = "healthkb_setting"


def _setting(
    default: Any,
    types: tuple[type, ...],
    rebuild: str,
    description: str,
    refine: Refine = _as_is,
) -> Any:
    """A :class:`SiteSettings` field that is also the conf.py setting ``healthkb_<field>``."""
    typed_default, _ = refine("", default)
    spec = Setting("", default, types, rebuild, description, refine)
    # a mutable conf.py default ([]) becomes an immutable field value (()) by refine
    return field(default=typed_default, metadata={_METADATA_KEY: spec})


def _real_date(name: str, value: str) -> tuple[date | None, str | None]:
    if not value:
        return None, None
    try:
        return date.fromisoformat(value), None
    except ValueError:
        return None, (
            f"{name} '{value}' is not a real date written YYYY-MM-DD: fix it in conf.py "
            "(until then today's date is used)"
        )


def _positive_days(name: str, value: int) -> tuple[int, str | None]:
    if value > 0:
        return value, None
    return value, (
        f"{name} must be a positive number of days, not {value}: fix it in "
        "conf.py (until then 365 is used)"
    )


def _folder(name: str, value: str) -> tuple[str, str | None]:
    return value.strip("/"), None


def _number(name: str, value: float) -> tuple[float, str | None]:
    return float(value), None


def _patterns(value: Any) -> tuple[str, ...]:
    """A conf.py list of glob patterns; anything else is Sphinx's default, every file."""
    if not isinstance(value, list | tuple):
        return ("**",)
    return tuple(str(p) for p in value if isinstance(p, str))


def _repository_files(name: str, value: list[Any]) -> tuple[tuple[str, ...], None]:
    return tuple(str(t).strip("/") for t in value), None


@dataclass(frozen=True)
class SiteSettings:
    # the healthkb_* settings, in the order Sphinx registers them (the order is part
    # of the config Sphinx saves, so keep it)
    review_interval: int = _setting(
        365,
        (int,),
        "env",
        "Days from 'reviewed' to the default 'review-due'.",
        _positive_days,
    )
    today: date | None = _setting(
        "",
        (str,),
        "env",
        "Date (YYYY-MM-DD) that review-overdue checks compare with; empty: SOURCE_DATE_EPOCH or today.",
        _real_date,
    )
    authors_file: str = _setting(
        "authors.yml", (str,), "env", "Contributors file, relative to the site."
    )
    articles_dir: str = _setting(
        "articles",
        (str,),
        "env",
        "Folder of articles, one subfolder per topic.",
        _folder,
    )
    reading_grade: float = _setting(
        9.0,
        (int, float),
        "env",
        "Warn when an article reads above this US grade.",
        _number,
    )
    related_max: int = _setting(
        5, (int,), "html", "How many related articles to show at most."
    )
    pagefind: bool = _setting(
        False,
        (bool,),
        "html",
        "Search with Pagefind's chunked index (built after the HTML) instead of searchindex.js.",
    )
    report_url: str = _setting(
        "",
        (str,),
        "html",
        "Report-a-problem URL; {page} is replaced by the page path.",
    )
    edit_url: str = _setting(
        "",
        (str,),
        "html",
        "Edit-this-page URL; {path} is replaced by the source path.",
    )
    disclaimer: str = _setting(
        "This article is general information, not medical advice. Talk to a doctor, nurse or "
        "pharmacist about your own health before you change any treatment.",
        (str,),
        "html",
        "Medical disclaimer shown on every article.",
    )
    urgent_help: str = _setting(
        "If you feel you might harm yourself or someone else, or you need help urgently, call "
        "your local emergency number now, or go to the nearest emergency department.",
        (str,),
        "html",
        "Where to get urgent help, shown with the disclaimer.",
    )
    crossref_url: str = _setting(
        "https://api.crossref.org",
        (str,),
        "env",
        "Crossref REST API that 'healthkb source add' asks about a DOI.",
    )
    doi_url: str = _setting(
        "https://doi.org",
        (str,),
        "env",
        "DOI resolver that 'healthkb source add' asks, by content negotiation, about "
        "a DOI Crossref does not hold (DataCite, mEDRA, JaLC...).",
    )
    eutils_url: str = _setting(
        "https://eutils.ncbi.nlm.nih.gov/entrez/eutils",
        (str,),
        "env",
        "NCBI E-utilities that 'healthkb source add' asks about a PMID.",
    )
    source_cache: str = _setting(
        "_build/source-cache",
        (str,),
        "env",
        "Folder (relative to the site) keeping the metadata answers already fetched; "
        "the build and 'healthkb check' read Crossref's retraction notices from it.",
    )
    retraction_watch: str = _setting(
        "",
        (str,),
        "env",
        "Retraction Watch data file (CSV, relative to the site) that the build, "
        "'healthkb check' and 'healthkb source check' read; empty: none.",
    )
    trusted_includes: tuple[str, ...] = _setting(
        [],
        (list,),
        "env",
        "Files of the repository (not the content tree), such as CONTRIBUTING.md, that "
        "pages may paste in with the include directive; nothing else can be included.",
        _repository_files,
    )
    speedups: bool = _setting(
        True,
        (bool,),
        "env",
        "Build-time speed-ups (collector tuning, plugin, template and bibliography caches); "
        "False builds the same output without them.",
    )
    serial_below: int = _setting(
        50,
        (int,),
        "",
        "With -j N, read (and write) in one process when fewer documents (pages) than "
        "this changed: forking workers costs more than it saves; 0: always as -j says.",
    )
    # other extensions' settings that healthkb reads (not registered by healthkb)
    bibfiles: tuple[str, ...] = ("references.bib",)
    #: conf.py's myst_enable_extensions: the rules parse as the build does
    myst_extensions: tuple[str, ...] = ("colon_fence", "deflist", "fieldlist")
    #: conf.py's myst_heading_anchors: headings up to this level have an anchor
    heading_anchors: int = 0
    #: conf.py's exclude_patterns: pages the build does not read are not checked
    exclude_patterns: tuple[str, ...] = ()
    #: conf.py's include_patterns (Sphinx's default: every file): only pages the
    #: build reads are checked (ARCHITECTURE.md is no page of the site)
    include_patterns: tuple[str, ...] = ("**",)

    @classmethod
    def from_mapping(
        cls, values: Mapping[str, Any]
    ) -> tuple[SiteSettings, list[SettingError]]:
        """Settings from conf.py-style names; invalid values fall back, with a message each."""
        errors: list[SettingError] = []
        typed: dict[str, Any] = {}
        # every value is checked, also those only templates use
        for name, spec in _BY_FIELD.items():
            typed[name], field_errors = spec.validate(
                values.get(spec.name, spec.default)
            )
            errors += field_errors
        bibfiles = values.get("bibtex_bibfiles", ["references.bib"])
        if isinstance(bibfiles, str):
            errors.append(
                SettingError(
                    "bibtex_bibfiles",
                    f"bibtex_bibfiles must be a list of file names, like [{bibfiles!r}]: "
                    "add the square brackets in conf.py",
                )
            )
            bibfiles = [bibfiles]
        return (
            cls(
                **typed,
                bibfiles=tuple(str(b) for b in bibfiles)
                if isinstance(bibfiles, list | tuple)
                else (),
                myst_extensions=_myst_extensions(values),
                heading_anchors=values.get("myst_heading_anchors", 0)
                if isinstance(values.get("myst_heading_anchors", 0), int)
                else 0,
                exclude_patterns=tuple(
                    str(p)
                    for p in values.get("exclude_patterns", ())
                    if isinstance(p, str)
                )
                if isinstance(values.get("exclude_patterns", ()), list | tuple)
                else (),
                include_patterns=_patterns(values.get("include_patterns", ["**"])),
            ),
            list(dict.fromkeys(errors)),
        )

    def effective_today(self) -> date:
        """The date review checks use: configured, else SOURCE_DATE_EPOCH, else today."""
        if self.today:
            return self.today
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), tz=UTC).date()
        return date.today()


#: field name -> its setting (with its conf.py name filled in)
_BY_FIELD: dict[str, Setting] = {
    f.name: replace(f.metadata[_METADATA_KEY], name=PREFIX + f.name)
    for f in fields(SiteSettings)
    if _METADATA_KEY in f.metadata
}
#: what the Sphinx extension registers (healthkb.sphinxext.setup)
SETTINGS: tuple[Setting, ...] = tuple(_BY_FIELD.values())


def setting(source: Sphinx | Config, name: str) -> Any:
    """The typed value of setting *name* (a :class:`SiteSettings` field name, such as
    ``"speedups"``) in a Sphinx app's or config's values.

    Invalid values were reported and reset on config-inited (sphinxext/config_check.py),
    so this only converts (``healthkb_today`` to a date, for instance).
    """
    config = getattr(source, "config", source)
    spec = _BY_FIELD[name]  # KeyError: not a setting, a typo in healthkb's code
    value, _ = spec.validate(getattr(config, spec.name))
    return value


def _myst_extensions(values: Mapping[str, Any]) -> tuple[str, ...]:
    """conf.py's ``myst_enable_extensions`` (MyST checks the names itself)."""
    value = values.get("myst_enable_extensions", ())
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple | set | frozenset):
        return ()
    # the build turns these off whatever conf.py says (sphinxext/security.py)
    refused = {"substitution", "html_image", "html_admonition"}
    return tuple(sorted(str(v) for v in value if str(v) not in refused))


class ConfError(Exception):
    """conf.py cannot be run; ``line`` is where it failed."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def read_conf(srcdir: Path) -> dict[str, Any]:
    """The names conf.py defines (it holds settings only, so running it is cheap).

    :raises ConfError: conf.py has a syntax error or fails when run.
    """
    conf = srcdir / "conf.py"
    if not conf.is_file():
        return {}
    cwd = Path.cwd()
    try:
        os.chdir(srcdir)
        return runpy.run_path(str(conf))
    except SyntaxError as exc:
        raise ConfError(
            f"conf.py is not valid Python ({exc.msg})", exc.lineno or 1
        ) from None
    except Exception as exc:  # conf.py is code: anything may go wrong in it
        frames = [
            f
            for f in traceback.extract_tb(exc.__traceback__)
            if f.filename == str(conf)
        ]
        line = frames[-1].lineno if frames and frames[-1].lineno else 1
        raise ConfError(
            f"conf.py stops with {type(exc).__name__}: {exc}", line
        ) from None
    finally:
        os.chdir(cwd)


def conf_line(root: Path, name: str) -> int:
    """The line of ``conf.py`` that sets *name* (1 when it is not set there)."""
    try:
        text = (root / "conf.py").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1
    match = re.search(rf"^[ \t]*{re.escape(name)}[ \t]*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1
