"""The editor's own features on real notes: highlighting, current line, word wrap, font,
word count, and the find/replace bar."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextFormat

from bench.notegen import generate_note
from noteapp.core.text.source import SourceText
from noteapp.core.text.words import count_words
from noteapp.storage.settings import Settings
from noteapp.ui.document import PARSE_DELAY_MS
from noteapp.ui.editing import EditorView, FindController
from noteapp.ui.find_replace import FindBar, Search, next_match
from noteapp.ui.highlighter import NoteHighlighter
from noteapp.ui.main_window import MainWindow
from noteapp.ui.textbridge import from_utf16, to_utf16
from tests.ui.helpers import put_cursor, text_of


def view_of(window: MainWindow) -> EditorView:
    view = window.findChild(EditorView)
    assert view is not None
    return view


def open_highlighted(win: MainWindow, qtbot, path) -> None:
    """Open ``path``; the highlighter colours the note right after its first paint."""
    win.open_path(path)
    qtbot.waitUntil(lambda: view_of(win).coloured, timeout=5000)


def find_bar(window: MainWindow) -> FindBar:
    controller = window.findChild(FindController)
    assert controller is not None
    return controller.bar


def line(window: MainWindow, number: int) -> QTextBlock:
    return window.editor.document().findBlockByNumber(number - 1)


def format_at(block: QTextBlock, column: int) -> QTextCharFormat | None:
    """The highlighter's format at code-point ``column`` of ``block``."""
    position = to_utf16(block.text(), column)
    spans = block.layout().formats()
    for span in spans:
        if span.start <= position < span.start + span.length:
            return QTextCharFormat(span.format)  # a copy that outlives the list
    return None


def assert_format(window: MainWindow, number: int, text: str, name: str) -> None:
    """``text`` on line ``number`` is drawn, every character of it, in format ``name``."""
    block = line(window, number)
    column = block.text().index(text)
    expected = view_of(window).highlighter.formats[name]
    for offset in range(len(text)):
        assert format_at(block, column + offset) == expected, (number, text, offset, name)


# -- highlighting ----------------------------------------------------------------------


def test_a_zarr_note_is_highlighted_line_by_line(window, note_copy, qtbot):
    win, _ = window
    open_highlighted(win, qtbot, note_copy("zarr/2024-01-24.md"))
    assert line(win, 3).text() == "title: 24th January"
    assert_format(win, 1, "---", "front_delimiter")
    assert_format(win, 3, "title", "front_key")
    assert_format(win, 3, "24th January", "front_value")
    assert_format(win, 7, "---", "front_delimiter")
    assert_format(win, 9, "2024-01-24", "heading1")
    assert_format(win, 9, "# ", "heading_marker1")  # the marks recede, as large
    assert line(win, 31).text() == "**Meeting Minutes:**"
    assert_format(win, 31, "**Meeting Minutes:**", "heading")
    assert_format(win, 11, "Attending:", "bold")  # a label, not a heading
    assert_format(win, 11, "**", "marker")
    assert line(win, 49).text().startswith("    - JH: Reached out")
    assert_format(win, 49, "JH:", "speaker")
    assert format_at(line(win, 49), line(win, 49).text().index("Reached")) is None
    url = "<https://twitter.com/cloudnativegeo/status/1734624685105492216>"
    assert_format(win, 20, url, "link")


def test_task_boxes_code_fences_and_a_later_rule(window, note_copy, qtbot):
    win, _ = window
    open_highlighted(win, qtbot, note_copy("conda-forge/2022-11-16.md"))
    assert line(win, 45).text().startswith("* [X] intros")
    assert_format(win, 45, "[X]", "task_done")
    assert_format(win, 50, "[x]", "task_done")
    assert_format(win, 50, "(JRG)", "speaker")
    assert_format(win, 54, "[ ]", "task_open")
    assert line(win, 132).text() == "```"
    assert_format(win, 132, "```", "fence")
    assert_format(win, 134, "run_constrained:", "code")  # not a front-matter key
    assert_format(win, 136, "```", "fence")
    assert_format(win, 138, "[x]", "task_done")  # after the fence: Markdown again


def test_html_comments_and_a_broken_front_matter(window, note_copy, qtbot):
    win, _ = window
    open_highlighted(win, qtbot, note_copy("conda-community/20260812-conda-ecosystem.md"))
    comment = "<!-- New releases, upcoming changes, ongoing votes --->"
    assert_format(win, 21, comment, "comment")
    assert_format(win, 23, "[X]", "task_done")
    open_highlighted(win, qtbot, note_copy("conda-community/20250212_agenda_and_minutes.md"))
    assert_format(win, 1, "x---", "front_error")
    assert format_at(line(win, 2), 0) is None  # not read as front matter
    assert_format(win, 3, "---", "marker")


def test_spans_after_an_emoji_are_not_shifted(window, note_copy, qtbot):
    win, _ = window
    open_highlighted(win, qtbot, note_copy("czi-conda-forge/2023-01-06.md"))
    assert line(win, 7).text() == "## 👥 Attendees"
    assert_format(win, 7, "👥 Attendees", "heading2")  # to its last character
    open_highlighted(win, qtbot, note_copy("zarr/2022-08-10.md"))
    block = line(win, 41)
    link = "[here](https://alt-shivam.github.io/Codecs-Registry/)"
    assert block.text().endswith("🎉 Check progress " + link)
    assert_format(win, 41, link, "link")
    assert format_at(block, block.text().index(link) - 1) is None  # the space before it


def test_typing_rehighlights_only_the_lines_whose_state_changes(make_window, monkeypatch, qtbot):
    seen: list[str] = []
    original = NoteHighlighter.highlightBlock

    def spy(self: NoteHighlighter, text: str) -> None:
        seen.append(text)
        original(self, text)

    monkeypatch.setattr(NoteHighlighter, "highlightBlock", spy)  # before the window exists
    win, _ = make_window()
    text = generate_note(5000)
    win.load_source(SourceText(text))
    assert len(seen) < 100  # the text shows first; colouring waits for the first paint
    qtbot.waitUntil(lambda: len(seen) >= 5000, timeout=10_000)  # then every line, once
    middle = text.index("\n- ", len(text) // 2) + 1
    seen.clear()
    put_cursor(win, middle)
    qtbot.keyClicks(win.editor, "ok ")
    assert len(seen) == 3  # one line per keystroke, nothing else
    seen.clear()
    qtbot.keyClick(win.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(win.editor, "```")  # opening a fence turns what follows into code
    block = win.editor.textCursor().block().next()
    assert len(seen) > 3
    assert format_at(block, 0) == view_of(win).highlighter.formats["code"]
    for _ in range(3):
        qtbot.keyClick(win.editor, Qt.Key.Key_Backspace)
    assert format_at(block, 0) != view_of(win).highlighter.formats["code"]


# -- current line, wrap, font, word count ------------------------------------------------


def test_the_current_line_is_marked_across_the_full_width(window, note_copy, qtbot):
    win, _ = window
    open_highlighted(win, qtbot, note_copy("zarr/2024-01-24.md"))  # the band comes with colours
    put_cursor(win, text_of(win).index("**Updates:**"))
    bands = [
        s
        for s in win.editor.extraSelections()
        if s.format.property(QTextFormat.Property.FullWidthSelection)
    ]
    assert len(bands) == 1
    assert bands[0].cursor.block().text() == "**Updates:**"


def test_word_wrap_toggle_is_saved_and_restored(make_window, qtbot, settings: Settings):
    win, _ = make_window()
    action = win.commands["word_wrap"]
    assert action.isCheckable() and action.isChecked()
    assert win.editor.lineWrapMode() == win.editor.LineWrapMode.WidgetWidth
    action.trigger()
    assert win.editor.lineWrapMode() == win.editor.LineWrapMode.NoWrap
    qtbot.waitUntil(lambda: settings.path.is_file())
    assert json.loads(settings.path.read_text())["word_wrap"] is False
    again = MainWindow(Settings.load(settings.path))
    qtbot.addWidget(again)
    assert again.editor.lineWrapMode() == again.editor.LineWrapMode.NoWrap
    assert not again.commands["word_wrap"].isChecked()


def test_the_font_dialog_choice_is_used_and_saved(make_window, monkeypatch, settings, qtbot):
    win, _ = make_window()
    view = view_of(win)
    chosen = QFont(win.editor.font())
    chosen.setPointSize(23)
    asked: list[QFont] = []
    monkeypatch.setattr(view, "choose_font", lambda current: asked.append(current) or chosen)
    win.commands["font"].trigger()
    assert len(asked) == 1
    assert win.editor.font().pointSize() == 23
    assert win.editor.tabStopDistance() == 4 * win.editor.fontMetrics().horizontalAdvance(" ")
    qtbot.waitUntil(lambda: settings.path.is_file())
    again = MainWindow(Settings.load(settings.path))
    qtbot.addWidget(again)
    assert again.editor.font().pointSize() == 23


def test_a_cancelled_font_dialog_changes_nothing(window, monkeypatch):
    win, _ = window
    view = view_of(win)
    before = win.editor.font().toString()
    monkeypatch.setattr(view, "choose_font", lambda current: None)
    win.commands["font"].trigger()
    assert win.editor.font().toString() == before
    assert win.settings.font is None


def test_words_are_runs_holding_a_letter_or_digit():
    assert count_words("- JH: Reached out to John") == 5
    assert count_words("| Name | GH |\n|---|---|\n* [ ] x") == 3
    assert count_words("**Attending:** Gābor Kovācs (GB), 2024-01-24") == 5


def test_the_word_count_waits_for_a_pause_in_typing(window, note_copy, qtbot):
    win, _ = window
    open_highlighted(win, qtbot, note_copy("zarr/2024-01-24.md"))  # counted after the paint
    text = text_of(win)
    body = text[text.index("# 2024-01-24") :]
    label = view_of(win).word_count
    assert label.text() == f"{count_words(body):,} words"
    put_cursor(win, len(text))
    qtbot.keyClicks(win.editor, " one two three")
    assert not win.document.has_snapshot  # no word count per keystroke...
    assert label.text() == f"{count_words(body):,} words"
    qtbot.waitUntil(lambda: label.text() == f"{count_words(body) + 3:,} words")  # ...but after


def test_a_note_is_parsed_once_on_opening(window, note_copy, qtbot, monkeypatch):
    """Colouring the note after its paint changes formats, not text: no second parse."""
    from noteapp.ui import background_parse, document

    win, _ = window
    parsed: list[str] = []
    real = document.parse_meeting

    def counting(text: str, *args: object, **kwargs: object):
        parsed.append(text)
        return real(text, *args, **kwargs)

    # The window's two places that parse: on the GUI thread, and a long note's worker.
    monkeypatch.setattr(document, "parse_meeting", counting)
    monkeypatch.setattr(background_parse, "parse_meeting", counting)
    snapshots: list[object] = []
    win.document.snapshotChanged.connect(snapshots.append)
    open_highlighted(win, qtbot, note_copy("conda-forge/2022-11-16.md"))
    label = view_of(win).word_count
    qtbot.waitUntil(lambda: label.text().endswith("words"))
    qtbot.wait(PARSE_DELAY_MS * 2)  # a pending re-parse would have run by now
    assert win.document.has_snapshot
    assert len(parsed) == 1 and len(snapshots) == 1


# -- find and replace --------------------------------------------------------------------


def test_find_after_an_emoji_selects_exactly_the_match(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("czi-conda-forge/2023-01-06.md"))
    qtbot.keyClick(win.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = find_bar(win)
    assert bar.isVisible() and not bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "Attendees")
    cursor = win.editor.textCursor()
    assert cursor.selectedText() == "Attendees"
    assert cursor.block().text() == "## 👥 Attendees"
    bar.find_field.setText("action items")
    assert bar.find()
    assert win.editor.textCursor().selectedText() == "Action items"  # after "🚀 "
    assert bar.status.text() == "1 of 1"


def test_ctrl_f_takes_the_selection_and_escape_closes(window, note_copy, qtbot):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    text = text_of(win)
    cursor = win.editor.textCursor()
    start = text.index("numcodecs")
    cursor.setPosition(to_utf16(text, start))
    cursor.setPosition(to_utf16(text, start + len("numcodecs")), cursor.MoveMode.KeepAnchor)
    win.editor.setTextCursor(cursor)
    win.commands["find"].trigger()
    bar = find_bar(win)
    assert bar.find_field.text() == "numcodecs"
    matches = len(re.findall("numcodecs", text, re.I))
    assert bar.status.text() == f"{matches} matches"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert bar.isHidden()
    assert [s for s in win.editor.extraSelections() if s.cursor.hasSelection()] == []


def test_f3_and_shift_f3_step_through_matches_and_wrap(window, note_copy):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    text = text_of(win)
    starts = [m.start() for m in re.finditer(r"(?<!\w)JMS(?!\w)", text)]
    assert len(starts) >= 3
    win.commands["find"].trigger()
    bar = find_bar(win)
    bar.whole_word.setChecked(True)
    bar.match_case.setChecked(True)
    bar.find_field.setText("JMS")
    put_cursor(win, 0)

    def caret() -> int:
        return from_utf16(text_of(win), win.editor.textCursor().selectionStart())

    win.commands["find_next"].trigger()
    assert caret() == starts[0]
    win.commands["find_next"].trigger()
    assert caret() == starts[1]
    win.commands["find_previous"].trigger()
    assert caret() == starts[0]
    win.commands["find_previous"].trigger()
    assert caret() == starts[-1]
    assert "wrapped" in bar.status.text()


def test_replace_all_is_one_undo_step(window, note_copy):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    original = text_of(win)
    win.commands["replace"].trigger()
    bar = find_bar(win)
    assert bar.replace_field.isVisible()
    bar.match_case.setChecked(True)
    bar.whole_word.setChecked(True)
    bar.find_field.setText("JH")
    bar.replace_field.setText("Joe")
    expected, count = re.subn(r"(?<!\w)JH(?!\w)", "Joe", original)
    assert bar.replace_all() == count > 10
    assert text_of(win) == expected
    win.editor.undo()
    assert text_of(win) == original
    assert not win.editor.document().isUndoAvailable()


def test_regex_replace_with_groups_after_emoji_and_nbsp(window, note_copy):
    win, _ = window
    win.open_path(note_copy("czi-conda-forge/2022-12-20.md"))
    original = text_of(win)
    assert "\xa0" in original and "👥" in original
    win.commands["replace"].trigger()
    bar = find_bar(win)
    bar.regex.setChecked(True)
    bar.find_field.setText(r"\|(\s*)(Y)(\s*)\|")
    bar.replace_field.setText(r"|\1yes\3|")
    count = bar.replace_all()
    expected, n = re.subn(r"\|(\s*)(Y)(\s*)\|", r"|\1yes\3|", original, flags=re.I | re.M)
    assert count == n > 0
    assert text_of(win) == expected  # NBSPs kept, every span where Python's re put it


def test_replace_one_replaces_the_selected_match_then_moves_on(window, note_copy):
    win, _ = window
    win.open_path(note_copy("czi-conda-forge/2023-01-06.md"))
    original = text_of(win)
    win.commands["replace"].trigger()
    bar = find_bar(win)
    bar.find_field.setText("Attendees")
    bar.replace_field.setText("People")
    put_cursor(win, 0)
    assert bar.find()
    bar.replace_one()
    assert text_of(win) == original.replace("## 👥 Attendees", "## 👥 People", 1)
    win.editor.undo()
    assert text_of(win) == original


def test_a_bad_regular_expression_is_reported_not_raised(window, note_copy):
    win, _ = window
    win.open_path(note_copy("zarr/2024-01-24.md"))
    win.commands["replace"].trigger()
    bar = find_bar(win)
    bar.regex.setChecked(True)
    bar.find_field.setText("(unclosed")
    assert not bar.find()
    assert bar.status.text().startswith("Bad expression")
    assert bar.replace_all() == 0
    assert not win.is_modified()


@pytest.mark.parametrize(
    ("search", "text", "expected"),
    [
        (Search("jh"), "JH: x, jh", ["JH", "jh"]),
        (Search("jh", match_case=True), "JH: x, jh", ["jh"]),
        (Search("JH", whole_word=True), "JHx JH", ["JH"]),
        (Search("(?=x)", regex=True), "xx", []),  # empty matches find nothing
        (Search("a.c", regex=False), "abc a.c", ["a.c"]),
    ],
)
def test_search_options(search: Search, text: str, expected: list[str]):
    from noteapp.ui.find_replace import find_spans

    assert [m.group() for m in find_spans(text, search.pattern())] == expected


def test_next_match_wraps_both_ways():
    matches = list(re.finditer("a", "a-a-a"))
    assert next_match(matches, 4, 5)[0].start() == 0 and next_match(matches, 4, 5)[1]
    assert next_match(matches, 0, 1)[0].start() == 2
    assert next_match(matches, 0, 1, backward=True)[0].start() == 4
    assert next_match([], 0, 0) == (None, False)


def test_the_find_bar_opens_under_the_editor(window, qtbot):
    win, _ = window
    win.commands["find"].trigger()
    bar = find_bar(win)
    qtbot.waitUntil(bar.isVisible)
    assert win.centralWidget().isAncestorOf(win.editor)
    assert win.centralWidget().isAncestorOf(bar)
    assert bar.geometry().top() >= win.editor.geometry().bottom()


def test_a_long_note_is_parsed_in_a_worker_and_typing_never_waits(window, tmp_path, qtbot):
    """Above BACKGROUND_CHARACTERS the parse after a pause runs in a thread: the editor's
    own thread goes on, and the snapshot and word count follow when it is done."""
    import threading

    from noteapp.ui import background_parse, document
    from noteapp.ui.document import BACKGROUND_CHARACTERS

    win, _ = window
    note = tmp_path / "long.md"
    note.write_text(generate_note(800), encoding="utf-8")
    assert len(note.read_text(encoding="utf-8")) > BACKGROUND_CHARACTERS
    open_highlighted(win, qtbot, note)
    qtbot.waitUntil(lambda: win.document.has_snapshot, timeout=20_000)
    threads: list[str] = []
    real = document.parse_meeting

    def spy(text, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(text, *args, **kwargs)

    # The window's two places that parse: on the GUI thread, and a long note's worker.
    document.parse_meeting = background_parse.parse_meeting = spy
    try:
        text = text_of(win)
        put_cursor(win, len(text))
        qtbot.keyClicks(win.editor, " closing words here")
        with qtbot.waitSignal(win.document.snapshotChanged, timeout=20_000):
            pass
    finally:
        document.parse_meeting = background_parse.parse_meeting = real
    assert threads == ["noteapp-parse"]
    assert win.document.meeting.text == text_of(win)
    body = text_of(win)[win.document.meeting.front_matter.end :]
    assert view_of(win).word_count.text() == f"{count_words(body):,} words"


def held_parse(real, started, release=None, *, once=False):
    """``real`` (the parser) made slow: a parse sets ``started`` and takes until it is
    stopped or ``release`` is set (with ``once``: only the first parse)."""
    held: list[str] = []

    def slow(text, *args, stop=None, **kwargs):
        if not (once and held):
            held.append(text)
            started.set()
            while not stop.is_set() and not (release is not None and release.is_set()):
                stop.wait(0.01)
        return real(text, *args, stop=stop, **kwargs)

    return slow


def test_any_key_stops_the_workers_parse_and_the_pause_parses_again(window, tmp_path, qtbot):
    """A key press tells the worker to stop before Qt handles the key (the keystroke's
    own calls into Python would each wait behind it for the GIL); a key that edits
    nothing (an arrow) still gets the snapshot, from the pause after it."""
    import threading

    import noteapp.ui.background_parse as meeting_module

    win, _ = window
    note = tmp_path / "long.md"
    note.write_text(generate_note(800), encoding="utf-8")
    open_highlighted(win, qtbot, note)
    qtbot.waitUntil(lambda: win.document.has_snapshot, timeout=20_000)
    started = threading.Event()
    real = meeting_module.parse_meeting
    meeting_module.parse_meeting = held_parse(real, started, once=True)
    try:
        put_cursor(win, len(text_of(win)))
        qtbot.keyClicks(win.editor, " typed")
        win.document.parse_soon()
        assert started.wait(10)
        background = win.document._background
        qtbot.keyClick(win.editor, Qt.Key.Key_Left)  # moves the caret, edits nothing
        qtbot.waitUntil(lambda: background.stopped == 1, timeout=10_000)
        assert not win.document.has_snapshot
        qtbot.waitUntil(lambda: win.document.has_snapshot, timeout=20_000)
    finally:
        meeting_module.parse_meeting = real
    assert win.document.meeting.text == text_of(win)
    assert text_of(win).endswith(" typed")


def test_typing_on_stops_the_workers_parse_of_the_text_before(window, tmp_path, qtbot):
    """A keystroke while the worker parses makes its snapshot stale: the parse stops
    (it would hold the GIL the editor's thread needs), and the next pause's parse
    brings the snapshot of the text as typed."""
    import threading

    import noteapp.ui.background_parse as meeting_module  # where the worker finds it

    win, _ = window
    note = tmp_path / "long.md"
    note.write_text(generate_note(800), encoding="utf-8")
    open_highlighted(win, qtbot, note)
    qtbot.waitUntil(lambda: win.document.has_snapshot, timeout=20_000)
    started, release = threading.Event(), threading.Event()
    real = meeting_module.parse_meeting
    meeting_module.parse_meeting = held_parse(real, started, release)
    try:
        put_cursor(win, len(text_of(win)))
        qtbot.keyClicks(win.editor, " first")
        win.document.parse_soon()  # the pause's parse, in the worker
        assert started.wait(10)
        background = win.document._background
        qtbot.keyClicks(win.editor, " second")  # typing on: that parse is stale
        qtbot.waitUntil(lambda: background.stopped == 1, timeout=10_000)
        assert not win.document.has_snapshot
        release.set()
        with qtbot.waitSignal(win.document.snapshotChanged, timeout=20_000):
            win.document.parse_soon()
    finally:
        meeting_module.parse_meeting = real
    assert win.document.meeting.text == text_of(win)
    assert text_of(win).endswith(" first second")
