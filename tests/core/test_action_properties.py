"""Generated notes in each way of writing action items: the parse recovers every item
and its owners, and adding one keeps every other item byte for byte."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.task_edits import add_action_item

# syllables that make no English word ("How" or "Note" would be read as one)
_SYLLABLES = ("kai", "lor", "mix", "raz", "suv", "tez", "vok", "zan", "nex", "bau", "öl", "ñu")
_first = st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3).map(
    lambda parts: "".join(parts).capitalize()
)
_person = st.tuples(_first, _first).map(" ".join)
_people = st.lists(_person, min_size=2, max_size=4, unique_by=lambda p: p.split()[0])
_VERBS = ("send", "review", "draft", "schedule", "update", "write", "check", "invite")
_task = st.builds(
    lambda verb, words: " ".join([verb, *words]),
    st.sampled_from(_VERBS),
    st.lists(
        st.sampled_from(["the", "notes", "budget", "slides", "list", "docs"]),
        min_size=1,
        max_size=4,
    ),
)

# style -> (how one item is written, given its task and owner; the owners it reads as)
STYLES = {
    "name to": (lambda task, who: f"- {who} to {task}", lambda who: (who,)),
    "colon": (lambda task, who: f"- {who}: {task}", lambda who: (who,)),
    "paren": (lambda task, who: f"- {task.capitalize()} ({who})", lambda who: (who,)),
    "box": (lambda task, who: f"- [ ] {who} to {task}", lambda who: (who,)),
    "marker": (lambda task, who: f"- ACTION: {who} to {task}", lambda who: (who,)),
    "bold": (lambda task, who: f"- **{who}:** {task}", lambda who: (who,)),
}


def _note(people: list[str], items: list[str], gap: str) -> str:
    """The note: a roster, minutes, and the items after ``gap`` (a loose list when the
    gap is a blank line: blank lines between the items too)."""
    roster = "".join(f"- {p}\n" for p in people)
    between = "\n" if gap == "\n\n" else ""
    return (
        f"# Weekly call\n\n## Attendees\n\n{roster}\n## Notes\n\n- We talked.\n\n"
        f"## Action items\n{gap}" + between.join(f"{line}\n" for line in items)
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(STYLES)),
    _people,
    st.lists(st.tuples(_task, st.integers(0, 3)), min_size=1, max_size=5),
    st.sampled_from(["\n", "\n\n"]),
)
def test_the_parse_recovers_the_actions_of_every_style(style, people, tasks, gap):
    write, owners = STYLES[style]
    firsts = [p.split()[0] for p in people]
    chosen = [(task, firsts[k % len(firsts)]) for task, k in tasks]
    text = _note(people, [write(task, who) for task, who in chosen], gap)
    found = parse_meeting(text).action_items
    assert [a.owners for a in found] == [owners(who) for _task, who in chosen]
    assert all(task in a.text.lower() for a, (task, _who) in zip(found, chosen, strict=True))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(sorted(STYLES)),
    _people,
    st.lists(st.tuples(_task, st.integers(0, 3)), min_size=1, max_size=4),
    _task,
)
def test_adding_an_action_keeps_the_others_byte_for_byte(style, people, tasks, new):
    write, _owners = STYLES[style]
    firsts = [p.split()[0] for p in people]
    text = _note(people, [write(task, firsts[k % len(firsts)]) for task, k in tasks], "\n")
    before = parse_meeting(text).action_items
    edit = add_action_item(text, new, [firsts[0]])
    after_text = edit.apply(text)
    after = parse_meeting(after_text).action_items
    added = [a for a in after if edit.start <= a.start < edit.start + len(edit.new)]
    assert len(added) == 1 and new in added[0].text and added[0].owners == (firsts[0],)
    for a in before:
        assert text[a.start : a.end] in after_text
    assert [(a.text, a.owners) for a in before] == [
        (a.text, a.owners) for a in after if a not in added
    ]
