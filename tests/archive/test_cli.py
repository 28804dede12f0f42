"""``noteapp search``, ``actions`` and ``people`` as a user runs them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.test_cli import noteapp


def test_search_prints_date_path_line_and_the_marked_line(archive):
    result = noteapp(
        "search", "leaking", "barrel", "--workspace", str(archive), "--since", "2025-02-01"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "2025-02-04  garden-club/2025/2025-02-04.md:19  "
        "- [ ] (TN) Fix the [leaking] rain [barrel] (from 2024-11-05)"
    ]
    data = json.loads(noteapp("search", "lighthouse", "--workspace", str(archive), "--json").stdout)
    assert [(h["path"], h["line"], h["series"]) for h in data] == [
        ("book-circle/2025-01-15.md", 5, "book-circle")
    ]
    missing = noteapp("search", "zeppelin", "--workspace", str(archive))
    assert missing.returncode == 1 and missing.stdout.strip() == "no matches"


def test_actions_open_by_owner_and_json(archive):
    result = noteapp("actions", "--open", "--owner", "TN", "--workspace", str(archive))
    assert result.returncode == 0, result.stderr
    assert "garden-club: 2 items, 2 open" in result.stdout
    assert "carried through 3: 2024-12-03, 2025-01-07, 2025-02-04" in result.stdout
    data = json.loads(
        noteapp("actions", "--json", "--series", "book-circle", "--workspace", str(archive)).stdout
    )
    assert [(a["text"], a["state"], a["first_note"]) for a in data] == [
        ("(Ada) Pick the next book", "done", "book-circle/2025-01-15.md"),
        ("(Bruno) Reserve the library room", "open", "book-circle/2025-02-12.md"),
    ]
    bad = noteapp("actions", "--series", "chess", "--workspace", str(archive))
    assert bad.returncode == 2 and "no series 'chess'" in bad.stderr


def test_people_table_variants_and_csv(archive):
    result = noteapp("people", "--series", "garden-club", "--workspace", str(archive))
    assert result.returncode == 0, result.stderr
    rows = result.stdout.splitlines()
    assert rows[1].split()[:5] == ["Tomasz", "Nowak", "4", "2024-11-05", "2025-02-04"]
    assert "'Marta Lopez' is probably 'Marta Lopes' (1 letter apart)" in result.stdout
    table = list(
        csv.DictReader(io.StringIO(noteapp("people", "--csv", "--workspace", str(archive)).stdout))
    )
    jan = [r for r in table if r["date"] == "2025-01-07"]
    assert {r["person"] for r in jan} == {"Marta Lopes", "Tomasz Nowak", "Ravi Menon"}
    assert {r["present"] for r in jan} == {"3"}


@pytest.mark.corpus
def test_actions_open_on_the_corpus_lists_each_carried_item_once(corpus):
    result = noteapp("actions", "--open", "--json", "--workspace", str(corpus))
    assert result.returncode == 0, result.stderr
    items = [a for a in json.loads(result.stdout) if a["series"] in ("conda-forge", "zarr")]
    texts = [(a["series"], a["text"]) for a in items]
    assert len(texts) == len(set(texts))
    carried = [a for a in items if a["carried_through"]]
    assert len(carried) > 30
    oneapi = next(a for a in items if a["text"] == "(IF/MRB/MV) intel oneAPI")
    assert oneapi["first_written"] == "2020-11-18"
    assert [c["date"] for c in oneapi["carried_through"]] == [
        "2021-06-16",
        "2022-07-27",
        "2022-11-16",
    ]


def test_actions_open_lists_zarr_style_carried_items_once_with_their_meetings():
    """The corpus's Zarr notes carry no items: tests/fixtures/zarr-carried does, in
    Zarr's layout (its README says how each item is carried)."""
    from tests.conftest import FIXTURES

    workspace = FIXTURES / "zarr-carried"
    result = noteapp("actions", "--open", "--json", "--workspace", str(workspace))
    assert result.returncode == 0, result.stderr
    items = {a["text"]: a for a in json.loads(result.stdout)}
    assert set(items) == {  # JH's, ticked when carried, is done; each item once
        "SV: open an issue for the 2.17 release checklist",
        "DB: find two reviewers for the sharding PR",
        "WF: ask the netCDF team which V3 codecs they need",
    }
    through = {t: [c["date"] for c in a["carried_through"]] for t, a in items.items()}
    assert through["SV: open an issue for the 2.17 release checklist"] == [
        "2024-02-21",
        "2024-03-06",
    ]
    assert through["DB: find two reviewers for the sharding PR"] == ["2024-02-21", "2024-03-06"]
    assert through["WF: ask the netCDF team which V3 codecs they need"] == ["2024-03-06"]
    assert {a["first_written"] for a in items.values()} == {"2024-02-07", "2024-02-21"}
    assert {a["open_in"]["note"] for a in items.values()} == {"zarr/2024-03-06.md"}
    assert not (workspace / ".noteapp").exists()  # the index lives in the cache


def test_a_deleted_index_is_rebuilt_by_the_next_command_with_the_same_answers(archive):
    from noteapp.storage.archive import db

    asks = [("actions", "--json"), ("people", "--json"), ("search", "barrel", "--json")]

    def answers() -> list[object]:
        return [json.loads(noteapp(*ask, "--workspace", str(archive)).stdout) for ask in asks]

    first = answers()
    index = db.index_path(archive)
    assert index.is_file()
    for suffix in ("", "-wal", "-shm"):
        index.with_name(index.name + suffix).unlink(missing_ok=True)
    assert answers() == first
    assert index.is_file()
