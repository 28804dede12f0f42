"""``noteapp pull FILE --hackmd [--id NOTE_ID]``: HackMD's text back into the file."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "replace a note's body with its HackMD note's text (the front matter stays)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--hackmd", action="store_true", required=True, help="pull from HackMD")
    parser.add_argument("--id", metavar="NOTE_ID", help="the HackMD note (default: the pushed one)")
    parser.add_argument("--team", metavar="NAME", help="the team workspace that holds the note")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the body even if it has changes never pushed to HackMD",
    )
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help="take HackMD's note even when it has no text (the body is emptied)",
    )


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.output import fail, progress
    from noteapp.core.errors import NoteError
    from noteapp.publish.hackmd_api import HackMDError
    from noteapp.publish.hackmd_sync import pull_from_hackmd

    try:
        result = pull_from_hackmd(
            args.file,
            note_id=args.id,
            team=args.team,
            force=args.force,
            allow_empty=args.allow_empty,
            progress=progress,
        )
    except KeyboardInterrupt:
        return fail("cancelled.", 130)
    except HackMDError as exc:  # nothing came back that could be used
        return fail(f"{exc} {args.file.name} was not changed.")
    except NoteError as exc:
        return fail(str(exc))
    if result.changed:
        print(f"Pulled HackMD note {result.note_id} into {args.file}")
    else:
        print(f"Unchanged: {args.file} already has HackMD note {result.note_id}'s text")
    return 0
