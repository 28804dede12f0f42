"""Every shortcut is defined once (noteapp/ui/hotkeys.py): no two commands that can be
active together share a key, and the editor's zoom keys stay free."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence

from noteapp.ui import hotkeys


def _keys(text: str) -> list[str]:
    """The portable form of each key a command's ``keys`` names ("Alt+1…Alt+9": nine)."""
    if "…" in text:
        first, last = text.split("…")
        prefix = first[:-1]
        text = ",".join(f"{prefix}{n}" for n in range(int(first[-1]), int(last[-1]) + 1))
    return [
        QKeySequence(part).toString(QKeySequence.SequenceFormat.PortableText)
        for part in text.split(",")
        if part
    ]


def _users() -> dict[str, list[tuple[str, str]]]:
    """key -> [(command, scope)]."""
    users: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, command in hotkeys.COMMANDS.items():
        for key in _keys(command.keys):
            users[key].append((name, command.scope))
    return users


def _reserved() -> set[str]:
    return {_keys(key)[0] for key in hotkeys.RESERVED}


def test_every_command_key_is_a_valid_key_sequence():
    for name, command in hotkeys.COMMANDS.items():
        for key in _keys(command.keys):
            assert key, f"{name}: {command.keys!r} is not a key Qt understands"


def test_no_two_commands_share_a_key_where_both_could_fire():
    for key, users in _users().items():
        window_wide = [name for name, scope in users if not scope]
        assert len(window_wide) <= 1, f"{key} is taken window-wide by {window_wide}"
        assert not window_wide or len(users) == 1, f"{key}: {users} (a window key is never shared)"
        scopes = [scope for _name, scope in users]
        assert len(scopes) == len(set(scopes)), f"{key} twice in one widget: {users}"


def test_zoom_keys_are_reserved():
    reserved = {
        QKeySequence(k).toString(QKeySequence.SequenceFormat.PortableText) for k in hotkeys.RESERVED
    }
    assert {"Ctrl+=", "Ctrl+-", "Ctrl+0"} <= reserved
    for key, users in _users().items():
        if key in reserved:
            owner = hotkeys.RESERVED[key]
            assert [name for name, _scope in users] == [owner], f"{key} is {owner}'s: {users}"


def test_the_real_window_registers_no_key_twice(window):
    """The window's own actions (every menu command; each works wherever the focus is)."""
    win, _dialogs = window
    seen: dict[str, str] = {}
    for action in win.actions():
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if key in _reserved():
                assert action.objectName().startswith("action_zoom"), f"{action.text()}: {key}"
            assert key not in seen, f"{key}: {seen[key]} and {action.text()}"
            seen[key] = action.text().replace("&", "")
    assert seen["Ctrl+PgUp"] == "Previous Meeting"
    assert seen["Ctrl+PgDown"] == "Next Meeting"
    assert seen["Ctrl+Shift+O"] == "People"
