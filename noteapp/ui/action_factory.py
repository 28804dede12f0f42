"""The one action factory: every ``QAction`` of noteapp is made by :func:`make_action`.

``tests/test_architecture.py`` checks that no other module calls ``QAction(...)`` or lets
``addAction(text)`` make one.  :func:`command_action` is the usual way in: it takes the
title, shortcut, help line and scope of a :data:`noteapp.ui.hotkeys.COMMANDS` entry, so a
command is defined, shown in its menu and listed in Help ▸ Keyboard Shortcuts from that
one table.  A command with a ``scope`` (one widget: the agenda list, the attendee table…)
gets a widget shortcut, working only while that widget has the focus.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence

from noteapp.ui.hotkeys import COMMANDS, help_text, title

Keys = str | QKeySequence | QKeySequence.StandardKey


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[..., object] | None = None,
    *,
    shortcuts: Sequence[Keys] | Keys = (),
    icon: QIcon | None = None,
    checkable: bool = False,
    status_tip: str = "",
    tool_tip: str = "",
    object_name: str = "",
    context: Qt.ShortcutContext | None = None,
    data: object = None,
    enabled: bool = True,
) -> QAction:
    """A ``QAction`` with what it needs set; ``slot`` is connected to ``triggered``.

    ``shortcuts``: a key ("Ctrl+S"), a ``QKeySequence``, a standard key (all its
    platform bindings) or a sequence of those; ``context`` is the shortcut's reach
    (the window when None)."""
    action = QAction(text, parent)
    keys = _key_sequences(shortcuts)
    if keys:
        # setShortcuts([...]): PySide's setShortcut() overload lookup costs ~15 ms on
        # first use, a tenth of the start-up budget.
        action.setShortcuts(keys)
    if context is not None:
        action.setShortcutContext(context)
    if icon is not None:
        action.setIcon(icon)
    if checkable:
        action.setCheckable(True)
    if status_tip:
        action.setStatusTip(status_tip)
    if tool_tip:
        action.setToolTip(tool_tip)
    if object_name:
        action.setObjectName(object_name)
    if data is not None:
        action.setData(data)
    if not enabled:
        action.setEnabled(False)
    if slot is not None:
        action.triggered.connect(slot)
    return action


def command_action(
    parent: QObject,
    name: str,
    slot: Callable[..., object] | None = None,
    *,
    checkable: bool = False,
    shortcuts: Sequence[Keys] | Keys | None = None,
    text: str | None = None,
    status_tip: str | None = None,
    object_name: str | None = None,
) -> QAction:
    """The action for :data:`COMMANDS` ``name``: its title, shortcut (unless given),
    help line as status tip, ``action_<name>`` object name and, for a scoped command,
    a widget shortcut."""
    command = COMMANDS[name]
    if shortcuts is None:
        # "Alt+1…Alt+9": a family of keys, each given by its own action.
        shortcuts = command.keys if command.keys and "…" not in command.keys else ()
    return make_action(
        parent,
        title(name) if text is None else text,
        slot,
        shortcuts=shortcuts,
        checkable=checkable,
        status_tip=help_text(name) if status_tip is None else status_tip,
        object_name=f"action_{name}" if object_name is None else object_name,
        context=Qt.ShortcutContext.WidgetShortcut if command.scope else None,
    )


def _key_sequences(shortcuts: Sequence[Keys] | Keys) -> list[QKeySequence]:
    if isinstance(shortcuts, (str, QKeySequence, QKeySequence.StandardKey)):
        shortcuts = [shortcuts]
    keys: list[QKeySequence] = []
    for key in shortcuts:
        if isinstance(key, QKeySequence.StandardKey):
            keys.extend(QKeySequence.keyBindings(key))
        elif isinstance(key, str):
            if key:
                keys.append(QKeySequence(key))
        else:
            keys.append(key)
    return keys
