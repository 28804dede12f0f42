"""Agenda and action-item labels for the GeoJupyter team-compass notes (read by hand).

Attendees and dates are labelled in ``tests/core/test_corpus_labels.py``.

Conventions read in these notes: topics are the items of "### Discussion" / "### New
agenda items", or the "###" sub-headings of "## Agenda & notes" (with "(5 minutes)" as
the timebox). "### Action item(s)" holds the actions as "- [ ] Owner: task"; a done
item is ticked and struck through. "All:" is a collective owner, kept as written.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "geojupyter/20250114-community__index.md",
        agenda=(
            Topic(54, "👋 Introductions", None),
            Topic(72, "💬 How would you like to communicate?", None),
            Topic(87, "🗺️ Early strategy proposal", None),
            Topic(105, "📅 Upcoming events - will we see you?", None),
            Topic(121, "**💪 What needs can the core team address right", None),
            Topic(135, "**☑️ Review action items**", None),
            Topic(137, "Misc", None),
        ),
        actions=(
            Action(40, "All: Please read the [GeoJupyter announcement", ("All",), False),
            Action(41, "All: Please introduce yourself in our Zulip", ("All",), False),
            Action(42, "All: Consider upcoming events below – will we", ("All",), False),
            Action(43, "All: Consider “What needs can the core team", ("All",), False),
            Action(44, "All: How are we doing? What do you think of our", ("All",), False),
            Action(45, "~~Matt: Create shared drive~~", ("Matt",), True),
            Action(47, "~~Matt: Schedule JupyterGIS catch-up meeting on", ("Matt",), True),
            Action(49, "~~Matt: Create a bucket for use case ideas~~", ("Matt",), True),
        ),
        why=(
            "Topics are the seven top-level numbered items of '### Discussion'; their "
            "nested numbered items are discussion. '6. ☑️ Review action items' is a topic "
            "(reviewing the list above); its child is not an action. Actions: the eight "
            "items of '### Action items'; the three Matt items are ticked and struck "
            "('[x] ~~Matt: ...~~'), so done. '**<TODO: Link!>**' at the end of a "
            "discussion line (130) is a note to the note-taker to add a link, not a "
            "meeting action. The bullet list of links under the H1 is logistics."
        ),
    ),
    NoteLabel(
        "geojupyter/20250218-jupytergis-sync__index.md",
        agenda=(
            Topic(46, "News", None),
            Topic(53, "Status reports", None),
        ),
        actions=(),
        why=(
            "The text asks for items 'under the New agenda items heading' but the note "
            "has no such heading: the meeting's sections are '## News' and '## Status "
            "reports', so those two headings are the topics (their bullets are the news "
            "items and per-person reports). The blockquote before the H1 is boilerplate. "
            "'Will port to JGIS.' is a status remark, not an action."
        ),
    ),
    NoteLabel(
        "geojupyter/20260127-community__index.md",
        agenda=(
            Topic(39, "Scrollytelling! :tada:", None),
            Topic(42, "Our schema architecture", None),
        ),
        actions=(),
        why=(
            "Two items of '### New agenda items'; everything nested is discussion. The "
            "two '* Name / GitHub ID / affiliation' rows are attendee placeholders. No "
            "actions."
        ),
    ),
    NoteLabel(
        "geojupyter/20260204-collaboration-cafe__index.md",
        agenda=(
            Topic(38, "⚡ (5 minutes) Lightning intros", 5),
            Topic(43, "🌐 (5 minutes) Lightning demo", 5),
            Topic(50, "💡 (5 minutes) What will we work on?", 5),
            Topic(67, "🪄 (all the minutes) Work together!", None),
        ),
        actions=(),
        why=(
            "The '###' headings of '## Agenda & notes' are the topics, each with '(5 "
            "minutes)'; '(all the minutes)' is not a number, so no timebox. '#### Ideas' "
            "and its 'Onboarding new interns!' are the ideas list of 'What will we work "
            "on?', not meeting topics. No actions."
        ),
    ),
    NoteLabel(
        "geojupyter/20260617-intern-collab__index.md",
        agenda=(
            Topic(44, "Thinking about Lucia's described workflow", None),
            Topic(64, "AI Chat bubbles", None),
            Topic(66, "Export to interactive map button? Downloads a", None),
        ),
        actions=(
            Action(37, 'Benny: Create a JupyterGIS issue for the "draw', ("Benny",), False),
            Action(38, "Benny: Create a corresponding initiative!", ("Benny",), False),
            Action(39, "Matt: Reach out to Clancy about collaborative", ("Matt",), False),
        ),
        why=(
            "Under '## Agenda & notes', '### Action item' holds the three actions and "
            "'### Discussion' the three topics (its top-level bullets). 'Matt: Benny "
            "should make an experience report (or many)!' (60) is a suggestion inside the "
            "discussion, not written as an action item."
        ),
    ),
)
