"""A named trial or project whose acronym is coined from more than a word's first
letter ("Respiratory Protection Effectiveness Clinical Trial (ResPECT)") keeps
its capitals, though its last word is a common noun; a common noun's initials
("Randomized Controlled Trial (RCT)") are still lowered."""

from __future__ import annotations

from helpers.nlm_text import nlm

TAIL = "author = {Roe, Ann}, journal = {BMJ}, year = {2016}, doi = {10.1/x}"


def test_a_coined_acronym_keeps_its_name():
    got = nlm(
        "@article{k, title = {{The Respiratory Protection Effectiveness Clinical "
        f"Trial (ResPECT): A Cluster-Randomized Comparison}}}}, {TAIL}}}"
    )
    assert "The Respiratory Protection Effectiveness Clinical Trial (ResPECT): a" in got


def test_a_common_nouns_initials_are_lowered():
    got = nlm(
        "@article{k, title = {{A Randomized Controlled Trial (RCT) of Masks}}, "
        f"{TAIL}}}"
    )
    assert "A randomized controlled trial (RCT) of masks." in got
