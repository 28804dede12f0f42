"""The workspace index: built, updated incrementally, a cache that rebuilds the same."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from noteapp.core.series.carryover import carried_items
from noteapp.core.series.matching import item_key
from noteapp.storage.archive import Workspace, db, indexer
from noteapp.storage.archive.search import NO_FTS5


def answers(ws: Workspace) -> tuple:
    return (
        [(a.series, a.text, a.first, a.done, a.age, a.notes) for a in ws.actions()],
        [(p.name, len(p.meetings), p.first, p.last) for p in ws.people()],
        [(h.path, h.line) for h in ws.search("barrel").hits],
        ws.meetings("garden-club"),
    )


def test_the_index_lives_in_the_cache_folder_not_in_the_workspace(archive):
    before = sorted(p.name for p in archive.rglob("*"))
    with Workspace.open(archive) as ws:
        assert ws.index_file.is_file()
        assert Path(os.environ["NOTEAPP_CACHE_DIR"]) in ws.index_file.parents
    assert sorted(p.name for p in archive.rglob("*")) == before


def test_the_tracker_on_the_fixture_series(archive):
    with Workspace.open(archive) as ws:
        items = {a.text: a for a in ws.actions(series="garden-club")}
        barrel = items["(TN) Fix the leaking rain barrel"]
        assert barrel.first == dt.date(2024, 11, 5) and not barrel.done
        assert [d.isoformat() for _n, d in barrel.carried_through] == [
            "2024-12-03",
            "2025-01-07",
            "2025-02-04",
        ]
        assert barrel.newest == "garden-club/2025/2025-02-04.md" and barrel.lines == (19,)
        assert items["(ML) Order mulch for the north beds"].done
        hall = [a for a in ws.actions(series="garden-club") if "Book the hall" in a.text]
        assert [(a.first.isoformat(), a.done) for a in hall] == [
            ("2024-11-05", True),
            ("2025-01-07", False),
        ]
        assert [a.text for a in ws.actions(open=True, owner="TN")] == [
            "(TN) Fix the leaking rain barrel",
            "(TN) Book the hall for the autumn party",
        ]
        stale = ws.actions(stale=2)
        assert {a.text for a in stale} == {
            "(TN) Fix the leaking rain barrel",
            "(ID) Write the newsletter about seed swapping and the spring fair",
        }


def test_an_edit_updates_one_note_and_a_deleted_index_rebuilds_the_same(archive):
    ws = Workspace.open(archive)
    first = answers(ws)
    note = archive / "garden-club/2025/2025-02-04.md"
    note.write_text(note.read_text().replace("[ ] (TN) Fix", "[x] (TN) Fix"), encoding="utf-8")
    report = ws.update()
    assert (report.added, report.changed, report.removed) == (0, 1, 0)
    barrel = next(a for a in ws.actions() if "barrel" in a.text)
    assert barrel.done and barrel.age == 3
    os.utime(note, None)  # a touch: read, same digest, nothing parsed
    assert not ws.update().touched
    (archive / "book-circle/2025-01-15.md").unlink()
    assert ws.update().removed == 1
    now = answers(ws)
    ws.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{ws.index_file}{suffix}").unlink(missing_ok=True)
    with Workspace.open(archive) as again:
        assert answers(again) == now
    assert now != first


def test_a_better_parser_reparses_every_note(archive, monkeypatch):
    with Workspace.open(archive) as ws:
        monkeypatch.setattr(indexer, "parser_fingerprint", lambda: "another-parser")
        report = ws.update()
        assert report.changed == report.notes == 7


def test_a_note_the_parser_trips_over_is_indexed_as_text_with_its_error(archive, monkeypatch):
    from noteapp.core.archive import facts  # where the index parses a note

    real = facts.parse_meeting

    def parse(text, path=None):
        if "lighthouse" in text:
            raise ValueError("boom")
        return real(text, path)

    monkeypatch.setattr(facts, "parse_meeting", parse)
    (archive / "odd.md").write_bytes(b"caf\xe9 minutes, not UTF-8\n")
    with Workspace.open(archive) as ws:
        report_errors = dict(ws.update().failed)  # nothing new: reported at the first build
        rows = {r["path"]: r["error"] for r in ws.conn.execute("SELECT path, error FROM notes")}
        assert "not parsed: ValueError: boom" in rows["book-circle/2025-01-15.md"]
        assert "utf-8" in rows["odd.md"] and "byte" in rows["odd.md"]
        assert [h.path for h in ws.search("lighthouse").hits] == ["book-circle/2025-01-15.md"]
        assert [h.path for h in ws.search("minutes").hits] == ["odd.md"]
        assert report_errors == {}


def test_search_ranks_filters_and_gives_the_line(archive):
    with Workspace.open(archive) as ws:
        hits = ws.search("tool shed").hits
        assert [(h.path, h.line) for h in hits] == [("garden-club/2025/2025-02-04.md", 11)]
        assert "\x02tool\x03 \x02shed\x03" in hits[0].snippet.lower()
        assert {h.path for h in ws.search("Ravi").hits} >= {"book-circle/2025-01-15.md"}
        assert [h.path for h in ws.search("Ravi", series="book-circle").hits] == [
            "book-circle/2025-01-15.md"
        ]
        since = ws.search("mulch", since="2025-01-01").hits
        assert [h.path for h in since] == ["garden-club/2025/2025-01-07.md"]
        person = {h.path for h in ws.search("barrel", person="Ines").hits}
        assert "garden-club/2025/2025-01-07.md" not in person  # she sent apologies
        assert "garden-club/2025/2025-02-04.md" in person
        assert ws.search("conda-forge OR (").hits == []  # punctuation is no syntax error
        assert ws.search('"leaking rain"').hits


def test_the_line_of_a_phrase_an_accent_and_not_what_follows_not(tmp_path):
    (tmp_path / "2025-01-01.md").write_text(
        "# Release call\n\nThe release is late.\n\nCut the release branch on Friday.\n"
        "Thanks to Inês for the wheels.\n",
        encoding="utf-8",
    )
    with Workspace.open(tmp_path) as ws:
        (hit,) = ws.search('"release branch"').hits
        assert (hit.line, hit.plain_snippet()) == (5, "Cut the [release branch] on Friday.")
        assert ws.search("Ines").hits[0].line == 6  # FTS5 folds the accent; so does the line
        assert ws.search("wheels NOT release").hits == []
        assert ws.search("Friday OR nothing").hits[0].line == 5


def test_without_fts5_search_falls_back_to_substrings_and_says_so(archive, monkeypatch):
    monkeypatch.setattr(db, "has_fts5", lambda conn: False)
    with Workspace.open(archive) as ws:
        assert db.text_table(ws.conn) == "text_plain"
        results = ws.search("tool shed")
        assert results.message == NO_FTS5
        assert [(h.path, h.line) for h in results.hits] == [("garden-club/2025/2025-02-04.md", 11)]


def test_mark_done_ticks_the_newest_copy_only(archive):
    with Workspace.open(archive) as ws:
        item = next(a for a in ws.actions(open=True) if "barrel" in a.text)
        older = (archive / "garden-club/2025/2025-01-07.md").read_bytes()
        note = archive / item.newest
        before = note.read_text(encoding="utf-8")
        ws.mark_done(item)
        after = note.read_text(encoding="utf-8")
        assert after == before.replace("- [ ] (TN) Fix", "- [x] (TN) Fix")
        assert (archive / "garden-club/2025/2025-01-07.md").read_bytes() == older
        assert next(a for a in ws.actions() if "barrel" in a.text).done


def test_carry_over_uses_the_same_matching(archive):
    notes = sorted(archive.glob("garden-club/*/*.md"))
    dated = [(dt.date.fromisoformat(p.stem), p) for p in notes]
    # the December note: the barrel twice, the newsletter with a typo, nothing marked
    carried = carried_items(dated[1][1], dated[1][0], dated[:1])
    texts = [c.marked for c in carried]
    assert texts.count("(TN) Fix the leaking rain barrel (from 2024-11-05)") == 1
    assert (
        "(ID) Write the newsletter about seed swaping and the spring fair (from 2024-11-05)"
        in texts
    )
    assert "(RM) Ask the council about a second water tap (from 2024-12-03)" in texts
    assert len(carried) == 4


@pytest.mark.corpus
def test_open_carried_items_of_conda_forge_and_zarr_are_listed_once_each(corpus):
    with Workspace.open(corpus) as ws:
        assert not (corpus / ".noteapp").exists()
        for series in ("conda-forge", "zarr"):
            items = ws.actions(series=series, open=True)
            keys = [item_key(a.text) for a in items]
            assert len(keys) == len(set(keys)), series
            for item in items:  # each names the meetings it was carried through, in order
                dates = [d for _n, d in item.notes]
                assert dates == sorted(dates) and dates[0] >= item.first
        kale = [a for a in ws.actions(series="conda-forge") if "schedule conda working" in a.text]
        assert len(kale) == 1
        assert [n for n, _d in kale[0].carried_through] == [
            "conda-forge/2020-10-14.md",
            "conda-forge/2020-11-18.md",
            "conda-forge/2021-06-16.md",
            "conda-forge/2022-07-27.md",
            "conda-forge/2022-11-16.md",
        ]
        assert kale[0].first == dt.date(2020, 5, 13) and not kale[0].done


def test_a_large_note_is_parsed_in_a_worker_process_and_indexed_the_same(archive, monkeypatch):
    with Workspace.open(archive, update=False) as here:
        here.update(workers=0)
        expected = answers(here)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db.index_path(archive)}{suffix}").unlink(missing_ok=True)
    used: list[int] = []
    in_workers = indexer._in_workers

    def spy(root, todo, count, cancel):  # type: ignore[no-untyped-def]
        used.append(len(todo))
        yield from in_workers(root, todo, count, cancel)

    monkeypatch.setattr(indexer, "_in_workers", spy)
    monkeypatch.setattr(indexer, "POOL_BYTES", 100)  # every fixture note is "large"
    with Workspace.open(archive, update=False) as there:
        there.update()
        assert answers(there) == expected
    assert used and used[0] > 0


def test_a_paced_update_steps_between_notes_and_item_slices_and_indexes_the_same(
    archive, monkeypatch
):
    with Workspace.open(archive, update=False) as plain:
        plain.update(workers=0)
        expected = answers(plain)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db.index_path(archive)}{suffix}").unlink(missing_ok=True)
    monkeypatch.setattr(indexer, "PACE_ITEMS", 2)  # the fixture's series hold a few items
    steps: list[int] = []
    with Workspace.open(archive, update=False) as paced:
        notes = len(indexer.scan(archive))
        report = paced.update(workers=0, pace=lambda: steps.append(1))
        assert answers(paced) == expected
    # One step before each note, one before each series' threading, more inside it.
    assert len(steps) > notes + len(report.series)
