"""The README stays true: its shortcut table and commands match the code."""

from __future__ import annotations

from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_readme_lists_every_keyboard_shortcut():
    from noteapp.ui.shortcut_help import markdown_table

    table = markdown_table()
    assert table in README, (
        "README's shortcut table is out of date; regenerate it with "
        "`python -m noteapp.ui.shortcut_help`"
    )


def test_readme_names_the_two_commands():
    assert "make run" in README and "make test" in README
