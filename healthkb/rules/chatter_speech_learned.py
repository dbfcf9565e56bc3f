"""What :mod:`healthkb.rules.chatter_speech` learnt from the corpus, written by
``benchmarks/chatter_loro_cv.py --write`` (do not edit by hand).

Learnt from every round (11 and 12 too): the cues no prose line shows and at least
MIN_SUPPORT chatter lines do, most chatter lines first.
"""

MIN_SUPPORT = 2
#: cue: chatter lines that show it (no prose line does)
DECISIVE: dict[str, int] = {
    "offer": 162,
    "all interface words": 153,
    "presenting the text": 125,
    "speaker edits the text": 125,
    "acknowledging": 104,
    "placeholder": 81,
    "mostly interface words": 80,
    "self-caveat": 74,
    "the request": 60,
    "names a tool": 49,
    "label": 47,
    "brief field": 38,
    "place in a viewer": 32,
    "sign-off": 31,
    "comment or form prompt": 28,
    "prompt to the tool": 22,
    "names a writing tool": 21,
    "navigation button": 17,
    "the tool lists its edits": 15,
    "offer on the text": 10,
    "credit line": 8,
    "suggestion on the text": 7,
    "review stamp": 6,
    "chat-speak": 4,
    "instruction to the tool": 3,
    "code block label": 2,
    "suggestion, a list follows": 2,
    "summary of the edits": 2,
}
