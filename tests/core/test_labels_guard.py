"""Guards the hand labels in ``tests/core/labels/``, not the parser.

Every module of that package that defines ``LABELS`` is imported, and each label is
checked against the corpus file it names: the file exists, no file is labelled twice,
every labelled community has all its files labelled, each ``Topic``/``Action`` fragment
occurs on its labelled line, each attendee name occurs in the file, and the values are
well formed. A typo in a label fails here, before any parser is involved.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import corpus_ids
from tests.core import labels as labels_package
from tests.core.labels.schema import ANY, Action, NoteLabel, Topic


def _modules() -> list[tuple[str, tuple[NoteLabel, ...]]]:
    found = []
    for info in pkgutil.iter_modules(labels_package.__path__):
        module = importlib.import_module(f"{labels_package.__name__}.{info.name}")
        if hasattr(module, "LABELS"):
            found.append((info.name, tuple(module.LABELS)))
    return sorted(found)


MODULES = _modules()
ALL = [label for _, labels in MODULES for label in labels]


def _ids(labels: list[NoteLabel]) -> list[str]:
    return [label.path for label in labels]


def _file(corpus: Path, label: NoteLabel) -> Path:
    path = corpus / label.path
    assert path.is_file(), f"{label.path} is not in the corpus"
    return path


def _lines(path: Path) -> list[str]:
    """The file's lines as on disk: CRLF, LF and lone CR all end a line."""
    return re.split(r"\r\n|\r|\n", path.read_bytes().decode("utf-8"))


def _squash(text: str) -> str:
    return " ".join(text.split())


_MARKER = re.compile(r"^\ufeff?\s*(?:#+\s*|>\s*|(?:[-*+•◦]|\d+[.)、])\s+(?:\[[ xX]\]\s+)?)?")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_REST_IS_A_BOX = re.compile(r"\s*(?:[\[(（【].*)?[.:：!?。]*\s*$")


def _plain(line: str, *, links: bool) -> str:
    """A line without its list/heading marker and emphasis marks (and link targets)."""
    text = _MARKER.sub("", re.sub(r"<[^>]*>", "", line))
    if links:
        text = _LINK.sub(r"\1", text)
    return _squash(re.sub(r"[*_`]+", "", text))


def _width(text: str) -> int:
    """Display width: a CJK character counts as two, like two Latin letters."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fragment_problem(lines: list[str], item: Topic | Action) -> str | None:
    if not 1 <= item.line <= len(lines):
        return f"line {item.line} is outside the file ({len(lines)} lines)"
    line = _squash(lines[item.line - 1])
    text = _squash(item.text)
    if not text or text not in line:
        return f"{item.text!r} is not on line {item.line}: {line[:120]!r}"
    if _width(text) >= 10:
        return None
    # Shorter than ten: it must be the whole item, maybe followed by a time box or a
    # bracketed reference ("Intro [11.30](...)", "Demos", "RPC Spec").
    for links in (True, False):
        plain = _plain(lines[item.line - 1], links=links)
        bare = _squash(re.sub(r"[*_`]+", "", text))
        if plain.startswith(bare) and _REST_IS_A_BOX.fullmatch(plain[len(bare) :]):
            return None
    return f"{item.text!r} is shorter than ten characters and not the whole item {plain!r}"


def test_the_label_modules_define_labels():
    assert MODULES, "no module in tests/core/labels defines LABELS"
    for name, labels in MODULES:
        assert labels, f"{name}.LABELS is empty"
        assert all(isinstance(label, NoteLabel) for label in labels), name


def test_no_file_is_labelled_twice():
    twice = sorted(path for path, n in Counter(label.path for label in ALL).items() if n > 1)
    assert not twice, f"labelled more than once: {twice}"


def test_every_labelled_file_exists(corpus):
    missing = [label.path for label in ALL if not (corpus / label.path).is_file()]
    assert not missing, f"labels for files not in the corpus: {missing}"


def test_every_file_of_a_labelled_community_is_labelled(corpus):
    communities = {label.path.split("/")[0] for label in ALL}
    notes = {p for p in corpus_ids() if p.split("/")[0] in communities}
    unlabelled = sorted(notes - {label.path for label in ALL})
    assert not unlabelled, f"corpus files of labelled communities without a label: {unlabelled}"


@pytest.mark.parametrize("label", ALL, ids=_ids(ALL))
def test_topic_and_action_fragments_are_on_their_lines(corpus, label):
    lines = _lines(_file(corpus, label))
    items = [
        *(label.agenda if label.agenda is not ANY else ()),
        *(label.actions if label.actions is not ANY else ()),
    ]
    problems = [p for item in items if (p := _fragment_problem(lines, item))]
    assert not problems, f"{label.path}:\n" + "\n".join(problems)


@pytest.mark.parametrize("label", ALL, ids=_ids(ALL))
def test_attendee_names_occur_in_the_file(corpus, label):
    if label.attendees is ANY:
        pytest.skip("attendees not labelled")
    text = _squash(_file(corpus, label).read_text(encoding="utf-8"))
    absent = [p.name for p in label.attendees if _squash(p.name) not in text]
    assert not absent, f"labelled names not found verbatim in {label.path}: {absent}"


@pytest.mark.parametrize("label", ALL, ids=_ids(ALL))
def test_label_values_are_well_formed(label):
    problems = []
    if label.date not in (ANY, None):
        try:
            dt.date.fromisoformat(label.date)
        except ValueError:
            problems.append(f"date {label.date!r} is not YYYY-MM-DD")
    if label.start not in (ANY, None):
        try:
            start = dt.datetime.fromisoformat(label.start)
        except ValueError:
            start = None
        if start is None or start.utcoffset() is None:
            problems.append(f"start {label.start!r} is not ISO 8601 with an offset")
    for topic in label.agenda if label.agenda is not ANY else ():
        if topic.timebox not in (ANY, None) and not (
            isinstance(topic.timebox, int) and topic.timebox > 0
        ):
            problems.append(f"timebox {topic.timebox!r} at line {topic.line}")
    for action in label.actions if label.actions is not ANY else ():
        if action.owners is not ANY and not isinstance(action.owners, tuple):
            problems.append(f"owners at line {action.line} is not a tuple")
        if action.owners is not ANY and any(o.startswith("@") for o in action.owners):
            problems.append(f"owner with '@' at line {action.line}")
    for person in label.attendees if label.attendees is not ANY else ():
        if person.handle not in (ANY, None) and person.handle.startswith(("@", "\\")):
            problems.append(f"handle {person.handle!r} keeps its '@' or escape")
        if person.name != person.name.strip() or not person.name:
            problems.append(f"name {person.name!r} is empty or untrimmed")
    assert not problems, f"{label.path}:\n" + "\n".join(problems)


@pytest.mark.parametrize("label", ALL, ids=_ids(ALL))
def test_items_are_in_document_order(label):
    for kind, items in (("agenda", label.agenda), ("actions", label.actions)):
        if items is ANY:
            continue
        lines = [item.line for item in items]
        assert lines == sorted(lines), f"{label.path}: {kind} out of order: {lines}"


@pytest.mark.parametrize("label", ALL, ids=_ids(ALL))
def test_fields_and_owners_occur_in_the_file(corpus, label):
    """Initials, handles, affiliations and action owners occur as written (escapes such
    as ``\\@handle`` removed)."""
    text = _squash(_file(corpus, label).read_bytes().decode("utf-8-sig"))
    unescaped = re.sub(r"\\(.)", r"\1", text)
    values: list[str] = []
    for person in label.attendees if label.attendees is not ANY else ():
        values += [
            v for v in (person.initials, person.handle, person.affiliation) if isinstance(v, str)
        ]
    for action in label.actions if label.actions is not ANY else ():
        if action.owners is not ANY:
            values += action.owners
    missing = [v for v in values if _squash(v) not in text and _squash(v) not in unescaped]
    assert not missing, f"{label.path}: not found verbatim: {missing}"
