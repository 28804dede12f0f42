"""Attendee edits: one small Edit each, in the note's own style, checked by reading back.

Each corpus test states the exact lines an edit removes and adds (the rest of the file
must stay byte for byte).
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from noteapp.core.errors import NoteError, StructureEditError
from noteapp.core.meeting.attendees import edits
from noteapp.core.meeting.attendees.learned import attendee_style
from noteapp.core.meeting.attendees.reader import parse_attendees
from noteapp.core.meeting.structure import Attendee
from noteapp.core.meeting.style import Sources
from noteapp.core.series.model import builtin_series_for_template
from noteapp.core.series.template_sample import template_sample
from noteapp.core.text.edits import Edit
from noteapp.core.text.frontmatter import parse_front_matter
from noteapp.core.text.outline import Outline
from noteapp.storage.earlier_notes import earlier_notes
from tests.conftest import FIXTURES, over_corpus

ATTENDEE_FIXTURES = FIXTURES / "attendees"
NBSP = "\xa0"


def people(text: str) -> tuple[Attendee, ...]:
    fm = parse_front_matter(text)
    return parse_attendees(Outline(text, fm.end), fm)[0]


def rows(text: str) -> list[tuple[str, str | None, str | None, str | None, bool]]:
    return [(a.name, a.initials, a.handle, a.affiliation, a.present) for a in people(text)]


def note(corpus: Path, name: str) -> str:
    return (corpus / name).read_text(encoding="utf-8")


def fixture(name: str) -> str:
    return (ATTENDEE_FIXTURES / name).read_text(encoding="utf-8")


def changes(old: str, new: str) -> list[tuple[int, list[str], list[str]]]:
    """(first old line number, old lines, new lines) for each changed run of lines."""
    a, b = old.split("\n"), new.split("\n")
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            out.append((i1 + 1, a[i1:i2], b[j1:j2]))
    return out


def apply(text: str, edit: Edit) -> str:
    assert isinstance(edit, Edit)
    return edit.apply(text)


def changed(text: str, edit: Edit) -> list[tuple[int, list[str], list[str]]]:
    """What ``edit`` does to ``text``, as :func:`changes` lists it."""
    return changes(text, apply(text, edit))


# ----------------------------------------------------------------------------- add: tables


def test_add_fills_the_first_filler_row_of_a_conda_forge_table(corpus):
    text = note(corpus, "conda-forge/2024-01-24.md")
    edit = edits.add_attendee(text, "Ada Lovelace", "AL", "ada", "Analytical Engines")
    new = apply(text, edit)
    widths = (25, 10, 18, 29)
    blank = "|" + "|".join(" " * n for n in widths) + "|"
    values = ("Ada Lovelace", "AL", "ada", "Analytical Engines")
    filled = "|" + "|".join(f" {v}".ljust(n) for v, n in zip(values, widths, strict=True)) + "|"
    assert changes(text, new) == [(20, [blank], [filled])]
    assert filled.endswith("| ada              | Analytical Engines          |")
    assert edit.new == "Ada Lovelace            | AL       | ada              | Analytical Engines"
    assert rows(new)[-1] == ("Ada Lovelace", "AL", "ada", "Analytical Engines", True)


def test_a_value_wider_than_its_column_widens_only_the_rows_padded_to_it(corpus):
    text = note(corpus, "conda-forge/2024-01-24.md")
    new = apply(
        text,
        edits.add_attendee(
            text, "Ada Lovelace", "AL", "ada", "Analytical Engines Society of London"
        ),
    )
    old_lines, new_lines = text.split("\n"), new.split("\n")
    assert len(new_lines) == len(old_lines)
    # ragged rows 17 and 18 stay as they were; the filler row 20 is filled
    assert new_lines[16] == old_lines[16] and new_lines[17] == old_lines[17]
    assert new_lines[19] == (
        "| Ada Lovelace            | AL       | ada              "
        "| Analytical Engines Society of London |"
    )
    assert new_lines[13].endswith("| Affiliation                          |")
    assert new_lines[14].endswith("| ------------------------------------ |")
    assert new_lines[15].endswith("| Quansight/cf                         |")
    assert [n + 1 for n, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b] == [
        14,
        15,
        16,
        19,
        20,
        21,
        22,
        23,
        24,
    ]
    for a, b in zip(old_lines[13:24], new_lines[13:24], strict=True):
        if a != b and "Ada" not in b:  # only padding was added, at the end of the column
            assert b.replace(" ", "").replace("-", "") == a.replace(" ", "").replace("-", "")


def test_add_to_a_czi_template_keeps_the_handle_placeholder(corpus):
    text = note(corpus, "czi-conda-forge/TEMPLATE.md")
    new = apply(text, edits.add_attendee(text, "Ada Lovelace"))
    assert changes(text, new) == [
        (
            11,
            ["|                        | `XXXXXXXX`       |               |"],
            ["| Ada Lovelace           | `XXXXXXXX`       |               |"],
        )
    ]
    assert rows(new) == [("Ada Lovelace", None, None, None, True)]


def test_add_to_a_czi_table_without_fillers_backticks_the_handle(corpus):
    text = note(corpus, "czi-conda-forge/2022-12-20.md")
    new = apply(text, edits.add_attendee(text, "Ada Lovelace", "AL", "ada", "QuantStack"))
    assert changes(text, new) == [
        (
            19,
            [],
            [
                "| Ada Lovelace           | `ada`            | QuantStack    "
                "|                         |"
            ],
        )
    ]
    assert new.count(NBSP) == text.count(NBSP)
    # no Initials column: the initials are left out
    assert rows(new)[-1] == ("Ada Lovelace", None, "ada", "QuantStack", True)


def test_add_replaces_a_ragged_blank_row_with_a_padded_one(corpus):
    text = note(corpus, "conda-community/20230118_agenda_and_minutes.md")
    assert changed(text, edits.add_attendee(text, "Ada Lovelace", "AL", "ada", "Anaconda")) == [
        (
            23,
            ["|            |       |      |     |"],
            ["| Ada Lovelace           | AL       | Anaconda     | ada              |"],
        )
    ]


def test_add_to_a_table_whose_handles_carry_an_at(corpus):
    text = note(corpus, "conda-community/20211208_agenda_and_minutes.md")
    assert changed(text, edits.add_attendee(text, "Ada Lovelace", "AL", "ada", "Engines")) == [
        (16, ["| | | | |"], ["| Ada Lovelace       | AL       | Engines       | @ada            |"])
    ]


# ----------------------------------------------------------------------------- add: inline


def test_add_to_a_zarr_attending_line(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    edit = edits.add_attendee(text, "Ada Lovelace", "AL", handle="ada", affiliation="Engines")
    assert edit.new == ", Ada Lovelace (AL)"  # no place for a handle or affiliation there
    new = apply(text, edit)
    assert [(n, len(a), len(b)) for n, a, b in changes(text, new)] == [(11, 1, 1)]
    assert rows(new)[-1] == ("Ada Lovelace", "AL", None, None, True)


def test_add_to_an_hsf_present_line_keeps_its_trailing_space(corpus):
    text = note(corpus, "hsf/2026-02-12-coordination.md")
    new = apply(text, edits.add_attendee(text, "Ada Lovelace"))
    ((line, old, added),) = changes(text, new)
    assert line == 8
    assert added[0] == old[0][:-1] + ", Ada Lovelace "
    assert [p.name for p in people(new) if p.present][-1] == "Ada Lovelace"


def test_add_to_a_hard_wrapped_list_goes_on_its_last_line(corpus):
    text = note(corpus, "hsf/2018-02-21-packaging.md")
    assert changed(text, edits.add_attendee(text, "Ada Lovelace")) == [
        (16, ["Muzaffar, Geri Ganis"], ["Muzaffar, Geri Ganis, Ada Lovelace"])
    ]


def test_add_with_the_japanese_separator():
    text = fixture("harima-style.md")
    assert changed(text, edits.add_attendee(text, "伊藤")) == [
        (9, ["- 参加者: 佐藤、鈴木、高橋"], ["- 参加者: 佐藤、鈴木、高橋、伊藤"])
    ]


def test_add_to_a_bullet_of_initials():
    text = fixture("initials-line.md")
    assert changed(text, edits.add_attendee(text, "JK")) == [
        (7, ["- AB, CD, EFG, HI, …"], ["- AB, CD, EFG, HI, JK, …"])
    ]


# ----------------------------------------------------------------------------- add: lists


def test_add_to_a_jupyterhub_roll_call(corpus):
    text = note(corpus, "jupyterhub/2020-11-19.md")
    assert changed(text, edits.add_attendee(text, "Ada", handle="ada", affiliation="Engines")) == [
        (28, [], ["- Ada / Engines / \\@ada"])
    ]


def test_add_to_an_empty_roll_call_goes_after_its_header_item(corpus):
    path = corpus / "jupyterhub/monthly-meeting-template.md"
    text = note(corpus, "jupyterhub/monthly-meeting-template.md")
    add = edits.add_attendee(text, "Ada", handle="ada", affiliation="Engines", like=[])
    new = apply(text, add)
    assert changes(text, new) == [(27, [], ["- Ada / Engines / @ada"])]  # nothing to copy
    # the handle as the series' roll calls write theirs (the newest earlier one: "\\@")
    like = ["## Roll call\n\n- Grace / Navy / \\@grace\n", *earlier_notes(path)]
    add = edits.add_attendee(text, "Ada", handle="ada", affiliation="Engines", like=like)
    assert changes(text, apply(text, add)) == [(27, [], ["- Ada / Engines / \\@ada"])]
    assert rows(new) == [("Ada", None, "ada", "Engines", True)]


def test_add_to_a_collab_cafe_archive_goes_to_the_newest_meeting(corpus):
    text = note(corpus, "jupyterhub/2025.md")
    new = apply(text, edits.add_attendee(text, "Ada Lovelace", handle="ada", affiliation="Engines"))
    assert changes(text, new) == [(22, [], ["* Ada Lovelace / \\@ada / Engines"])]


def test_add_fills_a_geojupyter_placeholder_item(corpus):
    text = note(corpus, "geojupyter/20260127-community__index.md")
    assert changed(text, edits.add_attendee(text, "Ada", handle="ada", affiliation="Engines")) == [
        (33, ["* Name / GitHub ID / affiliation"], ["* Ada / `@ada` / Engines"])
    ]


def test_add_to_geojupyter_lists_follows_their_handle_style(corpus):
    text = note(corpus, "geojupyter/20250218-jupytergis-sync__index.md")
    assert changed(text, edits.add_attendee(text, "Ada", handle="ada", affiliation="Engines")) == [
        (44, [], ["* Ada / \\@ada / Engines"])
    ]
    text = note(corpus, "geojupyter/20250114-community__index.md")
    assert changed(text, edits.add_attendee(text, "Ada", handle="ada", affiliation="Engines")) == [
        (37, [], ["* Ada / Engines"])
    ]  # that list has no handles


def test_add_to_indented_and_plain_bullets(corpus):
    text = note(corpus, "conda-forge/2020-10-14.md")
    # that list writes no initials, so the new entry has none either
    assert changed(text, edits.add_attendee(text, "Ada", "AL")) == [(27, [], ["    * Ada"])]
    text = note(corpus, "seeds/002_6d4625b0c2990028.txt")
    assert changed(text, edits.add_attendee(text, "Ada Lovelace", "AL")) == [
        (27, [], ["* Ada Lovelace (AL)"])
    ]


def test_add_to_conda_community_lists(corpus):
    text = note(corpus, "conda-community/20201020_agenda_and_minutes.md")
    assert changed(text, edits.add_attendee(text, "Ada Lovelace", "AL", "ada")) == [
        (34, [], ["* Ada Lovelace (AL) (ada)"])
    ]
    text = note(corpus, "conda-community/20260812-conda-ecosystem.md")
    assert changed(text, edits.add_attendee(text, "Ada Lovelace", "AL", "ada", "Engines")) == [
        (18, [], ["1. AL: Ada Lovelace (@ada), Engines"])
    ]


def test_add_to_a_counting_numbered_list():
    text = fixture("numbered-counting.md")
    new = apply(text, edits.add_attendee(text, "Edsger Dijkstra", "ED", "edsger"))
    assert changes(text, new) == [(10, [], ["4. ED: Edsger Dijkstra (@edsger)"])]


# ----------------------------------------------------------------------------- add: new blocks


def test_add_to_a_note_without_attendees_writes_a_labelled_line_after_the_h1(corpus, tmp_path):
    path = corpus / "zarr/2020-12-30.md"
    text = note(corpus, "zarr/2020-12-30.md")
    # its newest earlier note (2019-05-22) lists "Intend to attend: ..." without initials
    add = edits.add_attendee(text, "Ada Lovelace", "AL", like=earlier_notes(path))
    assert changed(text, add) == [(11, [], ["Intend to attend: Ada Lovelace", ""])]
    # with no earlier note, the series' template: "**Attending:** Ada Lovelace (AL)"
    template = template_sample(builtin_series_for_template("zarr"), tmp_path)
    add = edits.add_attendee(text, "Ada Lovelace", "AL", template=template)
    assert changed(text, add) == [(11, [], ["**Attending:** Ada Lovelace (AL)", ""])]


def test_a_labelled_line_goes_under_the_title_of_a_note_without_sections():
    """Not a rule of one community: any note whose new block is a labelled line (no
    heading of its own) and that has no section under its title gets it there."""
    text = "---\ntitle: Coordination Meeting\n---\n# Meeting #400\n\nMinutes.\n\nMore.\n"
    like = ["# Meeting #399\n\nPresent: Grace Hopper, Alan Turing\n\nMinutes.\n"]
    new = apply(text, edits.add_attendee(text, "Ada Lovelace", like=like))
    assert new == text.replace("\n\nMinutes", "\n\nPresent: Ada Lovelace\n\nMinutes", 1)


def test_add_to_a_note_without_attendees_writes_the_label_of_its_earlier_notes(corpus):
    path = corpus / "hsf/2018-11-26-generators.md"
    text = note(corpus, "hsf/2018-11-26-generators.md")
    # the newest earlier note of the folder lists "Participants: ..."
    new = apply(text, edits.add_attendee(text, "Ada Lovelace", like=earlier_notes(path)))
    line = "Participants: Ada Lovelace"
    assert new == text.replace("## Monday AM", f"{line}\n\n## Monday AM", 1)
    assert new.split("\n")[13:17] == ["The Organisers", "", line, ""]


def test_add_to_a_scikit_learn_note_writes_a_section_before_the_first_h2(corpus):
    text = note(corpus, "scikit-learn/2024-01-29.md")
    new = apply(text, edits.add_attendee(text, "Ada Lovelace", "AL", "ada"))
    assert changes(text, new) == [(2, [], ["", "## Attendees", "", "- Ada Lovelace (AL)"])]
    assert new.split("\n")[6] == "## Jan 29th 5pm CEST, 11am ET"


# A note without attendees, and an earlier note of its series in each style (people
# in it): the new block is written the way the earlier note writes its own.
NO_ATTENDEES = "# Weekly sync\n\nSome intro.\n\n## Notes\n\n- item"
EARLIER_BLOCKS = {
    "tight table, handles in code": (
        "## 👥 Attendees\n\n| Full name    | Github handle | Organization |\n"
        "|--------------|---------------|--------------|\n"
        "| Grace Hopper | `grace`       | Navy  |\n",
        [
            "## 👥 Attendees",
            "",
            "| Full name    | Github handle | Organization |",
            "|--------------|---------------|--------------|",
            "| Ada Lovelace | `ada`         | Engines      |",
            "",
        ],
    ),
    "spaced table with initials": (
        "## Attendees\n\n| Name | Initials | GitHub ID | Affiliation |\n"
        "| ---- | -------- | --------- | ----------- |\n| Grace Hopper | GH | grace | Navy |\n",
        [
            "## Attendees",
            "",
            "| Name         | Initials | GitHub ID | Affiliation |",
            "| ------------ | -------- | --------- | ----------- |",
            "| Ada Lovelace | AL       | ada       | Engines     |",
            "",
        ],
    ),
    "slash list, escaped handles, no initials": (
        "## Roll call\n\n- Grace Hopper / Navy / \\@grace\n- Alan Turing / NPL / \\@alan\n",
        ["## Roll call", "", "- Ada Lovelace / Engines / \\@ada", ""],
    ),
    "star list, handles in code": (
        "## Attendees\n\n* Grace Hopper (GH) / `@grace` / Navy\n"
        "* Alan Turing (AT) / `@alan` / NPL\n",
        ["## Attendees", "", "* Ada Lovelace (AL) / `@ada` / Engines", ""],
    ),
    "labelled line": (
        "# Call 12\n\n**Attending:** Grace Hopper (GH), Alan Turing (AT)\n\n## Notes\n",
        ["**Attending:** Ada Lovelace (AL)", ""],
    ),
    "nothing to learn from": ("# Call 12\n\n## Notes\n\n- item\n", None),
}


@pytest.mark.parametrize("style", sorted(EARLIER_BLOCKS))
def test_a_new_block_is_written_like_the_earlier_notes(style):
    earlier, lines = EARLIER_BLOCKS[style]
    learned = attendee_style(Sources(NO_ATTENDEES, [earlier]))
    assert learned.source == ("earlier notes" if lines else "default")
    add = edits.add_attendee(NO_ATTENDEES, "Ada Lovelace", "AL", "ada", "Engines", like=[earlier])
    new = apply(NO_ATTENDEES, add)
    block = "\n".join(lines or ["## Attendees", "", "- Ada Lovelace (AL)", ""])  # the default
    assert new == NO_ATTENDEES.replace("## Notes", f"{block}\n## Notes", 1)
    lines_of = new.split("\n")
    assert lines_of[lines_of.index(block.split("\n")[0]) - 1] == ""  # a blank line before
    got = rows(new)
    assert len(got) == 1 and got[0][0] == "Ada Lovelace"


def test_the_notes_own_block_beats_the_earlier_notes():
    text = "# Call 13\n\n## Attendees\n\n- Grace Hopper\n"
    earlier = EARLIER_BLOCKS["labelled line"][0]
    assert attendee_style(Sources(text, [earlier])).source == "this note"
    new = apply(text, edits.add_attendee(text, "Ada Lovelace", like=[earlier]))
    assert new == text + "- Ada Lovelace\n"


def test_the_template_is_asked_only_after_the_earlier_notes():
    template = EARLIER_BLOCKS["labelled line"][0]
    earlier = EARLIER_BLOCKS["star list, handles in code"][0]
    asked: list[str] = []

    def render() -> str:
        asked.append("template")
        return template

    assert attendee_style(Sources(NO_ATTENDEES, [earlier], template=render)).marker == "*"
    assert asked == []
    learned = attendee_style(Sources(NO_ATTENDEES, template=render))
    assert (learned.form, learned.label, learned.source) == ("inline", "**Attending:**", "template")
    assert asked == ["template"]


def test_add_fills_an_empty_attendee_section_instead_of_writing_a_new_one():
    text = (
        "---\ntitle: '2031-01-09'\n---\n# 2031-01-09 conda-forge core meeting\n\n"
        "## Attendees\n\n## Agenda\n"
    )
    like = [EARLIER_BLOCKS["spaced table with initials"][0]]
    new = apply(text, edits.add_attendee(text, "Ada Lovelace", "AL", like=like))
    assert new == (
        "---\ntitle: '2031-01-09'\n---\n# 2031-01-09 conda-forge core meeting\n\n"
        "## Attendees\n\n| Name         | Initials | GitHub ID | Affiliation |\n"
        "| ------------ | -------- | --------- | ----------- |\n"
        "| Ada Lovelace | AL       |           |             |\n\n## Agenda\n"
    )


def test_add_to_a_note_without_headings_appends_and_keeps_the_missing_final_newline():
    text = "Some notes about the call."
    new = apply(text, edits.add_attendee(text, "Ada"))
    assert new == "Some notes about the call.\n\n## Attendees\n\n- Ada"
    assert apply("", edits.add_attendee("", "Ada")) == "## Attendees\n\n- Ada"


def test_add_to_front_matter_lists():
    text = fixture("django-style.md")
    new = apply(text, edits.add_attendee(text, "Erin"))
    assert changes(text, new) == [(9, [], ["  - Erin"])]  # other_attendees, not members
    assert rows(new)[-1] == ("Erin", None, None, None, True)
    text = fixture("django-empty.md")  # "other_attendees:" with nothing
    assert changed(text, edits.add_attendee(text, "Erin")) == [(7, [], ["  - Erin"])]
    flow = "---\nattendees: ['Ada', 'Grace Hopper']\n---\n# Notes\n"
    assert apply(flow, edits.add_attendee(flow, "Alan")) == (
        "---\nattendees: ['Ada', 'Grace Hopper', 'Alan']\n---\n# Notes\n"
    )
    assert apply(flow, edits.remove_attendee(flow, 0)) == (
        "---\nattendees: ['Grace Hopper']\n---\n# Notes\n"
    )
    assert apply(flow, edits.update_attendee(flow, 1, name="Grace B. Hopper")) == (
        "---\nattendees: ['Ada', 'Grace B. Hopper']\n---\n# Notes\n"
    )
    assert apply(flow, edits.move_attendee(flow, 1, 0)) == (
        "---\nattendees: ['Grace Hopper', 'Ada']\n---\n# Notes\n"
    )


# ----------------------------------------------------------------------------- remove


def test_remove_a_table_row(corpus):
    text = note(corpus, "conda-forge/2022-11-16.md")
    new = apply(text, edits.remove_attendee(text, 2))
    row = "| Daniel Ching            | DJC      | carterbox        | Argonne" + " " * 21 + "|"
    assert changes(text, new) == [(21, [row], [])]


def test_remove_from_an_inline_list(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    line = text.split("\n")[10]
    assert changed(text, edits.remove_attendee(text, 2)) == [
        (11, [line], [line.replace("Davis Bennett (DB), ", "")])
    ]
    assert changed(text, edits.remove_attendee(text, 5)) == [
        (11, [line], [line.replace(", Jeremy Maitin-Shepard (JMS)", "")])
    ]


def test_removing_the_only_apology_keeps_the_label(corpus):
    text = note(corpus, "hsf/2021-02-18-coordination.md")
    new = apply(text, edits.remove_attendee(text, 19))
    assert changes(text, new) == [(8, ["Apologies: Graeme Stewart"], ["Apologies:"])]
    again = apply(new, edits.add_attendee(new, "Graeme Stewart", present=False))
    assert again == text


def test_remove_list_items_and_front_matter_items(corpus):
    text = note(corpus, "jupyterhub/2023-01-17.md")
    assert changed(text, edits.remove_attendee(text, 0)) == [
        (26, ["- Min / Simula / \\@minrk (will be late)"], [])
    ]
    text = fixture("django-style.md")
    assert changed(text, edits.remove_attendee(text, 1)) == [(5, ["  - Bruno"], [])]


def test_remove_from_a_bullet_of_initials():
    text = fixture("initials-line.md")
    assert changed(text, edits.remove_attendee(text, 3)) == [
        (7, ["- AB, CD, EFG, HI, …"], ["- AB, CD, EFG, …"])
    ]


# ----------------------------------------------------------------------------- update


def test_update_a_ragged_table_cell_keeps_its_width(corpus):
    text = note(corpus, "conda-forge/2024-01-24.md")
    new = apply(text, edits.update_attendee(text, 1, affiliation="NVIDIA"))
    start = "| Michael Sarahan   | MCS   | msarahan                 |       NVIDIA"
    assert changes(text, new) == [
        (17, [start + "/CF             |"], [start + "                |"])
    ]


def test_update_fills_empty_and_placeholder_cells_in_place(corpus):
    text = note(corpus, "czi-conda-forge/2024-10-29.md")
    edit = edits.update_attendee(text, 1, handle="SylvainCorlay", affiliation="QuantStack")
    name = "| Sylvain                |"
    assert changed(text, edit) == [
        (
            12,
            [name + " `XXXXXXXX`       |               |"],
            [name + " `SylvainCorlay`  | QuantStack    |"],
        )
    ]
    text = note(corpus, "conda-forge/2022-07-27.md")  # the rows above hold tabs
    edit = edits.update_attendee(text, 11, initials="AX", handle="axel")
    name, rest = "| Axel                    |", "|" + " " * 29 + "|"
    assert changed(text, edit) == [
        (
            30,
            [name + "          |                  " + rest],
            [name + " AX       | axel             " + rest],
        )
    ]


def test_update_a_handle_keeps_backticks_and_a_long_name_widens_its_column(corpus):
    text = note(corpus, "czi-conda-forge/2024-01-30.md")
    assert changed(text, edits.update_attendee(text, 2, handle="Hind-M")) == [
        (
            14,
            ["| Hind Montassif         | `hind-m`         | QuantStack    |"],
            ["| Hind Montassif         | `Hind-M`         | QuantStack    |"],
        )
    ]
    new = apply(text, edits.update_attendee(text, 3, name="Afshin Taylor Darian-Smith"))
    lines = new.split("\n")
    assert lines[9] == "| Full name                  | Github handle    | Organization  |"
    assert lines[10] == "|----------------------------|------------------|---------------|"
    assert lines[14] == "| Afshin Taylor Darian-Smith | `afshin`         | QuantStack    |"
    assert lines[11] == "| Jaime Rodríguez-Guerra     | `jaimergp`       | Quansight     |"
    assert rows(new)[3][:3] == ("Afshin Taylor Darian-Smith", None, "afshin")


def test_update_inline_names_and_initials(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    edit = edits.update_attendee(text, 3, name="Gábor Kovács")
    assert (edit.end - edit.start, len(edit.new)) == (9, 9)  # only the changed letters
    assert rows(apply(text, edit))[3] == ("Gábor Kovács", "GB", None, None, True)
    text = fixture("zarr-irregular.md")
    line = text.split("\n")[10]
    assert changed(
        text, edits.update_attendee(text, 4, name="Katherine Jarvis", initials="KaJ")
    ) == [
        (
            11,
            [line],
            [line.replace("Kate Jarvis (KJ) very late", "Katherine Jarvis (KaJ) very late")],
        )
    ]
    new = apply(text, edits.update_attendee(text, 8, initials="DK"))
    assert "Donald Knuth (DK) (20:09)" in new
    new = apply(text, edits.update_attendee(text, 2, initials=""))  # "Grace Hopper GH)"
    assert "Grace Hopper, Kim Jones" in new


def test_update_slash_lists_keeps_escaping_and_field_order(corpus):
    text = note(corpus, "jupyterhub/2020-11-19.md")
    assert changed(text, edits.update_attendee(text, 0, handle="timhead", affiliation="WTT")) == [
        (19, ["- Tim / Binder / \\@betatim"], ["- Tim / WTT / \\@timhead"])
    ]
    text = note(corpus, "jupyterhub/2018-04-26.md")  # "* Jessica Forde / \@jzf2101"
    assert changed(text, edits.update_attendee(text, 5, affiliation="Columbia")) == [
        (24, ["* Jessica Forde / \\@jzf2101"], ["* Jessica Forde / Columbia / \\@jzf2101"])
    ]
    text = note(corpus, "geojupyter/20260127-community__index.md")
    assert changed(text, edits.update_attendee(text, 1, handle="martin-r")) == [
        (
            32,
            ["* Martin Renou / `@martinRenou` / QuantStack"],
            ["* Martin Renou / `@martin-r` / QuantStack"],
        )
    ]
    assert changed(text, edits.update_attendee(text, 1, affiliation="")) == [
        (32, ["* Martin Renou / `@martinRenou` / QuantStack"], ["* Martin Renou / `@martinRenou`"])
    ]


def test_update_conda_community_bullets_and_numbered_items(corpus):
    text = note(corpus, "conda-community/20201020_agenda_and_minutes.md")
    assert changed(text, edits.update_attendee(text, 0, handle="mrbecker")) == [
        (14, ["* Matthew R Becker (MRB) (beckermr)"], ["* Matthew R Becker (MRB) (mrbecker)"])
    ]
    assert changed(text, edits.update_attendee(text, 4, handle="msarahan")) == [
        (18, ["* Michael Sarahan (MCS)"], ["* Michael Sarahan (MCS) (msarahan)"])
    ]
    text = note(corpus, "conda-community/20260812-conda-ecosystem.md")
    assert changed(
        text, edits.update_attendee(text, 4, affiliation="NVIDIA Corp", initials="DC")
    ) == [
        (
            17,
            ["1. DJC: Daniel Ching (@carterbox), NVIDIA"],
            ["1. DC: Daniel Ching (@carterbox), NVIDIA Corp"],
        )
    ]


def test_update_front_matter_names():
    text = fixture("django-style.md")
    assert changed(text, edits.update_attendee(text, 2, name="Chiara B.")) == [
        (6, ["  - Chiara "], ["  - Chiara B. "])
    ]


def test_update_without_a_change_is_a_no_op(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    assert edits.update_attendee(text, 0, name="Ward Fisher", initials="WF").is_noop


# ----------------------------------------------------------------------------- move


def test_move_table_rows(corpus):
    text = note(corpus, "conda-forge/2024-01-24.md")
    lines = text.split("\n")
    new = apply(text, edits.move_attendee(text, 0, 3))
    assert new.split("\n")[15:19] == [lines[16], lines[17], lines[18], lines[15]]
    assert [p.name for p in people(new)] == [
        "Michael Sarahan",
        "Marius van Niekerk",
        "Cheng H. Lee",
        "Jaime Rodríguez-Guerra",
    ]


def test_move_inline_and_list_entries(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    new = apply(text, edits.move_attendee(text, 5, 0))
    assert new.split("\n")[10] == (
        "**Attending:** Jeremy Maitin-Shepard (JMS), Ward Fisher (WF), Sanket Verma (SV), "
        "Davis Bennett (DB), Gābor Kovācs (GB), Joe Hamman (JH)"
    )
    text = note(corpus, "jupyterhub/2018-04-26.md")
    new = apply(text, edits.move_attendee(text, 1, 0))
    old_lines, new_lines = text.split("\n"), new.split("\n")
    assert new_lines[18:20] == [old_lines[19], old_lines[18]]
    assert new_lines[:18] == old_lines[:18] and new_lines[20:] == old_lines[20:]


def test_move_in_a_counting_list_keeps_the_numbers():
    text = fixture("numbered-counting.md")
    new = apply(text, edits.move_attendee(text, 2, 0)).split("\n")
    assert [line[:6] for line in new[6:9]] == ["1. AT:", "2. AL:", "3. GH:"]
    assert new[6] == "1. AT: Alan Turing (@alan), Bletchley, C/SC"


def test_move_front_matter_items():
    text = fixture("django-style.md")
    new = apply(text, edits.move_attendee(text, 0, 2))
    assert new.split("\n")[3:6] == ["  - Bruno", "  - Chiara ", "  - Alice "]


def test_move_is_only_within_a_block(corpus):
    text = note(corpus, "hsf/2021-02-18-coordination.md")
    with pytest.raises(StructureEditError, match="within its own list"):
        edits.move_attendee(text, 0, 19)


# ----------------------------------------------------------------------------- presence


def test_mark_absent_moves_to_the_paired_apologies_line(corpus):
    text = note(corpus, "hsf/2026-02-12-coordination.md")
    new = apply(text, edits.set_present(text, 0, False))
    ((l1, old1, new1), (l2, old2, new2)) = changes(text, new)
    assert (l1, l2) == (8, 10)
    assert new1[0] == old1[0].replace("Graeme Stewart, ", "")
    assert new2 == [old2[0] + ", Graeme Stewart"]
    assert rows(new)[-1] == ("Graeme Stewart", None, None, None, False)


def test_mark_present_moves_back_and_keeps_the_emptied_label(corpus):
    text = note(corpus, "hsf/2021-02-18-coordination.md")
    new = apply(text, edits.set_present(text, 19, True))
    lines = text.split("\n")
    assert new.split("\n") == [
        *lines[:5],
        lines[5] + ", Graeme Stewart",
        "",
        "Apologies:",
        *lines[8:],
    ]


def test_mark_absent_in_zarr_adds_a_bold_apologies_line(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    new = apply(text, edits.set_present(text, 2, False))
    line = text.split("\n")[10]
    assert changes(text, new) == [
        (
            11,
            [line],
            [line.replace("Davis Bennett (DB), ", ""), "", "**Apologies:** Davis Bennett (DB)"],
        )
    ]
    back = apply(new, edits.set_present(new, 5, True))
    assert rows(back)[-1] == ("Davis Bennett", "DB", None, None, True)


def test_mark_absent_keeps_remarks_and_joins_a_wrapped_name():
    text = fixture("zarr-irregular.md")
    new = apply(text, edits.set_present(text, 9, False))
    assert new.split("\n")[10].endswith("Donald Knuth (20:09)")
    assert new.split("\n")[12] == "**Apologies:** Margaret Hamilton (MH)"
    new = apply(text, edits.set_present(text, 4, False))
    assert new.split("\n")[11:14] == [
        "Hamilton (MH)",
        "",
        "**Apologies:** Kate Jarvis (KJ) very late",
    ]


def test_mark_absent_in_a_japanese_list_item():
    text = fixture("harima-style.md")
    new = apply(text, edits.set_present(text, 1, False))
    assert changes(text, new) == [
        (9, ["- 参加者: 佐藤、鈴木、高橋"], ["- 参加者: 佐藤、高橋", "- 欠席: 鈴木"])
    ]
    assert rows(new)[2:] == [("鈴木", None, None, None, False), ("田中", None, None, None, True)]


def test_mark_absent_in_a_table_removes_the_row(corpus):
    text = note(corpus, "conda-forge/2024-01-24.md")
    new = apply(text, edits.set_present(text, 1, False))
    assert new == apply(text, edits.remove_attendee(text, 1))
    assert edits.set_present(text, 1, True).is_noop  # already present


def test_mark_absent_in_lists_and_front_matter_removes_the_entry(corpus):
    text = note(corpus, "jupyterhub/2022-04-06.md")
    assert changed(text, edits.set_present(text, 6, False)) == [
        (28, ["- Monica Ihli / ORNL - Arm Data Science & Integrations Group / ihlimi@ornl.gov"], [])
    ]
    text = fixture("django-style.md")
    assert changed(text, edits.set_present(text, 3, False)) == [(8, ["  - Dmitri "], [])]


def test_presence_between_a_list_and_an_apologies_line():
    text = fixture("label-list.md")
    assert changed(text, edits.set_present(text, 2, True)) == [
        (6, [], ["- Alan Turing (AT)"]),
        (7, ["Apologies: Alan Turing (AT)"], ["Apologies:"]),
    ]
    assert changed(text, edits.set_present(text, 0, False)) == [
        (4, ["- Ada Lovelace (AL)"], []),
        (7, ["Apologies: Alan Turing (AT)"], ["Apologies: Alan Turing (AT), Ada Lovelace (AL)"]),
    ]
    new = apply(text, edits.add_attendee(text, "Edsger Dijkstra", "ED", present=False))
    assert rows(new)[-1] == ("Edsger Dijkstra", "ED", None, None, False)


def test_add_absent_to_a_zarr_note_writes_an_apologies_line(corpus):
    text = note(corpus, "zarr/2024-05-01.md")
    assert changed(text, edits.add_attendee(text, "Ada Lovelace", "AL", present=False)) == [
        (12, [], ["", "**Apologies:** Ada Lovelace (AL)"])
    ]


# ----------------------------------------------------------------------------- refusals


def test_index_out_of_range(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    for call in (
        lambda: edits.remove_attendee(text, 6),
        lambda: edits.remove_attendee(text, -1),
        lambda: edits.set_present(text, 99, False),
        lambda: edits.update_attendee(text, 6, name="X"),
        lambda: edits.move_attendee(text, 0, 6),
    ):
        with pytest.raises(StructureEditError, match="no attendee"):
            call()
    with pytest.raises(NoteError, match="lists none"):
        edits.remove_attendee("# Empty\n", 0)


def test_fields_a_style_cannot_hold(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    with pytest.raises(StructureEditError, match="no place for a GitHub handle"):
        edits.update_attendee(text, 0, handle="wardf")
    text = note(corpus, "czi-conda-forge/2023-01-06.md")
    with pytest.raises(StructureEditError, match="no place for initials"):
        edits.update_attendee(text, 0, initials="JM")
    with pytest.raises(StructureEditError, match="no place"):
        edits.update_attendee(fixture("django-style.md"), 0, affiliation="DSF")


def test_values_that_would_read_back_differently_are_refused(corpus):
    text = note(corpus, "zarr/2024-01-24.md")
    with pytest.raises(StructureEditError, match="nothing was changed"):
        edits.add_attendee(text, "Lovelace, Ada")
    text = note(corpus, "jupyterhub/2020-11-19.md")
    with pytest.raises(StructureEditError, match="nothing was changed"):
        edits.update_attendee(text, 0, affiliation="Binder / Jupyter")


def test_bad_values_are_refused(corpus):
    text = note(corpus, "conda-forge/2024-01-24.md")
    with pytest.raises(StructureEditError, match="needs a name"):
        edits.add_attendee(text, "  ")
    with pytest.raises(StructureEditError, match="not a GitHub handle"):
        edits.add_attendee(text, "Ada", handle="ada lovelace")
    with pytest.raises(StructureEditError, match="are not initials"):
        edits.add_attendee(text, "Ada", initials="al")
    with pytest.raises(StructureEditError, match="one line"):
        edits.update_attendee(text, 0, name="Ada\nLovelace")
    with pytest.raises(StructureEditError, match="needs a name"):
        edits.update_attendee(text, 0, name="")


def test_absent_people_have_no_place_in_a_table_only_note(corpus):
    text = note(corpus, "conda-forge/2024-01-24.md")
    with pytest.raises(StructureEditError, match="absent"):
        edits.add_attendee(text, "Ada Lovelace", present=False)
    with pytest.raises(StructureEditError, match="absent"):
        # no block yet, and the series' notes list people in a table: only who came
        like = [EARLIER_BLOCKS["spaced table with initials"][0]]
        edits.add_attendee(NO_ATTENDEES, "Ada", present=False, like=like)
    # a series that writes labelled lines: the new one is an apologies line
    like = [EARLIER_BLOCKS["labelled line"][0]]
    add = edits.add_attendee(NO_ATTENDEES, "Ada", present=False, like=like)
    assert "**Apologies:** Ada\n\n## Notes" in apply(NO_ATTENDEES, add)


def test_handles_given_with_at_or_backticks_are_read_as_the_bare_handle(corpus):
    text = note(corpus, "czi-conda-forge/2024-01-30.md")
    new = apply(text, edits.add_attendee(text, "Ada Lovelace", handle="`@ada`"))
    assert "| Ada Lovelace           | `ada`            |               |" in new


# ----------------------------------------------------------------------------- everywhere


@over_corpus(
    "path",
    where=lambda p: bool(people(p.read_text("utf-8"))),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_every_corpus_note_takes_each_kind_of_edit(path):
    """Remove, rename, mark, add and move on every real note with attendees: each edit
    stays inside the attendee blocks and reads back as intended."""
    text = path.read_text(encoding="utf-8")
    before = people(text)
    groups = [b.group for b in edits._read(text).blocks]
    low, high = min(g.start for g in groups), max(g.end for g in groups)
    last = len(before) - 1
    for edit, count in (
        (edits.remove_attendee(text, last), len(before) - 1),
        (edits.update_attendee(text, 0, name="Zed Example"), len(before)),
        (edits.add_attendee(text, "Zed Example", "ZE", "zed", "Example Org"), len(before) + 1),
    ):
        new = edit.apply(text)
        assert new != text
        assert low <= edit.start and edit.end <= high + 2, (edit, low, high)
        assert len(people(new)) == count
    marked = edits.set_present(text, 0, not before[0].present).apply(text)
    assert "Zed" not in marked and marked != text
    assert [a.name for a in people(marked)].count(before[0].name) in (
        [a.name for a in before].count(before[0].name) - 1,
        [a.name for a in before].count(before[0].name),
    )
    same_group = [i for i, a in enumerate(before) if a.group == before[0].group]
    if len(same_group) > 1:
        new = edits.move_attendee(text, same_group[-1], 0).apply(text)
        assert people(new)[0].name == before[same_group[-1]].name
        assert sorted(a.name for a in people(new)) == sorted(a.name for a in before)


def test_update_in_a_row_with_an_nbsp_cell_leaves_that_cell_alone(corpus):
    text = note(corpus, "czi-conda-forge/2022-12-20.md")
    ((line, old, new),) = changed(text, edits.update_attendee(text, 1, affiliation="Quansight Lab"))
    assert line == 12
    assert old[0].endswith(f"| Quansight     |{NBSP}Y                       |")
    assert new[0].endswith(f"| Quansight Lab |{NBSP}Y                       |")
    wider = apply(text, edits.update_attendee(text, 1, affiliation="Quansight Labs"))
    assert wider.count(NBSP) == text.count(NBSP)  # the column grew; the NBSP cells did not
    assert wider.split("\n")[11].endswith(f"| Quansight Labs |{NBSP}Y                       |")
    assert wider.split("\n")[12].endswith(f"| QuantStack     |{NBSP}Y                       |")
