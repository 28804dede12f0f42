"""Publish ▸ Follow HackMD Live: the window and HackMD edit one note at once.

The Done-when test: a script plays colleagues on HackMD's web page (signing in, adding
their updates) while the note-taker types minutes into the window with real key events,
for the rounds of a five-minute call (polling every 10 s: 30 steps) compressed into
seconds.  Nothing typed on either side is lost, and both end with the same text.
"""

from __future__ import annotations

import random
import re
import shutil
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from noteapp.core.convert.export import split_note
from noteapp.core.convert.hackmd_meta import split_hackmd
from noteapp.ui.live_hackmd import LiveHackMD
from noteapp.ui.publishing import Publishing
from tests.conftest import CORPUS, require_corpus
from tests.publish.hackmd_server import FakeHackMD
from tests.publish.realtime_hackmd import RealtimeHackMD, realtime_hackmd

ZARR = "zarr/2024-01-24.md"


@pytest.fixture
def hackmd(monkeypatch: pytest.MonkeyPatch):
    server = realtime_hackmd()
    monkeypatch.setenv("NOTEAPP_HACKMD_API_URL", server.url)
    monkeypatch.setenv("NOTEAPP_HACKMD_TOKEN", server.token)
    yield server
    server.stop()


def linked_window(make_window, qtbot, tmp_path: Path, hackmd: FakeHackMD):
    """The Zarr note open in the window, pushed to the stand-in once."""
    folder = tmp_path / "ws" / "zarr"
    folder.mkdir(parents=True)
    note = folder / "2024-01-24.md"
    shutil.copyfile(require_corpus() / ZARR, note)
    window, dialogs = make_window()
    window.workspace = tmp_path / "ws"
    assert window.open_path(note)
    publishing = window.findChild(Publishing, "publishing")
    window.commands["publish_hackmd"].trigger()
    qtbot.waitUntil(lambda: not publishing.busy, timeout=20_000)
    [note_id] = list(hackmd.notes)
    live = window.findChild(LiveHackMD, "liveHackMD")
    return window, dialogs, live, note_id


def body_of(content: str) -> str:
    return split_hackmd(content, strip_toc=False).body


ATTENDING = re.compile(r"^(\*\*Attending:\*\*.*?)[ \t]*$", re.M)
SIGN_INS = ["Grace Hopper (GH)", "Alan Turing (AT)", "Barbara Liskov (BL)", "Ken Iverson (KI)"]


def test_two_writers_for_five_minutes_lose_nothing_and_end_equal(
    make_window, qtbot, tmp_path: Path, hackmd: RealtimeHackMD
):
    window, dialogs, live, note_id = linked_window(make_window, qtbot, tmp_path, hackmd)
    live.interval = 0.1  # 10 s in the call, compressed a hundred times
    hackmd.reset_in = 3.0  # and HackMD's 5-minute window of 100 calls with it
    hackmd.window_ends = time.time() + hackmd.reset_in
    window.commands["follow_hackmd"].trigger()
    assert window.commands["follow_hackmd"].isChecked() and live.session is not None
    asked: list = []
    live.ask_conflicts = lambda conflicts, who: asked.append(conflicts)  # must not happen

    # The colleagues on HackMD: 30 rounds (one per poll of a five-minute call): sign-ins
    # on the Attending line and their updates under **Updates:**, a few seconds apart.
    theirs: list[str] = []
    stop = threading.Event()
    rng = random.Random(18)

    def colleagues() -> None:
        for round_ in range(30):
            if stop.wait(rng.uniform(0.05, 0.25)):
                return
            if round_ < len(SIGN_INS):
                name = SIGN_INS[round_]
                hackmd.web_edit(note_id, lambda t, n=name: ATTENDING.sub(rf"\1, {n}", t, count=1))
                theirs.append(name)
            else:
                line = f"- GH: update {round_} from HackMD"
                hackmd.web_edit(note_id, lambda t, x=line: t.replace(
                    "**Updates:**\n", f"**Updates:**\n\n{x}\n", 1))  # fmt: skip
                theirs.append(line)

    script = threading.Thread(target=colleagues, daemon=True)
    script.start()

    # The note-taker types the minutes at the end of the note with real key events.
    mine: list[str] = []
    editor = window.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    for n in range(40):
        line = f"- SV: point {n} of the call, typed live"
        continued = editor.textCursor().block().text() == "- "  # Return began the item
        qtbot.keyClicks(editor, line[2:] if continued else line)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        mine.append(line)
        qtbot.wait(rng.randint(20, 80))
    script.join(timeout=30)
    stop.set()
    assert not script.is_alive()

    # Let the bridge settle: two quiet steps in a row with nothing new on either side.
    def settled() -> bool:
        local = split_note(window.document.text()).body
        remote = body_of(hackmd.notes[note_id].content)
        return local == remote and live.job is None

    qtbot.waitUntil(settled, timeout=20_000)
    local = split_note(window.document.text()).body
    remote = body_of(hackmd.notes[note_id].content)
    assert asked == [] and dialogs.errors == []
    assert local == remote  # the final texts are equal
    for line in mine:  # nothing typed in the window was lost, on either side
        assert f"\n{line}\n" in local and f"\n{line}\n" in remote
    for text in theirs:  # nothing typed on HackMD was lost
        assert text in local and text in remote
    assert live.steps >= 10  # it really merged as they typed, not once at the end
    # The front matter stayed the site's, byte for byte.
    original = (CORPUS / ZARR).read_text(encoding="utf-8")
    assert window.document.text().startswith(split_note(original).head)
    window.commands["follow_hackmd"].trigger()
    assert live.session is None


def test_a_merge_is_one_undo_step_and_the_caret_stays(
    make_window, qtbot, tmp_path: Path, hackmd: RealtimeHackMD
):
    window, _, live, note_id = linked_window(make_window, qtbot, tmp_path, hackmd)
    live.interval = 60  # one step at a time, by hand
    live.ask_conflicts = lambda conflicts, who: pytest.fail(f"asked about {conflicts}")
    editor = window.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "- SV: half a sent")
    caret_line = editor.textCursor().block().text()
    hackmd.web_edit(note_id, lambda t: t.replace("**Updates:**\n", "**Updates:**\n\n- GH: hi\n"))
    before = window.document.text()
    window.commands["follow_hackmd"].trigger()
    qtbot.waitUntil(lambda: "- GH: hi" in window.document.text(), timeout=10_000)
    cursor = editor.textCursor()
    assert cursor.block().text() == caret_line and cursor.atBlockEnd()
    qtbot.keyClicks(editor, "ence")
    assert editor.textCursor().block().text() == "- SV: half a sentence"
    editor.undo()  # the typing
    editor.undo()  # the merge, in one step
    assert window.document.text() == before


def test_a_real_conflict_is_asked_side_by_side_and_never_settled_alone(
    make_window, qtbot, tmp_path: Path, hackmd: RealtimeHackMD
):
    window, _, live, note_id = linked_window(make_window, qtbot, tmp_path, hackmd)
    live.interval = 60
    window.commands["follow_hackmd"].trigger()  # the first step: both sides in step
    qtbot.waitUntil(lambda: live.steps == 1 and live.job is None, timeout=10_000)
    text = window.document.text()
    line = next(x for x in text.splitlines() if x.startswith("**Attending:**"))
    hackmd.web_edit(note_id, lambda t: t.replace(line, "**Attending:** (HackMD's list)"))
    cursor = window.editor.document().find(line)
    cursor.insertText("**Attending:** (the window's list)")
    asked = []

    def choose(conflicts, who):
        asked.append((conflicts, who))
        return ["theirs"]

    live.ask_conflicts = choose
    live.poll()
    qtbot.waitUntil(lambda: bool(asked) and live.job is None, timeout=10_000)
    [(conflicts, who)] = asked
    assert conflicts[0].mine.startswith("**Attending:** (the window's list)")
    assert conflicts[0].theirs.startswith("**Attending:** (HackMD's list)")
    assert who == "Grace Hopper"
    assert "**Attending:** (HackMD's list)" in window.document.text()
    # The choice goes back to HackMD on the next step, and both agree.
    live.poll()
    qtbot.waitUntil(lambda: live.job is None, timeout=10_000)
    assert body_of(hackmd.notes[note_id].content) == split_note(window.document.text()).body


def test_a_note_not_on_hackmd_yet_cannot_be_followed(make_window, qtbot, tmp_path, hackmd):
    note = tmp_path / "ws" / "n.md"
    note.parent.mkdir(parents=True)
    note.write_text("# Call\n", encoding="utf-8")
    window, dialogs = make_window()
    window.workspace = tmp_path / "ws"
    window.open_path(note)
    window.commands["follow_hackmd"].trigger()
    live = window.findChild(LiveHackMD, "liveHackMD")
    assert live.session is None and not window.commands["follow_hackmd"].isChecked()
    assert "push it once" in dialogs.errors[0]


def test_network_errors_back_off_and_recover(make_window, qtbot, tmp_path, hackmd):
    window, _, live, note_id = linked_window(make_window, qtbot, tmp_path, hackmd)
    live.interval = 0.05
    original = hackmd._route
    down = {"n": 3}

    def flaky(method, path, headers, body):
        if down["n"] > 0:
            down["n"] -= 1
            return 503, {"error": "down for a moment"}, {}
        return original(method, path, headers, body)

    hackmd._route = flaky
    hackmd.web_edit(note_id, lambda t: t + "\nafter the outage\n")
    window.commands["follow_hackmd"].trigger()
    qtbot.waitUntil(lambda: "after the outage" in window.document.text(), timeout=15_000)
    assert live.failures == 0 and live.session is not None


def test_the_synced_version_is_kept_for_the_owner_only(make_window, qtbot, tmp_path, hackmd):
    import os
    import stat

    window, _, live, _note_id = linked_window(make_window, qtbot, tmp_path, hackmd)
    live.interval = 60
    window.commands["follow_hackmd"].trigger()
    qtbot.waitUntil(lambda: live.steps == 1 and live.job is None, timeout=10_000)
    window.commands["follow_hackmd"].trigger()  # stop: the base is written
    [kept] = list((tmp_path / "ws" / ".noteapp" / "hackmd-live").iterdir())
    assert kept.read_text(encoding="utf-8") == split_note(window.document.text()).body
    if os.name == "posix":
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600
        assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700


def test_the_two_writers_bench_in_short_loses_nothing(qapp, tmp_path: Path):
    """bench/two_writers.py as it runs for five minutes, here for a few seconds with the
    poll interval lowered: characters typed on both sides, none lost, the texts equal."""
    from bench.two_writers import run

    result = run(seconds=6, interval=0.5, note=CORPUS / ZARR)
    assert result.errors == [] and result.conflicts == 0
    assert result.typed_window > 0 and result.typed_hackmd > 0
    assert result.lost == 0 and result.equal
    assert result.steps >= 3
