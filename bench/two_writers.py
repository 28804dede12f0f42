"""Two writers on one note for five minutes: the window and a HackMD stand-in.

Run: .venv/bin/python -m bench.two_writers [--seconds 300] [--interval 10] [--note FILE]

The real window (offscreen unless a display is set) opens a Zarr note, pushes it to a
local HackMD stand-in (tests/publish/realtime_hackmd.py: HackMD's realtime editor in
front of its API, with its rate limit of 100 calls in 5 minutes) and follows it live
(Publish ▸ Follow HackMD Live, polling every ``--interval`` seconds).  Meanwhile a
script plays the colleagues on HackMD's web page (sign-ins on the Attending line, their
updates under **Updates:**, every few seconds), and the note-taker types minutes at the
end of the note as real key events, at a typing pace, in real time.  At the end the
bridge is let settle, and it prints the characters typed on each side, how many of them
are missing from either final text ("lost": must be 0), and whether the window's text
and HackMD's are equal.  Exit status 1 when something was lost or they differ.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.keys import send_key

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("NOTEAPP_CORPUS", PROJECT.parent / "shared" / "corpus"))
NOTE = CORPUS / "zarr" / "2024-01-24.md"
ATTENDING = re.compile(r"^(\*\*Attending:\*\*.*?)[ \t]*$", re.M)
NAMES = ["Grace Hopper (GH)", "Alan Turing (AT)", "Barbara Liskov (BL)", "Ken Iverson (KI)",
         "Edsger Dijkstra (ED)", "Frances Allen (FA)"]  # fmt: skip
WORDS = "chunk shard codec array store spec group zarr python release test review".split()  # noqa: SIM905


@dataclass
class Result:
    typed_window: int = 0  # characters, newlines included
    typed_hackmd: int = 0
    lost_window: int = 0  # characters typed in the window missing from either final text
    lost_hackmd: int = 0
    equal: bool = False
    steps: int = 0  # merges the bridge applied
    conflicts: int = 0  # times it asked (a conflict it could not merge)
    errors: list[str] = field(default_factory=list)
    settled_in: float = 0.0

    @property
    def lost(self) -> int:
        return self.lost_window + self.lost_hackmd


def _letters(n: int) -> str:
    """``n`` in letters (the benchmark keyboard has no digits): 0 a, 25 z, 26 ba…"""
    out = ""
    while True:
        n, rest = divmod(n, 26)
        out = chr(ord("a") + rest) + out
        if n == 0:
            return out


def _wait(app: QApplication, done, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if done():
            return True
        time.sleep(0.01)
    return done()


def run(seconds: float, interval: float, note: Path = NOTE, seed: int = 18) -> Result:
    from noteapp.core.convert.export import split_note
    from noteapp.core.convert.hackmd_meta import split_hackmd
    from noteapp.storage.settings import Settings
    from noteapp.ui.live_hackmd import LiveHackMD
    from noteapp.ui.main_window import MainWindow
    from noteapp.ui.publishing import Publishing
    from tests.publish.realtime_hackmd import realtime_hackmd

    app = QApplication.instance() or QApplication(["noteapp"])
    assert isinstance(app, QApplication)
    result = Result()
    rng = random.Random(seed)
    hackmd = realtime_hackmd()
    saved_env = {k: os.environ.get(k) for k in ("NOTEAPP_HACKMD_API_URL", "NOTEAPP_HACKMD_TOKEN",
                                                "NOTEAPP_CACHE_DIR")}  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="noteapp-two-writers-") as tmp:
        os.environ["NOTEAPP_HACKMD_API_URL"] = hackmd.url
        os.environ["NOTEAPP_HACKMD_TOKEN"] = hackmd.token
        os.environ["NOTEAPP_CACHE_DIR"] = str(Path(tmp) / "cache")
        workspace = Path(tmp) / "ws"
        path = workspace / "zarr" / note.name
        path.parent.mkdir(parents=True)
        shutil.copyfile(note, path)
        window = MainWindow(Settings(Path(tmp) / "settings.json"))
        window.prompts.error = result.errors.append  # type: ignore[method-assign]
        window.workspace = workspace
        window.show()
        window.load_path(path)
        publishing = window.findChild(Publishing, "publishing")
        window.commands["publish_hackmd"].trigger()
        _wait(app, lambda: not publishing.busy, 30)
        [note_id] = list(hackmd.notes)
        live = window.findChild(LiveHackMD, "liveHackMD")
        live.interval = interval

        def asked(conflicts, who):  # never in a good run: recorded, and the bridge stops
            result.conflicts += 1
            return None

        live.ask_conflicts = asked  # type: ignore[method-assign]
        window.commands["follow_hackmd"].trigger()

        theirs: list[str] = []
        stop = threading.Event()
        gap = max(0.2, interval / 3)  # a few edits between two polls
        their_rng = random.Random(seed + 1)  # the script's own, for a repeatable run

        def colleagues() -> None:
            n = 0
            while not stop.wait(their_rng.uniform(0.5 * gap, 1.5 * gap)):
                if n < len(NAMES):
                    name = NAMES[n]
                    hackmd.web_edit(note_id, lambda t, x=name: ATTENDING.sub(rf"\1, {x}", t, 1))
                    theirs.append(name)
                    result.typed_hackmd += len(name) + 2  # ", " too
                else:
                    line = f"- GH: update {n} from HackMD"
                    hackmd.web_edit(note_id, lambda t, x=line: t.replace(
                        "**Updates:**\n", f"**Updates:**\n\n{x}\n", 1))  # fmt: skip
                    theirs.append(line)
                    result.typed_hackmd += len(line) + 2
                n += 1

        editor = window.editor
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        send_key(editor, "\n")
        script = threading.Thread(target=colleagues, daemon=True)
        script.start()
        mine: list[str] = []
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 8)))
            line = f"- SV: point {_letters(len(mine))} {words}"
            for char in line + "\n":
                send_key(editor, char)
                _wait(app, lambda: False, rng.uniform(0.05, 0.2))  # a typist's pace
            mine.append(line)
            result.typed_window += len(line) + 1
            _wait(app, lambda: False, rng.uniform(0.5, 3))  # listening
        stop.set()
        script.join(timeout=10)

        def bodies() -> tuple[str, str]:
            local = split_note(window.document.text()).body
            remote = split_hackmd(hackmd.notes[note_id].content, strip_toc=False).body
            return local, remote

        began = time.monotonic()
        _wait(app, lambda: live.job is None and len(set(bodies())) == 1, 6 * interval + 30)
        result.settled_in = time.monotonic() - began
        local, remote = bodies()
        result.equal = local == remote
        result.steps = live.steps
        for line in mine:
            if f"\n{line}\n" not in local or f"\n{line}\n" not in remote:
                result.lost_window += len(line) + 1
        for text in theirs:
            if text not in local or text not in remote:
                result.lost_hackmd += len(text) + 2
        window.commands["follow_hackmd"].trigger()
        editor.document().setModified(False)
        window.close()
        window.deleteLater()
        app.processEvents()
    hackmd.stop()
    for key, value in saved_env.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.two_writers")
    parser.add_argument("--seconds", type=float, default=300.0, help="how long both type")
    parser.add_argument("--interval", type=float, default=10.0, help="poll every N seconds")
    parser.add_argument("--note", type=Path, default=NOTE)
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if not args.note.is_file():
        print(f"two_writers: no note at {args.note} (set NOTEAPP_CORPUS or --note)")
        return 2
    result = run(args.seconds, args.interval, args.note, args.seed)
    print(f"two writers for {args.seconds:.0f} s, polling every {args.interval:g} s")
    print(f"  typed in the window:  {result.typed_window} characters")
    print(f"  typed on HackMD:      {result.typed_hackmd} characters")
    print(f"  lost:                 {result.lost} characters "
          f"(window {result.lost_window}, HackMD {result.lost_hackmd})")  # fmt: skip
    print(
        f"  final texts equal:    {'yes' if result.equal else 'NO'}"
        f" (settled {result.settled_in:.1f} s after the typing stopped)"
    )
    print(f"  merges applied:       {result.steps}; conflicts asked: {result.conflicts}")
    for error in result.errors:
        print(f"  error shown: {error}")
    return 0 if result.lost == 0 and result.equal and not result.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
