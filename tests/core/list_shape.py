"""The nesting of lists in rendered HTML, to compare two renderers' list structure."""

from __future__ import annotations

from html.parser import HTMLParser

from noteapp.core.text.frontmatter import parse_front_matter

_LIST_TAGS = {"ul", "ol", "li"}
Shape = list  # ["ul", ["li", [...]], ...]: a tag and the list tags nested in it


class _Lists(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.root: Shape = []
        self._stack: list[Shape] = [self.root]

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _LIST_TAGS:
            node: Shape = [tag]
            self._stack[-1].append(node)
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if tag in _LIST_TAGS and len(self._stack) > 1:
            self._stack.pop()


def html_lists(html: str) -> Shape:
    """The ul/ol/li elements of ``html`` as nested lists (one list per top-level list
    element, flattened when there is only one)."""
    parser = _Lists()
    parser.feed(html)
    parser.close()
    return parser.root[0] if len(parser.root) == 1 else parser.root


def commonmark_gfm_lists(text: str) -> Shape:
    """The list shape markdown-it-py's CommonMark + GFM (tables, strikethrough, task
    lists) renderer gives the note's body."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.tasklists import tasklists_plugin

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(tasklists_plugin)
    return html_lists(md.render(text[parse_front_matter(text).end :]))
