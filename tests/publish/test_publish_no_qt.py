"""Publishing runs anywhere: noteapp.publish and its commands import no Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import noteapp.publish


def test_publish_and_its_commands_import_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(noteapp.publish.__path__, "noteapp.publish.")]
    modules += [
        "noteapp.core.convert.export",
        "noteapp.core.convert.export_html",
        "noteapp.core.convert.hackmd_import",
        "noteapp.commands.export",
        "noteapp.commands.import_hackmd",
        "noteapp.commands.publish",
        "noteapp.commands.pull",
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert len(modules) >= 12
    assert result.stdout.strip() == ""
