"""Hand labels: Ethereum All Core Devs meeting notes (ethereum/pm).

Read by a person, file by file; see ``schema`` for the rules. Calls common to the files:

* The header block is headings: ``### Meeting Date/Time:`` gives date and start (UTC);
  ``### Moderator:`` / ``### Notes:`` / ``### Administrator:`` / ``### Note taker:``
  are roles, not attendees (a moderator also in the attendance list counts there).
* Attendance lists come at the end; names are copied as written (typos, truncations
  and the mojibake of Meeting 162 included) and a name listed twice is two entries.
  A parenthesised word after a name is an affiliation when it names an organisation
  ("(Parity)", "(Dedaub)", "(prysmaticlabs)") and a handle when it is the person's
  GitHub account ("(karalabe)", "(protolambda)", "(@flcl42)"); "(chair)"-like role
  words would be remarks. That split needs knowledge of the people, see each ``why``.
* Where there is an "Agenda" list, its top-level items are the topics; otherwise the
  transcript's topic headings are (video timestamps like ``[11.30](...)`` in a heading
  are references, not time boxes). Summary, decision, attendance, next-meeting and chat
  sections are not topics.
* Actions are rows of action tables and items of "Actions" lists (no owners are named
  in any); decision tables and decision lists are not actions. A table headed "Action
  Item" whose rows are plainly the agenda (call_066) is read for what it is.
"""

from __future__ import annotations

from tests.core.labels.schema import ANY, NoteLabel
from tests.core.labels.shorthand import names, person, unowned, untimed

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "ethereum-pm/Meeting 10.md",
        attendees=(
            person("Christian Reitwiessner", affiliation="cpp-ethereum/Solidity"),
            person("Hudson Jameson", affiliation="Ethereum Foundation"),
            person("Arkadiy Paronyan", affiliation="Parity"),
            person("Vitalik Buterin", affiliation="Research & pyethereum"),
        ),
        date="2017-02-10",
        start="2017-02-10T14:00:00+00:00",
        timezone="UTC",
        agenda=untimed(
            (7, "New EIP GitHub process and cleanup."),
            (8, "Come to final agreement on"),
            (9, "for EC pairing precompile"),
            (10, "Metropolis and associated EIPs."),
            (18, "New opcode"),
        ),
        actions=unowned(
            (58, "Items 2 & 3 in EIP86"),
            (59, "Implement new opcode"),
            (60, "extra protocol things:"),
        ),
        why=(
            "'## Time: 2/10/2017 14:00PM UTC (Date shifted due to EdCon)': M/D/YYYY (US, "
            "the repo's habit; Friday 10 February 2017), and '14:00PM' is a 24-hour time "
            "with a redundant PM, so 14:00 UTC. The agenda's five numbered items are the "
            "topics; item 4's bullets are its sub-items; '[Facilitator: Hudson]' is a role, "
            "not a time box. Attendance lines end in commas; '(Org)' is the affiliation. "
            "'Things to be done:' (57) is a to-do label: its three items are actions, with "
            "no owner (a hard call: they describe the work EIP 86 still needs)."
        ),
    ),
    NoteLabel(
        "ethereum-pm/Meeting 142.md",
        attendees=(
            *names(
                "Tim Beiko",
                "Łukasz Rozmej",
                "Tomasz Stanczak",
                "Bordel",
                "Greg Colvin",
                "Vadim Arasev",
                "jgold",
                "Marek Moraczyński",
                "Protolambda",
                "Trenton Van Epps",
                "Andrew Ashikhmin",
                "Mikhail Kalinin",
                "danny",
                "Ben Edgington",
                "Pooja Ranjan",
            ),
            person("terence", affiliation="prysmaticlabs"),
            *names(
                "Justin Florentine",
                "Daniel Lehrner",
                "Gary Schulte",
                "Justin Drake",
                "Matt Nelson",
                "Ansgar Dietrichs",
                "stokes",
                "Adrian Sutton",
                "Qi Zhou",
                "Marcin Sobczak",
                "Sean Anderson",
                "Karim T.",
                "Viktor Shepelin",
                "Fabio Di Fabio",
                "Jamie Lokier",
                "Vitalik",
                "Sam Wilson",
                "Tom",
                "Henri DF",
                "Helen George",
                "Thomas Jay Rush",
                "Micah Zoltu",
                "Marcus Wentz",
                "SasaWebUp",
            ),
        ),
        date="2022-07-08",
        start="2022-07-08T14:00:00+00:00",
        timezone="UTC",
        agenda=untimed(
            (15, "Intro"),
            (21, "Gray Glacier Updates"),
            (38, "Sepolia Merge updates"),
            (59, "Ropsten & Sepolia mergeNetsplitBlocks updates"),
            (100, "Make explicit that the child of LVH is INVALID"),
            (210, "Gordy"),
            (371, "mev-boost updates"),
        ),
        actions=unowned(
            (12, "My suggestion is that we only do it on Sepolia"),
            (13, "Everyone seems to agree that in certain scenarios"),
        ),
        why=(
            "Moderator 'Tim Bieko' (sic) is a role line; 'Tim Beiko' is in the attendance "
            "list. Only a '[GitHub Agenda](...)' link, so the transcript's '## Topic "
            "[mm.ss](video)' headings are the topics (timestamps, not time boxes). The "
            "'## Decisions/Action Items' table has two rows (both numbered '142.1'): the "
            "section mixes decisions and actions and its rows are not told apart, so both "
            "are labelled as actions; the trailing '- Peri' credits the speaker of the "
            "quote, not an owner. 'terence(prysmaticlabs)': Prysmatic Labs is his team, so "
            "an affiliation (no space before the parenthesis). The Zoom chat (TAB "
            "columns) is not an attendance list."
        ),
    ),
    NoteLabel(
        "ethereum-pm/Meeting 162.md",
        attendees=(
            *names("Guillaume", "Tim Beiko"),
            person("P\u00c3\u00a9ter Szil\u00c3\u00a1gyi", handle="karalabe"),
            *names(
                "Stokes",
                "Alex Beregszaszi",
                "MariusVanDerWijden",
                "Ben Adams",
                "Danno Ferrin",
                "Andrew Ashikhmin",
                "Lightclient",
                "Andrew Ashikhmin",
                "Barnabas Busa",
                "Ben Edgington",
                "Gajinder",
            ),
            person("Alexey", handle="flcl42"),
            *names("Danno Ferrin", "Ahmad Bitar"),
            person("Neville", affiliation="Dedaub"),
        ),
        date="2023-05-25",
        start=None,
        timezone=None,
        agenda=untimed(
            (9, "1. Cancun Scope planning"),
            (70, "2. EIP-4844"),
            (207, "4. Other EIP"),
        ),
        actions=(),
        why=(
            "The H3 '### Meeting Date/Time: May 25, 2023' comes before the H2 title "
            "'[2023-05-25]'; no time of day. The name 'PÃ©ter SzilÃ¡gyi' is mojibake and is "
            "kept byte for byte; '(karalabe)' is his GitHub account, so a handle (the "
            "speaker tags write it the same way). 'Alexey (@flcl42)' a handle; 'Neville "
            "(Dedaub):' his company, the trailing colon dropped. Andrew Ashikhmin and Danno "
            "Ferrin are listed twice. Topics are the numbered H1 sections (there is no 3.); "
            "'## SELFDESTRUCT removal impact analysis' is a sub-section of 1. Nothing is "
            "written as an action."
        ),
    ),
    NoteLabel(
        "ethereum-pm/Meeting 79.md",
        attendees=names(
            "Alex Beregszaszi",
            "Alex Viasov",
            "Alexey Akhunov",
            "Daniel Ellison",
            "Danno Ferrin",
            "David Palm",
            "Gandalf",
            "Guillaume",
            "James Hancock",
            "Louis Guthmann",
            "Martin Holst Swende",
            "Pawel Bylica",
            "Peter Szilagyi",
            "Pooja Kanjan",
            "Stefen George",
            "Tim Beiko",
            "Tomasz Stanczak",
            "Trenton Van Epps",
        ),
        date="2020-01-24",
        start="2020-01-24T14:00:00+00:00",
        timezone="UTC",
        agenda=untimed(
            (62, "EIP Review"),
            (63, "Testing Updates"),
            (64, "EIP Improvement Process Meeting"),
            (65, "RPC Spec"),
            (66, "Review Previous Decisions"),
        ),
        actions=unowned(
            (49, "UNGAS to be formally specified into an EIP draft"),
            (50, "EIP-2464 draft to be merged"),
            (51, "EIP-2348 is"),
            (52, "EIP-2456 discussion to continue on Ethereum Magicians"),
            (53, "EIP-1962 disucssion to continue on Github"),
            (54, "Discuss timings for Berlin, London EIPs"),
            (160, "UNGAS to be formally specified into an EIP draft"),
            (161, "EIP-2464 draft to be merged"),
            (162, "EIP-2348 is"),
            (163, "EIP-2456 discussion to continue on Ethereum Magicians"),
            (164, "EIP-1962 disucssion to continue on Github"),
            (207, "Discuss timings for Berlin, London EIPs"),
        ),
        why=(
            "The only front matter in the repo: 'date: 2020-01-24 14:00:00 UTC' (a string "
            "to YAML, but a plain date and time) agrees with the header line. Topics are "
            "the five '# Agenda' items (anchor links to the '# N. ...' sections). Actions: "
            "the six rows of the '## Actions Needed' table (no outer pipes) and the same "
            "actions again in the per-topic '## Actions' lists (five, then one): each entry "
            "in the text is labelled, as a name written twice is listed twice, so 12. Row "
            "78.3 'EIP-2348 is `Eligible for Inclusion`' is a status but sits in the "
            "action table. The 'Decisions Made' table, '## Decisions' lists and the EIP "
            "status table are not actions. Moderator Tim Beiko is also in the attendance."
        ),
    ),
    NoteLabel(
        "ethereum-pm/Meeting Template.md",
        attendees=(),
        date=None,
        start=ANY,
        timezone="UTC",
        agenda=(),
        actions=(),
        why=(
            "The template: 'Friday xx/xx/17 at 14:00 UTC' has a time and zone but no date, "
            "so no start instant can be stated (left ANY, since the schema keeps None for "
            "notes that state no time); the zone is stated, UTC. '# Agenda' and '# "
            "Decisions' are empty; the 'TODO' lines under Notes and Attendance are "
            "placeholders to fill in, not 'TODO:' action lines."
        ),
    ),
    NoteLabel(
        "ethereum-pm/call_066.md",
        attendees=(
            *names(
                "Danny",
                "Paul Hauner",
                "Mehdi Z",
                "Protolambda",
                "lightclient",
                "Adrian Manning",
            ),
            person("Terence", affiliation="prysmaticlabs"),
        ),
        date="2021-06-17",
        start="2021-06-17T14:00:00+00:00",
        timezone=ANY,
        agenda=untimed(
            (22, "Client Updates"),
            (79, "Altair Planning"),
            (144, "Spec Updates"),
            (271, "Research Updates"),
        ),
        actions=(),
        why=(
            "CRLF throughout. 'Thursday 2021/06/17 at 14:00 GMT': the instant is certain "
            "(GMT is +00:00; London was on BST then, so not London time) but the zone name "
            "is not (GMT, Etc/GMT or UTC), so timezone is not labelled, as for zarr "
            "'20:00 GMT'. The '## Action items' table's rows (Client Updates, Altair "
            "Planning, Spec discussion, Research Updates, with video refs) are the agenda "
            "under a wrong header, not things anyone undertook: actions=(). The topics are "
            "the transcript's matching '##' sections (the table's 'Spec discussion' is the "
            "'## Spec Updates' section), labelled once. 'Rest unknown due to recording' is "
            "not a person."
        ),
    ),
    NoteLabel(
        "ethereum-pm/call_075.md",
        attendees=(
            *names(
                "Adrian Sutton",
                "Alex Stokes",
                "Ansgar Deitrichs",
                "Ben Edgington",
                "Carl Beekhuizen",
                "Cayman Nava",
                "Dankrad Feist",
                "Danny Ryan",
            ),
            person("Diederik Loerakker", handle="protolambda"),
            *names(
                "Enrico Del Fante",
                "Fredrik",
                "Hsiao-Wei Wang",
                "Jacek Sieka",
                "James He3",
                "Leonardo Bautista",
                "Mamy Ratsimbazafy",
                "Marek Moraczyńsk",
                "Marius Van Der Wijden",
            ),
            person("Matt Garnett", handle="Lightclient"),
            *names(
                "Mehdi Zerouali",
                "Mehdi Zerouali",
                "Micah Zoltu",
                "Micah Zoltu",
                "Mikhail Kalinin",
            ),
            person("muddlebee", handle=ANY, affiliation=ANY),
            *names(
                "Parithosh Jayanthi",
                "Presotn Van Loon",
                "Saulius Grigaitis",
                "Terence Tsao",
                "Tim Beiko",
                "Vub",
                "Zahoor Mohamed",
            ),
        ),
        date="2021-11-04",
        start="2021-11-04T15:00:00+00:00",
        timezone="UTC",
        agenda=untimed(
            (22, "Kintsugi office hours"),
            (300, "Other client updates"),
            (414, "Merge Interopt Updates"),
        ),
        actions=(),
        why=(
            "Attendance is one name a line with no bullets (a single paragraph if "
            "rendered), names as written ('Marek Moraczyńsk' truncated, 'Presotn' typo); "
            "Mehdi Zerouali and Micah Zoltu twice. '(protolambda)' and '(Lightclient)' are "
            "those people's GitHub accounts, so handles. 'muddlebee(answesh)': "
            "'muddlebee' reads as a handle used as the name and '(answesh)' as a given "
            "name; which field the parenthesis is cannot be told, so handle/affiliation "
            "stay ANY. Topics are the three H1 link headings; '## Summary' bullets are "
            "outcomes, not actions; '## Next Meeting: Thursday 18th November 2:00PM UTC' "
            "is the next call."
        ),
    ),
    NoteLabel(
        "ethereum-pm/meeting 173.md",
        attendees=names(
            "Carl Beekhuizen",
            "Tim Beiko",
            "Guillaume",
            "Paritosh",
            "Joey Santoro",
            "Roman Krasiuk",
            "Jochem",
            "Ben Edgington",
            "Marek",
            "Mikhail Kalinin",
            "Gary Schulte",
            "Karim T.",
            "Barnabas Busa",
            "Danno Ferrin",
            "Majntainer.Eth",
            "Pooja Ranjan",
            "Justin Florentine",
            "Terence",
            "Fabio Di Fabio",
            "Justin Traglia",
            "Mehdi Aouadi",
            "la Donna Higgins",
            "Damian",
            "Peter Garamvolgyl",
            "Stefan Bratanov",
            "Ameziane Hamlat",
            "Piotr",
            "Light client",
            "Enrico Del Fante",
            "Stokes",
            "Sean",
            "Josh",
            "Marcin Sobczak",
            "Phil Ngo",
            "Mario Vega",
            "Andrew Ashikhmin",
            "Ansgar Dietrichs",
            "Gajinder",
        ),
        date="2023-10-26",
        start="2023-10-26T14:00:00+00:00",
        timezone="UTC",
        agenda=untimed(
            (12, "Dencun Updates"),
            (16, "devnet #10 updates"),
            (32, "CL block/blob receive time data"),
            (202, "KZG Ceremony verification"),
            (210, "RollCall overview"),
            (219, "EIP-7523"),
        ),
        actions=(),
        why=(
            "'Oct 26, 2023, 14:00-15:30 UTC': the range's first time is the start (the "
            "'Meeting Duration: 60 Mins' line disagrees with the range; not used). The "
            "'# Agenda' H1 holds the transcript, its '##' sub-headings are the topics, all "
            "six as written ('devnet #10 updates' is a sibling of 'Dencun Updates', not "
            "nested). '### Next meeting [ 2nd November, 14:00-15:30 UTC]' is the next call."
        ),
    ),
)
