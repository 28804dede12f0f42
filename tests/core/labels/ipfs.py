"""Hand labels: IPFS team meeting notes (ipfs/team-mgmt).

Read by a person, file by file; see ``schema`` for the rules. Calls common to the files:

* Attendees are GitHub handles (``- @djdv``, italic ``_@djdv_``). A handle-only entry
  has the handle as its name (without the ``@``) and as its handle. Moderator, Lead and
  Notetaker lines are roles, not attendees; a person also listed under Attendees counts
  there. Placeholders (``_attendee names..._``, ``__Name__``) are not people.
* Topics are the agenda section's top-level items and its sub-headings; "Demos" or
  "Sprints" sections outside the agenda section are not part of it. A moderator
  checklist ("Ensure that there is a notetaker", ...) is not the agenda.
* A task-list item (``- [ ]``) in the minutes or under "TODO" is an action; owners are
  the ``@handles`` leading it or in parentheses at its end. "@X will do Y" bullets with
  no box are narration and not labelled (a hard call: they read like actions).
* No file states its own meeting time; dates come from the file name.
"""

from __future__ import annotations

from tests.core.labels.schema import ANY, Action, NoteLabel, P
from tests.core.labels.shorthand import person, untimed


def handles(*written: str) -> tuple[P, ...]:
    """``- @handle`` roll-call entries: the handle is the name."""
    return tuple(person(n, handle=n) for n in written)


LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "ipfs/2016-09-19--ipld.md",
        attendees=(
            *handles("nicola", "flyingzumvalt", "dignifiedquire"),
            person("steven"),
        ),
        date="2016-09-19",
        start=None,
        timezone=None,
        agenda=(),
        actions=(
            Action(54, "separate IPLD from CBOR", (), False),
            Action(78, "understand how to make this work with DAT", (), False),
        ),
        why=(
            "'#### Participants' list; 'steven' is written without '@', so it is a plain "
            "name with no handle. '## Agenda' is empty (the next line is '## Notes'), so "
            "agenda=(); the TAB + bullet-character outline under Notes and the '#### 1. "
            "Blobstore' layer headings are notes. The two '- [ ]' items are actions with "
            "no owner. '**You have 30 minutes for this agenda**' is a template instruction, "
            "not a time."
        ),
    ),
    NoteLabel(
        "ipfs/2016-12-19--all-hands.md",
        attendees=handles(
            "dignifiedquire",
            "kubuxu",
            "RichardLitt",
            "victorbjelkholm",
            "em-ly",
            "diasdavid",
            "flyingzumwalt",
            "sidharder",
            "llopv",
            "hsanjuan",
            "lgierth",
            "jbenet",
            "keks",
        ),
        date="2016-12-19",
        start=None,
        timezone=None,
        agenda=untimed(
            (24, "Roll call, by"),
            (25, "Call for additional agenda items (moderator)"),
            (27, "Next week's call"),
            (32, "master tesis"),
            (35, "blocking reviews"),
            (39, "New Call for large dataset tooling?"),
        ),
        actions=(Action(30, "will make the issue for this", ("RichardLitt",), False),),
        why=(
            "BOM before the H1 ('December 19', no year: the file name gives it). "
            "'**Attendees** ' with a trailing space heads the handle list. The agenda "
            "section has two list items and four '###' topic headings (each with the item "
            "as a bullet below it, not a second topic). The HTML comments are not "
            "structure. '## Demos' is a separate section, not the agenda. '## "
            "Moderator/notetaker for next time' names next call's roles, not attendees. "
            "The one '- [ ] @RichardLitt will make ...' is an action; '@jbenet: Please "
            "prioritize ...' is a request in the minutes."
        ),
    ),
    NoteLabel(
        "ipfs/2017-01-30--all-hands.md",
        attendees=handles(
            "lgierth",
            "RichardLitt",
            "keks",
            "Kubuxu",
            "flyingzumwalt",
            "dignifiedquire",
            "diasdavid",
            "victorbjelkholm",
            "haadcode",
            "hsanjuan",
            "sidharder",
            "frankpetrilli",
            "keks",  # listed twice; each entry counts
            "johnnycrunch",
        ),
        date="2017-01-30",
        start=None,
        timezone=None,
        agenda=untimed(
            (26, "Roll call, by"),
            (27, "Call for additional agenda items (moderator)"),
            (28, "How does this rotation of moderators & notetakers work?"),
            (33, "Notetaking & hackpad write permissions"),
            (40, "ipfs-go commands package pain points"),
            (45, "New Sprints starting, Finished Sprints Showcasing"),
            (59, "Demos"),
        ),
        actions=(),
        why=(
            "BOM; the file ends inside an HTML comment. '@keks' is listed twice. Topics are "
            "the top-level items of '## Agenda', including '- Demos' after the 'Add items "
            "above this line' comment (still in the section); '# New Sprints Starting!' "
            "starts a new H1 section. '@RichardLitt will make an issue ...' (32) and "
            "'@RichardLitt will make a note ...' (38) are discussion bullets with no box: "
            "not labelled as actions."
        ),
    ),
    NoteLabel(
        "ipfs/2017-08-24--ipld-deep-dives.md",
        attendees=handles("hermanjunge", "stebalien", "Magik6k", "rasmuserik"),
        date="2017-08-24",
        start=None,
        timezone=None,
        agenda=untimed(
            (15, "Start recording"),
            (16, "Call for additional agenda items (moderator)"),
            (17, "2 minutes for everyone"),
            (18, "Demos"),
        ),
        actions=(
            Action(102, "set up a call on IPLD and JSON-LD", ("jonny",), False),
            Action(103, "Call/update issues IPLD transformation", ("nicola", "stebalien"), False),
            Action(104, "Figure out caching", ("wanderer", "diasdavid"), False),
            Action(105, "Open issues for Martin!", (), False),
            Action(106, "to open the wasm", ("diasdavid",), False),
            Action(107, "to review PR to the resolvers", ("diasdavid",), False),
            Action(108, "David to walk through Steven for JS-IPLD", ("David",), False),
        ),
        why=(
            "'* _attendee names..._' is the template placeholder, then four handles "
            "(mixed '*' and '-' in one list). Moderator 'David Dias (@diasdavid)' and "
            "notetaker 'Nicola @nicola' are roles only. '2 minutes for everyone' is a "
            "round of updates, not a time box of a topic. All seven '- [ ]' items under '## "
            "TODO' are actions, the two nested ones too (each has its own box and owner). "
            "'Open issues for Martin!': Martin benefits, nobody is named to do it. The "
            "'## Overall' numbered list is a summary, not actions. The bold speaker "
            "paragraphs under Notes ('**Steven**:', '**Herman**:', ...) show who spoke, but "
            "they are minutes, not attendee entries."
        ),
    ),
    NoteLabel(
        "ipfs/2018-07-16--all-hands.md",
        attendees=handles(
            "djdv",
            "jonnycrunch",
            "jaycarpenter",
            "vmx",
            "lidel",
            "jacobheun",
            "daviddias",
            "alanshaw",
            "travisperson",
            "michellebrous",
        ),
        date="2018-07-16",
        start=None,
        timezone=None,
        agenda=untimed(
            (27, "The Developer Meetings went great!"),
            (32, "Migration to CIDv1 Base32 has a meta-issue"),
        ),
        actions=(),
        why=(
            "CRLF; bold H1; roles and the attendee list are 3-space bullets ('-   "
            "**Attendees:**' with italic '_@handle_' items). '## **Moderator checklist**' "
            "is the moderator's procedure, not the agenda. Under '## **Agenda**', "
            "'_General discussions, decisions, etc._' describes the section. "
            "'_@matt is double booked and wasn’t able to attend today_' under Demos is a "
            "remark in the minutes, not an absent list, so matt is not an entry."
        ),
    ),
    NoteLabel(
        "ipfs/2019-05-20--go-core-dev-team-weekly.md",
        attendees=handles(
            "jimpick",
            "michaelavila",
            "aschmahmann",
            "stebalien",
            "magik6k",
            "hannahhoward",
            "djdv",
            "kubuxu",
        ),
        date="2019-05-20",
        start=None,
        timezone=None,
        agenda=untimed(
            (20, "Announcements"),
            (24, "Datastore"),
            (30, "Bitswap"),
            (41, "CoreAPI"),
            (54, "Provider Records"),
            (65, "Base32/CIDv1"),
            (72, "IPFS over FUSE"),
            (80, "GraphSync"),
            (86, "Process Improvements"),
            (92, "IPNS"),
        ),
        actions=(),
        why=(
            "Emoji H1 ending in the date. 'Meeting Lead: @eingenito' is a role. No agenda "
            "heading: the sync is organised as topic headings, '## Announcements' and the "
            "'####' initiatives under '## Current IPFS Initiatives' (a container heading, "
            "like 'Discussion'). Per-person updates under each are notes; nothing is marked "
            "as an action."
        ),
    ),
    NoteLabel(
        "ipfs/2021-01-19--gui-and-browsers-biweekly.md",
        attendees=handles("gozala", "lidel", "jessicaschilling"),
        date="2021-01-19",
        start=ANY,
        timezone=ANY,
        agenda=untimed((20, "Quick DEMOS!")),
        actions=(),
        why=(
            "'## Participants' handles. The agenda's second item 'PSA: **This meeting is "
            "being moved forward an hour in the future! 16:30 UTC from here on out.**' is a "
            "notice about the meeting time (logistics), not a topic; and 16:30 UTC is the "
            "time of later meetings, so this one's start is not stated without doubt: "
            "start/timezone not labelled. 'Quick DEMOS!' is one topic; its two nested demos "
            "are its parts (it is a segment title, not a bare 'Label:')."
        ),
    ),
)
