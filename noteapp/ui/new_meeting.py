"""File ▸ New Meeting…: the next note of a series, previewed before it is written.

The dialog shows, for the chosen series and date, the path the note will get and
its whole text (front matter, roster, standing agenda, carried-over action items),
all made by :mod:`noteapp.core.series.newnote`.  Create writes it (never over an existing
file) and the window opens it.  When the series names a GitHub repository and an agenda
label, "Agenda from GitHub issues" reads those issues in the background and adds them to
the agenda (:mod:`noteapp.core.convert.github_agenda`); the preview shows them before Create.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from noteapp.core.convert.github_agenda import add_issues_to_agenda
from noteapp.core.errors import NoteError
from noteapp.core.series.model import list_series
from noteapp.core.series.newnote import plan_note, series_folder
from noteapp.storage.notefile import write_note
from noteapp.ui.jobs import start_job

if TYPE_CHECKING:
    from noteapp.core.series.model import Series
    from noteapp.core.series.newnote import NewNote


class NewMeetingDialog(QDialog):
    #: The note was written: its path.
    created = Signal(object)

    def __init__(
        self,
        workspace: Path,
        parent: QWidget | None = None,
        *,
        near: Path | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("new_meeting", "New Meeting"))
        self.workspace = workspace
        self.today = today or dt.date.today()
        self.plan: NewNote | None = None  # what is shown, when series and date make one

        self.series_list: list[Series] = []
        self.load_error = ""
        try:
            self.series_list = list_series(workspace)
        except NoteError as exc:  # a broken series file: say which, offer the others
            self.load_error = str(exc)

        self.series_box = QComboBox(self, objectName="seriesCombo")
        for series in self.series_list:
            self.series_box.addItem(f"{series.title}  ({series.name})", series.name)
        self.date_edit = QDateEdit(self, objectName="meetingDate", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.path_label = QLabel(self, objectName="newPath", wordWrap=True)
        self.github_box = QCheckBox(
            QCoreApplication.translate("new_meeting", "Agenda from &GitHub issues"),
            self,
            objectName="githubAgenda",
        )
        self.github_box.toggled.connect(self._github_toggled)
        self.issues: dict[str, list] = {}  # series name -> its labelled issues, once read
        self.github_note = ""  # what the GitHub issues did to the agenda
        self.message = QLabel(self, objectName="newMessage", wordWrap=True)
        self.preview = QPlainTextEdit(self, objectName="newPreview", readOnly=True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMinimumSize(560, 320)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(QCoreApplication.translate("new_meeting", "&Create"))
        self.create_button.setObjectName("createButton")
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("new_meeting", "&Series:"), self.series_box)
        form.addRow(QCoreApplication.translate("new_meeting", "&Date:"), self.date_edit)
        form.addRow(QCoreApplication.translate("new_meeting", "File:"), self.path_label)
        form.addRow("", self.github_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

        self._select_series_near(near)
        self.series_box.currentIndexChanged.connect(self._series_changed)
        self.date_edit.dateChanged.connect(self.refresh)
        self._series_changed()

    # -- choosing -------------------------------------------------------------------------

    def series(self) -> Series | None:
        index = self.series_box.currentIndex()
        return self.series_list[index] if index >= 0 else None

    def day(self) -> dt.date:
        return self.date_edit.date().toPython()

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _select_series_near(self, near: Path | None) -> None:
        """Preselect the series whose folder holds the open note, if any."""
        if near is None:
            return

        for index, series in enumerate(self.series_list):
            folder = series_folder(series, None, self.workspace)
            if near.resolve().is_relative_to(folder.resolve()):
                self.series_box.setCurrentIndex(index)
                return

    def _series_changed(self) -> None:
        """A series was chosen: its next occurrence that has no note yet becomes the date."""
        series = self.series()
        source = series is not None and bool(series.repository and series.agenda_label)
        self.github_box.setVisible(source)
        if series is not None and source:
            self.github_box.setToolTip(
                QCoreApplication.translate(
                    "new_meeting",
                    "The open issues and pull requests of {0} labelled {1!r}, as agenda items",
                ).format(series.repository, series.agenda_label)
            )
        with QSignalBlocker(self.github_box):
            self.github_box.setChecked(source and series is not None and series.name in self.issues)
        if series is not None:
            from noteapp.core.series.newnote import plan_note

            try:
                day = plan_note(series, workspace=self.workspace, today=self.today).date
            except NoteError:
                day = self.today  # refresh() shows the error
            with QSignalBlocker(self.date_edit):
                self.set_day(day)
        self.refresh()

    # -- preview and create ---------------------------------------------------------------

    def refresh(self) -> None:
        self.plan = None
        series = self.series()
        if series is None:
            self._show("", "", self.load_error or "No series in the workspace.", ok=False)
            return
        try:
            plan = plan_note(series, self.day(), workspace=self.workspace)
        except NoteError as exc:
            self._show("", "", str(exc), ok=False)
            return
        plan = self._with_issues(series, plan)
        self.plan = plan
        if plan.path.exists():
            self._show(
                str(plan.path),
                plan.text,
                "This file exists already: open it from File ▸ Open, or choose another date.",
                ok=False,
            )
            return
        notes = [*plan.warnings, self.github_note] if self.github_note else plan.warnings
        self._show(str(plan.path), plan.text, "\n".join(notes), ok=True)

    # -- agenda from GitHub ---------------------------------------------------------------

    def _with_issues(self, series: Series, plan: NewNote) -> NewNote:
        self.github_note = ""
        issues = self.issues.get(series.name)
        if not self.github_box.isChecked() or issues is None:
            return plan

        update = add_issues_to_agenda(plan.text, issues, series.repository)
        self.github_note = (
            f"{len(update.added)} agenda item(s) from {series.repository} issues labelled "
            f"{series.agenda_label}"
            + (f"; {len(update.skipped)} already in the agenda" if update.skipped else "")
        )
        return replace(plan, text=update.text)

    def _github_toggled(self, on: bool) -> None:
        series = self.series()
        if not on or series is None or series.name in self.issues:
            self.refresh()
            return

        def work(cancel, progress):  # type: ignore[no-untyped-def]
            # Imported here: ssl and urllib.request cost ~42 ms to import; only this path needs it.
            from noteapp.publish.github_issues import agenda_issues

            return agenda_issues(series, cancel=cancel, progress=progress)

        def done(issues: list) -> None:
            self.issues[series.name] = issues
            self.refresh()

        def failed(exc: BaseException) -> None:
            with QSignalBlocker(self.github_box):
                self.github_box.setChecked(False)
            self.refresh()
            self.message.setText(
                QCoreApplication.translate("new_meeting", "GitHub issues not added: {0}").format(
                    exc
                )
            )
            self.message.setVisible(True)

        self.create_button.setEnabled(False)  # until the agenda is complete
        self.job = start_job(self, "Agenda from GitHub", work, done, failed)

    def _show(self, path: str, text: str, message: str, *, ok: bool) -> None:
        self.path_label.setText(path or "—")
        if self.preview.toPlainText() != text:
            self.preview.setPlainText(text)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if ok:
            self.message.setStyleSheet("")
        else:
            from noteapp.ui.colours import error_colour

            colour = error_colour(self.palette()).name()
            self.message.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.create_button.setEnabled(ok)

    def create(self) -> None:
        """Write exactly the text shown, then hand its path to the window."""

        if self.plan is None:
            return
        try:
            path = write_note(self.plan)
        except (NoteError, OSError) as exc:  # e.g. created meanwhile by someone else
            self._show(str(self.plan.path), self.plan.text, str(exc), ok=False)
            return
        self.accept()
        self.created.emit(path)
