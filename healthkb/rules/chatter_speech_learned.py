"""What :mod:`healthkb.rules.chatter_speech` learnt from the corpus, written by
``benchmarks/chatter_loro_cv.py --write`` (do not edit by hand).

Learnt from every round (11 and 12 too): the cues no prose line shows and at least
MIN_SUPPORT chatter lines do, most chatter lines first.
"""

MIN_SUPPORT = 2
#: cue: chatter lines that show it (no prose line does)
DECISIVE: dict[str, int] = {
    "offer": 132,
    "all interface words": 130,
    "speaker edits the text": 112,
    "presenting the text": 87,
    "acknowledging": 76,
    "mostly interface words": 73,
    "placeholder": 72,
    "self-caveat": 58,
    "the request": 51,
    "label": 38,
    "names a tool": 37,
    "sign-off": 24,
    "instruction to the tool": 3,
}
