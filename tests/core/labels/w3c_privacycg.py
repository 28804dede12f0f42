"""Hand labels of the W3C Privacy Community Group notes (privacycg/meetings).

Made by reading each file, never by running the parser. Conventions:

* File names carry no year in the repository; the corpus saves them as
  ``<year>-<folder>__<name>``, so a day-month heading or name is completed by that year.
* ``* Chair:`` / ``* Scribe:`` / ``* Host:`` bullets are roles, not attendees.
* Attendee entries are ``Name (Org)`` bullets or numbered items (after the notes from
  2021 on). The parenthesis is the organisation; pronouns (``he/him;``), roles
  (``co-chair``, ``PING Co-Chair``, ``TAG`` after the organisation) and arrival remarks
  (``(joined at 11:30)``) are dropped. A statement of no organisation is kept as written
  (``no affiliation``, ``No affiliation``, ``unaffiliated``, ``Self``). Where the
  parenthesis holds only a role (``Christine Runnegar (PING co-chair)``) the affiliation
  is left ANY: it is not an organisation, but the entry has nothing else in that place.
  No entry writes initials or a handle.
* Agenda: the items of the ``Agenda`` list. A parent item that only names a category of
  items (``Current Proposals``, ``Announcements``) groups its children, which are the
  topics; a parent that names a subject (``How we work``, ``IsLoggedIn``) or carries its
  own time box (``[40 mins] ...``) is the topic, and its children are sub-points.
  Breaks in a timed agenda are not topics.
* None of these minutes has an action item (no ``ACTION:``, no action section, no
  "Name to do X" item); "Will follow up" / "Followup" inside a speaker line is speech.
"""

from __future__ import annotations

from tests.core.labels._people import here
from tests.core.labels.schema import NoteLabel, P, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "w3c-privacycg/2020-telcons__01-23-agenda.md",
        attendees=(),
        date="2020-01-23",
        start="2020-01-23T12:00:00-05:00",
        timezone="America/New_York",
        agenda=(
            Topic(22, "Introductions", None),
            Topic(23, "Welcome from the chairs", None),
            Topic(24, "How we work", None),
            Topic(43, "Private Click Measurement", None),
            Topic(44, "Storage Access API", None),
            Topic(45, "JS Isolation via Origin Labels and Membranes", None),
            Topic(46, "Any other business", None),
        ),
        actions=(),
        why=(
            "An agenda file: no attendees. Date from the H1 '# 23 January 2020'. 'Privacy CG "
            "calls are at noon Boston time (EST)' with the table row '12:00 | 23 Thu | "
            "Boston': 12:00 America/New_York (EST, -05:00); the other rows convert it. "
            "'Current Proposals' (42) only groups the three proposals, which are the "
            "topics; 'How we work' (24) is a topic whose children (public, private, "
            "meetings, ...) are its points."
        ),
    ),
    NoteLabel(
        "w3c-privacycg/2020-telcons__01-23-minutes.md",
        attendees=(
            here("Erik Anderson", "Microsoft"),  # (co-chair, Microsoft)
            here("Theresa O’Connor", "Apple"),  # (co-chair, Apple)
            here("Tanvi Vyas", "Mozilla"),  # (co-chair, Mozilla)
            here("Pete Snyder", "Brave"),
            here("Irene Knapp", "no affiliation"),
            here("Wendy Seltzer", "W3C"),
            here("Konrad Dzwinel", "DuckDuckGo"),
            here("Jason Dorweiler", "DuckDuckGo"),
            here("Dave Harbage", "DuckDuckGo"),
            here("Sam Weiler", "W3C"),
            here("Nick Doty", "UC Berkeley"),
            here("Matt Finkel", "The Tor Project"),
            here("Wendell Baker", "Verizon Media"),
            here("Kushal Dave", "Scroll"),
            here("Steven Englehardt", "Mozilla"),
            here("Peter Saint-Andre", "Mozilla"),
            here("Ehsan Akhgari", "Mozilla"),
            here("Arthur Edelstein", "Mozilla"),
            here("Mark Xue", "Apple"),
            here("Jacek Oleksy", "Opera"),
            here("Martin Meyer", "Akamai"),
            here("Christy Harris", "Future of Privacy Forum"),
            here("Dick Hardt", "SignIn.Org"),
            here("David Dabbs", "Conversant"),
            here("Nicolas Arciniega", "Microsoft"),
            here("John Wilander", "Apple"),
            here("Kristen Chapman", "Salesforce Marketing Cloud"),
            here("Harneet Sidhana", "Microsoft"),
            P("Christine Runnegar", initials=None, handle=None, present=True),  # (PING co-chair)
        ),
        date="2020-01-23",
        start=None,
        timezone=None,
        agenda=(
            Topic(45, "Introductions", None),
            Topic(46, "Welcome from the chairs", None),
            Topic(47, "How we work", None),
            Topic(53, "Private Click Measurement", None),
            Topic(54, "Storage Access API", None),
            Topic(55, "JS Isolation via Origin Labels and Membranes", None),
            Topic(56, "Any other business", None),
        ),
        actions=(),
        why=(
            "'* Chair: Tess' / '* Scribe: Pete Snyder' are roles (Pete Snyder is also "
            "signed in). '(co-chair, Microsoft)': role dropped, organisation kept. The "
            "minutes file states no time (the time is in the separate agenda file). Topics "
            "as in the agenda: 'Current Proposals' groups the three proposals (the minutes "
            "give each its own '###'); '## Missed Introductions' and '## Queue' are "
            "sections of the minutes, not agenda items."
        ),
    ),
    NoteLabel(
        "w3c-privacycg/2021-telcons__01-21-21-storage-access-minutes.md",
        attendees=(
            here("Anne van Kesteren", "Mozilla"),  # (he/him; Mozilla)
            here("Brandon Maslen", "Microsoft"),
            here("Brendan Butteworth"),
            here("Brian May"),
            P("Christine Runnegar", initials=None, handle=None, present=True),  # (PING co-chair)
            here("Don Marti", "CafeMedia"),
            here("Erik Anderson", "Microsoft"),
            here("Erhard"),
            here("Harshad Mane"),
            here("Jack Frankland"),
            here("James Hartig", "Admiral"),
            here("Jason Nutter", "Microsoft"),
            here("Johann Hofmann", "Mozilla"),
            here("John Wilander", "Apple WebKit"),
            here("Jonathan Kingston", "DuckDuckGo"),
            here("Kelda Anderson", "Microsoft"),
            here("Lola Odelola", "Samsung Internet"),
            here("Mark"),
            here("Melanie Richards", "Microsoft"),
            here("Mike O’Neill"),
            here("Paul Zühlcke", "Mozilla"),
            here("Rob van Eijk"),
            here("Rotem Dar"),
            here("Sam Weiler", "W3C"),
            here("Sean Harrison", "Google"),
            here("Steven Englehardt", "Mozilla"),
            here("Tanvi Vyas", "Mozilla"),  # (Mozilla, Co-Chair)
            here("Theodore Olsauskas-Warren", "Google"),
            here("Theresa O’Connor", "Apple"),
            here("Tim Huang", "Mozilla"),
            here("Vittorio Bertocci", "Auth0"),
            here("Wendell Baker", "Verizon Media"),
            here("Wendy Seltzer", "W3C"),
        ),
        date="2021-01-21",
        start=None,
        timezone=None,
        agenda=(
            Topic(7, "[40 mins] Work through interop Issues.", 40),
            Topic(23, "[20 mins] Standardization.", 20),
        ),
        actions=(),
        why=(
            "Heading '21 January' + the year 2021 of the saved name (the original name "
            "01-21-21-storage-access-minutes.md has a two-digit year). Host/Chair/Scribe are "
            "roles. The agenda export broke the nesting: each line is indented one level "
            "deeper than the one before, so '[20 mins] Standardization.' sits at depth 5 "
            "and the first issue at depth 0. Read as written by the chair, the agenda has two "
            "time-boxed topics, 40 and 20 minutes, with the issues and questions as their "
            "points (the minutes have the same two H1 sections). A parser that takes the "
            "literal top level would see line 7 and line 8 ('privacycg/storage-access#25'). "
            "'Followup' ending a speaker line (38, 49) and '[Johann H] Will follow up' are "
            "not action items."
        ),
    ),
    NoteLabel(
        "w3c-privacycg/2021-telcons__06-10-minutes.md",
        attendees=(
            here("Allan Spiegel", "Adobe"),
            here("Andrew Knox", "Facebook"),
            here("Anthony Molinaro"),
            here("Aram Zucker-Scharff", "The Washington Post"),  # (he/him; The Washington Post)
            here("Ashkan Soltani"),
            here("Ben Savage"),
            here("Brendan Riordan-Butterworth", "IAB Tech Lab / eyeo GmbH"),
            here("Brian Campbell", "Ping Identity"),
            here("Brian May", "dstillery"),
            here("Cezary Cerekwicki", "Opera"),
            here("Chris Needham", "BBC"),
            P("Christine Runnegar", initials=None, handle=None, present=True),  # (PING co-chair)
            here("Christy Harris", "Future of Privacy Forum"),
            here("Daniel Appelquist", "Samsung"),
            here("Dave Harbage", "DuckDuckGo"),
            here("Don Marti", "CafeMedia"),
            here("Edison"),
            here("Eric Mwobobia", "ARTICLE19"),
            here("Erik Anderson", "Microsoft"),  # (Microsoft, co-chair)
            here("Erik Taubeneck", "Facebook"),
            here("George Fletcher", "Verizon Media"),
            here("Hitesh Lad", "CJ Affiliate"),
            here("Jack Frankland"),
            here("James Rosewell", "51Degrees"),
            here("Jason Nutter", "Microsoft"),
            here("Jeffrey Yasskin", "Google Chrome"),
            here("Joel Odom", "Salesforce"),
            here("Joey Salazar"),
            here("Johann Hofmann", "Mozilla"),
            here("John Delaney"),
            here("John Sabella", "PubMatic"),
            here("John Wilander", "Apple"),
            here("John Wunderlich"),
            here("Jon Callas", "EFF"),
            here("Kaustubha Govind", "Google Chrome"),
            here("Kelda Anderson", "Microsoft"),
            here("Konrad Dzwinel", "DuckDuckGo"),
            here("Kris Chapman", "Salesforce"),
            here("Lee Graber", "Tableau/Salesforce"),
            here("Lionel Basdevant", "Criteo"),
            here("Liz Hurley", "CJ Affiliate"),
            here("Lola Odelola", "Samsung Internet"),
            here("Mallory Knodel", "CDT"),
            here("Marshall Vale", "Google Chrome"),
            here("Maud Nalpas", "Google Chrome"),
            here("Melanie Richards", "Microsoft"),
            here("Michael Kleber", "Google Chrome"),
            here("Mike O’Neill", "Baycloud"),
            here("Mike Seilnacht", "Intuit"),
            here("Mike Taylor", "Google"),
            here("Nathan Schloss", "Facebook"),
            here("Newton", "Magnite"),
            here("Paul Bannister", "CafeMedia"),
            here("Peter Lowe"),
            here("Peter Saint-Andre", "Mozilla"),
            here("Przemlyslaw Iwanczak"),
            here("Raj Belur", "Amazon"),
            here("Richard Anton", "Amazon"),
            here("Robin Berjon"),
            here("Russell Stringham", "Adobe"),
            here("Sam Goto", "Google"),
            here("Sam Weiler", "W3C/MIT"),
            here("Sean Harrison", "Google"),
            here("Steven Valdez", "Google"),
            here("Tanvi Vyas", "Mozilla"),  # (Mozilla, co-chair)
            here("Theodore Olsauskas-Warren", "Google"),
            here("Theresa O’Connor", "Apple"),  # (Apple, co-chair)
            here("Tim Cappalli", "Microsoft Identity"),
            here("Valentino Volonghi", "NextRoll"),
            here("Viraj Awati", "Amazon"),
            here("Wendell Baker", "Verizon Media"),
            here("Wendy Seltzer", "W3C"),
            here("Lola Odelola", "Samsung Internet"),
            here("Ashkan Soltani", "Self"),
            here("Vittorio Bertocci", "Auth0"),
        ),
        date="2021-06-10",
        start=None,
        timezone=None,
        agenda=(
            Topic(6, "IsLoggedIn", None),
            Topic(45, "Private Click Measurement", None),
            Topic(57, "First-Party Sets", None),
            Topic(71, "Any other business", None),
        ),
        actions=(),
        why=(
            "The H3 title gives the date. The minutes are written inside the agenda list: "
            "each work item (IsLoggedIn, PCM, FPS) has its issues as children and the "
            "discussion nested under them, so the top-level items are the topics. Line 20 "
            "'[Allan Spiegel] +1' is an unindented continuation, not a list item. Lola "
            "Odelola and Ashkan Soltani each signed in twice (73, 74): both entries "
            "labelled; the second Ashkan entry has '(Self)'."
        ),
    ),
    NoteLabel(
        "w3c-privacycg/2021-telcons__12-09-minutes.md",
        attendees=(
            here("Allan Spiegel"),
            here("Aram Zucker-Scharff", "The Washington Post"),
            here("Brian Lefler", "Google Chrome"),
            here("Brian May", "dstillery"),
            here("cfredric"),
            here("Chris Needham", "BBC"),
            here("Christian Biesinger", "Google Chrome"),
            P("Christine Runnegar", initials=None, handle=None, present=True),  # (PING co-chair)
            here("Christy Harris", "Future of Privacy Forum"),
            here("Chris Wood", "Cloudflare"),
            here("dan sinclair", "Google Chrome"),
            here("Daniel Laliberte"),
            here("Don Marti", "CafeMedia"),
            here("Dongoh Park", "Google"),
            here("Dylan Cutler", "Google Chrome"),
            here("Eli Grey", "Transcend"),
            here("Eric Mwobobia", "ARTICLE19"),
            here("Eric Trouton"),
            here("Ericka Wright"),
            here("Erik Anderson", "Microsoft"),
            here("Erik Taubeneck", "Meta"),
            here("George Fletcher", "Yahoo Inc"),
            here("Grant Nelson", "TripleLift"),
            here("Harneet Sidhana"),
            here("Jack Frankland"),
            here("James Rosewell"),
            here("Jason Nutter", "Microsoft"),
            here("Jeff Mixter", "OCLC"),
            here("Jeffrey Yasskin", "Google Chrome"),
            here("Joel Odom", "Salesforce"),
            here("Joey Salazar"),
            here("John Wilander", "Apple WebKit"),
            here("Joshua Ssengonzi", "Article 19"),
            here("Kaustubha Govind", "Google Chrome"),
            here("Kris Chapman", "Salesforce"),
            here("Lee Graber", "Tableau/Salesforce"),
            here("Mark Xue", "Apple"),  # ( Apple )
            here("Mike O’Neill", "Baycloud"),  # "{Baycloud)": a typo for the parenthesis
            here("Mike Taylor", "Google"),
            here("Nick Doty", "Center for Democracy & Technology"),
            here("Peter Snyder", "Brave Software"),  # (Brave Software, PING Co-Chair)
            here("Przemyslaw Iwanczak"),
            here("Riley Wills", "Ellucian Inc"),
            here("Robert Sanderson", "Yale University"),
            here("Russell Stringham", "Adobe"),
            here("Sam Goto", "Google"),
            here("Sam Weiler", "W3C/MIT"),
            # "(JournalList, of trust.txt, (also chair of Credibility WG))"
            P("Scott Yates", initials=None, handle=None, present=True),
            here("Sean Harrison", "Google"),
            here("Shawn Cohen"),
            here("Shivan Sahib"),
            here("Simeon Warner", "Cornell"),
            here("Steve Englehardt", "DuckDuckGo"),
            here("Tanvi Vyas", "Mozilla"),
            here("Tara Whalen", "Cloudflare"),
            here("Theodore Olsauskas-Warren", "Google"),
            here("Theresa O’Connor", "Apple"),
            here("Tim Cappalli"),
            here("Tom Crane", "Wellcome/Digirati"),
            here("Valentino Volonghi", "NextRoll"),
            here("Wendell Baker", "Yahoo"),
            here("Yi Gu", "Google Chrome"),
            here("Jeff Mixter", "OCLC"),
            here("Eric Trouton"),
        ),
        date="2021-12-09",
        agenda=(
            Topic(7, "Private Click Measurement", None),
            Topic(10, "Cookies Having Independent Partitioned State (CHIPS) proposal", None),
            Topic(12, "editors update", None),
            Topic(13, "January 13th meeting at APAC-friendly time", None),
            Topic(14, "Any other business", None),
        ),
        actions=(),
        why=(
            "The first line is empty and the H1 '# Privacy CG Teleconference' has no date: "
            "the date is the saved file name (year 2021 from the folder, 12-09 from the "
            "name). start/timezone ANY: the only time, '7pm EST/4pm PST', is the January "
            "13th meeting's. 'Announcements' only groups two announcements, which are the "
            "topics. Attendee oddities kept: 'cfredric' (a handle-like name in the name "
            "place, like zarr's 'martindurant': the name, no handle), 'Eric "
            "Mwobobia(ARTICLE19)' without a space, 'Mark Xue ( Apple )' trimmed, 'Mike "
            "O’Neill {Baycloud)', Jeff Mixter and Eric Trouton twice. 'Scott Yates "
            "(JournalList, of trust.txt, (also chair of Credibility WG))': affiliation ANY "
            "('JournalList' or 'JournalList, of trust.txt')."
        ),
    ),
    NoteLabel(
        "w3c-privacycg/2023-tpac__minutes.md",
        attendees=(
            here("Erik Anderson", "Microsoft Edge"),
            here("Theresa O’Connor", "Apple"),  # (Apple, TAG)
            here("Johann Hofmann", "Google Chrome"),
            here("Martin Thomson", "Mozilla"),
            here("Brian May", "dstillery"),
            here("Ari Chivukula", "Google Chrome"),
            here("Sam Weiler", "W3C"),
            here("Ben Kelly", "Google Chrome"),
            here("John Wilander", "Apple WebKit"),
            here("Sarah Nogueira", "Criteo"),
            here("Steven Valdez", "Google Chrome"),
            here("Brandon Maslen", "Microsoft Edge"),
            here("Mike Taylor", "Google Chrome"),
            here("Chris Fredrickson", "Google Chrome"),
            here("Richa Jain", "Meta"),
            here("Aram Zucker-Scharff", "The Washington Post"),
            here("Zainab Rizvi", "Google Chrome"),
            here("Brianna Goldstein", "Google Chrome"),
            here("Alexandru Mihai", "eyeo"),
            here("Nick Doty", "CDT"),
            here("Pascoe", "Apple"),
            here("Mihai Cirlanaru", "Google Android"),
            here("Sean Turner", "sn3rd"),
            here("Kyra Seevers", "Google Chrome"),
            here("Marek Blachut", "HM Government"),
            here("Don Marti", "Raptive"),
            here("Lionel Basdevant", "Criteo"),
            here("Artur Janc", "Google Security"),
            here("Tom Van Goethem", "Google Chrome"),
            here("Joey Knightbrook", "Snap"),
            here("Sota Akiyama", "Yahoo Japan"),
            here("Scott Hendrickson", "Google"),
            here("Christian Dullweber", "Google Chrome"),
            here("Benjamin Case", "Meta"),
            here("Fabian Höring", "Criteo"),
            here("Mike West", "Google Chrome"),
            here("Alexandre Nderagakura", "No affiliation"),
            here("Kaustubha Govind", "Google Chrome"),
            here("Anne van Kesteren", "Apple"),
            here("John Wilander", "Apple"),
            here("Shubhie Panicker", "Google Chrome"),
            here("Tara Whalen", "Cloudflare"),
            here("Ben Wiser", "Google Android"),
            here("Sam Macbeth", "DuckDuckGo"),
            here("Jonathan Kingston", "DuckDuckGo"),
            here("Bartosz Niemczura", "Meta"),
            here("Jeffrey Yasskin", "Google Chrome"),
            here("Theodore Olsauskas-Warren", "Google Chrome"),
            here("Matthew Finkel", "Apple"),
            here("Maud Stiernet", "No affiliation"),
            here("Warren Fernandes", "Media.net"),
            here("Vedant Seta", "Media.net"),
            here("Benjamin VanderSloot", "Mozilla"),
            here("Tim Cappalli", "Microsoft Identity"),
            here("Paul Zühlcke", "Mozilla"),
            here("Tim Huang", "Mozilla"),
            here("Vinod Panicker", "Amazon Ads"),
            here("Filipa Senra", "Google Chrome"),
            here("Risako Hamano", "Yahoo Japan"),
            here("Edwin Leong", "IMDA"),
            here("Lee Chein Inn", "IMDA"),
            here("Yi Gu", "Google Chrome"),
            here("James Laskey", "Google Chrome"),
            here("Christian Biesinger", "Google Chrome"),  # (Google Chrome) (joined at 11:30)
            here("Nicolas Pena Moreno", "Google Chrome"),  # (Google Chrome) (11:30)
            here("Alex Christensen", "Apple"),
            here("Nicola Tommasi", "Google Chrome"),
            here("Tomofumi Okubo", "DigiCert"),
            here("Daniel Appelquist", "TAG"),
            here("Philipp Pfeiffenberger", "Google Chrome"),
        ),
        date="2023-09-12",
        agenda=(
            Topic(8, "Setup, Welcome, Code of Conduct", 10),
            Topic(9, "Storage Access API Graduation", 20),
            Topic(10, "Heuristics to allow 3P cookies", 25),
            Topic(12, "Invasive Fingerprinting Protection", 30),
            Topic(14, "Storage Access API Future", 50),
            Topic(15, "Login Status", 20),
            Topic(16, "Pop-up partitioning / isolation", 10),
            Topic(17, "State of bounce tracking", 10),
        ),
        actions=(),
        why=(
            "Date from the H1 (the saved name has only the year). start/timezone ANY: the "
            "agenda gives approximate local times '(~9:30)' at TPAC with no zone, so no "
            "offset. Time boxes are the '(20m)' parentheses ('(chairs; 10m)' on line 8); the "
            "'(~9:40)' clock times are start estimates, not durations. 'Break at 10:25 (5m)' "
            "and 'Break at 11:00 (30m)' are breaks, not topics. John Wilander signed in "
            "twice (Apple WebKit, Apple). 'Sean Turner (sn3rd)': sn3rd is the organisation "
            "place here (his company), kept as the affiliation. Arrival remarks dropped."
        ),
    ),
    NoteLabel(
        "w3c-privacycg/2025-telcons__09-11-minutes.md",
        attendees=(
            here("Ari Chivukula", "Google Chrome"),
            here("Erik Anderson", "Microsoft Edge"),
            here("Brian May", "unaffiliated"),
            here("Joel Antoci", "Shopify"),
            here("Tara Whalen", "W3C"),
            here("Tim Huang", "Mozilla"),
            here("Ben VanderSloot", "Mozilla"),
            here("John Wunderlich", "JLINC"),
            here("Don Marti", "Raptive"),
            here("Ehsan Toreini", "Samsung"),
            here("Kaustubha Govind", "Google Chrome"),
            here("Johann Hofmann", "Google Chrome"),
            here("Chris Fredrickson", "Google Chrome"),
            here("Michael Kleber", "Google Chrome"),
            here("Matthew Finkel", "Apple WebKit"),
            here("Aram Zucker-Scharff", "The Washington Post"),
            here("Tess", "Apple WebKit"),
            here("John Wilander", "Apple WebKit"),
            here("Brian Campbell", "Ping Identity"),
        ),
        date="2025-09-11",
        start=None,
        timezone=None,
        agenda=(
            Topic(6, "Diverged third-party cookie behaviors", None),
            Topic(7, "Preventing User Dictionary Leaks via ::spelling-error", None),
            Topic(8, "Any other business", None),
        ),
        actions=(),
        why=(
            "Google-Docs Markdown download: every list line ends with two spaces and '\\#', "
            "'\\-', '\\[' are escaped. 'Tess (Apple WebKit)' is a first name only. 'Ben: "
            "... I will see what I can do to unify defaults' is speech, not an action."
        ),
    ),
)
