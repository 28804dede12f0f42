"""How well noteapp reads meeting structure: precision and recall per community and field.

Run: .venv/bin/python -m bench.score_structure [--labels DIR] [--corpus DIR] [--misses]

The hand labels (``tests/core/labels/*.py``, made by reading the notes, and the attendee,
date and start labels of the first communities in ``tests/core/test_corpus_labels.py``)
are compared with ``parse_meeting`` on every labelled note of ``../shared/corpus``. A note
labelled in both places is scored once, each field from the place that fixes it. Fields:

* ``attendees``: the entries (name and present/absent), matched as multisets;
* ``apologies``: the entries listed as absent (a subset of the above);
* ``initials`` / ``handle`` / ``affiliation``: of the matched entries whose label gives
  a value (accuracy);
* ``date``, ``start``: accuracy over the notes whose label fixes them;
* ``agenda``, ``actions``: the items, matched by line; ``timebox`` and ``owners``: of the
  matched items (accuracy).

A field a label leaves at ANY is not scored. ``--misses`` lists what was missed or extra.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIELDS = (
    "attendees",
    "apologies",
    "initials",
    "handle",
    "affiliation",
    "date",
    "start",
    "agenda",
    "timebox",
    "actions",
    "owners",
)
PR_FIELDS = ("attendees", "apologies", "agenda", "actions")


@dataclass
class Tally:
    """True positives, labelled and found counts of one community and field."""

    hit: int = 0
    labelled: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.hit / self.found if self.found else (None if not self.labelled else 0.0)

    @property
    def recall(self) -> float | None:
        return self.hit / self.labelled if self.labelled else None


def load_labels(folder: Path) -> list[Any]:
    """Every ``LABELS`` of the modules in ``folder`` (the schema's NoteLabel records)."""
    sys.path.insert(0, str(ROOT))
    import tests.core.labels.schema  # noqa: F401  (the schema the labels are made of)

    labels = []
    paths = [p for p in sorted(folder.glob("*.py")) if p.stem not in ("__init__", "schema")]
    # helpers (modules without LABELS) first: the label modules import them
    paths.sort(key=lambda p: "LABELS" in p.read_text(encoding="utf-8"))
    for path in paths:
        name = f"tests.core.labels.{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(name, module)
        spec.loader.exec_module(module)
        labels.extend(getattr(module, "LABELS", ()))
    if folder.resolve() == (ROOT / "tests" / "core" / "labels").resolve():
        labels = _with_first_labels(labels)
    return labels


def _with_first_labels(labels: list[Any]) -> list[Any]:
    """``labels`` completed with the attendee, date and start labels of
    ``tests/core/test_corpus_labels.py`` (a module of its own, with its own ``ANY``)."""
    import dataclasses

    from tests.core import test_corpus_labels as first
    from tests.core.labels.schema import ANY, NoteLabel, P

    def own(value: Any) -> Any:
        return ANY if value is first.ANY else value

    by_path = {label.path: i for i, label in enumerate(labels)}
    for old in first.LABELS:
        fields: dict[str, Any] = {"date": old.date, "start": own(old.start)}
        fields["timezone"] = own(old.timezone)
        if old.attendees is not None:
            fields["attendees"] = tuple(
                P(
                    p.name,
                    *(own(getattr(p, f)) for f in ("initials", "handle", "affiliation")),
                    present=own(p.present),
                )
                for p in old.attendees
            )
        i = by_path.get(old.path)
        if i is None:
            by_path[old.path] = len(labels)
            labels.append(NoteLabel(old.path, **fields))
            continue
        label = labels[i]
        taken = {k: v for k, v in fields.items() if getattr(label, k) is ANY}
        labels[i] = dataclasses.replace(label, **taken)
    return labels


def score(labels: list[Any], corpus: Path) -> dict[str, dict[str, Tally]]:
    """community -> field -> Tally."""
    from noteapp.core.meeting import parse_meeting
    from noteapp.core.source import read_note
    from tests.core.labels.schema import ANY

    table: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    for label in labels:
        path = corpus / label.path
        if not path.is_file():
            continue
        meeting = parse_meeting(read_note(path).text, path)
        tallies = table[label.path.split("/")[0]]
        where = label.path
        if label.attendees is not ANY:
            _people(tallies, where, label.attendees, meeting.attendees, ANY)
        when = meeting.when
        if label.date is not ANY:
            got = when.date.isoformat() if when.date else None
            _accuracy(tallies["date"], got == label.date, f"{where}: {got} != {label.date}")
        if label.start is not ANY:
            got = when.start.isoformat() if when.start else None
            _accuracy(tallies["start"], got == label.start, f"{where}: {got} != {label.start}")
        if label.agenda is not ANY:
            _items(tallies, "agenda", where, label.agenda, meeting.topics, ANY)
        if label.actions is not ANY:
            _items(tallies, "actions", where, label.actions, meeting.action_items, ANY)
    return table


def _accuracy(tally: Tally, ok: bool, miss: str) -> None:
    tally.labelled += 1
    tally.found += 1
    if ok:
        tally.hit += 1
    else:
        tally.misses.append(miss)


def _people(tallies: dict[str, Tally], where: str, wanted: Any, got: Any, any_: Any) -> None:
    def key(name: str, present: Any) -> tuple[str, bool]:
        return (" ".join(name.split()), bool(present) if present is not any_ else True)

    labelled = Counter(key(p.name, p.present) for p in wanted)
    found = Counter(key(a.name, a.present) for a in got)
    common = labelled & found
    for name, field_ in (("attendees", None), ("apologies", False)):
        t = tallies[name]

        def pick(k, f=field_):
            return f is None or k[1] == f

        t.labelled += sum(n for k, n in labelled.items() if pick(k))
        t.found += sum(n for k, n in found.items() if pick(k))
        t.hit += sum(n for k, n in common.items() if pick(k))
        for k in labelled - found:
            if pick(k):
                t.misses.append(f"{where}: missed {k}")
        for k in found - labelled:
            if pick(k):
                t.misses.append(f"{where}: extra {k}")
    by_name: dict[str, list[Any]] = defaultdict(list)
    for a in got:
        by_name[" ".join(a.name.split())].append(a)
    seen: Counter[str] = Counter()
    for person in wanted:
        name = " ".join(person.name.split())
        k = seen[name]
        seen[name] += 1
        if k >= len(by_name[name]):
            continue
        parsed = by_name[name][k]
        for attr in ("initials", "handle", "affiliation"):
            want = getattr(person, attr)
            if want is any_ or want is None:
                continue
            have = getattr(parsed, attr)
            _accuracy(tallies[attr], have == want, f"{where}: {name}.{attr} {have!r} != {want!r}")


def _items(
    tallies: dict[str, Tally], kind: str, where: str, wanted: Any, got: Any, any_: Any
) -> None:
    t = tallies[kind]
    by_line: dict[int, list[Any]] = {}
    for item in got:  # a line may hold two ("**ACTION**: ... **ACTION**: ..."), in order
        by_line.setdefault(item.line, []).append(item)
    t.labelled += len(wanted)
    t.found += len(got)
    labelled_lines = {w.line for w in wanted}
    for w in wanted:
        here = by_line.get(w.line)
        item = here.pop(0) if here else None  # each parsed item answers one label
        if item is None:
            t.misses.append(f"{where}:{w.line}: missed {w.text!r}")
            continue
        t.hit += 1
        if kind == "agenda" and w.timebox is not any_:
            _accuracy(
                tallies["timebox"],
                item.timebox_minutes == w.timebox,
                f"{where}:{w.line}: timebox {item.timebox_minutes} != {w.timebox}",
            )
        if kind == "actions" and w.owners is not any_:
            _accuracy(
                tallies["owners"],
                tuple(item.owners) == tuple(w.owners),
                f"{where}:{w.line}: owners {item.owners} != {w.owners}",
            )
    for item in got:
        if item.line not in labelled_lines:
            t.misses.append(f"{where}:{item.line}: extra {item.text[:50]!r}")


def _cell(tally: Tally | None, name: str) -> str:
    if tally is None or not tally.labelled:
        return "    -    "
    if name in PR_FIELDS:
        p, r = tally.precision, tally.recall
        return f"{p:4.2f}/{r:4.2f}" if p is not None and r is not None else "    -    "
    return f"  {tally.hit / tally.labelled:4.2f}   "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--labels", type=Path, default=ROOT / "tests" / "core" / "labels")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    table = score(load_labels(args.labels), args.corpus)
    print("precision/recall for attendees, apologies, agenda, actions; accuracy for the rest")
    print(f"{'community':20}" + "".join(f"{f[:9]:>10}" for f in FIELDS))
    for community in sorted(table):
        row = table[community]
        print(f"{community:20}" + "".join(f" {_cell(row.get(f), f)}" for f in FIELDS))
    if args.misses:
        for community in sorted(table):
            for f in FIELDS:
                tally = table[community].get(f)
                for miss in tally.misses if tally else ():
                    print(f"  [{f}] {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
