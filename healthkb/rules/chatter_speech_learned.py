"""What :mod:`healthkb.rules.chatter_speech` learnt from the corpus, written by
``benchmarks/chatter_loro_cv.py --write`` (do not edit by hand).

Learnt from every round (11 and 12 too): the cues no prose line shows and at least
MIN_SUPPORT chatter lines do, most chatter lines first.
"""

MIN_SUPPORT = 2
#: cue: chatter lines that show it (no prose line does)
DECISIVE: dict[str, int] = {
    "offer": 165,
    "all interface words": 157,
    "presenting the text": 128,
    "speaker edits the text": 128,
    "acknowledging": 107,
    "placeholder": 85,
    "mostly interface words": 83,
    "self-caveat": 77,
    "the request": 61,
    "label": 50,
    "names a tool": 50,
    "brief field": 44,
    "place in a viewer": 34,
    "sign-off": 32,
    "comment or form prompt": 30,
    "prompt to the tool": 25,
    "names a writing tool": 21,
    "navigation button": 17,
    "the tool lists its edits": 15,
    "offer on the text": 11,
    "credit line": 8,
    "suggestion on the text": 7,
    "review stamp": 6,
    "chat-speak": 4,
    "instruction to the tool": 3,
    "code block label": 2,
    "suggestion, a list follows": 2,
    "summary of the edits": 2,
}
