"""What the window's start-up imports that needs no Qt, imported before PySide6 is.

Once PySide6 is imported it reads the source of every module imported after it (to see
whether the module names PySide6, for its ``__feature__`` switches): 148 modules on the
way to the first paint, 45-60 ms of it on a busy machine.  The modules below (the note
readers the window loads, storage, and the standard library they pull in) are imported
first, so they are not read.  tests/ui/test_startup_modules.py checks that this list
covers every module outside noteapp.ui that start-up loads.  Imports no Qt itself.
"""

from __future__ import annotations

import importlib

MODULES = (
    "noteapp.core.errors",
    "noteapp.core.meeting.clock",
    "noteapp.core.meeting.identity",
    "noteapp.core.meeting.speaker_edits",
    "noteapp.core.meeting.structure",
    "noteapp.core.schedule.zone_abbreviations",
    "noteapp.core.series.roster",
    "noteapp.core.series.workspace",
    "noteapp.core.text.edits",
    "noteapp.core.text.source",
    "noteapp.core.text.stopping",
    "noteapp.core.text.words",
    "noteapp.commands.output",
    "noteapp.packaged",
    "noteapp.storage.locks",
    "noteapp.storage.notefile",
    "noteapp.storage.processes",
    "noteapp.storage.settings",
    "noteapp.storage.workspace",
    # The standard library's and platformdirs' modules the window imports as it starts.
    "argparse",
    "base64",
    "dataclasses",
    "importlib.resources",
    "inspect",
    "json",
    "platformdirs",
    "signal",
    "sysconfig",
    "tempfile",
    "textwrap",
    "threading",
    "tomllib",
    "unicodedata",
    "zoneinfo",
)


def preload() -> None:
    for name in MODULES:
        importlib.import_module(name)
