"""Ticking boxes and adding agenda and action items, in each file's own style.

Every test checks the whole text: the edited note differs from the original by exactly
the expected characters or lines, and the final-newline state is kept.
"""

from __future__ import annotations

import re

import pytest

from noteapp.core.errors import StructureEditError
from noteapp.core.meeting import parse_meeting, task_edits
from noteapp.core.meeting.task_edits import (
    add_action_item,
    add_agenda_item,
    agenda_siblings,
    checked_mark,
    move_agenda_item,
    set_checked,
    toggle_item,
)
from noteapp.core.series.model import builtin_series_for_template
from noteapp.core.series.template_sample import template_sample
from noteapp.storage.earlier_notes import earlier_notes
from tests.conftest import over_corpus
from tests.core.tasks_support import TASKS, actions_of, agenda_of, checklist_of, read


def with_lines(old: str, after: int, lines: list[str]) -> str:
    """``old`` with ``lines`` inserted after its line ``after`` (1-based): what a pure
    insertion of whole lines must give, final-newline state included."""
    parts = old.split("\n")
    return "\n".join(parts[:after] + lines + parts[after:])


def inserted(old: str, new: str) -> tuple[int, list[str]]:
    """(the line after which lines were inserted, those lines), found by trying every
    position; fails unless ``new`` is ``old`` plus whole lines."""
    a, b = old.split("\n"), new.split("\n")
    count = len(b) - len(a)
    assert count > 0
    for after in range(len(a) + 1):
        lines = b[after : after + count]
        if with_lines(old, after, lines) == new:
            return after, lines
    raise AssertionError("not an insertion of whole lines")


def one_char(old: str, new: str) -> tuple[int, str, str]:
    """(1-based line, old line, new line) of a one-character change."""
    assert len(old) == len(new)
    diff = [i for i, (x, y) in enumerate(zip(old, new, strict=True)) if x != y]
    assert len(diff) == 1
    line = old.count("\n", 0, diff[0]) + 1
    return line, old.split("\n")[line - 1], new.split("\n")[line - 1]


def index_at(text: str, line: int) -> int:
    return next(i for i, t in enumerate(checklist_of(text)) if t.line == line)


# -- ticking ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "before", "after"),
    [
        (
            "conda-forge/2024-01-24.md",
            42,
            '- [x] (HV) How do we introduce `{{ stdlib("c") }}`?',
            '- [ ] (HV) How do we introduce `{{ stdlib("c") }}`?',
        ),
        ("conda-forge/2024-01-24.md", 30, "- [ ]", "- [x]"),  # its ticks are all "[x]"
        (
            "czi-conda-forge/2023-01-06.md",
            43,  # its ticks are all "[X]"
            "- [ ] Jaime and Hind to collaborate on infra docs.",
            "- [X] Jaime and Hind to collaborate on infra docs.",
        ),
    ],
)
def test_toggling_changes_one_character_in_the_files_case(corpus, name, line, before, after):
    text = read(corpus / name)
    new = toggle_item(text, index_at(text, line)).apply(text)
    assert one_char(text, new) == (line, before, after)
    assert set_checked(text, index_at(text, line), "[ ]" in before).apply(text) == new


def test_ticking_a_nested_nbsp_indented_item(corpus):
    text = read(corpus / "conda-forge/2022-11-16.md")
    line, before, after = one_char(text, toggle_item(text, index_at(text, 120)).apply(text))
    assert line == 120 and before.replace("[ ]", "[x]") == after  # 17 [x] beat 2 [X]


@pytest.mark.parametrize(
    ("name", "mark"),
    [
        ("czi-conda-forge/TEMPLATE.md", "x"),  # nothing ticked, no earlier notes: "x"
        ("conda-community/20250212_agenda_and_minutes.md", "x"),  # 2025: "x" era
        ("conda-community/20260812-conda-ecosystem.md", "X"),  # two [X], none [x]
        ("geojupyter/20250114-community__index.md", "x"),
    ],
)
def test_the_tick_mark_a_note_writes(corpus, name, mark):
    assert checked_mark(read(corpus / name)) == mark


def test_a_note_with_nothing_ticked_follows_the_series_earlier_notes(corpus):
    template = read(corpus / "czi-conda-forge/TEMPLATE.md")
    earlier = [read(corpus / f"czi-conda-forge/{n}.md") for n in ("2024-10-29", "2023-01-06")]
    assert checked_mark(template, like=earlier) == "X"  # the newest with a tick decides
    text = "# 2026-09-02 Weekly call\n\n- [ ] a\n"
    assert checked_mark(text, like=["- [ ] none\n", "- [X] b\n- [x] c\n- [X] d\n"]) == "X"
    assert checked_mark(text, like=["- [x] b\n", "- [X] c\n"]) == "x"
    assert checked_mark(text) == "x"  # no earlier note: the neutral default


def test_a_tie_follows_the_earlier_notes_and_never_the_title(corpus):
    text = "# 2031-01-09 CZI EOSS 5 conda-forge grant meeting\n\n- [x] one\n- [X] two\n- [ ] c\n"
    assert checked_mark(text) == "x"  # a title names no habit
    assert checked_mark(text, like=["- [X] done\n"]) == "X"
    edit = toggle_item(text, 2, like=["- [X] done\n"])
    assert edit.apply(text).endswith("- [X] c\n")


def test_the_note_s_own_majority_beats_the_earlier_notes():
    text = "# Call\n\n- [x] one\n- [ ] two\n"
    assert (
        set_checked(text, 1, True, like=["- [X] a\n- [X] b\n"]).apply(text).endswith("- [x] two\n")
    )


def test_setting_the_state_a_box_already_has_is_a_no_op(corpus):
    text = read(corpus / "czi-conda-forge/2023-01-06.md")
    edit = set_checked(text, index_at(text, 23), True)
    assert edit.is_noop and edit.apply(text) == text


@pytest.mark.parametrize("index", [-1, 9, 100])
def test_ticking_an_item_that_does_not_exist(corpus, index):
    text = read(corpus / "czi-conda-forge/2023-01-06.md")  # nine task items
    with pytest.raises(StructureEditError, match="no task item"):
        toggle_item(text, index)


# -- adding agenda items ------------------------------------------------------------------


def test_czi_agenda_item_is_a_box_after_the_last_item(corpus):
    text = read(corpus / "czi-conda-forge/2023-01-06.md")
    new = add_agenda_item(text, "Hind: OCI mirror status").apply(text)
    # after "- [X] Sylvain: Hind has been ..." (36) and its reply (37)
    assert new == with_lines(text, 37, ["- [ ] Hind: OCI mirror status"])


def test_conda_forge_agenda_item_goes_under_your_new_agenda_items(corpus):
    text = read(corpus / "conda-forge/2024-01-24.md")
    new = add_agenda_item(text, "(JRG) Retire the old CDN").apply(text)
    assert new == with_lines(text, 61, ["- [ ] (JRG) Retire the old CDN"])
    assert agenda_of(new)[-1].text == "(JRG) Retire the old CDN"


def test_jupyterhub_agenda_item_with_the_files_time_box(corpus):
    text = read(corpus / "jupyterhub/2020-11-19.md")
    new = add_agenda_item(text, "**Min**: JupyterHub 1.3 release", 15).apply(text)
    # the last time box in the file is "[5 mins]", after the bold name
    assert new == with_lines(text, 74, ["- **Min** [15 mins]: JupyterHub 1.3 release"])
    added = agenda_of(new)[-1]
    assert (added.depth, added.timebox_minutes, added.checked) == (0, 15, None)


def test_a_time_box_in_a_file_that_has_none(corpus):
    text = read(corpus / "czi-conda-forge/2024-01-30.md")
    new = add_agenda_item(text, "Afshin: dashboard demo", 10).apply(text)
    assert new == with_lines(text, 38, ["- [ ] Afshin (10 min): dashboard demo"])


def test_geojupyter_heading_items_get_a_new_heading(corpus):
    text = read(corpus / "geojupyter/20260204-collaboration-cafe__index.md")
    new = add_agenda_item(text, "Wrap-up", 10).apply(text)
    # the agenda's items are "### ⚡ (5 minutes) Lightning intros"... two blank lines apart
    assert new == with_lines(text, 69, ["", "", "### (10 minutes) Wrap-up"])
    assert agenda_of(new)[-1].timebox_minutes == 10


def test_heading_items_have_no_box(corpus):
    text = read(corpus / "geojupyter/20260204-collaboration-cafe__index.md")
    with pytest.raises(StructureEditError, match="headings"):
        add_agenda_item(text, "Wrap-up", checkbox=True)


def test_asking_for_a_box_or_none(corpus):
    hub = read(corpus / "jupyterhub/2020-11-19.md")
    boxed = add_agenda_item(hub, "Releases", checkbox=True).apply(hub)
    assert boxed == with_lines(hub, 74, ["- [ ] Releases"])
    czi = read(corpus / "czi-conda-forge/2023-01-06.md")
    plain = add_agenda_item(czi, "Releases", checkbox=False).apply(czi)
    assert plain == with_lines(czi, 37, ["- Releases"])


def test_numbered_agendas_count_on_or_repeat_one():
    counted = read(TASKS / "numbered.md")
    new = add_agenda_item(counted, "Wrap up").apply(counted)
    assert new == with_lines(counted, 8, ["4. Wrap up"])  # after "3. Hiring"
    ones = read(TASKS / "numbered_ones.md")
    new = add_agenda_item(ones, "Wrap up").apply(ones)
    assert new == with_lines(ones, 6, ["1. Wrap up"])


def test_pandoc_spacing_and_star_markers_are_kept():
    text = read(TASKS / "nested.md")
    # the last top-level item of the agenda is " - [ ] one-space indent ..." (18)
    new = add_agenda_item(text, "Next").apply(text)
    assert new == with_lines(text, 18, [" - [ ] Next"])


# An earlier note of each series, in the style its new agenda section should take.
EARLIER_AGENDAS = {
    "czi_no_agenda.md": "# 2031-01-02 grant meeting\n\n## 📝 Agenda\n\n- [ ] Budget\n- [x] Docs\n",
    "conda_forge_no_agenda.md": (
        "# core meeting\n\n### Your `__new__()` agenda items\n\n- [ ] (AB) CFEP\n"
    ),
    "jupyterhub_no_agenda.md": "# Team meeting\n\n## Agenda items\n\n- Release\n- Hiring\n",
}


@pytest.mark.parametrize(
    ("fixture", "after", "lines"),
    [
        ("czi_no_agenda.md", 15, ["## 📝 Agenda", "", "- [ ] New topic", ""]),
        # before "### Pushed to next meeting", at its level
        (
            "conda_forge_no_agenda.md",
            13,
            ["### Your `__new__()` agenda items", "", "- [ ] New topic", ""],
        ),
        ("jupyterhub_no_agenda.md", 16, ["", "## Agenda items", "", "- New topic"]),
        # nothing to learn from: the plain default
        ("plain_no_final_newline.md", 7, ["## Agenda", "", "- [ ] New topic", ""]),
    ],
)
def test_a_new_agenda_section_in_the_style_of_the_earlier_notes(fixture, after, lines):
    text = read(TASKS / fixture)
    like = [EARLIER_AGENDAS[fixture]] if fixture in EARLIER_AGENDAS else []
    new = add_agenda_item(text, "New topic", like=iter(like)).apply(text)
    assert new == with_lines(text, after, lines)
    assert [a.text for a in agenda_of(new)] == ["New topic"]
    if like:  # without the earlier notes: the default, wherever the note puts it
        plain = add_agenda_item(text, "New topic").apply(text)
        heading = next(line for line in lines if line)
        assert "## Agenda\n" in plain and heading not in plain.split("\n")


def test_zarr_open_agenda_goes_before_the_minutes(corpus, tmp_path):
    text = read(corpus / "zarr/2024-01-24.md")
    zarr = builtin_series_for_template("zarr")
    template = template_sample(zarr, tmp_path)  # the series' template shows the label
    new = add_agenda_item(text, "Zarr v3 release plan", template=template).apply(text)
    # before "**Meeting Minutes:**" (31), after the updates
    assert new == with_lines(
        text, 30, ["**Open Agenda (add here 👇🏻):**", "", "- Zarr v3 release plan", ""]
    )


@pytest.mark.parametrize(
    ("item", "minutes", "message"),
    [
        ("two\nlines", None, "one line"),
        ("   ", None, "needs some text"),
        ("Budget", 0, "positive"),
    ],
)
def test_agenda_items_that_cannot_be_written(corpus, item, minutes, message):
    text = read(corpus / "czi-conda-forge/2023-01-06.md")
    with pytest.raises(StructureEditError, match=message):
        add_agenda_item(text, item, minutes)


# -- adding action items ------------------------------------------------------------------


def test_geojupyter_action_item_with_a_name_prefix(corpus):
    text = read(corpus / "geojupyter/20250114-community__index.md")
    new = add_action_item(text, "Write the blog post", ["Ciera"]).apply(text)
    # after the last item's block: "- [x] ~~Matt: Create a bucket ...~~" (49) and its link (50)
    assert new == with_lines(text, 50, ["- [ ] Ciera: Write the blog post"])
    added = actions_of(new)[-1]
    assert (added.owners, added.done) == (("Ciera",), False)


def test_two_owners_by_name(corpus):
    text = read(corpus / "czi-conda-forge/2023-01-06.md")
    new = add_action_item(text, "Review the infra docs", ["Jaime", "Hind"]).apply(text)
    assert new == with_lines(text, 44, ["- [ ] Jaime and Hind: Review the infra docs"])
    assert actions_of(new)[-1].owners == ("Jaime", "Hind")


def test_conda_forge_owners_in_parentheses(corpus):
    text = read(corpus / "conda-forge/2022-11-16.md")  # "### TODOs", "* [ ] (MvN) ..."
    new = add_action_item(text, "Write the announcement", ["MRB", "IF"]).apply(text)
    assert new == with_lines(text, 288, ["* [ ] (MRB/IF) Write the announcement"])
    assert actions_of(new)[-1].owners == ("MRB", "IF")


def test_an_empty_action_section_gets_its_first_item(corpus):
    text = read(corpus / "scikit-learn/2024-01-29.md")  # "### Action items" then a heading
    new = add_action_item(text, "Try the docsearch PR", ["Guillaume"]).apply(text)
    assert new == with_lines(text, 65, ["- Guillaume: Try the docsearch PR", ""])


@pytest.mark.parametrize(
    ("name", "earlier", "after", "lines"),
    [
        # a CZI note without an action section: at the end, in the heading its series uses
        (
            "seeds/003_489f1719d0538db3.txt",
            "czi-conda-forge/2023-01-06.md",
            39,
            ["", "## 🚀 Action items", "", "- [ ] Jaime: Publish the notes"],
        ),
        (
            "geojupyter/20260127-community__index.md",
            None,  # the folder's earlier notes
            50,
            ["", "### Action items", "", "- [ ] Jaime: Publish the notes"],
        ),
        # nothing earlier shows an action section: the default, before the carried-over
        # items, which stay last
        (
            "conda-forge/2021-06-16.md",
            None,
            139,
            ["## Action items", "", "- (Jaime) Publish the notes", ""],  # its owners: "(XX)"
        ),
    ],
)
def test_a_new_action_section_in_the_style_of_the_earlier_notes(
    corpus, name, earlier, after, lines
):
    text = read(corpus / name)
    like = [read(corpus / earlier)] if earlier else earlier_notes(corpus / name)
    new = add_action_item(text, "Publish the notes", ["Jaime"], like=like).apply(text)
    assert new == with_lines(text, after, lines)


def test_a_new_action_section_stays_above_the_next_meeting_line():
    text = read(TASKS / "trailing_sections.md")  # ends with two blank lines
    new = add_action_item(text, "Book the room", ["Ada"]).apply(text)
    assert new == with_lines(text, 10, ["## Action items", "", "- Ada: Book the room", ""])
    assert new.endswith("two weeks.\n\n\n")


def test_a_note_without_a_final_newline_keeps_it_that_way():
    text = read(TASKS / "plain_no_final_newline.md")
    assert not text.endswith("\n")
    new = add_action_item(text, "Review the docs", ["GH"]).apply(text)
    assert new == with_lines(text, 11, ["", "## Action items", "", "- GH: Review the docs"])
    assert new.endswith("- GH: Review the docs")


def test_owners_that_would_not_read_back(corpus):
    czi = read(corpus / "czi-conda-forge/2023-01-06.md")
    with pytest.raises(StructureEditError, match="read back"):
        add_action_item(czi, "check the vote", ["Note"])  # "Note: ..." is a label
    forge = read(corpus / "conda-forge/2022-11-16.md")
    with pytest.raises(StructureEditError, match=r"\(XX\)"):
        add_action_item(forge, "check the vote", ["MRB/IF"])


def test_handles_are_written_with_an_at_sign(corpus):
    text = read(corpus / "czi-conda-forge/2023-01-06.md")
    new = add_action_item(text, "Review the docs", ["jaimergp"]).apply(text)
    assert inserted(text, new)[1] == ["- [ ] @jaimergp: Review the docs"]
    assert actions_of(new)[-1].owners == ("jaimergp",)


# -- every real note ----------------------------------------------------------------------


@over_corpus("path")
def test_every_edit_on_every_real_note_is_minimal(path):
    text = read(path).replace("\r\n", "\n")
    items = checklist_of(text)
    for index in sorted({0, len(items) // 2, len(items) - 1} & set(range(len(items)))):
        edit = toggle_item(text, index)
        assert edit.end - edit.start == 1 and edit.start == items[index].box
    for edit in (
        add_agenda_item(text, "A new topic", 10),
        add_action_item(text, "Do the thing", ["Ada Lovelace"]),
    ):
        if edit.start != edit.end:  # only ever over an empty "- [ ]" or "4. " left behind
            placeholder = r"[ \t]*(?:[-*] \[ \]|\d{1,3}[.)])[ \t]*"
            assert re.fullmatch(placeholder, text[edit.start : edit.end]), edit
            assert edit.new.startswith(text[edit.start : edit.end].rstrip() + " ")
            continue
        _, lines = inserted(text, edit.apply(text))
        assert sum(bool(line.strip()) for line in lines) in (1, 2)  # the item, or heading + item
    before = parse_meeting(text)
    movable = next(
        ((i, s) for i in range(len(before.agenda)) if len(s := agenda_siblings(before, i)) > 1),
        None,
    )
    if movable is not None:  # the first item that has a sibling trades places with it
        index, siblings = movable
        to = siblings[1] if siblings[0] == index else siblings[0]
        edit = move_agenda_item(text, index, to)
        moved = edit.apply(text)
        assert moved[: edit.start] == text[: edit.start] and moved.endswith(text[edit.end :])
        # lines only change places (a counting list keeps counting: numbers aside)
        assert sorted(map(_unnumbered, moved.split("\n"))) == sorted(
            map(_unnumbered, text.split("\n"))
        )
        after = parse_meeting(moved)
        for kind in ("checklist", "agenda", "topics", "action_items"):
            assert sorted(map(_text_of, getattr(after, kind))) == sorted(
                map(_text_of, getattr(before, kind))
            ), kind


def _unnumbered(line: str) -> str:
    return re.sub(r"^([ \t]*)\d+([.)])", r"\1#\2", line)


def _text_of(record) -> str:
    return record.text


def test_an_edit_that_would_change_another_item_is_refused_with_a_message(monkeypatch):
    """The read-back check: when the parse after an edit reads another item differently,
    the edit is refused and the text is not touched."""
    text = "# Call\n\n## Agenda\n\n- [ ] First\n- [ ] Second\n\n## Action items\n\n- Ada: a\n"
    real = task_edits.parse_meeting
    calls = []

    def shifted(source: str, *args, **kwargs):  # the read-back parse sees a changed note
        calls.append(source)
        meeting = real(source, *args, **kwargs)
        if len(calls) > 1:
            meeting = meeting._replace(action_items=meeting.action_items[:0])
        return meeting

    monkeypatch.setattr(task_edits, "parse_meeting", shifted)
    with pytest.raises(StructureEditError, match="would change the note's action items"):
        toggle_item(text, 0)
    calls.clear()
    with pytest.raises(StructureEditError, match="would change"):
        add_agenda_item(text, "Third")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "## Agenda\n\n- [ ] First topic"),
        ("# Title", "# Title\n\n## Agenda\n\n- [ ] First topic"),
        ("---\ntitle: x\n---\n", "---\ntitle: x\n---\n\n## Agenda\n\n- [ ] First topic\n"),
    ],
)
def test_an_agenda_in_an_empty_note(text, expected):
    assert add_agenda_item(text, "First topic").apply(text) == expected
