"""Reading checklists, agenda, action items and speakers.

Expected values come from reading the files (line numbers are the files' own); the
notes beside them say what was read.  Fixtures under tests/fixtures/tasks are small
notes written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.actions import parse_action_items
from noteapp.core.meeting.tasks import (
    count_speakers,
    model,
    owners_of,
    parse_agenda,
    parse_checklist,
    timebox_minutes,
)
from noteapp.core.text.outline import Outline
from tests.conftest import over_corpus
from tests.core.tasks_support import TASKS, outline_of, read


def corpus_outline(corpus: Path, name: str) -> Outline:
    return outline_of(read(corpus / name))


# -- checklist ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "checked", "unchecked"),
    [
        # ticked: 20, 23, 28, 40, 51, 62, 66, 68, 157, 167, 226, 227; the three
        # "( ) [ ] make a hint" lines (173-175) are not list items with a box
        ("conda-forge/2021-06-16.md", 12, 45),
        # ticked 42, 48, 52; empty template boxes at 30, 34, 38, 65, 69
        ("conda-forge/2024-01-24.md", 3, 5),
        # 119-122 are indented with NBSPs (HackMD paste): still items
        ("conda-forge/2022-11-16.md", 17, 51),
        ("czi-conda-forge/2023-01-06.md", 6, 3),  # six [X] in the agenda, three [ ] actions
        ("geojupyter/20250114-community__index.md", 3, 5),  # 45, 47, 49 are [x] ~~...~~
        # 60 and 63 are "* [x]" followed by an NBSP
        ("conda-community/20211208_agenda_and_minutes.md", 9, 0),
        ("zarr/2024-01-24.md", 0, 0),
    ],
)
def test_checked_and_unchecked_counts(corpus, name, checked, unchecked):
    items = parse_checklist(corpus_outline(corpus, name))
    assert (sum(t.checked for t in items), sum(not t.checked for t in items)) == (
        checked,
        unchecked,
    )


def test_items_know_their_line_depth_marker_and_box(corpus):
    outline = corpus_outline(corpus, "conda-forge/2021-06-16.md")
    items = {t.line: t for t in parse_checklist(outline)}
    text = outline.text
    assert (items[20].marker, items[20].depth, items[20].checked) == ("*", 0, True)
    assert items[20].text == "intros for new folks on the call"
    assert (items[33].marker, items[33].text) == ("-", "(JK) OSU OpenPOWER Survey")
    assert items[45].depth == 2  # "        - [ ] do this on quetz" under "    - todos"
    assert items[63].depth == 1
    assert (items[153].depth, items[159].depth) == (2, 1)
    assert not {173, 174, 175} & set(items)  # "( ) [ ] make a hint"
    for item in items.values():
        assert text[item.start : item.end] == outline.line_text(item.line)
        assert text[item.box - 1 : item.box + 2] in ("[ ]", "[x]", "[X]")
        assert (text[item.box] != " ") == item.checked


def test_nbsp_indented_items_are_nested(corpus):
    outline = corpus_outline(corpus, "conda-forge/2022-11-16.md")
    items = {t.line: t for t in parse_checklist(outline)}
    assert items[118].depth == 0  # "- [ ] DJC: What is policy for publishing forks"
    assert [items[n].depth for n in (119, 120, 121, 122)] == [1, 1, 1, 1]


def test_code_comments_and_hints_hold_no_items():
    items = parse_checklist(outline_of(read(TASKS / "code_and_hints.md")))
    assert [(t.line, t.checked, t.text) for t in items] == [
        (5, False, "Pick a date for the sprint"),
        (6, True, "Review the release checklist"),
        (23, False, ""),  # an empty box is an item with empty text
    ]


def test_depth_follows_the_list_structure():
    items = parse_checklist(outline_of(read(TASKS / "nested.md")))
    assert [(t.line, t.depth) for t in items] == [
        (5, 0),
        (6, 1),
        (7, 2),
        (8, 1),  # two spaces: a child of "Intros", not of the four-space item
        (9, 0),
        (10, 1),  # "-   " (pandoc) opens its content at column 4
        (11, 1),  # a tab reaches column 4
        (15, 0),  # after a paragraph, an indented list starts afresh
        (18, 0),  # one space under "- Bob:" is a sibling (content starts at column 2)
    ]


def test_nbsp_indentation_and_nbsp_after_the_box():
    text = read(TASKS / "nbsp.md")
    items = parse_checklist(outline_of(text))
    assert [(t.depth, t.checked, t.text) for t in items] == [
        (0, False, "top"),
        (1, False, "indented with NBSPs"),
        (0, True, "NBSP after the box"),
    ]


@over_corpus("path")
def test_the_quick_depth_agrees_with_the_list_model(path):
    """Items at column 0 skip the list walk; every item's depth must match the walk's."""
    outline = outline_of(read(path))
    mod = model(outline)
    for item in parse_checklist(outline):
        walked = {i.start: i for i in mod.items(mod.segment_of(item.start))}[item.start]
        assert (walked.depth, walked.box, walked.checked) == (item.depth, item.box, item.checked)


# -- agenda -------------------------------------------------------------------------------


def test_jupyterhub_agenda_items_with_depth_and_time_boxes(corpus):
    agenda = parse_agenda(*_both(corpus, "jupyterhub/2020-11-19.md"))
    assert [a.line for a in agenda] == list(range(48, 75))  # every line 48-74 is an item
    assert [(a.line, a.timebox_minutes) for a in agenda if a.depth == 0] == [
        (48, 10),  # "- **Tim** [10minutes]: Use calver ..."
        (66, 5),  # "- **Simon** [5 mins]: Planning to transfer ..."
        (67, None),
        (71, None),
        (72, None),
    ]
    depths = {a.line: a.depth for a in agenda}
    assert (depths[49], depths[54], depths[58], depths[59]) == (1, 2, 3, 3)
    assert {a.checked for a in agenda} == {None}  # a plain list has no boxes
    assert agenda[0].text == (
        "**Tim** [10minutes]: Use calver and cron job to release repo2docker once a month"
    )


def test_czi_agenda_items_are_boxes_with_names(corpus):
    agenda = parse_agenda(*_both(corpus, "czi-conda-forge/2024-01-30.md"))
    assert len(agenda) == 16  # lines 22-38 but the blank-ish 28
    assert [(a.line, a.text) for a in agenda if a.depth == 0] == [
        (22, "Jaime:"),
        (29, "Darian:"),
        (34, "Sylvain:"),
    ]
    assert {a.checked for a in agenda} == {False}
    assert next(a.depth for a in agenda if a.line == 32) == 2


def test_conda_forge_agenda_leaves_carried_sections_out(corpus):
    agenda = parse_agenda(*_both(corpus, "conda-forge/2024-01-24.md"))
    # Standing items (30), Active votes (38), Your `__new__()` agenda items (42-61);
    # "From previous meeting(s)" (34) and "Pushed to next meeting" (65) carry items over.
    assert [a.line for a in agenda] == [30, 38, *range(42, 62)]
    top = [(a.line, a.checked) for a in agenda if a.depth == 0]
    assert top == [(30, False), (38, False), (42, True), (48, True), (52, True)]
    assert next(a for a in agenda if a.line == 54).depth == 2
    assert next(a for a in agenda if a.line == 43).checked is None


def test_geojupyter_sub_headings_are_agenda_items(corpus):
    agenda = parse_agenda(*_both(corpus, "geojupyter/20260204-collaboration-cafe__index.md"))
    assert [
        (a.line, a.depth, a.timebox_minutes, a.text)
        for a in agenda
        if a.line in (38, 43, 50, 61, 67)
    ] == [
        (38, 0, 5, "⚡ (5 minutes) Lightning intros"),
        (43, 0, 5, "🌐 (5 minutes) Lightning demo"),
        (50, 0, 5, "💡 (5 minutes) What will we work on?"),
        (61, 1, None, "Ideas"),  # "#### Ideas" under "### 💡 ..."
        (67, 0, None, "🪄 (all the minutes) Work together!"),
    ]
    assert [a.line for a in agenda] == [38, 43, 50, 52, 53, 56, 57, 58, 61, 63, 64, 67]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("**Tim** [10minutes]: calver", 10),
        ("[10 min] docs", 10),
        ("(5 min) intros", 5),
        ("Lightning (5 minutes)", 5),
        ("**Min** (5m): Outreachy", 5),
        ("[name=Dan] [time=15 minutes] checklist", 15),
        ("Planning (1h)", 60),
        ("Retreat (1.5 hours)", 90),
        ("(all the minutes) Work together!", None),
        ("(1 hr talk) at the conference", None),
        ("60m meeting slot", None),
    ],
)
def test_time_boxes(text, minutes):
    assert timebox_minutes(text) == minutes


# -- action items -------------------------------------------------------------------------


def test_czi_action_items_and_their_owners(corpus):
    actions = parse_action_items(*_both(corpus, "czi-conda-forge/2023-01-06.md"))
    assert [(a.line, a.owners, a.done, a.carried) for a in actions] == [
        (26, ("Sylvain",), False, False),  # the same "Name to" line inside a topic
        (41, ("Sylvain",), False, False),  # "Sylvain to invite Gabriela (Quantstack) ..."
        (43, ("Jaime", "Hind"), False, False),  # "Jaime and Hind to collaborate ..."
        (44, (), False, False),  # "Decide when to have next meeting."
    ]  # 42, the nested "Discussion on: ..." line, is not an item


def test_geojupyter_struck_through_items_are_done(corpus):
    actions = parse_action_items(*_both(corpus, "geojupyter/20250114-community__index.md"))
    assert [(a.line, a.owners, a.done) for a in actions] == [
        (40, ("All",), False),
        (41, ("All",), False),
        (42, ("All",), False),
        (43, ("All",), False),
        (44, ("All",), False),
        (45, ("Matt",), True),
        (47, ("Matt",), True),
        (49, ("Matt",), True),
    ]
    assert actions[5].text == "Matt: Create shared drive"  # without the ~~


def test_conda_forge_carried_over_items(corpus):
    actions = parse_action_items(*_both(corpus, "conda-forge/2021-06-16.md"))
    by_line = {a.line: a for a in actions}
    # "### Move to Issue Tracker" (149): date lines 150, 162, 165, 170, 171, 177, 180, 185
    # and the bold "**Docker hub**"/"**OVH**" lines group the items and are not items.
    moved = [
        151,
        158,
        163,
        166,
        167,
        172,
        178,
        181,
        182,
        183,
        187,
        188,
        192,
        195,
        197,
        198,
        199,
        201,
        202,
        203,
        204,
        205,
        *range(207, 214),
        215,
        223,
        224,
    ]
    assert set(moved) <= set(by_line)
    assert not {150, 162, 165, 170, 171, 177, 180, 185, 186, 191} & set(by_line)
    assert all(by_line[n].carried for n in moved)
    assert by_line[151].owners == ("IF", "MRB", "MV")
    assert by_line[167].owners == ("FF",) and by_line[167].done
    assert by_line[172].owners == ("Marius",)  # "(Marius?)"
    assert by_line[195].owners == ()  # "Ping @kkraus": pinged, not the owner
    assert by_line[163].owners == ()  # "TODO: Think about bringing in JOSS ..."
    # Nested TODO lines are action items too, carried when they sit in a carry-over section.
    assert (by_line[159].owners, by_line[159].carried) == (("Eric",), True)
    assert by_line[70].owners == ("Cheng",)  # "TODO: Cheng to set up @anaconda-... handle"
    assert not by_line[70].carried
    # "#### From previous meeting(s)" inside the agenda holds a carried-over agenda topic,
    # "(JK) OSU OpenPOWER Survey", not an action item (carryover.open_items moves it).
    assert 33 not in by_line
    # Task items nested under the items, TODO lines and "Next steps:" labels are actions
    # too: the boxed sub-items of "(IF/MRB/MV) intel oneAPI"'s "todo" label (153-157).
    assert {45, 59, 60, 70, 153, 154, 155, 156, 157, 159, 168} <= set(by_line)
    assert by_line[153].owners == ("Nikolay",)


def test_todo_lines_anywhere_once(corpus):
    actions = parse_action_items(*_both(corpus, "conda-forge/2020-10-14.md"))
    lines = [a.line for a in actions]
    assert 59 in lines  # "        * (TODO) Establish a wishlist"
    assert 62 in lines  # "    * TODO: Clarify docs around where we say ..."
    assert len(lines) == len(set(lines))


def test_todo_spellings_and_code():
    text = (
        "# Call\n\n- Todo: lower-case spelling\n- [x] TODO: done already\n"
        "Patrick TODO: a paragraph line with its owner\n"
        "- todos without a colon are not to-dos\n\n```\nTODO: in code\n```\n"
    )
    actions = parse_action_items(outline_of(text), parse_checklist(outline_of(text)))
    assert [(a.line, a.done, a.owners) for a in actions] == [
        (3, False, ()),
        (4, True, ()),
        (5, False, ("Patrick",)),
    ]


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("(JK) Check in on Azure", ("JK",)),
        ("(MRB/IF) figure out compilers", ("MRB", "IF")),
        ("(WV): TensorFlow-GPU ready", ("WV",)),
        ("(jakirkham) write a blog post", ("jakirkham",)),
        ("All: Please read the post", ("All",)),
        ("Jaime and Hind to collaborate", ("Jaime", "Hind")),
        ("Sylvain to invite Gabriela (Quantstack)", ("Sylvain",)),
        ("**Sarah:** her action items", ("Sarah",)),
        ("IF/DJC: questions about security", ("IF", "DJC")),
        ("TODO: Cheng to set up the handle", ("Cheng",)),
        ("ask @betatim and \\@manics", ("betatim", "manics")),
        ("mail conda-forge@googlegroups.com", ()),
        ("Note: the vote is open", ()),
        ("Next steps: write abstract", ()),
        ("Need to check the mirror", ()),
        ("Self-hosting CI TODOs:", ()),
        ("(sorry I am missing the call) can you update", ()),
        # the subject after a label is the owner (the hand labels of conda-forge agree)
        ("cfep-10 next steps: CJ to call a vote", ("CJ",)),
        ("Figure out how to tell users. Ping @kkraus", ()),  # a handle pinged, not an owner
        ("jakirkham & CJ-wright to sync on the bot", ("jakirkham", "CJ-wright")),
        ("matt B to send the PR", ("matt B",)),
        ("Everyone take a look at the roadmap", ("Everyone",)),
        ("remove the old docs (Jilayne) - in progress", ("Jilayne",)),
        ("Figure out how to package them", ()),
        # "+" joins names; "is working to/on" commits as "will" does
        ("JO + KH to talk more about containerizing", ("JO", "KH")),
        ("Michael Lawrence is working to restart the meetings", ("Michael Lawrence",)),
        ("The group is planning to meet", ()),
        # the owner named before "action item:"
        ("Anaconda action item: get clarification about the trademark", ("Anaconda",)),
        ("Action item: open an issue", ()),
        # initials written in mixed case, a done mark beside the name, a dash after it
        ("eP to add Solid World to the calendar", ("eP",)),
        ("JW ✅ to write a paragraph", ("JW",)),
        ("JW- have a discussion with Christoph", ("JW",)),
        ("Follow-up - next week", ()),
        # a name, then a verb of the imperative kind
        ("Theo have a meeting with Niko", ("Theo",)),
        ("Stewart add in a couple of fields", ("Stewart",)),
        ("Please send the slides", ()),
        ("To do: send the slides", ()),
        # a group of people in parentheses at the end
        ("Review the websocket doc (all editors)", ("all editors",)),
        # several assignments in one decision
        ("Consensus: Chrome to keep the behavior, Rob to comment on issue", ("Chrome", "Rob")),
        ("Ada to send it, then to review", ("Ada",)),
    ],
)
def test_owners(text, owners):
    assert owners_of(text) == owners


def test_a_wrapped_action_item_s_owner_at_its_end_is_read():
    text = (
        "## Action items\n\n"
        "- coordinate with Gary on how the list will be displayed and\n"
        "  other changes to the pages (Jilayne & Gary)\n"
        "- send the slides\n"
        "  to the list\n"
    )
    meeting = parse_meeting(text)
    assert [(a.text, a.owners) for a in meeting.action_items] == [
        ("coordinate with Gary on how the list will be displayed and", ("Jilayne", "Gary")),
        ("send the slides", ()),
    ]


def test_a_topic_brought_by_a_tagged_person_does_not_make_them_its_actions_owner():
    text = (
        "## Focus items\n\n"
        "- [name=micky774] Is there interest in a unified CLI tool?\n"
        "    - Start with a development environment file\n"
        "    - **Action Item**: Open issue regarding CLI\n"
        "- [name=Guillaume]\n"
        "    - TODO: review the release notes\n"
    )
    owners = {a.text: a.owners for a in parse_meeting(text).action_items}
    assert owners["Open issue regarding CLI"] == ()
    assert owners["TODO: review the release notes"] == ("Guillaume",)  # a report: theirs


def test_a_decision_names_who_is_to_act_and_narration_is_not_an_action():
    text = (
        "# Call\n\n## Notes\n\n"
        "- Issue 507: unknown manifest keys\n"
        "  - [rob] DNR dynamic rules are kept after updates.\n"
        "  - **Resolution**: Chrome to ignore the key instead of warning.\n"
        "  - Rendering to be tested on mobile later.\n\n"
        "## Next steps\n\n"
        "Joe asked people about what tasks the group should undertake.\n\n"
        "Ada to draft the charter.\n"
    )
    found = [(a.text, a.owners) for a in parse_meeting(text).action_items]
    assert found == [
        ("**Resolution**: Chrome to ignore the key instead of warning.", ("Chrome",)),
        ("Ada to draft the charter.", ("Ada",)),
    ]


def test_a_heading_that_repeats_an_agenda_item_holds_its_notes_not_another_topic():
    text = (
        "# Agenda\n"
        "* [Click measurement](https://example.org/pcm)\n"
        "    * [Require noopener #94](https://example.org/94)\n"
        "* Announcements\n\n"
        "## [Require noopener #94](https://example.org/94)\n\nJohn: a request.\n\n"
        "## Announcements\n\nErik: next meeting in Asia time.\n\n"
        "## Storage partitioning\n\nTanvi: not on the agenda, discussed anyway.\n"
    )
    assert [t.text for t in parse_meeting(text).topics] == [
        "[Click measurement](https://example.org/pcm)",
        "Announcements",
        "Storage partitioning",
    ]


def test_a_slot_without_words_is_no_topic():
    text = "# Call\n\n## Agenda\n\n- [ ] Budget\n- [ ] .\n- [ ] ...\n\n## Notes\n\n- x\n"
    assert [t.text for t in parse_meeting(text).topics] == ["Budget"]


def test_the_next_meeting_under_the_discussion_is_no_topic():
    text = (
        "# 第四次会议纪要\n\n## 会议分享与讨论\n\n### 文档方向启动信息介绍\n\n- 介绍\n\n"
        "### 下次会议安排\n\n确定下次会议的时间为两周后。\n"
    )
    assert [t.text for t in parse_meeting(text).topics] == ["文档方向启动信息介绍"]


# -- speakers -----------------------------------------------------------------------------


def test_zarr_speakers_in_first_seen_order(corpus):
    speakers = count_speakers(corpus_outline(corpus, "zarr/2024-01-24.md"))
    # Counted by reading lines 33-77: DB 33 first, WF 36, JH 37, SV 39, GB 42, JMS 50.
    assert list(speakers.items()) == [
        ("DB", 9),
        ("WF", 2),
        ("JH", 12),
        ("SV", 4),
        ("GB", 1),
        ("JMS", 12),
    ]


def test_parenthesised_speakers_and_joint_ones(corpus):
    speakers = count_speakers(corpus_outline(corpus, "conda-forge/2024-01-24.md"))
    # "(IF)" 45, 51, 56, 58; "(MvN)" 46, 53, 55; "(MCS)" 54, 60; "(KK)" 59, 61.
    # "(MvN/IF)" and "(MCS/KE)" are not 2-4 letters in parentheses; "- [x] (HV)" is a task.
    assert speakers == {"IF": 4, "MvN": 3, "MCS": 2, "KK": 2}


def test_attendee_rosters_are_not_speakers(corpus):
    speakers = count_speakers(corpus_outline(corpus, "conda-community/20260812-conda-ecosystem.md"))
    # "1. JRG: Jaime ..." (13-17) is the roster; minutes: JRG 33, 34 and WV 35.
    assert speakers == {"JRG": 2, "WV": 1}


def test_speakers_skip_code_and_to_dos():
    text = "- JH: yes\n- TODO: later\n```\n- JH: in code\n```\n- (MvN) agreed\n- PRs: none\n"
    assert count_speakers(outline_of(text)) == {"JH": 1, "MvN": 1}


# -- the four together --------------------------------------------------------------------


@over_corpus("path")
def test_agenda_boxes_agree_with_the_checklist(path):
    outline = outline_of(read(path))
    checklist = parse_checklist(outline)
    boxes = {t.start: t.checked for t in checklist}
    for item in parse_agenda(outline, checklist):
        assert item.checked == boxes.get(item.start)
        assert outline.text[item.start : item.end] == outline.line_text(item.line)


def _both(corpus: Path, name: str) -> tuple[Outline, tuple]:
    outline = corpus_outline(corpus, name)
    return outline, parse_checklist(outline)


def test_the_last_line_of_a_note_without_a_final_newline_is_read_whole():
    from noteapp.core.meeting import parse_meeting

    meeting = parse_meeting("## Agenda\n\n- [ ] one\n- [x] two")
    assert [a.text for a in meeting.agenda] == ["one", "two"]
    meeting = parse_meeting("## Action items\n\n- [ ] (AL) write it up")
    assert [(a.text, a.owners) for a in meeting.action_items] == [("(AL) write it up", ("AL",))]
