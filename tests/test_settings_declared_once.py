"""The ``healthkb_*`` settings are declared once (the fields of ``SiteSettings``):
what Sphinx registers, what ``healthkb check`` reads and what is validated all come
from those fields, and an invalid value of any of them is reported at its conf.py line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from healthkb.model.settings import PREFIX, SETTINGS, SiteSettings, setting
from healthkb.model.site import config_problems

#: SiteSettings fields that are other extensions' settings, not healthkb_* ones
NOT_OURS = {
    "bibfiles",
    "myst_extensions",
    "heading_anchors",
    "exclude_patterns",
    "include_patterns",
}
OURS = [f for f in dataclasses.fields(SiteSettings) if f.name not in NOT_OURS]


def _wrong(types: tuple[type, ...]) -> object:
    """A value of a kind the setting does not accept."""
    return "text" if list in types else [1.5]


def test_every_field_is_a_setting_and_every_setting_a_field():
    assert [s.name for s in SETTINGS] == [PREFIX + f.name for f in OURS]


def test_field_defaults_are_the_checked_conf_defaults():
    """A site whose conf.py sets nothing gets the fields' defaults, without errors."""
    settings, errors = SiteSettings.from_mapping({})
    assert errors == []
    for f in OURS:
        assert getattr(settings, f.name) == f.default, f.name


def test_sphinx_registers_every_field_with_its_default(make_app, site_copy):
    app = make_app("html", srcdir=site_copy())
    registered = {
        name: opt for name, opt in app.config.values.items() if name.startswith(PREFIX)
    }
    assert sorted(registered) == sorted(s.name for s in SETTINGS)
    for s in SETTINGS:
        assert registered[s.name].default == s.default, s.name
        assert registered[s.name].rebuild == s.rebuild, s.name
        assert set(registered[s.name].valid_types) == set(s.types), s.name
    # the accessor reads the typed field value from the app's config
    plain = SiteSettings.from_mapping({})[0]
    conf_values = {s.name: getattr(app.config, s.name) for s in SETTINGS}
    typed = SiteSettings.from_mapping(conf_values)[0]
    for f in OURS:
        assert setting(app, f.name) == getattr(typed, f.name), f.name
    assert setting(app.config, "related_max") == typed.related_max
    assert plain.disclaimer == setting(app, "disclaimer")  # test-basic keeps it


@pytest.mark.parametrize("spec", SETTINGS, ids=lambda s: s.name)
def test_an_invalid_value_is_reported_at_its_conf_line(spec, tmp_path: Path):
    wrong = _wrong(spec.types)
    conf = tmp_path / "conf.py"
    conf.write_text(f'project = "x"\n\n{spec.name} = {wrong!r}\n', encoding="utf-8")
    settings, errors = SiteSettings.from_mapping({spec.name: wrong})
    assert [e.name for e in errors] == [spec.name]
    assert errors[0].startswith(f"{spec.name} must be ")
    assert "fix it in conf.py" in errors[0]
    # the invalid value falls back to the default
    field = spec.name.removeprefix(PREFIX)
    assert getattr(settings, field) == getattr(SiteSettings(), field)
    [problem] = config_problems(tmp_path, errors)
    assert (problem.path, problem.line, problem.message) == (
        "conf.py",
        3,
        str(errors[0]),
    )


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("healthkb_today", "2024-02-30", "is not a real date written YYYY-MM-DD"),
        ("healthkb_review_interval", 0, "must be a positive number of days, not 0"),
    ],
)
def test_a_value_of_the_right_type_can_still_be_refused(name, value, says):
    settings, errors = SiteSettings.from_mapping({name: value})
    assert [e.name for e in errors] == [name]
    assert says in errors[0]
    field = name.removeprefix(PREFIX)
    assert getattr(settings, field) == getattr(SiteSettings(), field)
