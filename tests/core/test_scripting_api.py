"""The README's bot example, run on a real note: attendees added, agenda ticked."""

from __future__ import annotations

import difflib
import shutil

from noteapp.storage.note import Note


def changed_lines(old: str, new: str) -> list[str]:
    return [
        line for line in difflib.ndiff(old.split("\n"), new.split("\n")) if line[:2] in ("- ", "+ ")
    ]


def test_a_bot_adds_the_calls_attendees_and_ticks_the_discussed_items(corpus, tmp_path):
    path = tmp_path / "2024-01-30.md"
    shutil.copyfile(corpus / "czi-conda-forge/2024-01-30.md", path)
    # the series' earlier note beside it: nothing is ticked yet, so ticks follow its "X"
    shutil.copyfile(corpus / "czi-conda-forge/2023-01-06.md", tmp_path / "2023-01-06.md")
    original = path.read_text(encoding="utf-8")

    # -- the example from the README -------------------------------------------------------
    note = Note.open(path)
    call = [
        ("Ada Lovelace", "adalovelace", "Analytical Co."),
        ("Sylvain Corlay", "SylvainCorlay", "QuantStack"),
    ]  # already listed: skipped
    for name, handle, org in call:
        if name not in {person.name for person in note.meeting().attendees}:
            note.add_attendee(name, handle=handle, affiliation=org)
    discussed = ("mirror", "dashboard")
    for index, item in enumerate(note.meeting().checklist):
        if not item.checked and any(word in item.text.lower() for word in discussed):
            note.set_checked(index)
    note.save()
    # ---------------------------------------------------------------------------------------

    new = path.read_text(encoding="utf-8")
    removed = [line[2:] for line in changed_lines(original, new) if line.startswith("- ")]
    added = [line[2:] for line in changed_lines(original, new) if line.startswith("+ ")]
    # The new organisation is wider than its column, so that column (only) is re-padded.
    table = original.split("\n")[9:16]
    assert removed[:7] == table
    assert added[:8] == [
        "| Full name              | Github handle    | Organization   |",
        "|------------------------|------------------|----------------|",
        "| Jaime Rodríguez-Guerra | `jaimergp`       | Quansight      |",
        "| Sylvain Corlay         | `SylvainCorlay`  | QuantStack     |",
        "| Hind Montassif         | `hind-m`         | QuantStack     |",
        "| Afshin Darian          | `afshin`         | QuantStack     |",
        "| Tania Allard           | `trallard`       | Quansight      |",
        "| Ada Lovelace           | `adalovelace`    | Analytical Co. |",
    ]
    # Three discussed items ticked, in CZI's "[X]" style; one character each.
    ticked = [(old, neu) for old, neu in zip(removed[7:], added[8:], strict=True)]
    assert len(ticked) == 3
    assert all(neu == old.replace("[ ]", "[X]", 1) for old, neu in ticked)
