"""What :mod:`healthkb.rules.chatter_speech` learnt from the corpus, written by
``benchmarks/chatter_loro_cv.py --write`` (do not edit by hand).

Learnt from every round (11 and 12 too): the cues no prose line shows and at least
MIN_SUPPORT chatter lines do, most chatter lines first.
"""

MIN_SUPPORT = 2
#: cue: chatter lines that show it (no prose line does)
DECISIVE: dict[str, int] = {
    "offer": 162,
    "all interface words": 145,
    "speaker edits the text": 122,
    "presenting the text": 114,
    "acknowledging": 103,
    "placeholder": 81,
    "mostly interface words": 78,
    "self-caveat": 74,
    "the request": 60,
    "names a tool": 49,
    "label": 47,
    "sign-off": 31,
    "instruction to the tool": 3,
}
