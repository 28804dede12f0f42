"""Edit ▸ Repair Mis-decoded Text: names decoded through the wrong code page, repaired
as one undo step after the user has seen each change (nothing is repaired unasked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from noteapp.core.text.mojibake import Mojibake
    from noteapp.ui.window_api import WindowAPI


def ask(window: WindowAPI, found: list[Mojibake]) -> bool:
    """Show each repair and ask; the tests replace this with an answer."""
    shown = "\n".join(f"line {m.line}: {m.text}  →  {m.fixed}" for m in found[:20])
    question = QCoreApplication.translate(
        "repair", "These words look decoded through the wrong code page:\n\n{0}\n\nRepair them?"
    ).format(shown)
    return window.prompts.confirm(
        QCoreApplication.translate("repair", "Repair mis-decoded text"), question
    )


def repair_mojibake(window: WindowAPI) -> bool:
    """Find mis-decoded words in the note; if the user agrees, repair them (one edit)."""
    from noteapp.core.text.mojibake import find_mojibake, repair_edit

    text = window.document.text()
    found = find_mojibake(text)
    if not found:
        window.statusBar().showMessage(
            QCoreApplication.translate("repair", "No mis-decoded text found"), 4000
        )
        return False
    if not ask(window, found):
        return False
    window.document.apply(repair_edit(text, found))
    window.statusBar().showMessage(
        QCoreApplication.translate("repair", "Repaired {0} mis-decoded passage(s)").format(
            len(found)
        ),
        4000,
    )
    return True


def install(window: WindowAPI) -> None:
    window.add_command("repair_mojibake", lambda: repair_mojibake(window))
