"""Helpers shared by the checklist, agenda and action-item tests."""

from __future__ import annotations

from pathlib import Path

from noteapp.core.meeting.actions import parse_action_items
from noteapp.core.meeting.structure import ActionItem, AgendaItem, TaskItem
from noteapp.core.meeting.tasks import parse_agenda, parse_checklist
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline
from tests.conftest import FIXTURES

TASKS = FIXTURES / "tasks"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def outline_of(text: str) -> Outline:
    return Outline(text, parse_front_matter(text).end)


def checklist_of(text: str) -> tuple[TaskItem, ...]:
    return parse_checklist(outline_of(text))


def agenda_of(text: str) -> tuple[AgendaItem, ...]:
    outline = outline_of(text)
    return parse_agenda(outline, parse_checklist(outline))


def actions_of(text: str) -> tuple[ActionItem, ...]:
    outline = outline_of(text)
    return parse_action_items(outline, parse_checklist(outline))
