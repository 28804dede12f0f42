"""Memory over an hour of typing: RSS at the start and at the end of a simulated hour.

Run: .venv/bin/python -m bench.memory_hour [--pauses N] [--lines 5000,50000]

The real window (offscreen) holds a generated note; words are typed into its minutes as
real key events, a new speaker line every dozen words, and after every few words comes
a pause in which everything the window runs after a pause runs for real: the debounced
parse, the panels' refresh, the recovery snapshot.  Time is compressed: a pause does not
wait out its timers, it fires every pending single-shot timer that a pause of
``PAUSE_S`` would have let fire.  An hour at 40 words a minute with a pause every 2-3
words is ~1,000 pauses (the default).

RSS is read at the start (after the note is loaded and ``WARM_UP`` pauses have filled
the caches) and at the end; the goal is an end within a few MiB of the start.  Also
printed: how many parses (Outline objects) are alive at the end.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from bench.keys import send_key
from bench.notegen import PEOPLE, WORDS, generate_note

WORDS_PER_MINUTE = 40
PAUSE_S = 2.5  # a note-taker's pause: the parse (0.3 s), preview and snapshot (2 s) fire
WARM_UP = 10


def rss_mib() -> float:
    """The resident set size now (Linux /proc; elsewhere the peak, from getrusage)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def pause(app: QApplication, seconds: float) -> int:
    """Let a pause of ``seconds`` happen at once: fire each active single-shot timer due
    within it (again for timers their slots start), as the event loop would have.
    Returns the number of timers fired."""
    fired = 0
    for _ in range(4):  # a parse starts the panels' own short timers, and so on
        due = [
            timer
            for timer in app.findChildren(QTimer) + _window_timers(app)
            if timer.isActive() and timer.isSingleShot() and timer.interval() <= seconds * 1000
        ]
        if not due:
            break
        for timer in due:
            interval = timer.interval()
            timer.start(0)
            app.processEvents()
            if not timer.isActive():
                timer.setInterval(interval)
            fired += 1
        app.processEvents()
    return fired


def _window_timers(app: QApplication) -> list[QTimer]:
    return [t for w in app.topLevelWidgets() for t in w.findChildren(QTimer)]


def type_words(app: QApplication, editor: object, words: list[str]) -> None:
    for word in words:
        for char in word:
            send_key(editor, char)  # type: ignore[arg-type]
        app.processEvents()


def hour(lines: int, pauses: int, seed: int = 3) -> tuple[float, float, int, int, float]:
    """(RSS at start, RSS at end, parses alive at the end, words typed, seconds taken)."""
    from noteapp.core.text.outline import Outline
    from noteapp.storage.settings import Settings
    from noteapp.ui.main_window import MainWindow

    rng = random.Random(seed)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        note = root / "note.md"
        note.write_text(generate_note(lines), encoding="utf-8")
        window = MainWindow(Settings(root / "settings.json"))
        window.resize(1400, 900)
        window.load_path(note)
        window.show()
        pause(app, PAUSE_S)
        editor = window.editor
        cursor = editor.textCursor()
        block = editor.document().findBlockByNumber(editor.document().blockCount() // 2)
        cursor.setPosition(block.position() + block.length() - 1)
        editor.setTextCursor(cursor)
        editor.setFocus()
        words_typed = 0
        started = time.perf_counter()
        start_rss = 0.0
        for number in range(WARM_UP + pauses):
            if number == WARM_UP:
                gc.collect()
                start_rss = rss_mib()
                started = time.perf_counter()
            burst = [f" {rng.choice(WORDS)}" for _ in range(rng.choice((2, 2, 3, 3, 4)))]
            if number % 5 == 0:  # a new minute line, about every dozen words
                burst.insert(0, f"\n- {rng.choice(PEOPLE)[1]}:")
            type_words(app, editor, burst)
            words_typed += len(burst)
            pause(app, PAUSE_S)
        end_rss = rss_mib()
        alive = sum(isinstance(o, Outline) for o in gc.get_objects())
        elapsed = time.perf_counter() - started
        editor.document().setModified(False)
        window.close()
        window.deleteLater()
        app.processEvents()
    return start_rss, end_rss, alive, words_typed, elapsed


def _quiet(_kind: object, _context: object, message: str) -> None:
    if "This plugin does not support" not in message:  # offscreen Qt, on every popup
        print(message, file=sys.stderr)


def main() -> int:
    qInstallMessageHandler(_quiet)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pauses", type=int, default=1000, help="typing pauses (an hour)")
    parser.add_argument("--lines", default="5000,50000", help="note sizes, comma-separated")
    args = parser.parse_args()
    for name in ("CONFIG", "STATE"):  # keep the user's settings and recovery files out
        os.environ.setdefault(f"NOTEAPP_{name}_DIR", tempfile.mkdtemp(prefix="noteapp-bench-"))
    minutes = args.pauses * 2.8 / WORDS_PER_MINUTE
    print(f"{args.pauses} typing pauses (~{minutes:.0f} min of note-taking at "
          f"{WORDS_PER_MINUTE} words a minute), each with its parse and panel refresh")  # fmt: skip
    for lines in (int(n) for n in args.lines.split(",")):
        start, end, alive, words, elapsed = hour(lines, args.pauses)
        print(
            f"{lines:>6,}-line note: RSS {start:6.1f} MiB at the start, {end:6.1f} MiB at the "
            f"end ({end - start:+.1f} MiB, ratio {end / start:.3f}); {words} words typed; "
            f"{alive} parse(s) alive at the end; ran {elapsed:.0f} s"
        )
    print("goal: the end within a few MiB of the start (ratio close to 1.00)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
