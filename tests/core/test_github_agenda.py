"""GitHub issues as agenda items in the note's style, and the ones the meeting discussed."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import NamedTuple

import pytest

from noteapp.core.convert.github_agenda import add_issues_to_agenda, discussed_issues, issue_item
from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.placeholders import is_placeholder
from noteapp.core.series.model import load_series
from noteapp.core.series.newnote import plan_note

REPO = "example-org/meetings"


class Issue(NamedTuple):
    number: int
    title: str
    url: str
    author: str | None
    is_pull: bool = False


ISSUES = [
    Issue(12, "Chunk [grid] <proposal>", f"https://github.com/{REPO}/issues/12", "ada"),
    Issue(15, "Release 3.0", f"https://github.com/{REPO}/pull/15", "grace", True),
]


def test_an_item_has_its_link_and_author_with_brackets_escaped():
    assert issue_item(ISSUES[0]) == (
        f"Chunk \\[grid\\] \\<proposal> ([#12](https://github.com/{REPO}/issues/12), @ada)"
    )
    assert issue_item(ISSUES[1]).endswith(f"([PR #15](https://github.com/{REPO}/pull/15), @grace)")


def test_a_note_that_escapes_handles_gets_an_escaped_handle():
    assert issue_item(ISSUES[1], "- Ada / Org / \\@ada\n").endswith(", \\@grace)")


@pytest.mark.parametrize("name", ["zarr", "jupyterhub", "conda-forge", "hsf", "hackmd"])
def test_each_template_gets_the_issues_in_its_own_agenda_style(name: str, tmp_path: Path):
    series = load_series(name, tmp_path)
    note = plan_note(series, workspace=tmp_path, today=dt.date(2024, 1, 20))
    before = parse_meeting(note.text).agenda
    update = add_issues_to_agenda(note.text, ISSUES, REPO)
    after = parse_meeting(update.text).agenda
    assert len(update.added) == 2 and update.skipped == ()
    new = [a for a in after if a.text not in {b.text for b in before}]
    assert [a.text for a in new] == [issue_item(i, note.text) for i in ISSUES]
    if before:  # written like the agenda's other items: a box where they have one
        assert {a.checked is None for a in new} == {before[-1].checked is None}
    # Only lines added, or written over the template's empty "- [ ]": everything else
    # that was there is still there, in order.
    old, lines = note.text.splitlines(), update.text.splitlines()
    steps = difflib.SequenceMatcher(None, old, lines).get_opcodes()
    assert {op for op, *_ in steps} <= {"equal", "insert", "replace"}
    for op, a, b, *_ in steps:
        assert op != "replace" or all(is_placeholder(line) for line in old[a:b])


def test_issues_already_in_the_note_are_skipped():
    text = (
        "# Call\n\n## Agenda\n\n"
        f"- [ ] chunk grids, see https://github.com/{REPO}/issues/12\n"
        f"- [ ] release ({REPO}#15)\n"
    )
    update = add_issues_to_agenda(text, ISSUES, REPO)
    assert update.text == text and update.added == () and len(update.skipped) == 2


def test_discussed_means_ticked_or_notes_beneath():
    ticked = (
        "## Agenda\n\n"
        f"- [x] Chunk grid ([#12](https://github.com/{REPO}/issues/12))\n"
        f"- [ ] Release ([PR #15](https://github.com/{REPO}/pull/15))\n"
        "- [x] An issue elsewhere (https://github.com/other/repo/issues/3)\n"
    )
    meeting = parse_meeting(ticked)
    assert discussed_issues(meeting, REPO) == [12]
    assert discussed_issues(meeting, REPO, all_linked=True) == [12, 15]
    plain = (
        "## Agenda\n\n"
        f"- Chunk grid ([#12](https://github.com/{REPO}/issues/12))\n"
        "    - AL: we agreed on a regular grid first\n"
        f"- Release {REPO}#15\n"
        "- Open floor\n"
    )
    assert discussed_issues(parse_meeting(plain), REPO) == [12]
