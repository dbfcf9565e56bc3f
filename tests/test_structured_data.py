"""JSON-LD for articles: the right fields, Person vs Organization, reviewedBy only
when reviewed, and escaping that keeps every value inside its <script> element."""

from __future__ import annotations

import json
from datetime import date

from bs4 import BeautifulSoup
from pybtex.database import parse_string

from healthkb.model.article import ArticleMeta
from healthkb.model.authors import Author
from healthkb.web.structured_data import medical_web_page, script_json

AUTHORS = {
    "ada": Author("ada", "Dr Ada Jones", "Health Editor"),
    "team": Author("team", "The Test Team", "Editorial team", kind="organization"),
    "ben": Author(
        "ben", "Dr Ben Okafor", "Cardiologist", link="https://example.org/ben"
    ),
}
BIB = parse_string(
    """
@article{jones2020walk,
  author = {Jones, Ada and Smith, Bo},
  title = {Walking and the {HEART}},
  journal = {Journal of Test Cardiology},
  year = {2020},
  doi = {10.1000/jtc.2020.001}
}
@misc{site2021,
  title = {A web page},
  year = {2021},
  url = {https://example.org/page}
}
""",
    "bibtex",
)


def meta(**changes) -> ArticleMeta:
    values = dict(
        description="Walking helps.",
        authors=("ada", "team"),
        reviewers=(),
        published=date(2026, 1, 10),
        reviewed=date(2026, 6, 1),
        review_due=date(2027, 6, 1),
        keywords=("Heart health", "Walking"),
        secondary_keywords=("Exercise",),
    )
    values.update(changes)
    return ArticleMeta(**values)


def page(m: ArticleMeta) -> dict:
    return medical_web_page(
        title="Walking",
        meta=m,
        authors=AUTHORS,
        sources=[BIB.entries["jones2020walk"], BIB.entries["site2021"]],
        url="https://example.org/a.html",
        language="en",
        publisher="Test KB",
    )


def test_fields_and_dates_from_the_metadata():
    data = page(meta())
    assert data["@type"] == "MedicalWebPage"
    assert data["datePublished"] == "2026-01-10"
    assert data["lastReviewed"] == "2026-06-01"
    assert data["keywords"] == ["Heart health", "Walking", "Exercise"]
    assert data["about"] == [
        {"@type": "Thing", "name": "Heart health"},
        {"@type": "Thing", "name": "Walking"},
    ]
    assert data["author"] == [
        {"@type": "Person", "name": "Dr Ada Jones", "jobTitle": "Health Editor"},
        {"@type": "Organization", "name": "The Test Team"},
    ]
    assert "reviewedBy" not in data


def test_reviewed_by_only_when_reviewed():
    data = page(meta(reviewers=("ben",)))
    assert data["reviewedBy"] == [
        {
            "@type": "Person",
            "name": "Dr Ben Okafor",
            "jobTitle": "Cardiologist",
            "url": "https://example.org/ben",
        }
    ]


def test_citations_carry_dois_and_plain_titles():
    first, second = page(meta())["citation"]
    assert first["@type"] == "ScholarlyArticle"
    assert first["name"] == "Walking and the HEART"
    assert first["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "DOI",
        "value": "10.1000/jtc.2020.001",
    }
    assert first["url"] == "https://doi.org/10.1000/jtc.2020.001"
    assert first["isPartOf"]["name"] == "Journal of Test Cardiology"
    assert second["@type"] == "CreativeWork"
    assert "identifier" not in second
    assert second["url"] == "https://example.org/page"


def test_script_json_cannot_break_out_of_its_element():
    hostile = '</script><script>alert(1)</script><!-- & "quotes"'
    data = page(meta(description=hostile))
    text = script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["description"] == hostile
    html = f'<head><script type="application/ld+json">{text}</script></head>'
    scripts = BeautifulSoup(html, "html.parser").find_all("script")
    assert len(scripts) == 1
    assert json.loads(scripts[0].string) == json.loads(json.dumps(data))
