"""``noteapp teach FILE --section LABEL --as ROLE``: tell noteapp what a section is.

The role is kept for the note's folder (its series), in ``.noteapp/roles.json`` of the
workspace (:mod:`noteapp.core.meeting.teach`), and applies to every note there: the
editor's panels, ``inspect`` (a section's ``"taught": true``) and the edits."""

from __future__ import annotations

import argparse

HELP = "mark a section as attendees, apologies, agenda, actions or other for the note's series"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from noteapp.core.meeting.sections import TEACHABLE

    parser.add_argument("file", help="a note of the series")
    parser.add_argument(
        "--section",
        required=True,
        help="the section's heading or label as the note writes it ('Crew', 'Who came')",
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--as", dest="role", choices=TEACHABLE, help="what the section is")
    group.add_argument("--forget", action="store_true", help="go back to noteapp's guess")


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.output import fail
    from noteapp.core.errors import NoteError
    from noteapp.core.text.vocabulary import normalize
    from noteapp.storage.note import Note
    from noteapp.storage.roles import teach_role

    try:
        note = Note.open(args.file)
    except (NoteError, OSError) as exc:
        return fail(f"{args.file}: {exc}", 2)
    labels = {normalize(s.label): s for s in note.meeting().sections if s.label}
    wanted = normalize(args.section)
    if wanted not in labels:
        known = ", ".join(repr(s.label) for s in labels.values())
        return fail(f"{args.file}: no section {args.section!r} (the note has {known})", 1)
    try:
        written = teach_role(args.file, args.section, None if args.forget else args.role)
    except (ValueError, OSError) as exc:
        return fail(f"{args.file}: {exc}", 2)
    section = next(s for s in note.meeting().sections if normalize(s.label) == wanted)
    how = "taught" if section.taught else "guessed"
    print(f"{section.label!r} is {section.role} ({how}) for the notes of this folder; {written}")
    return 0
