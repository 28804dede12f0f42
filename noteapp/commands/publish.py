"""``noteapp publish FILE --hackmd [--team NAME]`` or ``noteapp publish FILE --git [--push]``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

HELP = "send a note to HackMD, or commit it alone to its git repository"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--hackmd", action="store_true", help="create or update its HackMD note")
    where.add_argument("--git", action="store_true", help="commit the file (and only it)")
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
        "--read-permission", choices=("owner", "signed_in", "guest"), help="for a new note"
    )
    hackmd.add_argument(
        "--write-permission", choices=("owner", "signed_in", "guest"), help="for a new note"
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


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.output import fail, progress
    from noteapp.core.errors import NoteError

    try:
        if args.git:
            return _git(args, progress)
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
    from noteapp.core.export import ExportProfile
    from noteapp.publish.hackmd_api import HackMDClient
    from noteapp.publish.hackmd_sync import push_to_hackmd
    from noteapp.publish.token import hackmd_token

    client = HackMDClient(hackmd_token(), max_wait=args.max_wait, progress=progress)
    result = push_to_hackmd(
        args.file,
        client=client,
        team=args.team,
        on_conflict=args.on_conflict,
        profile=ExportProfile(keep_site_keys=args.keep_site_keys, toc=args.toc),
        id_in_front_matter=args.id_in_front_matter,
        new=args.new,
        read_permission=args.read_permission,
        write_permission=args.write_permission,
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
