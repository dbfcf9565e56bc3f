"""One study named after its place ("the Canadian Longitudinal Study", "the
Irish Longitudinal Study") keeps its continuation in a Title Case title when the
continuation ends the title or its part: "... on Aging", "... on Nutrition and
Healthy Ageing". It did only before its acronym ("(CLSA)"). A second "of"/"on"
after it ("... of Ageing on Loneliness") is what the title says of the study, and
a generic study ("the Health Study on Diet") has no name to continue. A "Biobank"
joined to another word by "and" is a common noun, not "UK Biobank"."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_a_place_named_study_keeps_its_continuation_at_the_end():
    text = titled(
        "Frailty and Falls: Evidence from the Canadian Longitudinal Study on Aging"
    )
    assert "evidence from the Canadian Longitudinal Study on Aging." in text, text


def test_a_continuation_with_and_before_a_subtitle():
    text = titled(
        "The Irish Longitudinal Study on Nutrition and Healthy Ageing: Design and Methods"
    )
    assert (
        "The Irish Longitudinal Study on Nutrition and Healthy Ageing: design and methods."
        in text
    ), text


def test_a_second_continuation_is_not_the_name():
    text = titled("Findings of the English Longitudinal Study of Ageing on Loneliness")
    assert "the English Longitudinal Study of ageing on loneliness." in text, text


def test_a_generic_study_has_no_continuation():
    text = titled("Results from the Health Study on Diet and Exercise")
    assert "Results from the health study on diet and exercise." in text, text


def test_a_biobank_joined_by_and_is_a_common_noun():
    assert "Tissue and biobank samples in" in titled(
        "Tissue and Biobank Samples in Rural Hospitals"
    )
    assert "from the UK Biobank and China Kadoorie Biobank." in titled(
        "Genetic Data from the UK Biobank and China Kadoorie Biobank"
    )
