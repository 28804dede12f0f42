"""``noteapp new``: write the next meeting's note of a series, from its template."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from noteapp.core.newnote import NewNote
    from noteapp.core.series import Series

HELP = "create the next meeting's note of a series from its template"

EPILOG = """\
examples:
  noteapp new --series example-community-call        next meeting of a workspace series
  noteapp new --template zarr --dir notes --date 2024-01-24
  noteapp new --series zarr --dir notes --dry-run    show the path and text, write nothing
  noteapp new --series zarr --agenda-from-github     add the series' labelled GitHub issues

A date that is not one of the series' meeting days is written anyway, with a warning.
An existing note is never replaced."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EPILOG
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--series",
        metavar="NAME",
        help="a series of the workspace (series/NAME.toml) or a built-in one, or a series file",
    )
    which.add_argument(
        "--template",
        metavar="NAME",
        help="a template (with its built-in series' cadence and time); needs --dir",
    )
    which.add_argument("--list", action="store_true", help="list the series and templates")
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", help="the meeting's date (default: the next meeting)"
    )
    parser.add_argument(
        "--dir",
        type=Path,
        metavar="DIR",
        help="the folder of the series' notes (overrides the series)",
    )
    parser.add_argument(
        "--workspace",
        type=Path,
        metavar="DIR",
        help="the workspace (default: $NOTEAPP_WORKSPACE or the user data folder)",
    )
    parser.add_argument(
        "--agenda-from-github",
        action="store_true",
        help="add the open issues and PRs with the series' agenda_label in its repository "
        "to the agenda (those already in the note are skipped)",
    )
    parser.add_argument(
        "--dry-run",
        "--print",
        dest="dry_run",
        action="store_true",
        help="print the path and the text; write nothing",
    )


def run(args: argparse.Namespace) -> int:
    from noteapp.core.errors import NoteError

    try:
        if args.list:
            return _list(args.workspace)
        return _new(args)
    except NoteError as exc:
        print(f"noteapp new: {exc}", file=sys.stderr)
        return 2


def _new(args: argparse.Namespace) -> int:
    from noteapp.core.errors import SeriesError
    from noteapp.core.newnote import parse_day, plan_note
    from noteapp.core.series import builtin_series_for_template, load_series
    from noteapp.storage.notefile import write_note

    if args.series:
        series = load_series(args.series, args.workspace)
    elif args.template:
        if args.dir is None:
            raise SeriesError(
                "--template needs --dir: the folder its notes go in (or use --series)"
            )
        from noteapp.core.templating import template_path

        template_path(args.template, args.workspace)  # unknown template: list the known ones
        series = builtin_series_for_template(args.template)
    else:
        raise SeriesError("say which series (--series NAME) or template (--template NAME)")
    day = parse_day(args.date) if args.date else None
    note = plan_note(series, day, folder=args.dir, workspace=args.workspace)
    if args.agenda_from_github:
        note = _with_github_agenda(note, series)
    if not args.dry_run:
        write_note(note)
    for warning in note.warnings:
        print(f"noteapp new: {warning}", file=sys.stderr)
    if note.carried and note.previous is not None:
        print(
            f"noteapp new: carried {len(note.carried)} open action item(s) over from "
            f"{note.previous}",
            file=sys.stderr,
        )
    print(note.path)
    if args.dry_run:
        sys.stdout.write(note.text)
    return 0


def _with_github_agenda(note: NewNote, series: Series) -> NewNote:
    from dataclasses import replace

    from noteapp.commands.output import progress
    from noteapp.core.github_agenda import add_issues_to_agenda
    from noteapp.publish.github_issues import agenda_issues

    issues = agenda_issues(series, progress=progress)
    update = add_issues_to_agenda(note.text, issues, series.repository)
    print(
        f"noteapp new: {len(update.added)} agenda item(s) from {series.repository} issues "
        f"labelled {series.agenda_label}"
        + (f"; {len(update.skipped)} already in the note" if update.skipped else ""),
        file=sys.stderr,
    )
    return replace(note, text=update.text)


def _list(workspace: Path | None) -> int:
    from noteapp.core.series import list_series
    from noteapp.core.templating import template_names

    print("series:")
    for series in list_series(workspace):
        where = "built-in" if series.builtin else str(series.source)
        print(f"  {series.name:<24} {series.cadence:<16} {series.template:<16} {where}")
    print("templates: " + ", ".join(template_names(workspace)))
    return 0
