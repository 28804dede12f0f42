"""Series files: what they say, what they inherit, and errors that name the line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from noteapp.core.errors import SeriesError
from noteapp.core.series.model import Person, builtin_series_for_template, list_series, load_series
from tests.core.test_frontmatter_hostile import alias_bomb


def _series(ws: Path, name: str, text: str, suffix: str = ".toml") -> Path:
    path = ws / "series" / f"{name}{suffix}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_toml_series_file_is_read_whole(tmp_path):
    source = _series(
        tmp_path,
        "zarr-eu",
        """\
title = "Zarr call (Europe)"
template = "zarr"
cadence = "every 2 weeks"
start = 2024-01-10 17:00:00
zone = "Europe/Berlin"
duration = "1h30m"
folder = "notes/zarr"
path = "{year}/{date}.md"
agenda = ["Welcome", "Open floor"]

[front_matter]
title = "{ordinal_day} {month_name}"
nav_order = "{next_in_folder}"

[[roster]]
name = "Ada Lovelace"
initials = "AL"
handle = "@adalovelace"
zone = "Europe/London"
""",
    )
    series = load_series("zarr-eu", tmp_path)
    assert series.source == source and not series.builtin
    assert (series.title, series.template, series.zone) == (
        "Zarr call (Europe)",
        "zarr",
        "Europe/Berlin",
    )
    assert series.first_start == dt.datetime(2024, 1, 10, 17, tzinfo=ZoneInfo("Europe/Berlin"))
    assert series.duration == dt.timedelta(minutes=90)
    assert series.folder == tmp_path / "notes" / "zarr"
    assert series.agenda == ("Welcome", "Open floor")
    assert dict(series.front_matter) == {
        "title": "{ordinal_day} {month_name}",
        "nav_order": "{next_in_folder}",
    }
    assert series.roster == (Person("Ada Lovelace", "AL", "adalovelace", None, "Europe/London"),)
    assert series.rule == builtin_series_for_template("zarr").rule  # both "every 2 weeks"


def test_a_short_series_takes_the_rest_from_its_templates_built_in_series(tmp_path):
    _series(tmp_path, "cf", 'template = "conda-forge"\n[[roster]]\nname = "Ada Lovelace"\n')
    mine, builtin = load_series("cf", tmp_path), builtin_series_for_template("conda-forge")
    assert (mine.rule, mine.first_start, mine.front_matter, mine.path_pattern, mine.video) == (
        builtin.rule,
        builtin.first_start,
        builtin.front_matter,
        builtin.path_pattern,
        builtin.video,
    )
    assert mine.title == "cf" and mine.roster == (Person("Ada Lovelace"),)


def test_a_workspace_series_wins_over_the_built_in_one_of_that_name(tmp_path):
    _series(tmp_path, "zarr", 'template = "zarr"\ntitle = "Our Zarr call"\n')
    assert load_series("zarr", tmp_path).title == "Our Zarr call"
    assert load_series("zarr", tmp_path / "elsewhere").builtin


def test_a_yaml_series_file_works_too(tmp_path):
    _series(
        tmp_path,
        "team",
        """\
title: Team sync
template: hackmd
cadence: weekly
start: "2024-01-01 09:30"
zone: Europe/Berlin
roster:
  - name: Ada Lovelace
    initials: AL
""",
        ".yaml",
    )
    series = load_series("team", tmp_path)
    assert series.first_start == dt.datetime(2024, 1, 1, 9, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert series.roster == (Person("Ada Lovelace", "AL"),)


def test_list_series_shows_workspace_and_built_in_series(tmp_path):
    _series(tmp_path, "team", 'template = "hackmd"\n')
    _series(tmp_path, "broken", 'template = "hackmd"\nzone = "Mars/Olympus"\n')
    names = [s.name for s in list_series(tmp_path)]
    assert "team" in names and "zarr" in names and "broken" not in names


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('template = "hackmd"\ntitle = "x\n', "line 2"),  # TOML's own "(at line 2, column 9)"
        (
            'template = "hackmd"\n\nzone = "Europe/Berln"\n',
            "line 3: 'Europe/Berln' is not a time zone I know; did you mean Europe/Berlin",
        ),
        ('template = "hackmd"\ncadance = "weekly"\n', "line 2: unknown key 'cadance'"),
        ('template = "hackmd"\nduration = "soon"\n', "line 2: duration 'soon'"),
        ('template = "hackmd"\npath = "notes.md"\n', "line 2: path 'notes.md' must name the date"),
        (
            'template = "hackmd"\n\n[[roster]]\nname = "A"\n\n[[roster]]\ninitials = "B"\n',
            "line 6: a roster entry has no name",
        ),
        (
            'template = "hackmd"\n[[roster]]\nname = "A"\nzone = "Nowhere"\n',
            "line 4: 'Nowhere' is not a time zone I know",
        ),
        ('title = "x"\n', "no 'template' key"),
        ('template = "mine"\n', "no 'zone' key (and no built-in series for 'mine')"),
    ],
)
def test_a_bad_series_file_is_named_with_its_line(tmp_path, text, message):
    source = _series(tmp_path, "bad", text)
    with pytest.raises(SeriesError) as caught:
        load_series("bad", tmp_path)
    assert str(caught.value).startswith(str(source))
    assert message in str(caught.value)


def test_a_bad_cadence_is_named_with_its_line(tmp_path):
    _series(tmp_path, "bad", 'template = "hackmd"\ncadence = "whenever we feel like it"\n')
    with pytest.raises(SeriesError, match=r"bad\.toml, line 2: "):
        load_series("bad", tmp_path)


def test_a_bad_yaml_series_file_is_named_with_its_line(tmp_path):
    _series(tmp_path, "bad", "template: hackmd\nroster:\n  - name: [A\n", ".yaml")
    with pytest.raises(SeriesError, match=r"bad\.yaml, line \d: not valid YAML"):
        load_series("bad", tmp_path)


def test_an_unknown_series_lists_the_known_ones(tmp_path):
    _series(tmp_path, "team", 'template = "hackmd"\n')
    with pytest.raises(SeriesError) as caught:
        load_series("teem", tmp_path)
    message = str(caught.value)
    assert message.startswith("no series named 'teem'")
    assert message.endswith(
        "series: conda-community, conda-forge, czi, geojupyter, hackmd, hsf, jupyterhub, team, zarr"
    )


@pytest.mark.parametrize(
    ("yaml", "says"),
    [
        ("start: 2024-02-30 17:00:00\n", r"bad\.yaml: a value cannot be read \(day is out of"),
        ("x: !!int twelve\n", r"bad\.yaml: a value cannot be read"),
        (alias_bomb() + "\n", r"bad\.yaml: not read: its aliases \(\*name\) expand to"),
        ("x: " + "[" * 500 + "]" * 500 + "\n", r"bad\.yaml: (not read: )?nested"),
    ],
)  # fmt: skip
def test_a_series_file_with_values_that_cannot_be_read_is_an_error_not_a_crash(
    tmp_path, yaml, says
):
    _series(tmp_path, "bad", "template: hackmd\n" + yaml, ".yaml")
    with pytest.raises(SeriesError, match=says):
        load_series("bad", tmp_path)
