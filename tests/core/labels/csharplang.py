"""Hand labels: C# Language Design Meeting notes (dotnet/csharplang).

Read by a person, file by file; see ``schema`` for the rules. Calls common to the files:

* No LDM note lists who was there: attendees are ``()`` everywhere.
* The agenda is the list under "Agenda" where there is one (a plain "Agenda" line counts
  as the heading in the CRLF working-group note); where there is none, the topic
  headings of the notes are the topics. "Quote of the Day", "Discussion" (the container
  of the topics) and "Conclusion" headings are not topics.
* Decisions are "Conclusion" paragraphs; nothing is written as an action item except the
  working group's "Next steps".
* Dates come from the heading and file name; no file states a time of day.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel
from tests.core.labels.shorthand import untimed

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "csharplang/2026__README.md",
        attendees=(),
        date=None,
        start=None,
        timezone=None,
        agenda=untimed(
            (22, "Triage championed features and milestones"),
            (23, "Design review"),
        ),
        actions=(),
        why=(
            "The year's schedule page, not the note of one meeting: no date of its own (the "
            "'### Wed Sep 30, 2026' headings are other meetings). Its one topics section, "
            "'## Recurring topics', gives the two standing topics. The 'Schedule ASAP' / "
            "'Schedule when convenient' items are proposals waiting for a meeting (the "
            "names in parentheses are their champions, not action owners), and the bullets "
            "under each dated heading are that other meeting's agenda, so neither is this "
            "page's agenda."
        ),
    ),
    NoteLabel(
        "csharplang/FK-2024-08-07.md",
        attendees=(),
        date="2024-08-07",
        start=None,
        timezone=None,
        agenda=untimed(
            (13, "Motivation takeaway"),
            (28, "Additional NRT checking for setters"),
            (75, "Nullable backing field"),
            (79, "nullability hole"),
            (103, "Open question: unrelated nullability warnings"),
            (122, "Open question: interaction with manually-applied attributes"),
        ),
        actions=(
            Action(128, "We would like to bring three options to LDM", (), False),
            Action(133, "a compiler team member will write the nullability spec", (), False),
        ),
        why=(
            "A working-group note with no agenda; the intro sentence names one proposal to "
            "review. The '### ...' headings under '## Takeaways' are its topics. '## Next "
            "steps' holds two plans, each an action with no named owner ('a compiler team "
            "member' is not a person); the numbered list 129-131 are the three options to "
            "bring to LDM, the content of the first action, not actions of their own. "
            "'### `[AllowNull]` nullability hole': the fragment avoids the backticks."
        ),
    ),
    NoteLabel(
        "csharplang/LDM-2013-10-07.md",
        attendees=(),
        date="2013-10-07",
        start=None,
        timezone=None,
        agenda=untimed(
            (5, "Invariant meaning of names"),
            (6, "Type testing expression"),
            (7, "Local functions"),
            (8, "nameof operator"),
        ),
        actions=(),
        why=(
            "'1.<TAB>Invariant meaning of names <_scrap the rule_>': TAB after the number, "
            "and the italic '<_..._>' after each item is its verdict, not part of the "
            "topic and not a time box. The paragraph between '## Agenda' and the list is an "
            "introduction."
        ),
    ),
    NoteLabel(
        "csharplang/LDM-2016-04-12-22.md",
        attendees=(),
        date="2016-04-12",
        start=None,
        timezone=None,
        agenda=untimed(
            (4, "Tuple syntax for non-tuple types"),
            (5, "Tuple deconstruction"),
            (6, "Tuple conversions"),
            (7, "Deconstruction and patterns"),
            (8, "Out vars and their scope"),
        ),
        actions=(),
        why=(
            "Notes of 'a series of design meetings' on Apr 12-22, 2016; the date is the "
            "range's first day (the file name read literally, 'LDM-2016-04-12-22'). There "
            "is no 'Agenda' heading, but the intro's list 'on several topics ...:' is the "
            "list of topics; the '# ...' headings that follow repeat it (one differently "
            "worded, 'Deconstructors and patterns'), so they are not labelled a second time."
        ),
    ),
    NoteLabel(
        "csharplang/LDM-2017-11-08.md",
        attendees=(),
        date="2017-11-08",
        start=None,
        timezone=None,
        agenda=untimed(
            (7, "Constructors"),
            (8, "Dotted names"),
            (9, "Default expressions"),
            (10, "Should we track null state for nonnullable ref types?"),
            (11, "Inferred types for method type inference"),
            (12, "Inferred nullability in hover tips"),
            (13, "Smaller things not yet done"),
            (14, "Unconstrained generics"),
            (15, "Other issues"),
        ),
        actions=(),
        why="UTF-8 BOM before the H1. The numbered list under '## Agenda' is the agenda.",
    ),
    NoteLabel(
        "csharplang/LDM-2018-04-30.md",
        attendees=(),
        date="2018-04-30",
        start=None,
        timezone=None,
        agenda=untimed(
            (6, "Switch expressions"),
            (168, "Property pattern"),
        ),
        actions=(),
        why=(
            "BOM, raw notes, no agenda and no final newline. The two H1 headings after the "
            "title are the topics; their '## Exploration', '## Considering our options' "
            "and '## Conclusion' are sub-sections."
        ),
    ),
    NoteLabel(
        "csharplang/LDM-2024-06-10.md",
        attendees=(),
        date="2024-06-10",
        start=None,
        timezone=None,
        agenda=untimed((5, "implementing interfaces and in generics")),
        actions=(),
        why=(
            "One agenda item, an anchor link to the '### ...' heading of the same topic "
            "under '## Discussion' (not labelled twice). The fragment avoids the backticks "
            "of '`ref struct`s'."
        ),
    ),
    NoteLabel(
        "csharplang/extension-wg-2024-06-14.md",
        attendees=(),
        date="2024-06-14",
        start=None,
        timezone=None,
        agenda=untimed((4, "type erasure")),
        actions=(),
        why=(
            "CRLF throughout. 'Agenda' is a plain line, not a heading, with one item. "
            "'## Type erasure' is the minutes of that item. 'We will let the runtime team "
            "know' is narration."
        ),
    ),
)
