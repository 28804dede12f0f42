"""Side by side: noteapp, ghostwriter and ReText opening the same notes under one Xvfb.

Run: .venv/bin/python -m bench.peers [--runs 3] [--lines 5000 50000] [--shapes call core]
(needs Xvfb, xdotool and ImageMagick's ``import``; peers that are not installed are
skipped, and said so: ``apt-get install -y ghostwriter retext``).

For each note (bench/notegen.py, both shapes) the programs are started in turn, run
after run (alternating, so all see the same machine), each with a fresh home folder.
Per start it measures:

- **text visible**: from the spawn to the first screenshot of the program's window
  (found with ``xdotool search --sync --onlyvisible --pid``, captured with ``import``
  every few ms) that shows the text and is settled: at least ``--edges`` of its pixels
  differ clearly from their left neighbour (glyphs do; an empty editor, a white preview
  pane, menus, toolbars and a status line "opening ..." hold far fewer: checked by eye
  with ``--keep``), and the next ``--settle`` screenshots are identical to it (the
  paint is done; a caret blink may come later).  The time is that screenshot's
  start, so a slow capture does not count against the program.
- **idle RSS**: ``--idle`` seconds after that, the resident memory of the program and
  every process it started (QtWebEngine's helpers, for ghostwriter's preview), summed.

Then it prints the medians, the ratio noteapp / peer for both (below 1: noteapp is
faster or smaller) and the machine's load average before and after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.notegen import SHAPES

HERE = Path(__file__).resolve().parent
_SCRIPT = Path(sys.executable).parent / "noteapp"
NOTEAPP = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "noteapp"]
# The peers' commands, given the note's path (each opens a file named on its command line).
PEERS: dict[str, list[str]] = {
    "noteapp": NOTEAPP,
    "ghostwriter": ["ghostwriter"],
    "retext": ["retext"],
}
TOOLS = ("Xvfb", "xdotool", "import")
SCREEN = (1600, 1000)


@dataclass
class Sample:
    """One start: ms to the text visible (None: never within the timeout) and KiB."""

    visible_ms: float | None
    rss_kib: int | None


@dataclass
class Results:
    """Samples per (note label, program), in the order they were taken."""

    samples: dict[tuple[str, str], list[Sample]] = field(default_factory=dict)

    def add(self, note: str, program: str, sample: Sample) -> None:
        self.samples.setdefault((note, program), []).append(sample)

    def median(self, note: str, program: str, what: str) -> float | None:
        values = [
            v for s in self.samples.get((note, program), []) if (v := getattr(s, what)) is not None
        ]
        return statistics.median(values) if values else None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="starts of each program per note")
    parser.add_argument("--lines", type=int, nargs="+", default=[5000, 50000])
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=sorted(SHAPES))
    parser.add_argument(
        "--programs", nargs="+", choices=list(PEERS), default=list(PEERS), help="what to start"
    )
    parser.add_argument(
        "--edges", type=float, default=0.04, help="share of text-like edge pixels (0-1)"
    )
    parser.add_argument("--settle", type=int, default=2, help="identical screenshots after")
    parser.add_argument("--idle", type=float, default=2.0, help="seconds before the RSS")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per start")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="save each start's settled screenshot (PNG)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not 0 < args.edges < 1:
        parser.error("--edges is a share of the window's pixels, between 0 and 1")
    if "noteapp" not in args.programs:
        parser.error("--programs must include noteapp (the ratios are against it)")
    return args


def available(
    programs: Sequence[str], which: Callable[[str], str | None] = shutil.which
) -> tuple[list[str], list[str]]:
    """(the programs whose command is installed, a message for each one skipped)."""
    found, skipped = [], []
    for name in programs:
        command = PEERS[name][0]
        if Path(command).is_file() or which(command):
            found.append(name)
        else:
            skipped.append(f"{name}: not installed ({command} not found), skipped")
    return found, skipped


def read_ppm(image: bytes) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of a binary PPM (P6, 8 bits), as ``import ppm:-`` writes."""
    fields: list[bytes] = []
    at = 0
    while len(fields) < 4:
        while image[at : at + 1].isspace():
            at += 1
        if image[at : at + 1] == b"#":  # a comment line
            at = image.index(b"\n", at)
            continue
        end = at
        while end < len(image) and not image[end : end + 1].isspace():
            end += 1
        fields.append(image[at:end])
        at = end
    if fields[0] != b"P6" or fields[3] != b"255":
        raise ValueError("not an 8-bit binary PPM")
    width, height = int(fields[1]), int(fields[2])
    pixels = image[at + 1 : at + 1 + 3 * width * height]
    if len(pixels) != 3 * width * height:
        raise ValueError("a truncated PPM")
    return width, height, pixels


def edges(image: bytes) -> float:
    """The share of pixels that differ clearly from their left neighbour: lines of text
    are dense with such edges (0.08-0.10 for a window full of a note's text), an empty
    editor, flat panels, menus and a status line are not (under 0.02)."""
    import numpy as np

    width, height, pixels = read_ppm(image)
    if width < 2 or not height:
        return 0.0
    rgb = np.frombuffer(pixels, dtype=np.uint8).reshape(height, width, 3).astype(np.int16)
    return float((np.abs(np.diff(rgb, axis=1)).sum(axis=2) > 60).mean())


def settled_at(shots: Sequence[tuple[float, bytes]], min_edges: float, settle: int) -> float | None:
    """The time of the first screenshot (PPM) with ``min_edges`` of text-like edges that
    the next ``settle`` screenshots repeat exactly (None: none yet)."""
    for k in range(len(shots) - settle):
        at, image = shots[k]
        repeated = all(shots[k + j][1] == image for j in range(1, settle + 1))
        if repeated and edges(image) >= min_edges:
            return at
    return None


def table(results: Results, notes: Sequence[str], programs: Sequence[str]) -> list[str]:
    """The lines printed: per note, each program's medians and its ratio to noteapp's."""
    lines = []
    for note in notes:
        ours_ms = results.median(note, "noteapp", "visible_ms")
        ours_kib = results.median(note, "noteapp", "rss_kib")
        lines.append(note)
        for program in programs:
            ms = results.median(note, program, "visible_ms")
            kib = results.median(note, program, "rss_kib")
            runs = results.samples.get((note, program), [])
            missed = sum(s.visible_ms is None for s in runs)
            shown = f"{ms:7.0f} ms" if ms is not None else "  never   "
            rss = f"{kib / 1024:6.0f} MiB" if kib is not None else "   ?   MiB"
            ratio = ""
            if program != "noteapp":
                ratio = "; noteapp/" + program + " " + _ratio(ours_ms, ms) + " text, "
                ratio += _ratio(ours_kib, kib) + " RSS"
            note_missed = f" ({missed} of {len(runs)} never showed the text)" if missed else ""
            lines.append(f"  {program:12} text visible {shown}, idle RSS {rss}{ratio}{note_missed}")
    return lines


def _ratio(ours: float | None, theirs: float | None) -> str:
    return f"{ours / theirs:4.2f}x" if ours is not None and theirs else "  ?  "


# -- the measurement (needs the X tools) ------------------------------------------------


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise SystemExit("Xvfb did not start")
    return xvfb, f":{number}"


def _window_of(pid: int, env: dict[str, str], deadline: float) -> str | None:
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            return found[-1]
        time.sleep(0.005)
    return None


def _shots(window: str, env: dict[str, str], deadline: float) -> Iterator[tuple[float, bytes]]:
    while time.monotonic() < deadline:
        at = time.monotonic()
        done = subprocess.run(
            ["import", "-silent", "-window", window, "-depth", "8", "ppm:-"],
            env=env,
            capture_output=True,
        )
        if done.returncode == 0 and done.stdout:
            yield at, done.stdout


def _tree_rss_kib(pid: int) -> int | None:
    """VmRSS of ``pid`` and all its descendants, in KiB."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo, seen = 0, [pid], False
    while todo:
        current = todo.pop()
        try:
            for row in (Path("/proc") / str(current) / "status").read_text().splitlines():
                if row.startswith("VmRSS:"):
                    total += int(row.split()[1])
                    seen = True
        except OSError:
            continue
        todo.extend(children.get(current, []))
    return total if seen else None


def measure(program: str, note: Path, display: str, home: Path, args: argparse.Namespace) -> Sample:
    env = {
        **os.environ,
        "DISPLAY": display,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "xcb",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",  # ghostwriter's preview, run as root here
        "NOTEAPP_CONFIG_DIR": str(home / "noteapp-config"),
        "NOTEAPP_STATE_DIR": str(home / "noteapp-state"),
        "NOTEAPP_WORKSPACE": str(home / "workspace"),
    }
    start = time.monotonic()
    deadline = start + args.timeout
    process = subprocess.Popen(
        [*PEERS[program], str(note)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: stopped with its helpers
    )
    try:
        window = _window_of(process.pid, env, deadline)
        visible = None
        if window is not None:
            shots: list[tuple[float, bytes]] = []
            for shot in _shots(window, env, deadline):
                shots.append(shot)
                at = settled_at(shots[-(args.settle + 8) :], args.edges, args.settle)
                if at is not None:
                    visible = (at - start) * 1000
                    break
            if args.keep is not None:  # what was judged "text visible", to check by eye
                args.keep.mkdir(parents=True, exist_ok=True)
                shot = args.keep / f"{home.name}.png"
                subprocess.run(["import", "-silent", "-window", window, str(shot)], env=env)
        rss = None
        if visible is not None:
            time.sleep(args.idle)
            rss = _tree_rss_kib(process.pid)
        return Sample(visible, rss)
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"cannot measure: {', '.join(missing)} not installed", file=sys.stderr)
        return 2
    programs, skipped = available(args.programs)
    for message in skipped:
        print(message)
    load_before = os.getloadavg()
    results = Results()
    xvfb, display = _start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            notes: list[tuple[str, Path]] = []
            for lines in args.lines:
                for shape in args.shapes:
                    folder = root / f"{shape}-{lines}"
                    folder.mkdir()
                    path = folder / "note.md"
                    path.write_text(SHAPES[shape](lines), encoding="utf-8")
                    notes.append((f"{lines:,}-line {shape} note", path))
            for label, path in notes:
                for run in range(args.runs):
                    for program in programs:
                        home = root / "homes" / f"{program}-{run}-{path.parent.name}"
                        home.mkdir(parents=True)
                        results.add(label, program, measure(program, path, display, home, args))
    finally:
        xvfb.terminate()
        xvfb.wait()
    load_after = os.getloadavg()
    print(
        f"load average before {' '.join(f'{x:.2f}' for x in load_before)}, after "
        f"{' '.join(f'{x:.2f}' for x in load_after)}; one Xvfb {SCREEN[0]}x{SCREEN[1]}; "
        f"{args.runs} alternating runs each, medians; text visible = {args.edges:.0%} edges, "
        f"settled over {args.settle} screenshots"
    )
    print("\n".join(table(results, [label for label, _ in notes], programs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
