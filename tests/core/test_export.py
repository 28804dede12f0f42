"""Export to HackMD and site Markdown: metadata in HackMD's keys, the body untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from noteapp.core.convert.export import ExportProfile, export_text, split_note
from noteapp.core.convert.hackmd_import import import_hackmd
from noteapp.core.convert.hackmd_meta import split_hackmd
from noteapp.core.errors import PublishError
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.source import read_note
from tests.conftest import over_corpus

ZARR = """---
layout: default
title: 7th February
description: Community Call Meeting Notes for 2024-02-07
parent: 2024 meetings
nav_order: 3
---

# 2024-02-07

**Attending:** Ada Lovelace (AL)
"""


def test_hackmd_metadata_uses_hackmds_keys_and_leaves_site_keys_out():
    out = export_text(ZARR, "hackmd")
    assert out == (
        "---\ntitle: 7th February\ndescription: Community Call Meeting Notes for 2024-02-07\n"
        "---\n" + split_note(ZARR).body
    )


def test_site_keys_are_kept_when_the_profile_says_so():
    out = export_text(ZARR, "hackmd", profile=ExportProfile(keep_site_keys=True))
    data = parse_front_matter(out).data
    assert list(data) == ["title", "description", "layout", "parent", "nav_order"]
    assert data["nav_order"] == 3 and data["parent"] == "2024 meetings"


def test_toc_and_breaks_and_extra_metadata():
    profile = ExportProfile(toc=True, breaks=False, metadata={"robots": "noindex, nofollow"})
    out = export_text(ZARR, "hackmd", profile=profile)
    data = parse_front_matter(out).data
    assert data["breaks"] is False and data["robots"] == "noindex, nofollow"
    assert out.split("---\n", 2)[2].startswith("[TOC]\n\n\n# 2024-02-07")
    assert split_hackmd(out).body == split_note(ZARR).body  # the [TOC] export added goes again


def test_tags_in_any_site_form_become_hackmd_tags():
    for fm in (
        "tags: [meeting-notes, hpc]",
        "tags:\n - meeting-notes\n - hpc",
        "tags: meeting-notes, hpc",
    ):
        out = export_text(f"---\n{fm}\n---\n# 2024-01-02 HPC call\n", "hackmd")
        assert out.startswith("---\ntitle: 2024-01-02 HPC call\ntags: meeting-notes, hpc\n---\n")
    pelican = "Title: Call\nTags: 2024\nSummary: The monthly call\n\nText\n"
    data = parse_front_matter(export_text(pelican, "hackmd")).data
    assert data == {"title": "Call", "tags": ["2024"], "description": "The monthly call"}


def test_toml_front_matter_is_read_too():
    out = export_text('+++\ntitle = "Call"\ntags = ["a", "b"]\nweight = 3\n+++\n# Call\n', "hackmd")
    assert out == "---\ntitle: Call\ntags: a, b\n---\n# Call\n"


def test_a_date_title_is_quoted_so_hackmd_reads_a_string():
    out = export_text("---\ntitle: '2024-01-24'\n---\n# conda-forge core meeting\n", "hackmd")
    assert out.startswith('---\ntitle: "2024-01-24"\n---\n')


def test_title_comes_from_the_heading_or_the_hint_when_the_front_matter_has_none():
    assert export_text("# Steering call\n\ntext\n", "hackmd").startswith(
        "---\ntitle: Steering call\n---\n# Steering call"
    )
    assert export_text("text only\n", "hackmd", title_hint="Call: notes").startswith(
        '---\ntitle: "Call: notes"\n---\ntext only'
    )


def test_a_body_that_looks_like_metadata_gets_an_empty_block_in_front():
    text = "---\nlayout: post\n---\nDate: today\n\nbody\n"  # no title, no heading
    out = export_text(text, "hackmd")
    assert out == "---\n---\nDate: today\n\nbody\n"
    assert split_hackmd(out).body == split_note(text).body


def test_unknown_format_is_a_clear_error():
    with pytest.raises(PublishError, match="markdown, hackmd, html"):
        export_text("x", "pdf")


def test_markdown_flavour_moves_tags_into_the_front_matter_in_the_files_style():
    text = "---\ntitle: Call\ntags: [meeting]\n---\n:::info\nhi\n:::\n###### tags: `zarr`\n"
    out = export_text(text, "markdown")
    assert out == "---\ntitle: Call\ntags: [meeting, zarr]\n---\n> **Info**\n>\n> hi\n"
    no_front_matter = export_text("Text [name=Ada]\n\n###### tags: `a` `b`\n", "markdown")
    assert no_front_matter == "---\ntags: [a, b]\n---\nText — Ada\n\n"


def test_markdown_flavour_can_remove_or_keep_tags_lines():
    text = "Text\n###### tags: `a`\n"
    assert export_text(text, "markdown", profile=ExportProfile(tags="remove")) == "Text\n"
    assert export_text(text, "markdown", profile=ExportProfile(tags="keep")) == text


def test_markdown_flavour_keeps_tags_lines_when_the_front_matter_is_broken():
    text = "x---\ntags: [a]\n---\nText\n###### tags: `b`\n"
    assert export_text(text, "markdown") == text


@pytest.mark.corpus
@over_corpus("path")
def test_corpus_hackmd_export_then_import_gives_back_the_body(path: Path, corpus: Path):
    text = read_note(path).text
    body = split_note(text).body
    exported = export_text(text, "hackmd")
    assert parse_front_matter(exported).kind in ("yaml", "none")
    assert split_hackmd(exported).body == body
    assert split_note(import_hackmd(exported).text).body == body
    # In the format of the note itself, the whole note comes back, front matter included.
    assert import_hackmd(exported, like=text, like_path=path).text == text


@pytest.mark.corpus
@over_corpus("path")
def test_corpus_markdown_export_changes_nothing_without_hackmd_syntax(path: Path, corpus: Path):
    text = read_note(path).text
    out = export_text(text, "markdown")
    if not any(mark in text for mark in ("[name=", ":::", "[TOC]", "###### tags", "[time=")):
        assert out == text
    else:
        assert out != text and "[name=" not in out
