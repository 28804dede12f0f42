"""Every user-visible string in the window goes through Qt's translation, and the
catalogue for translators (``translations/noteapp.ts``, ``make translations``) holds it.

The scan reads the source of ``noteapp/ui`` (no Qt needed): a string literal given to a
call that shows text (``setText``, ``setWindowTitle``, ``QLabel(...)``, ``addAction``,
``setToolTip``, ``setStatusTip``, ``showMessage``, ``QMessageBox`` texts, the prompts'
titles and messages, button labels...) must be wrapped in ``QCoreApplication.translate``
(or ``tr``).  Text without a letter (``""``, ``"{0} ({1})"``, ``" · "``) is no message.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "noteapp" / "ui"

# Calls that show their text arguments: name -> the positions shown (None: every one).
SHOWN: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        (
            "setText", "setWindowTitle", "addAction", "setToolTip", "setStatusTip",
            "setPlaceholderText", "showMessage", "setInformativeText", "setDetailedText",
            "addMenu", "setWhatsThis", "setLabelText", "setHorizontalHeaderLabels",
            "setTitle", "addTab", "setTabText", "setHeaderLabels", "setCancelButtonText",
            "setButtonText", "setSuffix", "setPrefix", "setSpecialValueText", "addRow",
            "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
            "QMenu", "QToolButton", "QMessageBox", "QDockWidget", "QToolBar",
            "QProgressDialog", "QCommandLinkButton",
            "error", "_say",  # window.prompts.error, the features' status line
        ),
        None,
    ),
    # window.prompts: (title, text, ...); file and font pickers: their caption
    "choose": (0, 1), "confirm": (0, 1), "save_file": (0,), "folder": (0,), "font": (1,),
    "encoding": (0,), "setLabel": (1,), "addButton": (0,), "getItem": (1, 2),
    "getText": (1, 2), "getOpenFileName": (1,), "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
}  # fmt: skip
MESSAGE_BOX = {"information", "warning", "critical", "question", "about"}  # QMessageBox.x(...)
KEYWORDS = {"text", "title", "informativeText", "toolTip", "detail", "caption", "windowTitle"}
# Qt properties given as keywords to any constructor: QLineEdit(self, placeholderText="…")
PROPERTIES = {"placeholderText", "toolTip", "statusTip", "whatsThis", "windowTitle", "text"}
ROLES = {"accept", "reject", "destructive", "action", "cancel"}  # prompts.choose's buttons
TRANSLATE = {"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def literal_text(node: ast.AST) -> str | None:
    """The words of a literal string in ``node`` (also inside an f-string, a ``+``, a
    conditional or a list), if it has a letter; None for anything translated or
    computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if any(c.isalpha() for c in node.value) else None
    if isinstance(node, ast.JoinedStr):  # the literal parts, not the format specs
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return words if any(c.isalpha() for c in words) else None
    if isinstance(node, ast.BinOp):
        return literal_text(node.left) or literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return literal_text(node.body) or literal_text(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return next((t for e in node.elts if (t := literal_text(e))), None)
    return None


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def shown_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of ``call`` that the user reads."""
    name, func = _name(call), call.func
    properties = [k.value for k in call.keywords if k.arg in PROPERTIES]
    which: tuple[int, ...] | None
    if name in MESSAGE_BOX and isinstance(func, ast.Attribute):
        if getattr(func.value, "id", None) != "QMessageBox":
            return properties
        which = (1, 2)
    elif name in SHOWN:
        which = SHOWN[name]
    else:
        return properties
    args = [a for i, a in enumerate(call.args) if which is None or i in which]
    return args + [k.value for k in call.keywords if k.arg in KEYWORDS | PROPERTIES]


def untranslated(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of each user-visible literal of ``source`` not given to translate."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            for arg in shown_arguments(node):
                if (text := literal_text(arg)) is not None:
                    yield arg.lineno, text
        elif (  # a prompts.choose button: ("&Label", "role")
            isinstance(node, ast.Tuple)
            and len(node.elts) == 2
            and isinstance(node.elts[1], ast.Constant)
            and node.elts[1].value in ROLES
            and (text := literal_text(node.elts[0])) is not None
        ):
            yield node.lineno, text


def translated(source: str) -> Iterator[tuple[str, str]]:
    """(context, text) of each ``translate("context", "text")`` and
    ``QT_TRANSLATE_NOOP("context", "text")`` with literal arguments."""
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and _name(node) in {"translate", "QT_TRANSLATE_NOOP"}
            and len(node.args) >= 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
        ):
            yield node.args[0].value, node.args[1].value  # type: ignore[attr-defined]


def ui_sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


@pytest.mark.parametrize(
    ("code", "found"),
    [
        ('label.setText("Saved")', ["Saved"]),
        ('bar.showMessage(f"Saved {path}", 3000)', ["Saved "]),
        ('QLabel("Name:", self)', ["Name:"]),
        ('menu.addAction("&Open")', ["&Open"]),
        ('w.setToolTip("a" if x else "Close")', ["a"]),
        ('QMessageBox.warning(self, "Oops", "It broke")', ["Oops", "It broke"]),
        ('prompts.choose(APP, text, [("&Reload", "accept"), ("", "cancel")])', ["&Reload"]),
        ('prompts.confirm("Repair text", question)', ["Repair text"]),
        # translated, computed, or no words: nothing to find
        ('label.setText(QCoreApplication.translate("x", "Saved"))', []),
        ('label.setText(self.tr("Saved {0}").format(n))', []),
        ('label.setText(f"{name} ({count})")', []),
        ('label.setText("")', []),
        ("label.setText(name)", []),
        ('item.setToolTip(f"{when:%A %Y-%m-%d}")', []),
        ('window.setObjectName("findBar")', []),
        ('QLineEdit(self, objectName="findField", placeholderText="Find")', ["Find"]),
    ],
)
def test_the_scan_finds_literals_shown_untranslated(code, found):
    assert [text for _line, text in untranslated(code)] == found


def test_every_user_visible_literal_in_the_window_is_translatable():
    """A new ``setText("...")`` (or status message, dialog text, button label) without
    ``QCoreApplication.translate`` fails here: wrap it, then run ``make translations``."""
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path in ui_sources()
        for line, text in untranslated(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_catalogue_holds_every_translated_string():
    """``make translations`` was run after the last string changed: the catalogue has
    each ``translate("context", "text")`` of the code, in its context."""
    from noteapp.ui.i18n import ts_sources

    catalogue = ts_sources(ROOT / "translations" / "noteapp.ts")
    strings = {pair for path in ui_sources() for pair in translated(path.read_text("utf-8"))}
    assert len(strings) > 250
    missing = sorted(f"{c}: {t!r}" for c, t in strings if t not in catalogue.get(c, set()))
    assert missing == [], "run `make translations`"
