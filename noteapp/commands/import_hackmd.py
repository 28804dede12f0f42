"""``noteapp import FILE --hackmd [--like EXAMPLE.md] [-o OUT]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "turn a HackMD download, or text copied from a HackMD page, into a site note"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the HackMD text; - reads stdin")
    parser.add_argument(
        "--hackmd", action="store_true", required=True, help="the text comes from HackMD"
    )
    parser.add_argument(
        "--like",
        type=Path,
        metavar="EXAMPLE",
        help="an existing note of the series: its front matter's keys, order and quoting "
        "are followed, its dates moved to the new note's",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here, not stdout")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.output import fail, fail_os, print_text, write_output
    from noteapp.core.convert.hackmd_import import import_hackmd
    from noteapp.core.errors import NoteError
    from noteapp.core.text.source import decode, read_note

    try:
        if str(args.file) == "-":
            content = decode(sys.stdin.buffer.read()).text
        else:
            content = read_note(args.file).text
        example = read_note(args.like) if args.like else None
    except (NoteError, OSError) as exc:
        return fail(str(exc), 2)
    result = import_hackmd(
        content,
        like=example.text if example else None,
        like_path=args.like,
        path=args.output,
    )
    for warning in result.warnings:
        print(f"noteapp: {warning}", file=sys.stderr)
    if args.output is None:
        print_text(result.text)
        return 0
    newline = example.newline if example and example.newline in ("\r\n", "\r") else "\n"
    try:
        write_output(
            args.output, result.text.replace("\n", newline).encode("utf-8"), force=args.force
        )
    except NoteError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail_os(exc, args.output)
    return 0
