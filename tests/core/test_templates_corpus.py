"""A note made from each built-in template looks like the real notes of its community.

For a date the corpus has a note for, the generated note is compared with the real one:
the front matter byte for byte, key by key (the known errors FORMATS.md lists are
skipped, each with its reason), the sections (the template's headings are the real
note's fixed structure, in order), the header lines that are not meeting-specific, and
the attendees when the series' roster is the people who came.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from noteapp.core.meeting import parse_meeting
from noteapp.core.meeting.note_style import note_style
from noteapp.core.series.model import Person, builtin_series_for_template
from noteapp.core.series.newnote import plan_note
from noteapp.core.text.frontmatter import parse_front_matter

pytestmark = pytest.mark.corpus

# (template, corpus note, {front-matter key or "opener": why it is not compared})
FRONT_MATTER_CASES = [
    ("zarr", "zarr/2024-01-24.md", {}),
    ("zarr", "zarr/2024-05-01.md", {}),
    ("zarr", "zarr/2023-11-15.md", {}),
    ("zarr", "zarr/2022-11-30.md", {"description": "FORMATS.md 3.1: says 2022-11-20"}),
    ("zarr", "zarr/2022-08-10.md", {"title": "FORMATS.md 3.1: '8th August' for 2022-08-10"}),
    ("zarr", "zarr/2021-01-13.md", {"description": "FORMATS.md 3.1: 2021 notes say 2020"}),
    ("jupyterhub", "jupyterhub/2023-01-17.md", {}),
    ("jupyterhub", "jupyterhub/2020-11-19.md", {}),
    ("conda-forge", "conda-forge/2024-01-24.md", {}),
    ("conda-forge", "conda-forge/2022-11-16.md", {}),
    ("conda-forge", "conda-forge/2020-11-18.md", {}),
    ("conda-community", "conda-community/20230118_agenda_and_minutes.md", {}),
    (
        "conda-community",
        "conda-community/20250212_agenda_and_minutes.md",
        {"opener": "FORMATS.md 3.5: the file starts with a stray 'x---'"},
    ),
    ("conda-community", "conda-community/20260812-conda-ecosystem.md", {}),
    ("czi", "czi-conda-forge/2023-01-06.md", {}),
    ("czi", "czi-conda-forge/2024-01-30.md", {}),
    ("czi", "czi-conda-forge/2024-10-29.md", {}),
    (
        "czi",
        "czi-conda-forge/2022-12-20.md",
        {"tags": "FORMATS.md 3.4: 'tags: ' with a trailing space and an unindented item"},
    ),
    ("geojupyter", "geojupyter/20260127-community__index.md", {}),
    (
        "geojupyter",
        "geojupyter/20250114-community__index.md",
        {"description": "the first meeting's own wording ('The first monthly gathering')"},
    ),
    ("hsf", "hsf/2026-02-12-coordination.md", {}),
]

# (template, corpus note, header lines the template writes as the note does)
STRUCTURE_CASES = [
    ("zarr", "zarr/2024-01-24.md", ()),
    ("jupyterhub", "jupyterhub/2023-01-17.md", ("- **Date:**", "- **Time:**", "    https://")),
    ("conda-forge", "conda-forge/2024-01-24.md", ("Add new", "- [Zoom link]", "- [What time")),
    (
        "conda-community",
        "conda-community/20250212_agenda_and_minutes.md",
        ("[Zoom link]", "Various parts"),
    ),
    ("czi", "czi-conda-forge/2024-01-30.md", ("| Full name", "|---")),
    (
        "geojupyter",
        "geojupyter/20260127-community__index.md",
        ("Please add", "- [Join us", "  - [What time", "- [Previous", "Your name"),
    ),
    ("hsf", "hsf/2026-02-12-coordination.md", ("The next coordination meeting",)),
]


def _ids(cases):
    return [f"{t}:{Path(f).name}" for t, f, _x in cases]


def _front_matter_keys(block: str) -> dict[str, str]:
    """A front matter's raw lines per top-level key (continuation lines included)."""
    keys: dict[str, str] = {}
    current = None
    for line in block.split("\n")[1:-2]:  # between the delimiters
        match = re.match(r"([A-Za-z_][\w-]*):", line)
        if match:
            current = match.group(1)
            keys[current] = line + "\n"
        elif current is not None:
            keys[current] += line + "\n"
    return keys


def _stand_in_previous(template: str, real: dict, folder: Path, note: Path) -> None:
    """Our own minimal earlier note beside the new one, holding the counter the real note
    continues (the corpus has no earlier note of that folder to copy)."""
    if template == "zarr" and int(real["nav_order"]) > 1:
        earlier = note.parent / f"{note.parent.name}-01-01.md"
        earlier.parent.mkdir(parents=True, exist_ok=True)
        earlier.write_text(
            "---\nlayout: default\ntitle: 1st January\ndescription: x\n"
            f"parent: {real['parent']}\nnav_order: {int(real['nav_order']) - 1}\n---\n\n# x\n"
        )
    if template == "hsf":
        number = int(re.search(r"#(\d+)", real["title"]).group(1))
        earlier = folder / note.parent.name / f"{note.parent.name}-01-01-coordination.md"
        earlier.parent.mkdir(parents=True, exist_ok=True)
        earlier.write_text(
            f'---\ntitle: "HSF Coordination Meeting #{number - 1}, 1 January 2026"\n'
            "layout: plain_toc\n---\n"
        )


def _generate(corpus: Path, template: str, rel: str, folder: Path, came=()):
    path = corpus / rel
    real_text = path.read_text(encoding="utf-8")
    real = parse_meeting(real_text, path)
    series = builtin_series_for_template(template)
    planned = plan_note(
        series, real.when.date, folder=folder, workspace=folder / "ws", attending=came
    )
    return real_text, real, series, planned


@pytest.mark.parametrize(
    ("template", "rel", "skip"), FRONT_MATTER_CASES, ids=_ids(FRONT_MATTER_CASES)
)
def test_front_matter_is_the_real_notes(corpus, tmp_path, template, rel, skip):
    path = corpus / rel
    real_text = path.read_text(encoding="utf-8")
    real = parse_meeting(real_text, path)
    series = builtin_series_for_template(template)
    probe = plan_note(series, real.when.date, folder=tmp_path, workspace=tmp_path / "ws")
    real_data = real.front_matter.data or {}
    _stand_in_previous(template, real_data, tmp_path, probe.path)
    note = plan_note(series, real.when.date, folder=tmp_path, workspace=tmp_path / "ws")

    made = parse_front_matter(note.text)
    real_fm = real.front_matter
    real_block = real_text[real_fm.start : real_fm.end]
    made_block = note.text[made.start : made.end]
    if "opener" in skip:  # the stray opener makes it "invalid": read its lines as they are
        real_block = "---\n" + real_text[real_text.index("\n") + 1 : real_fm.end]
    real_keys, made_keys = _front_matter_keys(real_block), _front_matter_keys(made_block)
    assert [k for k in made_keys if k not in skip] == [k for k in real_keys if k not in skip]
    for key in real_keys:
        if key not in skip:
            assert made_keys[key] == real_keys[key], key
    if "opener" not in skip:
        assert made_block.split("\n")[0] == real_block.split("\n")[0]
    assert made_block.split("\n")[-2] == real_block.split("\n")[-2]  # the closing line


@pytest.mark.parametrize(("template", "rel", "lines"), STRUCTURE_CASES, ids=_ids(STRUCTURE_CASES))
def test_sections_attendees_and_header_are_the_real_notes(corpus, tmp_path, template, rel, lines):
    path = corpus / rel
    came = [a for a in parse_meeting(path.read_text(encoding="utf-8"), path).attendees if a.present]
    roster = [Person(a.name, a.initials, a.handle, a.affiliation) for a in came]
    real_text, real, _series, note = _generate(corpus, template, rel, tmp_path, roster)
    made = parse_meeting(note.text, note.path)

    # a section added later is written alike in both: each shows the same style
    made_style, real_style = note_style(note.text), note_style(real_text)
    assert made_style.attendees == real_style.attendees
    assert made_style.attendees.source == "this note"
    assert made.when.date == real.when.date
    assert [a.as_json() for a in made.attendees] == [a.as_json() for a in came]

    real_heads = [(h.level, h.text) for h in real.outline.headings]
    made_heads = [(h.level, h.text) for h in made.outline.headings]
    fixed = [h for h in real_heads if h[0] <= 2 or h[0] == 7]  # 7: "**Updates:**" lines
    assert [h for h in made_heads if h in fixed] == fixed
    remaining = iter(real_heads)  # the template's headings appear in the real note, in order
    assert all(any(h == r for r in remaining) for h in made_heads), made_heads

    real_lines = real_text.split("\n")
    for prefix in lines:
        want = [x for x in real_lines if x.startswith(prefix)][:1]
        got = [x for x in note.text.split("\n") if x.startswith(prefix)][:1]
        assert got == want, prefix


def test_every_template_has_a_structure_case():
    from noteapp.core.series.templating import builtin_templates_dir

    shipped = {p.name.removesuffix(".md.j2") for p in builtin_templates_dir().glob("*.md.j2")}
    assert shipped - {t for t, _r, _l in STRUCTURE_CASES} == {"hackmd"}  # not in the corpus
