"""``noteapp publish FILE --hackmd [--team NAME]``, ``--git [--push]``, ``--pr [--repo
OWNER/NAME]`` or ``--comment-issues``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

HELP = "send a note to HackMD, commit it to its git repository, or open a pull request"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--hackmd", action="store_true", help="create or update its HackMD note")
    where.add_argument("--git", action="store_true", help="commit the file (and only it)")
    where.add_argument(
        "--pr",
        action="store_true",
        help="open a GitHub pull request holding the note alone (a second run updates it)",
    )
    where.add_argument(
        "--comment-issues",
        action="store_true",
        help="after the call: comment on each discussed (ticked) GitHub issue of the agenda "
        "with a link to the notes",
    )
    hackmd = parser.add_argument_group("HackMD")
    hackmd.add_argument("--team", metavar="NAME", help="a team workspace (its path on HackMD)")
    hackmd.add_argument(
        "--on-conflict",
        choices=("pull", "overwrite", "cancel"),
        default="cancel",
        help="when the note was edited on HackMD since the last push or pull: take HackMD's "
        "text into the file, replace it with the file's, or stop (default)",
    )
    hackmd.add_argument(
        "--id-in-front-matter",
        action="store_true",
        help="also write the HackMD note id into the file's front matter (hackmd_id)",
    )
    hackmd.add_argument("--new", action="store_true", help="create a new HackMD note")
    hackmd.add_argument("--toc", action="store_true", help="put [TOC] at the top")
    hackmd.add_argument(
        "--keep-site-keys", action="store_true", help="also send layout, parent, nav_order..."
    )
    hackmd.add_argument(
        "--folder",
        metavar="NAME",
        help="a folder of the (team) workspace, by name or id: made if missing; a note "
        "already on HackMD is moved into it",
    )
    hackmd.add_argument(
        "--read-permission",
        choices=("owner", "signed_in", "guest"),
        help="who may read it (set on later pushes too)",
    )
    hackmd.add_argument(
        "--write-permission",
        choices=("owner", "signed_in", "guest"),
        help="who may edit it (set on later pushes too)",
    )
    hackmd.add_argument(
        "--max-wait",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="longest wait for HackMD's rate limit to reset (default 120)",
    )
    git = parser.add_argument_group("git")
    git.add_argument("--push", action="store_true", help="push after committing")
    git.add_argument("-m", "--message", help="the commit message (default: from the series)")
    github = parser.add_argument_group("GitHub (--pr, --comment-issues)")
    github.add_argument(
        "--repo",
        metavar="OWNER/NAME",
        help="the repository (default: the series' repository, else the upstream or origin remote)",
    )
    github.add_argument(
        "--all-linked",
        action="store_true",
        help="--comment-issues: every issue the agenda links to, ticked or not",
    )
    github.add_argument(
        "--link", metavar="URL", help="--comment-issues: the notes' address (default: its PR)"
    )
    github.add_argument(
        "--dry-run", action="store_true", help="--comment-issues: list them, comment on none"
    )


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.output import fail, progress
    from noteapp.core.errors import NoteError

    try:
        if args.git:
            return _git(args, progress)
        if args.pr:
            return _pull_request(args, progress)
        if args.comment_issues:
            return _comment_issues(args, progress)
        return _hackmd(args, progress)
    except KeyboardInterrupt:
        return fail("cancelled.", 130)
    except NoteError as exc:
        return fail(str(exc))


def _git(args: argparse.Namespace, progress: Callable[[str], None]) -> int:
    from noteapp.publish.git_publish import publish_to_git

    result = publish_to_git(
        args.file, push=args.push, message=args.message, interactive=True, progress=progress
    )
    pushed = " and pushed" if result.pushed else ""
    print(f"Committed {result.commit[:7]}{pushed}: {result.message}")
    return 0


def _hackmd(args: argparse.Namespace, progress: Callable[[str], None]) -> int:
    from noteapp.core.convert.export import ExportProfile
    from noteapp.publish.hackmd_api import HackMDClient
    from noteapp.publish.hackmd_sync import push_to_hackmd, series_options
    from noteapp.publish.token import hackmd_token

    client = HackMDClient(hackmd_token(), max_wait=args.max_wait, progress=progress)
    result = push_to_hackmd(
        args.file,
        client=client,
        on_conflict=args.on_conflict,
        profile=ExportProfile(keep_site_keys=args.keep_site_keys, toc=args.toc),
        id_in_front_matter=args.id_in_front_matter,
        new=args.new,
        **{**series_options(args.file), **_given(args)},
        progress=progress,
    )
    for warning in result.warnings:
        progress(warning)
    what = {
        "created": "Created",
        "updated": "Updated",
        "unchanged": "Unchanged:",
        "pulled": "Pulled from",
    }[result.action]
    link = f" {result.url}" if result.url else ""
    print(f"{what} HackMD note {result.note_id}{link}")
    return 0


def _pull_request(args: argparse.Namespace, progress: Callable[[str], None]) -> int:
    from noteapp.publish.pull_request import open_pull_request

    result = open_pull_request(args.file, repository=args.repo, interactive=True,
                               progress=progress)  # fmt: skip
    what = {"opened": "Opened", "updated": "Updated", "unchanged": "Unchanged:"}[result.action]
    print(f"{what} pull request #{result.number} {result.url}")
    print(f"  {result.title} ({result.head_repo} {result.branch} -> {result.target})")
    return 0


def _comment_issues(args: argparse.Namespace, progress: Callable[[str], None]) -> int:
    from noteapp.publish.github_issues import comment_on_discussed

    results = comment_on_discussed(
        args.file,
        repository=args.repo,
        link=args.link,
        all_linked=args.all_linked,
        dry_run=args.dry_run,
        progress=progress,
    )
    if not results:
        print("No discussed issue: tick the agenda items that were discussed (or --all-linked).")
    for result in results:
        where = f" {result.url}" if result.url else ""
        print(f"#{result.number}: {result.action}{where}")
    return 0


def _given(args: argparse.Namespace) -> dict[str, str]:
    """The HackMD options given on the command line (they win over the series')."""
    given = {"team": args.team, "folder": args.folder, "read_permission": args.read_permission,
             "write_permission": args.write_permission}  # fmt: skip
    return {k: v for k, v in given.items() if v}
