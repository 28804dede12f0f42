"""``noteapp export FILE --to markdown|hackmd|html [-o OUT]``."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "export a note as site Markdown, HackMD Markdown or a standalone HTML page"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--to",
        required=True,
        choices=("markdown", "hackmd", "html"),
        help="markdown: HackMD-only syntax made plain for GitHub/Jekyll; hackmd: HackMD's "
        "metadata block in front of the body; html: one page with its own CSS",
    )
    parser.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here, not stdout")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--toc", action="store_true", help="hackmd: put [TOC] at the top")
    parser.add_argument(
        "--keep-site-keys",
        action="store_true",
        help="hackmd: also send the site's own keys (layout, parent, nav_order...)",
    )
    parser.add_argument(
        "--no-breaks",
        action="store_true",
        help="hackmd: 'breaks: false', so single newlines render as on the site",
    )
    parser.add_argument(
        "--tags",
        choices=("front-matter", "remove", "keep"),
        default="front-matter",
        help="markdown: where the '###### tags:' lines go (default: into the front matter)",
    )
    parser.add_argument("--title", help="title to use when the note has none")
    parser.add_argument("--encoding", help="the file's encoding if it is not UTF-8")


def run(args: argparse.Namespace) -> int:
    from noteapp.commands.output import fail, fail_os, print_text, write_output
    from noteapp.core.convert.export import ExportProfile, export_text
    from noteapp.core.errors import NoteError
    from noteapp.core.text.source import read_note

    try:
        source = read_note(args.file, args.encoding)
    except (NoteError, LookupError) as exc:
        return fail(str(exc), 2)
    if args.to == "html":
        from noteapp.core.convert.export_html import too_large_for_html

        if (why := too_large_for_html(source.text)) is not None:
            return fail(f"{args.file}: {why}", 2)
    profile = ExportProfile(
        keep_site_keys=args.keep_site_keys,
        toc=args.toc,
        breaks=False if args.no_breaks else None,
        tags=args.tags,
    )
    try:
        text = export_text(source.text, args.to, profile=profile, title_hint=args.title)
        if args.output is None:
            print_text(text)
            return 0
        # Site Markdown keeps the file's own encoding and newlines; the others are UTF-8.
        data = source.encode(text) if args.to == "markdown" else text.encode("utf-8")
        write_output(args.output, data, force=args.force, source=args.file)
    except NoteError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail_os(exc, args.output or "standard output")
    return 0
