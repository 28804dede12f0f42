"""Loading keeps every fact needed to write the same bytes back."""

from __future__ import annotations

import codecs
import os
import stat

import pytest

from noteapp.core.errors import DecodeFailure, EncodeFailure, NotATextFile
from noteapp.core.text.source import MIXED, decode, read_note
from noteapp.storage.atomic import atomic_write


@pytest.mark.parametrize(
    ("data", "newline", "final"),
    [
        (b"# a\nb\n", "\n", True),
        (b"# a\r\nb\r\n", "\r\n", True),
        (b"# a\rb", "\r", False),
        (b"# a\nb", "\n", False),
        (b"", "\n", False),
        (b"\n\n\n", "\n", True),
    ],
)
def test_newline_style_and_final_newline_are_recorded(data: bytes, newline: str, final: bool):
    source = decode(data)
    assert source.newline == newline
    assert source.final_newline is final
    assert "\r" not in source.text
    assert source.encode() == data


def test_mixed_endings_are_kept_per_line():
    data = b"one\r\ntwo\nthree\r\nfour"
    source = decode(data)
    assert source.newline == MIXED
    assert source.text == "one\ntwo\nthree\nfour"
    assert source.encode() == data


def test_mixed_endings_survive_an_edit_on_other_lines():
    source = decode(b"one\r\ntwo\nthree\r\nfour\n")
    edited = source.text.replace("two\n", "two\ninserted\n")
    # unchanged lines keep their own ending; the new line takes the commonest one
    assert source.encode(edited) in (
        b"one\r\ntwo\ninserted\r\nthree\r\nfour\n",
        b"one\r\ntwo\ninserted\nthree\r\nfour\n",
    )
    out = source.encode(edited)
    assert out.startswith(b"one\r\ntwo\n") and out.endswith(b"three\r\nfour\n")


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_encodings_round_trip(bom: bytes, encoding: str):
    data = bom + "---\ntitle: Ōsaka 👋\n---\r\n".encode(encoding)
    source = decode(data)
    assert source.bom and source.encoding == encoding
    assert source.text.startswith("---\ntitle: Ōsaka")
    assert source.encode() == data


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    path = tmp_path / "bad.md"
    path.write_bytes(b"# Notes\nCaf\xe9 time\n")
    with pytest.raises(DecodeFailure) as info:
        read_note(path)
    assert info.value.offset == 11
    assert "bad.md" in str(info.value) and "byte 11" in str(info.value)
    # the user may choose another encoding, and saving gives the same bytes back
    source = read_note(path, "cp1252")
    assert source.text == "# Notes\nCafé time\n"
    assert source.encode() == path.read_bytes()


def test_text_not_storable_in_the_encoding_is_refused():
    source = decode(b"plain\n", encoding="latin-1")
    with pytest.raises(EncodeFailure, match="line 2"):
        source.encode("plain\nsnow ☃\n")


def test_binary_and_folders_are_refused(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(NotATextFile, match="binary"):
        read_note(binary)
    with pytest.raises(NotATextFile, match="folder"):
        read_note(tmp_path)
    with pytest.raises(NotATextFile, match="no such file"):
        read_note(tmp_path / "missing.md")


def test_atomic_write_keeps_permissions_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "note.md"
    path.write_bytes(b"old\n")
    os.chmod(path, 0o640)
    atomic_write(path, b"new\n")
    assert path.read_bytes() == b"new\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["note.md"]


def test_atomic_write_writes_through_a_symlink(tmp_path):
    real = tmp_path / "real.md"
    real.write_bytes(b"a\n")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write(link, b"b\n")
    assert link.is_symlink() and real.read_bytes() == b"b\n"


def test_failed_atomic_write_leaves_the_original(tmp_path, monkeypatch):
    path = tmp_path / "note.md"
    path.write_bytes(b"precious\n")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="No space"):
        atomic_write(path, b"new\n")
    assert path.read_bytes() == b"precious\n"
    assert [p.name for p in tmp_path.iterdir()] == ["note.md"]
