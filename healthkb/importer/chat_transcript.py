"""A chat transcript pasted as a draft ("You said:" … "ChatGPT said:" …): the
requester's turns and the chat's buttons are not the article; the assistant's last
answer is."""

from __future__ import annotations

import re

from healthkb.importer.drop_chatter import Removed
from healthkb.rules.chatter import find_certain_chatter

Line = tuple[int, str]

_TOOLS = (
    r"chatgpt|claude|gemini|copilot|assistant|bard|perplexity|ai|deepseek|qwen|"
    r"grok|kimi|le[ \t]+chat|mistral"
)
_USER_TURN = re.compile(
    r"^\W{0,4}(?:you|user|me)[ \t]+(?:said|asked|wrote)?[ \t]*:\W{0,4}$", re.I
)
_TOOL_TURN = re.compile(
    rf"^\W{{0,4}}(?:{_TOOLS})(?:[ \t]+[\w.-]{{1,20}})?[ \t]+(?:said|replied|wrote)[ \t]*:\W{{0,4}}$",
    re.I,
)
#: the chat page's buttons and status lines, copied with the text
_INTERFACE = re.compile(
    r"^\W{0,4}(?:copy|edit|copy code|good response|bad response|read aloud|share|"
    r"regenerate(?: drafts?| response)?|show drafts|modify response|more|"
    r"ask anything|thought for \d{1,4} ?(?:s|sec|seconds?|m|min)|"
    # a chat page's rail, its composer's toggles and its search status
    r"new chat|get (?:the )?app|my profile|deep ?think(?: \(r1\))?|search|"
    r"deep research|found \d{1,3} (?:results?|web ?pages|sources)|"
    r"(?:this (?:response|answer) is )?ai-generated,? for reference only\.?|"
    r"(?:chatgpt|claude|gemini|copilot) can make mistakes\b.{0,80}|"
    r"(?:chatgpt|claude|gemini|copilot) uses ai\b.{0,80})\W{0,4}$",
    re.I,
)


def drop_turns(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines with the transcript's other turns blanked, what was removed).

    Only a draft with both a requester's and an assistant's turn label is a
    transcript; any other draft comes back as it is.
    """
    turns = [
        ("user" if _USER_TURN.match(t) else "tool", i)
        for i, (_, t) in enumerate(lines)
        if _USER_TURN.match(t) or _TOOL_TURN.match(t)
    ]
    if not {"user", "tool"} <= {kind for kind, _ in turns}:
        return lines, []
    last_answer = max(i for kind, i in turns if kind == "tool")
    starts = dict((i, kind) for kind, i in turns)
    furniture = _page_around(lines, turns[0][1], last_answer)
    kept: list[Line] = []
    removed: list[Removed] = []
    kind = "before"
    for index, (number, text) in enumerate(lines):
        if index in starts:
            kind = starts[index]
            removed.append(Removed(number, text, "a chat transcript's turn label"))
            kept.append((number, ""))
            continue
        why = furniture.get(index, "")
        if why:
            pass
        elif text.strip() and _INTERFACE.match(text):
            why = "a chat page's button or status line"
        elif text.strip() and kind == "user":
            why = "the requester's turn in a chat transcript, not the article"
        elif text.strip() and kind == "tool" and index < last_answer:
            why = "an earlier answer in the chat transcript: the last one is imported"
        if why:
            removed.append(Removed(number, text, why))
            kept.append((number, ""))
        else:
            kept.append((number, text))
    return kept, removed


def _page_around(
    lines: list[Line], first_turn: int, last_answer: int
) -> dict[int, str]:
    """The lines of a shared chat page around its turns, by index, with why each
    goes: above the first turn label, the page's header ("Chat history", "Report
    conversation"; a Markdown heading there is the writer's and stays); in the
    last answer, the assistant's opener above the article's own top heading
    ("Sure! Here's …" over "# Title"), when it is a line or two of no heading;
    below the answer, the composer's buttons ("Attach", "Search", "Voice")."""
    drop: dict[int, str] = {}
    above = [i for i in range(first_turn) if lines[i][1].strip()]
    # the page's, when something there is the page's furniture or a tool's line
    # ("Skip to content", "This is a copy of a conversation …"): a writer's own
    # plain title over a pasted transcript stays
    furnished = any(
        _button(lines[i][1])
        or _PRODUCT.match(lines[i][1])
        or find_certain_chatter(lines[i][1], whole_line=True)
        for i in above
    )
    if furnished and not any(lines[i][1].lstrip().startswith("#") for i in above):
        for i in above:
            drop[i] = "the shared chat page's header, above the conversation"
    filled = [i for i in range(last_answer + 1, len(lines)) if lines[i][1].strip()]
    top = next((i for i in filled if re.match(r"^#[ \t]+\S", lines[i][1])), None)
    if top is not None:
        opener = [i for i in filled if i < top and not _RULE.match(lines[i][1])]
        if 0 < len(opener) <= 2 and not any(
            lines[i][1].lstrip().startswith(("#", "-", "*", "|")) for i in opener
        ):
            for i in opener:
                drop[i] = "the assistant's opener, above the article's own headline"
    for i in reversed(filled):
        text = lines[i][1].strip()
        if _button(text) or (
            len(text.split()) <= 2
            and text[-1] not in ".!?:"
            and not re.match(r"^(?:[-*+#|]|\d+[.)])", text)
        ):
            drop.setdefault(i, "a chat page's button or status line")
            continue
        break
    return drop


_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")


#: the chat page's header: the product's name, "Conversation with Gemini", the model
_PRODUCT = re.compile(
    rf"^\W{{0,4}}(?:(?:conversation|chat) with[ \t]+)?(?:{_TOOLS})"
    r"(?:[ \t]+(?:advanced|pro|plus|free|app))?\W{0,4}$",
    re.I,
)
_MODEL = re.compile(
    r"^\W{0,4}(?:gpt-?\d[\w.-]{0,10}|o\d(?:-\w+)?|"
    r"(?:(?:gemini|claude|llama|mistral)[ \t]+)?\d{1,2}(?:\.\d{1,2})?[ \t]+"
    r"(?:flash(?:[ \t-]lite)?|pro|ultra|nano|sonnet|opus|haiku|mini|turbo|thinking)"
    r")\W{0,4}$",
    re.I,
)
#: a button's icon name copied as text ("volume_up", "thumb_up thumb_down")
_ICONS = re.compile(r"^\W{0,4}[a-z]+(?:_[a-z]+)+(?:[ \t]+[a-z]+(?:_[a-z]+)+)*\W{0,4}$")
#: how far down the assistant's opener may stand under the page's header
_HEADER_LINES = 12


#: an answer's source chips copied as text: numbered sites, "1 nhs.uk   2 doi.org"
_SOURCE_CHIPS = re.compile(
    r"^[ \t]*(?:\d{1,2}[ \t]+[a-z0-9-]+(?:\.[a-z0-9-]+)+[ \t]*){1,12}$", re.I
)


def _button(text: str) -> bool:
    return bool(
        _INTERFACE.match(text)
        or _ICONS.match(text.strip())
        or _SOURCE_CHIPS.match(text)
    )


def _header_kind(text: str) -> str:
    if _PRODUCT.match(text) or _MODEL.match(text):
        return "a chat page's header: the product's or model's name, not the title"
    if _button(text):
        return "a chat page's button or status line"
    return "the requester's prompt in a chat session, not the article"


#: how far down the answer's headline may stand under the page's rail and prompt
_PAGE_LINES = 30
#: a chat page's rail: its history's date headings
_HISTORY_DATE = re.compile(
    r"^\W{0,4}(?:today|yesterday|previous \d{1,2} days|last (?:week|month)|"
    r"(?:this|last) (?:week|month)|older|earlier|\d{4}-\d{2})\W{0,4}$",
    re.I,
)
#: a history entry: a short title, no sentence
_HISTORY_ENTRY = re.compile(r"^[ \t]*\S+(?:[ \t]+\S+){0,7}[ \t]*$")


def _page_header(lines: list[Line], above: list[int]) -> dict[int, str]:
    """Why each line above the assistant's opener goes: the product's name, the
    rail's chat history (a date heading and the short titles under it), buttons,
    the tool's shown reasoning (under "Thought for 11 seconds"), the prompt."""
    drop: dict[int, str] = {}
    state = ""
    for i in above:
        text = lines[i][1]
        if _HISTORY_DATE.match(text):
            state = "history"
            drop[i] = "a chat page's rail: its chat history, not the article"
            continue
        if _button(text) or _PRODUCT.match(text) or _MODEL.match(text):
            state = "reasoning" if text.strip().lower().startswith("thought") else ""
            drop[i] = _header_kind(text)
            continue
        if (
            state == "history"
            and _HISTORY_ENTRY.match(text)
            and (text.strip()[-1] not in ".!?:")
        ):
            drop[i] = "a chat page's rail: its chat history, not the article"
            continue
        if state == "reasoning":
            drop[i] = "the tool's reasoning shown on its page, not the article"
            continue
        state = ""
        drop[i] = _header_kind(text)
    return drop


def drop_session_page(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines without a chat page's furniture, what was removed).

    A chat session pasted whole from its page (Gemini, ChatGPT without turn
    labels): above the assistant's opener ("Okay, here's a draft …") stand the
    page's header (the product's and model's names), the requester's prompt and
    buttons ("Show drafts", "volume_up"); below its sign-off, more buttons
    ("thumb_up thumb_down", "Share", "More", "… can make mistakes"). Only when
    something above the opener is such furniture is the draft read as one: a
    draft's own plain headline above a tool's opener stays.
    """
    filled = [i for i, (_, t) in enumerate(lines) if t.strip()]
    presenting = [
        i
        for i in filled[:_PAGE_LINES]
        if (found := find_certain_chatter(lines[i][1], whole_line=True))
        and found.kind == "presenting the text"
    ]
    headline = next(
        (i for i in filled[:_PAGE_LINES] if re.match(r"^#[ \t]+\S", lines[i][1])),
        None,
    )
    # the page's rail, the prompt, the toggles and the tool's shown reasoning may
    # push the opener down: above the answer's own headline, its last opener
    # (one of a handful of lines)
    opener = (
        max((i for i in presenting if i < headline), default=None)
        if headline is not None
        else next((i for i in presenting if i in filled[:_HEADER_LINES]), None)
    )
    above = [i for i in filled if opener is not None and i < opener]
    if not above or not any(
        _PRODUCT.match(lines[i][1]) or _MODEL.match(lines[i][1]) or _button(lines[i][1])
        for i in above
    ):
        return lines, []
    # the article's own headline (a Markdown heading) above the opener: not a page
    if any(lines[i][1].lstrip().startswith("#") for i in above):
        return lines, []
    drop = _page_header(lines, above)
    for i in reversed(filled):
        text = lines[i][1]
        if _button(text) or (
            len(text.split()) <= 3
            and text.strip()[-1] not in ".!?:"
            and not re.match(r"^\s*(?:[-*+]|\d+[.)])\s", text)
        ):
            drop[i] = "a chat page's button or status line"
            continue
        break
    kept = [(n, "" if i in drop else t) for i, (n, t) in enumerate(lines)]
    removed = [
        Removed(lines[i][0], lines[i][1], why) for i, why in sorted(drop.items())
    ]
    return kept, removed


#: an answer engine's label between the question and its answer (Perplexity's
#: "Answer"; its other tabs "Sources", "Images" on the same line)
_ANSWER_LABEL = re.compile(
    r"^\W{0,4}answer(?:[ \t]+(?:sources|images|videos|steps|links))*\W{0,4}$", re.I
)
#: the label's other tabs copied a line each under it, with their counts
#: ("Sources", "12", "Images")
_ANSWER_TABS = re.compile(
    r"^\W{0,4}(?:sources|images|videos|steps|links|tasks|\d{1,3})"
    r"(?:[ \t]+(?:sources|images|videos|steps|links|tasks|\d{1,3}))*\W{0,4}$",
    re.I,
)
#: how many lines the question may take above the label
_QUESTION_LINES = 3
#: a navigation rail's entry above the question ("Home", "New thread"): a word or
#: three, no sentence
_RAIL_ENTRY = re.compile(r"^[ \t]*[A-Za-z][\w'-]*(?:[ \t]+[\w'-]+){0,2}[ \t]*$")
#: how many lines the page's rail (the product's name and its entries) may take
_RAIL_LINES = 8
#: a source card's site name ("nhs.uk", "pubmed") and its number, lines of their own
_CARD_SITE = re.compile(r"^[ \t]*[a-z0-9][\w.-]{1,40}[ \t]*$")
_CARD_NUMBER = re.compile(r"^[ \t]*\d{1,2}[ \t]*$")
#: the cards' last line: how many more sources the page has ("+9 sources",
#: "View 4 more")
_MORE_SOURCES = re.compile(
    r"^\W{0,4}(?:\+[ \t]?\d{1,3}(?:[ \t]+more)?(?:[ \t]+sources?)?|"
    r"(?:view|show|see)[ \t]+(?:all[ \t]+)?\d{1,3}(?:[ \t]+more)?(?:[ \t]+sources?)?|"
    r"\d{1,3}[ \t]+more[ \t]+sources?)\W{0,4}$",
    re.I,
)


def drop_answer_page(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """(lines without an answer engine's question and label, what was removed).

    An answer copied whole from its page (Perplexity) starts with the requester's
    question, then the page's "Answer" label, then the answer: the question is
    the prompt, never the title. Only a label among the first lines, under a few
    lines that are no Markdown heading, is read so. Above the question may stand
    the page's rail: the product's name, then its entries ("Home", "Library");
    under the label, its other tabs ("Sources", "12") and the source cards (a
    site's name, the source's title, its number; "+9 sources"), the page's copy
    of the answer's own sources.
    """
    filled = [i for i, (_, t) in enumerate(lines) if t.strip()]
    rail = _rail(lines, filled)
    label = next(
        (
            k
            for k, i in enumerate(filled[: rail + _QUESTION_LINES + 1], start=0)
            if k >= rail and _ANSWER_LABEL.match(lines[i][1])
        ),
        None,
    )
    if not label:  # none, or nothing above it
        return lines, []
    above = filled[:label]
    if any(lines[i][1].lstrip().startswith("#") for i in above):
        return lines, []
    drop = {
        i: "the answer page's rail: the product's name and its entries"
        if k < rail
        else "the requester's question on an answer page, not the article"
        for k, i in enumerate(above)
    }
    drop[filled[label]] = "an answer page's label"
    for i in _tabs_and_cards(lines, filled[label + 1 :]):
        drop[i] = "the answer page's tabs and source cards"
    kept = [(n, "" if i in drop else t) for i, (n, t) in enumerate(lines)]
    removed = [
        Removed(lines[i][0], lines[i][1], why) for i, why in sorted(drop.items())
    ]
    return kept, removed


def _rail(lines: list[Line], filled: list[int]) -> int:
    """How many of the first filled lines are the page's rail: the product's name
    (or its model's) first, then its short entries; 0 without the name."""
    if not filled or not (
        _PRODUCT.match(lines[filled[0]][1]) or _MODEL.match(lines[filled[0]][1])
    ):
        return 0
    count = 1
    for i in filled[1:_RAIL_LINES]:
        text = lines[i][1]
        if _ANSWER_LABEL.match(text) or not _RAIL_ENTRY.match(text):
            break
        count += 1
    return count


def _tabs_and_cards(lines: list[Line], after: list[int]) -> list[int]:
    """The filled lines right under the answer label that are its tabs and the
    source cards, by index: the cards only when they end in the page's count of
    more sources or each has its number."""
    k = 0
    while k < len(after) and _ANSWER_TABS.match(lines[after[k]][1]):
        k += 1
    tabs = after[:k]
    cards: list[int] = []
    while k < len(after):
        text = lines[after[k]][1]
        if _MORE_SOURCES.match(text):
            return tabs + cards + [after[k]]
        # [site] title number
        site = 1 if _CARD_SITE.match(text) else 0
        if (
            k + site + 1 < len(after)
            and _CARD_NUMBER.match(lines[after[k + site + 1]][1])
            and not _CARD_NUMBER.match(lines[after[k + site]][1])
        ):
            cards += after[k : k + site + 2]
            k += site + 2
            continue
        break
    return tabs + cards
