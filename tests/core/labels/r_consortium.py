"""Hand labels: R Consortium R Repositories Working Group minutes (RConsortium/r-repositories-wg).

Read by a person, file by file; see ``schema`` for the rules. Calls common to the files:

* The note-taker ("Minutes taken by", "Notes by", "Recorded by") is not an attendee
  unless also listed (Hadley Wickham and Joseph Rickert usually are).
* Without an agenda section, a note whose minutes are split into topic headings has
  those headings as its topics; roster and wrap-up sections (Attendees, Actions, Next
  Steps, Next Meeting) are not topics.
* "Next Steps" sections hold actions when they say what will be done; narration of a
  discussion under that heading is not an action.
* Where the only time stated is the next meeting's, start/timezone stay ANY (the schema
  keeps None for notes that state no time at all); Zoom recording links carry a
  ``startTime=`` epoch, which is the recording's start, not a stated meeting time.
"""

from __future__ import annotations

from tests.core.labels.schema import ANY, Action, NoteLabel, Topic
from tests.core.labels.shorthand import names, person

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "r-consortium/2021-09-07.md",
        attendees=names(
            "Joseph Rickett",  # misspelt "Rickert"; kept as written
            "Hadley Wickham",
            "Miles McBain",
            "Lluís Revilla",
            "Will Landau",
            "Gabor Csardi",
            "James Black",
            "Ellis Hughes",
            "Michael Lawrence",
            "Brian Warner",
            "Andy Nicholls",  # the closing full stop is punctuation
        ),
        date="2021-09-07",
        start=None,
        timezone=None,
        agenda=(
            Topic(14, "Explore the possibilities that the R Community", None),
            Topic(16, "Investigate the possibility of setting standards", None),
            Topic(18, "Determine the feasibility of establishing additional", None),
        ),
        actions=(
            Action(120, "Figure out a few concrete actions", (), False),
            Action(122, "Start by brainstorming.", (), False),
            Action(125, "Aim to meet again in a month.", (), False),
        ),
        why=(
            "The '## Agenda' section is a paragraph about the group's charter followed by "
            "its numbered list; those three items are what the meeting was convened to "
            "explore, so they are the topics (the '-   ' bullets after item 3 are its "
            "examples). The H2 sections that follow (Introductions, Cultural issues, ...) "
            "are the minutes of that agenda, not a second agenda. '## Next steps' holds "
            "three plain paragraphs of plans with no owner; each is an action. 'Currently "
            "scheduled for Oct 5' gives no time."
        ),
    ),
    NoteLabel(
        "r-consortium/2022-01-04.md",
        attendees=names(
            "Gabriel Becker",
            "James Black",
            "Will Landau",
            "Jeroen Ooms",
            "Lluis Revilla",  # unaccented here
            "Joseph Rickert",
            "Maëlle Salmon",
            "Paul Schuette",
            "Heather Turner",
            "Hadley Wickham",
        ),
        date="2022-01-04",
        start=ANY,
        timezone=ANY,
        agenda=(
            Topic(40, "What would be the difference from CRAN?", None),
            Topic(41, "On the spectrum between developer-pain and user-pain", None),
            Topic(42, "What happens if R CMD check fails?", None),
            Topic(43, "Do you need to pass R CMD check to submit?", None),
            Topic(44, "Can packages overlap with CRAN or not?", None),
            Topic(45, "What is required to distribute a package?", None),
            Topic(46, "How do releases happen?", None),
            Topic(47, "What are the rules for the RC repository?", None),
            Topic(48, "Why use this system?", None),
            Topic(49, "Other packages can depend on it", None),
            Topic(50, "Are all packages are (eventually) mutually compatible?", None),
            Topic(51, "Would RC be a stepping stone to CRAN?", None),
            Topic(52, "100% automated; 0% human.", None),
            Topic(53, "Is passing R CMD check required?", None),
        ),
        actions=(
            Action(31, "The WG had agreed to try and make progress", (), False),
            Action(32, "Michael Lawrence is working to restart", ("Michael Lawrence",), False),
            Action(33, "The WG needs to come to a decision", (), False),
            Action(66, "We will set up a google doc", (), False),
        ),
        why=(
            "Front matter 'date: \"1/4/2022\"' is M/D/YYYY (the title and file name say "
            "2022-01-04). The only time is the next meeting's ('February 1, 2022 at 10AM "
            "Pacific Time'), so start/timezone are not labelled. There is no agenda list; "
            "the items after 'Topics discussed included:' are a list labelled as topics, so "
            "they are the topics (14, answers like line 49 included, as written); 'Big "
            "levers to discuss include:' lists questions for later, not this meeting's "
            "topics. '### Actions from December Meeting' recalls last meeting's actions: "
            "its items are actions ('The WG' is the whole group, not a named owner; "
            "Michael Lawrence is named as doing line 32). '### Next Steps' line 66 is an "
            "action with no owner ('We'); line 68 is next-meeting logistics."
        ),
    ),
    NoteLabel(
        "r-consortium/2022-12-19-CRAN-discussion.md",
        attendees=names(
            "Gabe Becker",
            "Kurt Hornik",
            "Michael Lawrence",
            "Martin Mächler",
            "Lluís Revilla",
            "Joseph Rickert",
            "Simon Urbanek",
            "Hadley Wickham",
        ),
        date="2022-12-19",
        start=None,
        timezone=None,
        agenda=(),
        actions=(Action(93, "JR to schedule a meeting in mid January", ("JR",), False),),
        why=(
            "No agenda and no topic headings: speaker paragraphs ('KH: ...') only, so "
            "agenda=(). The only action is '**Action** JR to schedule ... with Gábor' (Gábor "
            "is invited, not an owner). 'ML: two concrete takeaways: 1. ... 2. ...' is a "
            "speaker's summary inside the minutes, not an action list. The recording link's "
            "startTime=1671473061000 (18:04:21 UTC) is when the recording began, not a "
            "stated start, so start is None."
        ),
    ),
    NoteLabel(
        "r-consortium/2023-01-09.md",
        attendees=names("Hadley Wickham", "Will Landau", "Gabor Csardi"),
        date="2023-01-09",
        start=None,
        timezone=None,
        agenda=(Topic(13, "CRAN Discussion 2022-12-19", None),),
        actions=(),
        why=(
            "'(chair)' after Hadley Wickham is a role remark. The '## Agenda' section is one "
            "paragraph, 'Recap of [CRAN Discussion 2022-12-19](...)': a one-topic agenda "
            "written as a sentence, so one topic. '(issues with zoom meeting)' is a remark."
        ),
    ),
    NoteLabel(
        "r-consortium/2023-01-16_CRAN_Discussion.md",
        attendees=names(
            "Gabor Csardi",
            "Kurt Hornik",
            "Uwe Ligges",
            "Jeroen Ooms",
            "Lluis Revilla",
            "Hadley Wickham",  # "Hadley Wickham, ": the stray comma is not part of it
            "Simon Urbanek",
        ),
        date="2023-01-16",
        start=None,
        timezone=None,
        agenda=(),
        actions=(
            Action(105, "JO + KH to talk more about containerizing", ("JO", "KH"), False),
            Action(106, "GC + SU to talk about opportunities", ("GC", "SU"), False),
            Action(107, "Meet again in 2-3 months", (), False),
        ),
        why=(
            "The attendee label is a bare 'Present' line (no colon, no heading) followed by "
            "the list. No agenda or topic headings (speaker paragraphs only). '**Action "
            "items:**' list: owners joined by '+' are two owners each."
        ),
    ),
    NoteLabel(
        "r-consortium/2023-02-06_Minutes.md",
        attendees=names(
            "Gabriel Becker",
            "Tyler Finethy",
            "Will Landau",
            "Michael Lawrence",
            "martin Mächler",  # lowercase as written
            "Jeroen Ooms",
            "Lluís Revilla",
            "Joseph Rickert",
            "Luke Schantz",
            "Paul Schuette",
            "Hadley Wickham",
        ),
        date="2023-02-06",
        start=None,
        timezone=None,
        agenda=(
            Topic(19, "CRAN Discussion", None),
            Topic(42, "Other Notes Concerning CRAN Discussion", None),
            Topic(54, "R Validation Hub", None),
            Topic(63, "Zoom Invitations", None),
        ),
        actions=(
            Action(52, "JBR and Luke will work with CRAN members", ("JBR", "Luke"), False),
            Action(60, "JBR will invite the R Validation Hub", ("JBR",), False),
            Action(69, "Luke will send out a new set of Zoom invitations", ("Luke",), False),
            Action(70, "JBR will delete the old set of invitations", ("JBR",), False),
            Action(71, "JBR will work with Luke to establish a mailing list", ("JBR",), False),
            Action(72, "Luke will create a new Slack channel", ("Luke",), False),
        ),
        why=(
            "The first line is a plain paragraph 'Repositories WG Meeting 2023-02-06'; the "
            "file name agrees. No agenda section: the H3 headings are the topics, as "
            "written (the second one continues the CRAN topic but is its own heading); "
            "'#### Gabor Note about Progress' is a nested quote of Gabor's summary, not a "
            "topic. Actions are the items under the three '**Action**'/'**Action:**' "
            "labels. Line 71 'JBR will work with Luke to establish ...' is owned by JBR (the "
            "subject); Luke helps. 'Jeroen is committed to helping Kurt' (47) is a note."
        ),
    ),
    NoteLabel(
        "r-consortium/2024-08-05_Minutes.md",
        attendees=(
            person("Tyler Finethy"),
            person("Wilmar Igl", affiliation="Icon"),
            person("Will Landau", affiliation="Lilly"),
            person("Michael Lawrence", affiliation="Genentech"),
            person("Jeroen Ooms", affiliation="rOpenSci"),
            person("Joseph Rickert", affiliation="R Consortium"),
            person("Lluís Revilla"),
            person("Paul Schuette", affiliation="FDA"),
        ),
        date="2024-08-05",
        start=ANY,
        timezone=ANY,
        agenda=(
            Topic(19, "Update on R-Multiverse Project", None),
            Topic(50, "UseR! 2024", None),
            Topic(59, "R-Validation Hub", None),
        ),
        actions=(),
        why=(
            "The date is the bare line 'August 5, 2024' under '### Minutes Repositories "
            "WG' (and the file name). Attendees are '* Name - Org'; the part after ' - ' is "
            "the affiliation. The only time stated is the next meeting's ('8AM Pacific time "
            "on Monday, September 9, 2024'), so start/timezone are not labelled. Topics "
            "are the H3 sections; 'Next Steps' and 'Next Meeting' are wrap-up sections. "
            "'### Next Steps' narrates a discussion ('Joe Rickert asked people ... Will "
            "noted ...'); nobody undertakes anything, so no action."
        ),
    ),
)
