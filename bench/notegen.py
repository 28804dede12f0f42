"""A realistic, synthetic meeting note of any length, for benchmarks.

It mixes every structure the parser reads: front matter, an attendee table, an
inline attendee line (of those who sent apologies), agenda checklists with time
boxes, minutes with speaker initials and nested replies, action items with owners,
links and fenced code.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

PEOPLE = [
    ("Ada Lovelace", "AL", "adalovelace", "Analytical Co."),
    ("Grace Hopper", "GH", "ghopper", "Navy Labs"),
    ("Katherine Johnson", "KJ", "kjohnson", "NASA"),
    ("Alan Turing", "AT", "aturing", "Bletchley"),
    ("Gābor Kovācs", "GK", "gkovacs", "Zarr"),
    ("Jaime Rodríguez-Guerra", "JRG", "jaimergp", "Quansight"),
]
# Sent their apologies: an inline attendee line of other people (a real note lists each
# person once: the same six in an "Attending:" line and in the table showed twice).
ABSENT = [("Barbara Liskov", "BL"), ("Edsger Dijkstra", "ED")]
WORDS = [
    "release",
    "branch",
    "wheel",
    "docs",
    "sprint",
    "review",
    "blocker",
    "migration",
    "cache",
    "pinning",
    "feedstock",
    "codec",
    "metadata",
    "spec",
    "governance",
    "vote",
    "funding",
    "roadmap",
    "triage",
    "benchmark",
    "CI",
    "runner",
]


def _sentence(rng: random.Random, n: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _attendee_table(rows) -> list[str]:
    return [
        "## Attendees",
        "",
        "| Name | Initials | GitHub ID | Affiliation |",
        "| ---- | -------- | --------- | ----------- |",
        *(f"| {n} | {i} | {h} | {a} |" for n, i, h, a in rows),
        "",
    ]


def generate_note(lines: int = 5000, seed: int = 7) -> str:
    rng = random.Random(seed)
    out = [
        "---",
        "layout: default",
        "title: 18th November",
        "description: Community Call Meeting Notes for 2026-11-18",
        "parent: 2026 meetings",
        "nav_order: 22",
        "---",
        "",
        "# 2026-11-18",
        "",
        "- **Time:** 5 PM UTC",
        "  - **Your timezone:** <https://arewemeetingyet.com/UTC/2026-11-18/17:00/w/Call>",
        "",
        "**Apologies:** " + ", ".join(f"{n} ({i})" for n, i in ABSENT),
        "",
        *_attendee_table(PEOPLE),
    ]
    part = 0
    while len(out) < lines:
        part += 1
        out += ["## Agenda", ""]
        for _ in range(6):
            box = rng.choice(["[ ]", "[x]"])
            out.append(f"- {box} {_sentence(rng, 6)} ({rng.randint(2, 20)} min)")
        out += ["", "## Minutes", ""]
        for _ in range(40):
            who = rng.choice(PEOPLE)[1]
            out.append(f"- {who}: {_sentence(rng)}")
            if rng.random() < 0.4:
                out.append(f"    - {rng.choice(PEOPLE)[1]}: {_sentence(rng, 8)}")
        out += ["", "```python", "- [ ] not a task, just code", "x = 1", "```", ""]
        out += ["## Action items", ""]
        for _ in range(5):
            who = rng.choice(PEOPLE)[1]
            out.append(f"- [ ] ({who}) {_sentence(rng, 7)}")
        out += ["", f"See <https://hackmd.io/note-{part}> for the draft.", ""]
    return "\n".join(out[:lines]) + "\n"


FIRST = ["Ada", "Grace", "Katherine", "Alan", "Gābor", "Jaime", "Marcel", "Eric", "Chen", "Ama"]
LAST = ["Lovelace", "Hopper", "Johnson", "Turing", "Kovācs", "Bargull", "Dill", "Lee", "Osei"]


def generate_core_note(lines: int = 5000, seed: int = 7) -> str:
    """A note of the other common shape (a core-team call, as conda-forge's): a 40-row
    attendee table, then an agenda of many ``###`` sub-headings (~11 lines each, ~550 in
    5,000 lines), each with ticked proposer items, nested speaker bullets, links, inline
    code and bold."""
    rng = random.Random(seed)
    people = [
        (f"{rng.choice(FIRST)} {rng.choice(LAST)}", "".join(rng.sample("ABCDEFGHJKMNPRSTW", 3)))
        for _ in range(40)
    ]
    out = [
        "---",
        "title: '2022-11-16'",
        "---",
        "# core meeting 2022-11-16",
        "",
        "Add new agenda items under the `Your __new__() agenda items` heading",
        "",
        "[last weeks meeting](https://hackmd.io/A9OENGQrTiSdJ1IvRaJ0mw?edit)",
        "Meeting info: ",
        "* To join the video meeting, click this link: https://zoom.us/j/9138593505",
        "",
        *_attendee_table(
            (n, i, f"{n.split()[0].lower()}{k}", "cf") for k, (n, i) in enumerate(people)
        ),
        "## Agenda",
        "",
    ]
    item = 0
    while len(out) < lines:
        item += 1
        who, initials = rng.choice(people)
        out += [f"### {_sentence(rng, 5).rstrip('.')} ({initials})", ""]
        out.append(f"* [x] ({initials}) **{_sentence(rng, 4)}** see `ci-setup` and")
        out.append(f"    * Issue: https://github.com/org/repo/issues/{1000 + item}")
        for _ in range(rng.randint(1, 4)):
            other = rng.choice(people)[1]
            out.append(f"    * {other}: {_sentence(rng, 9)}")
            if rng.random() < 0.3:
                out.append(f"        * {rng.choice(people)[1]}: {_sentence(rng, 6)}")
        out += ["", f"[the PR](https://github.com/org/repo/pull/{2000 + item}) for {who}.", ""]
    return "\n".join(out[:lines]) + "\n"


SHAPES = {"call": generate_note, "core": generate_core_note}


SERIES = ("community-call", "steering", "infra-sync", "docs-team", "release-wg")


def generate_workspace(root: Path, notes: int = 5000, seed: int = 11) -> list[Path]:
    """``notes`` meeting notes in year folders of five series (weekly, from 2010 on), each
    ~120 lines: attendees, agenda, minutes, action items carried from note to note with
    ``(from DATE)`` marks, some ticked, some dropped. Returns the paths written."""
    rng = random.Random(seed)
    written: list[Path] = []
    per_series = -(-notes // len(SERIES))
    for name in SERIES:
        day = dt.date(2010, 1, 5)
        carried: list[tuple[str, str, dt.date]] = []  # (owner, text, first date)
        for _ in range(per_series):
            if len(written) >= notes:
                break
            people = rng.sample(PEOPLE, rng.randint(3, len(PEOPLE)))
            new = [
                (rng.choice(people)[1], _sentence(rng, 7).rstrip("."), day)
                for _ in range(rng.randint(1, 4))
            ]
            items = carried + new
            done = {i for i in range(len(items)) if rng.random() < 0.3}
            lines = [
                "---",
                f"title: {name} {day.isoformat()}",
                "---",
                "",
                f"# {name} {day.isoformat()}",
                "",
                "**Attending:** " + ", ".join(f"{n} ({i})" for n, i, _h, _a in people),
                "",
                "## Agenda",
                "",
                *(f"- [ ] {_sentence(rng, 5)} ({rng.randint(5, 20)} min)" for _ in range(5)),
                "",
                "## Minutes",
                "",
            ]
            for _ in range(rng.randint(60, 110)):
                lines.append(f"- {rng.choice(people)[1]}: {_sentence(rng)}")
            lines += ["", "## Action items", ""]
            for k, (owner, text, first) in enumerate(items):
                mark = f" (from {first.isoformat()})" if first != day else ""
                lines.append(f"- [{'x' if k in done else ' '}] ({owner}) {text}{mark}")
            path = root / name / f"{day.year}" / f"{day.isoformat()}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            written.append(path)
            carried = [it for k, it in enumerate(items) if k not in done and rng.random() < 0.9]
            day += dt.timedelta(days=7)
    return written
