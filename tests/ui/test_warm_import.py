"""import_then: a module imported in a worker, the caller's follow-up on the GUI thread."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject

from noteapp.ui.warm_import import import_then


def _module(tmp_path, monkeypatch, name: str, body: str) -> None:
    (tmp_path / f"{name}.py").write_text(body, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)


def test_the_module_is_imported_in_a_worker_and_then_runs_on_the_gui_thread(
    tmp_path, monkeypatch, qtbot
):
    _module(
        tmp_path,
        monkeypatch,
        "warm_sample",
        "import threading\nIMPORTED_BY = threading.current_thread().name\n",
    )
    owner = QObject()
    ran: list[str] = []
    import_then("warm_sample", owner, lambda: ran.append(threading.current_thread().name))
    qtbot.waitUntil(lambda: bool(ran))
    assert ran == [threading.main_thread().name]
    assert threading.main_thread().name != sys.modules["warm_sample"].IMPORTED_BY


def test_a_module_that_fails_to_import_still_lets_the_caller_go_on(tmp_path, monkeypatch, qtbot):
    _module(tmp_path, monkeypatch, "warm_broken", "raise ValueError('broken on purpose')\n")
    owner = QObject()
    ran: list[bool] = []
    import_then("warm_broken", owner, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))
    assert "warm_broken" not in sys.modules


def test_a_paced_import_loads_each_module_only_when_pace_lets_it(tmp_path, monkeypatch, qtbot):
    _module(tmp_path, monkeypatch, "warm_leaf", "VALUE = 2\n")
    _module(tmp_path, monkeypatch, "warm_root", "import warm_leaf\nVALUE = warm_leaf.VALUE\n")
    go = threading.Event()
    paced: list[str] = []

    def pace() -> None:  # what typing does: the worker waits here
        paced.append(threading.current_thread().name)
        go.wait(10)

    owner = QObject()
    ran: list[bool] = []
    import_then("warm_root", owner, lambda: ran.append(True), pace=pace)
    qtbot.waitUntil(lambda: bool(paced))
    qtbot.wait(150)
    assert not ran and "warm_root" not in sys.modules  # held before its first module
    import json  # noqa: F401  (an import on this thread meanwhile is not paced)

    assert threading.main_thread().name not in paced
    go.set()
    qtbot.waitUntil(lambda: bool(ran))
    assert sys.modules["warm_root"].VALUE == 2
    assert len(paced) >= 2  # once before each module: warm_root, then warm_leaf
    assert threading.main_thread().name not in paced
