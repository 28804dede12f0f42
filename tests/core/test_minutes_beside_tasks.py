"""A minute line written beside task items (a speaker's words, or a prefix still waiting
for them) changes nothing of how the tasks read: a topic stays a topic and never
becomes an action item. Small notes of our own, in shapes the corpus does not hold."""

from __future__ import annotations

import pytest

from noteapp.core.meeting import parse_meeting

AGENDA = """# Weekly sync

## Agenda

- [ ] Priya:
  - [ ] Draft the release notes
  - [ ] Migrate the docs site
{nested}- [ ] Tomás:
  - [ ] Review the budget

## Carried over

- [ ] Revisit the logo vote
{below}"""

SAID = ["QW: sounds good", "QW:", "(QW)", "Quinn Wu: we ran out of time"]


def _read(text: str) -> tuple[list[str], list[str]]:
    meeting = parse_meeting(text)
    return [t.text for t in meeting.topics], [a.text for a in meeting.action_items]


def test_without_minutes_the_tasks_are_topics():
    topics, actions = _read(AGENDA.format(nested="", below=""))
    assert topics == [
        "Draft the release notes",
        "Migrate the docs site",
        "Review the budget",
        "Revisit the logo vote",
    ]
    assert actions == []


@pytest.mark.parametrize("said", SAID)
def test_a_minute_line_under_a_presenters_tasks_keeps_them_topics(said: str):
    plain = _read(AGENDA.format(nested="", below=""))
    assert _read(AGENDA.format(nested=f"  - {said}\n", below="")) == plain


@pytest.mark.parametrize("said", SAID)
def test_a_minute_line_under_a_deferred_topic_keeps_it_a_topic(said: str):
    plain = _read(AGENDA.format(nested="", below=""))
    assert _read(AGENDA.format(nested="", below=f"- {said}\n")) == plain
