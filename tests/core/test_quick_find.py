"""The readers' cheap skips (``noteapp.core.text.quick_find``) change nothing: each reader
that skips a regex scan where the piece lacks a literal every match holds finds, on every
corpus note and on made-up lines, what the full scan finds."""

from __future__ import annotations

import re

import pytest

from bench.notegen import generate_core_note, generate_note
from noteapp.core.meeting import action_lines, sections, tasks
from noteapp.core.meeting.attendees import inline, scanner
from noteapp.core.text import quick_find
from noteapp.core.text.outline import Outline
from tests.conftest import corpus_files, require_corpus

# Lines each guarded pattern reads (and near misses), in conventions the corpus may not hold.
MADE_UP = """\
# Weekly sync

- Discussed the plan. ACTION: Carol will amend the draft
- Looked at it; Action items: Dev to file it. AI: Bo to merge
- Closed (done). AI: nothing here
* (MRB) [ ] make a hint
* ( ) [x] an empty owner slot
- **Who reviews?** - Ann to check the figures
- the release -> Bob to tag it
- the docs => @cara to proofread
- the site // Dan to deploy
- the notes, and @eve to send them
- the budget —> Fay to
  approve it
- **Sarah:** her action items
- Ken: to-dos
- Lin: TAſKS
- Jo & Max: Make sure the build passes
- Attendees: (AB) (CD) (EF)
- two only: (AB) (CD)
- (AB)(CD)(EFG) (HIJK) glued
Notes: (Ab) (cD) (EF)
**ATTENDEES:** Ann, Bo
- Upcoming Agenda Items:
3. Today's ACTIONS
Regrets: Cy
Teilnehmer: Dora
Attendee list: Ed
"""


def _all_lines(text: str, needles: object) -> list[tuple[int, int]]:
    return [(0, len(text))]  # no skip: the pattern runs over the whole piece


def _full_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    """The readers as they were: every pattern scanned over every piece."""
    monkeypatch.setattr(tasks, "lines_holding", _all_lines)
    monkeypatch.setattr(action_lines, "holds_any", lambda text, needles: True)
    monkeypatch.setattr(action_lines, "holds_any_folded", lambda text, needles: True)
    monkeypatch.setattr(sections, "lowered", lambda text: None)
    monkeypatch.setattr(inline, "lowered", lambda text: None)


# The pattern _initials_lines replaced: a line holding three "(XX)".
_INITIALS_LINE = re.compile(
    r"\n(?=[^\n]*?\([A-Z][A-Za-z]{0,2}[A-Z]\)(?:[^\n]*?\([A-Z][A-Za-z]{0,2}[A-Z]\)){2})"
)


def _readings(pieces: list[str]) -> list[tuple[object, ...]]:
    return [
        (
            tasks._piece_marks.__wrapped__(p),
            action_lines._piece_lines.__wrapped__(p),
            scanner._initials_lines.__wrapped__(p),
            sections._piece_labels.__wrapped__(p),
            inline._label_line_starts.__wrapped__(p),
        )
        for p in pieces
    ]


def _check(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pieces = [p for text in texts for p in Outline(text).piece_texts]
    skipping = _readings(pieces)
    with monkeypatch.context() as m:
        _full_scans(m)
        full = _readings(pieces)
    assert skipping == full
    old_initials = [tuple(h.start() for h in _INITIALS_LINE.finditer("\n" + p)) for p in pieces]
    assert [r[2] for r in skipping] == old_initials


def test_made_up_lines_read_as_the_full_scans_read_them(monkeypatch: pytest.MonkeyPatch) -> None:
    _check([MADE_UP, generate_note(400), generate_core_note(400)], monkeypatch)
    marks = tasks._piece_marks.__wrapped__(MADE_UP)
    assert any(body == "Carol will amend the draft" for _s, _e, body, _d, _w in marks)
    lines = action_lines._piece_lines.__wrapped__(MADE_UP)
    assert len(lines[1]) >= 5  # mid-line "who to": ?**, ->, =>, //, and @, —>
    assert len(lines[2]) == 3  # "her action items", "to-dos", "TAſKS" (ſ is s to re.I)
    assert len(scanner._initials_lines.__wrapped__(MADE_UP)) == 2  # not "(Ab) (cD)"


def test_every_corpus_note_reads_as_the_full_scans_read_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_corpus()
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in corpus_files()]
    _check(texts, monkeypatch)


def test_ascii_folds_are_what_re_folds_to_ascii_letters() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    folds = "".join(chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c)))
    assert folds == quick_find.ASCII_FOLDS


def test_holds_any_folded_tells_what_ignorecase_matches() -> None:
    assert quick_find.holds_any_folded("Next Steps:", ["next steps"])
    assert quick_find.holds_any_folded("ta\u017fks", ["tasks"])  # "ſ": maybe
    assert not quick_find.holds_any_folded("Tusks and masks", ["tasks"])
    assert not quick_find.holds_any_folded("Ĭtems", ["tasks"])


def test_lines_holding_gives_each_line_once_in_order() -> None:
    text = "ab AI\nnone\nAI AI\nlast AI"
    assert quick_find.lines_holding(text, ["AI", "ab"]) == [(0, 5), (11, 16), (17, 24)]
    assert quick_find.lines_holding(text, ["zz"]) == []


def test_label_phrases_fold_only_as_lowered_text_tells() -> None:
    """``lowered`` is exact for phrases holding no character ``re`` folds to another
    lowercase one, beyond the ASCII letters of ASCII_FOLDS."""
    from re import _casefix  # type: ignore[attr-defined]

    extra = {chr(k) for k in _casefix._EXTRA_CASES} - set("iks")
    phrases = sections.LOWER_LABELS | sections.LOWER_MODIFIERS | inline.LOWER_LABELS
    assert not {c for p in phrases for c in p} & extra
    assert quick_find.lowered("Attendees") == "attendees"
    assert quick_find.lowered("\u0130tems") is None
