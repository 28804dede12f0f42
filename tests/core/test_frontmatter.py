"""Front matter is found in every form the communities use, and read as data."""

from __future__ import annotations

import datetime as dt

import pytest

from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.source import read_note


@pytest.mark.parametrize(
    ("text", "kind", "data"),
    [
        ("---\ntitle: A\nnav_order: 2\n---\n# A\n", "yaml", {"title": "A", "nav_order": 2}),
        ("--- \ntitle: A\n--- \nbody\n", "yaml", {"title": "A"}),
        ("---\ntitle: A\n...\nbody\n", "yaml", {"title": "A"}),
        ("---\n---\nbody\n", "yaml", {}),
        ('+++\ntitle = "A"\ntags = ["x"]\n+++\nbody\n', "toml", {"title": "A", "tags": ["x"]}),
        (
            "Title: My meeting\nDate: 2024-06-11 19:00\n\nBody\n",
            "pelican",
            {"Title": "My meeting", "Date": "2024-06-11 19:00"},
        ),
        ("# Just a heading\n\nText\n", "none", None),
        ("Attendees: Ann, Bob\n\nNotes\n", "none", None),
        ("", "none", None),
    ],
)
def test_kinds(text, kind, data):
    fm = parse_front_matter(text)
    assert fm.kind == kind
    assert fm.data == data


def test_yaml_dates_are_read_as_dates_but_the_text_is_untouched():
    text = "---\ndate: 2025-04-14\nmembers:\n  - Emma\n  - Carlton \n---\n"
    fm = parse_front_matter(text)
    assert fm.data == {"date": dt.date(2025, 4, 14), "members": ["Emma", "Carlton"]}
    assert fm.end == len(text)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("x---\ntags: [meeting-notes]\n---\n# T\n", "'x---' is not a front-matter delimiter"),
        ("---\ntitle: [unclosed\n---\n", "front matter line"),
        ("---\ntitle: A\n", "never closed"),
        ("---\n- a\n- b\n---\n", "not a mapping"),
        ("+++\ntitle = \n+++\n", "front matter"),
    ],
)
def test_broken_front_matter_is_reported_not_read(text, error):
    fm = parse_front_matter(text)
    assert fm.kind == "invalid"
    assert fm.data is None
    assert error in fm.error


def test_corpus_kinds(corpus):
    expect = {
        "zarr/2024-01-24.md": (
            "yaml",
            {
                "layout": "default",
                "title": "24th January",
                "description": "Community Call Meeting Notes for 2024-01-24",
                "parent": "2024 meetings",
                "nav_order": 2,
            },
        ),
        "conda-forge/2024-01-24.md": ("yaml", {"title": "2024-01-24"}),
        "czi-conda-forge/2022-12-20.md": ("yaml", {"tags": ["meeting-notes"]}),
        "hsf/2021-02-18-coordination.md": (
            "yaml",
            {"title": "HSF Weekly Meeting #202, 18 February 2021", "layout": "plain_toc"},
        ),
        "jupyterhub/main__2022-04-21.md": ("yaml", {"tags": "binder, meeting, notes"}),
        "jupyterhub/meetings__index.md": ("none", None),
        "scikit-learn/2024-01-29.md": ("none", None),
        "conda-community/20250212_agenda_and_minutes.md": ("invalid", None),
    }
    for name, (kind, data) in expect.items():
        fm = parse_front_matter(read_note(corpus / name).text)
        assert (fm.kind, fm.data) == (kind, data), name
