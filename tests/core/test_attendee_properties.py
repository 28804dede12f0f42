"""Generated notes in each attendee style: the parse recovers the people written, and
an edit keeps every other entry's text byte for byte."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.attendees import edits

_LETTERS = "abcdefghijklmnopqrstuvwxyzéöñçåøłşßà"
_word = st.builds(
    lambda first, rest, join, tail: first + rest + (join + tail.capitalize() if tail else ""),
    st.sampled_from("ABCDEFGHIJKLMNOPRSTVWZÉÖÅŁÇ"),
    st.text(_LETTERS, min_size=1, max_size=8),
    st.sampled_from(["-", "'", "’"]),
    st.one_of(st.just(""), st.text(_LETTERS, min_size=2, max_size=6)),
)
_name = st.lists(_word, min_size=2, max_size=3).map(" ".join)
_people = st.lists(_name, min_size=2, max_size=6, unique=True)

STYLES = {
    "bullets": lambda names, gap: "## Attendees\n" + gap + "".join(f"- {n}\n" for n in names),
    "numbered": lambda names, gap: (
        "## Attendees\n" + gap + "".join(f"{i}. {n}\n" for i, n in enumerate(names, 1))
    ),
    "inline": lambda names, gap: "Present: " + ", ".join(names) + "\n",
    "lines": lambda names, gap: "## Attendees\n" + gap + "".join(f"{n}\n" for n in names),
    "paragraph": lambda names, gap: "## Attendees\n" + gap + ", ".join(names) + ".\n",
    "table": lambda names, gap: (
        "## Attendees\n"
        + gap
        + "| Name | Affiliation |\n| --- | --- |\n"
        + "".join(f"| {n} | Org |\n" for n in names)
    ),
}


def _note(style: str, names: list[str], gap: str) -> str:
    return f"# Weekly call, 2031-02-03\n\n{STYLES[style](names, gap)}\n## Notes\n\n- Done.\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(STYLES)), _people, st.sampled_from(["\n", "\n\n", ""]))
@example("bullets", ["Aa Ahttp", "Bb Bb"], "\n")  # "http" inside a name is no web address
@example("lines", ["Aa Aa", "Aa-Aa Aa-Aa Aa-Aa"], "\n")  # hyphenated words are one word each
def test_the_parse_recovers_the_people_of_every_style(style, names, gap):
    text = _note(style, names, gap if style != "inline" else "")
    assert [a.name for a in parse_meeting(text).attendees] == names


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(STYLES)), _people, st.data())
def test_each_edit_keeps_the_other_entries_byte_for_byte(style, names, data):
    text = _note(style, names, "\n")
    before = parse_meeting(text).attendees
    i = data.draw(st.integers(0, len(names) - 1))
    j = data.draw(st.integers(0, len(names) - 1))
    new_name = data.draw(_name.filter(lambda n: n not in names))
    for edit, expect in (
        (edits.remove_attendee(text, i), names[:i] + names[i + 1 :]),
        (edits.update_attendee(text, i, name=new_name), [*names[:i], new_name, *names[i + 1 :]]),
        (edits.add_attendee(text, new_name), [*names, new_name]),
    ):
        after = edit.apply(text)
        assert [a.name for a in parse_meeting(after).attendees] == expect
        kept = [a for k, a in enumerate(before) if k != i]
        for a in kept:  # every other person's text is still there, byte for byte
            assert text[a.start : a.end] in after
        assert after.startswith(text[: before[0].start][: edit.start])
    moved = edits.move_attendee(text, i, j).apply(text)
    order = list(names)
    order.insert(j, order.pop(i))
    assert [a.name for a in parse_meeting(moved).attendees] == order
