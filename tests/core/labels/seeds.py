"""Agenda and action-item labels for the seed files (read by hand).

The seeds are notes as they arrive from elsewhere (HackMD chrome, flattened nesting,
mojibake, unescaped handles). Attendees and dates are labelled in
``tests/core/test_corpus_labels.py``. Each label follows the conventions of the format
the seed comes from (see the zarr, conda_forge, czi_conda_forge and jupyterhub modules).
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "seeds/000_a789c980b1867b20.txt",
        agenda=(
            Topic(32, "TravisCI changing terms", None),
            Topic(54, "**new fsspec feature** (unreleased): map", None),
            Topic(73, "**Misc**:", None),
        ),
        actions=(Action(30, "Martin to have a look.", ("Martin",), False),),
        why=(
            "zarr 2020-11-04 as a Google-Doc export with hard wraps. No agenda section; "
            "the topics are the note's headings: the span-anchored former heading "
            "'TravisCI changing terms' and the bold lead-in paragraphs '**new fsspec "
            "feature** (unreleased): ...' and '**Misc**:'. The opening paragraphs (Zoom "
            "confusion, 'Discussing #645; Martin to have a look.') come before any "
            "heading and are not topics; 'Lots of open PRs need review ...' (71) is a "
            "remark. Action: 'Martin to have a look.' (30, the line after the wrapped "
            "'Discussing [#645]'). 'TravisCI to give one-off 1000mins to OSS on 1/1/21?' "
            "(35) is a question about a vendor's offer, not an action someone here "
            "undertook; '(after everything else) Josh: Zoom link & calendar entry' is a "
            "Misc item, not written as an action."
        ),
    ),
    NoteLabel(
        "seeds/001_d11c4eb476db4b4b.txt",
        agenda=(
            Topic(33, "DB: Will be opening a new PR which is currently", None),
            Topic(35, "Release: Would like to spread the word about", None),
            Topic(36, "WF: AMS presence taking place in Baltimore", None),
            Topic(38, "Introductions w/ favourite food", None),
            Topic(44, "JH: Numcodecs in the Zarr-Python world", None),
            Topic(55, "SV: Martin might be showing up", None),
            Topic(58, "SV: Endorse SPEC0", None),
            Topic(63, "DB: Spec has different type of codecs - is", None),
            Topic(73, "DB: Status of V3 in Neuroglancer?", None),
            Topic(79, "Chat platform discussion", None),
        ),
        actions=(),
        why=(
            "zarr/2024-01-24.md with mojibake (line for line the same file): the same ten "
            "topics under '**Meeting Minutes:**' ('- TABLED' groups 'Chat platform "
            "discussion'), no actions."
        ),
    ),
    NoteLabel(
        "seeds/002_6d4625b0c2990028.txt",
        agenda=(
            Topic(29, "intros for new folks on the call", None),
            Topic(30, "(CJ) budget", None),
            Topic(35, "open votes", None),
            Topic(37, "(MRB/ED/SC) Roadmap / Funding", None),
            Topic(58, "(MRB/IF) pybind11 packaging", None),
            Topic(67, "(Filipe) Kaleido PR is still pending:", None),
            Topic(70, "(Filipe) We need a new conda-build release that", None),
            Topic(75, "(CJ) NumFOCUS is having a legal Q&A, do we have", None),
            Topic(76, "(CJ) Depfinder audit results", None),
            Topic(91, "(MRB) packaging ray", None),
            Topic(95, "(MRB) off-label github actions usage", None),
            Topic(103, "(MRB) artifact-validation and clobbering in the", None),
            Topic(124, "(CHL) conda & conda-forge being used in IoT,", None),
            Topic(144, "[cfep-04](https://github.com/conda-forge/conda-f", None),
            Topic(147, "[cfep-06](https://github.com/conda-forge/conda-f", None),
            Topic(151, "[cfep-10](https://github.com/conda-forge/conda-f", None),
            Topic(154, "[cfep-12](https://github.com/conda-forge/cfep/pu", None),
            Topic(160, "[cfep-17](https://github.com/conda-forge/cfep/pu", None),
            Topic(164, "[cfep-20](https://github.com/conda-forge/cfep/pu", None),
        ),
        actions=(
            Action(54, "Everyone take a look at the pypa roadmap:", ("Everyone",), False),
            Action(55, "fill out the risk measurement spread sheet:", (), False),
            Action(102, "MRB: put up for a 50% vote", ("MRB",), False),
            Action(120, "mark invalid artifacts as broken:", (), False),
            Action(121, "do uploads to anaconda.org from the GHA", (), False),
            Action(122, "expand the set of filters", (), False),
            Action(123, "FF: send some data to PyPA", ("FF",), False),
            Action(172, "(IF/MRB/MV) intel oneAPI", ("IF", "MRB", "MV"), False),
            Action(174, "(Nikolay) licensing for opencl_rt", ("Nikolay",), False),
            Action(175, "(Nikolay) intelmpi ABI compat w/ mpich", ("Nikolay",), False),
            Action(176, "(MRB/IF) figure out how exactly to package", ("MRB", "IF"), False),
            Action(177, "(MRB/IF) think about fortran ABI", ("MRB", "IF"), False),
            Action(178, "(MRB) make conda-forge compilers room (add", ("MRB",), False),
            Action(179, '(MB) asking core members to move to "emeritus"', ("MB",), False),
            Action(180, "TODO: Eric to set up quarterly check-in for all", ("Eric",), False),
            Action(184, "TODO: Think about bringing in JOSS to provide", (), False),
            Action(187, "(MRB) proposed policy on when core pushes to", ("MRB",), True),
            Action(188, "(MRB) put in docs PR", ("MRB",), True),
            Action(189, "(MRB) make PR on bot to mention the policy", ("MRB",), False),
            Action(190, "TODO: Check on Forrest Watters permissions for", (), False),
            Action(191, "(FF) Outreachy would cost 6500 USD.", ("FF",), True),
            Action(192, "Next steps: write abstract and vote on spending", (), False),
            Action(195, "(Marius?) Python 2.7 migration", ("Marius",), False),
            Action(196, "( ) [ ] make a hint", (), False),
            Action(197, "( ) [ ] make an announcement", (), False),
            Action(198, "( ) [ ] make the hint a lint", (), False),
            Action(200, "Make sure to add the NVBug info to the", (), False),
            Action(203, "(MRB)", ("MRB",), True),
            Action(209, "Get a call set up with Jon Mease about the", (), True),
            Action(211, "(FF) Open up a PR on the python feedstock for", ("FF",), True),
            Action(213, "(ED) Update governance docs with similar voting", ("ED",), False),
            Action(214, "(SC) Write jinja template to turn institutional", ("SC",), False),
            Action(215, "(SC) Document what needs to be done to create", ("SC",), False),
            Action(218, "(JK) Check in on Azure build workers to see if", ("JK",), False),
            Action(219, "(JK) work with dockerhub to see if we can get", ("JK",), False),
            Action(220, "Check in again at some point. We haven't heard", (), False),
            Action(221, "(MRB) start pushing images to quay", ("MRB",), True),
            Action(223, "(???) build webpage to credit them (and others)", (), False),
            Action(224, "If we're adding a logo, will want to make sure", (), False),
            Action(225, 'Shout-out on twitter at some point. "Thanks', (), False),
            Action(226, "Figure out how to communicate breaking changes", (), False),
            Action(227, "John K. will update the cuda toolkit feedstock", ("John K.",), False),
            Action(228, "Jonathan will update docs to note that some", ("Jonathan",), False),
            Action(229, "Jonathan will review this", ("Jonathan",), False),
            Action(230, "(Kale) schedule conda working group", ("Kale",), False),
            Action(231, "cfep-10 next steps: CJ to call a vote for", ("CJ",), False),
            Action(232, "cfep-06 next steps: Ask staged recipes team to", (), False),
            Action(
                233,
                "jakirkham & CJ-wright to sync on adding CUDA to",
                ("jakirkham", "CJ-wright"),
                False,
            ),
            Action(234, "(Eric) Scheduling Anaconda <-> conda-forge sync", ("Eric",), False),
            Action(236, "(Anthony) Reach out to NumFocus to figure out", ("Anthony",), False),
            Action(237, "(Eric) check internally for funding levels for", ("Eric",), False),
            Action(238, "(Eric) Figure out finances of conda-forge to", ("Eric",), False),
            Action(239, "(jjhelmus) Open up CFEP for which python's", ("jjhelmus",), False),
            Action(240, "(jakirkham) write a blog post on CUDA stuff we", ("jakirkham",), False),
            Action(241, "(jakirkham) update docs on how to add CUDA", ("jakirkham",), False),
            Action(242, "(jakirkham) will open an issue on conda-smithy", ("jakirkham",), False),
            Action(244, "(ED) Who we are page? Some combination of a FAQ", ("ED",), False),
            Action(252, "(ED) document strategies for reproducible", ("ED",), False),
            Action(253, "(UK) Static libraries stuff", ("UK",), False),
            Action(254, "Add linting hints to builds to find them", (), False),
            Action(255, "Recommend how to package them -> CFEP-18", (), True),
            Action(256, "We should write docs saying we don't provide", (), True),
        ),
        why=(
            "conda-forge 2020-12-02 with HackMD chrome on top and every list flattened to "
            "column 0, so nesting is gone and the reader must tell topics from discussion "
            "by form: topics are the boxed '(XX) subject' items under '## Agenda' (plus "
            "the standing intros/budget/open votes/Roadmap items and the CFEP items), "
            "unboxed lines after them are their discussion ('Markus for staged-recipes' "
            "belongs to open votes). Actions inside topics: the two items after '* TODO:' "
            "(53), 'MRB: put up for a 50% vote' after '* TODO' (101), the three items "
            "after '* next steps' (119) and 'FF: send some data to PyPA' (123), read as a "
            "fourth next step with FF as owner (it could also be FF's remark; it is "
            "written as an imperative with an owner prefix). 'KK: will push out to ppl I "
            "know ...' is a remark. In the check-in, the items listed like the other "
            "conda-forge notes; flattened children that are notes ('Emailed on "
            "2020-09-16', the four bullets after '(MRB)', the FAQ bullets after '(ED) Who "
            "we are page?') are not actions. '### This meeting' holds only '2020-11-24'."
        ),
    ),
    NoteLabel(
        "seeds/003_489f1719d0538db3.txt",
        agenda=(
            Topic(25, "Jaime: Updates in the conda-forge infra", None),
            Topic(27, "Vini: Diagram of the infrastructure", None),
            Topic(29, "Tania: (sorry I am missing the call) can", None),
            Topic(30, "Sylvain", None),
            Topic(32, "Gabriela:", None),
            Topic(36, "Sylvain (other related efforts, not directly", None),
            Topic(38, "Sylvain: Wolf worked with a contractor", None),
        ),
        actions=(
            Action(
                35, "Jaime & Sylvain: Make sure assumptions on the", ("Jaime", "Sylvain"), False
            ),
        ),
        why=(
            "CZI 2023-02-28. Topics: the seven top-level items of '## 📝 Agenda', "
            "including the bare speaker slots '[X] Sylvain' and the unboxed '- Gabriela:' "
            "(a top-level item like the others). 'Jaime & Sylvain: Make sure assumptions "
            "on the implementation include a static backend.' (35) is written as 'Owners: "
            "task' inside Gabriela's item and is labelled as an action; 'Wolf: Vanessa "
            "replaced ...' (39) is a speaker line. There is no action-items section."
        ),
    ),
    NoteLabel(
        "seeds/004_edacb7b5617ce40a.txt",
        agenda=(
            Topic(48, "**Tim** [10minutes]: Use calver and cron job to", 10),
            Topic(66, "**Simon** [5 mins]: Planning to transfer", 5),
            Topic(67, "FYI new additions to binder", None),
            Topic(71, "**Tim:** what about python kubernetes v12 API", None),
            Topic(72, 'should henchbot use the "gh-pages published as', None),
        ),
        actions=(),
        why=(
            "jupyterhub/2020-11-19.md with bare '@' handles, line for line: the same five "
            "'## Agenda items' topics ('[10minutes]', '[5 mins]'), no actions."
        ),
    ),
)
