"""Speaker prefixes: each case states the exact text and caret it must give."""

from __future__ import annotations

import pytest

from noteapp.core.meeting.speaker_edits import (
    SpeakerStyle,
    complete_speaker,
    insert_speaker,
    speaker_label,
    speaker_style,
    typed_initials,
)

CARET = "|"


def run(marked: str, label: str, known: tuple[str, ...] = ()) -> str:
    """Insert ``label`` at the ``|`` in ``marked``; the result with its caret as ``|``."""
    offset = marked.index(CARET)
    text = marked.replace(CARET, "", 1)
    edit, caret = insert_speaker(text, offset, label, known=known)
    new = edit.apply(text)
    return new[:caret] + CARET + new[caret:]


# ----------------------------------------------------------------------------- cases

# The text with the caret as |, the label, and the text and caret it must give.
# fmt: off
CASES = [
    pytest.param("# Call\n\n|\n", "AL", "# Call\n\n- AL: |\n",
                 id="an empty line in a note without minute lines gets a plain dash prefix"),
    pytest.param("# Call\n|", "AL", "# Call\n- AL: |",
                 id="an empty line at the very end without a newline"),
    pytest.param("- Topic\n    * JH: said\n|\n- Next\n", "SV",
                 "- Topic\n    * JH: said\n    * SV: |\n- Next\n",
                 id="an empty line copies the marker and indent of the speaker line above"),
    pytest.param("- AB: one\n  + CD: two\n\n|\n* EF: three\n", "GH",
                 "- AB: one\n  + CD: two\n\n  + GH: |\n* EF: three\n",
                 id="the nearest speaker line before wins over earlier ones"),
    pytest.param("|\n\n* EF: three\n", "GH", "* GH: |\n\n* EF: three\n",
                 id="without one before the first speaker line after gives the style"),
    pytest.param("- [x] Item\n  - (IF) Think so\n|\n", "MvN",
                 "- [x] Item\n  - (IF) Think so\n  - (MvN) |\n",
                 id="a note writing parenthesised initials gets them too"),
    pytest.param("- AB: one\n    |\n", "CD", "- AB: one\n    - CD: |\n",
                 id="a blank line keeps its own indentation"),
    pytest.param("## Attendees\n\n1. JRG: Jaime\n\n## Notes\n\n|\n", "JRG",
                 "## Attendees\n\n1. JRG: Jaime\n\n## Notes\n\n- JRG: |\n",
                 id="roster lines in an attendee section are not a minute style"),
    pytest.param("```\n* AB: code\n```\n\n|\n", "AB", "```\n* AB: code\n```\n\n- AB: |\n",
                 id="lines in code blocks are not a minute style"),
    pytest.param("- discussed the release|\n", "SV", "- discussed the release\n- SV: |\n",
                 id="a written list item is never rewritten: a new line starts"),
    pytest.param("|  * discussed\n", "SV", "  * discussed\n  * SV: |\n",
                 id="the new line takes the item's marker and indent"),
    pytest.param("12. |\n", "SV", "12. SV: |\n",
                 id="a number alone gets the prefix after it"),
    pytest.param("- [ ] ship it|\n", "SV", "- [ ] ship it\n- SV: |\n",
                 id="a task item (an agenda or action item) is never given a prefix"),
    pytest.param("-|\n", "SV", "- SV: |\n",
                 id="a lone marker gets a gap and the prefix"),
    pytest.param("- (IF) said\n- agreed|\n", "MvN", "- (IF) said\n- agreed\n- (MvN) |\n",
                 id="the prefix form follows the note"),
    pytest.param("- JH: said so|\n", "SV", "- JH: said so\n- SV: |\n",
                 id="a finished speaker line is never rewritten: a new line starts"),
    pytest.param("- JH: |\n", "SV", "- SV: |\n",
                 id="a line that is only a prefix takes the other speaker"),
    pytest.param("- JH: said| so\n    - GH: reply\n- AB: next\n", "SV",
                 "- JH: said so\n    - GH: reply\n- SV: |\n- AB: next\n",
                 id="the new line goes after the replies nested under the line"),
    pytest.param("  - (IF) said|\n", "MvN", "  - (IF) said\n  - (MvN) |\n",
                 id="a new line after a parenthesised prefix keeps its form"),
    pytest.param("|JMS: said\n", "WF", "JMS: said\n\nWF: |\n",
                 id="paragraph minutes get a new paragraph"),
    pytest.param("- **JH:** said|\n", "WF", "- **JH:** said\n- **WF:** |\n",
                 id="bold prefixes stay bold"),
    pytest.param("- TODO: fix|\n", "SV", "- TODO: fix\n- SV: |\n",
                 id="a todo line is not a speaker line but is not changed either"),
    pytest.param("- JH: one\n**Minu|tes:**\nmore\n", "SV",
                 "- JH: one\n**Minutes:**\nmore\n- SV: |\n",
                 id="on the minutes heading the line goes to the end of the minutes"),
    pytest.param("## Notes|", "SV", "## Notes\n- SV: |",
                 id="a heading at the end gets a new line below"),
    pytest.param("- 🎉 launch party|\n", "GH", "- 🎉 launch party\n- GH: |\n",
                 id="an emoji earlier on the line counts as one character"),
    pytest.param("- JH: 🎉 launch 🚀|\n", "GH", "- JH: 🎉 launch 🚀\n- GH: |\n",
                 id="an emoji on a finished line does not shift the new line"),
    pytest.param("# Call 🎉\n- 🚀 AB: x\n|\n", "GH", "# Call 🎉\n- 🚀 AB: x\n- GH: |\n",
                 id="an emoji on the line above does not shift the new line"),
]
# fmt: on


@pytest.mark.parametrize(("marked", "label", "expected"), CASES)
def test_the_prefix_goes_where_the_line_asks(marked, label, expected):
    assert run(marked, label) == expected


def test_a_known_first_name_prefix_is_a_speaker_line():
    assert run("- Sylvain: |\n", "Jaime", ("Sylvain", "Jaime")) == "- Jaime: |\n"
    assert run("- Sylvain: hi|\n", "Jaime", ("Sylvain",)) == "- Sylvain: hi\n- Jaime: |\n"


# ----------------------------------------------------------------------------- style


def test_a_todo_line_is_not_a_speaker_line():
    assert speaker_style("  * TODO: fix\n\n", 14) == SpeakerStyle()


def test_first_names_known_as_speakers_give_the_style():
    text = "- Topic\n    - Sylvain: yes\n\n"
    assert speaker_style(text, len(text) - 1, known=("Sylvain",)) == SpeakerStyle("    ", "-")
    assert speaker_style(text, len(text) - 1) == SpeakerStyle()


def test_the_same_speaker_again_on_a_bare_prefix_changes_nothing():
    text = "- SV: \n"
    edit, caret = insert_speaker(text, len("- SV: "), "SV")
    assert edit.apply(text) == text
    assert caret == len("- SV: ")


def test_a_label_is_required():
    with pytest.raises(ValueError):
        insert_speaker("\n", 0, "")


# ----------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("name", "initials", "label"),
    [
        ("Jeremy Maitin-Shepard", "JMS", "JMS"),
        ("Sylvain Corlay", None, "Sylvain"),
        ("Benjamin (Benny) Szeghy", None, "Benjamin"),
        ("martindurant", None, "martindurant"),
    ],
)
def test_a_speaker_is_called_by_initials_else_first_name(name, initials, label):
    assert speaker_label(name, initials) == label


# ----------------------------------------------------------------------------- typing


@pytest.mark.parametrize(
    ("line", "column", "typed"),
    [
        ("- J", 3, "J"),
        ("JM", 2, "JM"),
        ("    * Mv", 8, "Mv"),
        ("1. JR", 5, "JR"),
        ("- JM rest", 4, "JM"),
        ("- 🎉 J", 5, None),  # not at the start of the line's text
        ("- j", 3, None),  # initials start with a capital
        ("- Jo", 3, None),  # the caret is inside a word
        ("- JMSXY", 7, None),  # too long for initials
        ("x - J", 5, None),
        ("- ", 2, None),
    ],
)
def test_typed_initials_are_read_at_the_start_of_the_line(line, column, typed):
    assert typed_initials(line, column) == typed


def test_completion_replaces_the_typed_initials_with_the_prefix():
    text = "- JH: one\n- J\n"
    edit, caret = complete_speaker(text, len("- JH: one\n- J"), "JMS")
    assert edit.apply(text) == "- JH: one\n- JMS: \n"
    assert caret == len("- JH: one\n- JMS: ")


def test_completion_without_a_marker_and_before_a_blank_eats_the_blank():
    text = "JM  said\n"
    edit, caret = complete_speaker(text, 2, "JMS")
    assert edit.apply(text) == "- JMS: said\n"  # the full form: the marker too
    assert caret == len("- JMS: ")


def test_completion_of_paragraph_minutes_adds_no_marker():
    text = "KH: said\n\nSU\n"
    edit, _caret = complete_speaker(text, len("KH: said\n\nSU"), "SU")
    assert edit.apply(text) == "KH: said\n\nSU: \n"


def test_completion_writes_the_notes_form():
    text = "  - (IF) yes\n- M"
    edit, caret = complete_speaker(text, len(text), "MvN")
    assert edit.apply(text) == "  - (IF) yes\n- (MvN) "
    assert caret == len(edit.apply(text))


def test_completion_needs_initials_being_typed():
    with pytest.raises(ValueError):
        complete_speaker("- said\n", 6, "JMS")


def test_initials_typed_right_under_a_nested_reply_continue_at_its_depth():
    text = "- Topic\n    - (IF) yes\nMv"
    edit, caret = complete_speaker(text, len(text), "MvN")
    assert edit.apply(text) == "- Topic\n    - (IF) yes\n    - (MvN) "
    assert caret == len(edit.apply(text))


def test_initials_typed_after_a_blank_line_start_where_typed():
    text = "- Topic\n    - IF: yes\n\nMv"
    edit, _caret = complete_speaker(text, len(text), "MvN")
    assert edit.apply(text) == "- Topic\n    - IF: yes\n\n- MvN: "
