"""The wording layer (healthkb.rules.chatter_words): learnt from the corpus as
shipped, asked only where the learnt layer is, probable findings that say why."""

from __future__ import annotations

import sys
from pathlib import Path

from healthkb.rules import chatter_words
from healthkb.rules.chatter import find_certain_chatter, find_chatter, model_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import chatter_words_train as trainer  # noqa: E402


def test_the_shipped_weights_are_what_the_corpus_gives() -> None:
    text = trainer.weights_module(trainer.shipped_model(), trainer.SHIPPED_THRESHOLD)
    assert trainer.WEIGHTS_FILE.read_text(encoding="utf-8") == text, (
        "run: .venv/bin/python benchmarks/chatter_words_train.py --write"
    )


def _a_line_only_the_wording_layer_finds() -> str:
    """A corpus chatter line the detector finds by the wording layer alone."""
    for path in sorted(trainer.CORPUS.glob("chatter-round*.txt")):
        for line in trainer.corpus_lines(path):
            without = find_chatter(line, wording=False)
            if without is None and find_chatter(line) is not None:
                return line
    raise AssertionError("the wording layer finds no corpus line on its own")


def test_a_wording_finding_is_probable_and_names_its_words() -> None:
    line = _a_line_only_the_wording_layer_finds()
    found = find_chatter(line)
    assert found is not None and found.tentative
    assert found.kind.startswith("a writing tool's or web page's wording ('")
    # the words it names are the line's
    named = found.kind.split("(", 1)[1].rstrip(")").split(", ")
    feats = set(chatter_words.features(model_text(line)))
    assert named and all(
        {f"w:{word.strip(chr(39))}", f"b:{word.strip(chr(39))}"} & feats
        for word in named
    )
    # the importer removes nothing on the layer's word
    assert find_certain_chatter(line) is None


def test_the_layer_judges_what_the_learnt_layer_judges_only() -> None:
    # too short to tell from a heading, an address, a statement about the world
    assert not chatter_words.judges("promoted links")
    assert not chatter_words.judges("see https://example.org/promoted for more")
    assert not chatter_words.judges(
        "people were not put into groups by chance, so the groups may have "
        "differed in ways that affected how they felt."
    )
    assert chatter_words.judges("jump to the comments below")


def test_features_are_the_lines_words_pairs_length_and_last_mark() -> None:
    found = chatter_words.features("share this post on 3 sites?")
    assert {"w:share", "w:<n>", "b:^ share", "b:sites ?", "b:? $"} <= set(found)
    assert "len:6-10" in found and "end:?" in found
    assert chatter_words.features("done") == sorted(
        ["w:done", "b:^ done", "b:done $", "len:1", "end:w"]
    )
