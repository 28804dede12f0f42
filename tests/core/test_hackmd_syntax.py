"""HackMD-only syntax made plain for GitHub and Jekyll, and nothing else touched."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from noteapp.core.convert.export import split_note
from noteapp.core.convert.hackmd_syntax import (
    has_hackmd_syntax,
    remove_tags_lines,
    to_plain_markdown,
)
from noteapp.core.text.source import read_note
from tests.conftest import over_corpus


def plain(text: str) -> str:
    return to_plain_markdown(text).text


def test_a_container_becomes_a_block_quote_with_a_bold_label():
    text = "Before\n\n:::info\nThe call moves to **Thursday**.\n\nBring coffee.\n:::\n\nAfter\n"
    assert plain(text) == (
        "Before\n\n> **Info**\n>\n> The call moves to **Thursday**.\n>\n> Bring coffee.\n\nAfter\n"
    )


@pytest.mark.parametrize(
    ("opener", "label"),
    [
        (":::warning", "Warning"),
        (":::success", "Success"),
        (":::danger", "Danger"),
        (":::spoiler", "Spoiler"),
        (":::spoiler Tools for breakouts", "Tools for breakouts"),
        (':::spoiler {state="open"} Details', "Details"),
        (":::  info  ", "Info"),
    ],
)
def test_every_container_kind_and_a_spoiler_title(opener: str, label: str):
    assert plain(f"{opener}\nx\n:::\n") == f"> **{label}**\n>\n> x\n"


def test_nested_containers_and_a_longer_fence_of_colons():
    text = "::::warning\nouter\n:::info\ninner\n:::\nstill outer\n::::\n"
    assert plain(text) == (
        "> **Warning**\n>\n> outer\n> > **Info**\n> >\n> > inner\n> still outer\n"
    )


def test_an_unknown_container_name_is_left_alone():
    text = ":::note\nnot HackMD\n:::\n"
    assert plain(text) == text
    assert not has_hackmd_syntax(text)


def test_an_unclosed_container_runs_to_the_end_and_keeps_the_final_newline_state():
    assert plain(":::info\nopen\n") == "> **Info**\n>\n> open\n"
    assert plain(":::info\nopen") == "> **Info**\n>\n> open"


def test_a_container_inside_a_list_keeps_the_list_indentation():
    text = "- item\n  :::info\n  tip\n  :::\n- next\n"
    assert plain(text) == "- item\n  > **Info**\n  >\n  > tip\n- next\n"


def test_stamps_become_an_attribution_and_a_colour_alone_goes():
    assert plain("- [name=Julien] SPEC 0\n") == "- — Julien SPEC 0\n"
    assert plain("- [name=Olivier] [name=Julien] agree\n") == "- — Olivier, Julien agree\n"
    assert (
        plain("> Looks good [name=ChengHan Wu] [time=Sun, Jun 28, 2015 9:59 PM] [color=#907bf7]\n")
        == "> Looks good — ChengHan Wu, Sun, Jun 28, 2015 9:59 PM\n"
    )
    assert plain("Fine [color=red] by me\n") == "Fine by me\n"


def test_tags_lines_and_toc_lines_go_and_the_tags_are_returned():
    text = "[TOC]\n\n# Call\n\ntext\n\n###### tags: `meeting` `zarr`\n"
    result = to_plain_markdown(text)
    assert result.text == "\n# Call\n\ntext\n\n"
    assert result.tags == ("meeting", "zarr")
    assert to_plain_markdown("a\n###### tags: `x`").text == "a"  # no final newline stays none


def test_tags_lines_can_be_kept():
    text = "###### tags: `a`, `b`\n"
    result = to_plain_markdown(text, keep_tags_lines=True)
    assert result.text == text and result.tags == ()
    assert remove_tags_lines("x\n###### Tags: a, b\ny\n") == (("a", "b"), "x\ny\n")


def test_code_is_never_touched():
    text = (
        "```markdown\n:::info\n[name=Ada]\n[TOC]\n###### tags: `x`\n:::\n```\n"
        "Write `[name=Ada]` to sign, like this: [name=Ada]\n"
        "~~~\n[color=red]\n~~~\n"
    )
    out = plain(text)
    assert out.split("\n")[:7] == text.split("\n")[:7]
    assert "Write `[name=Ada]` to sign, like this: — Ada\n" in out
    assert out.endswith("~~~\n[color=red]\n~~~\n")


def test_a_container_fence_inside_code_does_not_close_the_container():
    text = ":::info\n```\n:::\n```\nafter\n:::\n"
    assert plain(text) == "> **Info**\n>\n> ```\n> :::\n> ```\n> after\n"


@pytest.mark.corpus
@over_corpus("path")
def test_corpus_only_hackmd_lines_change(path: Path, corpus: Path):
    body = split_note(read_note(path).text).body
    out = plain(body)
    if not has_hackmd_syntax(body):
        assert out == body
        return
    old_lines, new_lines = body.split("\n"), out.split("\n")
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    marks = ("[name=", "[time=", "[color=", ":::", "[TOC]")
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for line in old_lines[i1:i2]:  # a HackMD line, or a container's line now quoted
            quoted = any(new.endswith(f"> {line.lstrip()}") for new in new_lines[j1:j2])
            assert any(mark in line for mark in marks) or quoted or not line.strip(), line


@pytest.mark.corpus
def test_corpus_spoiler_and_name_stamps_are_made_plain(corpus: Path):
    text = read_note(corpus / "jupyterhub" / "2025.md").text
    out = plain(text)
    assert "> **Tools for breakouts, if required**\n>\n> - Cuckoo shared timer:" in out
    assert ":::" not in out and "[name=" not in out
    assert "- — Kirstie (10min): Intro to a Collaboration Cafe\n" in out
