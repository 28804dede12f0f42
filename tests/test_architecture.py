"""The shape of the code: a Qt-free core, and lint-clean sources."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import noteapp.core
import noteapp.storage

PROJECT = Path(__file__).resolve().parents[1]


def test_core_and_storage_import_no_qt():
    modules = [
        m.name
        for pkg in (noteapp.core, noteapp.storage)
        for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")
    ]
    modules.append("noteapp.cli")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert len(modules) > 5
    assert result.stdout.strip() == ""


def test_ruff_is_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test extras"
    result = subprocess.run(
        [ruff, "check", "noteapp", "tests", "bench"], cwd=PROJECT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
