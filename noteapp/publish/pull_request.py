"""Publish a note as a pull request: a branch named for the meeting, one commit holding
the note alone, pushed to the user's fork or the origin, and a pull request opened (or the
open one updated) with a title and body from the series.

The commit is made with git's plumbing (a private index, ``hash-object``, ``write-tree``,
``commit-tree``) on top of the target's default branch (or of the pull request's branch
when there is one already): the user's checkout, branch and staged changes are never
touched, and nothing but the note goes into the commit.  ``git`` pushes with the user's
own credentials; the API calls use the GitHub token (:mod:`noteapp.publish.github`).
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from noteapp.core.errors import PublishError
from noteapp.core.meeting import parse_meeting
from noteapp.core.text.source import read_note
from noteapp.publish.git_publish import (
    GitError,
    GitRunner,
    NotARepository,
    NothingToCommit,
    commit_message,
    said,
    series_folder_name,
    series_for,
)
from noteapp.publish.github import (
    Forbidden,
    GitHubClient,
    Invalid,
    NotFound,
    PullRequest,
    Repo,
    client_from_environment,
    parse_repo_url,
)
from noteapp.publish.progress import Progress, check, pause, report

if TYPE_CHECKING:
    from noteapp.core.meeting import Meeting

MARKER = "<!-- noteapp-note: {path} -->"  # in the body: which note the pull request is for
_FORK_WAITS = (1, 2, 3, 5, 8)  # seconds between looks for a fork GitHub is still making


class NoRemote(PublishError):
    """The repository has no GitHub remote to open a pull request against."""


class NoPushRights(PublishError):
    """The user may not push to the repository, and has no fork nor may make one."""


@dataclass(frozen=True)
class PullRequestResult:
    action: Literal["opened", "updated", "unchanged"]
    number: int
    url: str
    branch: str
    head_repo: str  # where the branch was pushed: "owner/name"
    target: str  # the repository the pull request is against
    commit: str
    title: str


def branch_name(meeting: Meeting, path: Path, series_name: str | None = None) -> str:
    """``notes/zarr-2024-01-24``: the series (else the folder of its notes) and the date."""
    day = meeting.when.date.isoformat() if meeting.when.date else path.stem
    name = series_name or series_folder_name(path) or ""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    day_slug = re.sub(r"[^A-Za-z0-9._-]+", "-", day).strip("-.")
    return f"notes/{slug}-{day_slug}" if slug and slug not in day_slug else f"notes/{day_slug}"


def pull_request_text(meeting: Meeting, rel: str, title: str) -> str:
    """The pull request's body: who came and the action items, and the marker line."""
    lines = [f"{title} (`{rel}`)."]
    present = [a.name for a in meeting.attendees if a.present is not False and a.name]
    if present:
        lines += ["", f"**Attendees ({len(present)}):** " + ", ".join(present)]
    if meeting.action_items:
        lines += ["", "**Action items:**", ""]
        for item in meeting.action_items:
            owners = ", ".join(item.owners)
            text = item.text.strip()
            if owners and not text.lower().startswith(owners.lower()):
                text = f"{owners}: {text}"
            lines.append(f"- [{'x' if item.done else ' '}] {text}")
    lines += [
        "",
        "<sub>Opened with noteapp; publishing the note again updates this pull request.</sub>",
        MARKER.format(path=rel),
    ]
    return "\n".join(lines) + "\n"


def open_pull_request(
    path: str | Path,
    *,
    client: GitHubClient | None = None,
    repository: str | None = None,
    workspace: Path | None = None,
    interactive: bool = False,
    fork_waits: tuple[float, ...] = _FORK_WAITS,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> PullRequestResult:
    """Commit the note ``path`` alone on its meeting's branch, push it, and open (or
    update) the pull request.  ``repository`` (``owner/name``) is the target; by default
    the note's series names it, else the ``upstream`` or ``origin`` remote."""

    note = Path(path).resolve()
    if not note.is_file():
        raise GitError(f"{path}: no such file.")
    git = GitRunner(note.parent, cancel, interactive)
    report(progress, "Looking for the git repository…")
    top = git.run("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise NotARepository(
            f"{note.parent} is not inside a git repository: a pull request needs a clone of "
            f"the site (git says: {said(top)})."
        )
    git.cwd = Path(top.stdout.strip()).resolve()
    rel = note.relative_to(git.cwd).as_posix()
    series = series_for(note, workspace)
    remotes = _remotes(git)
    target_name = repository or (series.repository if series else None) or _from_remotes(remotes)
    if target_name is None:
        if not remotes:
            raise NoRemote(
                f"{git.cwd.name} has no git remote, so there is nowhere to open a pull request. "
                "Add the site's repository: git remote add origin https://github.com/OWNER/NAME"
                ', or name it in the series (repository = "OWNER/NAME").'
            )
        listed = ", ".join(f"{k} ({v})" for k, v in remotes.items())
        raise NoRemote(
            f"None of {git.cwd.name}'s remotes is a GitHub repository ({listed}). Name the "
            'repository in the series (repository = "OWNER/NAME") or with --repo.'
        )
    meeting = parse_meeting(read_note(note).text, note)
    client = client or client_from_environment(cancel=cancel, progress=progress)

    report(progress, f"Asking GitHub about {target_name}…")
    target = client.repo(target_name)
    login = client.login()
    head = target if target.can_push else _fork(client, target, login, fork_waits, progress)
    base_source = _remote_for(remotes, target) or target.clone_url
    head_source = _remote_for(remotes, head) or head.clone_url
    branch = branch_name(meeting, note, series.name if series else None)

    report(progress, f"Fetching {target.full_name} {target.default_branch}…")
    base = _fetch(git, base_source, target.default_branch)
    if base is None:
        raise GitError(f"{target.full_name} has no branch {target.default_branch} to build on.")
    existing = _fetch(git, head_source, branch)
    parent = existing or base
    tree = _tree_with(git, parent, note, rel)
    name = series.title if series else None
    title = commit_message(note, meeting, name).replace("Add notes", "Notes", 1)
    commit = parent
    if tree != git.ok("rev-parse", f"{parent}^{{tree}}").strip():
        message = commit_message(note, meeting, name, update=existing is not None or
                                 _tracked(git, base, rel))  # fmt: skip
        commit = git.ok("commit-tree", tree, "-p", parent, "-m", message).strip()
        check(cancel)
        report(progress, f"Pushing {branch} to {head.full_name}…")
        pushed = git.run(
            "push", "-q", head_source, f"{commit}:refs/heads/{branch}", what="push",
            network=True,
        )  # fmt: skip
        if pushed.returncode != 0:
            raise GitError(f"git could not push {branch} to {head.full_name}:\n{said(pushed)}"
                           f"{_push_hint(said(pushed))}")  # fmt: skip
    elif existing is None:
        raise NothingToCommit(
            f"{rel} is already on {target.full_name}'s {target.default_branch} as it is: "
            "there is nothing to propose."
        )
    body = pull_request_text(meeting, rel, title)
    head_ref = f"{head.owner}:{branch}"
    check(cancel)
    report(progress, "Looking for an open pull request…")
    found = _open_pull(client, target, head_ref)
    if found is None:
        try:
            created = client.create_pull(
                target.full_name, title=title, body=body, head=head_ref,
                base=target.default_branch,
            )  # fmt: skip
            return PullRequestResult("opened", created.number, created.url, branch,
                                     head.full_name, target.full_name, commit, title)  # fmt: skip
        except Invalid as exc:
            if not any("already exists" in e for e in exc.errors):
                raise
            found = _open_pull(client, target, head_ref)  # opened meanwhile: update it
            if found is None:
                raise
    changed = commit != parent
    if found.title != title or found.body != body:
        found = client.update_pull(target.full_name, found.number, title=title, body=body)
        changed = True
    if not changed:
        report(progress, "The pull request already has this note.")
    return PullRequestResult("updated" if changed else "unchanged", found.number, found.url,
                             branch, head.full_name, target.full_name, commit, title)  # fmt: skip


# -- steps ------------------------------------------------------------------------------------


def _open_pull(client: GitHubClient, target: Repo, head_ref: str) -> PullRequest | None:
    pulls = client.open_pulls(target.full_name, head_ref, target.default_branch)
    return pulls[0] if pulls else None


def _fork(
    client: GitHubClient,
    target: Repo,
    login: str,
    waits: tuple[float, ...],
    progress: Progress | None,
) -> Repo:
    """The user's fork of ``target``: found, or made (GitHub makes it in the background)."""
    mine = f"{login}/{target.name}"
    try:
        repo = client.repo(mine)
        if repo.fork and (repo.parent or "").lower() == target.full_name.lower():
            report(progress, f"Using your fork {repo.full_name}.")
            return repo
        raise NoPushRights(
            f"You ({login}) cannot push to {target.full_name}, and your {mine} is not a fork of "
            "it, so GitHub cannot make one under that name. Ask the maintainers for push "
            "rights, or rename your repository and publish again."
        )
    except NotFound:
        pass
    report(progress, f"You cannot push to {target.full_name}; asking GitHub for a fork…")
    try:
        made = client.create_fork(target.full_name)
    except (Forbidden, NotFound) as exc:
        raise NoPushRights(
            f"You ({login}) have no push rights on {target.full_name}, no fork of it, and "
            f"GitHub would not make one ({exc}). Ask the maintainers for push rights, or fork "
            "it on github.com, then publish again."
        ) from None
    for wait in (0.0, *waits):
        pause(wait, client.cancel)
        try:
            return client.repo(made.full_name)
        except NotFound:
            report(progress, f"GitHub is still making the fork {made.full_name}…")
    raise PublishError(
        f"GitHub is still making the fork {made.full_name}; publish again in a minute."
    )


def _remotes(git: GitRunner) -> dict[str, str]:
    names = [n for n in git.ok("remote").split() if n]
    found = {}
    for name in names:
        url = git.run("remote", "get-url", "--push", name)
        if url.returncode == 0 and url.stdout.strip():
            found[name] = url.stdout.strip()
    return found


def _from_remotes(remotes: dict[str, str]) -> str | None:
    """The target: ``upstream`` (a fork's clone), else ``origin``, else any GitHub remote."""
    ordered = sorted(remotes, key=lambda n: (n != "upstream", n != "origin", n))
    for name in ordered:
        found = parse_repo_url(remotes[name])
        if found:
            return found
    return None


def _remote_for(remotes: dict[str, str], repo: Repo) -> str | None:
    """The name of the local remote that points at ``repo``, if any."""
    wanted = {_normal(u) for u in (repo.clone_url, repo.ssh_url, repo.html_url) if u}
    for name, url in remotes.items():
        if _normal(url) in wanted or parse_repo_url(url) == repo.full_name:
            return name
    return None


def _normal(url: str) -> str:
    text = url.strip().removeprefix("file://").rstrip("/").removesuffix(".git")
    if text.startswith(("/", ".")) or re.match(r"[A-Za-z]:[\\/]", text):
        return os.path.normcase(os.path.realpath(text))
    return text.lower()


def _fetch(git: GitRunner, source: str, branch: str) -> str | None:
    """The commit ``branch`` of ``source`` points at (fetched), or None if it has none."""
    listed = git.run("ls-remote", "--heads", source, f"refs/heads/{branch}", what="ls-remote",
                     network=True)  # fmt: skip
    if listed.returncode != 0:
        raise GitError(f"git cannot read {source}:\n{said(listed)}{_push_hint(said(listed))}")
    if not listed.stdout.strip():
        return None
    done = git.run("fetch", "-q", "--no-tags", source, f"refs/heads/{branch}", what="fetch",
                   network=True)  # fmt: skip
    if done.returncode != 0:
        raise GitError(f"git could not fetch {branch} from {source}:\n{said(done)}")
    return git.ok("rev-parse", "FETCH_HEAD").strip()


def _tree_with(git: GitRunner, parent: str, note: Path, rel: str) -> str:
    """The tree of ``parent`` with the note (as on disk now) at ``rel``."""
    blob = git.ok("hash-object", "-w", f"--path={rel}", "--", str(note)).strip()
    mode = "100755" if os.access(note, os.X_OK) and os.name != "nt" else "100644"
    handle, index = tempfile.mkstemp(prefix="noteapp-index-", dir=_git_dir(git))
    os.close(handle)
    env = {"GIT_INDEX_FILE": index}
    try:
        os.unlink(index)  # git makes it; an empty file is not an index
        git.ok("read-tree", parent, env=env)
        git.ok("update-index", "--add", "--cacheinfo", f"{mode},{blob},{rel}", env=env)
        return git.ok("write-tree", env=env).strip()
    finally:
        for leftover in (index, index + ".lock"):
            if os.path.exists(leftover):
                os.unlink(leftover)


def _git_dir(git: GitRunner) -> str:
    found = git.ok("rev-parse", "--absolute-git-dir").strip()
    return found if found else tempfile.gettempdir()


def _tracked(git: GitRunner, commit: str, rel: str) -> bool:
    return git.run("cat-file", "-e", f"{commit}:{rel}").returncode == 0


def _push_hint(text: str) -> str:
    lowered = text.lower()
    if "could not read username" in lowered or "authentication" in lowered or "403" in lowered:
        return (
            "\ngit has no credentials for this remote: run gh auth setup-git (or set up a "
            "credential helper or an SSH key), then publish again."
        )
    if "could not resolve host" in lowered or "unable to access" in lowered:
        return "\nThe network may be down; publish again when it is back."
    return ""
