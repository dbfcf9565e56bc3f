"""What :mod:`healthkb.rules.chatter_speech` learnt from the corpus, written by
``benchmarks/chatter_loro_cv.py --write`` (do not edit by hand).

Learnt from every round (11 and 12 too): the cues no prose line shows and at least
MIN_SUPPORT chatter lines do, most chatter lines first.
"""

MIN_SUPPORT = 2
#: cue: chatter lines that show it (no prose line does)
DECISIVE: dict[str, int] = {
    "all interface words": 169,
    "offer": 167,
    "presenting the text": 131,
    "speaker edits the text": 130,
    "acknowledging": 107,
    "mostly interface words": 88,
    "placeholder": 88,
    "self-caveat": 77,
    "the request": 62,
    "label": 53,
    "names a tool": 51,
    "brief field": 46,
    "place in a viewer": 35,
    "sign-off": 32,
    "comment or form prompt": 31,
    "names a writing tool": 21,
    "navigation button": 18,
    "prompt to the tool": 17,
    "the tool lists its edits": 15,
    "offer on the text": 13,
    "suggestion on the text": 8,
    "review stamp": 6,
    "credit line": 5,
    "chat-speak": 4,
    "instruction to the tool": 3,
    "instruction to the writer": 3,
    "code block label": 2,
    "summary of the edits": 2,
}
