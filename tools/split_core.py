"""Split ``noteapp/core`` by subject: ``git mv`` every module, then rewrite every import.

Run from the repository root: ``python tools/split_core.py`` (``--dry-run`` lists what
it would do).  It is safe to run again: a module already moved is skipped, and the
rewrite only touches references to the old names, so after merging branches written
against the flat core it rewrites just the imports they added.  It ends with
``ruff check --fix --select I`` and ``ruff format`` on the files it changed (import
order only), so the result is one mechanical commit.

The layers inside the core (pyproject.toml, ``[tool.importlinter]``), in the order data
flows: ``text`` (bytes, source, outline, front matter) < ``schedule`` (times, zones,
recurrence) < ``meeting`` (one note's structure) < ``series`` | ``convert`` (new notes
from a series; export and HackMD) < ``archive`` (across the workspace's notes).
``errors`` stays at the top of the core, below every layer.

Public names the README gives scripts stay importable: each old module listed in
``SHIMS`` is written back at its old path as a re-export of its new home.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TEXT = "noteapp.core.text"
SCHEDULE = "noteapp.core.schedule"
MEETING = "noteapp.core.meeting"
SERIES = "noteapp.core.series"
CONVERT = "noteapp.core.convert"

# old dotted module -> new dotted module.  Every module of the flat core has a line;
# the subpackages meeting/, meeting/attendees/ and archive/ stay where they are, less
# the three modules below the layer they sat in.
MOVES: dict[str, str] = {
    # text: the characters of a note and the generic structure of Markdown
    "noteapp.core.source": f"{TEXT}.source",
    "noteapp.core.edits": f"{TEXT}.edits",
    "noteapp.core.words": f"{TEXT}.words",
    "noteapp.core.collector": f"{TEXT}.collector",
    "noteapp.core.outline": f"{TEXT}.outline",
    "noteapp.core.headings": f"{TEXT}.headings",
    "noteapp.core.frontmatter": f"{TEXT}.frontmatter",
    "noteapp.core.frontmatter_edit": f"{TEXT}.frontmatter_edit",
    "noteapp.core.simple_yaml": f"{TEXT}.simple_yaml",
    "noteapp.core.yaml_guard": f"{TEXT}.yaml_guard",
    "noteapp.core.lazy_pattern": f"{TEXT}.lazy_pattern",
    "noteapp.core.text_cache": f"{TEXT}.text_cache",
    "noteapp.core.merge": f"{TEXT}.merge",
    "noteapp.core.check": f"{TEXT}.check",
    "noteapp.core.meeting.mojibake": f"{TEXT}.mojibake",
    "noteapp.core.meeting.vocabulary": f"{TEXT}.vocabulary",  # the outline names sections by it
    # schedule: instants, zones and cadences
    "noteapp.core.recurrence": f"{SCHEDULE}.recurrence",
    "noteapp.core.zones": f"{SCHEDULE}.zones",
    "noteapp.core.zone_abbreviations": f"{SCHEDULE}.zone_abbreviations",
    "noteapp.core.tzlinks": f"{SCHEDULE}.tzlinks",
    "noteapp.core.vtimezone": f"{SCHEDULE}.vtimezone",
    "noteapp.core.ics": f"{SCHEDULE}.ics",
    # meeting: what one note says (the parse, its records, its edits)
    "noteapp.core.structure": f"{MEETING}.structure",
    "noteapp.core.community": f"{MEETING}.community",
    "noteapp.core.links": f"{MEETING}.links",
    "noteapp.core.when": f"{MEETING}.when",
    "noteapp.core.tasks": f"{MEETING}.tasks",
    "noteapp.core.task_edits": f"{MEETING}.task_edits",
    "noteapp.core.speaker_edits": f"{MEETING}.speaker_edits",
    "noteapp.core.minute_place": f"{MEETING}.minute_place",
    "noteapp.core.identity": f"{MEETING}.identity",
    "noteapp.core.meeting_clock": f"{MEETING}.clock",
    "noteapp.core.attendees": f"{MEETING}.attendees.reader",
    # series: a recurring meeting and the next note it gets
    "noteapp.core.series": f"{SERIES}.model",
    "noteapp.core.schedule": f"{SERIES}.upcoming",
    "noteapp.core.newnote": f"{SERIES}.newnote",
    "noteapp.core.note_fields": f"{SERIES}.note_fields",
    "noteapp.core.templating": f"{SERIES}.templating",
    "noteapp.core.attendee_sections": f"{SERIES}.attendee_sections",
    "noteapp.core.carryover": f"{SERIES}.carryover",
    "noteapp.core.roster": f"{SERIES}.roster",
    "noteapp.core.workspace": f"{SERIES}.workspace",
    "noteapp.core.archive.matching": f"{SERIES}.matching",  # carry-over traces items by it
    # convert: a note in other formats (HTML, HackMD, GitHub issues)
    "noteapp.core.export": f"{CONVERT}.export",
    "noteapp.core.export_html": f"{CONVERT}.export_html",
    "noteapp.core.render": f"{CONVERT}.render",
    "noteapp.core.cmark": f"{CONVERT}.cmark",
    "noteapp.core.hackmd_import": f"{CONVERT}.hackmd_import",
    "noteapp.core.hackmd_meta": f"{CONVERT}.hackmd_meta",
    "noteapp.core.hackmd_syntax": f"{CONVERT}.hackmd_syntax",
    "noteapp.core.github_agenda": f"{CONVERT}.github_agenda",
    # the scripting API's Note opens and saves files: it belongs to storage
    "noteapp.core.note": "noteapp.storage.note",
}

# Modules that stay at the top of the core: shared by every layer, or public names.
STAY = {"noteapp.core.errors", "noteapp.core.attendee_edits"}

# Old public names (README, "Python API for scripts and bots") re-exported at their old
# path; the README itself names the new homes.
SHIMS = {"noteapp.core.note": ["Note"], "noteapp.core.task_edits": None}

PACKAGES = {
    TEXT: "The characters of a note: bytes and text, edits, the outline, front matter.",
    SCHEDULE: "When meetings happen: zones, recurrence, time-zone links, calendar files.",
    SERIES: "A recurring meeting: its series file, templates, the next note, the roster.",
    CONVERT: "A note in other formats: HTML, HackMD's syntax and import, GitHub agendas.",
}

# Old names that are also the names of new packages: ``noteapp.core.series.newnote``
# is new, ``noteapp.core.series.load_series`` is old.
COLLIDING = {old for old in MOVES if old in PACKAGES}

SUFFIXES = {".py", ".md", ".toml", ".spec", ".cfg", ".txt", ".ini"}
SKIP_DIRS = {".git", ".venv", ".venv-oldest", ".venv-dist", "build", "dist", "__pycache__"}


def _path(module: str, package: bool = False) -> Path:
    base = ROOT.joinpath(*module.split("."))
    return base / "__init__.py" if package else base.with_suffix(".py")


def _submodules(package: str) -> set[str]:
    """Names directly inside a new package, after the move (from MOVES, not the disk)."""
    return {new.rsplit(".", 1)[1] for new in MOVES.values() if new.rsplit(".", 1)[0] == package}


def _git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=ROOT, check=True)


def move_files(dry_run: bool) -> list[Path]:
    """``git mv`` each module not moved yet; the new packages get an ``__init__``."""
    touched: list[Path] = []
    for package, doc in PACKAGES.items():
        init = _path(package, package=True)
        if not init.exists():
            print(f"create {init.relative_to(ROOT)}")
            if not dry_run:
                init.parent.mkdir(parents=True, exist_ok=True)
                init.write_text(f'"""{doc}"""\n', encoding="utf-8")
                touched.append(init)
    # A colliding module (core/series.py) must leave before its package is filled: git mv
    # core/series.py core/series/model.py works once core/series/ exists as a folder.
    for old, new in sorted(MOVES.items(), key=lambda item: item[0] not in COLLIDING):
        source, target = _path(old), _path(new)
        if not source.exists() or (old in COLLIDING and not _is_module_file(source)):
            continue
        if old in SHIMS and _is_shim(source):
            continue
        if target.exists():
            sys.exit(f"split_core: both {source} and {target} exist; merge them by hand")
        print(f"git mv {source.relative_to(ROOT)} {target.relative_to(ROOT)}")
        if not dry_run:
            target.parent.mkdir(parents=True, exist_ok=True)
            _git("mv", str(source.relative_to(ROOT)), str(target.relative_to(ROOT)))
            touched.append(target)
    return touched


def _is_module_file(path: Path) -> bool:
    return path.is_file() and path.suffix == ".py"


_SHIM_MARK = "Kept for scripts written against the flat core"


def _is_shim(path: Path) -> bool:
    return _SHIM_MARK in path.read_text(encoding="utf-8")


def write_shims(dry_run: bool) -> list[Path]:
    touched = []
    for old, names in SHIMS.items():
        path = _path(old)
        new = MOVES[old]
        if path.exists():
            continue
        print(f"shim {path.relative_to(ROOT)} -> {new}")
        if names is None:
            body = f"from {new} import *  # noqa: F403\n"
        else:
            body = f"from {new} import {', '.join(names)}\n\n__all__ = {names!r}\n"
        text = (
            f'"""{_SHIM_MARK}: the names now live in\n'
            f':mod:`{new}` (README, "Python API for scripts and bots")."""\n\n'
            f"from __future__ import annotations\n\n{body}"
        )
        if not dry_run:
            path.write_text(text, encoding="utf-8")
            touched.append(path)
    return touched


# ------------------------------------------------------------------------ the rewrite

_FROM = re.compile(
    r"^(?P<indent>[ \t]*)from[ \t]+(?P<pkg>noteapp(?:\.\w+)*)[ \t]+import[ \t]+"
    r"(?P<names>\([^)]*\)|[^\n#]*?(?:\\\n[^\n#]*?)*)(?P<tail>[ \t]*(?:#[^\n]*)?)$",
    re.MULTILINE,
)
_NAME = re.compile(r"(\w+)(?:\s+as\s+(\w+))?")


@cache
def _defined(old: str) -> frozenset[str]:
    """The top-level names of module ``old``, read from wherever its file is now."""
    for path in (_path(old), _path(MOVES[old])):
        if _is_module_file(path):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            break
    else:
        return frozenset()
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return frozenset(names)


def _new_for(old: str, rest: str, statement: bool) -> str | None:
    """The new name of dotted ``old`` (a module, maybe followed by ``.attr`` in ``rest``).

    A name that is also a new package's (``noteapp.core.series``) is the old module only
    in ``import noteapp.core.series`` or followed by one of the old module's names; a
    bare mention in prose, or ``noteapp.core.series.newnote``, is left alone."""
    if old not in MOVES:
        return None
    if old in COLLIDING:
        following = rest[1:] if rest.startswith(".") else ""
        if following in _submodules(old) or not (statement or following in _defined(old)):
            return None
    return MOVES[old]


def _rewrite_from(match: re.Match[str]) -> str:
    pkg, names_text = match["pkg"], match["names"]
    inner = names_text.strip().removeprefix("(").removesuffix(")")
    inner = re.sub(r"#[^\n]*", "", inner.replace("\\\n", " "))
    names = [_NAME.fullmatch(part.strip()) for part in inner.split(",") if part.strip()]
    if any(n is None for n in names):
        return match[0]
    parsed = [(n[1], n[2]) for n in names if n is not None]
    # Which package each imported name comes from after the move.
    groups: dict[str, list[str]] = {}
    if pkg in COLLIDING and not all(name in _defined(pkg) for name, _ in parsed):
        return match[0]  # ``from noteapp.core.series import newnote``: already new
    base = MOVES.get(pkg, pkg)
    for name, alias in parsed:
        full = f"{pkg}.{name}"
        if full in MOVES and pkg not in MOVES:
            new_pkg, new_name = MOVES[full].rsplit(".", 1)
            bound = alias or name
            text = new_name if bound == new_name else f"{new_name} as {bound}"
            groups.setdefault(new_pkg, []).append(text)
        else:
            groups.setdefault(base, []).append(name if alias is None else f"{name} as {alias}")
    if list(groups) == [pkg]:
        return match[0]
    indent = match["indent"]
    lines = [f"{indent}from {p} import {', '.join(ns)}" for p, ns in groups.items()]
    lines[0] += match["tail"]
    return "\n".join(lines)


def _dotted_pattern() -> re.Pattern[str]:
    olds = sorted(MOVES, key=len, reverse=True)
    alternatives = "|".join(re.escape(o) for o in olds)
    return re.compile(rf"(?<![\w.])(?P<old>{alternatives})(?P<rest>(?:\.\w+)?)(?![\w])")


def _slashed_pattern() -> re.Pattern[str]:
    olds = sorted(MOVES, key=len, reverse=True)
    alternatives = "|".join(re.escape(o.replace(".", "/")) for o in olds)
    return re.compile(rf"(?<![\w/])(?P<old>{alternatives})\.py\b")


_IMPORT = re.compile(r"^[ \t]*import[ \t]+noteapp\.[\w.]+", re.MULTILINE)


def rewrite(text: str) -> str:
    """``text`` with every reference to an old module name made to the new one."""
    text = _FROM.sub(_rewrite_from, text)
    statements = {m.end() for m in _IMPORT.finditer(text)}

    def dotted(match: re.Match[str]) -> str:
        new = _new_for(match["old"], match["rest"], match.end() in statements)
        return match[0] if new is None else new + match["rest"]

    def slashed(match: re.Match[str]) -> str:
        return MOVES[match["old"].replace("/", ".")].replace(".", "/") + ".py"

    text = _dotted_pattern().sub(dotted, text)
    return _slashed_pattern().sub(slashed, text)


def _files() -> list[Path]:
    out = []
    for path in ROOT.rglob("*"):
        if any(part in SKIP_DIRS for part in path.relative_to(ROOT).parts):
            continue
        if path.is_file() and path.suffix in SUFFIXES and path != Path(__file__).resolve():
            out.append(path)
    return sorted(out)


def rewrite_files(dry_run: bool) -> list[Path]:
    shim_files = {_path(old).resolve() for old in SHIMS}
    changed = []
    for path in _files():
        if path.resolve() in shim_files or path.name == "pyproject.toml":
            continue
        old = path.read_text(encoding="utf-8")
        new = rewrite(old)
        if new != old:
            print(f"rewrite {path.relative_to(ROOT)}")
            changed.append(path)
            if not dry_run:
                path.write_text(new, encoding="utf-8")
    return changed


def tidy(paths: list[Path]) -> None:
    """Import order and formatting of the changed Python files (the rewrite can split
    one ``from`` into two, or move a name out of alphabetical order)."""
    python = [str(p) for p in paths if p.suffix == ".py" and p.exists()]
    if not python:
        return
    bin_dir = Path(sys.executable).parent
    ruff = str(bin_dir / "ruff") if (bin_dir / "ruff").exists() else "ruff"
    subprocess.run([ruff, "check", "--fix", "--select", "I", "--quiet", *python], cwd=ROOT)
    subprocess.run([ruff, "format", "--quiet", *python], cwd=ROOT, check=True)
    # A longer name can push a comment or docstring past the line limit: say where.
    long = subprocess.run(
        [ruff, "check", "--select", "E501", "--output-format", "concise", *python],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if long.returncode:
        print("split_core: lines now too long (shorten them by hand):\n" + long.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="say what would change")
    args = parser.parse_args(argv)
    unmapped = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in (ROOT / "noteapp" / "core").glob("*.py")
        if p.name != "__init__.py"
    )
    unmapped = [m for m in unmapped if m not in MOVES and m not in STAY and m not in SHIMS]
    if unmapped:
        sys.exit(f"split_core: no home for {', '.join(unmapped)}: add it to MOVES or STAY")
    touched = move_files(args.dry_run)
    touched += write_shims(args.dry_run)
    touched += rewrite_files(args.dry_run)
    if not args.dry_run:
        tidy(touched)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
