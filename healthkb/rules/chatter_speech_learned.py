"""What :mod:`healthkb.rules.chatter_speech` learnt from the corpus, written by
``benchmarks/chatter_loro_cv.py --write`` (do not edit by hand).

Learnt from every round (11 and 12 too): the cues no prose line shows and at least
MIN_SUPPORT chatter lines do, most chatter lines first.
"""

MIN_SUPPORT = 2
#: cue: chatter lines that show it (no prose line does)
DECISIVE: dict[str, int] = {
    "offer": 193,
    "all interface words": 181,
    "presenting the text": 140,
    "speaker edits the text": 125,
    "acknowledging": 124,
    "placeholder": 104,
    "mostly interface words": 93,
    "self-caveat": 88,
    "the request": 70,
    "label": 58,
    "brief field": 50,
    "names a tool": 48,
    "place in a viewer": 41,
    "sign-off": 36,
    "comment or form prompt": 35,
    "names a writing tool": 32,
    "navigation button": 20,
    "prompt to the tool": 19,
    "the tool lists its edits": 17,
    "offer on the text": 13,
    "suggestion on the text": 10,
    "review stamp": 7,
    "credit line": 6,
    "chat-speak": 4,
    "instruction to the tool": 3,
    "instruction to the writer": 3,
    "code block label": 2,
    "summary of the edits": 2,
}
