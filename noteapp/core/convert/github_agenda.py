"""GitHub issues as agenda items, and which of them the meeting discussed.

A series may name a repository and a label (``repository``, ``agenda_label``); the open
issues and pull requests with that label become agenda items, written by
:func:`noteapp.core.meeting.task_edits.add_agenda_item` in the note's own style (marker, box,
numbering), each as ``Title ([#12](url), @author)`` (``PR #12`` for a pull request; the
handle escaped ``\\@`` where the note escapes handles).  An issue whose link (or
``owner/name#12``) is already in the note is skipped.

After the call, :func:`discussed_issues` lists the issues linked from agenda items that
were discussed: ticked, or, in an agenda without boxes, with notes written beneath.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import Meeting
from noteapp.core.meeting.task_edits import add_agenda_item

_ESCAPED_HANDLE = re.compile(r"\\@[A-Za-z0-9]")
_MARKDOWN = re.compile(r"([\[\]<])")  # link text and HTML; GitHub renders the rest too


class IssueLike(Protocol):
    number: int
    title: str
    url: str
    author: str | None
    is_pull: bool


@dataclass(frozen=True)
class AgendaUpdate:
    text: str
    added: tuple[IssueLike, ...]
    skipped: tuple[IssueLike, ...]  # already in the note


def issue_item(issue: IssueLike, note_text: str = "") -> str:
    """``Title ([#12](url), @author)``, in the note's handle style."""
    title = _MARKDOWN.sub(r"\\\1", " ".join(issue.title.split()))
    ref = f"{'PR ' if issue.is_pull else ''}#{issue.number}"
    who = ""
    if issue.author:
        at = "\\@" if _ESCAPED_HANDLE.search(note_text) else "@"
        who = f", {at}{issue.author}"
    return f"{title} ([{ref}]({issue.url}){who})"


def add_issues_to_agenda(
    text: str, issues: Iterable[IssueLike], repository: str | None = None
) -> AgendaUpdate:
    """``text`` with an agenda item for each issue not in the note yet."""
    added, skipped = [], []
    for issue in issues:
        if _mentioned(text, issue, repository):
            skipped.append(issue)
            continue
        try:
            text = add_agenda_item(text, issue_item(issue, text)).apply(text)
        except StructureEditError:  # a title the agenda cannot hold as one item: say so
            skipped.append(issue)
            continue
        added.append(issue)
    return AgendaUpdate(text, tuple(added), tuple(skipped))


def discussed_issues(meeting: Meeting, repository: str, *, all_linked: bool = False) -> list[int]:
    """Numbers of the issues and pull requests of ``repository`` linked from agenda items
    that were discussed (every linked one with ``all_linked``), in agenda order."""
    pattern = re.compile(
        rf"/{re.escape(repository)}/(?:issues|pull)/(\d+)(?![\d/])|"
        rf"(?<![\w/]){re.escape(repository)}#(\d+)\b",
        re.I,
    )
    found: list[int] = []
    items = meeting.agenda
    for index, item in enumerate(items):
        if not (all_linked or _discussed(meeting.text, items, index)):
            continue
        for match in pattern.finditer(item.text):
            number = int(match.group(1) or match.group(2))
            if number not in found:
                found.append(number)
    return found


def _discussed(text: str, items: Sequence, index: int) -> bool:
    item = items[index]
    if item.checked is not None:
        return bool(item.checked)
    # No boxes: discussed if notes are written beneath it (lines indented under it).
    indent = len(text[item.start : item.end]) - len(text[item.start : item.end].lstrip())
    after = text[item.end :].split("\n")[1:]
    for line in after:
        if not line.strip():
            continue
        return len(line) - len(line.lstrip()) > indent
    return False


def _mentioned(text: str, issue: IssueLike, repository: str | None) -> bool:
    if issue.url and issue.url in text:
        return True
    if repository and re.search(rf"{re.escape(repository)}#{issue.number}\b", text, re.I):
        return True
    if repository:
        tail = rf"/{re.escape(repository)}/(?:issues|pull)/{issue.number}(?![\d/])"
        if re.search(tail, text, re.I):
            return True
    return False
