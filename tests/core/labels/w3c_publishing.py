"""Hand labels of the W3C Publishing Working Group minutes (w3c/publ-wg, scribe-tool output).

Made by reading each file, never by running the parser. Conventions:

* Attendees are the ``**Present:**`` (present) and ``**Regrets:**`` (absent) comma lists
  under ``## Attendees``, in that order; ``**Guests:**`` is empty in every file here.
  ``**Chair:**`` and ``**Scribe(s):**`` are roles (their people are also in Present, where
  they attended). Entries are bare full names: initials, handle and affiliation are
  ``None``. A name repeated in the list is repeated in the label. The JSON-LD
  ``recordedAt.attendee`` block inside the ``json-ld: |`` front-matter string repeats the
  same people as machine metadata and is not another attendee list.
* The date is the front-matter ``date:``, in whatever form it is written
  (``14 December 2018``, ``2019-07-8``, ``16-02-2022``).
* No file states a time: start/timezone ``None``.
* Topics are the ``### N. Title`` headings under ``## Content:``; the closing
  ``### N. Resolutions`` / ``### N. Action Items`` lists repeat decisions and are not
  topics. ``#### N.M.`` sub-headings are parts of their topic, except where the ``###``
  above is only a grouping label (2019-09-09's ``4. open issues``).
* Actions are the scribe tool's ``> ***Action #n: ... (Owner)***`` lines and their
  repetition in ``### N. Action Items``; both are written action items, so both are
  labelled. "I'll take the action item ..." inside a speaker turn is speech.
"""

from __future__ import annotations

from tests.core.labels._people import away, here
from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "w3c-publishing/2017-12-18-minutes.md",
        attendees=(
            here("Nick Ruffilo"),
            here("Ric Wright"),
            here("Dave Cramer"),
            here("Ivan Herman"),
            here("George Kerscher"),
            here("Jun Gamou"),
            here("Wolfgang Schindler"),
            here("Deborah Kaplan"),
            here("Tzviya Siegman"),
            here("Matt Garrish"),
            here("Wendy Reid"),
            here("Peter Krautzberger"),
            here("Avneesh Singh"),
            here("Tim Cole"),
            here("Romain Deltour"),
            here("Charles LaPierre"),
            here("Jasmine Mulliken"),
            here("Garth Conboy"),
            here("Joshua Pyle"),
            here("Mateus Teixeira"),
            here("Toshiaki Koike"),
            here("Heather Flanagan"),
            here("Bill Kasdorf"),
            here("Marisa DeMeglio"),
            here("Hadrien Gardeur"),
            here("Ben Schroeter"),
            away("Luc Audrain"),
            away("Baldur Bjarnason"),
            away("Evan Owens"),
            away("Hadrien Gardeur"),
            away("Lillian Sullam"),
        ),
        date="2017-12-18",
        start=None,
        timezone=None,
        agenda=(
            Topic(38, "1. minute approval", None),
            Topic(46, "2. minor change to the locator document", None),
            Topic(62, "3. Approval for self-publishing process", None),
            Topic(128, "4. ARIA Overview", None),
            Topic(185, "5. Reflections on group, next steps", None),
        ),
        actions=(),
        why=(
            "Hadrien Gardeur is written both in Present and in Regrets; both entries are "
            "labelled as written (present, then absent). '**Guests:** ' is empty. The file "
            "ends on the last '* [Resolution #2]' line without a final newline."
        ),
    ),
    NoteLabel(
        "w3c-publishing/2018-03-16-atf-minutes.md",
        attendees=(
            here("Mateus Teixeira"),
            here("Avneesh Singh"),
            here("Ivan Herman"),
            here("jasmine"),
            here("George Kerscher"),
            here("Wolfgang Schindler"),
            here("Katie Haritos-Shea"),
            here("Tzviya Siegman"),
            here("Franco Alvarado"),
            here("Romain Deltour"),
            here("Matt Garrish"),
            here("Matt Garrish"),
            here("Jasmine"),
            here("Benjamin Young"),
            here("Hadrien Gardeur"),
            here("Zheng Xu"),
        ),
        date="2018-03-16",
        start=None,
        timezone=None,
        agenda=(
            Topic(40, "1. overview of our work, identify goals", None),
            Topic(145, "2. Work Items", None),
            Topic(259, "3. Meetings", None),
        ),
        actions=(),
        why=(
            "Present repeats people as the IRC 'present+' did: 'jasmine' and 'Jasmine', and "
            "'Matt Garrish' twice; all 16 entries kept as written. Chair Jasmine Mulliken "
            "is present as 'jasmine'/'Jasmine', not under her full name. 'Ivan Herman: I'll "
            "get these minutes up' is speech, not an action."
        ),
    ),
    NoteLabel(
        "w3c-publishing/2018-12-14-pwg-audio.md",
        attendees=(
            here("Tzviya Siegman"),
            here("Benjamin Young"),
            here("Ivan Herman"),
            here("Laurent Le Meur"),
            here("Dave Cramer"),
            here("Zheng Xu"),  # "(Jeff)": a nickname, not a speaker prefix or handle
            here("Gregorio Pellegrino"),
            here("Wendy Reid"),
            here("George Kerscher"),
            here("Avneesh Singh"),
            here("Deborah Kaplan"),
            here("Luc Audrain"),
            here("Brady Duga"),
            away("Daniel Weck"),
            away("Garth Conboy"),
        ),
        date="2018-12-14",
        start=None,
        timezone=None,
        agenda=(Topic(34, "1. Packaging format", None),),
        actions=(),
        why=(
            "Front-matter 'date: 14 December 2018' (not ISO; a string to YAML) gives "
            "2018-12-14, as does the file name. 'Zheng Xu (Jeff)': the speaker turns use "
            "the full name, and 'Jeff' is a nickname, not an account handle, so name 'Zheng "
            "Xu' with initials and handle None. One topic."
        ),
    ),
    NoteLabel(
        "w3c-publishing/2019-01-28-pwg.md",
        attendees=(
            here("Tzviya Siegman"),
            here("Ivan Herman"),
            here("Deborah Kaplan"),
            here("Luc Audrain"),
            here("Nick Ruffilo"),
            here("Evan Owens"),
            here("Dave Cramer"),
            here("Romain Deltour"),
            here("Wolfgang Schindler"),
            here("Ric Wright"),
            here("George Kerscher"),
            here("Gregorio Pellegrino"),
            here("Benjamin Young"),
            here("Avneesh Singh"),
            here("Garth Conboy"),
            here("Bill Kasdorf"),
            here("Derek Jackson"),
            here("Franco Alvarado"),
            here("Ben Schroeter"),
            here("Joshua Pyle"),
            here("Caitlin Gebhard"),
            here("Brady Duga"),
            here("Mateus Teixeira"),
            here("Leslie Hulse"),
            away("Marisa DeMeglio"),
            away("Rachel Comerford"),
            away("Wendy Reid"),
        ),
        date="2019-01-28",
        start=None,
        timezone=None,
        agenda=(
            Topic(44, "1. WPUB revision/republication", None),
            Topic(112, "2. packaging", None),
            Topic(305, "3. TPI memberships closing", None),
        ),
        actions=(),
        why=(
            "'#### 1.1. TAG review' and '#### 2.1. business needs around audiobooks' are "
            "sub-parts of topics that have their own discussion, so not separate topics. "
            "'... I can take it on as an action item to open up the GITHUB item' (line 110) "
            "is inside Ivan Herman's turn: no Action was recorded by the scribe tool."
        ),
    ),
    NoteLabel(
        "w3c-publishing/2019-07-08-pwg.md",
        attendees=(
            here("Tzviya Siegman"),
            here("Wendy Reid"),
            here("Dave Cramer"),
            here("George Kerscher"),
            here("Ric Wright"),
            here("Jun Gamou"),
            here("Franco Alvarado"),
            here("Ben Schroeter"),
            here("Gregorio Pellegrino"),
            here("Garth Conboy"),
            here("Romain Deltour"),
            here("Avneesh Singh"),
            here("Brady Duga"),
            here("Matt Garrish"),
            here("Joshua Pyle"),
            here("Laurent Le Meur"),
            here("Deborah Kaplan"),
            here("Benjamin Young"),
            away("Ivan Herman"),
            away("Tim Cole"),
            away("Luc Audrain"),
            away("Rachel Comerford"),
        ),
        date="2019-07-08",
        start=None,
        timezone=None,
        agenda=(
            Topic(157, "1. UCR document", None),
            Topic(242, "2. Fate of the WPUB document", None),
            Topic(302, "3. Using Echidna for audiobooks", None),
            Topic(346, "4. audiobooks", None),
            Topic(359, "5. ping survey for audiobooks", None),
        ),
        actions=(),
        why=(
            "'date: 2019-07-8' (one-digit day) is 2019-07-08. Attendees are under '## "
            "Attendees' after the 120-line front matter. '... I will take the action item "
            "of finding out who the people were' (373) is speech, not a recorded Action."
        ),
    ),
    NoteLabel(
        "w3c-publishing/2019-09-09-pwg.md",
        attendees=(
            here("Ivan Herman"),
            here("Nick Ruffilo"),
            here("Wendy Reid"),
            here("Charles LaPierre"),
            here("Deborah Kaplan"),
            here("Kenneth Dougherty"),
            here("Nellie McKesson"),
            here("Dave Cramer"),
            here("Franco Alvarado"),
            here("Gregorio Pellegrino"),
            here("Mateus Teixeira"),
            here("Simon Collinson"),
            here("Jun Gamou"),
            here("Marisa DeMeglio"),
            here("Rachel Comerford"),
            here("Bill Kasdorf"),
            here("Ben Schroeter"),
            here("Avneesh Singh"),
            here("Brady Duga"),
            here("George Kerscher"),
            here("Garth Conboy"),
            here("Ric Wright"),
            here("Benjamin Young"),
            here("Romain Deltour"),
            away("Luc Audrain"),
            away("Matt Garrish"),
            away("Laurent Le Meur"),
        ),
        date="2019-09-09",
        start=None,
        timezone=None,
        agenda=(
            Topic(165, "1. Last week's minutes", None),
            Topic(175, "2. Horizontal reviews", None),
            Topic(211, "3. TPAC agenda", None),
            Topic(294, "4.1. issue trimming white space, #40", None),
            Topic(336, "4.2. issue #22 TAG Review", None),
            Topic(368, "4.3. issue #13 do we require the type", None),
            Topic(405, "4.4. issue #33 on alternates", None),
            Topic(418, "4.5. issue #51 values for", None),
            Topic(433, "4.6. issue #9 Should canonicalization", None),
            Topic(445, "4.7. Issue #12 Manifest processing model", None),
            Topic(465, "4.8. Issue #16 Specification's version", None),
            Topic(532, "5. Further issues:", None),
        ),
        actions=(
            Action(
                529,
                "Action #1: add an informational text on using dcterms",
                ("Matt Garrish",),
                False,
            ),
            Action(
                558,
                "add an informational text on using dcterms (Matt Garrish)",
                ("Matt Garrish",),
                False,
            ),
        ),
        why=(
            "'### 4. open issues' only groups the eight '#### 4.N.' issues (one speaker line "
            "'Three open issues proposed to close…' and no discussion of its own), each "
            "discussed and resolved separately, so the issues are the topics. The one Action "
            "is written twice: inline (529, owner in the trailing parentheses, recorded "
            "under 4.8 with Matt Garrish in Regrets) and in the closing '### 9. Action "
            "Items' list (558); both labelled. The JSON-LD attendee block is not labelled."
        ),
    ),
    NoteLabel(
        "w3c-publishing/2022-02-16-pwg.md",
        attendees=(
            here("Wendy Reid"),
            here("Tzviya Siegman"),
            here("Ivan Herman"),
            here("Laurent Le Meur"),
            here("Andreas Duchen"),
        ),
        date="2022-02-16",
        start=None,
        timezone=None,
        agenda=(
            Topic(119, "1. duration property when using t= fragment selectors", None),
            Topic(150, "2. charter and publication issues.", None),
            Topic(175, "3. TOC related issues.", None),
        ),
        actions=(),
        why=(
            "'date: 16-02-2022' is day-month-year (the file name 2022-02-16 agrees), so "
            "2022-02-16. '**Regrets:** ' and '**Guests:** ' are empty."
        ),
    ),
    NoteLabel(
        "w3c-publishing/Minutes__index.md",
        attendees=(),
        date=None,
        start=None,
        timezone=None,
        agenda=(),
        actions=(),
        why=(
            "The index of all minutes ('# Meeting Minutes', 'layout: default'), not a "
            "meeting: no date of its own (the list's '* 01-19: ...' entries link to other "
            "meetings), no attendees, agenda or actions."
        ),
    ),
)
