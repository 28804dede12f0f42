"""Push and pull against a local HackMD: one note per file, conflicts, no duplicates."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from noteapp.core.convert.export import split_note, to_hackmd
from noteapp.core.errors import PublishError
from noteapp.core.text.source import read_note
from noteapp.publish.hackmd_api import HackMDClient
from noteapp.publish.hackmd_state import SyncState
from noteapp.publish.hackmd_sync import HackMDConflict, pull_from_hackmd, push_to_hackmd
from noteapp.publish.progress import Cancelled
from tests.conftest import over_corpus
from tests.publish.hackmd_server import FakeHackMD


def push(path: Path, client: HackMDClient, state: SyncState, **kwargs):
    return push_to_hackmd(path, client=client, state=state, **kwargs)


def append(path: Path, text: str) -> None:
    path.write_bytes(path.read_bytes() + text.encode("utf-8"))


def test_first_push_creates_and_remembers_the_id_in_the_workspace(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState, workspace: Path
):
    original = zarr_note.read_bytes()
    result = push(zarr_note, client, state)
    assert result.action == "created" and result.url == f"https://hackmd.example/s/{result.note_id}"
    stored = hackmd.notes[result.note_id]
    assert stored.content == to_hackmd(zarr_note.read_text(encoding="utf-8"))
    assert stored.title == "24th January"
    saved = json.loads((workspace / ".noteapp" / "hackmd.json").read_text(encoding="utf-8"))
    assert saved["notes"]["zarr/2024/2024-01-24.md"]["note_id"] == result.note_id
    assert zarr_note.read_bytes() == original  # the site's file is not touched


def test_a_second_push_updates_the_same_note(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    first = push(zarr_note, client, state)
    append(zarr_note, "\n- JH: one more thing\n")
    second = push(zarr_note, client, state)
    assert second.action == "updated" and second.note_id == first.note_id
    assert len(hackmd.notes) == 1
    assert hackmd.notes[first.note_id].content.endswith("- JH: one more thing\n")
    third = push(zarr_note, client, state)
    assert third.action == "unchanged"
    assert len(hackmd.calls("PATCH")) == 1


def test_an_unchanged_push_uses_the_etag(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    push(zarr_note, client, state)
    assert push(zarr_note, client, state).action == "unchanged"
    last = hackmd.calls("GET")[-1]
    assert last.headers.get("If-None-Match") and last.status == 304


def test_team_notes_stay_in_their_team(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    first = push(zarr_note, client, state, team="zarr")
    append(zarr_note, "\nmore\n")
    push(zarr_note, client, state)  # the team is remembered
    assert hackmd.calls("PATCH")[0].path == f"/v1/teams/zarr/notes/{first.note_id}"
    with pytest.raises(PublishError, match="already on HackMD in team 'zarr'"):
        push(zarr_note, client, state, team="other")


def test_a_note_edited_on_hackmd_is_a_conflict_and_nothing_is_sent(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    note_id = push(zarr_note, client, state).note_id
    web = hackmd.notes[note_id].content + "\n- SV: added on the web\n"
    hackmd.edit(note_id, web, user="Sanket Verma")
    append(zarr_note, "\n- JH: added in noteapp\n")
    local = zarr_note.read_bytes()
    with pytest.raises(HackMDConflict, match=r"edited on HackMD by Sanket Verma.*pull.*overwrite"):
        push(zarr_note, client, state)
    assert hackmd.notes[note_id].content == web and zarr_note.read_bytes() == local
    assert not hackmd.calls("PATCH")


def test_conflict_overwrite_replaces_hackmds_text(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    note_id = push(zarr_note, client, state).note_id
    hackmd.edit(note_id, "# edited on the web\n")
    result = push(zarr_note, client, state, on_conflict="overwrite")
    assert result.action == "updated"
    assert hackmd.notes[note_id].content == to_hackmd(zarr_note.read_text(encoding="utf-8"))


def test_conflict_pull_takes_hackmds_body_and_keeps_the_front_matter(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    head = split_note(zarr_note.read_text(encoding="utf-8")).head
    note_id = push(zarr_note, client, state).note_id
    hackmd.edit(note_id, "---\ntitle: renamed on HackMD\n---\n\n# 2024-01-24\n\nNew body.\n")
    append(zarr_note, "local line\n")
    asked: list[HackMDConflict] = []

    def choose(conflict: HackMDConflict) -> str:  # what the window's dialog does
        asked.append(conflict)
        return "pull"

    result = push(zarr_note, client, state, on_conflict=choose)
    assert result.action == "pulled" and asked[0].remote.content.startswith("---\ntitle: renamed")
    assert zarr_note.read_text(encoding="utf-8") == head + "\n# 2024-01-24\n\nNew body.\n"
    assert not hackmd.calls("PATCH")
    # Synced now: the next push is no conflict; it sends the file's own title back.
    assert push(zarr_note, client, state).action == "updated"
    assert hackmd.notes[note_id].title == "24th January"


def test_rate_limit_then_success(zarr_note: Path, hackmd: FakeHackMD, state: SyncState):
    hackmd.throttle, hackmd.throttle_reset_in, hackmd.reset_format = 1, 0.5, "ms"
    lines: list[str] = []
    client = HackMDClient(hackmd.token, hackmd.url, max_wait=5, progress=lines.append)
    result = push(zarr_note, client, state, progress=lines.append)
    assert result.action == "created" and len(hackmd.notes) == 1
    assert [r.status for r in hackmd.requests] == [429, 201]
    assert any("waiting" in line for line in lines)


def test_an_expired_token_stops_the_push_and_is_not_shown(
    zarr_note: Path, hackmd: FakeHackMD, state: SyncState
):
    client = HackMDClient("old-token-999999", hackmd.url)
    with pytest.raises(PublishError) as caught:
        push(zarr_note, client, state)
    assert "refused the API token" in str(caught.value)
    assert "old-token-999999" not in str(caught.value)
    assert not hackmd.notes and state.get(zarr_note) is None  # nothing recorded


def test_a_lost_create_answer_finds_the_note_instead_of_making_a_second(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    hackmd.drop_create_after_saving = 1
    result = push(zarr_note, client, state)
    assert result.action == "created" and len(hackmd.notes) == 1
    assert result.note_id in hackmd.notes and "lost" in result.warnings[0]
    assert len(hackmd.calls("POST")) == 1 and hackmd.calls("GET", "/v1/notes")
    append(zarr_note, "\nmore\n")
    assert push(zarr_note, client, state).action == "updated"
    assert len(hackmd.notes) == 1


def test_a_lost_create_not_yet_listed_is_reported_and_found_by_the_next_push(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    hackmd.drop_create_after_saving, hackmd.hide_from_list = 1, 1
    with pytest.raises(PublishError, match="no second copy"):
        push(zarr_note, client, state)
    assert len(hackmd.notes) == 1 and state.get(zarr_note).pending_create
    result = push(zarr_note, client, state)
    assert "earlier push created" in result.warnings[0]
    assert len(hackmd.notes) == 1 and len(hackmd.calls("POST")) == 1


def test_a_create_that_never_arrived_is_made_on_the_next_push(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    hackmd.drop_create_before_saving = 1
    with pytest.raises(PublishError, match="Nothing else was sent"):
        push(zarr_note, client, state)
    assert not hackmd.notes
    assert push(zarr_note, client, state).action == "created"
    assert len(hackmd.notes) == 1


def test_a_207_create_is_kept_with_its_warning(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    hackmd.create_status = 207
    result = push(zarr_note, client, state)
    assert result.action == "created" and "Folder not found" in result.warnings[0]


def test_the_id_goes_into_the_front_matter_only_when_asked(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    before = zarr_note.read_text(encoding="utf-8")
    result = push(zarr_note, client, state, id_in_front_matter=True)
    after = zarr_note.read_text(encoding="utf-8")
    assert after == before.replace("nav_order: 2\n", f"nav_order: 2\nhackmd_id: {result.note_id}\n")
    assert "hackmd_id" not in hackmd.notes[result.note_id].content
    state.forget(zarr_note)  # another machine: the id is read from the file
    assert push(zarr_note, client, state).note_id == result.note_id
    assert len(hackmd.notes) == 1


def test_pull_replaces_the_body_and_keeps_crlf_front_matter_bytes(
    tmp_path: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    note = tmp_path / "call.md"  # outside the workspace: keyed by its absolute path
    note.write_bytes(b"---\r\ntitle:  'Call'   # spaced\r\n---\r\n\r\n# Call\r\n\r\nold\r\n")
    note_id = push(note, client, state).note_id
    assert state.get(note).note_id == note_id
    hackmd.edit(note_id, hackmd.notes[note_id].content.replace("old", "new\n- [x] done"))
    result = pull_from_hackmd(note, client=client, state=state)
    assert result.changed and result.saved
    assert note.read_bytes() == (
        b"---\r\ntitle:  'Call'   # spaced\r\n---\r\n\r\n# Call\r\n\r\nnew\r\n- [x] done\r\n"
    )


def test_pull_keeps_local_edits_that_were_never_pushed(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    note_id = push(zarr_note, client, state).note_id
    hackmd.edit(note_id, hackmd.notes[note_id].content + "web\n")
    append(zarr_note, "typed during the call\n")
    local = zarr_note.read_bytes()
    with pytest.raises(HackMDConflict, match="never pushed"):
        pull_from_hackmd(zarr_note, client=client, state=state)
    assert zarr_note.read_bytes() == local
    result = pull_from_hackmd(zarr_note, client=client, state=state, force=True)
    assert result.changed and zarr_note.read_text(encoding="utf-8").endswith("web\n")


def test_pull_without_saving_returns_the_text_for_the_window(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    note_id = push(zarr_note, client, state).note_id
    hackmd.edit(note_id, hackmd.notes[note_id].content + "web\n")
    before = zarr_note.read_bytes()
    result = pull_from_hackmd(zarr_note, client=client, state=state, save=False)
    assert not result.saved and result.text.endswith("web\n")
    assert zarr_note.read_bytes() == before


def test_pull_of_a_never_pushed_file_needs_an_id(
    zarr_note: Path, client: HackMDClient, state: SyncState
):
    with pytest.raises(PublishError, match="--id NOTE_ID"):
        pull_from_hackmd(zarr_note, client=client, state=state)


def test_pull_into_a_new_file_imports_the_note(
    tmp_path: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    created = client.create_note("---\ntitle: Web call\ntags: a, b\n---\n# Web call\n\ntext\n")
    target = tmp_path / "new" / "web-call.md"
    pull_from_hackmd(target, client=client, state=state, note_id=created.note.id)
    assert target.read_text(encoding="utf-8") == (
        "---\ntitle: Web call\ntags: [a, b]\n---\n# Web call\n\ntext\n"
    )


def test_cancel_before_sending(zarr_note: Path, hackmd: FakeHackMD, state: SyncState):
    cancel = threading.Event()
    cancel.set()
    client = HackMDClient(hackmd.token, hackmd.url, cancel=cancel)
    with pytest.raises(Cancelled):
        push(zarr_note, client, state, cancel=cancel)
    assert not hackmd.notes


def test_a_damaged_state_file_stops_the_push(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    state.path.parent.mkdir(parents=True)
    state.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PublishError, match="damaged"):
        push(zarr_note, client, state)
    assert not hackmd.notes


@pytest.mark.corpus
@over_corpus("name", names=True)
def test_corpus_note_to_hackmd_and_back_without_losing_a_character(
    name: str,
    corpus: Path,
    tmp_path: Path,
    client: HackMDClient,
    hackmd: FakeHackMD,
    state: SyncState,
):
    note = tmp_path / Path(name).name
    shutil.copyfile(corpus / name, note)
    original = note.read_bytes()
    note_id = push(note, client, state).note_id
    assert not hackmd.notes[note_id].content.startswith("\ufeff")  # a BOM is no text
    source = read_note(note)  # the text without the BOM, which the file keeps apart
    head, body, _ = split_note(source.text)
    # Lose the body locally (the file stays a file of its kind: BOM, newlines), pull it back.
    note.write_bytes(source.encode(head + "gone\n"))
    result = pull_from_hackmd(note, client=client, state=state, force=True)
    assert result.changed and result.note_id == note_id
    assert split_note(result.text).body == body
    assert note.read_bytes() == original


def test_bom_newlines_and_a_missing_final_newline_survive_push_then_pull(
    tmp_path: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    note = tmp_path / "call.md"
    text = "---\ntitle: Call\n---\n\n# Call\n\n- said one thing"  # no final newline
    note.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    note_id = push(note, client, state).note_id
    sent = hackmd.notes[note_id].content
    assert not sent.startswith("\ufeff") and "\r" not in sent and sent.endswith("thing")
    hackmd.edit(note_id, sent + "\n- said another")  # someone adds a line on HackMD
    pull_from_hackmd(note, client=client, state=state)
    assert note.read_bytes() == b"\xef\xbb\xbf" + (
        b"---\r\ntitle: Call\r\n---\r\n\r\n# Call\r\n\r\n- said one thing\r\n- said another"
    )
    # A tool that put a BOM in front of HackMD's text: it is not copied into the body.
    hackmd.edit(note_id, "\ufeff" + hackmd.notes[note_id].content + "\n- and a third")
    pull_from_hackmd(note, client=client, state=state)
    data = note.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf---\r\n") and data.count(b"\xef\xbb\xbf") == 1
    assert data.endswith(b"- said another\r\n- and a third")


def test_a_folder_by_name_is_made_once_and_a_later_push_moves_the_note_there(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    first = push(zarr_note, client, state, team="zarr", folder="Community calls")
    folder = next(iter(hackmd.folders.values()))
    assert (folder["name"], folder["team"]) == ("Community calls", "zarr")
    assert hackmd.calls("POST")[-1].body["parentFolderId"] == folder["id"]
    assert hackmd.notes[first.note_id].folder["id"] == folder["id"]
    # Another folder, text unchanged: only a settings PATCH moves it.
    second = push(zarr_note, client, state, folder="2024")
    assert second.action == "unchanged" and len(hackmd.folders) == 2
    moved = hackmd.calls("PATCH")[-1]
    assert moved.path == f"/v1/teams/zarr/notes/{first.note_id}"
    assert set(moved.body) == {"parentFolderId"}  # the text is not sent again
    assert hackmd.notes[first.note_id].folder["name"] == "2024"
    push(zarr_note, client, state, folder="2024")  # there already: no folder made, no move
    assert len(hackmd.folders) == 2 and len(hackmd.calls("PATCH")) == 1


def test_permissions_apply_on_later_pushes_too(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    first = push(zarr_note, client, state, read_permission="guest", comment_permission="everyone")
    note = hackmd.notes[first.note_id]
    assert (note.read_permission, note.write_permission, note.comment_permission) == (
        "guest", "owner", "everyone",
    )  # fmt: skip
    append(zarr_note, "\n- SV: later\n")
    second = push(zarr_note, client, state, read_permission="guest", write_permission="signed_in")
    patch = hackmd.calls("PATCH")[-1].body
    assert patch["writePermission"] == "signed_in" and "content" in patch
    assert "readPermission" not in patch  # already guest: not sent
    assert note.write_permission == "signed_in"
    assert "Set on HackMD: write permission signed_in." in second.warnings


def test_a_403_on_update_says_the_account_may_not_edit_that_note_not_that_the_token_is_bad(
    zarr_note: Path, client: HackMDClient, hackmd: FakeHackMD, state: SyncState
):
    from noteapp.publish.hackmd_api import NotWritable

    first = push(zarr_note, client, state)
    hackmd.notes[first.note_id].owner = "someone-else"  # write permission: the owner's
    append(zarr_note, "\nmore\n")
    with pytest.raises(NotWritable) as caught:
        push(zarr_note, client, state)
    message = str(caught.value)
    assert "may not edit it" in message and "The token itself is fine" in message
    assert "--new" in message
    assert hackmd.token not in message


def test_series_options_keep_folder_and_permissions_for_a_note_already_on_hackmd(
    zarr_note: Path, client: HackMDClient, state: SyncState, workspace: Path, monkeypatch
):
    from types import SimpleNamespace

    from noteapp.publish import hackmd_sync

    series = SimpleNamespace(
        hackmd={"team": "zarr", "folder": "Calls", "read": "guest", "comment": "everyone"}
    )
    monkeypatch.setattr("noteapp.publish.hackmd_sync.series_for", lambda *_a: series)
    before = hackmd_sync.series_options(zarr_note, workspace)
    assert before == {"team": "zarr", "folder": "Calls", "read_permission": "guest",
                      "comment_permission": "everyone"}  # fmt: skip
    push(zarr_note, client, state, **before)
    after = hackmd_sync.series_options(zarr_note, workspace)
    assert after == {"folder": "Calls", "read_permission": "guest"}
