"""Front matter that cannot be read safely is reported and kept as text, never a crash.

Each value here made ``noteapp check``/``inspect`` print a traceback, or hang with memory
past a GB (the alias bomb), before the YAML reader guarded against it.
"""

from __future__ import annotations

import json

import pytest

from noteapp.core.convert.export import export_text
from noteapp.core.text.frontmatter import jsonable, parse_front_matter
from noteapp.core.text.source import decode
from noteapp.storage.note import Note


def alias_bomb(levels: int = 9) -> str:
    """A 'billion laughs' block: each level is nine aliases of the level before."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    previous = "a"
    for name in "bcdefghijklmnop"[: levels - 1]:
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines)


HOSTILE = {
    "impossible date": ("date: 2024-02-30", "line 1: '2024-02-30' cannot be read"),
    "impossible time": ("date: 2024-01-24 25:00:00", "hour must be in 0..23"),
    "5,000-digit integer": ("n: " + "1" * 5000, "more digits than Python reads"),
    "huge hex integer": ("n: 0x" + "f" * 5000, "an integer too large to use"),
    "python object tag": ("x: !!python/object:os.system {}", "could not determine a constructor"),
    "python name tag": ("x: !!python/name:os.system", "could not determine a constructor"),
    "unknown tag": ("x: !whatever value", "could not determine a constructor for the tag"),
    "bad int tag": ("x: !!int twelve", "'twelve' cannot be read"),
    "bad bool tag": ("x: !!bool perhaps", "'perhaps' cannot be read"),
    "bad timestamp tag": ("x: !!timestamp soon", "failed to construct timestamp"),
    "deep flow nesting": ("x: " + "[" * 3000 + "]" * 3000, "nested more than 64 levels deep"),
    "deep block nesting": (
        "x:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 200)),
        "nested more than 64 levels deep",
    ),
    "alias bomb": (alias_bomb(), "aliases (*name) expand to 490,329,064 values"),
    "alias inside itself": ("a: &a [1, *a]", "an alias refers to the value that holds it"),
    "merge of a list": ("a: &a [1]\nb:\n  <<: *a", "expected a mapping for merging"),
}


def _note(block: str) -> str:
    return f"---\n{block}\n---\n# Call\n\n## Attendees\n\n- Ada Lovelace (AL)\n"


@pytest.mark.parametrize(("block", "says"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_front_matter_is_reported_with_its_line_and_kept_as_text(block, says):
    text = _note(block)
    fm = parse_front_matter(text)  # the bomb used to run for minutes, past a GB
    assert fm.kind == "invalid"
    assert fm.data is None
    assert says in fm.error
    assert fm.error.startswith("front matter")
    assert fm.content(text) == block + "\n"  # the block is kept, byte for byte


@pytest.mark.parametrize(("block", "says"), HOSTILE.values(), ids=HOSTILE.keys())
def test_every_reader_of_the_note_copes(block, says):
    text = _note(block)
    note = Note(decode(text.encode()), text)
    report = json.loads(json.dumps(note.to_json(), allow_nan=False))
    assert report["front_matter"]["kind"] == "invalid"
    assert any(says in warning for warning in report["warnings"])
    assert [a["name"] for a in report["attendees"]] == ["Ada Lovelace"]
    for kind in ("html", "markdown", "hackmd"):
        assert "Ada Lovelace" in export_text(text, kind)


# Odd but valid YAML: read, and every reader turns it into plain, strict JSON.
ODD = {
    "binary": ("x: !!binary aGVsbG8=", {"x": "hello"}),
    "set": ("x: !!set {b, a}", {"x": ["a", "b"]}),
    "infinity": ("x: .inf\ny: -.inf\nz: .nan", {"x": "inf", "y": "-inf", "z": "nan"}),
    "integer key": ("1: one", {"1": "one"}),
    "sequence key": ("? [a, b]\n: c", {"('a', 'b')": "c"}),
    "merge key": ("a: &a {x: 1}\nb:\n  <<: *a\n  y: 2", {"a": {"x": 1}, "b": {"x": 1, "y": 2}}),
    "aliases within reason": (
        "roster: &r [Ada, Grace]\nlast: *r",
        {"roster": ["Ada", "Grace"], "last": ["Ada", "Grace"]},
    ),
    "title as a list, date as a map": (
        "title: [a, b]\ndate: {x: 1}",
        {"title": ["a", "b"], "date": {"x": 1}},
    ),
}


@pytest.mark.parametrize(("block", "data"), ODD.values(), ids=ODD.keys())
def test_odd_but_valid_front_matter_is_read_and_reported_as_strict_json(block, data):
    text = _note(block)
    fm = parse_front_matter(text)
    assert fm.kind == "yaml", fm.error
    assert jsonable(fm.data) == data
    note = Note(decode(text.encode()), text)
    json.dumps(note.to_json(), allow_nan=False)
    for kind in ("html", "markdown", "hackmd"):
        assert "Ada Lovelace" in export_text(text, kind)


def test_toml_front_matter_nested_too_deeply_is_reported():
    text = "+++\nx = " + "[" * 3000 + "]" * 3000 + "\n+++\nbody\n"
    fm = parse_front_matter(text)
    assert (fm.kind, fm.data) == ("invalid", None)
    assert "nested too deeply" in fm.error


def test_an_impossible_offset_is_refused_or_read_but_never_a_crash():
    # ruamel.yaml 0.19 refuses "+99:00"; 0.18 folds it into a naive time: both are safe.
    text = _note("date: 2024-01-24T10:00:00+99:00")
    fm = parse_front_matter(text)
    assert fm.kind in ("yaml", "invalid")
    assert fm.kind == "yaml" or "cannot be read" in fm.error
    json.dumps(Note(decode(text.encode()), text).to_json(), allow_nan=False)
