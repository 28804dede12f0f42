"""The outline: headings of every kind, sections, code and line lookup."""

from __future__ import annotations

import re

from noteapp.core.frontmatter import parse_front_matter
from noteapp.core.outline import PSEUDO_LEVEL, Outline, section_kind
from noteapp.core.source import read_note

NOTE = """---
title: x
---
Intro

Real title
==========

```
# not a heading
- [ ] not a task
```
- item
---
**Updates:**
text

## 👥 Attendees
| a |
|---|
Sub part
--------
<!-- ## hidden heading -->
"""


def outline_of(text: str) -> Outline:
    return Outline(text, parse_front_matter(text).end)


def test_headings_of_every_kind_and_nothing_in_code_or_comments():
    outline = outline_of(NOTE)
    found = [(h.level, h.text, h.line) for h in outline.headings]
    assert found == [
        (1, "Real title", 6),
        (PSEUDO_LEVEL, "Updates", 15),
        (2, "👥 Attendees", 18),
        (2, "Sub part", 21),
    ]


def test_code_and_comment_ranges():
    outline = outline_of(NOTE)
    fence = NOTE.index("```")
    assert outline.in_code(NOTE.index("# not a heading"))
    assert outline.in_code(fence)
    assert not outline.in_code(NOTE.index("- item"))
    assert outline.in_code(NOTE.index("## hidden"))


def test_line_lookup_matches_counting_newlines():
    outline = outline_of(NOTE)
    for offset in (0, 5, NOTE.index("Real"), NOTE.index("Sub part"), len(NOTE) - 1):
        assert outline.line_of(offset) == NOTE.count("\n", 0, offset) + 1
    line = outline.line_of(NOTE.index("- item"))
    assert outline.line_text(line) == "- item"
    assert Outline("").line_starts == [0]
    assert Outline("a\nb").line_starts == [0, 2]
    text = "x\n\ny\n"
    assert Outline(text).line_starts == [0] + [m.end() for m in re.finditer("\n", text)]


def test_sections_end_at_the_next_heading_of_the_same_level():
    text = "# T\n## Agenda\n- a\n### Sub\n- b\n## Action items\n- c\n"
    outline = outline_of(text)
    agenda = outline.sections_of("agenda")[0]
    assert text[agenda.start : agenda.end] == "- a\n### Sub\n- b\n"
    assert outline.section_at(text.index("- c")).kind == "actions"


def test_section_kinds_from_real_heading_words():
    assert section_kind("👥 Attendees") == "attendees"
    assert section_kind("Check-in :raising_hand:") == "attendees"
    assert section_kind("Sign in!") == "attendees"
    assert section_kind("Your `__new__()` agenda items") == "agenda"
    assert section_kind("📝 Agenda") == "agenda"
    assert section_kind("🚀 Action items") == "actions"
    assert section_kind("Pushed to next meeting") == "carryover"
    assert section_kind("2 meetings ago") == "carryover"
    assert section_kind("Meeting Minutes") == "minutes"
    assert section_kind("⚡ (5 minutes) Lightning intros") == "other"


def test_corpus_outline_on_a_setext_hsf_note(corpus):
    text = read_note(corpus / "hsf/2018-02-21-packaging.md").text
    outline = outline_of(text)
    assert any(h.text == "Agenda" and h.level == 1 for h in outline.headings)


def test_a_rule_after_a_list_items_lazy_line_is_no_setext_heading():
    # kramdown's table of contents: "* TOC" then "{:toc}" on the next line, then a rule
    text = "# Minutes\n\n## Content:\n\n* TOC\n{:toc}\n---\n\n### 1. First topic\n"
    outline = Outline(text)
    assert [h.text for h in outline.headings] == ["Minutes", "Content:", "1. First topic"]
    # a paragraph that is not in a list still makes one
    assert [h.text for h in Outline("Title line\n---\n").headings] == ["Title line"]


def _setext_headings(text: str) -> list[tuple[int, str]]:
    return [(h.level, h.text) for h in Outline(text).headings if h.level < PSEUDO_LEVEL]


def test_a_dash_line_under_a_paragraph_is_a_heading_but_not_under_a_list_or_an_ial():
    # As GitHub (CommonMark) and Jekyll (kramdown) render them: an underline cannot be a
    # lazy continuation of a list item or a quote, and "{:toc}" is kramdown's attribute
    # list (here: "make this list the table of contents"), not paragraph text.
    assert _setext_headings("Plain words\n---\n") == [(2, "Plain words")]
    assert _setext_headings("Title\n===\n") == [(1, "Title")]
    assert _setext_headings("* TOC\n{:toc}\n---\n\n## Next\n") == [(2, "Next")]
    assert _setext_headings("## Content\n{: .no_toc}\n---\n") == [(2, "Content")]
    assert _setext_headings("- an item\n  more of it\n---\n") == []
    assert _setext_headings("1. first\nlazy line\n---\n") == []
    assert _setext_headings("> quoted\nlazy line\n---\n") == []
    # Indented into the item, the underline is the item's own: a heading inside it.
    assert _setext_headings("- item\n\n  Inside\n  ---\n") == [(2, "Inside")]
