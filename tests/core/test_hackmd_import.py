"""Import from HackMD: page chrome cut, tags into front matter, in the series' format."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from noteapp.core.convert.hackmd_import import import_hackmd, redate, strip_page_chrome
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.source import read_note

DOWNLOAD = """---
title: Zarr call 2024-02-07
tags: zarr, community
breaks: false
---

# 2024-02-07

**Attending:** Ada Lovelace (AL)

- [name=Ada] v3 is out
"""

COPIED = """Ada Lovelace
owned this note
Published
Linked with GitHub
 Like 3
 Bookmark
 Subscribe
# 2024-02-07 steering call
text

###### tags: `steering` `2024`

Published on HackMD
"""


def test_page_chrome_is_cut_above_and_below():
    out = strip_page_chrome(COPIED)
    assert out.startswith("# 2024-02-07 steering call\ntext\n")
    assert "Published" not in out and "Bookmark" not in out


def test_text_without_the_pages_marks_is_never_cut():
    note = "Like\nEdit\n# Title\n\nbody\n\n"  # no "owned this note": not a copied page
    assert strip_page_chrome(note) == note


@pytest.mark.corpus
def test_the_seed_copied_from_a_hackmd_page(corpus: Path):
    text = read_note(corpus / "seeds" / "002_6d4625b0c2990028.txt").text
    out = import_hackmd(text).text
    assert out.startswith("# 2020-12-02 conda-forge core meeting\n****\n[Zoom link]")
    assert out == text.split("Linked with GitHub\n", 1)[1]  # the rest, byte for byte


def test_without_an_example_front_matter_is_plain_yaml_and_display_keys_go():
    out = import_hackmd(DOWNLOAD).text
    assert out == DOWNLOAD.replace(
        "title: Zarr call 2024-02-07\ntags: zarr, community\nbreaks: false\n",
        "title: Zarr call 2024-02-07\ntags: [zarr, community]\n",
    )


def test_tags_lines_become_front_matter():
    out = import_hackmd(COPIED).text
    assert out.startswith('---\ntags: [steering, "2024"]\n---\n# 2024-02-07 steering call\n')
    assert "###### tags" not in out
    assert parse_front_matter(out).data == {"tags": ["steering", "2024"]}


@pytest.mark.corpus
def test_like_a_zarr_note_key_order_quoting_and_dates(corpus: Path):
    example = corpus / "zarr" / "2024-01-24.md"
    result = import_hackmd(DOWNLOAD, like=read_note(example).text, like_path=example)
    head = result.text.split("\n# 2024-02-07", 1)[0]
    assert head == (
        "---\nlayout: default\ntitle: 7th February\n"
        "description: Community Call Meeting Notes for 2024-02-07\nparent: 2024 meetings\n"
        "nav_order: 2\ntags: [zarr, community]\n---\n"
    )
    assert result.warnings == ("nav_order: 2 was copied from the example; check it.",)
    assert result.text.endswith("**Attending:** Ada Lovelace (AL)\n\n- [name=Ada] v3 is out\n")


@pytest.mark.corpus
def test_like_a_conda_forge_note_keeps_single_quotes(corpus: Path):
    example = corpus / "conda-forge" / "2024-01-24.md"
    text = read_note(corpus / "seeds" / "002_6d4625b0c2990028.txt").text
    out = import_hackmd(text, like=read_note(example).text, like_path=example).text
    assert out.startswith("---\ntitle: '2020-12-02'\n---\n# 2020-12-02 conda-forge core meeting\n")


@pytest.mark.corpus
def test_like_a_czi_note_keeps_its_one_space_block_list(corpus: Path):
    example = corpus / "czi-conda-forge" / "2023-01-10.md"
    if not example.exists():
        example = next((corpus / "czi-conda-forge").glob("2023-*.md"))
    like = read_note(example).text
    assert like.startswith("---\ntags:\n - meeting-notes\n---\n")
    out = import_hackmd(
        "# 2023-03-07 CZI meeting\n\n###### tags: `meeting-notes` `czi`\n",
        like=like,
        like_path=example,
    ).text
    assert out == "---\ntags:\n - meeting-notes\n - czi\n---\n# 2023-03-07 CZI meeting\n\n"


def test_an_example_without_front_matter_gives_the_body_as_it_is():
    result = import_hackmd(DOWNLOAD, like="# 2024-01-01\n\ntext\n")
    assert result.text == DOWNLOAD.split("---\n", 2)[2]
    assert result.warnings == ("The example note has no front matter: none was written.",)


def test_redate_moves_every_written_form_of_the_date():
    old, new = dt.date(2024, 1, 24), dt.date(2025, 3, 2)
    assert redate("24th January", old, new) == "2nd March"
    assert redate("Notes for 2024-01-24 (20240124)", old, new) == "Notes for 2025-03-02 (20250302)"
    assert redate("2024 meetings", old, new) == "2025 meetings"
    assert redate("January 2024", old, new) == "March 2025"
    assert redate("HSF #190, 24 January 2024", old, new) == "HSF #190, 2 March 2025"
