"""The panels' item models pass Qt's own model checks (QAbstractItemModelTester) on real
notes, including the index() they define to spare views two calls into Python per index."""

from __future__ import annotations

import pytest

from noteapp.ui.panels.actions import ActionPanel
from noteapp.ui.panels.agenda import AgendaPanel
from noteapp.ui.panels.attendees import AttendeesPanel
from tests.ui.panel_helpers import open_with_panel

NOTES = ("conda-forge/2022-11-16.md", "czi-conda-forge/2024-01-30.md", "zarr/2024-01-24.md")


@pytest.mark.parametrize("name", NOTES)
@pytest.mark.parametrize("panel_type", [AgendaPanel, ActionPanel, AttendeesPanel])
def test_the_model_passes_qts_model_checks(window, note_copy, qtmodeltester, name, panel_type):
    _win, panel, _text = open_with_panel(window, note_copy, name, panel_type)
    model = panel.model
    qtmodeltester.check(model, force_py=True)  # every rule, with a message on failure
    rows, columns = model.rowCount(), model.columnCount()
    if rows == 0:  # the Zarr note has no agenda or action list: the empty model
        assert not model.index(0, 0).isValid()
        return
    # Out of range, negative or with a parent: an invalid index, as Qt's own index() gives.
    for row, column in ((rows, 0), (0, columns), (-1, 0), (0, -1)):
        assert not model.index(row, column).isValid()
    assert not model.index(0, 0, model.index(0, 0)).isValid()
    last = model.index(rows - 1, columns - 1)
    assert (last.row(), last.column(), last.model()) == (rows - 1, columns - 1, model)
