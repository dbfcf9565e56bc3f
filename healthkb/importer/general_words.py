"""Words of general English that are no keyword on their own.

The keyword suggester ranks the phrases a text leans on, and a health page leans on
"common", "talk", "life" and "fortunately" as much as on "insomnia". A reader
searching the site never looks for those, so a suggestion made only of them is
left out, unless the site already uses it as a keyword. The list is function words
and the everyday verbs, adjectives, adverbs and nouns that any topic uses; no health
word is in it.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: function words
_FUNCTION = _words(
    """
a about above across actually after again against ago all almost alone along already
also although always am among an and another any anyone anything anyway are around
as at away back be became because become becomes been before being below best better
between both but by can cannot could did do does doing done down during each either
else enough even ever every everyone everything few for from further get gets getting
give given gives go goes going gone good got great had has have having he her here
hers him his how however i if in instead into is it its itself just keep kept know
known last later least less let like likely little lot lots made make makes making
many may maybe me might more most much must my near nearly need needs never new next
no none nor not nothing now of off often old on once one only onto or other others
our out over own part per perhaps quite rather really right said same say says see
seem seems seen several shall she should since so some someone something sometimes
soon still such sure take taken takes than that the their them then there these they
thing things this those though through thus to together too took toward towards
under until up upon us use used uses using usually very want wants was way ways we
well went were what when where whether which while who whole whom whose why will
with within without would yes yet you your yours
"""
)
#: adjectives any topic uses
_ADJECTIVES = _words(
    """
able actual additional available basic big certain clear close common complete
different difficult early easy entire even extra fair fine free full general given
hard high huge important large late long low main major minor modest much normal
open ordinary particular possible real recent regular serious short significant
simple small special specific strong sudden true typical usual various whole wide
wrong
"""
)
#: adverbs
_ADVERBS = _words(
    """
also often fortunately unfortunately however therefore instead especially finally
generally mostly nearly quickly rarely really simply slowly sometimes usually
actually certainly clearly definitely easily exactly hopefully likely particularly
probably recently regularly seriously truly
"""
)
#: everyday verbs
_VERBS = _words(
    """
add added adds affect affects allow allows ask asked asks begin began begins bring
brings call called calls came change changed changes come comes consider considered
continue continued decide decided describe described expect expected feel feeling
feels felt find finds follow followed found happen happened happens help helped
helping helps hold include included includes including increase increased increases
involve involved lead leads learn learned leave left live lived lives living look
looked looks lose mean means meet move moved offer offered pay provide provided
provides put reach read recommend recommended recommends reduce reduced remain
remains report reported reports seem show showed shows start started starts stay
stop suggest suggests talk talked talking talks tell tells think thought try tried
turn turned understand updated update wait work worked works write written
"""
)
#: everyday nouns
_NOUNS = _words(
    """
age area areas aspect case cases day days example fact form group groups half hand
home idea kind kinds level life lives matter money moment month months number people
reading person place point problem problems question questions reason reasons
result results side sort step steps story term terms thing time times today type types view week
weeks while word words world year years
monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december
"""
)
GENERAL = _FUNCTION | _ADJECTIVES | _ADVERBS | _VERBS | _NOUNS
#: a phrase that starts or ends with one of these is a piece of a sentence (a
#: verb's "-ing" form names an activity: "Talking therapy", "Living with pain")
_NO_EDGE = _FUNCTION | _ADVERBS | {v for v in _VERBS if not v.endswith("ing")}
#: adjectives and nouns that end like an adverb
_NOT_ADVERBS = _words(
    "daily early family elderly weekly monthly yearly nightly hourly friendly lonely "
    "likely only ugly belly supply assembly anomaly holy july italy"
)


def is_general(phrase: str) -> bool:
    """Every word of *phrase* is general English ("Common", "Pay good money")."""
    words = re.findall(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", phrase.casefold())
    if len(words) == 1 and len(words[0]) > 5 and words[0].endswith("ed"):
        return True  # a verb's past form alone: "Linked", "Updated"
    return bool(words) and all(w in GENERAL for w in words)


#: a verb inside a phrase makes it a piece of a sentence ("Depression is common")
_CLAUSE_VERB = _words(
    "is are was were be been being has have had can could will would may might must "
    "should does did do that which"
)


def is_fragment(phrase: str) -> bool:
    """A piece of a sentence rather than a name for a topic: a verb inside it."""
    words = phrase.casefold().split()
    if any(w in _CLAUSE_VERB for w in words[1:-1]):
        return True
    edges = {words[0], words[-1]} if len(words) > 1 else set()
    if any(w.endswith("ly") and len(w) > 5 and w not in _NOT_ADVERBS for w in edges):
        return True  # "Illness that negatively"
    # "Negatively affects", "Illness that negatively", "Recommends talking therapy"
    if len(words) > 1 and (words[0] in _NO_EDGE or words[-1] in _NO_EDGE):
        return True
    # "depression Screening": a sentence's end run into the next heading
    shown = phrase.split()
    return any(
        a[:1].islower() and b[:1].isupper() and not b.isupper()
        for a, b in zip(shown, shown[1:], strict=False)
    )


__all__ = ["GENERAL", "is_fragment", "is_general"]
