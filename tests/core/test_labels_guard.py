"""Guards the hand labels in ``tests/core/labels/`` themselves, not the parser.

Every module there (found with pkgutil, so a new community's module is picked up without
editing this file) defines ``LABELS``. These checks catch a label that points at the
wrong file or line, a name that is not in the file, a community left half labelled, and
start/timezone pairs that contradict each other, before any parser runs against them.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

import tests.core.labels as labels_pkg
from tests.conftest import corpus_files
from tests.core.labels.schema import ANY, NoteLabel

# Modules of the package that hold no labels.
_NOT_LABELS = {"schema"}


def _modules() -> list[ModuleType]:
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(labels_pkg.__path__)
        if info.name not in _NOT_LABELS and not info.name.startswith("_")
    )
    return [importlib.import_module(f"{labels_pkg.__name__}.{name}") for name in names]


MODULES = _modules()
LABELS: list[tuple[str, NoteLabel]] = [
    (module.__name__.rsplit(".", 1)[1], label) for module in MODULES for label in module.LABELS
]
_IDS = [label.path for _, label in LABELS]


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _lines(path: Path) -> list[str]:
    """1-based lines as the schema counts them: LF, CRLF or a lone CR ends a line."""
    text = path.read_bytes().decode("utf-8")
    return re.split(r"\r\n|\r|\n", text)


# List markers, heading hashes, quote markers and emphasis around a short item.
_MARKUP = re.compile(r"^[\s>#*+\-]*(?:\d+[.)]\s+)?|[*_`\s]+$")


def _item_text(line: str) -> str:
    return _collapse(_MARKUP.sub("", _MARKUP.sub("", line)).strip("*_` "))


def test_there_are_label_modules():
    assert MODULES, "no label modules found in tests/core/labels/"
    for module in MODULES:
        assert isinstance(module.LABELS, tuple), module.__name__
        assert all(isinstance(label, NoteLabel) for label in module.LABELS), module.__name__


def test_no_file_is_labelled_twice():
    seen: dict[str, str] = {}
    twice = []
    for module, label in LABELS:
        if label.path in seen:
            twice.append(f"{label.path} ({seen[label.path]} and {module})")
        seen[label.path] = module
    assert not twice, twice


@pytest.mark.parametrize(("module", "label"), LABELS, ids=_IDS)
def test_label_is_filed_in_its_community_module(module, label):
    """``w3c-solid/x.md`` belongs in ``w3c_solid.py`` (one module per community)."""
    community = label.path.split("/", 1)[0]
    assert community.replace("-", "_") == module, (label.path, module)


@pytest.mark.parametrize(("module", "label"), LABELS, ids=_IDS)
def test_labelled_file_exists(corpus, module, label):
    assert (corpus / label.path).is_file(), f"{module}: no corpus file {label.path}"


def test_every_file_of_a_labelled_community_is_labelled(corpus):
    labelled = {label.path for _, label in LABELS}
    communities = {path.split("/", 1)[0] for path in labelled}
    files = {str(p.relative_to(corpus)) for p in corpus_files() if p.parent.parent == corpus}
    missing = sorted(p for p in files if p.split("/", 1)[0] in communities and p not in labelled)
    assert not missing, f"files of labelled communities without a label: {missing}"


@pytest.mark.parametrize(("module", "label"), LABELS, ids=_IDS)
def test_fragments_are_on_their_lines(corpus, module, label):
    """Each Topic/Action text occurs verbatim (whitespace collapsed) on its line."""
    lines = _lines(corpus / label.path)
    problems = []
    for kind, items in (("agenda", label.agenda), ("actions", label.actions)):
        if items is ANY:
            continue
        for item in items:
            if not 1 <= item.line <= len(lines):
                problems.append(f"{kind} line {item.line}: the file has {len(lines)} lines")
                continue
            line = lines[item.line - 1]
            fragment = _collapse(item.text)
            if fragment not in _collapse(line):
                problems.append(f"{kind} line {item.line}: {item.text!r} not in {line!r}")
            elif len(fragment) < 10 and fragment != _item_text(line):
                problems.append(
                    f"{kind} line {item.line}: {item.text!r} is shorter than ten characters "
                    f"but not the whole item {_item_text(line)!r}"
                )
    assert not problems, f"{label.path}:\n" + "\n".join(problems)


@pytest.mark.parametrize(("module", "label"), LABELS, ids=_IDS)
def test_attendee_names_are_copied_from_the_file(corpus, module, label):
    if label.attendees is ANY:
        pytest.skip("attendees not labelled")
    text = _collapse((corpus / label.path).read_text(encoding="utf-8"))
    absent = [p.name for p in label.attendees if _collapse(p.name) not in text]
    assert not absent, f"labelled names not found verbatim in {label.path}: {absent}"


@pytest.mark.parametrize(("module", "label"), LABELS, ids=_IDS)
def test_fields_are_well_formed(module, label):
    """Dates parse, a start has an offset that its zone agrees with, ANY is explained."""
    problems = []
    if label.date not in (ANY, None):
        try:
            date.fromisoformat(label.date)
        except ValueError:
            problems.append(f"date {label.date!r} is not YYYY-MM-DD")
    if label.start not in (ANY, None):
        start = datetime.fromisoformat(label.start)
        if start.utcoffset() is None:
            problems.append(f"start {label.start!r} has no UTC offset")
        if label.date not in (ANY, None) and start.date().isoformat() != label.date:
            problems.append(f"start {label.start!r} is not on the labelled date {label.date}")
        if start.utcoffset() is not None and label.timezone not in (ANY, None):
            try:
                zone = ZoneInfo(label.timezone)
            except ZoneInfoNotFoundError:
                pass  # no tz database on this machine: the pairing cannot be checked
            else:
                local = start.replace(tzinfo=None)
                if zone.utcoffset(local) != start.utcoffset():
                    problems.append(f"start {label.start!r} disagrees with {label.timezone}")
    if (label.start is None) != (label.timezone is None) and ANY not in (
        label.start,
        label.timezone,
    ):
        problems.append("start and timezone: one is None, the other is not")
    for kind in ("agenda", "actions"):
        for item in () if getattr(label, kind) is ANY else getattr(label, kind):
            if kind == "agenda" and item.timebox not in (ANY, None) and item.timebox <= 0:
                problems.append(f"topic on line {item.line}: timebox {item.timebox}")
            if kind == "actions" and item.owners is not ANY and not isinstance(item.owners, tuple):
                problems.append(f"action on line {item.line}: owners is not a tuple")
    unlabelled = [f.name for f in fields(label) if getattr(label, f.name) is ANY]
    if unlabelled and not label.why.strip():
        problems.append(f"{unlabelled} left ANY without a why")
    assert not problems, f"{label.path}: " + "; ".join(problems)
