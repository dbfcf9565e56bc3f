"""Page furniture and a tool's notes on its own edits, recognised by structure.

The patterns in :mod:`healthkb.rules.chatter` name phrases of each kind; each round of
real leftovers brought a platform whose phrases they lacked.  This module
generalises instead by *what a line is made of*:

- **page furniture**: a short line with no sentence in it, made mostly of the
  words of a site's interface (share, subscribe, sign in, download, page N of M,
  comments, views, cookies, privacy, related, recommended ...), of counts in
  interface units ("4.8 (227 Votes)", "590 more words", "8 hours ago"), of a
  menu run together ("ArtsAutosBooksBusiness..."), or a lone Markdown link whose
  text is interface words or whose address is a share/edit/feedback link;
- **the tool about its own edits**: "I" or "we" with an edit verb in the past or
  future ("I have revised the `f` function", "I'll remove the section"), unless
  the line quotes someone or is about the speaker's own health.

The vocabulary is interface and tool words only, never medical words, so that a
line is judged by who it speaks for, not by its topic.  The thresholds
(:data:`MAX_WORDS`, :data:`MIN_SHARE`) were chosen by leave-one-round-out
cross-validation on the corpus (``benchmarks/chatter_rounds_cv.py``).
"""

from __future__ import annotations

import re

from healthkb.rules.chatter_fold import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: longest line, in content words, that can be page furniture (cross-validated)
MAX_WORDS = 12
#: share of a line's content words that must be interface words (cross-validated)
MIN_SHARE = 0.5

#: words of a site's or viewer's interface.  Not medical, not reader advice.
INTERFACE_WORDS = _words(
    """
    share shares sharing subscribe subscribed subscription subscriptions unsubscribe
    signin signup signout login logout register
    download downloads upload uploads uploaded print printable fullscreen pdf txt
    menu navigation nav sitemap breadcrumb toggle skip
    page pages pageviews next previous prev newer older
    post posts posted blog blogs blogthis blogspot blogger wordpress substack medium
    ghost wix tumblr squarespace
    comment comments commenting response responses reply replies
    views view votes vote likes upvotes favourites favorites bookmark bookmarks
    follow followers newsletter newsletters inbox email rss feed feeds
    cookie cookies privacy terms feedback edit edited report
    sponsored advertisement advertisements ads advert adverts infolinks
    related recommended recommendations trending popular archive archives
    copyright rights reserved powered theme gadget widget widgets
    twitter facebook pinterest linkedin whatsapp reddit instagram tiktok
    search click tap embed preview similar documents document display
    notification notifications settings fork
    load loading published updated readers visitors counter counters
    labels tags categories permalink pingback trackback
    account password preferences tweet retweet restack regenerate copied link
    tab thumbnails bug subscriber subscribers upgrade app sort newest oldest cancel
    adchoices careers profile doc docs flip colab content offline viewers liked
    embeds footer header epaper flipbook flippingbook
    """
)
#: words that carry no content of their own (left out of the share)
_NEUTRAL = _words(
    """
    a an the this that these those of to for on in at by with from and or
    your my our you me us it its is are be all more most get see show any here
    now new free total
    """
)
#: a count in an interface unit, furniture on its own: "227 votes", "590 more
#: words", "12 likes"
_UI_COUNT = re.compile(
    r"\b\d[\d,.]{0,8}k?\s*(?:\(\s*)?(?:votes?|views?|likes?|upvotes?|claps|"
    r"comments?|responses?|replies|shares?|followers|ratings?|more words)\b|"
    r"\bthumbs? (?:up|down)\s*\(?\d|"
    r"\b\d[\d,.]{0,8}k?\+ (?:readers|subscribers|members)\b|"
    # a star rating, a score out of five with its count, helpful-vote buttons
    r"[\u2605\u2606]{3,}|\b\d(?:\.\d)?\s*/\s*5\s*\(\d|\byes\s*\(\d+\)\s*no\s*\(\d|"
    r"\b\d(?:\.\d)? out of 5(?: stars)?\b|\b\d{1,3}% found this (?:helpful|useful)\b|"
    r"^\W*helpful\s*\(\d+\)\W*$|^\W*(?:thanks|upvotes?|likes?|votes?) \d+\W*$|"
    # a blog archive's entries: a disclosure triangle, a year or month, a count
    r"^[\u25b6\u25b8\u25ba\u25bc\u25be]\s*[\w ]{1,20}\(\d+\)\s*$"
)
#: a count that is furniture only beside an interface word ("Page 19 / 32",
#: "Posted 5 days ago", "Post on 09-Jul-2020"; not "Diagnosed 2 years ago")
_NEAR_UI_COUNT = re.compile(
    r"\b\d{1,4}\s*/\s*\d{1,4}\b|"
    r"\b\d{1,3} (?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?) ago\b|"
    r"\b\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{4}\b|"
    r"\b\d[\d,.]{0,8}k? (?:pages?|reads?|downloads?|reviews?)\b"
)
#: a menu or share bar run together: five or more capitalised words with no space
_RUN_TOGETHER = re.compile(r"(?:[A-Z][a-z]{1,15}){5,}")
_CAMEL = re.compile(r"(?<=[a-z!])(?=[A-Z])")
_LINK = re.compile(r"\[([^\]]{0,200})\]\(([^)\s]{0,500})\)")
#: an address that is the page's own tool: sharing, editing, feedback, sign-in
_TOOL_URL = re.compile(
    r"utm_|[?&]action=share|/share\b|/edit/|/feedback|sitemap|app\.link|"
    r"/subscribe|/sign-?in|/login|/signup"
)
#: interface words that no leaflet heading or keyword list item is made of: one of
#: them alone is enough ("Menu", "TOTAL PAGEVIEWS"); any other interface word
#: alone can be a heading or a keyword ("Feedback", "Related", "older adults")
_STRONG = _words(
    """
    menu pageviews recommendations subscribe unsubscribe sitemap newsletter
    newsletters fullscreen advertisement
    advertisements sponsored trending blogthis blogspot infolinks upvotes permalink
    pingback trackback breadcrumb widget widgets gadget password tweet retweet
    restack regenerate copied thumbnails adchoices subscriber subscribers signin
    signup signout login logout followers colab embeds viewers epaper flipbook
    flippingbook repost reposts reactions
    """
)
#: (public name, for :mod:`.chatter_speech`)
NO_HEADING_WORDS = _STRONG
#: what a button does: with it, one interface word is a button ("See all responses")
_ACTION = _words("see show view load hide open close manage")
#: a comment's date-time stamp, a name run into it ("Unknown4 June 2018 at 08:05")
_STAMP = re.compile(
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6},? "
    r"\d{4},? at \d{1,2}:\d{2}\b"
)
#: an article page's byline on a line of its own: "By" and a person's name (a title,
#: initials and name particles allowed), then nothing, a comma and a role or an
#: organisation ("By Cathi Gandel, AARP", "by Angela Mirzadeh, DO"), or the role run
#: into the name as pages lose the break between them ("By Peter HoskinsBusiness
#: reporter").  Never a sentence: a line that goes on in lower case ("By Christmas
#: Day we were home") or has a full stop after its first words is writing
_BYLINE = re.compile(
    r"^[Bb]y (?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.? )?"
    r"(?P<first>[A-Z][a-z'\u2019-]+)"
    r"(?: (?:[A-Z][a-z'\u2019-]+|[A-Z]\.(?: ?[A-Z]\.)*|"
    r"van|von|de|der|den|da|di|du|del|della|la|le|bin|al|el|ter)){1,3}"
    r"(?:[A-Z][A-Za-z]*(?: [\w&,'\u2019-]+){0,5}|, [^.!?;:]{2,60})?$"
)
#: capitalised words a sentence's "By ..." opens with that are no first name
_NOT_A_NAME = _words(
    """
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday christmas
    easter the this that these those then now next last day week year spring summer
    autumn winter all far
    """
)
#: a sign-up box
_SIGNUP = re.compile(
    r"\b(?:enter|type) your email\b|\bsign up for (?:more|free|our|the)\b|"
    r"\bsign up (?:here|now|today|below)\b|\bsign up for (?:future|new|my|updates)\b|"
    r"^\W*discover more from\b|\bupgrade to (?:paid|premium|pro)\b|"
    r"\b(?:directly|straight) (?:in|to|into) your inbox\b|\bdelivered to your inbox\b"
)
_TOKEN = re.compile(r"[a-z]+|\d[\d,.]*")
#: a sentence: ends with a full stop after a word, not with an ellipsis
_SENTENCE_END = re.compile(r"[\w)\]\"'`]\.\s*$")


def byline_cue(text: str) -> str | None:
    """The line, when it is an article page's byline on its own ("By Cathi Gandel,
    AARP"), or None.  A probable finding only: a draft's own byline is the
    importer's to read where it stands (under the title, under the text), and a
    "By NAME" line elsewhere may be a guest section's, for a person to decide."""
    raw = text.strip().strip("#>*_ ").strip()
    byline = _BYLINE.match(raw)
    if byline and byline.group("first").lower() not in _NOT_A_NAME:
        return raw[:80]
    return None


def furniture_cue(
    text: str, max_words: int = MAX_WORDS, min_share: float = MIN_SHARE
) -> str | None:
    """The interface words that make *text* page furniture, or None."""
    raw = text.strip().strip("#>*_ ").strip()
    if not raw or raw.startswith("("):
        # a bracketed aside is part of a sentence around it, not a line of its own
        return None
    run = _RUN_TOGETHER.search(raw)
    if run:
        return run.group(0)[:60]
    links = list(_LINK.finditer(raw))
    if links and not _LINK.sub("", raw).strip(" .,;:|-*"):
        words = [w for link in links for w in _TOKEN.findall(link.group(1).lower())]
        if any(_TOOL_URL.search(link.group(2).lower()) for link in links) or (
            words and _share(words) >= min_share
        ):
            return links[0].group(0)[:80]
    row = _link_row(raw)
    if row:
        return row
    line = _CAMEL.sub(" ", _LINK.sub(r"\1", raw)).lower()
    signup = _SIGNUP.search(line) or _STAMP.search(line)
    if signup:
        return signup.group(0)
    # "sign"/"log" are buttons only with "in"/"up"/"out" ("Sign legal documents",
    # "Log your symptoms" are a leaflet's)
    line = re.sub(r"\b(sign|log)[ -]?(up|in|out|on)\b", r"\1\2", line)
    line = line.replace("full screen", "fullscreen")
    words = _TOKEN.findall(line)
    content = [w for w in words if w not in _NEUTRAL and not w[0].isdigit()]
    if not words or len(content) > max_words or _SENTENCE_END.search(line):
        return None
    ui = [w for w in words if w in INTERFACE_WORDS]
    count = _UI_COUNT.search(line) if len(words) <= 6 else None
    near = _NEAR_UI_COUNT.search(line)
    # the interface word must be beside the count, not the count's own unit
    if near and any(
        w in INTERFACE_WORDS for w in _TOKEN.findall(_NEAR_UI_COUNT.sub(" ", line))
    ):
        count = count or near
    if count:
        return count.group(0).strip()
    # a menu or footer written out: capitalised words with no sentence around them
    capitals = raw.split()
    if (
        len(capitals) >= 5
        and sum(w[:1].isupper() for w in capitals) >= 0.8 * len(capitals)
        and len(ui) >= 2
        and not re.search(r"[.,;:!?]", raw)
    ):
        return " ".join(ui)
    # a footer's links written out: many interface words and no punctuation
    if len(ui) >= 4 and not re.search(r"[.,;:!?]", raw):
        return " ".join(ui)
    # one interface word alone can be a leaflet heading ("Feedback"): two, or one
    # that no leaflet would use as a heading ("Responses", "Menu")
    strong = len(ui) >= 2 or (
        ui and (ui[0] in _STRONG or any(w in _ACTION for w in words))
    )
    if strong and _share(content) >= min_share:
        return " ".join(ui)
    return None


#: what a site's footer or menu links to ("Code of Conduct • Report abuse",
#: "Disclaimer | Privacy Policy"): with these, a row of short links is furniture
_FOOTER_WORDS = _words(
    """
    policy privacy disclaimer advertising advertise conduct abuse accessibility
    sitemap contact terms cookies newsletter careers press account subscribe login
    signin faq donate jobs credits imprint copyright bookstore shop store courses
    """
)
#: a bar or bullet between spaces; looked around, not matched with \s+ on both
#: sides, which rescans a long run of spaces from every one of them (a heading
#: followed by 16,000 spaces took seconds)
_ROW_SEPARATOR = re.compile(r"(?<=\s)[|\u2022\u00b7](?=\s)")


def _link_row(raw: str) -> str | None:
    """A row of short links separated by bars or bullets, half of them or more to
    pages a site's footer has; not a table row (which starts or ends with a bar) and
    not a sentence (no commas or full stops in it)."""
    if raw.startswith("|") or raw.endswith("|") or re.search(r"[,.;:!?()]", raw):
        return None
    parts = [part.strip() for part in _ROW_SEPARATOR.split(raw)]
    if len(parts) < 2 or any(not 0 < len(p.split()) <= 5 for p in parts):
        return None
    # half the links or more go to such pages: "Chest pain | Call 999 | Contact us"
    # is a table's row written without its bars
    footer = sum(bool(set(_TOKEN.findall(p.lower())) & _FOOTER_WORDS) for p in parts)
    return raw[:80] if footer * 2 >= len(parts) else None


def _share(words: list[str]) -> float:
    content = [w for w in words if w not in _NEUTRAL and not w[0].isdigit()]
    if not content:
        return 0.0
    return sum(w in INTERFACE_WORDS for w in content) / len(content)


_EDIT = (
    r"(?:revis|renam|remov|updat|add|simplif|rewr|rewor|restructur|shorten|keep|"
    r"kept|includ|chang|delet|replac|refactor|modif|mov|fix|tweak|adjust|extend|"
    r"implement)"
)
#: "I" + an edit verb, past ("I have revised", "I've renamed") or future ("I'll
#: remove"), then within a few words a thing a tool edits: a `code` name or a
#: part of a text or program.  Not "we": a clinic's "we will remove the stitches"
_OWN_EDIT = re.compile(
    r"\bi(?:'ve| have| had|'ll| will|'d be happy to| would be happy to|)"
    r" (?:also |now |just |then |go ahead and )?" + _EDIT + r"[a-z]{0,6} "
    r"(?:[^.!?]{0,60}?`|(?:[\w'\"()-]+ ){0,8}?(?:function|script|file|code|section|"
    r"variable|method|class|readme|docs|documentation|manuscript|heading|paragraph|"
    r"sentence|wording|draft|post|article|blog|intro|introduction|conclusion|"
    r"template|prompt|summary|outline|version|imports?|tests?|logic|docstrings?|"
    r"type hints|error handling|comments|lines?|readme|tone)s?\b)"
)
#: a speaker's own life or health: a patient's words, not a tool's
OWN_LIFE = re.compile(
    r"\bmy (?:diet|weight|life|lifestyle|medication|medicine|tablets|dose|doctor|gp|"
    r"body|home|habits|routine|job|work|family|partner|children|treatment|"
    r"symptoms|pain|smoking|drinking|eating|sleep|exercise|skin|mood|health|"
    r"condition|illness|mental health)\b|"
    r"\b(?:felt|feel|feeling|diagnosed|surgery|operation|hospital|pain|symptoms|"
    r"tablets|medication|smoking|weight|diary|appointments?|letter|clinic|nurse|"
    r"ward|doctor|gp|dressing|plaster|stitches|meals?|exercise|flared|flare-ups?)\b"
)


#: a line that starts a Markdown block of its own
_BLOCK_START = re.compile(r"^\s{0,3}(?:#|[-*+]\s|\d{1,3}[.)]\s|>|\||```|~~~|:::)")
#: a wrapped line: long, and not the end of a sentence
_WRAP_WIDTH = 60


def whole_lines(texts: list[str]) -> list[bool]:
    """For each line, whether it stands on its own rather than being a piece of a
    paragraph wrapped over several lines (a piece has no structure to judge).

    A line continues the one before when it starts in lower case, or when the one
    before is long and ends mid-sentence; consecutive short lines (a pasted
    page's buttons and menus) each stand on their own.
    """
    joined = [False] * len(texts)
    for index in range(len(texts) - 1):
        this, after = texts[index].rstrip(), texts[index + 1].strip()
        if not this.strip() or not after or _BLOCK_START.match(texts[index + 1]):
            continue
        if this.lstrip().startswith("#"):
            continue
        if after[0].islower() or (
            len(this.strip()) >= _WRAP_WIDTH and this[-1] not in ".!?:"
        ):
            joined[index] = joined[index + 1] = True
    return [not flag for flag in joined]


def about_own_life(line: str) -> bool:
    """Whether *line* (normalised) is someone's words about their own health."""
    return bool(OWN_LIFE.search(line))


def own_edit_cue(text: str) -> str | None:
    """The words of a tool's note on its own edits in *text*, or None."""
    # backticks kept (normalising makes them apostrophes): they mark code names
    line = " ".join(fold(text).split())
    match = _OWN_EDIT.search(line)
    if not match or OWN_LIFE.search(line):
        return None
    return match.group(0)[:80]


__all__ = [
    "INTERFACE_WORDS",
    "OWN_LIFE",
    "NO_HEADING_WORDS",
    "about_own_life",
    "MAX_WORDS",
    "MIN_SHARE",
    "furniture_cue",
    "own_edit_cue",
    "whole_lines",
]
