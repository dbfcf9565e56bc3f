"""A "... Network" a method builds ("Recurrent Neural Network", "Graph Attention
Network") is a kind of model, lowered in a Title Case title; a body's network
("the Autism Genetic Resource Exchange Network") keeps its capitals."""

from __future__ import annotations

import pytest
from helpers.nlm_text import titled


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (
            "Recurrent Neural Network Models of Atrial Fibrillation",
            "Recurrent neural network models of atrial fibrillation",
        ),
        (
            "A Convolutional LSTM Network for Wavefront Tracking",
            "A convolutional LSTM network for wavefront tracking",
        ),
        (
            "Graph Attention Networks Predict Drug Interactions",
            "Graph attention networks predict drug interactions",
        ),
    ],
)
def test_a_models_network_is_lowered(title, printed):
    text = titled(title)
    assert text.startswith(f"Roe A. {printed}. BMJ. 2015."), text


def test_a_bodys_network_keeps_its_name():
    title = "Outcomes in the Vermont Oxford Network: A Cohort of Preterm Infants"
    text = titled(title)
    assert "the Vermont Oxford Network: a cohort" in text, text
