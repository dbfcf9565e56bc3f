"""A byline with no "By": a person's name and role alone on a line under the
headline ("Dr NAME, Consultant Psychiatrist", drafts set 10's d3) is the author,
matched to authors.yml or reported; a heading of the same shape stays a heading."""

from __future__ import annotations

import pytest
from helpers.import_runs import import_draft
from helpers.scratch_topic import make_topic
from helpers.site import copy_import_site

from healthkb.importer.draft import parse_draft

TEXT = "Gout is a kind of arthritis that causes sudden pain in a joint.\n"


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Ruth Mensah, Specialist Diabetes Nurse",
            "Ruth Mensah",
            "Specialist Diabetes Nurse",
        ),
        ("Prof Alan Birch - Rheumatologist", "Prof Alan Birch", "Rheumatologist"),
        ("Dr Li Wei, Foundation Year 2", "Dr Li Wei", "Foundation Year 2"),
        ("Omar Haddad | Health Writer", "Omar Haddad", "Health Writer"),
        # a clinician's letters alone say who the name is
        ("Grace Obi, RN, MSc", "Grace Obi", "RN, MSc"),
    ],
)
def test_a_name_and_role_under_the_headline_is_the_byline(line, name, role):
    draft = parse_draft(f"Living with gout\n\n{line}\n\n{TEXT}", "d.txt")
    assert draft.byline == (name, role)
    body = " ".join(t for b in draft.blocks for t in b.lines)
    assert line not in body and name not in body


@pytest.mark.parametrize(
    "line",
    [
        "Food, Drink and Gout",
        "Rest, Ice and Raising the Leg",
        "Diet - Purines",
        "Tea Time, Do",
    ],
)
def test_a_heading_shaped_alike_is_no_byline(line):
    draft = parse_draft(f"Living with gout\n\n{line}\n\n{TEXT}", "d.txt")
    assert draft.byline == ("", "")
    # the standfirst under the headline, or a section's heading: the draft's words
    headings = [b.lines[0] for b in draft.blocks if b.kind == "heading"]
    assert line in [draft.subtitle, *headings]


def test_an_unknown_clinician_is_reported_for_authors_yml(tmp_path, capsys):
    site = copy_import_site(tmp_path / "site")
    draft = tmp_path / "gout.txt"
    draft.write_text(
        f"Living with gout\n\nDr Ines Farrow, Consultant Rheumatologist\n\n{TEXT}",
        "utf-8",
    )
    out, article = import_draft(site, capsys, draft, topic=make_topic(site))
    assert "\nauthors: [ines-farrow]\n" in article
    assert "add the author to authors.yml: 'ines-farrow:'" in out
    assert "Consultant Rheumatologist" not in article.split("\n---\n", 1)[1]


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Prof Alan Birch", "Consultant Rheumatologist"),
        ("Grace Obi", "Specialist diabetes nurse"),
    ],
)
def test_a_name_over_its_role_is_one_byline(name, role):
    draft = parse_draft(f"Living with gout\n\n{name}\n{role}\n\n{TEXT}", "d.txt")
    assert draft.byline == (name, role)
    body = " ".join(t for b in draft.blocks for t in b.lines)
    assert name not in body and role not in body


@pytest.mark.parametrize(
    ("first", "second"),
    [("Exercise Tips", "Physiotherapist advice"), ("Alan Birch", "What causes it")],
)
def test_two_heading_lines_are_no_byline(first, second):
    draft = parse_draft(f"Living with gout\n\n{first}\n{second}\n\n{TEXT}", "d.txt")
    assert draft.byline == ("", "")
