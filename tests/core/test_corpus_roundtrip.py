"""Every real note in the corpus comes back byte for byte after open and save."""

from __future__ import annotations

import shutil

from noteapp.storage.note import Note
from tests.conftest import corpus_files, over_corpus


def test_the_corpus_is_there(corpus):
    assert len(corpus_files()) >= 59  # 54 community notes + 5 seeds


@over_corpus("path")
def test_open_then_save_gives_identical_bytes(path, tmp_path):
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    note = Note.open(copy)
    note.to_json()  # parsing must not disturb anything either
    note.save()
    assert copy.read_bytes() == path.read_bytes()
