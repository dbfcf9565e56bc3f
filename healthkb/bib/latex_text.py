"""``Text.from_latex`` with the LaTeX decoding done once per distinct string.

pybtex decodes a field's LaTeX with latexcodec every time it is shown; a site's
names, journals and titles are decoded again for every citation, every page's
structured data and every check of the ``.bib`` (a sixth of a full build's time at
1,000 articles). The decoded string depends only on the LaTeX, so it is kept;
the rich text is still parsed afresh, so no caller shares a mutable object.
"""

from __future__ import annotations

import codecs
import functools
import re

import latexcodec  # noqa: F401  (registers the "ulatex" codec)
from pybtex.markup import LaTeXParser
from pybtex.richtext import Text

#: markup exporters write around words (Zotero: ``{\\textbf{scoringRules}}``,
#: ``\\mbox{...}``): the words stay, braced as the command's argument was
_FORMATTING = re.compile(
    r"\\(?:text(?:bf|it|sc|rm|tt|sf|up|md|sl|normal|superscript|subscript)|emph|"
    r"mbox|text|mathrm|mathit|mathbf|mathsf|ensuremath|underline|uline|bm|"
    r"mkbib(?:emph|italic|bold|quote|acro)|url|nolinkurl|path|"
    # the Journal of Statistical Software's markup: \pkg{eha}, \proglang{R}
    r"pkg|proglang|code|samp)\s*(?=\{)"
)
#: JSS's ``\pkg{nhppp}`` around one package name: a typeface, not a brace the
#: author put to keep the name's case, so a title's first word is capitalised
#: as an unbraced one is (the README's rule for package names)
_PACKAGE = re.compile(r"\\(?:pkg|code|samp)\s*\{([A-Za-z][\w.]*)\}")
#: literal braces (``{\{}Country-By-Country{\}}`` from an old export): LaTeX
#: would print them; readers should see the words only
_LITERAL_BRACE = re.compile(r"\{\\[{}]\}|\\[{}]")
#: ``\\href{url}{text}``: the text
_HREF = re.compile(r"\\href\s*\{[^{}]*\}\s*(?=\{)")
#: text symbols latexcodec leaves as commands
_SYMBOLS = {
    "textquoteright": "\u2019",
    "textquotesingle": "'",
    "textquotedbl": '"',
    "textquoteleft": "\u2018",
    "textquotedblright": "\u201d",
    "textquotedblleft": "\u201c",
    "textmu": "\u00b5",
    "texttimes": "\u00d7",
    "times": "\u00d7",
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textunderscore": "_",
    "textasciicircum": "^",
    "geq": "\u2265",
    "leq": "\u2264",
    "ge": "\u2265",
    "le": "\u2264",
    "textellipsis": "\u2026",
}
_SYMBOL = re.compile(
    r"\\(" + "|".join(sorted(_SYMBOLS, key=len, reverse=True)) + r")(?![A-Za-z])"
    r"(?:\s*\{\})?\s?"
)
#: spacing commands (``18-64\\>years``, ``100\\,000``): a space, or none
_SPACING = re.compile(r"(?<!\\)\\([,;:>!/])")


#: inline math: ``$\\beta$`` (Zotero doubles a typed backslash), ``$^\\textrm{18}$``
_MATH = re.compile(r"\$([^$\n]{1,80})\$")
_DOUBLED_COMMAND = re.compile(r"\\\\(?=[A-Za-z])")
_SUPERSCRIPT_SPACES = re.compile(
    r"(?<=[\[(])\s+(?=\$\^)|((?:\$\^[^$\s]{1,20}\$)+)\s+(?=\{?[A-Z])"
)
_SUPERSCRIPT = re.compile(r"\$(\^[^$\s]{1,20})\$")
_SCRIPT_MARK = re.compile(r"[\^_](?=[\\{\w])")
_PLAIN_FORMULA = re.compile(
    r"\$((?:\{?[A-Za-z0-9]+\}?)+(?:[_^]\{?[A-Za-z0-9+-]{1,6}\}?(?:\{?[A-Za-z0-9]+\}?)*)+)\$"
)


def _math(match: re.Match[str]) -> str:
    """A short formula as text: its commands single, super/subscript marks gone."""
    inner = _SCRIPT_MARK.sub("", _DOUBLED_COMMAND.sub(r"\\", match.group(1)))
    if re.fullmatch(r"\\[A-Za-z]+", inner.strip()):
        return "$" + inner.strip() + "$"  # one Greek letter: latexcodec decodes it
    return inner


#: ``recommending ~1.0 mg`` (Crossref's plain text): a tilde after a space and
#: before a number means "about", after a slash it is an address's home
#: directory (``cam.ac.uk/~grg``); a TeX tie joins two words and has none
_ABOUT = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(\[]))(?<!\\)~(?=\.?\d)|(?<=/)~")
#: a tie (``Fig.~1``, ``trials:~{E}fficient``) is a space, and beside a space
#: no second one (it was printed as a space and a no-break space)
_TIE = re.compile(r"[ \t]*(?<!\\)~[ \t]*")


def _ties(latex: str) -> str:
    return _TIE.sub(" ", _ABOUT.sub(r"\\textasciitilde ", latex))


#: ```word ...'``: an opening backtick, then the apostrophe that ends the words
#: (not one inside a word, "don't", nor a double pair's)
_TEX_SINGLE_QUOTES = re.compile(r"(?<!`)`(?!`)([^`\n]*?\S)'(?![\w'])")


def _text_commands(latex: str) -> str:
    if "~" in latex:
        latex = _ties(latex)
    if "$^" in latex:
        # "[ $^{18}$ {F}]": a superscript mass number belongs to its element
        # ("[18F]"), whatever spaces an exporter put around it
        latex = _SUPERSCRIPT_SPACES.sub(r"\1", latex)
        latex = _SUPERSCRIPT.sub(_math, latex)
    if "$" in latex and "\\" not in latex:
        # "${CRH}_{1}$", "$H_2O$": a formula of letters and digits with a sub- or
        # superscript and no command is text on the line; other "$" (prices) stay
        latex = _PLAIN_FORMULA.sub(_math, latex)
    if "`" in latex:
        # TeX's single quotation marks (BibDesk: "`Maximum Alert' for ..."): the
        # printed marks, as TeX makes them; a double pair is the codec's
        latex = _TEX_SINGLE_QUOTES.sub("\u2018\\1\u2019", latex)
    if "\\" not in latex:
        return latex
    # "Abeler-D\''orner": an exporter that wrote BibTeX's umlaut \" with two
    # apostrophes (a quotation mark it could not keep)
    latex = latex.replace("\\''", '\\"')
    if "$" in latex:
        latex = _MATH.sub(_math, latex)
    latex = _PACKAGE.sub(r"\1", latex)
    text = _HREF.sub("", _FORMATTING.sub("", _LITERAL_BRACE.sub("", latex)))
    text = _SYMBOL.sub(lambda m: _SYMBOLS[m.group(1)], text)
    return _SPACING.sub(lambda m: "" if m.group(1) in "!/" else " ", text)


@functools.lru_cache(maxsize=1 << 17)
def _decoded_here(latex: str) -> str:
    # errors are raised, not cached: the caller sees the same exception each time
    return codecs.decode(_text_commands(latex), "ulatex")


#: decodings another process made and sent (a part of a split ``.bib`` parse,
#: healthkb.bib.split), so this one need not make them again
_LEARNT: dict[str, str] = {}
_MAX_LEARNT = 1 << 18
#: what this process decodes, while a part of a split parse records it
_recording: dict[str, str] | None = None


def _decoded(latex: str) -> str:
    learnt = _LEARNT.get(latex)
    if learnt is not None:
        return learnt
    value = _decoded_here(latex)
    if _recording is not None:
        _recording[latex] = value
    return value


def start_recording() -> None:
    """Keep every decoding made from now on (for :func:`stop_recording`)."""
    global _recording
    _recording = {}


def stop_recording() -> dict[str, str]:
    """The decodings made since :func:`start_recording`, and stop keeping them."""
    global _recording
    made, _recording = _recording or {}, None
    return made


def learn(decoded: dict[str, str]) -> None:
    """Decodings made elsewhere (the same function's results)."""
    if len(_LEARNT) + len(decoded) > _MAX_LEARNT:
        _LEARNT.clear()
    _LEARNT.update(decoded)


def text_from_latex(latex: str) -> Text:
    """What ``Text.from_latex(latex)`` returns, raising the same errors."""
    return LaTeXParser(_decoded(latex)).parse()


__all__ = ["text_from_latex"]
