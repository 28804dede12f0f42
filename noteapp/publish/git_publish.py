"""Commit one note to the site's git repository, and push it if asked.

Only that file is ever committed (``git commit --only -- FILE``), and not at all while
other changes are staged: they are the user's work in progress, and stay staged.  The
user's git configuration (hooks, signing, credentials) is respected; the ``git``
command runs through ``subprocess``, cancellable between steps and during a push.
"""

from __future__ import annotations

import calendar
import os
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from noteapp.core.errors import PublishError
from noteapp.publish.progress import Cancelled, Progress, check, report
from noteapp.storage.style_sources import series_for

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting

_DATE_WORDS = re.compile(
    r"\d+(?:st|nd|rd|th)?|"
    + "|".join(calendar.month_name[1:] + calendar.month_abbr[1:] + calendar.day_name[:])
    + r"|[\W_]+",
    re.I,
)


class GitError(PublishError):
    """A git step failed; the message carries git's own words."""


class GitMissing(GitError):
    pass


class NotARepository(GitError):
    pass


class NothingToCommit(GitError):
    pass


class OtherChangesStaged(GitError):
    def __init__(self, message: str, staged: tuple[str, ...]) -> None:
        super().__init__(message)
        self.staged = staged


class PushRejected(GitError):
    def __init__(self, message: str, commit: str) -> None:
        super().__init__(message)
        self.commit = commit


@dataclass(frozen=True)
class GitResult:
    repository: Path
    path: str  # the note, relative to the repository, with "/"
    commit: str  # full hash
    message: str
    branch: str | None
    pushed: bool
    added: bool  # the file was new to the repository


def commit_message(
    path: str | Path, meeting: Meeting, series_title: str | None = None, *, update: bool = False
) -> str:
    """ "Add notes for Zarr community call 2024-01-24" ("Update ..." for a tracked file).

    The series' title is the best name; without one the note's first heading or title,
    else the folder of the series (``zarr-community-call/2024/2024-01-24.md``).
    """
    day = meeting.when.date
    name = series_title or _name_in_note(meeting) or series_folder_name(Path(path), words=True)
    iso = day.isoformat() if day else None
    if name is None:
        name = f"meeting {iso or Path(path).stem}"
    elif iso and iso not in name:
        name = f"{name} {iso}"
    return f"{'Update' if update else 'Add'} notes for {name}"


def series_title_for(path: str | Path, workspace: Path | None = None) -> str | None:
    """The title of the series whose folder holds ``path``, if the series module knows one."""
    series = series_for(path, workspace)
    return series.title if series is not None else None


def publish_to_git(
    path: str | Path,
    *,
    push: bool = False,
    message: str | None = None,
    series_title: str | None = None,
    interactive: bool = False,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> GitResult:
    """Commit the note ``path`` alone, with a message from its series; push if asked.

    ``interactive`` lets git ask for credentials on the terminal (the command line);
    the window leaves it off so a push can never wait on a prompt nobody sees.
    """
    note = Path(path).resolve()
    if not note.is_file():
        raise GitError(f"{path}: no such file.")
    git = GitRunner(note.parent, cancel, interactive)
    report(progress, "Looking for the git repository…")
    top = git.run("rev-parse", "--show-toplevel", what="find the repository")
    if top.returncode != 0:
        raise NotARepository(
            f"{note.parent} is not inside a git repository, so there is nothing to commit to "
            f"(git says: {said(top)})."
        )
    repo = Path(top.stdout.strip()).resolve()
    git.cwd = repo
    rel = note.relative_to(repo).as_posix()
    if git.run("check-ignore", "-q", "--", rel).returncode == 0:
        raise GitError(f"{rel} is ignored by the repository's .gitignore; nothing was committed.")
    staged = tuple(p for p in git.ok("diff", "--cached", "--name-only", "-z").split("\0") if p)
    others = tuple(p for p in staged if p != rel)
    if others:
        listed = ", ".join(others[:5]) + (" …" if len(others) > 5 else "")
        raise OtherChangesStaged(
            f"Other changes are staged in {repo.name} ({listed}); noteapp commits only the note "
            "and will not commit them along. Commit them first, or unstage them with "
            "git restore --staged <file>; they were left as they are.",
            others,
        )
    tracked = git.run("ls-files", "--error-unmatch", "--", rel).returncode == 0
    if not git.ok("status", "--porcelain", "-z", "--", rel).strip("\0"):
        raise NothingToCommit(f"Nothing to commit: {rel} is the same as in the last commit.")
    if message is None:
        from noteapp.core.meeting import parse_meeting
        from noteapp.core.text.source import read_note

        meeting = parse_meeting(read_note(note).text, note)
        message = commit_message(
            note, meeting, series_title or series_title_for(note), update=tracked
        )
    check(cancel)
    report(progress, f"Committing {rel}…")
    git.ok("add", "--", rel)
    done = git.run("commit", "--only", "-m", message, "--", rel, what="commit")
    if done.returncode != 0:
        if rel not in staged:  # put the index back as it was
            undo = ("reset", "-q", "--", rel) if tracked else ("rm", "--cached", "-q", "--", rel)
            git.run(*undo)
        raise GitError(f"git could not commit {rel}:\n{said(done)}")
    commit = git.ok("rev-parse", "HEAD").strip()
    branch = git.run("symbolic-ref", "--short", "-q", "HEAD").stdout.strip() or None
    report(progress, f"Committed {commit[:7]}: {message}")
    pushed = False
    if push:
        check(cancel)
        report(progress, "Pushing…")
        result = git.run("push", what="push", network=True)
        if result.returncode != 0:
            raise PushRejected(
                f"Committed {commit[:7]} locally, but the push failed:\n{said(result)}"
                f"{_push_hint(result.stderr, branch)}",
                commit,
            )
        pushed = True
        report(progress, "Pushed.")
    return GitResult(repo, rel, commit, message, branch, pushed, not tracked)


# -- helpers --------------------------------------------------------------------------------


class GitRunner:
    """Runs ``git`` in a folder, cancellable while it runs; the user's config applies."""

    def __init__(self, cwd: Path, cancel: threading.Event | None, interactive: bool) -> None:
        self.cwd = cwd
        self.cancel = cancel
        self.interactive = interactive
        self.exe = shutil.which("git")
        if self.exe is None:
            raise GitMissing(
                "git is not installed (or not on PATH). Install git from https://git-scm.com "
                "and try again."
            )

    def run(
        self,
        *args: str,
        what: str = "",
        network: bool = False,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        check(self.cancel)
        env = {**os.environ, **(env or {})}
        if network and not self.interactive:
            env["GIT_TERMINAL_PROMPT"] = "0"  # fail instead of waiting on an unseen prompt
        try:
            proc = subprocess.Popen(
                [self.exe or "git", *args],
                cwd=self.cwd,
                env=env,
                stdin=None if self.interactive else subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
            )
        except FileNotFoundError:
            raise GitMissing("git is not installed (or not on PATH).") from None
        while True:
            try:
                out, err = proc.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                if self.cancel is not None and self.cancel.is_set():
                    proc.terminate()
                    proc.communicate()
                    raise Cancelled(f"Cancelled during git {what or args[0]}.") from None
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)

    def ok(self, *args: str, env: dict[str, str] | None = None) -> str:
        result = self.run(*args, env=env)
        if result.returncode != 0:
            raise GitError(f"git {args[0]} failed:\n{said(result)}")
        return result.stdout


def said(result: subprocess.CompletedProcess[str]) -> str:
    text = (result.stderr or "").strip() or (result.stdout or "").strip()
    return text or f"exit status {result.returncode}"


# Folders that hold notes without naming a series.
_GENERIC_FOLDERS = re.compile(
    r"\d{4}|(?:meeting[-_ ]?)?(?:notes|minutes)|meetings|docs?|content|posts?|_posts", re.I
)


def series_folder_name(path: Path, *, words: bool = False) -> str | None:
    """The name of the folder that holds a series' notes: the note's folder, or the one
    above a year folder (``.../example-community-call/2024/2024-01-24.md``); ``words``
    spells ``example-community-call`` as "example community call". None for a folder with a
    generic name (``notes``, ``minutes``, ``docs``)."""
    folders = [p.name for p in path.parents if p.name][:2]
    name = next((f for f in folders if not _GENERIC_FOLDERS.fullmatch(f)), None)
    if name is None:
        return None
    return " ".join(re.split(r"[-_ ]+", name)).strip() if words else name


def _push_hint(stderr: str, branch: str | None) -> str:
    if "no upstream" in stderr or "has no upstream branch" in stderr:
        return f"\nSet where to push once: git push -u origin {branch or 'BRANCH'}"
    if "rejected" in stderr or "fetch first" in stderr or "non-fast-forward" in stderr:
        return "\nThe remote has commits this clone lacks: run git pull --rebase, then push again."
    return ""


def _name_in_note(meeting: Meeting) -> str | None:
    """The note's own name for the meeting: its first heading, else its title."""
    candidates = [h.text for h in meeting.outline.headings if h.level == 1][:1]
    title = (meeting.front_matter.data or {}).get("title")
    if isinstance(title, str):
        candidates.append(title)
    for text in candidates:
        text = re.sub(r"[*_`]+", "", text).strip()
        if text and _DATE_WORDS.sub("", text):
            return text
    return None
