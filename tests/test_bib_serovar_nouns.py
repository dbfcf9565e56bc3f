"""A capital after "Salmonella" names its serovar ("Salmonella Newport"), but in
a Title Case title the next word may be an ordinary noun: "Annual Summary of
Salmonella Findings". An English plural or a word with a noun's ending is no
serovar's name and is lowered (blind set 26); serovars keep their capital."""

from __future__ import annotations

from helpers.nlm_text import titled


def test_a_title_case_noun_after_the_genus_is_lowered():
    for title, printed in (
        ("Annual Summary of Salmonella Findings in Poultry", "Salmonella findings in"),
        ("Salmonella Isolates from Retail Pork", "Salmonella isolates from"),
        ("Salmonella Surveillance in Ontario Hospitals", "Salmonella surveillance in"),
        ("Salmonella Contamination of Leafy Greens", "Salmonella contamination of"),
    ):
        text = titled(title)
        assert printed in text, text


def test_a_serovar_keeps_its_capital():
    for title, printed in (
        ("Salmonella Enteritidis Outbreaks Linked to Eggs", "Salmonella Enteritidis"),
        ("Salmonella Newport Infections in Cattle", "Salmonella Newport infections"),
        ("Salmonella Infantis in Broiler Flocks", "Salmonella Infantis in"),
        (
            "Salmonella Typhimurium Isolates from Pigs",
            "Salmonella Typhimurium isolates",
        ),
    ):
        text = titled(title)
        assert printed in text, text
