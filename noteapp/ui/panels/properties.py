"""The Properties dock: the note's front matter as typed fields.

A field shows one key; when the user finishes editing it (Enter, or leaving the
field) the panel hands ``set_key`` to :meth:`NoteDocument.run`, so the change is one
minimal edit in the file's own style and one undo step.  A refresh after a snapshot
never overwrites a field the user has changed but not yet committed.  A broken front
matter is shown read-only with the parse error.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFocusEvent, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from noteapp.core.text.frontmatter import FrontMatter, parse_front_matter
from noteapp.core.text.frontmatter_edit import delete_key, parse_value, set_key

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting
    from noteapp.ui.document import NoteDocument
    from noteapp.ui.window_api import WindowAPI

Commit = Callable[[str, Any], bool]
_INT_RANGE = (-(2**31) + 1, 2**31 - 1)  # what a QSpinBox holds
_SCALARS = (str, int, float, bool, dt.date, dt.time, type(None))


# -- one field per kind of value ---------------------------------------------------------


class Field:
    """The editor of one key.  Subclasses build the widget and convert its content."""

    def __init__(self, key: str, value: Any, commit: Commit) -> None:
        self.key = key
        self.value = value
        self._commit = commit
        self.widget = self.build()
        self.widget.setToolTip(key)
        self._shown: Any = None
        self.revert()

    # subclasses: the widget, what it shows now, show a value, read the user's value
    def build(self) -> QWidget:
        raise NotImplementedError

    def content(self) -> Any:
        raise NotImplementedError

    def display(self, value: Any) -> None:
        raise NotImplementedError

    def read(self) -> Any:
        return self.content()

    def set_read_only(self, read_only: bool) -> None:
        if hasattr(self.widget, "setReadOnly"):  # text, spin and date boxes stay selectable
            self.widget.setReadOnly(read_only)
        else:
            self.widget.setEnabled(not read_only)

    # shared behaviour
    @property
    def dirty(self) -> bool:
        """The user changed the field and has not committed it yet."""
        return self.content() != self._shown

    def show_value(self, value: Any) -> None:
        """Show the snapshot's ``value`` unless the user is editing this field."""
        if self.dirty or (value == self.value and type(value) is type(self.value)):
            return  # unchanged values are not set again: the caret stays where it is
        self.value = value
        self.revert()

    def revert(self) -> None:
        """Show the note's value again."""
        self.display(self.value)
        self._shown = self.content()

    def commit(self) -> None:
        """Write the user's value to the note (one undo step) if it changed."""
        if not self.dirty:
            return
        value = self.read()
        if self._commit(self.key, value):
            self.value = value
            self._shown = self.content()
        else:
            self.revert()  # refused: show what the note still says


class TextField(Field):
    """A one-line string.  Trailing newlines of the value (a ``|`` block) are kept."""

    def build(self) -> QWidget:
        edit = QLineEdit()
        edit.editingFinished.connect(self.commit)
        return edit

    def content(self) -> str:
        return self.widget.text()

    def display(self, value: Any) -> None:
        self.widget.setText(_without_trailing_newlines(value))

    def read(self) -> Any:
        return self.content() + _trailing_newlines(self.value)


class _CommitOnLeave(QPlainTextEdit):
    def __init__(self, leave: Callable[[], None]) -> None:
        super().__init__()
        self._leave = leave

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._leave()


class MultilineField(TextField):
    """A string of several lines (a ``|`` block scalar); committed on leaving it."""

    def build(self) -> QWidget:
        edit = _CommitOnLeave(self.commit)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    def content(self) -> str:
        return self.widget.toPlainText()

    def display(self, value: Any) -> None:
        self.widget.setPlainText(_without_trailing_newlines(value))


class IntField(Field):
    def build(self) -> QWidget:
        spin = QSpinBox()
        spin.setRange(*_INT_RANGE)
        spin.editingFinished.connect(self.commit)
        return spin

    def content(self) -> int:
        return self.widget.value()

    def display(self, value: Any) -> None:
        self.widget.setValue(value)


class BoolField(Field):
    def build(self) -> QWidget:
        box = QCheckBox()
        box.clicked.connect(lambda _checked: self.commit())
        return box

    def content(self) -> bool:
        return self.widget.isChecked()

    def display(self, value: Any) -> None:
        self.widget.setChecked(bool(value))


class DateField(Field):
    """An unquoted YAML date (``date: 2025-04-14``); a quoted one is a string."""

    def build(self) -> QWidget:
        edit = QDateEdit()
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.editingFinished.connect(self.commit)
        return edit

    def content(self) -> dt.date:
        return self.widget.date().toPython()

    def display(self, value: Any) -> None:
        self.widget.setDate(QDate(value.year, value.month, value.day))


class ListField(TextField):
    """A list of scalars as ``a, b, "c, d"``; items keep their type where they can."""

    def display(self, value: Any) -> None:
        self.widget.setText(", ".join(_list_item(v) for v in value))

    def read(self) -> Any:
        items = [
            item.strip() for item in next(csv.reader([self.content()], skipinitialspace=True), [])
        ]
        keep_text = all(isinstance(v, str) for v in self.value)
        return [item if keep_text else parse_value(item) for item in items if item]


class ScalarField(TextField):
    """Anything else written on one line (a float, a datetime, an empty value): the text
    is read back as YAML, a string staying a string."""

    def display(self, value: Any) -> None:
        self.widget.setText(_scalar_text(value))

    def read(self) -> Any:
        return parse_value(self.content(), self.value)


class NestedField(Field):
    """A nested value, shown read-only: its value here is the YAML text the note holds."""

    def __init__(self, key: str, yaml_text: str, commit: Commit) -> None:
        super().__init__(key, yaml_text, commit)
        self.widget.setToolTip(
            QCoreApplication.translate(
                "panels.properties", "{0}: a nested value; edit it in the note's text"
            ).format(key)
        )

    def build(self) -> QWidget:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        return view

    def content(self) -> str:
        return self.widget.toPlainText()

    def display(self, value: Any) -> None:
        self.widget.setPlainText(value)
        lines = min(6, value.count("\n") + 1)
        self.widget.setFixedHeight(self.widget.fontMetrics().lineSpacing() * lines + 12)

    def set_read_only(self, read_only: bool) -> None:
        pass  # always read-only


def field_class(value: Any) -> type[Field]:
    """The kind of field that edits ``value``."""
    if isinstance(value, bool):
        return BoolField
    if isinstance(value, int) and _INT_RANGE[0] <= value <= _INT_RANGE[1]:
        return IntField
    if isinstance(value, str):
        return MultilineField if "\n" in value.rstrip("\n") else TextField
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return DateField
    if isinstance(value, list) and all(isinstance(v, _SCALARS) for v in value):
        return ListField
    if isinstance(value, dict | list):
        return NestedField
    return ScalarField


def _trailing_newlines(value: Any) -> str:
    text = value if isinstance(value, str) else ""
    return text[len(text.rstrip("\n")) :]


def _without_trailing_newlines(value: Any) -> str:
    return str(value).rstrip("\n")


def _scalar_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _list_item(value: Any) -> str:
    shown = _scalar_text(value)
    if "," in shown or '"' in shown:  # quoted as in CSV, which reads it back
        return '"' + shown.replace('"', '""') + '"'
    return shown


def entry_text(content: str, key: str) -> str:
    """The lines of top-level ``key`` in a YAML block, as written."""
    out: list[str] = []
    inside = False
    for line in content.splitlines():
        if line[:1] not in ("", " ", "\t", "#", "-", "["):  # a new top-level key
            inside = line.split(":", 1)[0].strip().strip("'\"") == key
        if inside:
            out.append(line)
    return "\n".join(out).rstrip("\n")


# -- the panel ---------------------------------------------------------------------------


class PropertiesPanel(QWidget):
    """The front-matter keys of the note as fields, plus a row to add a key."""

    def __init__(self, document: NoteDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.document = document
        self.fields: dict[str, Field] = {}
        self._rows: dict[str, tuple[QLabel, QToolButton]] = {}
        self._signature: tuple[Any, ...] | None = None
        self._stale = True  # a snapshot came while the panel was hidden
        self.read_only = False
        document.snapshotChanged.connect(self._snapshot)

        self.error_label = QLabel(self, objectName="frontMatterError", wordWrap=True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(
            "QLabel { color: #ffffff; background: #b3261e; padding: 6px; font-weight: bold; }"
        )
        self.error_label.hide()
        self.note_label = QLabel(self, objectName="frontMatterNote", wordWrap=True)
        self._grid_holder = QWidget()
        self._grid = QGridLayout(self._grid_holder)
        self._grid.setColumnStretch(1, 1)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_holder)

        self.new_key = QLineEdit(
            self,
            objectName="newKey",
            placeholderText=QCoreApplication.translate("panels.properties", "new key"),
        )
        self.new_value = QLineEdit(
            self,
            objectName="newValue",
            placeholderText=QCoreApplication.translate("panels.properties", "value"),
        )
        self.add_button = QPushButton(
            QCoreApplication.translate("panels.properties", "Add"), self, objectName="addKey"
        )
        self.add_button.clicked.connect(self.add_from_row)
        self.new_value.returnPressed.connect(self.add_from_row)
        self.new_key.returnPressed.connect(self.new_value.setFocus)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_key, 1)
        add_row.addWidget(self.new_value, 2)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.error_label)
        layout.addWidget(self.note_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(add_row)
        self.setFocusProxy(self.new_key)

    # -- showing the snapshot ----------------------------------------------------------

    def _snapshot(self, meeting: Meeting) -> None:
        if self.isVisible():
            self.refresh(meeting)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh(self.document.meeting)

    def refresh(self, meeting: Meeting) -> None:
        """Show the snapshot's front matter, keeping fields the user is editing."""
        self._stale = False
        fm = meeting.front_matter
        text = meeting.text
        content = fm.content(text)
        signature = (fm.kind, fm.error, content)
        if signature == self._signature:
            return
        self._signature = signature
        data = fm.data
        self.read_only = fm.kind == "invalid"
        if self.read_only:
            data = _readable(content)
        self.error_label.setVisible(self.read_only)
        self.error_label.setText(
            QCoreApplication.translate(
                "panels.properties", "Read-only, the front matter is broken: {0}"
            ).format(fm.error)
        )
        self.note_label.setText(_note(fm))
        self.note_label.setVisible(bool(self.note_label.text()))
        self._show_fields(data or {}, content)
        for widget in (self.new_key, self.new_value, self.add_button):
            widget.setEnabled(not self.read_only)

    def _show_fields(self, data: dict[Any, Any], content: str) -> None:
        order = [str(key) for key in data]
        values = {str(key): value for key, value in data.items()}
        for key in list(self.fields):
            if key not in values:
                self._remove(key)
        for key, value in values.items():
            kind = field_class(value)
            if kind is NestedField:
                value = entry_text(content, key)
            field = self.fields.get(key)
            if type(field) is kind:
                field.show_value(value)
            else:
                if field is not None:
                    self._remove(key)
                self._add(key, value, kind)
            self.fields[key].set_read_only(self.read_only)
            self._rows[key][1].setVisible(not self.read_only)
        while self._grid.count():  # lay the rows out again in the note's key order
            self._grid.takeAt(0)
        for row, key in enumerate(order):
            label, delete = self._rows[key]
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(self.fields[key].widget, row, 1)
            self._grid.addWidget(delete, row, 2)

    def _add(self, key: str, value: Any, kind: type[Field]) -> None:
        field = kind(key, value, self._set)
        field.widget.setParent(self._grid_holder)
        field.widget.setObjectName(f"field:{key}")
        label = QLabel(key, self._grid_holder)
        label.setBuddy(field.widget)
        delete = QToolButton(self._grid_holder, text="✕", autoRaise=True)
        delete.setObjectName(f"delete:{key}")
        delete.setToolTip(
            QCoreApplication.translate(
                "panels.properties", "Delete {0!r} from the front matter"
            ).format(key)
        )
        delete.clicked.connect(lambda _checked=False, k=key: self.delete(k))
        self.fields[key] = field
        self._rows[key] = (label, delete)

    def _remove(self, key: str) -> None:
        field = self.fields.pop(key)
        for widget in (field.widget, *self._rows.pop(key)):
            widget.hide()
            widget.deleteLater()  # not now: it may be the widget whose signal runs

    # -- intents ------------------------------------------------------------------------

    def _set(self, key: str, value: Any) -> bool:
        return self.document.run(set_key, key, value)

    def delete(self, key: str) -> bool:
        """Remove ``key`` from the front matter (one undo step)."""
        return self.document.run(delete_key, key)

    def add_key(self, key: str, raw_value: str) -> bool:
        """Add (or set) ``key`` from the add row; the value is read as YAML (``3``, ``[a, b]``)."""
        key = key.strip()
        if not key or self.read_only:
            return False
        return self._set(key, parse_value(raw_value))

    def add_from_row(self) -> None:
        if self.add_key(self.new_key.text(), self.new_value.text()):
            self.new_key.clear()
            self.new_value.clear()
            self.new_key.setFocus()


def _readable(content: str) -> dict[str, Any] | None:
    """What a broken block's content says, if it reads as YAML by itself (``x---``)."""
    return parse_front_matter(f"---\n{content}---\n").data


def _note(fm: FrontMatter) -> str:
    if fm.kind == "none":
        return "No front matter. Adding a key creates one."
    if fm.kind in ("toml", "pelican"):
        return f"{fm.kind.upper() if fm.kind == 'toml' else 'Pelican'} front matter."
    return ""


def build(window: WindowAPI, dock: QDockWidget) -> PropertiesPanel:
    """The dock's contents, made on its first show (it starts behind the Actions tab)."""
    return PropertiesPanel(window.document, dock)
