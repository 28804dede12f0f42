"""A note as one standalone HTML page: to mail, to attach, to print.

The body is rendered by :mod:`noteapp.core.convert.render` (cmark-gfm, as GitHub renders: tables,
task lists, code, raw HTML shown as text) after HackMD-only syntax has been made plain;
the front matter becomes a header block.  The page carries its own CSS, readable on
screen and on paper.
"""

from __future__ import annotations

from html import escape

from noteapp.core.convert.hackmd_meta import note_title
from noteapp.core.convert.hackmd_syntax import to_plain_markdown
from noteapp.core.convert.render import front_matter_html, markdown_html
from noteapp.core.text.frontmatter import parse_front_matter

PAGE_STYLE = """
:root { color-scheme: light dark; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; background: #fff; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 0.5em; }
h1 { font-size: 1.9em; } h2 { font-size: 1.45em; border-bottom: 1px solid #d8dee4; }
a { color: #0969da; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 0.9em; background: #f6f8fa; border-radius: 4px; }
code { padding: 0.1em 0.3em; }
pre { padding: 0.7em 1em; overflow-x: auto; white-space: pre-wrap; }
pre code { padding: 0; background: none; }
blockquote { margin: 0.8em 0; padding: 0.1em 1em; border-left: 4px solid #d0d7de;
  color: #57606a; }
table { border-collapse: collapse; margin: 0.8em 0; display: block; overflow-x: auto; }
th, td { border: 1px solid #d0d7de; padding: 0.3em 0.7em; vertical-align: top; }
th { background: #f6f8fa; }
li.task { list-style-type: none; }
li.task.done { color: #57606a; }
header.note-meta { font-size: 0.85em; color: #57606a; margin-bottom: 1.5em; }
header.note-meta table { display: table; }
header.note-meta th { text-align: left; font-weight: 600; }
table.front-matter-error td { border: 2px solid #cf222e; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; }
  a { color: #4493f8; }
  code, pre, th { background: #161b22; }
  blockquote, li.task.done, header.note-meta { color: #9198a1; }
  th, td, blockquote { border-color: #3d444d; }
}
@media print {
  :root { color-scheme: light; }
  body { max-width: none; margin: 0; padding: 0; font-size: 11pt; color: #000;
    background: #fff; }
  a { color: inherit; text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  pre, code, th { background: none; }
  pre, blockquote, table, tr, li { page-break-inside: avoid; break-inside: avoid; }
  h1, h2, h3, h4 { page-break-after: avoid; break-after: avoid; }
  thead { display: table-header-group; }
  table { display: table; }
}
""".strip()


# A page this large is useless to a reader (and a browser); the largest meeting notes are
# well under a megabyte and a few thousand lines.  (cmark-gfm renders 3 MB in ~0.25 s.)
MAX_HTML_CHARACTERS = 8_000_000
MAX_HTML_LINES = 200_000


def too_large_for_html(text: str) -> str | None:
    """Why ``text`` is not exported as HTML (None: it can be)."""
    lines = text.count("\n", 0, MAX_HTML_CHARACTERS + 1)
    if len(text) <= MAX_HTML_CHARACTERS and lines <= MAX_HTML_LINES:
        return None
    size = (
        f"{len(text) / 1e6:,.0f} million characters"
        if len(text) > MAX_HTML_CHARACTERS
        else f"{lines:,} lines"
    )
    return (
        f"too large to export as HTML ({size}; up to {MAX_HTML_CHARACTERS / 1e6:.0f} million "
        f"characters and {MAX_HTML_LINES:,} lines can be) — export it as markdown instead"
    )


def html_document(text: str, *, title_hint: str | None = None) -> str:
    """The note ``text`` (``\\n`` newlines) as a complete HTML page."""
    if (why := too_large_for_html(text)) is not None:
        from noteapp.core.errors import PublishError

        raise PublishError(f"The note is {why}.")
    fm = parse_front_matter(text)
    title = note_title(fm, text) or title_hint or "Meeting notes"
    lang = (fm.data or {}).get("lang") or (fm.data or {}).get("Lang")
    lang_attr = f' lang="{escape(str(lang))}"' if isinstance(lang, str) and lang else ""
    meta = front_matter_html(fm, text)
    header = f'<header class="note-meta">\n{meta}</header>\n' if meta else ""
    body = markdown_html(to_plain_markdown(text[fm.end :]).text)
    return (
        f'<!DOCTYPE html>\n<html{lang_attr}>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="noteapp">\n'
        f"<title>{escape(_plain_title(title))}</title>\n<style>\n{PAGE_STYLE}\n</style>\n"
        f"</head>\n<body>\n<article>\n{header}{body}</article>\n</body>\n</html>\n"
    )


def _plain_title(title: str) -> str:
    """A heading's Markdown emphasis and code marks are not part of a window title."""
    return title.replace("**", "").replace("`", "").strip()
