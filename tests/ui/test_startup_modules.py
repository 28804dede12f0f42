"""Which noteapp modules the editor has loaded when it first paints a note.

Start-up speed is a promise (bench/startup.py); a module that joins this list costs
every start.  The list is checked in (tests/startup_modules.txt): a change to it is a
decision, seen in review.  Regenerate it with ``NOTEAPP_WRITE_STARTUP_LIST=1``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES

LIST = Path(__file__).resolve().parents[1] / "startup_modules.txt"

PROBE = """
import sys
from noteapp import cli
from noteapp.ui import app

real = app._loaded

def loaded(qapp, *rest):
    print("\\n".join(sorted(m for m in sys.modules if m.split(".")[0] == "noteapp")))
    real(qapp, *rest)

app._loaded = loaded
sys.exit(cli.main([sys.argv[1], "--quit-after-load"]))
"""


def test_the_modules_loaded_at_the_first_paint_are_the_listed_ones():
    note = FIXTURES / "hackmd" / "weekly-call.md"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(note)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.split()
    if os.environ.get("NOTEAPP_WRITE_STARTUP_LIST"):
        LIST.write_text("\n".join(loaded) + "\n", encoding="utf-8")
    expected = LIST.read_text(encoding="utf-8").split()
    assert not (added := sorted(set(loaded) - set(expected))), f"new at start-up: {added}"
    assert not (gone := sorted(set(expected) - set(loaded))), f"no longer at start-up: {gone}"


def test_what_start_up_needs_without_qt_is_imported_before_qt():
    """noteapp.ui.before_qt imports, before PySide6, every module outside noteapp.ui that
    the first paint loads (PySide6 reads the source of each module imported after it)."""
    probe = (
        "import sys\n"
        "from noteapp.ui.before_qt import preload\n"
        "preload()\n"
        "print('qt' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')\n"
        "print('\\n'.join(m for m in sys.modules if m.split('.')[0] == 'noteapp'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    verdict, *loaded = done.stdout.splitlines()
    assert verdict == "no qt"
    wanted = {
        m
        for m in LIST.read_text(encoding="utf-8").split()
        if not m.startswith("noteapp.ui") and m != "noteapp.cli"
    }
    assert not (missing := sorted(wanted - set(loaded))), f"add to before_qt: {missing}"


def test_before_qt_imports_nothing_start_up_would_not():
    """Each module noteapp.ui.before_qt imports is one the first paint loads anyway (a
    module no longer needed at start-up is dropped from its list, not kept loading)."""
    probe = PROBE.replace(
        "from noteapp import cli\n",
        "from noteapp.ui import before_qt\nlisted = before_qt.MODULES\nbefore_qt.MODULES = ()\n"
        "from noteapp import cli\n",
    ).replace(
        'print("\\n".join(sorted(m for m in sys.modules if m.split(".")[0] == "noteapp")))',
        'print("\\n".join(m for m in listed if m not in sys.modules))',
    )
    assert "listed if" in probe
    note = FIXTURES / "hackmd" / "weekly-call.md"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", probe, str(note)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []
