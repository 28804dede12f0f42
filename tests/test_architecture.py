"""The shape of the code: the layers of docs/architecture.md, and lint-clean sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is part of the test extras"
    return found


def test_the_import_contracts_hold():
    """pyproject.toml's contracts: Qt only in noteapp.ui; cli > ui > commands > publish >
    storage > core; inside the core archive > series | convert > meeting > schedule > text."""
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=PROJECT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_command_line_loads_no_qt():
    """import-linter sees imports, not when they run: noteapp.cli imports the window
    inside main(), so a sub-command never loads Qt."""
    code = (
        "import sys, noteapp.cli\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_ruff_is_clean():
    result = subprocess.run(
        [_tool("ruff"), "check", "noteapp", "tests", "bench", "tools"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
