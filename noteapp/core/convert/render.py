"""A note as HTML: the front matter as a small table, then the Markdown body.

Used by the preview pane (off the typing path, in a worker thread) and by HTML
export.  Python-Markdown is imported on first use, and each thread keeps its own
converter (they are not thread-safe).  Raw HTML in a note is shown as text, never
passed through: no ``<script>``, no event attributes, and links keep only safe
schemes.  HTML comments on lines of their own are dropped, as a site would hide them.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from html import escape
from typing import TYPE_CHECKING, Any

from noteapp.core.text.frontmatter import FrontMatter, parse_front_matter

if TYPE_CHECKING:
    from markdown import Markdown

EXTENSIONS = ("tables", "fenced_code", "sane_lists")
TASK_OPEN = "☐"
TASK_DONE = "☑"
# Styles that read on light and dark backgrounds, in the CSS subset QTextBrowser knows.
STYLE = """
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #888888; padding: 2px 6px; vertical-align: top; }
table.front-matter { font-size: small; margin-bottom: 1em; }
table.front-matter th { text-align: left; font-weight: normal; }
pre { white-space: pre-wrap; }
li.task { list-style-type: none; }
table.front-matter-error td { border: 2px solid #cc3333; padding: 4px 8px; }
""".strip()

_SAFE_URL = re.compile(r"(?:https?|mailto|ftp):|[^:]*(?:[/?#]|$)", re.I)
_BLOCK_COMMENT = re.compile(r"^ {0,3}<!--.*?-->[ \t]*(?:\n|$)", re.M | re.S)
_TASK = re.compile(r"\[([ xX])\](?=\s|$)")
# A bare URL in the text, as GitHub and HackMD link it (without closing punctuation).
_BARE_URL = r"\bhttps?://[^\s<>\x02\x03]+[^\s<>.,;:!?)\]'\"*_~\x02\x03]"
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_local = threading.local()


def render_note(text: str) -> str:
    """The HTML body (a fragment) for ``text``, a note with ``\\n`` newlines."""
    fm = parse_front_matter(text)
    return front_matter_html(fm, text) + markdown_html(text[fm.end :])


def html_page(body: str, title: str = "") -> str:
    """A standalone HTML page around ``body``."""
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>\n{STYLE}\n</style></head>\n"
        f"<body>\n{body}</body></html>\n"
    )


def markdown_html(body: str) -> str:
    """Markdown to HTML with tables, fenced code, sane lists, task boxes, ``~~strike~~``."""
    converter: Markdown | None = getattr(_local, "markdown", None)
    if converter is None:
        converter = _local.markdown = _new_converter()
    return converter.reset().convert(body) + "\n"


# -- front matter ------------------------------------------------------------------------


def front_matter_html(fm: FrontMatter, text: str) -> str:
    """The front matter as a two-column table, or the reason it cannot be read."""
    if fm.kind == "none":
        return ""
    if fm.kind == "invalid":
        raw = text[fm.start : fm.end]
        return (  # a one-cell table: the frame QTextBrowser can draw
            '<table class="front-matter-error"><tr><td><p><b>Front matter not read:</b> '
            f"{escape(fm.error or 'broken')}</p><pre>{escape(raw)}</pre></td></tr></table>\n"
        )
    rows = "".join(
        f"<tr><th>{escape(str(key))}</th><td>{_value_html(value)}</td></tr>"
        for key, value in (fm.data or {}).items()
    )
    return f'<table class="front-matter">{rows}</table>\n' if rows else ""


def _value_html(value: Any) -> str:
    if isinstance(value, dict):
        return "<br>".join(f"{escape(str(k))}: {_value_html(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_value_html(v) for v in value)
    if isinstance(value, dt.date | dt.time):
        return escape(value.isoformat())
    if value is None:
        return ""
    return escape(str(value)).rstrip("\n").replace("\n", "<br>")


# -- the Markdown converter --------------------------------------------------------------


def _new_converter() -> Markdown:
    import xml.etree.ElementTree as etree

    from markdown import Markdown
    from markdown.extensions import Extension
    from markdown.inlinepatterns import InlineProcessor, SimpleTagInlineProcessor
    from markdown.preprocessors import Preprocessor
    from markdown.treeprocessors import Treeprocessor

    class DropBlockComments(Preprocessor):
        """Comments on lines of their own (fenced code is already set aside)."""

        def run(self, lines: list[str]) -> list[str]:
            return _BLOCK_COMMENT.sub("", "\n".join(lines)).split("\n")

    class ListsAfterText(Preprocessor):
        """A list may start right under a line of text, as on HackMD and GitHub."""

        def run(self, lines: list[str]) -> list[str]:
            out: list[str] = []
            for line in lines:
                previous = out[-1] if out else ""
                if (
                    _LIST_ITEM.match(line)
                    and previous.strip()
                    and previous[:1] not in " \t|"
                    and not _LIST_ITEM.match(previous)
                ):
                    out.append("")
                out.append(line)
            return out

    class TasksAndLinks(Treeprocessor):
        """``[ ]``/``[x]`` opening a list item become boxes; unsafe link targets go."""

        def run(self, root: Any) -> None:
            for element in root.iter():
                if element.tag == "li":
                    _task_box(element)
                for attribute in ("href", "src"):
                    url = element.get(attribute)
                    if url is not None and not _SAFE_URL.match(url.strip()):
                        del element.attrib[attribute]

    class BareUrl(InlineProcessor):
        def handleMatch(self, m: re.Match[str], data: str) -> tuple[Any, int, int]:
            link = etree.Element("a", href=m.group(0))
            link.text = m.group(0)
            return link, m.start(0), m.end(0)

    class NoteExtension(Extension):
        def extendMarkdown(self, md: Markdown) -> None:
            md.preprocessors.deregister("html_block")  # raw HTML stays text
            md.inlinePatterns.deregister("html")
            md.preprocessors.register(DropBlockComments(md), "drop_comments", 22)
            md.preprocessors.register(ListsAfterText(md), "lists_after_text", 21)
            md.inlinePatterns.register(
                SimpleTagInlineProcessor(r"()~~(.+?)~~", "del"), "strike", 55
            )
            md.inlinePatterns.register(BareUrl(_BARE_URL, md), "bare_url", 115)
            md.treeprocessors.register(TasksAndLinks(md), "tasks_and_links", 15)

    return Markdown(extensions=[*EXTENSIONS, NoteExtension()], output_format="html")


def _task_box(item: Any) -> None:
    """Turn a list item's leading ``[ ]``/``[x]`` into a box character."""
    holder = item
    if not (item.text or "").strip() and len(item) and item[0].tag == "p":
        holder = item[0]  # a loose list: the text sits in a paragraph
    match = _TASK.match(holder.text or "")
    if match is None:
        return
    done = match.group(1) != " "
    holder.text = (TASK_DONE if done else TASK_OPEN) + holder.text[match.end() :]
    item.set("class", "task done" if done else "task")
