"""Agenda and action-item labels for the conda-forge core meeting minutes (read by hand).

Attendees, dates and checklist counts are labelled in ``tests/core/test_corpus_labels.py``.

Conventions read in these notes:

* Topics are the items under "## Agenda": the boxed "(XX) subject" items of "Standing
  items", "From previous meeting(s)", "Your __new__() agenda items", "Pushed to next
  meeting" and "Active votes", and the CFEP items under "CFEP updates / Open PRs" or
  "CFEPs". Those sub-headings are grouping labels, not topics. A standing sub-heading
  with nothing under it ("#### ARM", "### Active votes", a bare "- [ ]") is an unused
  template slot, not a topic; one with content ("#### website" + an FYI line) is.
  "From previous meeting(s)" and "Pushed to next meeting" hold carried-over *agenda
  items* here (proposer initials, discussion, the discussed-box), so they are topics,
  not actions.
* The "[x]" on an agenda item marks it discussed: an agenda task box, not an action.
* Actions are the items under "## Check in on previous action items" (and its
  "This meeting" / "Last meeting" / "2 meetings ago" / "Move to Issue Tracker"
  sub-headings and bare date lines) or "### TODOs", boxed or not; "TODO:" / "(TODO)" /
  "Action item:" / "Next steps:" lines; the children of a "todo(s)" / "TODO" / "Action
  Items:" label; and task boxes nested under a topic when they state a task. Owners are
  the "(XX)" / "(XX/YY)" / "XX:" prefix, or the named subject of "Name to X" /
  "Name will X" inside an action item.
"""

from __future__ import annotations

from tests.core.labels.schema import ANY, Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "conda-forge/2016-04-15.md",
        agenda=(
            Topic(6, "How to manage agendas & meetings?", None),
            Topic(12, "Stats on conda-forge", None),
            Topic(34, "External developers to github.com/continuum", None),
            Topic(40, "Centos5 vs Centos6", None),
            Topic(48, "Features and feedstocks", None),
            Topic(54, "NetCDF", None),
            Topic(61, "Windows VC feature", None),
            Topic(69, "Documentation", None),
        ),
        actions=(
            Action(
                62,
                "@msarahan, @jakirkham and @pelson to reconvene",
                ("msarahan", "jakirkham", "pelson"),
                False,
            ),
            Action(72, "A: John to add guidelines", ("John",), False),
        ),
        why=(
            "Minutes with no agenda section: the H2 headings are the topics. '## Next "
            "meeting' (30) is logistics, not a topic. 'A: John to add guidelines' is an "
            "action ('A:' for action, 'Name to X'). In the '## Windows VC feature' "
            "paragraph (62) '@msarahan, @jakirkham and @pelson to reconvene on 2016-04-22 "
            "...' is a 'Names to X' decision inside prose: an action, owners the three "
            "handles without '@'. 'Suggestion is to investigate some more' is not."
        ),
    ),
    NoteLabel(
        "conda-forge/2020-05-13.md",
        agenda=(
            Topic(28, "(all) intros for new people on the line?", None),
            Topic(31, "[CJ/Matt] R 4.0.0 migration is done", None),
            Topic(33, "[CJ] Better understanding/handling of", None),
            Topic(40, "(CJ) adding a standing budget item to the agenda", None),
            Topic(44, "(Filipe) Enforce 2FA for GH / NF donations? bot", None),
            Topic(47, "(eric) Quick chat about stuff from last time", None),
            Topic(53, "(CJ) instiutional partners metadata", None),
            Topic(54, "(Filipe) GSOC student - CJ / Jonathan / Isuru", None),
            Topic(59, "(ED) Who we are page? Some combination of a FAQ", None),
            Topic(86, "website", None),
            Topic(90, "security+systems", None),
            Topic(102, "[cfep-04](https://github.com/conda-forge/conda-f", None),
            Topic(106, "[cfep-06](https://github.com/conda-forge/conda-f", None),
            Topic(110, "[cfep-10](https://github.com/conda-forge/conda-f", None),
            Topic(114, "[cfep-12](https://github.com/conda-forge/cfep/pu", None),
        ),
        actions=(
            Action(46, "Patrick TODO: figure out who needs to turn on", ("Patrick",), False),
            Action(129, "(ED) schedule mirroring conversation", ("ED",), True),
            Action(130, "(Kale) schedule conda working group", ("Kale",), False),
            Action(131, "(CJ) Merge all the pinnings PRs", ("CJ",), True),
            Action(132, "(CJ) Institutional Partners page in docs", ("CJ",), False),
            Action(133, "TODO: Submit skeleton for PR into", (), False),
            Action(137, "(Matt Becker) Update the docs with our current", ("Matt Becker",), True),
            Action(141, "cfep-10 next steps: CJ to call a vote for", ("CJ",), False),
            Action(142, "cfep-06 next steps: Ask staged recipes team to", (), False),
            Action(
                143,
                "jakirkham & CJ-wright to sync on adding CUDA to",
                ("jakirkham", "CJ-wright"),
                False,
            ),
            Action(144, "(Eric) Scheduling Anaconda <-> conda-forge sync", ("Eric",), False),
            Action(146, "(Anthony) Reach out to NumFocus to figure out", ("Anthony",), False),
            Action(147, "(Eric) check internally for funding levels for", ("Eric",), False),
            Action(148, "(Eric) Figure out finances of conda-forge to", ("Eric",), False),
            Action(149, "(jjhelmus) Open up CFEP for which python's", ("jjhelmus",), False),
            Action(150, "Remove conda forge readthedocs.", (), False),
            Action(151, "(jakirkham) write a blog post on CUDA stuff we", ("jakirkham",), False),
            Action(152, "(jakirkham) update docs on how to add CUDA", ("jakirkham",), False),
            Action(153, "(jakirkham) will open an issue on conda-smithy", ("jakirkham",), False),
        ),
        why=(
            "Under '### Your agenda items' the labels 'Stuff from 2 meetings ago we "
            "didn't get to', 'Stuff from last week we didn't get to', the two '### STUFF "
            "FOR THIS MEETING BETWEEN THESE HEADINGS' headings and 'low-ish priority "
            "stuff to get to if we have time' only group items. Empty standing headings "
            "(Active votes, Bot, ARM, POWER, CUDA, Docs, staged-recipes, CI "
            "infrastructure, Compiler upgrade) are not topics; '#### website' and '#### "
            "security+systems' each carry an FYI and are. '[ ] Patrick TODO: ...' (46) is "
            "an action inside a topic. In the check-in, '* Remove conda forge "
            "readthedocs.' (150) has no box but is an item of the action list, so an "
            "action. The carried-over list repeats the same items meeting after meeting; "
            "each copy is an action of this file. '(???)' names nobody: owners (). "
            "'(Marius?)' gives owner 'Marius'. 'John K. will update ...' / 'Jonathan will "
            "review ...' are action items (boxed, in the action list) whose subject is "
            "the owner. '* [x] (MRB)' with four plain sub-bullets is one action (the box "
            "is on the parent). '( ) [ ] make a hint' and its two siblings are sub-tasks "
            "with an empty owner slot '( )' and a box that is not in checkbox position: "
            "actions, owners (), not done (the old table does not count these boxes as "
            "checklist items). The sub-items under '(UK) Static libraries stuff' and "
            "'(JK) work with dockerhub' are actions of their own. Bare date lines "
            "('2020-09-16') and '**Docker hub**' / '**OVH**' are grouping labels."
        ),
    ),
    NoteLabel(
        "conda-forge/2020-10-14.md",
        agenda=(
            Topic(32, "intros for new folks on the call", None),
            Topic(34, "(CJ) budget", None),
            Topic(40, "(MvN) Faster provisioning of base build env", None),
            Topic(50, "(PI) aka - tiny shell subcommand switcher:", None),
            Topic(55, "(SG) bloomberg grant stuff", None),
            Topic(61, "(FF) Push for more testing in the feedstocks.", None),
            Topic(64, "(MRB) github releases and conda-forge-sparta", None),
            Topic(66, "(MRB / ED / SC) Roadmap / Funding? Discussion", None),
            Topic(75, "(MvN) tactical things to do about cython?", None),
            Topic(79, "(MvN) noarch: python v2", None),
            Topic(86, "(IF) CDN down a lot lately", None),
            Topic(89, "(WV) multisheller github.com/wolfv/multisheller", None),
            Topic(91, "(CHL) FYI - conda 4.9.0 now on conda-canary;", None),
            Topic(123, "[cfep-04](https://github.com/conda-forge/conda-f", None),
            Topic(127, "[cfep-06](https://github.com/conda-forge/conda-f", None),
            Topic(132, "[cfep-10](https://github.com/conda-forge/conda-f", None),
            Topic(136, "[cfep-12](https://github.com/conda-forge/cfep/pu", None),
            Topic(143, "[cfep-17](https://github.com/conda-forge/cfep/pu", None),
        ),
        actions=(
            Action(48, "try out micromamba without locks on win-64", (), False),
            Action(59, "(TODO) Establish a wishlist", (), False),
            Action(62, "TODO: Clarify docs around where we say \"don't", (), False),
            Action(158, "Make sure to add the NVBug info to the", (), False),
            Action(165, "(MRB)", ("MRB",), True),
            Action(172, "Get a call set up with Jon Mease about the", (), True),
            Action(174, "(FF) Open up a PR on the python feedstock for", ("FF",), True),
            Action(177, "(ED) Update governance docs with similar voting", ("ED",), False),
            Action(178, "(SC) Write jinja template to turn institutional", ("SC",), False),
            Action(179, "(SC) Document what needs to be done to create", ("SC",), False),
            Action(183, "(JK) Check in on Azure build workers to see if", ("JK",), False),
            Action(184, "(JK) work with dockerhub to see if we can get", ("JK",), False),
            Action(185, "Check in again at some point. We haven't heard", (), False),
            Action(186, "(MRB) start pushing images to quay", ("MRB",), True),
            Action(189, "(???) build webpage to credit them (and others)", (), False),
            Action(190, "If we're adding a logo, will want to make sure", (), False),
            Action(191, 'Shout-out on twitter at some point. "Thanks', (), False),
            Action(194, "Figure out how to communicate breaking changes", (), False),
            Action(196, "John K. will update the cuda toolkit feedstock", ("John K.",), False),
            Action(197, "Jonathan will update docs to note that some", ("Jonathan",), False),
            Action(198, "Jonathan will review this", ("Jonathan",), False),
            Action(200, "(Kale) schedule conda working group", ("Kale",), False),
            Action(201, "cfep-10 next steps: CJ to call a vote for", ("CJ",), False),
            Action(202, "cfep-06 next steps: Ask staged recipes team to", (), False),
            Action(
                203,
                "jakirkham & CJ-wright to sync on adding CUDA to",
                ("jakirkham", "CJ-wright"),
                False,
            ),
            Action(204, "(Eric) Scheduling Anaconda <-> conda-forge sync", ("Eric",), False),
            Action(206, "(Anthony) Reach out to NumFocus to figure out", ("Anthony",), False),
            Action(207, "(Eric) check internally for funding levels for", ("Eric",), False),
            Action(208, "(Eric) Figure out finances of conda-forge to", ("Eric",), False),
            Action(209, "(jjhelmus) Open up CFEP for which python's", ("jjhelmus",), False),
            Action(210, "(jakirkham) write a blog post on CUDA stuff we", ("jakirkham",), False),
            Action(211, "(jakirkham) update docs on how to add CUDA", ("jakirkham",), False),
            Action(212, "(jakirkham) will open an issue on conda-smithy", ("jakirkham",), False),
            Action(214, "(ED) Who we are page? Some combination of a FAQ", ("ED",), False),
            Action(222, "(ED) document strategies for reproducible", ("ED",), False),
            Action(223, "(UK) Static libraries stuff", ("UK",), False),
            Action(224, "Add linting hints to builds to find them", (), False),
            Action(225, "Recommend how to package them -> CFEP-18", (), True),
            Action(226, "We should write docs saying we don't provide", (), True),
        ),
        why=(
            "Topics: standing items, '#### From previous meeting(s)' items, new agenda "
            "items and CFEP Open PRs; the empty 'Pushed to next meeting', 'Active votes', "
            "subteam and CI headings are unused slots. Actions inside topics: the one "
            "child of 'Action Items:' (48; the empty '* ' at 49 is not one), '(TODO) "
            "Establish a wishlist' (59) and 'TODO: Clarify docs ...' (62). '### This "
            "meeting' holds only a date. The carried-over list repeats the same items "
            "meeting after meeting; each copy is an action of this file. '(???)' names "
            "nobody: owners (). '(Marius?)' gives owner 'Marius'. 'John K. will update "
            "...' / 'Jonathan will review ...' are action items (boxed, in the action "
            "list) whose subject is the owner. '* [x] (MRB)' with four plain sub-bullets "
            "is one action (the box is on the parent). '( ) [ ] make a hint' and its two "
            "siblings are sub-tasks with an empty owner slot '( )' and a box that is not "
            "in checkbox position: actions, owners (), not done (the old table does not "
            "count these boxes as checklist items). The sub-items under '(UK) Static "
            "libraries stuff' and '(JK) work with dockerhub' are actions of their own. "
            "Bare date lines ('2020-09-16') and '**Docker hub**' / '**OVH**' are grouping "
            "labels."
        ),
    ),
    NoteLabel(
        "conda-forge/2020-11-18.md",
        agenda=(
            Topic(33, "intros for new folks on the call", None),
            Topic(36, "(CJ) budget", None),
            Topic(42, "open votes", None),
            Topic(44, "(MRB/ED/SC) Roadmap / Funding", None),
            Topic(66, '(MB) asking core members to move to "emeritus"', None),
            Topic(69, "(CJ) We seem to have some artifacts that have", None),
            Topic(95, "(IF/MRB/MV) intel oneAPI", None),
            Topic(132, "(CJ) Diversity and Inclusion Sub-team", None),
            Topic(135, "(CJ) Please fill out the critical", None),
            Topic(139, "(MRB) bot now supports PRs into branches!", None),
            Topic(142, "(SC) OVH is giving us s3 storage that should be", None),
            Topic(147, "(MRB/IF) pybind11 packaging", None),
            Topic(183, "[cfep-04](https://github.com/conda-forge/conda-f", None),
            Topic(187, "[cfep-06](https://github.com/conda-forge/conda-f", None),
            Topic(192, "[cfep-10](https://github.com/conda-forge/conda-f", None),
            Topic(196, "[cfep-12](https://github.com/conda-forge/cfep/pu", None),
            Topic(203, "[cfep-17](https://github.com/conda-forge/cfep/pu", None),
            Topic(208, "[cfep-20](https://github.com/conda-forge/cfep/pu", None),
        ),
        actions=(
            Action(60, "Everyone take a look at the pypa roadmap:", ("Everyone",), False),
            Action(61, "fill out the risk measurement spread sheet:", (), False),
            Action(67, "TODO: Eric to set up quarterly check-in for all", ("Eric",), False),
            Action(125, "(Nikolay) licensing for opencl_rt", ("Nikolay",), False),
            Action(126, "(Nikolay) intelmpi ABI compat w/ mpich", ("Nikolay",), True),
            Action(128, "(MRB/IF) figure out how exactly to package", ("MRB", "IF"), False),
            Action(129, "(MRB/IF) think about fortran ABI", ("MRB", "IF"), False),
            Action(130, "(MRB) make conda-forge compilers room (add", ("MRB",), True),
            Action(218, "(IF/MRB/MV) intel oneAPI", ("IF", "MRB", "MV"), False),
            Action(220, "(Nikolay) licensing for opencl_rt", ("Nikolay",), False),
            Action(221, "(Nikolay) intelmpi ABI compat w/ mpich", ("Nikolay",), False),
            Action(222, "(MRB/IF) figure out how exactly to package", ("MRB", "IF"), False),
            Action(223, "(MRB/IF) think about fortran ABI", ("MRB", "IF"), False),
            Action(224, "(MRB) make conda-forge compilers room (add", ("MRB",), False),
            Action(225, '(MB) asking core members to move to "emeritus"', ("MB",), False),
            Action(226, "TODO: Eric to set up quarterly check-in for all", ("Eric",), False),
            Action(231, "TODO: Think about bringing in JOSS to provide", (), False),
            Action(235, "(MRB) proposed policy on when core pushes to", ("MRB",), True),
            Action(236, "(MRB) put in docs PR", ("MRB",), True),
            Action(237, "(MRB) make PR on bot to mention the policy", ("MRB",), False),
            Action(238, "TODO: Check on Forrest Watters permissions for", (), False),
            Action(239, "(FF) Outreachy would cost 6500 USD.", ("FF",), True),
            Action(240, "Next steps: write abstract and vote on spending", (), False),
            Action(245, "(Marius?) Python 2.7 migration", ("Marius",), False),
            Action(246, "( ) [ ] make a hint", (), False),
            Action(247, "( ) [ ] make an announcement", (), False),
            Action(248, "( ) [ ] make the hint a lint", (), False),
            Action(251, "Make sure to add the NVBug info to the", (), False),
            Action(256, "(MRB)", ("MRB",), True),
            Action(263, "Get a call set up with Jon Mease about the", (), True),
            Action(265, "(FF) Open up a PR on the python feedstock for", ("FF",), True),
            Action(268, "(ED) Update governance docs with similar voting", ("ED",), False),
            Action(269, "(SC) Write jinja template to turn institutional", ("SC",), False),
            Action(270, "(SC) Document what needs to be done to create", ("SC",), False),
            Action(274, "(JK) Check in on Azure build workers to see if", ("JK",), False),
            Action(275, "(JK) work with dockerhub to see if we can get", ("JK",), False),
            Action(276, "Check in again at some point. We haven't heard", (), False),
            Action(277, "(MRB) start pushing images to quay", ("MRB",), True),
            Action(280, "(???) build webpage to credit them (and others)", (), False),
            Action(281, "If we're adding a logo, will want to make sure", (), False),
            Action(282, 'Shout-out on twitter at some point. "Thanks', (), False),
            Action(285, "Figure out how to communicate breaking changes", (), False),
            Action(287, "John K. will update the cuda toolkit feedstock", ("John K.",), False),
            Action(288, "Jonathan will update docs to note that some", ("Jonathan",), False),
            Action(289, "Jonathan will review this", ("Jonathan",), False),
            Action(291, "(Kale) schedule conda working group", ("Kale",), False),
            Action(292, "cfep-10 next steps: CJ to call a vote for", ("CJ",), False),
            Action(293, "cfep-06 next steps: Ask staged recipes team to", (), False),
            Action(
                294,
                "jakirkham & CJ-wright to sync on adding CUDA to",
                ("jakirkham", "CJ-wright"),
                False,
            ),
            Action(295, "(Eric) Scheduling Anaconda <-> conda-forge sync", ("Eric",), False),
            Action(297, "(Anthony) Reach out to NumFocus to figure out", ("Anthony",), False),
            Action(298, "(Eric) check internally for funding levels for", ("Eric",), False),
            Action(299, "(Eric) Figure out finances of conda-forge to", ("Eric",), False),
            Action(300, "(jjhelmus) Open up CFEP for which python's", ("jjhelmus",), False),
            Action(301, "(jakirkham) write a blog post on CUDA stuff we", ("jakirkham",), False),
            Action(302, "(jakirkham) update docs on how to add CUDA", ("jakirkham",), False),
            Action(303, "(jakirkham) will open an issue on conda-smithy", ("jakirkham",), False),
            Action(305, "(ED) Who we are page? Some combination of a FAQ", ("ED",), False),
            Action(313, "(ED) document strategies for reproducible", ("ED",), False),
            Action(314, "(UK) Static libraries stuff", ("UK",), False),
            Action(315, "Add linting hints to builds to find them", (), False),
            Action(316, "Recommend how to package them -> CFEP-18", (), True),
            Action(317, "We should write docs saying we don't provide", (), True),
        ),
        why=(
            "'(MRB/ED/SC) Roadmap / Funding' says 'spend 15 minutes each core meeting for "
            "~3-4 meetings' in its discussion and was skipped today: a plan across "
            "meetings, not a timebox of this item, so None. 'Pushed to next meeting' "
            "holds a carried-over topic (pybind11), labelled as a topic. Actions inside "
            "topics: the two children of '* TODO:' (60 'Everyone take a look ...' has the "
            "collective owner 'Everyone' as written; 61 names nobody), 'TODO: Eric to set "
            "up ...' (67), and the boxed children of '* todo' under intel oneAPI "
            "(125-130). In '### This meeting' the parent '(IF/MRB/MV) intel oneAPI' and "
            "its five sub-tasks are all actions. Under '2 meetings ago', lines 236-237 "
            "are indented 8 spaces under a paragraph (CommonMark would read them as "
            "continuation text); they are read as the sub-tasks they are meant to be. "
            "'(FF) Outreachy would cost 6500 USD.' is a ticked item of the action list, "
            "so an action, and its 'Next steps: ...' child another. The carried-over list "
            "repeats the same items meeting after meeting; each copy is an action of this "
            "file. '(???)' names nobody: owners (). '(Marius?)' gives owner 'Marius'. "
            "'John K. will update ...' / 'Jonathan will review ...' are action items "
            "(boxed, in the action list) whose subject is the owner. '* [x] (MRB)' with "
            "four plain sub-bullets is one action (the box is on the parent). '( ) [ ] "
            "make a hint' and its two siblings are sub-tasks with an empty owner slot '( "
            ")' and a box that is not in checkbox position: actions, owners (), not done "
            "(the old table does not count these boxes as checklist items). The sub-items "
            "under '(UK) Static libraries stuff' and '(JK) work with dockerhub' are "
            "actions of their own. Bare date lines ('2020-09-16') and '**Docker hub**' / "
            "'**OVH**' are grouping labels."
        ),
    ),
    NoteLabel(
        "conda-forge/2021-06-16.md",
        agenda=(
            Topic(20, "intros for new folks on the call", None),
            Topic(23, "(CJ) budget", None),
            Topic(28, "open votes", None),
            Topic(33, "(JK) OSU OpenPOWER Survey", None),
            Topic(40, "(MRB) legal meeting todos", None),
            Topic(51, "(CHL) response to CVE-2021-29921 (leading zeros", None),
            Topic(62, "(MattiP) PyPy now has a win64 3.7 version, can", None),
            Topic(66, "(jaimergp) Introduce new role at Quansight and", None),
            Topic(68, "(MRB) gpu stuff w/ quantsight updates?", None),
            Topic(69, "(MRB) any CDN outage todo items for conda-forge?", None),
            Topic(103, "[cfep-04](https://github.com/conda-forge/conda-f", None),
            Topic(108, "[cfep-06](https://github.com/conda-forge/conda-f", None),
            Topic(114, "[cfep-15](https://github.com/conda-forge/conda-f", None),
            Topic(119, "[cfep-12](https://github.com/conda-forge/cfep/pu", None),
            Topic(126, "[cfep-17](https://github.com/conda-forge/cfep/pu", None),
            Topic(131, "[cfep-19](https://github.com/conda-forge/cfep/pu", None),
            Topic(134, "[cfep-20](https://github.com/conda-forge/cfep/pu", None),
        ),
        actions=(
            Action(45, "do this on quetz and discuss next time", (), False),
            Action(59, "matt B to send python 3.9.5 PR and try and fix", ("matt B",), False),
            Action(60, "Anaconda to reach out to CPython devs to ask if", ("Anaconda",), False),
            Action(63, "wait for https://github.com/regro/cf-scripts/pul", (), False),
            Action(64, "send a PR to", (), False),
            Action(65, "send a PR to conda-forge-pinning.", (), False),
            Action(70, "TODO: Cheng to set up @anaconda-infrastructure", ("Cheng",), False),
            Action(151, "(IF/MRB/MV) intel oneAPI", ("IF", "MRB", "MV"), False),
            Action(153, "(Nikolay) licensing for opencl_rt", ("Nikolay",), False),
            Action(154, "(Nikolay) intelmpi ABI compat w/ mpich", ("Nikolay",), False),
            Action(155, "(MRB/IF) figure out how exactly to package", ("MRB", "IF"), False),
            Action(156, "(MRB/IF) think about fortran ABI", ("MRB", "IF"), False),
            Action(157, "(MRB) make conda-forge compilers room (add", ("MRB",), True),
            Action(158, '(MB) asking core members to move to "emeritus"', ("MB",), False),
            Action(159, "TODO: Eric to set up quarterly check-in for all", ("Eric",), False),
            Action(163, "TODO: Think about bringing in JOSS to provide", (), False),
            Action(166, "TODO: Check on Forrest Watters permissions for", (), False),
            Action(167, "(FF) Outreachy would cost 6500 USD.", ("FF",), True),
            Action(168, "Next steps: write abstract and vote on spending", (), False),
            Action(172, "(Marius?) Python 2.7 migration", ("Marius",), False),
            Action(173, "( ) [ ] make a hint", (), False),
            Action(174, "( ) [ ] make an announcement", (), False),
            Action(175, "( ) [ ] make the hint a lint", (), False),
            Action(178, "Make sure to add the NVBug info to the", (), False),
            Action(181, "(ED) Update governance docs with similar voting", ("ED",), False),
            Action(182, "(SC) Write jinja template to turn institutional", ("SC",), False),
            Action(183, "(SC) Document what needs to be done to create", ("SC",), False),
            Action(187, "(JK) Check in on Azure build workers to see if", ("JK",), False),
            Action(188, "(JK) work with dockerhub to see if we can get", ("JK",), False),
            Action(189, "Check in again at some point. We haven't heard", (), False),
            Action(192, 'Shout-out on twitter at some point. "Thanks', (), False),
            Action(195, "Figure out how to communicate breaking changes", (), False),
            Action(197, "John K. will update the cuda toolkit feedstock", ("John K.",), False),
            Action(198, "Jonathan will update docs to note that some", ("Jonathan",), False),
            Action(199, "Jonathan will review this", ("Jonathan",), False),
            Action(201, "(Kale) schedule conda working group", ("Kale",), False),
            Action(202, "cfep-10 next steps: CJ to call a vote for", ("CJ",), False),
            Action(203, "cfep-06 next steps: Ask staged recipes team to", (), False),
            Action(
                204,
                "jakirkham & CJ-wright to sync on adding CUDA to",
                ("jakirkham", "CJ-wright"),
                False,
            ),
            Action(205, "(Eric) Scheduling Anaconda <-> conda-forge sync", ("Eric",), False),
            Action(207, "(Anthony) Reach out to NumFocus to figure out", ("Anthony",), False),
            Action(208, "(Eric) check internally for funding levels for", ("Eric",), False),
            Action(209, "(Eric) Figure out finances of conda-forge to", ("Eric",), False),
            Action(210, "(jjhelmus) Open up CFEP for which python's", ("jjhelmus",), False),
            Action(211, "(jakirkham) write a blog post on CUDA stuff we", ("jakirkham",), False),
            Action(212, "(jakirkham) update docs on how to add CUDA", ("jakirkham",), False),
            Action(213, "(jakirkham) will open an issue on conda-smithy", ("jakirkham",), False),
            Action(215, "(ED) Who we are page? Some combination of a FAQ", ("ED",), False),
            Action(223, "(ED) document strategies for reproducible", ("ED",), False),
            Action(224, "(UK) Static libraries stuff", ("UK",), False),
            Action(225, "Add linting hints to builds to find them", (), False),
            Action(226, "Recommend how to package them -> CFEP-18", (), True),
            Action(227, "We should write docs saying we don't provide", (), True),
        ),
        why=(
            "Agenda as in the other files; 'Solved:' / 'Pending:' lines under CFEPs are "
            "outcomes, not topics or actions. Actions inside topics: the boxed children "
            "of the two 'todos' labels (45; 59 'matt B to ...', 60 'Anaconda to ...': an "
            "organisation as owner, as written), the three boxed next steps under the "
            "PyPy item (63-65: task boxes nested under a topic, stating tasks), and '[ ] "
            "TODO: Cheng to set up ...' (70). 'should bump this item to next meeting as a "
            "reminder' (35) is not written as an action. '### This meeting' / '### Last "
            "meeting' / '### 2 meetings ago' are empty; everything sits under 'Move to "
            "Issue Tracker'. The carried-over list repeats the same items meeting after "
            "meeting; each copy is an action of this file. '(???)' names nobody: owners "
            "(). '(Marius?)' gives owner 'Marius'. 'John K. will update ...' / 'Jonathan "
            "will review ...' are action items (boxed, in the action list) whose subject "
            "is the owner. '* [x] (MRB)' with four plain sub-bullets is one action (the "
            "box is on the parent). '( ) [ ] make a hint' and its two siblings are "
            "sub-tasks with an empty owner slot '( )' and a box that is not in checkbox "
            "position: actions, owners (), not done (the old table does not count these "
            "boxes as checklist items). The sub-items under '(UK) Static libraries stuff' "
            "and '(JK) work with dockerhub' are actions of their own. Bare date lines "
            "('2020-09-16') and '**Docker hub**' / '**OVH**' are grouping labels."
        ),
    ),
    NoteLabel(
        "conda-forge/2022-07-27.md",
        agenda=(
            Topic(37, "intros for new folks on the call", None),
            Topic(39, "open votes", None),
            Topic(45, "(JK) R-base compilers", None),
            Topic(56, "(JRG): [Review guidelines PR](", None),
            Topic(58, "(JRG): Status of GPU CI server", None),
            Topic(60, "(Axel): Static [abseil builds](", None),
            Topic(63, '(Axel): Status of "special ops" CI queue', None),
            Topic(65, "(Axel): Move to [vc142](", None),
            Topic(67, "(MP): (if there is time) Update on the PyPy", None),
            Topic(71, "(JK) Looking into [HPy](", None),
            Topic(76, "[cfep-21](https://github.com/conda-forge/cfep/pu", None),
            Topic(82, "[cfep-12](https://github.com/conda-forge/cfep/pu", None),
        ),
        actions=(
            Action(91, "(MvN) vs2022 compiler support", ("MvN",), False),
            Action(96, "TODO: follow on to change the name of the", (), False),
            Action(97, "TODO: will need patches for msys epoch for UCRT", (), False),
            Action(101, "(CHL) How does conda-forge use channeldata.json?", ("CHL",), False),
            Action(103, "TODO: CEP to deprecate & remove", (), False),
            Action(104, "TODO: CEP to add run exports to `repodata.json`", (), False),
            Action(108, 'TODO: Articulate suggested mechanism for "so', (), False),
            Action(111, "review Qt PR after logs are uploaded", (), False),
            Action(112, "Add cupython and cuquantum to don't mirror list", ("MRB",), ANY),
            Action(113, "re: `std=c++14`, Wait for Kai to comment and", (), False),
            Action(114, "CJ and Jaime coordinate to Let Maxiconda know", ("CJ", "Jaime"), False),
            Action(116, "WV: Set up meet-and-greet call with homebrew", ("WV",), False),
            Action(117, "MRB: (repodata patches) make a cron job that", ("MRB",), False),
            Action(121, "Change URL from drone.conda-forge.org.", (), False),
            Action(124, "Set up monitoring", (), False),
            Action(132, "(WV): TensorFlow-GPU ready to go, just need to", ("WV",), True),
            Action(137, "(IF/MRB/MV) intel oneAPI", ("IF", "MRB", "MV"), False),
            Action(139, "(Nikolay) licensing for opencl_rt", ("Nikolay",), False),
            Action(140, "(Nikolay) intelmpi ABI compat w/ mpich", ("Nikolay",), False),
            Action(141, "(MRB/IF) figure out how exactly to package", ("MRB", "IF"), False),
            Action(142, "(MRB/IF) think about fortran ABI", ("MRB", "IF"), False),
            Action(143, "(MRB) make conda-forge compilers room (add", ("MRB",), True),
            Action(144, '(MB) asking core members to move to "emeritus"', ("MB",), False),
            Action(145, "TODO: Eric to set up quarterly check-in for all", ("Eric",), False),
            Action(149, "TODO: Think about bringing in JOSS to provide", (), False),
            Action(152, "TODO: Check on Forrest Watters permissions for", (), False),
            Action(156, "(Marius?) Python 2.7 migration", ("Marius",), False),
            Action(157, "( ) [ ] make a hint", (), False),
            Action(158, "( ) [ ] make an announcement", (), False),
            Action(159, "( ) [ ] make the hint a lint", (), False),
            Action(162, "Make sure to add the NVBug info to the", (), False),
            Action(165, "(ED) Update governance docs with similar voting", ("ED",), False),
            Action(166, "(SC) Write jinja template to turn institutional", ("SC",), False),
            Action(167, "(SC) Document what needs to be done to create", ("SC",), False),
            Action(171, "(JK) Check in on Azure build workers to see if", ("JK",), False),
            Action(172, "(JK) work with dockerhub to see if we can get", ("JK",), False),
            Action(173, "Check in again at some point. We haven't heard", (), False),
            Action(176, 'Shout-out on twitter at some point. "Thanks', (), False),
            Action(179, "Figure out how to communicate breaking changes", (), False),
            Action(181, "John K. will update the cuda toolkit feedstock", ("John K.",), False),
            Action(182, "Jonathan will update docs to note that some", ("Jonathan",), False),
            Action(183, "Jonathan will review this", ("Jonathan",), False),
            Action(185, "(Kale) schedule conda working group", ("Kale",), False),
            Action(186, "cfep-10 next steps: CJ to call a vote for", ("CJ",), False),
            Action(187, "cfep-06 next steps: Ask staged recipes team to", (), False),
            Action(
                188,
                "jakirkham & CJ-wright to sync on adding CUDA to",
                ("jakirkham", "CJ-wright"),
                False,
            ),
            Action(189, "(Eric) Scheduling Anaconda <-> conda-forge sync", ("Eric",), False),
            Action(191, "(Anthony) Reach out to NumFocus to figure out", ("Anthony",), False),
            Action(192, "(Eric) check internally for funding levels for", ("Eric",), False),
            Action(193, "(Eric) Figure out finances of conda-forge to", ("Eric",), False),
            Action(194, "(jjhelmus) Open up CFEP for which python's", ("jjhelmus",), False),
            Action(195, "(jakirkham) write a blog post on CUDA stuff we", ("jakirkham",), False),
            Action(196, "(jakirkham) update docs on how to add CUDA", ("jakirkham",), False),
            Action(197, "(jakirkham) will open an issue on conda-smithy", ("jakirkham",), False),
            Action(199, "(ED) Who we are page? Some combination of a FAQ", ("ED",), False),
            Action(207, "(ED) document strategies for reproducible", ("ED",), False),
            Action(208, "(UK) Static libraries stuff", ("UK",), False),
            Action(209, "Add linting hints to builds to find them", (), False),
            Action(210, "Recommend how to package them -> CFEP-18", (), True),
            Action(211, "We should write docs saying we don't provide", (), True),
        ),
        why=(
            "Topics: the two unticked standing items (still on the agenda), the new "
            "agenda items, the cfep-21 item under '### Active votes' and cfep-12 under "
            "'### CFEPs'. '### From previous meeting(s)' is empty. '### TODOs' is the "
            "carried-over action list: '(MvN) vs2022 compiler support' and '(CHL) How "
            "does conda-forge use channeldata.json?' are actions and so are their 'TODO:' "
            "children; plain notes under them are not. Under '2022-01-12', 'Add cupython "
            "and cuquantum to don't mirror list (MRB done)' names MRB and says done in "
            "words but is neither ticked nor struck: done is left ANY. 'Self-hosting CI "
            "TODOs:' (120) is an actions label: its children 'Change URL ...' and 'Set up "
            "monitoring' are actions (their own children are details); the empty '* ' / "
            "'- ' items are not. 'CJ and Jaime coordinate to ...' gives both owners. The "
            "carried-over list repeats the same items meeting after meeting; each copy is "
            "an action of this file. '(???)' names nobody: owners (). '(Marius?)' gives "
            "owner 'Marius'. 'John K. will update ...' / 'Jonathan will review ...' are "
            "action items (boxed, in the action list) whose subject is the owner. '* [x] "
            "(MRB)' with four plain sub-bullets is one action (the box is on the parent). "
            "'( ) [ ] make a hint' and its two siblings are sub-tasks with an empty owner "
            "slot '( )' and a box that is not in checkbox position: actions, owners (), "
            "not done (the old table does not count these boxes as checklist items). The "
            "sub-items under '(UK) Static libraries stuff' and '(JK) work with dockerhub' "
            "are actions of their own. Bare date lines ('2020-09-16') and '**Docker "
            "hub**' / '**OVH**' are grouping labels."
        ),
    ),
    NoteLabel(
        "conda-forge/2022-11-16.md",
        agenda=(
            Topic(45, "intros for new folks on the call", None),
            Topic(49, "open votes", None),
            Topic(62, "(JK) CUDA EULA Amendment", None),
            Topic(63, "(JK) Python debug build (", None),
            Topic(64, "(WV) Announcing [prefix.dev](", None),
            Topic(66, "(WV) Planning for PackagingCon 2023 is", None),
            Topic(67, "(WV) Got CZI grant for improving conda-forge", None),
            Topic(69, "(MRB) moving to .conda is ready to ship", None),
            Topic(100, "(JK) Graal Python", None),
            Topic(104, "(JRG/AK) GPU Server updates", None),
            Topic(112, "(FF) Staged-recipes reviewers vote results.", None),
            Topic(118, "DJC: What is policy for publishing forks of", None),
            Topic(138, "(MB) Adding a Perl package maintainers team", None),
            Topic(142, "results of staged-recipes reviewer vote", None),
            Topic(146, "(JRG) Support for abi3 Python packages with", None),
            Topic(149, "(DPC) Should we shut down", None),
            Topic(152, "staged-recipes reviewers vote is live, i think?", None),
            Topic(153, "[cfep-21](https://github.com/conda-forge/cfep/pu", None),
            Topic(159, "[cfep-12](https://github.com/conda-forge/cfep/pu", None),
        ),
        actions=(
            Action(52, "Action item: Jaime to write announcement", ("Jaime",), False),
            Action(55, "Action item: FF to take over", ("FF",), False),
            Action(95, "make sure on announcement you mention the", (), False),
            Action(96, "check that ci services do not do duplicate", (), False),
            Action(97, "set compression level for big packages", (), False),
            Action(131, "TODO: adjust PR template to address fork naming", (), False),
            Action(168, "(MvN) vs2022 compiler support", ("MvN",), False),
            Action(173, "TODO: follow on to change the name of the", (), False),
            Action(174, "TODO: will need patches for msys epoch for UCRT", (), False),
            Action(178, "(CHL) How does conda-forge use channeldata.json?", ("CHL",), False),
            Action(180, "TODO: CEP to deprecate & remove", (), False),
            Action(181, "TODO: CEP to add run exports to `repodata.json`", (), False),
            Action(185, 'TODO: Articulate suggested mechanism for "so', (), False),
            Action(188, "review Qt PR after logs are uploaded", (), False),
            Action(189, "Add cupython and cuquantum to don't mirror list", ("MRB",), ANY),
            Action(190, "re: `std=c++14`, Wait for Kai to comment and", (), False),
            Action(191, "CJ and Jaime coordinate to Let Maxiconda know", ("CJ", "Jaime"), False),
            Action(193, "WV: Set up meet-and-greet call with homebrew", ("WV",), False),
            Action(194, "MRB: (repodata patches) make a cron job that", ("MRB",), False),
            Action(198, "Change URL from drone.conda-forge.org.", (), False),
            Action(201, "Set up monitoring", (), False),
            Action(209, "(WV): TensorFlow-GPU ready to go, just need to", ("WV",), True),
            Action(214, "(IF/MRB/MV) intel oneAPI", ("IF", "MRB", "MV"), False),
            Action(216, "(Nikolay) licensing for opencl_rt", ("Nikolay",), False),
            Action(217, "(Nikolay) intelmpi ABI compat w/ mpich", ("Nikolay",), False),
            Action(218, "(MRB/IF) figure out how exactly to package", ("MRB", "IF"), False),
            Action(219, "(MRB/IF) think about fortran ABI", ("MRB", "IF"), False),
            Action(220, "(MRB) make conda-forge compilers room (add", ("MRB",), True),
            Action(221, '(MB) asking core members to move to "emeritus"', ("MB",), False),
            Action(222, "TODO: Eric to set up quarterly check-in for all", ("Eric",), False),
            Action(226, "TODO: Think about bringing in JOSS to provide", (), False),
            Action(229, "TODO: Check on Forrest Watters permissions for", (), False),
            Action(233, "(Marius?) Python 2.7 migration", ("Marius",), False),
            Action(234, "( ) [ ] make a hint", (), False),
            Action(235, "( ) [ ] make an announcement", (), False),
            Action(236, "( ) [ ] make the hint a lint", (), False),
            Action(239, "Make sure to add the NVBug info to the", (), False),
            Action(242, "(ED) Update governance docs with similar voting", ("ED",), False),
            Action(243, "(SC) Write jinja template to turn institutional", ("SC",), False),
            Action(244, "(SC) Document what needs to be done to create", ("SC",), False),
            Action(248, "(JK) Check in on Azure build workers to see if", ("JK",), False),
            Action(249, "(JK) work with dockerhub to see if we can get", ("JK",), False),
            Action(250, "Check in again at some point. We haven't heard", (), False),
            Action(253, 'Shout-out on twitter at some point. "Thanks', (), False),
            Action(256, "Figure out how to communicate breaking changes", (), False),
            Action(258, "John K. will update the cuda toolkit feedstock", ("John K.",), False),
            Action(259, "Jonathan will update docs to note that some", ("Jonathan",), False),
            Action(260, "Jonathan will review this", ("Jonathan",), False),
            Action(262, "(Kale) schedule conda working group", ("Kale",), False),
            Action(263, "cfep-10 next steps: CJ to call a vote for", ("CJ",), False),
            Action(264, "cfep-06 next steps: Ask staged recipes team to", (), False),
            Action(
                265,
                "jakirkham & CJ-wright to sync on adding CUDA to",
                ("jakirkham", "CJ-wright"),
                False,
            ),
            Action(266, "(Eric) Scheduling Anaconda <-> conda-forge sync", ("Eric",), False),
            Action(268, "(Anthony) Reach out to NumFocus to figure out", ("Anthony",), False),
            Action(269, "(Eric) check internally for funding levels for", ("Eric",), False),
            Action(270, "(Eric) Figure out finances of conda-forge to", ("Eric",), False),
            Action(271, "(jjhelmus) Open up CFEP for which python's", ("jjhelmus",), False),
            Action(272, "(jakirkham) write a blog post on CUDA stuff we", ("jakirkham",), False),
            Action(273, "(jakirkham) update docs on how to add CUDA", ("jakirkham",), False),
            Action(274, "(jakirkham) will open an issue on conda-smithy", ("jakirkham",), False),
            Action(276, "(ED) Who we are page? Some combination of a FAQ", ("ED",), False),
            Action(284, "(ED) document strategies for reproducible", ("ED",), False),
            Action(285, "(UK) Static libraries stuff", ("UK",), False),
            Action(286, "Add linting hints to builds to find them", (), False),
            Action(287, "Recommend how to package them -> CFEP-18", (), True),
            Action(288, "We should write docs saying we don't provide", (), True),
        ),
        why=(
            "'open votes' is kept as one standing topic; its two ticked sub-items are the "
            "votes reviewed under it. 'Pushed to next meeting' holds three carried-over "
            "topics; '### Active votes' two. Actions inside topics: 'Action item: Jaime "
            "to write announcement' and 'Action item: FF to take over', the three boxes "
            "under '* TODO' (95-97), 'TODO: adjust PR template ...' (131). Boxes on links "
            "or facts nested under a topic ('[ ] "
            "https://github.com/orgs/...discussions/12 + another member', '[ ] "
            "https://conda-forge.org/docs/...', '[ ] Two pull requests on staged-recipes "
            "...' and the links after it) state no task and are not actions. 'guidance:' "
            "options are discussion. The '### TODOs' list as in 2022-07-27 (done ANY for "
            "'(MRB done)'). The carried-over list repeats the same items meeting after "
            "meeting; each copy is an action of this file. '(???)' names nobody: owners "
            "(). '(Marius?)' gives owner 'Marius'. 'John K. will update ...' / 'Jonathan "
            "will review ...' are action items (boxed, in the action list) whose subject "
            "is the owner. '* [x] (MRB)' with four plain sub-bullets is one action (the "
            "box is on the parent). '( ) [ ] make a hint' and its two siblings are "
            "sub-tasks with an empty owner slot '( )' and a box that is not in checkbox "
            "position: actions, owners (), not done (the old table does not count these "
            "boxes as checklist items). The sub-items under '(UK) Static libraries stuff' "
            "and '(JK) work with dockerhub' are actions of their own. Bare date lines "
            "('2020-09-16') and '**Docker hub**' / '**OVH**' are grouping labels."
        ),
    ),
    NoteLabel(
        "conda-forge/2024-01-24.md",
        agenda=(
            Topic(42, '(HV) How do we introduce `{{ stdlib("c") }}`?', None),
            Topic(48, "(HV) [Migrate](https://github.com/conda-forge/co", None),
            Topic(52, "(KE) Can we create an sccache store to reduce", None),
        ),
        actions=(),
        why=(
            "Template-era note: 'Standing items', 'From previous meeting(s)', 'Active "
            "votes', 'Pushed to next meeting' and 'CFEPs' each hold only an empty '- [ ]' "
            "placeholder, so the topics are the three '(HV)'/'(KE)' items. '(IF) We "
            "should collect/review data ...' is discussion, not an action; no action "
            "items."
        ),
    ),
)
