"""Property: after random edits (typing, deleting, new headings, front-matter edits,
pasted blocks), a re-parse handed the previous snapshot reads every field of the note
exactly as a parse with every cache emptied does: the readers' per-section results that
were reused (kept by their text) are the ones a fresh reading finds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.notegen import generate_core_note, generate_note
from noteapp.core.meeting import parse_meeting
from noteapp.core.text.outline import PSEUDO_LEVEL, Outline
from noteapp.core.text.text_cache import clear_caches
from tests.conftest import FIXTURES, corpus_files, require_corpus
from tests.core.snapshots import draw_corpus_note, snapshot_values

TRAPS = (FIXTURES / "incremental" / "outline-traps.md").read_text(encoding="utf-8")

# Blocks a paste brings: a topic heading over speaker lines, an agenda, tasks, attendees.
PASTES = (
    "\n### Budget review (10 min)\n\n- AL: numbers are in\n  - BK: agreed\n",
    "\n## Agenda\n\n1. Roadmap\n2. [ ] Release plan (5m)\n   - notes\n",
    "\n## Action items\n\n- [ ] @dana to send the minutes by Friday\n- AL: write it up\n",
    "\n## Attendees\n\n- Ada Lovelace (AL)\n- Bo Kim\n\n",
    "\n**Decisions:**\n\n* ship it\n",
    "\n```\n# not a heading\n- not an item\n```\n",
)
TYPED = st.sampled_from(["x", " ", "AL: ", "- ", "[ ] ", "\n", "\n\n", "# ", "TODO ", "é"])
FRONT = st.sampled_from(
    [
        "---\ntitle: Weekly sync\ndate: 2024-03-05\n---\n\n",
        "---\nattendees: [Ada Lovelace, Bo Kim]\n---\n\n",
        "---\ntitle: broken: [\n---\n\n",
    ]
)


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[str, float, str]]:
    """(kind, where as a fraction of the text, what) for a few edits in a row."""
    kind = st.sampled_from(["type", "type", "delete", "heading", "paste", "front"])
    what = st.one_of(TYPED, st.sampled_from(PASTES), FRONT)
    return draw(st.lists(st.tuples(kind, st.floats(0, 1), what), min_size=1, max_size=4))


def _edit(text: str, kind: str, where: float, what: str) -> str:
    at = text.find("\n", min(len(text), int(where * len(text)))) + 1 or len(text)
    if kind == "type":  # at the end of a line, as a note-taker types
        at = max(at - 1, 0)
        return text[:at] + what + text[at:]
    if kind == "delete":
        return text[: max(at - 1 - len(what), 0)] + text[max(at - 1, 0) :]
    if kind == "heading":
        return text[:at] + "## " + what.strip()[:20] + "\n" + text[at:]
    if kind == "front":
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            text = text[end + 5 :] if end > 0 else text
        return what + text
    return text[:at] + what + text[at:]  # a pasted block


def _fresh(text: str) -> dict[str, object]:
    clear_caches()
    return snapshot_values(parse_meeting(text))


def _check(text: str, chain: list[tuple[str, float, str]]) -> None:
    previous = parse_meeting(text)
    for kind, where, what in chain:
        text = _edit(text, kind, where, what)
        reused = parse_meeting(text, previous=previous)
        assert snapshot_values(reused) == _fresh(text), (kind, where, what)
        previous = reused


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


@_settings(60)
@given(st.data())
def test_edits_of_corpus_notes_read_as_a_fresh_parse(data: st.DataObject) -> None:
    text = draw_corpus_note(data)
    _check(text, data.draw(edits()))


@_settings(25)
@given(st.data())
def test_edits_of_generated_notes_read_as_a_fresh_parse(data: st.DataObject) -> None:
    generate = data.draw(st.sampled_from([generate_note, generate_core_note]))
    text = generate(data.draw(st.integers(40, 400)), seed=data.draw(st.integers(0, 5)))
    _check(text, data.draw(edits()))


@_settings(30)
@given(st.data())
def test_edits_of_the_traps_note_read_as_a_fresh_parse(data: st.DataObject) -> None:
    _check(TRAPS, data.draw(edits()))


def test_every_corpus_note_reads_the_same_after_typing_in_each_section() -> None:
    # deterministic sweep: one character typed at the end of a line in each tenth of each note
    require_corpus()
    for path in corpus_files():
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        previous = parse_meeting(text)
        for k in range(10):
            text = _edit(text, "type", k / 10, "x")
            reused = parse_meeting(text, previous=previous)
            assert snapshot_values(reused) == _fresh(text), (path.name, k)
            previous = reused


@_settings(100)
@given(
    st.lists(st.sampled_from(["# a", "## b", "### c", "#### d", "**Bold:**", "text"]), max_size=30)
)
def test_sections_end_at_the_next_heading_of_their_level_or_higher(lines: list[str]) -> None:
    outline = Outline("\n".join(lines) + "\n")
    heads = outline.headings
    for i, section in enumerate(outline.sections):
        later = [
            h for h in heads[i + 1 :] if h.level <= heads[i].level or heads[i].level == PSEUDO_LEVEL
        ]
        assert section.end == (later[0].start if later else len(outline.text))


def test_speakers_are_counted_across_pieces_outside_code_and_rosters() -> None:
    text = (
        "---\ntitle: Sync\n---\n- AB: first, right after the front matter\n"
        "## Attendees\n- CD: a roster entry, not a speaker\n"
        "## Notes\n- EF: one\n```\n- AB: in code\n```\n- AB: two\n"
        "### Topic\n1. EF: three\n- GH: the last line, no newline"
    )
    counts = parse_meeting(text).speakers
    assert counts == {"AB": 2, "EF": 2, "GH": 1}
    assert list(counts) == ["AB", "EF", "GH"]  # first-seen order
