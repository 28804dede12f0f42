"""Setting or deleting a key changes only that key's lines, in the file's own style."""

from __future__ import annotations

import difflib

import pytest

from noteapp.core.errors import FrontMatterError
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.frontmatter_edit import delete_key, parse_value, set_key
from noteapp.core.text.source import read_note


def changed_lines(old: str, new: str) -> tuple[list[str], list[str]]:
    """(removed lines, added lines) between two texts."""
    removed, added = [], []
    for op in difflib.ndiff(old.split("\n"), new.split("\n")):
        if op.startswith("- "):
            removed.append(op[2:])
        elif op.startswith("+ "):
            added.append(op[2:])
    return removed, added


def test_setting_a_zarr_title_changes_exactly_one_line(corpus):
    text = read_note(corpus / "zarr/2024-01-24.md").text
    new = set_key(text, "title", "25th January").apply(text)
    assert changed_lines(text, new) == (["title: 24th January"], ["title: 25th January"])
    assert len(new.split("\n")) == len(text.split("\n"))


def test_deleting_a_zarr_key_removes_exactly_its_line(corpus):
    text = read_note(corpus / "zarr/2024-01-24.md").text
    new = delete_key(text, "parent").apply(text)
    assert changed_lines(text, new) == (["parent: 2024 meetings"], [])


def test_geojupyter_block_scalar_and_nested_lists(corpus):
    text = read_note(corpus / "geojupyter/20260127-community__index.md").text
    # a block scalar keeps its "|" form and indentation
    new = set_key(text, "description", "Monthly.\nOpen to all!\n").apply(text)
    assert changed_lines(text, new) == (
        ["  A monthly gathering of the GeoJupyter community. Open to all!"],
        ["  Monthly.", "  Open to all!"],
    )
    # deleting the block scalar removes its two lines, nothing else
    new = delete_key(text, "description").apply(text)
    assert changed_lines(text, new) == (
        ["description: |", "  A monthly gathering of the GeoJupyter community. Open to all!"],
        [],
    )
    # a nested list of mappings is rewritten with the same indentation
    new = set_key(text, "author", [{"name": "Ann"}, {"name": "Bo"}]).apply(text)
    assert changed_lines(text, new) == (
        ['  - name: "The GeoJupyter community"'],
        ['  - name: "Ann"', '  - name: "Bo"'],
    )
    # a block list of quoted strings keeps its quotes and indentation
    new = set_key(text, "categories", ["Meeting notes", "Community"]).apply(text)
    assert changed_lines(text, new) == ([], ['  - "Community"'])
    # a flow list stays a flow list; a quoted title stays double-quoted
    new = set_key(text, "tags", ["meeting-notes", "community"]).apply(text)
    assert changed_lines(text, new) == (
        ["tags: [meeting-notes]"],
        ["tags: [meeting-notes, community]"],
    )
    new = set_key(text, "title", 'GeoJupyter "big" meeting').apply(text)
    assert changed_lines(text, new) == (
        ['title: "GeoJupyter community meeting"'],
        ['title: "GeoJupyter \\"big\\" meeting"'],
    )


def test_quoting_and_indentation_styles_of_other_communities(corpus):
    cf = read_note(corpus / "conda-forge/2024-01-24.md").text
    assert changed_lines(cf, set_key(cf, "title", "2024-01-31").apply(cf)) == (
        ["title: '2024-01-24'"],
        ["title: '2024-01-31'"],
    )
    czi = read_note(corpus / "czi-conda-forge/2023-01-06.md").text
    assert changed_lines(czi, set_key(czi, "tags", ["meeting-notes", "x"]).apply(czi)) == (
        [],
        [" - x"],
    )
    odd = read_note(corpus / "czi-conda-forge/2022-12-20.md").text  # "tags: " then "- a"
    assert changed_lines(odd, set_key(odd, "tags", ["meeting-notes", "x"]).apply(odd)) == (
        [],
        ["- x"],
    )
    hsf = read_note(corpus / "hsf/2021-02-18-coordination.md").text  # "--- " delimiters
    new = set_key(hsf, "layout", "meetings").apply(hsf)
    assert changed_lines(hsf, new) == (["layout: plain_toc"], ["layout: meetings"])
    assert new.startswith("--- \n")


def test_new_keys_go_last_and_follow_the_files_quoting():
    text = '---\ntitle: "A"\nimage: "x.jpg"\n---\nbody\n'
    new = set_key(text, "location", "Zoom").apply(text)
    assert new == '---\ntitle: "A"\nimage: "x.jpg"\nlocation: "Zoom"\n---\nbody\n'
    plain = "---\ntitle: A\n---\n"
    assert set_key(plain, "nav_order", 3).apply(plain) == "---\ntitle: A\nnav_order: 3\n---\n"


def test_comments_order_and_inline_comments_survive():
    text = "---\n# site settings\ntitle: Old  # shown in nav\n\n# ordering\nnav_order: 1\n---\n"
    new = set_key(text, "title", "New").apply(text)
    assert (
        new == "---\n# site settings\ntitle: New  # shown in nav\n\n# ordering\nnav_order: 1\n---\n"
    )
    new = delete_key(text, "title").apply(text)
    assert new == "---\n# site settings\n\n# ordering\nnav_order: 1\n---\n"


def test_values_that_need_quotes_get_them():
    text = "---\ntitle: A\n---\n"
    for value in ["yes", "a: b", "#hash", "2024-01-01", " lead", "[x]", "42"]:
        new = set_key(text, "title", value).apply(text)
        assert parse_front_matter(new).data == {"title": value}, new


def test_toml_and_pelican_keys():
    toml = '+++\ntitle = "A"\ndraft = true\n\n[extra]\nx = 1\n+++\nbody\n'
    new = set_key(toml, "title", "B").apply(toml)
    assert changed_lines(toml, new) == (['title = "A"'], ['title = "B"'])
    new = set_key(toml, "author", "Ann").apply(toml)
    assert new.index('author = "Ann"') < new.index("[extra]")
    assert changed_lines(toml, delete_key(toml, "draft").apply(toml)) == (["draft = true"], [])

    pelican = "Title: Old\nDate: 2024-06-11 19:00\nSummary:\n\nBody\n"
    new = set_key(pelican, "title", "New").apply(pelican)  # keys match case-insensitively
    assert changed_lines(pelican, new) == (["Title: Old"], ["Title: New"])
    new = set_key(pelican, "Slug", "x").apply(pelican)
    assert new == "Title: Old\nDate: 2024-06-11 19:00\nSummary:\nSlug: x\n\nBody\n"


def test_no_front_matter_gets_one_and_broken_front_matter_is_refused(corpus):
    text = "# Notes\n"
    assert set_key(text, "title", "Notes").apply(text) == "---\ntitle: Notes\n---\n# Notes\n"
    broken = read_note(corpus / "conda-community/20250212_agenda_and_minutes.md").text
    with pytest.raises(FrontMatterError, match="broken"):
        set_key(broken, "title", "x")
    with pytest.raises(FrontMatterError, match="no front-matter key"):
        delete_key("---\ntitle: A\n---\n", "nope")


def test_command_line_values_are_yaml_scalars_but_keep_a_string_key_a_string():
    assert parse_value("3") == 3
    assert parse_value("true") is True
    assert parse_value("24th January") == "24th January"
    assert parse_value("2024-02-01", current="2024-01-24") == "2024-02-01"
    assert parse_value("'7'") == "7"


def test_every_corpus_key_can_be_rewritten_to_itself_without_change(corpus):
    """Setting each key to its current value must leave each file's text as it is."""
    from tests.conftest import corpus_files

    for path in corpus_files():
        text = read_note(path).text
        fm = parse_front_matter(text)
        if fm.kind not in ("yaml", "toml"):
            continue
        for key, value in (fm.data or {}).items():
            assert set_key(text, key, value).apply(text) == text, (path, key)


def test_a_flow_list_item_with_a_comma_is_quoted(corpus):
    text = read_note(corpus / "geojupyter/20260127-community__index.md").text
    new = set_key(text, "tags", ["meeting-notes", "a, b"]).apply(text)
    assert changed_lines(text, new) == (
        ["tags: [meeting-notes]"],
        ['tags: [meeting-notes, "a, b"]'],
    )
