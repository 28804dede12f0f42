"""Agenda and action-item labels for the scikit-learn administrative notes (read by hand).

Attendees, dates and start times are labelled in ``tests/core/test_corpus_labels.py``.

Conventions read in these notes (HackMD exports, no front matter): topics are the
top-level items under "Topics" / "Topic ideas" / "Focus Items" / "Items" / "Need
attention" / "Discussion" / "Discussion points" headings; "Updates" and per-person
"Progress reports" are standing report sections, not topics, and "Next meeting dates
and chair person" is logistics. "- ..." and a bare "-" are empty slots. Actions are the
items of "Decisions and Actionables" / "Action items", "**Action Item**:" / "TODO:" /
"[TO DO]:" lines, the children of a "TODO:" label, and "Name to X" lines; an action
inside a person's "[name=X]" progress report is owned by X.
"""

from __future__ import annotations

from tests.core.labels.schema import Action, NoteLabel, Topic

LABELS: tuple[NoteLabel, ...] = (
    NoteLabel(
        "scikit-learn/2021-12-10.md",
        agenda=(
            Topic(20, "**Close?** [Issues and PRs that might be", None),
            Topic(24, "**How to structure this meeting?**", None),
            Topic(35, "**Triaging itself:**", None),
            Topic(68, "New Labels:", None),
            Topic(71, "(Thomas) I am planning to go through all issues", None),
            Topic(74, "Prioritizing issues and pull requests for the", None),
            Topic(75, "Prioritizing issues and pull requests for the", None),
        ),
        actions=(),
        why=(
            "Triage meeting. '## Triage' is a list of links to issue/PR queries (the "
            "resources the triage works from, like an agenda doc link), not topics; '## "
            "PRs or Issues that Need Attention' is empty. Topics: the five top-level "
            "items of '## Topics' (including '(Thomas) I am planning to go through all "
            "issues and PRs ...', a top-level item there, and not written as an action) "
            "and the two items of '## Topic ideas (If time permits)' (conditional, still "
            "on the agenda). '~30 minutes each time' is about future meetings, not a "
            "timebox. No actions."
        ),
    ),
    NoteLabel(
        "scikit-learn/2022-10-07",
        agenda=(
            Topic(5, "[name=micky774] Is there interest in a", None),
            Topic(23, "[name=lorentzenchr] [Formalizing acceptance", None),
            Topic(28, "[name=micky774] Shall we publicly advertise", None),
            Topic(30, "[name=micky774] Update `Waiting for reviewer`", None),
            Topic(32, "[name=jjerphan] [Governance", None),
            Topic(37, "[name=glemaitre] [Make the shape of arrays", None),
            Topic(40, "Is there interest in the proposed [Columnwise", None),
            Topic(41, "[name=adrinjalali] [Safe", None),
            Topic(43, "[name=lorentzenchr] [Optional fit/predict", None),
            Topic(44, "[name=jnothman] [Factory-style construction of", None),
            Topic(45, "[name=glemaitre] [Stateless estimator requiring", None),
            Topic(46, "[name=ogrisel] [Path for pluggable low-level", None),
        ),
        actions=(
            Action(22, "**Action Item**: Open issue regarding CLI", (), False),
            Action(53, "[name=micky774] Open issue for unified CLI tool", ("micky774",), False),
            Action(54, "[name=micky774] Create issue for introducing", ("micky774",), False),
            Action(55, "[name=Julien] Summary of discussion for SLEP19,", ("Julien",), False),
            Action(56, "Review [Columnwise", (), False),
        ),
        why=(
            "No file extension. Topics: the items of '### Focus Items' and '### Items'. "
            "Actions: '**Action Item**: Open issue regarding CLI' inside the first topic, "
            "and the four items of '### Decisions and Actionables' (the '[name=X]' prefix "
            "is the owner; the last one names nobody). The CLI action is written twice "
            "(22 and 53), both labelled."
        ),
    ),
    NoteLabel(
        "scikit-learn/2024-01-29.md",
        agenda=(
            Topic(9, "[name=Julien] [SPEC 0 -- Minimum Supported", None),
            Topic(15, "[name=Guillaume] Improve search bar of the", None),
            Topic(21, "[name=Guillaume] Release 1.4.1", None),
            Topic(30, '[name=Julien] [BUG "array-like" in parameter', None),
            Topic(38, "[name=Loïc] Feed-back on Meson usage? Try it", None),
            Topic(46, "[name=Loïc] Disallow push to upstream? Cons:", None),
            Topic(49, "[name=Loïc] Feeling on using", None),
            Topic(60, "[name=Olivier] RFC on reproducible builds to", None),
            Topic(61, "[name=Olivier] Status about the possibility of", None),
        ),
        actions=(Action(14, "Julien to write an email to cast a vote on the", ("Julien",), False),),
        why=(
            "'## Jan 29th 5pm CEST, 11am ET' is the date/time line, not a topic. Topics: "
            "the items of '### Topics', '### Need attention (reviews)' and '### "
            "Discussion'; '### Updates', '### Need decision' and '### Action items' are "
            "empty. 'Julien to write an email to cast a vote ...' (14) is the one action. "
            "'### Next meeting dates and chair person' is logistics."
        ),
    ),
    NoteLabel(
        "scikit-learn/2025-02-03-to-2025-09-01.md",
        agenda=(
            Topic(67, '[name=Antoine] How to get "add Labels"', None),
            Topic(68, "[name=Loïc] would copying CPython resource", None),
            Topic(69, "[name=Jérémie] triaging and contribution", None),
            Topic(179, "[name=Loïc] ppc64le (IBM Power)", None),
            Topic(180, "[name=Loic] Windows ARM64 support/CI/wheels", None),
            Topic(181, "[name=Arturo] draft status of", None),
            Topic(182, "[name=Olivier] sample weights in SAGA: Antoine", None),
            Topic(316, "GPC/GPR: approximate gradient computation:", None),
            Topic(317, "Linting/comment bot: open an issue?", None),
            Topic(319, "feed-back from monthly meeting about requiring", None),
            Topic(321, "1.7.1", None),
            Topic(322, "`SkrubPipeline` and `TableVectorizer` could be", None),
            Topic(416, "[name=Guillaume] The windows CI node on Azure", None),
            Topic(418, "[name=Adrin] `ClassicalMDS`: should it be its", None),
            Topic(419, "[name=Loïc] require 2FA for scikit-learn", None),
            Topic(420, "[name=Guillaume] document property in sphinx", None),
            Topic(563, "[name=Olivier] hidimstats discussion in Saclay", None),
            Topic(565, "[name=Guillaume] I'm curious of potential", None),
            Topic(566, "[name=Guillaume] What would be the best", None),
            Topic(694, "[name=Vincent] Could you remind why do we need", None),
            Topic(765, "[name=Olivier] stateless tag fix", None),
            Topic(766, "[name=Arturo] Best way to visualize benchmarks?", None),
            Topic(767, "[name=Dea] Olivier added that my PR (HTML", None),
            Topic(768, "[name=Olivier] Unbiased feature importance for", None),
            Topic(859, "[name=Olivier] can the loky problem be", None),
            Topic(952, "[name=Guillaume] EuroSciPy proposal for", None),
            Topic(955, "[name=Olivier] CFP PyData Paris", None),
            Topic(957, "[name=Gael] Should we add sphinx-lint to our", None),
            Topic(1039, "Bump to Python 3.10 opinions are roughly split", None),
            Topic(1040, "Moving meta-data routing (sample weights) to", None),
            Topic(1042, "[name=Guillaume] `SearchCV`:", None),
            Topic(1046, "[name=Adrin] Copilot context hacks", None),
            Topic(1048, "[name=Adrin] SBOMs, GH's action, minimal", None),
            Topic(1115, "[name=Olivier] Wikipedia editing", None),
            Topic(1116, "[name=Adrin] balancing priorities, comms with", None),
            Topic(1117, "[name=Olivier] inconsistent handling of", None),
            Topic(1118, "[name=Gael] what can we learn / borrow from the", None),
            Topic(1250, "[name=Guillaume] I confirm that Kagi search", None),
            Topic(1252, "[name=Loïc] Stefanie's Github search issue:", None),
            Topic(1254, "[name=Loïc] JupyterLab/JupyterLite issue, do", None),
            Topic(1256, "[name=Arturo] JupyterLite crash on the", None),
        ),
        actions=(
            Action(18, "TODO: review the report for Gaetan's master", ("Olivier",), False),
            Action(453, "[TO DO]: make a minimal reproducer code to open", ("Shruti",), False),
            Action(947, "Review Dea PR", ("Guillaume",), False),
            Action(948, "Second review for Lucy PR after Jérémie first", ("Guillaume",), False),
        ),
        why=(
            "85 KB archive of 16 bi-weekly meetings under '## YYYY-MM-DD' (newest first), "
            "labelled in full. Topics: the top-level items of each '### Discussion "
            "points' ('- ...' and '-' are empty); the '### Progress reports' are "
            "per-person reports, not topics. Actions: the 'TODO:' / '[TO DO]:' lines "
            "inside progress reports and the two children of Guillaume's '- TODO:' label "
            "(946), owned by the person whose '[name=X]' report holds them. Narrative "
            "'Will look at pipeline runs ...', 'will work on scipy reproducer ...' and "
            "'Will soon open a PR' lines are progress statements, not action items."
        ),
    ),
)
