"""Site settings: the ``healthkb_*`` values of ``conf.py``, typed, with defaults.

The Sphinx extension registers these same names as config values and the command
line reads them from ``conf.py``, so both apply the same settings.
"""

from __future__ import annotations

import os
import re
import runpy
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    types: tuple[type, ...]
    #: Sphinx rebuild scope: "env" re-reads documents, "html" only rewrites pages
    rebuild: str
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "healthkb_review_interval",
        365,
        (int,),
        "env",
        "Days from 'reviewed' to the default 'review-due'.",
    ),
    Setting(
        "healthkb_today",
        "",
        (str,),
        "env",
        "Date (YYYY-MM-DD) that review-overdue checks compare with; empty: SOURCE_DATE_EPOCH or today.",
    ),
    Setting(
        "healthkb_authors_file",
        "authors.yml",
        (str,),
        "env",
        "Contributors file, relative to the site.",
    ),
    Setting(
        "healthkb_articles_dir",
        "articles",
        (str,),
        "env",
        "Folder of articles, one subfolder per topic.",
    ),
    Setting(
        "healthkb_reading_grade",
        9.0,
        (int, float),
        "env",
        "Warn when an article reads above this US grade.",
    ),
    Setting(
        "healthkb_related_max",
        5,
        (int,),
        "html",
        "How many related articles to show at most.",
    ),
    Setting(
        "healthkb_pagefind",
        False,
        (bool,),
        "html",
        "Search with Pagefind's chunked index (built after the HTML) instead of searchindex.js.",
    ),
    Setting(
        "healthkb_report_url",
        "",
        (str,),
        "html",
        "Report-a-problem URL; {page} is replaced by the page path.",
    ),
    Setting(
        "healthkb_edit_url",
        "",
        (str,),
        "html",
        "Edit-this-page URL; {path} is replaced by the source path.",
    ),
    Setting(
        "healthkb_disclaimer",
        "This article is general information, not medical advice. Talk to a doctor, nurse or "
        "pharmacist about your own health before you change any treatment.",
        (str,),
        "html",
        "Medical disclaimer shown on every article.",
    ),
    Setting(
        "healthkb_urgent_help",
        "If you feel you might harm yourself or someone else, or you need help urgently, call "
        "your local emergency number now, or go to the nearest emergency department.",
        (str,),
        "html",
        "Where to get urgent help, shown with the disclaimer.",
    ),
    Setting(
        "healthkb_crossref_url",
        "https://api.crossref.org",
        (str,),
        "env",
        "Crossref REST API that 'healthkb source add' asks about a DOI.",
    ),
    Setting(
        "healthkb_eutils_url",
        "https://eutils.ncbi.nlm.nih.gov/entrez/eutils",
        (str,),
        "env",
        "NCBI E-utilities that 'healthkb source add' asks about a PMID.",
    ),
    Setting(
        "healthkb_source_cache",
        "_build/source-cache",
        (str,),
        "env",
        "Folder (relative to the site) keeping the metadata answers already fetched; "
        "the build and 'healthkb check' read Crossref's retraction notices from it.",
    ),
    Setting(
        "healthkb_retraction_watch",
        "",
        (str,),
        "env",
        "Retraction Watch data file (CSV, relative to the site) that the build, "
        "'healthkb check' and 'healthkb source check' read; empty: none.",
    ),
)
SETTINGS += (
    Setting(
        "healthkb_trusted_includes",
        [],
        (list,),
        "env",
        "Files of the repository (not the content tree), such as CONTRIBUTING.md, that "
        "pages may paste in with the include directive; nothing else can be included.",
    ),
    Setting(
        "healthkb_speedups",
        True,
        (bool,),
        "env",
        "Build-time speed-ups (collector tuning, plugin, template and bibliography caches); "
        "False builds the same output without them.",
    ),
    Setting(
        "healthkb_serial_below",
        50,
        (int,),
        "",
        "With -j N, read (and write) in one process when fewer documents (pages) than "
        "this changed: forking workers costs more than it saves; 0: always as -j says.",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}
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


@dataclass(frozen=True)
class SiteSettings:
    review_interval: int = 365
    today: date | None = None
    authors_file: str = "authors.yml"
    articles_dir: str = "articles"
    reading_grade: float = 9.0
    bibfiles: tuple[str, ...] = ("references.bib",)
    trusted_includes: tuple[str, ...] = ()
    #: conf.py's myst_enable_extensions: the rules parse as the build does
    myst_extensions: tuple[str, ...] = ("colon_fence", "deflist", "fieldlist")
    #: conf.py's myst_heading_anchors: headings up to this level have an anchor
    heading_anchors: int = 0
    #: conf.py's exclude_patterns: pages the build does not read are not checked
    exclude_patterns: tuple[str, ...] = ()
    crossref_url: str = "https://api.crossref.org"
    eutils_url: str = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
    source_cache: str = "_build/source-cache"
    retraction_watch: str = ""

    @classmethod
    def from_mapping(
        cls, values: Mapping[str, Any]
    ) -> tuple[SiteSettings, list[SettingError]]:
        """Settings from conf.py-style names; invalid values fall back, with a message each."""
        errors: list[SettingError] = []

        def get(name: str) -> Any:
            setting = _BY_NAME[name]
            value = values.get(name, setting.default)
            # True is an int to Python, not a number of days to an editor
            is_bool = isinstance(value, bool)
            if not isinstance(value, setting.types) or (
                is_bool and bool not in setting.types
            ):
                first = setting.types[0]
                kind = (
                    "a number"
                    if float in setting.types
                    else _TYPE_WORDS.get(first, first.__name__)
                )
                default = (
                    repr(setting.default)
                    if len(repr(setting.default)) < 40
                    else "the default"
                )
                errors.append(
                    SettingError(
                        name,
                        f"{name} must be {kind}, not {value!r}: fix it in conf.py "
                        f"(until then {default} is used)",
                    )
                )
                return setting.default
            return value

        for (
            setting
        ) in SETTINGS:  # every value is checked, also those only templates use
            get(setting.name)
        today_text = get("healthkb_today")
        today = None
        if today_text:
            try:
                today = date.fromisoformat(today_text)
            except ValueError:
                errors.append(
                    SettingError(
                        "healthkb_today",
                        f"healthkb_today '{today_text}' is not a real date written YYYY-MM-DD: fix it in conf.py "
                        "(until then today's date is used)",
                    )
                )
        interval = get("healthkb_review_interval")
        if interval <= 0:
            errors.append(
                SettingError(
                    "healthkb_review_interval",
                    f"healthkb_review_interval must be a positive number of days, not {interval}: fix it in "
                    "conf.py (until then 365 is used)",
                )
            )
            interval = 365
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
                review_interval=interval,
                today=today,
                authors_file=get("healthkb_authors_file"),
                articles_dir=get("healthkb_articles_dir").strip("/"),
                reading_grade=float(get("healthkb_reading_grade")),
                crossref_url=get("healthkb_crossref_url"),
                eutils_url=get("healthkb_eutils_url"),
                source_cache=get("healthkb_source_cache"),
                retraction_watch=get("healthkb_retraction_watch"),
                bibfiles=tuple(str(b) for b in bibfiles)
                if isinstance(bibfiles, list | tuple)
                else (),
                trusted_includes=tuple(
                    str(t).strip("/") for t in get("healthkb_trusted_includes")
                ),
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
            ),
            list(dict.fromkeys(errors)),  # get() may meet a bad value twice
        )

    def effective_today(self) -> date:
        """The date review checks use: configured, else SOURCE_DATE_EPOCH, else today."""
        if self.today:
            return self.today
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), tz=UTC).date()
        return date.today()


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
    match = re.search(rf"^\s*{re.escape(name)}\s*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1
