"""Guards the hand labels in ``tests/core/labels/``, not the parser.

Every module there (one per community, ``foo_bar.py`` for ``corpus/foo-bar/``) defines
``LABELS``; these checks catch a label that names a missing file, labels a file twice,
leaves a file of its community out, points at the wrong line, or misspells a name,
initials, handle or owner, before any parser test compares against it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

from tests.conftest import corpus_ids
from tests.core import labels as labels_pkg
from tests.core.labels.schema import ANY, NoteLabel


def _is_label_module(name: str) -> bool:
    """Every module of the package except the schema and private helpers (``_x``)."""
    return name != "schema" and not name.startswith("_")


def _load() -> list[tuple[str, NoteLabel]]:
    found: list[tuple[str, NoteLabel]] = []
    for info in pkgutil.iter_modules(labels_pkg.__path__):
        if not _is_label_module(info.name):
            continue
        module = importlib.import_module(f"{labels_pkg.__name__}.{info.name}")
        found.extend((info.name, label) for label in getattr(module, "LABELS", ()))
    return found


ALL = _load()
LABELS = [label for _, label in ALL]
IDS = [label.path for label in LABELS]


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _tail(text: str) -> str:
    """Text without HTML tags and trailing markup, to compare the end of an item."""
    return _collapse(re.sub(r"<[^>]*>", "", text)).rstrip(" *_:~`")


def _lines(path: Path) -> list[str]:
    """Lines as on disk: LF, CRLF and CR-only line ends each end a line."""
    text = path.read_bytes().decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def test_every_module_defines_labels():
    modules = {name for name, _ in ALL}
    expected = {
        info.name
        for info in pkgutil.iter_modules(labels_pkg.__path__)
        if _is_label_module(info.name)
    }
    assert modules == expected, f"modules without LABELS: {sorted(expected - modules)}"


def test_no_file_is_labelled_twice():
    seen: dict[str, int] = {}
    for path in IDS:
        seen[path] = seen.get(path, 0) + 1
    assert not [p for p, n in seen.items() if n > 1]


def test_a_labelled_community_has_every_file_labelled(corpus):
    """A module ``labels/foo_bar.py`` labels every file of ``corpus/foo-bar/``."""
    labelled = set(IDS)
    missing = []
    for name in sorted({name for name, _ in ALL}):
        folder = corpus / name.replace("_", "-")
        if not folder.is_dir():
            continue
        missing += [
            rel for rel in corpus_ids() if rel.startswith(f"{folder.name}/") and rel not in labelled
        ]
    assert not missing, f"corpus files without a label: {missing}"


@pytest.mark.parametrize("label", LABELS, ids=IDS)
def test_labelled_file_exists(corpus, label):
    assert (corpus / label.path).is_file(), f"{label.path} is not in the corpus"


@pytest.mark.parametrize("label", LABELS, ids=IDS)
def test_fragments_are_on_their_lines(corpus, label):
    """Each Topic/Action text occurs verbatim on its labelled line (whitespace collapsed)."""
    lines = _lines(corpus / label.path)
    problems = []
    items = [*(() if label.agenda is ANY else label.agenda)]
    items += [*(() if label.actions is ANY else label.actions)]
    for item in items:
        if not 1 <= item.line <= len(lines):
            problems.append(f"line {item.line}: past the end ({len(lines)} lines)")
            continue
        if _collapse(item.text) not in _collapse(lines[item.line - 1]):
            problems.append(f"line {item.line}: {item.text!r} not in {lines[item.line - 1]!r}")
        if len(item.text) < 10 and not _tail(lines[item.line - 1]).endswith(_tail(item.text)):
            problems.append(f"line {item.line}: {item.text!r} is short and not the whole item")
    assert not problems, f"{label.path}:\n" + "\n".join(problems)


@pytest.mark.parametrize("label", LABELS, ids=IDS)
def test_items_are_in_document_order(label):
    for kind, items in (("agenda", label.agenda), ("actions", label.actions)):
        if items is ANY:
            continue
        lines = [item.line for item in items]
        assert lines == sorted(lines), f"{label.path}: {kind} out of order: {lines}"


@pytest.mark.parametrize("label", LABELS, ids=IDS)
def test_names_occur_in_the_file(corpus, label):
    """Attendee names, initials and handles, and action owners, occur as written."""
    text = _collapse((corpus / label.path).read_bytes().decode("utf-8-sig"))
    # A handle or affiliation is labelled without Markdown escapes (`\@manics` -> manics).
    unescaped = re.sub(r"\\(.)", r"\1", text)

    def absent(value: str) -> bool:
        return _collapse(value) not in text and _collapse(value) not in unescaped

    missing = []
    if label.attendees is not ANY:
        for person in label.attendees:
            for value in (person.name, person.initials, person.handle, person.affiliation):
                if isinstance(value, str) and absent(value):
                    missing.append(value)
    if label.actions is not ANY:
        for action in label.actions:
            if action.owners is not ANY:
                missing += [owner for owner in action.owners if absent(owner)]
    assert not missing, f"{label.path}: not found verbatim: {missing}"
