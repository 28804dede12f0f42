"""HTML export: one well-formed page per note, with every heading and task item in it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from noteapp.core.convert.export import export_text
from noteapp.core.meeting import parse_meeting
from noteapp.core.text.source import read_note
from tests.conftest import over_corpus

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class Page(HTMLParser):
    """Checks that tags balance and collects headings, task items and the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self.tasks: list[tuple[bool, str]] = []  # (done, text) of each <li class="task">
        self.text: list[str] = []
        self.title = ""
        self._heading: list | None = None
        self._items: list[int | None] = []  # per open <li>: index into tasks, or None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        self.open.append(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self._heading = [int(tag[1]), ""]
        if tag == "li":
            classes = (dict(attrs).get("class") or "").split()
            if "task" in classes:
                self.tasks.append(("done" in classes, ""))
                self._items.append(len(self.tasks) - 1)
            else:
                self._items.append(None)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.problems.append(f"<{tag}/> is not a void element")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"</{tag}> closes a void element")
            return
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> while {self.open[-3:]} are open")
            return
        self.open.pop()
        if self._heading and tag == f"h{self._heading[0]}":
            self.headings.append((self._heading[0], self._heading[1]))
            self._heading = None
        if tag == "li":
            self._items.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            self._heading[1] += data
        if "title" in self.open[-1:]:
            self.title += data
        item = self._items[-1] if self._items else None
        if item is not None:
            done, text = self.tasks[item]
            self.tasks[item] = (done, text + data)


def parse_page(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def words(markdown_or_text: str) -> str:
    """Letters and digits only: Markdown marks, link targets and escapes left out."""
    text = re.sub(r"\]\([^)]*\)", "", markdown_or_text)
    return re.sub(r"[\W_]+", "", text).lower()


def is_subsequence(wanted: list, found: list) -> bool:
    found_iter = iter(found)
    return all(any(w == f for f in found_iter) for w in wanted)


def test_a_page_with_charset_title_style_and_front_matter_header():
    text = "---\ntitle: Call <1>\nlang: en\n---\n\n# Agenda\n\n- [x] done\n- [ ] open\n"
    html = export_text(text, "html")
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')
    page = parse_page(html)
    assert not page.problems and not page.open
    assert page.title == "Call <1>"
    assert '<header class="note-meta">\n<table class="front-matter">' in html
    assert "@media print" in html and "page-break-inside: avoid" in html
    assert page.tasks == [(True, "☑ done"), (False, "☐ open")]


def test_the_title_falls_back_to_the_first_heading_then_the_hint():
    assert parse_page(export_text("# The **big** call\n", "html")).title == "The big call"
    assert parse_page(export_text("no heading\n", "html", title_hint="Notes")).title == "Notes"


def test_hackmd_syntax_is_made_plain_and_raw_html_stays_text():
    html = export_text(":::warning\nCareful <script>alert(1)</script>\n:::\n[TOC]\n", "html")
    assert "<blockquote>" in html and "<strong>Warning</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "[TOC]" not in html and ":::" not in html


def test_a_broken_front_matter_is_shown_not_hidden():
    html = export_text("x---\ntitle: a\n---\n# Call\n", "html")
    assert "Front matter not read:" in html and "<h1>Call</h1>" in html


@pytest.mark.corpus
@over_corpus("path")
def test_corpus_html_is_well_formed_with_every_heading_and_task(path: Path, corpus: Path):
    text = read_note(path).text
    page = parse_page(export_text(text, "html"))
    assert not page.problems, page.problems[:5]
    assert not page.open
    meeting = parse_meeting(text, path)
    wanted = [(h.level, words(h.text)) for h in meeting.outline.headings if h.level <= 6]
    found = [(level, words(heading)) for level, heading in page.headings]
    assert is_subsequence(wanted, found), [w for w in wanted if w not in found][:5]
    page_words = words("".join(page.text))
    for task in meeting.checklist:  # every task's words are on the page
        assert words(task.text) in page_words, task.text
    tasks = [(words(t.text), t.checked) for t in meeting.checklist]
    for done, shown in page.tasks:  # every box drawn is a task of the note, ticked alike
        key = words(shown)  # the item's text, then any lines that continue it
        assert any(key.startswith(w) and (w or not key) and c == done for w, c in tasks), shown
