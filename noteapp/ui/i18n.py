"""Translations: the strings of the window, extracted for translators, loaded at start.

Strings in the code are marked with ``self.tr()`` or ``QCoreApplication.translate()``;
``pyside6-lupdate`` extracts those into ``translations/noteapp.ts``.  The command titles
and help of :data:`noteapp.ui.hotkeys.COMMANDS`, the menu names and the panel titles
are data, not calls, so :func:`extra_messages` adds them (``make translations`` runs
both).  At start, :func:`install_translator` loads ``noteapp_<language>.qm`` from the
shipped ``resources/translations`` when there is one for the user's language.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from noteapp.packaged import packaged_dir
from noteapp.ui.features import FEATURES
from noteapp.ui.hotkeys import COMMANDS, MENUS
from noteapp.ui.panel import PanelSpec


def extra_messages() -> dict[str, list[str]]:
    """context -> source texts that are data rather than ``translate()`` calls."""

    hotkeys: list[str] = []
    for command in COMMANDS.values():
        hotkeys += [command.title, command.help]
    panels = _dock_titles()
    return {
        "hotkeys": list(dict.fromkeys(hotkeys)),
        "menus": [f"&{name}" for name in MENUS],
        "panels": list(dict.fromkeys(panels)),
    }


def _dock_titles() -> list[str]:
    """The titles of every dock a main window has: the panels :data:`FEATURES` names, and
    those its feature modules declare as ``PANELS``."""
    specs = [f for f in FEATURES if isinstance(f, PanelSpec)]
    for feature in FEATURES:
        if isinstance(feature, str):
            specs += getattr(importlib.import_module(feature), "PANELS", ())
    return [spec.title for spec in specs]


def merge(ts_path: Path, messages: dict[str, list[str]]) -> int:
    """Add ``messages`` missing from the .ts file at ``ts_path``; how many were added."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_path)
    root = tree.getroot()
    added = 0
    for context_name, sources in messages.items():
        context = next(
            (c for c in root.iter("context") if c.findtext("name") == context_name), None
        )
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
        known = {m.findtext("source") for m in context.iter("message")}
        for source in sources:
            if source and source not in known:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation", type="unfinished")
                known.add(source)
                added += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return added


def ts_sources(ts_path: Path) -> dict[str, set[str]]:
    """context -> the source texts a .ts file holds."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path).getroot()
    return {
        c.findtext("name") or "": {m.findtext("source") or "" for m in c.iter("message")}
        for c in root.iter("context")
    }


def install_translator(app: QCoreApplication) -> QTranslator | None:
    """Load the translation for the user's language, if noteapp ships one."""
    folder = packaged_dir("resources", "translations")
    if not folder.is_dir():
        return None
    translator = QTranslator(app)
    if translator.load(QLocale(), "noteapp", "_", str(folder)):
        app.installTranslator(translator)
        return translator
    return None


def main(argv: list[str]) -> int:
    """``python -m noteapp.ui.i18n translations/noteapp.ts``: add the data strings."""
    path = Path(argv[0]) if argv else Path("translations/noteapp.ts")
    added = merge(path, extra_messages())
    print(f"{path}: {added} command, menu and panel strings added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
