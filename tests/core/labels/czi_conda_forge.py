"""Agenda and action-item labels for the CZI EOSS 5 conda-forge grant meetings (read by hand).

Attendees and checklist counts are labelled in ``tests/core/test_corpus_labels.py``.

Conventions read in these notes: "## 📝 Agenda" holds boxed topics (the box is an agenda
task box, not an action); "## 🚀 Action items" holds the actions, boxed, with the owner as
the subject ("Sylvain to ...", "Jaime and Hind to ..."). "- [ ] ." and a bare "- [ ]" are
empty template slots.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "czi-conda-forge/2022-12-20.md",
        agenda=(
            Topic(25, "Introductions and teams", None),
            Topic(27, "Reporting obligations:", None),
            Topic(30, "[The project management", None),
            Topic(35, "Communication strategy", None),
        ),
        actions=(
            Action(44, "Everyone add your GitHub handle to add you to", ("Everyone",), False),
            Action(45, "Publish the meeting notes in the project repo", (), False),
            Action(46, "Next call to be scheduled in the first week of", (), False),
            Action(47, "Monthly sync in/around the Mamba Meet", (), False),
        ),
        why=(
            "Four boxed agenda topics; the nested '[ ] Missing from Quansight [Vinicius "
            "...]' is a remark with a box, not a topic or a task. All four items of '## 🚀 "
            "Action items' are actions, including the decisions 'Next call to be "
            "scheduled ... (1h)' ('(1h)' is the next call's length, not a timebox) and "
            "'Monthly sync in/around the Mamba Meet'. 'Everyone add your GitHub handle "
            "...' has the collective owner 'Everyone' as written."
        ),
    ),
    NoteLabel(
        "czi-conda-forge/2023-01-06.md",
        agenda=(
            Topic(23, "Sylvain: Scope of work items", None),
            Topic(27, "Sylvain: Satellite efforts in the mamba-org:", None),
            Topic(33, "Introductions: Vini from Quansight.", None),
            Topic(34, "Jaime: Three missions: infrastructure audit,", None),
            Topic(35, "Jaime: Report on progress of infra docs", None),
            Topic(36, "Sylvain: Hind has been working on how to upload", None),
        ),
        actions=(
            Action(26, "Sylvain to invite Gabriela (Quantstack) to do a", ("Sylvain",), False),
            Action(41, "Sylvain to invite Gabriela (Quantstack) to do a", ("Sylvain",), False),
            Action(43, "Jaime and Hind to collaborate on infra docs.", ("Jaime", "Hind"), False),
            Action(44, "Decide when to have next meeting.", (), False),
        ),
        why=(
            "Six ticked agenda topics ('Introductions: Vini from Quansight.' is one). "
            "'Sylvain to invite Gabriela (Quantstack) to do a demo/work on the UI' is "
            "written twice: as a 'Name to do X' line inside the first topic (26) and "
            "again in '## 🚀 Action items' (41). Both lines are labelled as actions, as "
            "the note writes them; a parser that merges identical actions would report "
            "one. 'Collaboration to happen in two weeks.' (37) is not an action line."
        ),
    ),
    NoteLabel(
        "czi-conda-forge/2024-01-30.md",
        agenda=(
            Topic(23, "New features in conda-metadata-app", None),
            Topic(24, "Onboarding core members automation", None),
            Topic(25, "Added CPU runners to the open-gpu-server (e.g.", None),
            Topic(26, "Set up a little server on top of", None),
            Topic(27, "For context, progress on conda-forge.org", None),
            Topic(30, "Demo of progress on developer dashboard", None),
            Topic(31, "Discussion on the handling of URLs via a plugin.", None),
            Topic(33, "LocalStorage details to keep state around while", None),
            Topic(35, "OCI mirrors implementation in mamba.", None),
            Topic(36, 'No concept of "mirror" in conda. The same', None),
            Topic(37, "Almost ready:", None),
            Topic(38, "Will be available in libmamba 2.0.0alpha2", None),
        ),
        actions=(),
        why=(
            "'- [ ] Jaime:', '- [ ] Darian:' and '- [ ] Sylvain:' are speaker labels over "
            "boxed items, so the boxed children are the topics (the labels are grouping "
            "labels). 'Weird issue on production previews ...' (32) is nested one level "
            "deeper under Darian's URL item and is its discussion. Sylvain's boxed "
            "children 36-38 read like notes on his OCI-mirrors item but are written as "
            "sibling agenda entries, so they are labelled as topics. '## 🚀 Action items' "
            "holds only '- [ ] .' placeholders: no actions."
        ),
    ),
    NoteLabel(
        "czi-conda-forge/2024-10-29.md",
        agenda=(Topic(21, "Jaime:", None),),
        actions=(Action(32, "Work async on final report. Slack channel will", (), False),),
        why=(
            "Here '- [ ] Jaime:' has plain (unboxed) discussion under it, so the speaker "
            "slot itself is the one topic. The single action item names nobody."
        ),
    ),
    NoteLabel(
        "czi-conda-forge/TEMPLATE.md",
        agenda=(),
        actions=(),
        why=("Template: '- [ ] .' placeholders only; no topics, no actions."),
    ),
)
