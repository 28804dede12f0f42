"""View ▸ This Section Is…: where noteapp guessed a section's role wrong, the user says
what it is (attendees, apologies, agenda, actions, or not a meeting section).

The choice is for the section at the caret, kept for the note's folder (its series) in
the workspace like ``noteapp teach`` keeps it (:mod:`noteapp.storage.roles`), never in
the note; the note is read again at once, so the panels show the new reading and the
attendee panel's edits use it. "noteapp's Guess" forgets the choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from noteapp.ui.action_factory import make_action
from noteapp.ui.textbridge import from_utf16

if TYPE_CHECKING:
    from noteapp.core.meeting.sections import MeetingSection
    from noteapp.ui.window_api import WindowAPI

# The menu's entries: (role, or None to forget the choice; its text).
CHOICES: tuple[tuple[str | None, str], ...] = (
    ("attendees", QT_TRANSLATE_NOOP("section_roles", "&Attendees (who came)")),
    ("apologies", QT_TRANSLATE_NOOP("section_roles", "A&pologies (who could not come)")),
    ("agenda", QT_TRANSLATE_NOOP("section_roles", "A&genda")),
    ("actions", QT_TRANSLATE_NOOP("section_roles", "A&ction Items")),
    ("other", QT_TRANSLATE_NOOP("section_roles", "&Not a Meeting Section")),
    (None, QT_TRANSLATE_NOOP("section_roles", "noteapp's &Guess")),
)


def section_at_caret(window: WindowAPI) -> MeetingSection | None:
    """The innermost section with a heading or label that holds the caret."""
    text = window.document.text()
    offset = from_utf16(text, window.editor.textCursor().position())
    meeting = window.document.meeting
    holding = [
        s
        for s in meeting.sections
        if s.label
        and s.source in ("heading", "label")
        and s.start <= offset < max(s.end, s.start + 1)
    ]
    return min(holding, key=lambda s: s.end - s.start, default=None)


def teach_section(window: WindowAPI, role: str | None) -> bool:
    """Say that the section at the caret is ``role`` (None: back to the guess)."""
    section = section_at_caret(window)
    if section is None:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "section_roles", "The caret is in no section with a heading or label"
            ),
            4000,
        )
        return False
    if not window.document.teach(section.label, role):
        return False
    now = section_at_caret(window)
    shown = now.role if now is not None else role or "guessed"
    how = "as taught" if role is not None else "noteapp's guess"
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "section_roles", "'{0}' is {1} ({2}) in the notes of this folder"
        ).format(section.label, shown, how),
        5000,
    )
    return True


class SectionRoleMenu(QMenu):
    """The submenu; its title names the section at the caret and a tick its role."""

    def __init__(self, window: WindowAPI) -> None:
        super().__init__(QCoreApplication.translate("section_roles", "This Section &Is"), window)
        self.setObjectName("sectionRoleMenu")
        self.window_ = window
        group = QActionGroup(self)
        self.choices: dict[str | None, QAction] = {}
        for role, title in CHOICES:
            action = make_action(
                self,
                QCoreApplication.translate("section_roles", title),
                lambda _checked=False, r=role: teach_section(window, r),
                checkable=role is not None,
                object_name=f"action_section_{role or 'guess'}",
            )
            if role is not None:
                group.addAction(action)
            self.addAction(action)
            self.choices[role] = action
        self.aboutToShow.connect(self.refresh)

    def refresh(self) -> None:
        section = section_at_caret(self.window_)
        for action in self.choices.values():
            action.setEnabled(section is not None)
            action.setChecked(section is not None and action is self.choices.get(section.role))
        label = f" ('{section.label[:30]}')" if section is not None else ""
        text = QCoreApplication.translate("section_roles", "This Section{label} &Is")
        self.setTitle(text.format(label=label))


def install(window: WindowAPI) -> None:
    menu = SectionRoleMenu(window)
    window.menu("View").addSeparator()
    window.menu("View").addMenu(menu)
    window.section_role_menu = menu  # type: ignore[attr-defined]

    def pop_up() -> None:  # from the keyboard: the menu at the caret
        editor = window.editor
        menu.exec(editor.mapToGlobal(editor.cursorRect().bottomRight()))

    window.add_command("teach_section", pop_up, menu=False)
