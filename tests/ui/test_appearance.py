"""The window people would choose: type, zoom, themes, layout at 800x600, icons,
accessible names, focus order and translatable menus, on the real widgets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QStyleOptionViewItem, QWidget

from noteapp.storage.settings import Settings
from noteapp.storage.workspace import ensure_workspace
from noteapp.ui.accessibility import FOCUS_ORDER, accessible_name
from noteapp.ui.colours import contrast
from noteapp.ui.main_window import MainWindow
from noteapp.ui.theme import is_dark
from noteapp.ui.typography import DEFAULT_POINT_SIZE, default_editor_font
from tests.ui.helpers import settle

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def sample_window(make_window, tmp_path: Path, qtbot) -> MainWindow:
    window, _ = make_window()
    window.workspace = tmp_path / "workspace"
    window.load_path(ensure_workspace(window.workspace))
    settle(qtbot, window)
    return window


# -- type and zoom ------------------------------------------------------------------------


def test_the_default_font_is_the_first_installed_preferred_family_or_the_system_fixed_one():
    chosen = default_editor_font(["Arial", "Noto Sans Mono", "DejaVu Sans Mono"])
    assert chosen.family() == "Noto Sans Mono"
    assert chosen.pointSize() >= DEFAULT_POINT_SIZE
    fallback = default_editor_font([])  # none installed: the system's fixed font
    assert fallback.pointSize() >= DEFAULT_POINT_SIZE
    assert fallback.styleHint() == fallback.StyleHint.Monospace


def test_zoom_keys_change_the_editor_font_and_ctrl_0_brings_it_back(sample_window, qtbot):
    window = sample_window
    editor = window.editor
    editor.setFocus()
    size = editor.font().pointSize()
    qtbot.keyClick(editor, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Equal, CTRL)
    assert editor.font().pointSize() == size + 2
    assert window.settings.editor_zoom == 2
    qtbot.keyClick(editor, Qt.Key.Key_Minus, CTRL)
    assert editor.font().pointSize() == size + 1
    qtbot.keyClick(editor, Qt.Key.Key_0, CTRL)
    assert editor.font().pointSize() == size
    assert window.settings.editor_zoom == 0


def test_the_zoom_is_kept_for_the_next_window(make_window, settings: Settings, qtbot):
    first, _ = make_window()
    size = first.editor.font().pointSize()
    first.commands["zoom_in"].trigger()
    first.commands["zoom_in"].trigger()
    first.commands["zoom_in"].trigger()
    first._save_settings()
    again = MainWindow(Settings.load(settings.path))
    qtbot.addWidget(again)
    assert again.editor.font().pointSize() == size + 3


def test_the_text_keeps_to_a_centred_reading_column_on_a_wide_window(sample_window, qtbot):
    window = sample_window
    window.resize(1400, 900)
    settle(qtbot, window)
    editor = window.editor
    left = editor.viewport().geometry().left()
    right = editor.width() - editor.viewport().geometry().right()
    char = editor.fontMetrics().averageCharWidth()
    assert editor.viewport().width() <= (editor.reading_columns + 4) * char
    # centred: the margins differ by no more than the scroll bar
    assert abs(left - right) <= editor.verticalScrollBar().width() + 4


# -- themes --------------------------------------------------------------------------------


def test_choosing_dark_then_light_changes_the_palette_and_is_saved(sample_window, qtbot):
    window = sample_window
    view_menu = window.menu("View")
    theme_menu = window.findChild(QMenu, "themeMenu")
    assert theme_menu is not None and theme_menu.menuAction() in view_menu.actions()
    window.commands["theme_dark"].trigger()
    qtbot.waitUntil(lambda: is_dark(window.editor.palette()))
    assert window.settings.theme == "dark"
    window.commands["theme_light"].trigger()
    qtbot.waitUntil(lambda: not is_dark(window.editor.palette()))
    assert window.settings.theme == "light"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_highlighter_colours_read_on_the_theme(sample_window, qtbot, theme):
    from noteapp.ui.editing import EditorView

    window = sample_window
    window.commands[f"theme_{theme}"].trigger()
    view = window.findChild(EditorView, "editorView")
    qtbot.waitUntil(lambda: view.highlighter is not None)
    base = window.editor.palette().color(QPalette.ColorRole.Base)
    for name in ("heading", "link", "speaker", "task_open", "task_done", "front_key"):
        colour = view.highlighter.formats[name].foreground().color()
        assert contrast(colour, base) >= 4.5, (theme, name)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_schedule_dst_rows_are_readable_in_both_themes(make_window, qtbot, tmp_path, theme):
    import datetime as dt

    from tests.ui.test_schedule_panel import SERIES_FILE, show_panel

    workspace = tmp_path / "ws"
    ensure_workspace(workspace)
    (workspace / "series" / "transatlantic.toml").write_text(SERIES_FILE, encoding="utf-8")
    note = workspace / "transatlantic" / "2024" / "2024-03-05.md"
    note.parent.mkdir(parents=True)
    note.write_text("# 2024-03-05\n", encoding="utf-8")
    window, _ = make_window()
    window.workspace = workspace
    window.commands[f"theme_{theme}"].trigger()
    window.open_path(note)
    panel = show_panel(window, qtbot, dt.date(2024, 3, 1))
    table = panel.table
    option = QStyleOptionViewItem()
    option.palette = table.palette()
    table.itemDelegate().initStyleOption(option, table.model().index(1, 0))  # a DST row
    background = option.backgroundBrush.color()
    text = table.palette().color(QPalette.ColorRole.Text)
    assert background != table.palette().color(QPalette.ColorRole.Base)  # marked
    assert contrast(background, text) >= 7


# -- layout --------------------------------------------------------------------------------


def editor_columns(window: MainWindow) -> float:
    return window.editor.viewport().width() / window.editor.fontMetrics().averageCharWidth()


def test_at_800x600_the_editor_keeps_60_columns_even_with_the_schedule(sample_window, qtbot):
    window = sample_window
    window.resize(800, 600)
    settle(qtbot, window)
    assert editor_columns(window) >= 60
    window.commands["focus_schedule"].trigger()
    settle(qtbot, window)
    assert window.findChild(QDockWidget, "scheduleDock").isVisible()
    assert editor_columns(window) >= 60
    # Every open panel is still reachable: tabbed together below the editor.
    attendees = window.findChild(QDockWidget, "attendeesDock")
    assert window.dockWidgetArea(attendees) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_a_wide_window_gets_its_side_panels_back(sample_window, qtbot):
    window = sample_window
    window.resize(1400, 900)
    settle(qtbot, window)
    attendees = window.findChild(QDockWidget, "attendeesDock")
    assert window.dockWidgetArea(attendees) == Qt.DockWidgetArea.LeftDockWidgetArea
    window.resize(800, 600)
    settle(qtbot, window)
    assert window.dockWidgetArea(attendees) == Qt.DockWidgetArea.BottomDockWidgetArea
    window.resize(1400, 900)
    settle(qtbot, window)
    assert window.dockWidgetArea(attendees) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert editor_columns(window) >= 60


def test_the_toolbar_has_an_icon_for_each_of_its_commands(sample_window):
    bar = sample_window.toolbar
    assert bar is not None and bar.isVisible()
    actions = [a for a in bar.actions() if not a.isSeparator()]
    assert len(actions) >= 10
    for action in actions:
        pixmap = action.icon().pixmap(20, 20)
        assert not pixmap.isNull(), action.objectName()
        assert pixmap.toImage().width() == 20
        assert action.toolTip()


# -- accessibility and translation -----------------------------------------------------------


def test_every_visible_widget_has_an_accessible_name(sample_window, qtbot):
    window = sample_window
    for command in ("focus_schedule", "focus_preview", "find", "focus_properties", "focus_outline"):
        window.commands[command].trigger()
    settle(qtbot, window)
    visible = [w for w in window.findChildren(QWidget) if w.isVisible()]
    assert len(visible) > 50
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in visible if not accessible_name(w)]
    assert unnamed == []


def test_tab_moves_through_the_panels_in_reading_order(sample_window):
    window = sample_window
    order = [window.findChild(QWidget, name) for name in FOCUS_ORDER]
    present = [w for w in order if w is not None]
    walked = []
    widget = present[0].nextInFocusChain()
    while widget is not present[0] and len(walked) < 500:
        if widget in present:
            walked.append(widget)
        widget = widget.nextInFocusChain()
    assert walked == present[1:]


class _Marking(QTranslator):
    """Translates every string to «string»: what was not translated shows."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if source else source

    def isEmpty(self) -> bool:
        return False


def _menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            texts.append(action.menu().title())
            texts += _menu_texts(action.menu())
        elif not action.data():  # recent files carry their path and show a file name
            texts.append(action.text())
    return texts


def test_every_menu_string_is_translatable_and_extracted(make_window, qtbot):
    from noteapp.ui.i18n import extra_messages, ts_sources

    translator = _Marking()
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        window, _ = make_window()
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        texts = [m.title() for m in menus]
        for menu in menus:
            menu.aboutToShow.emit()
            texts += _menu_texts(menu)
    finally:
        app.removeTranslator(translator)
    untranslated = [t for t in texts if not (t.startswith("«") and t.endswith("»"))]
    assert untranslated == []
    assert QCoreApplication.translate("menus", "&File") == "&File"  # translator gone
    # ...and the catalogue for translators has every one of them.
    catalogue = ts_sources(ROOT / "translations" / "noteapp.ts")
    known = set().union(*catalogue.values())
    # "Speaker &{0}" in the catalogue stands for "Speaker &1" ... in the menu.
    patterns = [re.compile(re.sub(r"\\\{\d+\\\}", ".+", re.escape(k))) for k in known if "{" in k]
    missing = sorted(
        t[1:-1]
        for t in set(texts)
        if t[1:-1] not in known and not any(p.fullmatch(t[1:-1]) for p in patterns)
    )
    assert missing == [], "run `make translations`"
    for context, sources in extra_messages().items():
        assert set(sources) <= catalogue.get(context, set()), context


def test_every_dock_title_is_a_panel_message(make_window, qtbot):
    """The panel titles for translators come from the PanelSpecs, not from a window:
    every dock a window shows has its title among them."""
    from PySide6.QtWidgets import QDockWidget

    from noteapp.ui.i18n import extra_messages

    window, _ = make_window()
    docks = {d.windowTitle() for d in window.findChildren(QDockWidget)}
    panels = extra_messages()["panels"]
    assert len(docks) >= 5 and docks <= set(panels)
    assert len(panels) == len(set(panels))


def test_the_find_bar_panel_headers_and_placeholders_are_translated(make_window, qtbot):
    """Beyond the menus: the find bar's boxes and buttons, the panels' column headers and
    their add fields go through the translator too."""
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    from noteapp.ui.panels.actions import ActionPanel
    from noteapp.ui.panels.attendees import AttendeesPanel

    translator = _Marking()
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        window, _ = make_window()
        window.commands["find"].trigger()
        buttons = [
            window.findChild(QAbstractButton, name).text()
            for name in ("matchCase", "wholeWord", "regex", "findPrevious", "findNext")
        ]
        horizontal = Qt.Orientation.Horizontal
        headers = [
            panel.model.headerData(0, horizontal)
            for panel in (window.findChild(AttendeesPanel), window.findChild(ActionPanel))
        ]
        fields = [
            f.placeholderText()
            for f in window.findChildren(QLineEdit)
            if f.placeholderText() and f.isVisible()
        ]
    finally:
        app.removeTranslator(translator)
    shown = buttons + headers + fields
    assert len(shown) >= 8
    assert [t for t in shown if not (t.startswith("«") and t.endswith("»"))] == []


def test_the_screenshot_tool_takes_a_size_and_a_theme(qapp, tmp_path: Path):
    from noteapp.ui import screenshot

    out = tmp_path / "small-dark.png"
    assert screenshot.main([str(out), "--size", "800x600", "--theme", "dark"]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)


def test_the_preview_breaks_lines_between_words_only(sample_window, qtbot):
    from PySide6.QtGui import QTextOption

    from noteapp.ui.panels.preview import PreviewPane

    window = sample_window
    window.resize(800, 600)
    window.commands["focus_preview"].trigger()
    pane = window.findChild(PreviewPane, "previewPane")
    assert pane is not None
    assert pane.wordWrapMode() == QTextOption.WrapMode.WordWrap
    pane.setHtml("<p>" + " ".join(["understanding"] * 40) + "</p>")
    pane.resize(150, 300)
    layout = pane.document().firstBlock().layout()
    text = pane.document().firstBlock().text()
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        start, end = line.textStart(), line.textStart() + line.textLength()
        assert text[start:end].strip(" ") in (
            "",
            *[" ".join(["understanding"] * n) for n in range(1, 41)],
        )
