"""The shape of the code: the layers of docs/architecture.md, and lint-clean sources."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

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


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """The groups of ``modules`` that import each other, directly or round a loop
    (Tarjan's strongly connected components)."""
    edges = {m: graph.find_modules_directly_imported_by(m) & modules for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle_in_noteapp():
    """No two noteapp modules need each other, counting imports inside functions.
    Imports under TYPE_CHECKING are annotations: the core has two such loops (a record
    and its style; the attendee scanner and the readers it calls)."""
    graph = grimp.build_graph("noteapp", exclude_type_checking_imports=True, cache_dir=None)
    assert _cycles(graph, set(graph.modules)) == []


def test_no_import_cycle_in_the_ui_even_for_type_checkers():
    """The seam of ``noteapp/ui/window_api.py``: features do not import the window, not
    even for its type, so the window's modules form no loop at all."""
    graph = grimp.build_graph("noteapp", cache_dir=None)
    ui = {m for m in graph.modules if m.startswith("noteapp.ui")}
    assert _cycles(graph, ui) == []


def test_features_see_the_window_through_window_api():
    """Only what makes windows imports the concrete MainWindow (features are given one)."""
    graph = grimp.build_graph("noteapp", cache_dir=None)
    makers = {"noteapp.ui.app", "noteapp.ui.screenshot", "noteapp.ui.i18n"}  # i18n: a tool
    importers = graph.find_modules_that_directly_import("noteapp.ui.main_window")
    assert importers - makers == set()


def _calls_and_classes(path: Path) -> list[tuple[int, str, ast.AST]]:
    """(line, name, node) of each call and class of ``path``: a call's name is the called
    name (``QAction`` for ``QAction(...)`` and ``QtGui.QAction(...)``), a class's is
    ``class`` followed by its bases."""
    found: list[tuple[int, str, ast.AST]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            found.append((node.lineno, name, node))
        elif isinstance(node, ast.ClassDef):
            bases = [
                b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
            ]
            found.append((node.lineno, "class " + " ".join(bases), node))
    return found


def _sources() -> list[Path]:
    return sorted((PROJECT / "noteapp").rglob("*.py"))


def _makes_an_action_from_text(call: ast.Call) -> bool:
    """``menu.addAction("Text")``, ``addAction(self.tr("Text"), slot)``: Qt makes the action."""
    first = call.args[0] if call.args else None
    if isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp)):
        return True
    if isinstance(first, ast.Call):
        func = first.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        return name in {"tr", "translate", "format", "str"}
    return len(call.args) > 2  # addAction(icon, text, slot)


def test_every_action_is_made_by_the_action_factory():
    """docs/architecture.md: ``noteapp/ui/action_factory.py`` makes every QAction (title,
    shortcuts, slot, icon, checkable, status tip, object name, context in one place)."""
    factory = PROJECT / "noteapp" / "ui" / "action_factory.py"
    offenders = []
    for path in _sources():
        if path == factory:
            continue
        for line, name, node in _calls_and_classes(path):
            made = name in {"QAction", "QShortcut", "QWidgetAction"} or "QAction" in name.split()
            if name == "addAction" and isinstance(node, ast.Call):
                made = _makes_an_action_from_text(node)
            if made:
                offenders.append(f"{path.relative_to(PROJECT)}:{line}: {name}")
    assert offenders == []


def test_every_dock_is_made_by_the_panel_recipe():
    """docs/architecture.md: ``noteapp/ui/panel.py`` (PanelSpec, make_panel) makes every
    dock; the rest describe their panel with a PanelSpec and call ``window.add_panel``."""
    recipe = PROJECT / "noteapp" / "ui" / "panel.py"
    offenders = []
    for path in _sources():
        if path == recipe:
            continue
        for line, name, _node in _calls_and_classes(path):
            words = name.split()
            if name in {"QDockWidget", "PanelDock"} or (
                words[:1] == ["class"] and ("QDockWidget" in words or "PanelDock" in words)
            ):
                offenders.append(f"{path.relative_to(PROJECT)}:{line}: {name}")
    assert offenders == []
