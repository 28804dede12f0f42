"""Before the call, the agenda from labelled GitHub issues; after it, a comment on each
discussed issue with a link to the notes.  No Qt; the window runs these in a worker."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from noteapp.core.convert.github_agenda import discussed_issues
from noteapp.core.errors import PublishError
from noteapp.core.meeting import parse_meeting
from noteapp.core.text.source import read_note
from noteapp.publish.git_publish import GitRunner, commit_message, series_for
from noteapp.publish.github import GitHubClient, Issue, NotFound, client_from_environment
from noteapp.publish.progress import Progress, check, report
from noteapp.publish.pull_request import branch_name

if TYPE_CHECKING:
    from noteapp.core.series.model import Series

COMMENT_MARKER = "<!-- noteapp-notes -->"


class NoAgendaSource(PublishError):
    """The series names no repository or no label."""


@dataclass(frozen=True)
class CommentResult:
    number: int
    action: Literal["commented", "already", "would comment", "not found"]
    url: str | None = None


def agenda_issues(
    series: Series,
    *,
    client: GitHubClient | None = None,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> list[Issue]:
    """The open issues and pull requests of the series' repository with its agenda label."""
    if not series.repository or not series.agenda_label:
        missing = " and ".join(
            k for k, v in (("repository", series.repository), ("agenda_label", series.agenda_label))
            if not v
        )  # fmt: skip
        raise NoAgendaSource(
            f"The series {series.name} names no {missing}: add to its file, e.g.\n"
            '    repository = "OWNER/NAME"\n    agenda_label = "meeting-agenda"'
        )
    client = client or client_from_environment(cancel=cancel, progress=progress)
    report(progress, f"Reading {series.repository}'s issues labelled {series.agenda_label}…")
    return client.labelled_issues(series.repository, series.agenda_label)


def comment_on_discussed(
    path: str | Path,
    *,
    repository: str | None = None,
    link: str | None = None,
    all_linked: bool = False,
    dry_run: bool = False,
    client: GitHubClient | None = None,
    workspace: Path | None = None,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> list[CommentResult]:
    """Comment on each issue the note's agenda links to and the meeting discussed (ticked,
    or with notes beneath it), once: an issue that has the comment already is skipped.

    The link is ``link``, else the note's open pull request, else the note's address on
    the repository's default branch."""

    note = Path(path).resolve()
    series = series_for(note, workspace)
    repository = repository or (series.repository if series else None)
    if not repository:
        raise NoAgendaSource(
            f"Which repository are {note.name}'s issues in? Name it in the series "
            '(repository = "OWNER/NAME") or with --repo.'
        )
    meeting = parse_meeting(read_note(note).text, note)
    numbers = discussed_issues(meeting, repository, all_linked=all_linked)
    if not numbers:
        return []
    client = client or client_from_environment(cancel=cancel, progress=progress)
    link = link or _notes_link(note, meeting, series, repository, client, progress)
    title = commit_message(note, meeting, series.title if series else None)
    body = f"Discussed at the {title.removeprefix('Add notes for ')}: [the notes]({link}).\n\n"
    body += COMMENT_MARKER
    results = []
    for number in numbers:
        check(cancel)
        try:
            earlier = client.comments(repository, number)
        except NotFound:
            results.append(CommentResult(number, "not found"))
            continue
        if any(link in c.body for c in earlier):
            results.append(CommentResult(number, "already"))
            continue
        if dry_run:
            results.append(CommentResult(number, "would comment"))
            continue
        report(progress, f"Commenting on {repository}#{number}…")
        made = client.add_comment(repository, number, body)
        results.append(CommentResult(number, "commented", made.url))
    return results


def _notes_link(
    note: Path,
    meeting: object,
    series: Series | None,
    repository: str,
    client: GitHubClient,
    progress: Progress | None,
) -> str:
    """The note's open pull request, else its address on the default branch."""

    repo = client.repo(repository)
    git = GitRunner(note.parent, client.cancel, False)
    top = git.run("rev-parse", "--show-toplevel")
    rel = note.name
    if top.returncode == 0:
        rel = note.relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    branch = branch_name(meeting, note, series.name if series else None)  # type: ignore[arg-type]
    login = client.login()
    for owner in dict.fromkeys((login, repo.owner)):
        pulls = client.open_pulls(repository, f"{owner}:{branch}")
        if pulls:
            report(progress, f"Linking to pull request #{pulls[0].number}.")
            return pulls[0].url
    base = repo.html_url or f"https://github.com/{repository}"
    return f"{base}/blob/{repo.default_branch}/{rel}"
