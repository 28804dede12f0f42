"""Agenda and action-item labels for the JupyterHub team-compass notes (read by hand).

Attendees, dates and start times are labelled in ``tests/core/test_corpus_labels.py``.

Conventions read in these notes: the topics are the items of "## Agenda items" /
"### Agenda" / "Breakout room and agenda item suggestions" / "Possible breakouts/topics"
(or the headings under "Breakout Topics"). The standing sections beside them (roll call,
"Quick updates", "Reports and celebrations", check-in, ice breaker, celebrations) are
not topics, and "Notes for <breakout>" sections are the notes of a topic already listed.
Template prompts ("[name=Your Name Here] (approx. time): topic", "add item here") are
placeholders, not topics. A "[10minutes]" / "(5m)" / "[time=5 minutes]" / "10 mins"
tag is the timebox.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "jupyterhub/2018-02-08.md",
        agenda=(
            Topic(48, "We should discuss Matthias' PR about Federation", None),
            Topic(54, "If anybody would like access to any of the accounts", None),
            Topic(60, "What are the possible forms of Binder governance?", None),
            Topic(63, "What are possible models of companies/others donating", None),
            Topic(67, "more generally, let's brainstorm", None),
            Topic(85, "Related to the above, we should discuss ways to distribute", None),
            Topic(96, "Finalize SciPy proposal(s)", None),
            Topic(98, "JupyterCon CFP submissions anyone?", None),
            Topic(106, "PyData London CFP is open", None),
            Topic(109, "eLife innovation sprint May 10-11 in Cambridge", None),
            Topic(112, "Jeremy Freeman (original Binder team", None),
            Topic(114, "Related to above:  I put together a wishlist document", None),
            Topic(115, "MRK Stackdriver logging costs", None),
            Topic(120, "(Yuvi) Work on a privacy policy", None),
            Topic(125, "(Yuvi) We should consider merging the binderhub chart", None),
            Topic(129, "$M$ Storing proposals/papers/templates", None),
        ),
        actions=(
            Action(110, "Tim to find etherpad link", ("Tim",), False),
            Action(136, "Create an issue specifically for discussing governance", (), False),
            Action(139, 'Create a "playground" binderhub setup', (), False),
            Action(140, 'Create a "playground/learning" project on google cloud', (), False),
            Action(141, "Create a place where we store Binder / JupyterHub proposals", (), False),
            Action(143, "Figure out what is the application on our deployment", (), False),
            Action(144, "we need to do a logs audit", (), False),
        ),
        why=(
            "2018 weekly-report layout: '## Actions' holds numbered groups, not action "
            "items. '1. Help or discussion needed; Agenda Items for Monthly Meeting' and "
            "'2. Decisions needed' (and '1.1 Open PRs' / '1.2 Open issues') are grouping "
            "labels, so their items are the topics; the empty '1.1 Open PRs' gives none. "
            "'Finalize SciPy proposal(s)' (96) sits at an 8-space indent inside the "
            "previous item's sub-list but is an unrelated subject, so it is a topic. "
            "'3. Next actions (team)' holds the actions: its grouping bullets 'Group "
            "learning' and 'Our ungodly amount of logs' are labels whose children are "
            "the actions, and 'Worth specifically pointing out ...' (137) is a note on "
            "the action above it. 'Tim to find etherpad link' (110) is a 'Name to do X' "
            "line inside a topic. The '## News, Information, and Thanks' part (4. Team "
            "Metrics, 5. Team News, 6. Thanks) is the report's information section, not "
            "topics to go through; '[CW] May submit a new education talk' and 'Open "
            "issue to track' are not written as actions."
        ),
    ),
    NoteLabel(
        "jupyterhub/2018-04-26.md",
        agenda=(
            Topic(31, "[BinderHub v0.1 issues list]", None),
            Topic(33, "[repo2docker v0.6 issues list]", None),
            Topic(34, "JupyterHub release", None),
            Topic(40, "Rolling deployment strategy", None),
            Topic(46, "Core track talk on JupyterHub at JupyterCon", None),
            Topic(51, "Talk at Force 18? (due by May 1)", None),
            Topic(55, "ICML workshop MLTrain in Stockholm", None),
            Topic(57, "Upcoming presentations:", None),
            Topic(79, "Mozilla Global Sprint 10+11 May", None),
        ),
        actions=(Action(99, "TODO: create guidance around what to do licensing wise", (), False),),
        why=(
            "Same layout as 2018-02-08: the items under '1.2 Open issues' and '2. "
            "Decisions needed' are the topics. 'Upcoming presentations:' is kept as one "
            "topic (its children are the talks it runs through, not separate agenda "
            "items). '3. Next actions (team)' is empty (only a stray '4. '). The one "
            "action is the 'TODO:' line. 'Jessica will work on this', 'JZF will publish "
            "GH related data' and 'JZF will review the whitepapers' are narrative "
            "'will' sentences in the minutes, not written as actions; 'contact them "
            "about ...' and 'check up on who will give the talk' likewise."
        ),
    ),
    NoteLabel(
        "jupyterhub/2020-11-19.md",
        agenda=(
            Topic(48, "Use calver and cron job to release repo2docker", 10),
            Topic(66, "Planning to transfer", 5),
            Topic(67, "FYI new additions to binder", None),
            Topic(71, "what about python kubernetes v12 API client?", None),
            Topic(72, "should henchbot use the", None),
        ),
        actions=(),
        why=(
            "Topics are the items of '## Agenda items'; '[10minutes]' and '[5 mins]' "
            "are timeboxes. Quick updates and reports are standing sections, not "
            "topics. No action items are written."
        ),
    ),
    NoteLabel(
        "jupyterhub/2021-11-18.md",
        agenda=(
            Topic(62, "Assigning a notetaker - volunteers welcome!", 2),
            Topic(64, "Strict session id checking", 5),
            Topic(72, "Regarding [a nbgitpuller PR]", 5),
            Topic(79, "We have a draft roadmap for accessibility grant work!", 3),
            Topic(98, "New cloud resources for mybinder.org", 5),
            Topic(115, "[name=Rollin] (5m)", 5),
            Topic(123, "[name=Tony] (5m)", 5),
        ),
        actions=(),
        why=(
            "'- [name=Your Name Here] (approx. time): topic' (61) is the template "
            "prompt, not a topic. Rollin's and Tony's items have no title on their "
            "first line (the subject is the first sub-bullet) and are labelled at the "
            "line that opens them. 'Check if Google Domains feature is available after "
            "the meeting' (106) is a discussion bullet with no action marker or owner."
        ),
    ),
    NoteLabel(
        "jupyterhub/2022-04-06.md",
        agenda=(
            Topic(48, "EPA team - discuss work and contribution to Wrapspawner", None),
            Topic(65, "Batchspawner check-in: Issues and PRs", None),
            Topic(80, "Wrapspawner check-in: Issues and PRs", None),
            Topic(82, "Workshop/conference season:", None),
            Topic(91, "DaskGateway maintenance push", None),
        ),
        actions=(),
        why=(
            "'**All:** Standing project items:' (64) is a grouping label, so its two "
            "check-ins are the topics; 'Workshop/conference season:' is a topic whose "
            "children are the events discussed. 'Plan: Mike will take a look on PRs' "
            "(74) and 'Plan: drop that combo from the matrix, rerun' (69) are decisions "
            "recorded in the discussion, not written as action items ('Plan:' is not "
            "an action marker); 'Submit PR!' (60) likewise."
        ),
    ),
    NoteLabel(
        "jupyterhub/2023-01-17.md",
        agenda=(
            Topic(75, "Outreachy for Spring.", 5),
            Topic(81, "(probably following on from Min's topic)", None),
            Topic(115, "Interest in / resources for a Jupyter", 5),
            Topic(121, "BinderHub 1.0.0", 3),
            Topic(132, "Overview of major releases to be made", 5),
            Topic(146, "Lower Dependabot's frequency", 3),
            Topic(156, "Discussion about an untested security", None),
            Topic(169, "Readthedocs for Z2JH are not versioned.", None),
        ),
        actions=(
            Action(112, "Make Discourse post calling to action", ("Sarah",), False),
            Action(114, "Continue to update the JupyterHub Outreachy guide.", ("Sarah",), False),
            Action(168, "Otherwise Erik to remove LTE 1.3.", ("Erik",), False),
        ),
        why=(
            "'(after meeting ?)' on Erik's security item is not a duration: no "
            "timebox. '**Sarah:** her action items' (111) is an actions label inside "
            "the discussion; its two children are Sarah's actions. 'Otherwise Erik to "
            "remove LTE 1.3.' is a (conditional) 'Name to do X' action. 'Call to "
            "action: help get any breaking change reviewed' (138) is an appeal to "
            "everyone, and 'Create an issue and start listing ...' (130) a suggestion, "
            "neither written as an action item. Names under '## Introductions' are not "
            "topics."
        ),
    ),
    NoteLabel(
        "jupyterhub/2025.md",
        agenda=(
            # 2025-12-02
            Topic(48, "Prioritization \\& Roadmapping", None),
            Topic(49, "Plugins", None),
            Topic(50, "Executable improvements", None),
            Topic(51, "Big bits of work:", None),
            # 2025-11-18
            Topic(174, "Jupyter Book", None),
            Topic(179, "Room 3: Planning for Roadmapping event", None),
            Topic(180, "Prep for HubDash in 2 weeks", None),
            Topic(184, "Kirstie: Community manager brainstorming", None),
            Topic(185, "JupyterHub TREs? (Simon, Erik)", None),
            Topic(186, "Monitoring and Cost reporting", None),
            # 2025-10-29
            Topic(328, "Team Compass Maintenance Checklist", 5),
            Topic(331, "Zoom info for future meetings", 2),
            Topic(335, "[name=Kirstie] HubDash emails?", None),
            Topic(337, "JupyterCon Users meeting", 15),
            Topic(341, "What onboarding stuff to have ready", 15),
            Topic(343, "Voices of JupyterHub blog post?", None),
            Topic(344, "Materials for a potential Mission/Vision conversation", None),
            # 2025-10-21
            Topic(405, "Build a Jupyter Book tutorial planning", None),
            Topic(406, "[Min] Binder", None),
            Topic(408, "Repo2docker release and updating repo2docker", None),
            Topic(411, "JupyterBook team:", None),
            Topic(412, "JupyterHub roadmapping workshop in February", None),
            Topic(413, "HubDash: Dec 2 \\& 3:", None),
            Topic(415, "migrate jb2 to jb1 landing page", None),
            Topic(416, "documentation (extends, pdf export", None),
            Topic(417, "(not so) plain typst book template", None),
            Topic(418, "css and themes", None),
            Topic(419, "[Andrii, Jonathan] Jupyter-Hub Jupyter-Infra collaboration", None),
            # 2025-10-08
            Topic(502, "JupyterCon", None),
            Topic(505, "User Hub Workshop: Arielle help", None),
            Topic(510, "Blog post draft, #1", None),
            Topic(511, "HubDash Planning -", None),
            # 2025-10-07
            Topic(569, "JupyterBook / MyST prioritization", None),
            Topic(571, "Build a Jupyter Book tutorial planning -- Jim", None),
            Topic(572, "Voices of Jupyter Hub blog review", None),
            Topic(573, "Users of JupyterHub tutorial at JupyterCon", None),
            Topic(574, "Task automation / consistency for contributors:", None),
            Topic(577, "Z2JH minor release preparation", None),
            # 2025-10-1
            Topic(615, "End-of-year HubDash", None),
            Topic(632, "VOJupyterHub Blog Post 1", None),
            Topic(633, "Planning roadmap workshop -", None),
            Topic(635, "Users of JH Workshop for JupyterCon", None),
            Topic(636, "JupyterCon Prep", None),
            # 2025-09-24
            Topic(658, "Conversation about logistics for future of JH Collab Cafes", 5),
            Topic(660, "Planning the Remote-first HubDash", None),
            Topic(691, "Having something like Workshop Tracks", None),
            Topic(695, "How do we come up with these tracks?", None),
            Topic(702, "Resources from Turing Way Bookdash", None),
            Topic(706, "Calling it HubDash?", None),
            Topic(712, "Sketch out and write blog posts for Voices of JupyterHub", None),
            Topic(713, "Mapping activities onto the calendar", None),
            # 2025-09-17
            Topic(740, "Explaining the bot - [Yuvi]", None),
            Topic(744, "Planning the meeting [OM]", None),
            Topic(760, "Voices of JH Report blog posts", None),
            Topic(762, "Jitsi vs zoom links for collab cafe", None),
            # 2025-09-16
            Topic(822, "[name=Min] (5m) JupyterHealth Update", 5),
            Topic(825, "Yuvi: pr review board [3m]", 3),
            Topic(829, "mybinder.org incidents", None),
            Topic(831, "Proposals for the Foundation Community Fund", None),
            Topic(841, "Users of JupyterHub workshop planning for Nov", None),
            Topic(847, "myst/JBv2 roadmap/prioritization", None),
            Topic(852, "Community activity mapping against the community calendar", None),
            # 2025-09-10
            Topic(948, "comms launch of Voices of JupyterHub", 10),
            Topic(963, "community workshop proposal (due this week)", 15),
            Topic(982, "[Onboarding Documentation]", None),
            Topic(985, "Communications Plan for [Voices of JupyterHub Report]", None),
            # 2025-09-02
            Topic(1032, "OM + Kirstie - Plan the JH leadership retreat", 30),
            Topic(1052, "Jupyter Community Workshops - deadline this week", None),
            Topic(1057, "[Yuvi's PR Triage bot]", None),
            # 2025-08-19
            Topic(1106, "Security funding ideas from Jupyter", None),
            # 2025-07-15
            Topic(1179, "Kirstie 3 mins: Introducing the BIDS interns", 3),
            Topic(1180, "Kirstie 10 mins: JupyterCon submissions", 10),
            Topic(1203, "Kirstie (10 mins): SciPy debrief", 10),
            Topic(1230, "OrgMycology 5 mins: Creating a calendar", 5),
            Topic(1237, "Re JB priorities board and side-quest category:", None),
            Topic(1240, "Chris If we have team quorum", None),
            Topic(1243, "timing of JupyterHub synchronous meetings", 10),
            Topic(1246, "Chris If time, Chris would like feedback", None),
            # 2025-06-17
            Topic(1284, "[name=Erik] ready for minor release of z2jh", None),
            # 2025-05-20
            Topic(1356, "Intro to a Collaboration Cafe", 10),
            Topic(1357, "(5 min): Intro to JupyterHub", 5),
            Topic(1358, "(2 min): Intro to Jupyter Book", 2),
            Topic(1359, "Connecting Jupyter projects", 5),
            Topic(1360, "Chris wants to prime everybody", 5),
            Topic(1362, "Any objections to removing", 5),
            Topic(1365, "(10m): Jupyter Buildpack", 10),
            Topic(1369, "repo2docker backed by pack", 10),
            Topic(1371, "Amalthea for KubeSpawner", 10),
            Topic(1380, "(5 mins) Leadership retreat", 5),
            # 2025-04-15
            Topic(1407, "JupyterHub org to pilot GitHub org wide security", 10),
            Topic(1411, "JupyterHub 5.3 release **today**", 5),
            # 2025-03-18
            Topic(1435, "Transferring some PyPI projects to Jupyter org", None),
            Topic(1440, "Connections between JupyterHub and Jupyter leadership", None),
            Topic(1451, "Voices of JupyterHub update", None),
            # 2025-02-18
            Topic(1474, "Security-related work ideas in JupyterHub", None),
            # 2025-01-21
            Topic(1539, "10 mins: New year intentions!", 10),
            Topic(1541, "10-15 mins: Voices of JupyterHub update", 15),
            Topic(1542, "5 - 10 mins: Update on Renku / Amalthea operator", 10),
            Topic(1543, "5 - 10 mins: JupyterHealth adoption", 10),
            Topic(1545, "10min: 2i2c mybinder federation member", 10),
        ),
        actions=(
            Action(87, "We can probably get", (), False),
            Action(339, "ACTION: Arielle & Min to work up a template", ("Arielle", "Min"), False),
            Action(625, "Min & Kirstie to invite contributors", ("Min", "Kirstie"), False),
            Action(627, "Come up with tools to share/market this.", ("OM", "Arielle"), False),
            Action(628, "Create the application", ("OM", "Arielle"), False),
            Action(629, "Merch?", ("OM", "Arielle"), False),
            Action(701, "Next step: Ask in Zulip who would like to co-lead", (), False),
            Action(758, "Kirstie to send a save the date.", ("Kirstie",), False),
            Action(759, "OM to create a form for application.", ("OM",), False),
            Action(1077, "Move field definitions into the code.", (), False),
            Action(1081, "Sociotechnical work to do", (), False),
            Action(1083, "Todo: Make an action which makes it easy to deploy", (), False),
            Action(1084, "Todo: Make the schema moved into the codebase", (), False),
            Action(1454, "Next steps identifying agenda", (), False),
        ),
        why=(
            "A yearly archive of 19 Collaboration Cafes under '## YYYY-MM-DD' headings; "
            "labelled in full, topics of every meeting in file order. Per meeting the "
            "topics are the items of '### Agenda' / '### Agenda / Notes' / 'Breakout "
            "room and agenda item suggestions' / 'Possible breakouts/topics' / "
            "'Possible Breakouts', or the '#####' headings under '#### Breakout "
            "Topics' (2025-09-02). Not topics: check-in, ice breaker, introductions, "
            "celebrations; 'Notes for <room>' sections and the '####' headings after "
            "'### Agenda' on 2025-01-21 and under '### Notes' on 2025-08-19 (they hold "
            "the notes of topics already listed, so they would double them); the "
            "'Topic ideas!'/'Topics:' lists inside the 2025-11-18 Jupyter Book "
            "extensions breakout notes (a breakout's own discussion); '#### Possible "
            "Future Breakout Topics' on 2025-09-10 (meant for later meetings); the "
            "'### Notes' list of 2025-07-15; placeholders ('Name (estimated time): "
            "_Topic_', '[name=Your name] (5m) Topic', a bare '-'). '[Freek]' (414) is "
            "only a proposer label, so his four nested subjects are the topics, and "
            "'[Andrii, Jonathan] ...' (419), indented under it by mistake, is a topic "
            "of its own. Children indented by one space on 2025-10-07 (' * Bump this to "
            "next time', ' * [link]') are read as nested, not as topics, although "
            "CommonMark makes them siblings. On 2025-09-24 the top-level bullets after "
            "'Planning the Remote-first HubDash' (691-706) are kept as topics as "
            "written, but 'Next step: Ask in Zulip ...' (701) is an action, not a "
            "topic. 2025-02-18 has one topic, the paragraph 'Security-related work "
            "ideas in JupyterHub'; the list under 'ideas:' is its discussion. Timeboxes: "
            "a range '10-15 mins' / '5 - 10 mins' is given its upper bound; '+3' after a "
            "topic is a vote count. Actions: the one item under '*  Action Items:' "
            "(87); 'ACTION:' and 'Name(s) to do X' lines; the children of 'To do: OM "
            "and Arielle' (owners from the label, including the bare 'Merch?'); the "
            "'Next step:'/'Next steps' and 'Todo:' lines; under '* Next Steps -' (1074) "
            "only the two children that state work to do (1077, 1081), not its status "
            "remarks ('Yuvi had not intended to release this just yet ...'). 'We will "
            "try to release repo2docker more often' and 'Ping Kirstie re: JupyterCon "
            "housing' are not written as action items."
        ),
    ),
    NoteLabel(
        "jupyterhub/main__2022-04-21.md",
        agenda=(
            Topic(52, "Assigning a notetaker - volunteers welcome!", 2),
            Topic(54, "Min can't make Thursday morning meetings", None),
            Topic(57, "Bump up GKE quota on demand", None),
            Topic(63, "should we prepare mybinder.org for PyCon somehow?", None),
        ),
        actions=(),
        why="Items of '## Agenda items'; quick updates and reports are not topics.",
    ),
    NoteLabel(
        "jupyterhub/meetings__index.md",
        agenda=(),
        actions=(),
        why="Index page about the meetings (CRLF): no meeting, no topics, no actions.",
    ),
    NoteLabel(
        "jupyterhub/monthly-meeting-template.md",
        agenda=(),
        actions=(),
        why=(
            "Template: the three '- add item here (include your name and estimated "
            "time for discussion).' lines under '## Agenda items' are placeholders, "
            "not topics."
        ),
    ),
)
