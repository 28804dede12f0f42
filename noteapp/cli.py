"""Command line: ``noteapp [FILE...]`` opens the editor; sub-commands serve scripts.

Sub-commands import only the Qt-free core, so they start fast and run anywhere.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from noteapp import __version__
from noteapp.commands.output import fail

if TYPE_CHECKING:
    import argparse
    from types import ModuleType

# Sub-commands that live in their own module under noteapp/commands/: each module has
# HELP, add_arguments(parser) and run(args) -> exit status, and imports its core lazily.
COMMAND_MODULES = {
    "new": "noteapp.commands.new",
    "schedule": "noteapp.commands.schedule",
    "export": "noteapp.commands.export",
    "publish": "noteapp.commands.publish",
    "pull": "noteapp.commands.pull",
    "import": "noteapp.commands.import_hackmd",
    "search": "noteapp.commands.search",
    "actions": "noteapp.commands.actions",
    "people": "noteapp.commands.people",
    "teach": "noteapp.commands.teach",
}
SUBCOMMANDS = ("check", "meta", "inspect", *COMMAND_MODULES)


def _command_module(name: str) -> ModuleType:
    import importlib

    return importlib.import_module(COMMAND_MODULES[name])


def _parser() -> argparse.ArgumentParser:
    import argparse  # not for the editor: it parses its own options (noteapp.ui.app)

    parser = argparse.ArgumentParser(
        prog="noteapp",
        description="Meeting notes in front-matter Markdown. With no sub-command, or with "
        "files, opens the editor (see 'noteapp FILE --help' for its options).",
    )
    parser.add_argument("--version", action="version", version=f"noteapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="prove that open-then-save keeps every byte")
    check.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="files, or folders searched recursively for notes",
    )

    meta = sub.add_parser("meta", help="print, set or delete front-matter keys")
    meta.add_argument("file", type=Path, metavar="FILE")
    meta.add_argument(
        "assignments",
        nargs="*",
        metavar="KEY[=VALUE]",
        help="KEY prints a value; KEY=VALUE sets it (VALUE read as a YAML scalar)",
    )
    meta.add_argument(
        "--delete", action="append", default=[], metavar="KEY", help="remove KEY (may be repeated)"
    )
    meta.add_argument("--encoding", help="the file's encoding if it is not UTF-8")

    inspect = sub.add_parser("inspect", help="the note's structure")
    inspect.add_argument("file", type=Path, metavar="FILE")
    inspect.add_argument("--json", action="store_true", help="print JSON (the only format yet)")
    inspect.add_argument("--encoding", help="the file's encoding if it is not UTF-8")

    for name in COMMAND_MODULES:
        module = _command_module(name)
        module.add_arguments(sub.add_parser(name, help=module.HELP, description=module.HELP))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version")):
        if argv and _meant_as_a_command(argv[0]):
            return _no_such_command(argv[0])
        from noteapp.ui.before_qt import preload

        preload()  # before PySide6, which reads the source of each module imported after it
        from noteapp.ui.app import run  # the window; Qt is imported only here

        return run(argv)
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return 2
    if args.command in COMMAND_MODULES:
        handler = _command_module(args.command).run
    else:
        handler = {"check": _check, "meta": _meta, "inspect": _inspect}[args.command]
    try:
        return handler(args)
    except BrokenPipeError:  # e.g. piped into head
        return 0
    except KeyboardInterrupt:
        return fail("interrupted; nothing more was written.", 130)
    except OSError as exc:  # the commands report their own; this is the net under them
        from noteapp.commands.output import fail_os

        return fail_os(exc, exc.filename, "stopped")


def _meant_as_a_command(word: str) -> bool:
    """``noteapp exprot``: a bare word (no suffix, no folder) that names nothing on disk is
    a mistyped command; ``noteapp notes.md`` or ``noteapp 2024-01-24`` is a new note."""
    import os

    return (
        word[:1].isalpha()
        and word.isascii()
        and all(ch.isalpha() or ch in "-_" for ch in word)
        and not os.path.lexists(word)
    )


def _no_such_command(word: str) -> int:
    import difflib  # only on this error path: not on the editor's start-up path

    close = difflib.get_close_matches(word, SUBCOMMANDS, n=1, cutoff=0.6)
    hint = f"did you mean 'noteapp {close[0]}'?" if close else "see 'noteapp --help'"
    return fail(
        f"{word}: no such command or file — {hint} (commands: {', '.join(SUBCOMMANDS)}; "
        f"to start a new note, give a file name such as {word}.md)",
        2,
    )


def _check(args: argparse.Namespace) -> int:
    from noteapp.core.text.check import check_file, note_files

    total = failed = 0
    for given in args.paths:
        found = False
        for path in note_files([given]):
            found = True
            result = check_file(path)
            total += 1
            failed += not result.ok
            print(result.line())
        if not found:  # a folder without notes: say so rather than "0 files"
            total += 1
            failed += 1
            print(f"FAILED  -        {given}  (no notes in this folder — give a file, or a "
                  "folder holding .md notes)")  # fmt: skip
    print(f"{total} files: {total - failed} OK, {failed} FAILED")
    return 1 if failed else 0


def _open_failed(exc: Exception) -> int:
    from noteapp.core.errors import DecodeFailure

    hint = (
        " (use --encoding NAME, e.g. --encoding windows-1252)"
        if isinstance(exc, DecodeFailure)
        else ""
    )
    return fail(f"{exc}{hint}", 2)


def _meta(args: argparse.Namespace) -> int:
    from noteapp.core.errors import NoteError
    from noteapp.core.text.frontmatter import jsonable
    from noteapp.core.text.frontmatter_edit import parse_value
    from noteapp.storage.note import Note

    try:
        note = Note.open(args.file, args.encoding)
    except (NoteError, LookupError) as exc:
        return _open_failed(exc)
    fm = note.front_matter
    if fm.error:  # broken front matter is never read as data nor rewritten
        return fail(f"{args.file}: {fm.error}; nothing changed.", 2)
    if not args.assignments and not args.delete:
        print(json.dumps(jsonable(fm.data or {}), ensure_ascii=False, indent=2))
        return 0
    status = 0
    try:
        for item in args.assignments:
            key, eq, raw = item.partition("=")
            data = note.front_matter.data or {}
            if not eq:
                if key not in data:
                    print(f"noteapp: no key {key!r}", file=sys.stderr)
                    status = 1
                    continue
                value = jsonable(data[key])
                print(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
                continue
            note.set(key, parse_value(raw, data.get(key)))
        for key in args.delete:
            note.delete(key)
    except NoteError as exc:
        return fail(f"{args.file}: {exc}", 2)
    if note.modified:
        from noteapp.storage.atomic import ReadOnlyFile

        try:
            note.save()
        except NoteError as exc:
            return fail(f"{args.file}: {exc}", 2)
        except ReadOnlyFile as exc:
            return fail(str(exc), 2)
        except OSError as exc:
            from noteapp.commands.output import fail_os

            return fail_os(exc, args.file, "the file is unchanged")
    return status


def _inspect(args: argparse.Namespace) -> int:
    from noteapp.core.errors import NoteError
    from noteapp.storage.note import Note

    try:
        note = Note.open(args.file, args.encoding)
    except (NoteError, LookupError) as exc:
        return _open_failed(exc)
    report = note.to_json()
    # how a new attendee block, agenda or action section would be written, and from what
    report["style"] = note.style().as_json()
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0
