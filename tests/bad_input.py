"""The bad-input campaign: every kind of file a user may hand noteapp by mistake or by bad luck.

Each case makes its input in a fresh folder and says what must happen: ``opens`` (a note,
however odd; saving it unedited gives back its bytes), ``front-matter`` (opens; the front
matter is reported and kept as text, read-only in the window), ``encoding`` (not UTF-8:
refused with the byte offset and a way to choose the encoding), or ``refused`` (not a
text file at all).  ``says`` is what every message about it contains.  The command line
(tests/test_bad_input_cli.py) and the window (tests/ui/test_bad_input_window.py) go
through the same table.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.core.test_frontmatter_hostile import alias_bomb

NOTE = (
    "---\ntitle: Community call\ndate: 2024-01-24\n---\n# Community call\n\n"
    "## Attendees\n\n- Ada Lovelace (AL)\n- Grace Hopper (GH)\n\n## Agenda\n\n"
    "- [ ] Release 3.0 (10 min)\n- [x] CI runners\n\n## Minutes\n\n- AL: café, naïve, 会议\n"
)
BODY = NOTE.split("---\n", 2)[2]


@dataclass(frozen=True)
class Case:
    id: str
    make: Callable[[Path], Path]  # writes the input into a folder; returns its path
    outcome: str  # "opens", "front-matter", "encoding" or "refused"
    says: str = ""  # what every message about it contains
    encoding: str | None = None  # the window's answer when asked for an encoding
    html: bool = True  # small enough to export as HTML
    check_says: str = ""  # what ``noteapp check`` says, where it differs from ``says``


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path

    return make


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.md"
    os.mkfifo(path)
    return path


def _device(_folder: Path) -> Path:
    return Path("/dev/zero")


def _folder(folder: Path) -> Path:
    path = folder / "2024.md"  # a folder named like a note
    path.mkdir()
    return path


def _symlink(folder: Path) -> Path:
    target = _write("real/2024-01-24.md", NOTE.encode())(folder)
    link = folder / "latest.md"
    link.symlink_to(target)
    return link


def _big(folder: Path) -> Path:
    """A 50 MB note: the minutes of a very long meeting (generated, never committed)."""
    line = "- AL: we discussed the release branch, the wheel builds and the docs again\n"
    count = 50_000_000 // len(line)
    return _write("50mb.md", (NOTE + line * count).encode())(folder)


def _many_lines(folder: Path) -> Path:
    return _write("500k-lines.md", (NOTE + "- GH: ok\n" * 500_000).encode())(folder)


def _mixed_newlines() -> bytes:
    return b"# Call\r\n\r\n- [ ] one\n- [x] two\r- AL: three\r\n"


CASES = [
    Case("invalid UTF-8", _write("bad-utf8.md", NOTE.encode()[:60] + b"\xff\xfe caf\xe9\n"),
         "encoding", "not valid utf-8 at byte 60"),
    Case("Latin-1", _write("latin1.md", NOTE.encode("latin-1", "replace")),
         "encoding", "not valid utf-8 at byte", encoding="latin-1"),
    Case("UTF-16 with BOM", _write("utf16.md", codecs.BOM_UTF16_LE + NOTE.encode("utf-16-le")),
         "opens"),
    Case("broken front matter", _write("broken.md", b"---\ntitle: [unclosed\n---\n# Call\n"),
         "front-matter", "front matter line 2"),
    Case("unterminated front matter", _write("open.md", b"---\ntitle: Call\n# Call\n"),
         "front-matter", "is never closed"),
    Case("impossible date", _write("date.md", NOTE.replace("01-24", "02-30").encode()),
         "front-matter", "'2024-02-30' cannot be read (day is out of range for month)"),
    Case("alias bomb", _write("bomb.md", f"---\n{alias_bomb()}\n---\n{BODY}".encode()),
         "front-matter", "an alias bomb?"),
    Case("binary", _write("logo.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
         "refused", "looks like a binary file (NUL byte at offset 8)"),
    Case("NUL bytes", _write("nul.md", NOTE.encode().replace(b"## Agenda", b"## Age\x00nda")),
         "refused", "NUL byte at offset"),
    Case("50 MB note", _big, "opens", html=False),
    Case("500,000 lines", _many_lines, "opens", html=False),
    Case("one 1 MB line", _write("long-line.md", b"# Call\n\n" + b"word " * 200_000 + b"\n"),
         "opens"),
    Case("CRLF", _write("crlf.md", NOTE.replace("\n", "\r\n").encode()), "opens"),
    Case("CR", _write("cr.md", NOTE.replace("\n", "\r").encode()), "opens"),
    Case("mixed newlines", _write("mixed.md", _mixed_newlines()), "opens"),
    Case("FIFO", _fifo, "refused", "is a named pipe (FIFO), not a file; nothing was read"),
    Case("/dev/zero", _device, "refused", "is a device, not a file; nothing was read"),
    Case("folder", _folder, "refused", "is a folder, not a note",
         check_says="no notes in this folder"),  # check searches folders
    Case("non-ASCII path", _write("Notizen März/会议 2024-01-24 – Café.md", NOTE.encode()),
         "opens"),
    Case("spaces in the path", _write("  my notes /  call  notes  .md", NOTE.encode()), "opens"),
    Case("symlink", _symlink, "opens"),
    Case("broken symlink", lambda f: _link(f, f / "gone.md"), "refused",
         "is a symbolic link to"),
]  # fmt: skip


def _link(folder: Path, target: Path) -> Path:
    link = folder / "link.md"
    link.symlink_to(target)
    return link


def fingerprint(path: Path) -> str:
    """What must not change: a regular file's SHA-256 (through links), else its kind."""
    if path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    if path.is_symlink() and not path.exists():
        return f"link to {os.readlink(path)}"
    if path.is_dir():
        return f"folder of {sorted(p.name for p in path.iterdir())}"
    return f"mode {path.stat().st_mode:o}"


def case_ids() -> list[str]:
    return [case.id for case in CASES]


def applicable(case: Case) -> bool:
    if case.id == "FIFO":
        return hasattr(os, "mkfifo")
    if case.id == "/dev/zero":
        return os.path.exists("/dev/zero")
    return True


def without_root_powers() -> dict[str, object]:
    """Root reads every file: the child runs without the capabilities that let it
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so the file's mode bits apply to it."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return {}
    if not sys.platform.startswith("linux"):
        pytest.skip("running as root, which reads every file, on a system without prctl")
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2

    def drop() -> None:
        for cap in (cap_dac_override, cap_dac_read_search):
            if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    probe = subprocess.run(["true"], preexec_fn=drop, check=False)
    if probe.returncode != 0:
        pytest.skip("running as root and cannot drop the capability to read every file")
    return {"preexec_fn": drop}
