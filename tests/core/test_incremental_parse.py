"""Property: a re-parse that reuses the previous snapshot (``parse_meeting(...,
previous=...)``) reads an edited text exactly as a parse from scratch does, field by
field, whatever the edit: typing in a line, new lines, headings, fences, comments,
underlines and front-matter changes, on real notes and on a note made to hold every
convention the outline reads."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noteapp.core.meeting import parse_meeting
from noteapp.core.text.changed import changed_span
from noteapp.core.text.outline import Outline
from tests.conftest import FIXTURES, corpus_files, require_corpus
from tests.core.snapshots import draw_corpus_note, snapshot_values

TRAPS = (FIXTURES / "incremental" / "outline-traps.md").read_text(encoding="utf-8")

# What an edit inserts: characters of prose and the marks the outline and readers read.
PIECES = st.sampled_from(
    [
        "x",
        " ",
        "\n",
        "\n\n",
        "# ",
        "## Agenda\n",
        "```",
        "~~~\n",
        "<!--",
        "-->",
        "---",
        "===\n",
        "**Notes:**\n",
        "- ",
        "* [ ] ",
        "> ",
        "|",
        "{: .c}",
        "AL: ",
        "é😀",
    ]
)


@st.composite
def edits(draw: st.DrawFn, text: str) -> list[tuple[float, int, str]]:
    """A few edits: where (a fraction of the text), how many characters go, what comes."""
    return draw(
        st.lists(
            st.tuples(
                st.floats(0, 1), st.integers(0, 6), st.lists(PIECES, max_size=3).map("".join)
            ),
            min_size=1,
            max_size=5,
        )
    )


def _apply(text: str, where: float, cut: int, insert: str) -> str:
    at = min(len(text), int(where * len(text)))
    return text[:at] + insert + text[at + cut :]


def _check_chain(text: str, chain: list[tuple[float, int, str]]) -> None:
    previous = parse_meeting(text)
    for where, cut, insert in chain:
        text = _apply(text, where, cut, insert)
        reused = parse_meeting(text, previous=previous)
        assert snapshot_values(reused) == snapshot_values(parse_meeting(text))
        assert reused.outline.pieces == Outline(text, reused.front_matter.end).pieces
        previous = reused


def _long_note() -> str:
    """The traps note's body repeated: edits far from the end move hundreds of items."""
    head, _, body = TRAPS.partition("---\n\n")
    return head + "---\n\n" + "\n".join(body for _ in range(40))


LONG = _long_note()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_reuse_reads_the_traps_note_as_a_fresh_parse(data: st.DataObject) -> None:
    _check_chain(TRAPS, data.draw(edits(TRAPS)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_reuse_reads_a_long_note_as_a_fresh_parse(data: st.DataObject) -> None:
    _check_chain(LONG, data.draw(edits(LONG)))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_reuse_reads_corpus_notes_as_a_fresh_parse(data: st.DataObject) -> None:
    text = draw_corpus_note(data)
    _check_chain(text, data.draw(edits(text)))


def test_typing_in_a_line_moves_the_headings_after_it() -> None:
    before = Outline(LONG)
    at = LONG.index("- Grace Hopper") + 2
    typed = LONG[:at] + "Dr " + LONG[at:]
    after = Outline.after_edit(before, typed, 0)
    assert [h.start + 3 if h.start > at else h.start for h in before.headings] == [
        h.start for h in after.headings
    ]
    assert [h.text for h in after.headings] == [h.text for h in before.headings]


def test_an_opened_fence_makes_the_rest_code() -> None:
    before = Outline(TRAPS)
    at = TRAPS.index("## Attendees")
    fenced = TRAPS[:at] + "```\n" + TRAPS[at:]
    after = Outline.after_edit(before, fenced, before.body_start)
    assert after.headings == Outline(fenced, before.body_start).headings
    assert not any(h.text == "Attendees" for h in after.headings)


@pytest.mark.parametrize(
    ("old", "new", "span"),
    [
        ("abc", "abc", (3, 3, 3)),
        ("abc", "abXc", (2, 2, 3)),
        ("abc", "ac", (1, 2, 1)),
        ("", "x", (0, 0, 1)),
        ("aaaa", "aaa", (3, 4, 3)),
    ],
)
def test_changed_span(old: str, new: str, span: tuple[int, int, int]) -> None:
    assert tuple(changed_span(old, new)) == span


def test_typing_in_a_code_block_grows_it_and_keeps_the_headings_after_it() -> None:
    before = Outline(TRAPS, 0)
    at = TRAPS.index("# a comment in code") + len("# a comment")
    typed = TRAPS[:at] + " that grows" + TRAPS[at:]
    after = Outline.after_edit(before, typed, 0)
    fresh = Outline(typed, 0)
    assert (after.code, after.headings) == (fresh.code, fresh.headings)
    assert "Action items" in [h.text for h in after.headings]


def test_a_snapshot_of_another_note_as_previous_reads_the_same() -> None:
    # opening another note in the window: the previous snapshot is of a different text
    require_corpus()
    files = corpus_files()[::7]
    for before, after in pairwise(files):
        old = before.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        new = after.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        reused = parse_meeting(new, previous=parse_meeting(old))
        assert snapshot_values(reused) == snapshot_values(parse_meeting(new)), after.name
