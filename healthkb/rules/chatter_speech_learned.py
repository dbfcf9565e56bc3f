"""What :mod:`healthkb.rules.chatter_speech` learnt from the corpus, written by
``benchmarks/chatter_loro_cv.py --write`` (do not edit by hand).

Learnt from every round but 11: the cues no prose line shows and at least
MIN_SUPPORT chatter lines do, most chatter lines first.
"""

MIN_SUPPORT = 2
#: cue: chatter lines that show it (no prose line does)
DECISIVE: dict[str, int] = {
    "all interface words": 95,
    "speaker edits the text": 85,
    "offer": 77,
    "presenting the text": 56,
    "acknowledging": 48,
    "mostly interface words": 47,
    "placeholder": 47,
    "self-caveat": 42,
    "the request": 38,
    "label": 22,
    "names a tool": 20,
    "sign-off": 18,
}
