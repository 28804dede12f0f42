"""Agenda conventions a person recognises, each on a small note written for this test
(no corpus note's text): what is a topic and what is not."""

from __future__ import annotations

from pathlib import Path

from noteapp.core.meeting import parse_meeting


def _topics(text: str, name: str = "note.md") -> list[tuple[int, str]]:
    meeting = parse_meeting(text, Path(name))
    return [(t.line, t.text) for t in meeting.topics]


def test_a_heading_that_only_links_to_the_agenda_is_not_the_agenda():
    text = (
        "## Garden club call, 3 March\n"
        "### [Agenda](https://example.org/agenda/12)\n"
        "\n"
        "# 1. Seed swap\n"
        "## Who brings the trays\n"
        "Robin: I can bring ten.\n"
        "\n"
        "# 2. Compost rota\n"
        "Kim: same as last month.\n"
    )
    # the numbered headings are the topics, the sub-heading is part of the first one
    assert _topics(text) == [(4, "1. Seed swap"), (8, "2. Compost rota")]


def test_an_agenda_heading_over_its_own_list_is_still_the_agenda():
    text = "# Call\n\n## Agenda\n\n- Budget\n- Venue\n\n## Notes\n\nAll fine.\n"
    assert _topics(text) == [(5, "Budget"), (6, "Venue")]


def test_headings_that_name_a_period_are_a_digest_not_topics():
    text = (
        "# Board digest\n"
        "\n"
        "## March recap:\n"
        "- The board approved the budget.\n"
        "\n"
        "## April 2031\n"
        "- The board met the auditors.\n"
        "\n"
        "## 2031-05-02\n"
        "- Nothing of note.\n"
    )
    assert _topics(text) == []


def test_a_period_heading_still_gives_the_labels_that_head_its_lists():
    text = (
        "# Library committee\n"
        "\n"
        "## 2031-05-02\n"
        "\n"
        "Opening hours:\n"
        "\n"
        "- Saturday mornings from June\n"
        "\n"
        "Reading Group For Teenagers\n"
        "\n"
        "- Two volunteers so far\n"
        "\n"
        "## Book sale\n"
        "\n"
        "- Raised 300\n"
    )
    # the short title without a colon among "Label:" paragraphs is a topic too
    assert _topics(text) == [
        (5, "Opening hours"),
        (9, "Reading Group For Teenagers"),
        (13, "Book sale"),
    ]


def test_a_lone_sentence_over_a_list_is_not_a_label():
    text = (
        "# Library committee\n"
        "\n"
        "## 2031-05-02\n"
        "\n"
        "We walked through the plans\n"
        "\n"
        "- Saturday mornings from June\n"
        "\n"
        "## Book sale\n"
        "\n"
        "- Raised 300\n"
    )
    assert _topics(text) == [(9, "Book sale")]


def test_in_the_minutes_only_the_list_introduced_as_the_topics_gives_topics():
    text = (
        "# Orchestra committee\n"
        "\n"
        "## Discussion\n"
        "We met after the rehearsal. The topics we discussed included:\n"
        "\n"
        "* Winter concert programme\n"
        "* New music stands\n"
        "\n"
        "Open questions to settle by email:\n"
        "\n"
        "* Who keeps the keys?\n"
        "* Do we need a second librarian?\n"
    )
    assert _topics(text) == [(6, "Winter concert programme"), (7, "New music stands")]


def test_bullets_after_a_numbered_item_ending_with_a_colon_are_its_examples():
    text = (
        "# Parish council\n"
        "\n"
        "## Agenda\n"
        "\n"
        "1.  Approve the minutes\n"
        "\n"
        "2.  Consider new uses for the hall, such as:\n"
        "\n"
        "-   A weekly market\n"
        "\n"
        "-   A repair café\n"
        "\n"
        "3.  Date of the next meeting\n"
    )
    assert [line for line, _ in _topics(text)] == [5, 7, 13]


def test_an_agenda_written_as_a_line_of_text_is_one_topic():
    text = (
        "# Choir meeting\n"
        "\n"
        "## Attendees\n"
        "\n"
        "* Ann Lee\n"
        "* Bo Chen\n"
        "\n"
        "## Agenda\n"
        "\n"
        "Review of the [spring tour](https://example.org/tour) budget\n"
    )
    assert _topics(text) == [(10, "Review of the [spring tour](https://example.org/tour) budget")]


def test_a_participants_line_and_a_link_under_the_agenda_are_not_topics():
    text = (
        "# Choir meeting\n"
        "\n"
        "## Agenda\n"
        "\n"
        "<https://example.org/event/4>\n"
        "\n"
        "Participants: Ann Lee, Bo Chen\n"
        "\n"
        "## Tour budget\n"
        "\n"
        "Fine.\n"
        "\n"
        "## Any other business\n"
        "\n"
        "None.\n"
    )
    assert _topics(text) == [(9, "Tour budget"), (13, "Any other business")]


def test_a_heading_with_its_own_text_over_a_sub_heading_is_one_topic():
    text = (
        "Garden club, 2031-05-02\n"
        "\n"
        "### Seed swap\n"
        "\n"
        "Kim summarised the swap; her report follows.\n"
        "\n"
        "#### Kim's report\n"
        "Forty packets changed hands.\n"
        "\n"
        "### Compost rota\n"
        "\n"
        "Unchanged.\n"
        "\n"
        "### Open day\n"
        "\n"
        "Set for June.\n"
    )
    assert _topics(text) == [(3, "Seed swap"), (10, "Compost rota"), (14, "Open day")]


def test_a_heading_over_proposed_items_lists_them_as_topics():
    text = (
        "# Makers' space sync\n"
        "\n"
        "## Focus\n"
        "- [name=ines] Laser cutter booking\n"
        "    - a shared calendar\n"
        "- [name=tom] Dust extraction quote\n"
        "- [name=ines] Summer opening\n"
        "\n"
        "## Decisions\n"
        "- none\n"
    )
    assert [line for line, _ in _topics(text)] == [4, 6, 7]


def test_discussed_proposals_beside_the_agenda_heading_are_topics_too():
    text = (
        "# Makers' space sync\n"
        "\n"
        "### Topics\n"
        "- (IN) Laser cutter booking\n"
        "\n"
        "### Discussion\n"
        "- (TM) Dust extraction quote\n"
        "    - two offers so far\n"
        "- (IN) Summer opening\n"
        "    - July only\n"
        "\n"
        "### Getting to know each other\n"
        "- (TM) favourite tool: the bandsaw\n"
        "- (IN) favourite tool: the lathe\n"
    )
    # signed answers to an ice-breaker have no notes under them: not topics
    assert [line for line, _ in _topics(text)] == [4, 7, 9]


def test_an_unboxed_item_with_notes_in_a_boxed_agenda_is_a_topic():
    text = (
        "# Grant sync\n"
        "\n"
        "## Agenda\n"
        "\n"
        "- [x] Ana: report draft\n"
        "- Rui:\n"
        "    - the budget table\n"
        "    - the timeline\n"
        "- [ ] Eva: travel\n"
        "- a stray note\n"
        "- Eva: booked the train\n"
        "    - [ ] the receipt\n"
    )
    # a minute line with items under it is not a topic that lost its box
    assert [line for line, _ in _topics(text)] == [5, 6, 9]


def test_linked_items_of_a_flattened_list_are_the_topics_and_the_rest_notes():
    text = (
        "# Standards group\n"
        "\n"
        "## Agenda\n"
        "\n"
        "### Proposals\n"
        "* [prop-3](https://example.org/p/3) Naming rules\n"
        "* stalled since spring\n"
        "* needs a champion\n"
        "* [prop-5](https://example.org/p/5) Version scheme\n"
        "* vote ends Friday\n"
    )
    assert [line for line, _ in _topics(text)] == [6, 9]


def test_an_other_topics_heading_among_topic_headings_is_the_last_topic():
    text = (
        "- Lead by Ana\n"
        "\n"
        "## Budget - Ana\n"
        "\n"
        "- on track\n"
        "\n"
        "## Website - Rui\n"
        "\n"
        "- new theme\n"
        "\n"
        "## Other Topics\n"
        "\n"
        "- The wiki page is stale.\n"
        "- Keep the old links working.\n"
    )
    assert _topics(text) == [(3, "Budget - Ana"), (7, "Website - Rui"), (11, "Other Topics")]


def test_a_list_inside_speaker_paragraphs_of_the_minutes_is_what_was_said():
    text = (
        "# Editors call\n"
        "\n"
        "## Minutes\n"
        "\n"
        "AB: We should sort the backlog first.\n"
        "\n"
        "CD: Things to sort\n"
        "* Naming\n"
        "* Versioning\n"
        "\n"
        "### Release checklist\n"
        "\n"
        "AB: Draft is ready.\n"
    )
    assert _topics(text) == [(11, "Release checklist")]


def test_agenda_sub_headings_a_template_left_or_named_for_a_role_are_read_by_content():
    text = (
        "# Weekly\n"
        "\n"
        "## Topics\n"
        "\n"
        "### Follow-up of actions (10 min)\n"
        "* AB to send the draft\n"
        "\n"
        "### Scribe rota and chair handover\n"
        "* AB: I can chair in June.\n"
        "* CD: I will scribe then.\n"
        "\n"
        "### Budget\n"
        "* fine\n"
        "\n"
        "### Topic\n"
        "URL:\n"
        "\n"
        "* name: text\n"
    )
    assert [line for line, _ in _topics(text)] == [5, 8, 12]


def test_a_heading_below_the_agenda_that_names_a_listed_topic_holds_its_notes():
    text = (
        "# Team sync\n"
        "\n"
        "### Agenda\n"
        "\n"
        "- **Ana** 10 mins: Survey results update\n"
        "- **Rui** 5 mins: Conference travel budget\n"
        "\n"
        "#### Survey results\n"
        "\n"
        "* 40 answers\n"
        "* most want shorter calls\n"
        "\n"
        "#### Travel breakout\n"
        "\n"
        "* Ana: flights\n"
        "    * book early\n"
        "* Rui: hotel\n"
        "    * near the venue\n"
    )
    assert [line for line, _ in _topics(text)] == [5, 6]


def test_breakout_rooms_bare_proposers_and_prompts_of_a_suggestion_list():
    text = (
        "# Community call\n"
        "\n"
        "### Agenda item suggestions\n"
        "\n"
        "* Room 2: Planning the spring sprint - Ana, Rui\n"
        "* Zoom: https://example.org/j/1\n"
        "* [Eva]\n"
        "    * translation workflow\n"
        "    * glossary\n"
        "* **All:** Standing items:\n"
        "    * Tracker check-in\n"
        "* Name (estimated time): _Topic_\n"
        "* add topic here (name and time)\n"
    )
    assert [line for line, _ in _topics(text)] == [5, 8, 9, 11]


def test_a_timed_sub_heading_of_breakout_topics_is_the_topic_and_notes_for_it_are_not():
    text = (
        "# Community call\n"
        "\n"
        "#### Breakout topics\n"
        "\n"
        "##### Ana + Rui - Plan the retreat (30 minutes)\n"
        "\n"
        "* Goal: a date\n"
        "  * two half days\n"
        "* Goal: a blog post\n"
        "\n"
        "### Notes for the docs sprint\n"
        "\n"
        "* Topics:\n"
        "  * Onboarding guide\n"
        "  * Release notes\n"
    )
    assert _topics(text) == [(5, "Ana + Rui - Plan the retreat (30 minutes)")]


def test_a_list_item_naming_the_agenda_governs_the_groups_after_it():
    text = (
        "# Monthly team report\n"
        "\n"
        "## Actions\n"
        "\n"
        "1. Questions for the group; agenda items for the call\n"
        "- 1.1 Open pull requests\n"
        "- 1.2 Open issues\n"
        "    - (AB) The flaky test on the mirror\n"
        "        - happens on Mondays\n"
        "    - Access to the shared calendar\n"
        "\n"
        "2. Decisions needed\n"
        "    - Which week for the sprint\n"
        "\n"
        "3. Next actions (team)\n"
        "* Write the sprint invitation\n"
        "\n"
        "## News\n"
        "\n"
        "Nothing new.\n"
    )
    assert [line for line, _ in _topics(text)] == [8, 10, 13]


def test_linked_proposals_with_notes_beside_the_agenda_are_topics():
    text = (
        "# Core call\n"
        "\n"
        "### Agenda items\n"
        "\n"
        "* (AB) Mirror outage\n"
        "\n"
        "### Proposals under review\n"
        "\n"
        "* [prop-9](https://example.org/p/9) Retire the old index\n"
        "    * waiting for a second reviewer\n"
        "\n"
        "### Chat\n"
        "\n"
        "* [log](https://example.org/log) of the chat\n"
    )
    assert [line for line, _ in _topics(text)] == [5, 9]


def test_an_agenda_that_opens_with_a_short_title_over_a_list_has_that_topic():
    text = (
        "# Team call\n"
        "\n"
        "### Agenda\n"
        "\n"
        "Ideas for the accessibility audit\n"
        "\n"
        "- Ana wrote about it on the forum\n"
        "\n"
        "ideas:\n"
        "\n"
        "- Contrast checks in the CI\n"
        "- Screen reader testing\n"
    )
    assert _topics(text) == [(5, "Ideas for the accessibility audit")]


def test_an_agenda_that_opens_with_a_sentence_keeps_its_list_as_the_topics():
    text = (
        "# Team call\n"
        "\n"
        "### Agenda\n"
        "\n"
        "Please collect the items here before the call starts.\n"
        "\n"
        "- Contrast checks in the CI\n"
        "- Screen reader testing\n"
    )
    assert [line for line, _ in _topics(text)] == [7, 8]


def test_a_numbered_bold_item_line_with_a_stray_bold_mark_is_still_a_topic():
    text = (
        "### Minutes of the council, 4 May\n"
        "\n"
        "**031/26 Approving the April minutes**\n"
        "\n"
        "**032/26 **Budget for the summer school**\n"
        "\n"
        "* Notes: approved\n"
        "\n"
        "**033/26 Any other business**\n"
    )
    assert [line for line, _ in _topics(text)] == [3, 5, 9]
    assert _topics(text)[1][1] == "032/26 Budget for the summer school"


def test_an_announcements_sub_heading_of_the_agenda_gives_its_one_item():
    text = (
        "## Agenda\n"
        "\n"
        "### Announcements\n"
        "* The June call moves to Tuesday\n"
        "\n"
        "### Reports\n"
        "* Docs team\n"
        "\n"
        "### Budget\n"
        "* approved\n"
    )
    assert [line for line, _ in _topics(text)] == [4, 7, 9]


def test_labels_after_a_report_of_its_own_are_parts_of_the_heading_topic():
    text = (
        "# Coordination meeting\n"
        "\n"
        "## Group updates\n"
        "\n"
        "### Training\n"
        "\n"
        "The spring school had forty students.\n"
        "- most asked for more exercises\n"
        "\n"
        "Follow-up:\n"
        "- draft the autumn programme\n"
        "\n"
        "Other plans:\n"
        "- a survey\n"
        "\n"
        "### Software\n"
        "\n"
        "Release 2.0 is out.\n"
    )
    assert _topics(text) == [(5, "Training"), (16, "Software")]


def test_a_sub_heading_over_one_proposed_item_gives_that_item():
    text = (
        "## Agenda\n"
        "\n"
        "### If time permits\n"
        "\n"
        "lower priority, if we get to it\n"
        "* (KT) A page that says who is who\n"
        "    * contacts for each team\n"
    )
    assert _topics(text) == [(6, "(KT) A page that says who is who")]


def test_linked_topics_followed_by_plain_ones_are_all_topics():
    text = (
        "# Agenda\n"
        "* [Cookie behaviour #49](https://example.org/49)\n"
        "* [Spelling leaks #50](https://example.org/50)\n"
        "* Any other business\n"
        "* A new topic (10 min)\n"
    )
    assert [line for line, _ in _topics(text)] == [2, 3, 4, 5]


def test_a_dated_time_line_under_the_agenda_is_still_logistics():
    text = (
        "## Agenda\n"
        "\n"
        "* Date 2031: March 4 at 10am\n"
        "* Room 2: Planning the spring sprint\n"
        "* Budget\n"
    )
    assert [line for line, _ in _topics(text)] == [4, 5]


def test_a_short_line_over_the_agenda_list_alone_keeps_the_list_as_topics():
    text = "# Team call\n\n### Agenda\n\nWelcome and introductions\n\n- Budget\n- Venue\n"
    assert [line for line, _ in _topics(text)] == [7, 8]


def test_an_agenda_of_one_sentence_has_no_topics():
    text = "# Choir meeting\n\n## Agenda\n\nNo agenda this week.\n\n## Notes\n\nWe sang.\n"
    assert _topics(text) == []


def test_timed_items_of_a_staircase_paste_are_the_topics():
    text = (
        "# Agenda:\n"
        "* [30 mins] Open issues.\n"
        "* issue 12\n"
        "   * Everyone agrees on the wording\n"
        "   * issue 14\n"
        "      * Needs a test\n"
        "      * [15 mins] Publishing plan.\n"
        "      * Who edits the draft?\n"
    )
    assert [line for line, _ in _topics(text)] == [2, 7]


def test_timed_sub_items_one_level_down_stay_notes_of_their_topic():
    text = (
        "# Agenda:\n"
        "* [30 mins] Open issues\n"
        "   * [10 mins] issue 12\n"
        "   * [10 mins] issue 14\n"
        "* [15 mins] Publishing plan\n"
    )
    assert [line for line, _ in _topics(text)] == [2, 5]


def test_a_proposed_item_that_links_to_a_topic_page_is_not_a_template_prompt():
    text = (
        "### Agenda\n"
        "\n"
        "* [name=Ana] Survey results [notes on the topic](https://example.org/s)\n"
        "* [name=Your name] (5m) Topic\n"
    )
    assert [line for line, _ in _topics(text)] == [3]


def test_an_export_with_bold_lines_anchors_and_bold_lead_ins_has_them_all_as_topics():
    text = (
        "# 3rd March, 2031\n"
        "\n"
        "**Attending**: Ana Lee, Bo Chen\n"
        "\n"
        "Waiting for the host.\n"
        "\n"
        '<span id="anchor-12"></span>Mirror migration\n'
        "\n"
        "-   the old host closes in May\n"
        "\n"
        "**new cache layer** (draft): maps byte ranges to files\n"
        "\n"
        "-   could also merge files\n"
        "\n"
        "**Misc**:\n"
        "\n"
        "-   calendar entry\n"
    )
    assert [line for line, _ in _topics(text)] == [7, 11, 15]


def test_a_staircase_keeps_its_topics_when_its_first_two_items_trade_places():
    text = (
        "# Agenda:\n"
        "* issue 12\n"
        "   * Everyone agrees on the wording\n"
        "      * [15 mins] Publishing plan.\n"
        "* [30 mins] Open issues.\n"
    )
    assert sorted(line for line, _ in _topics(text)) == [4, 5]
