"""``python -m tests.publish.standins DIR``: the GitHub and HackMD stand-ins, by hand.

Starts the tests' stand-ins of GitHub's REST API (with a real bare git repository for the
Zarr community-calls site) and of HackMD's API v1 on 127.0.0.1, sets up DIR so noteapp
has something to publish, prints the environment variables that point noteapp at them
and the commands to try, and serves until Ctrl+C (or SIGTERM).

DIR (made if missing, reused on the next run) holds:

- ``github/community-calls.git``: the site's repository, as the stand-in's remote;
- ``workspace/``: a noteapp workspace (``NOTEAPP_WORKSPACE``) with ``series/zarr.toml``
  (the series names the repository and its agenda label) and ``site/``, a clone of the
  site holding a Zarr note written after the call, not committed.

The stand-ins keep their state (pull requests, HackMD notes) in memory: a restart starts
them empty, the git repositories stay.  ``--colleague-every N`` plays a colleague on
HackMD's web page who adds a line to every note there each N seconds (to watch Publish ▸
Follow HackMD Live merge it).
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

from tests.publish.github_server import FakeGitHub
from tests.publish.realtime_hackmd import RealtimeHackMD, realtime_hackmd

REPOSITORY = "zarr-developers/community-calls"
LABEL = "meeting-agenda"
NOTE = Path(__file__).resolve().parents[1] / "fixtures" / "zarr-carried" / "zarr" / "2024-03-06.md"
ISSUES = [  # (title, author, labels, is a pull request)
    ("Sharding codec: the last open questions", "jhamman", [LABEL], False),
    ("V3 spec: consolidated metadata", "d-v-b", [LABEL], True),
    ("Typo in the README", "ada", ["bug"], False),
]
_IDENTITY = ["-c", "user.name=noteapp stand-in", "-c", "user.email=standin@example.org",
             "-c", "commit.gpgsign=false"]  # fmt: skip


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *_IDENTITY, *args], cwd=cwd, check=True, capture_output=True)


def prepare(root: Path) -> tuple[Path, Path, Path]:
    """The bare site repository, the workspace and the note in it (kept if there)."""
    bare = root / "github" / "community-calls.git"
    workspace = root / "workspace"
    site = workspace / "site"
    if not bare.exists():
        bare.parent.mkdir(parents=True, exist_ok=True)
        _git(root, "init", "--bare", "-q", "-b", "main", str(bare))
        seed = root / "github" / "seed"
        _git(root, "clone", "-q", str(bare), str(seed))
        (seed / "README.md").write_text("# Zarr community calls\n", encoding="utf-8")
        _git(seed, "add", "README.md")
        _git(seed, "commit", "-q", "-m", "Start")
        _git(seed, "push", "-q", "origin", "HEAD:main")
        shutil.rmtree(seed)
    if not site.exists():
        site.parent.mkdir(parents=True, exist_ok=True)
        _git(root, "clone", "-q", str(bare), str(site))
    note = site / "2024" / NOTE.name
    if not note.exists():
        note.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NOTE, note)
    series = workspace / "series" / "zarr.toml"
    if not series.exists():
        series.parent.mkdir(parents=True, exist_ok=True)
        series.write_text(
            f'template = "zarr"\nfolder = "{site.as_posix()}"\n'
            f'repository = "{REPOSITORY}"\nagenda_label = "{LABEL}"\n',
            encoding="utf-8",
        )
    return bare, workspace, note


def _colleague(hackmd: RealtimeHackMD, every: float, stop: threading.Event) -> None:
    n = 0
    while not stop.wait(every):
        n += 1
        for note_id in list(hackmd.notes):
            line = f"- GH: update {n} typed on HackMD"
            hackmd.web_edit(note_id, lambda text, x=line: text.rstrip("\n") + f"\n{x}\n")


def start(root: Path, github_port: int = 0, hackmd_port: int = 0
          ) -> tuple[FakeGitHub, RealtimeHackMD, dict[str, str], Path]:  # fmt: skip
    """Both stand-ins serving for ``root`` (prepared), the settings that point noteapp at
    them, and the note to publish."""
    bare, workspace, note = prepare(root)
    github = FakeGitHub(root / "github", port=github_port)
    hackmd = realtime_hackmd(hackmd_port)
    github.start()
    github.add_repo(REPOSITORY, bare, writers={"note-taker"})
    for title, author, labels, pull in ISSUES:
        github.add_issue(REPOSITORY, title, author, labels, pull=pull)
    env = {
        "NOTEAPP_GITHUB_API_URL": github.url,
        "NOTEAPP_GITHUB_TOKEN": github.token,
        "NOTEAPP_HACKMD_API_URL": hackmd.url,
        "NOTEAPP_HACKMD_TOKEN": hackmd.token,
        "NOTEAPP_WORKSPACE": str(workspace),
    }
    return github, hackmd, env, note


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.publish.standins")
    parser.add_argument("dir", type=Path, metavar="DIR", help="repositories and workspace")
    parser.add_argument("--github-port", type=int, default=0, help="default: any free port")
    parser.add_argument("--hackmd-port", type=int, default=0, help="default: any free port")
    parser.add_argument("--colleague-every", type=float, default=0.0, metavar="SECONDS")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    root = args.dir.resolve()
    try:
        github, hackmd, env, note = start(root, args.github_port, args.hackmd_port)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"standins: {exc}", file=sys.stderr)
        return 1
    bare = root / "github" / "community-calls.git"
    q = shlex.quote
    print("Stand-ins on 127.0.0.1 (test tokens, not secrets). In another shell:\n")
    for key, value in env.items():
        print(f"export {key}={q(value)}")
    print(
        "\nThen try:\n"
        f"  noteapp publish {q(str(note))} --pr       # a pull request; again: updates it\n"
        "  noteapp new --series zarr --agenda-from-github    # agenda from labelled issues\n"
        f"  noteapp publish {q(str(note))} --hackmd   # a note on the HackMD stand-in\n"
        f"  noteapp {q(str(note))}   # the window: Publish ▸ Open Pull Request, "
        "Follow HackMD Live\n"
        f"\nThe site's repository: {bare} (git -C {q(str(bare))} log --all --oneline)\n"
        "Serving; Ctrl+C stops.",
        flush=True,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if args.colleague_every > 0:
        threading.Thread(
            target=_colleague, args=(hackmd, args.colleague_every, stop), daemon=True
        ).start()
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    stop.set()
    github.stop()
    hackmd.stop()
    opened = len(github.pulls(REPOSITORY)) - sum(pull for *_, pull in ISSUES)
    print(f"\nStopped ({opened} pull request(s) opened, {len(hackmd.notes)} HackMD note(s)).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
