"""Meeting series: a small TOML (or YAML) file per recurring meeting.

A series names its template, cadence, start time and zone, duration, roster, the
path pattern of its notes, front-matter rules and standing agenda
(``templates/README.md`` documents the format).  Built-in series ship beside the
templates (``templates/series/NAME.toml``); a workspace's ``series/NAME.toml`` wins
over a built-in of the same name and takes every key it leaves out from the
built-in series of its template, so a workspace series can be as short as a name,
a template and a roster.
"""

from __future__ import annotations

import datetime as dt
import re
import string
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from noteapp.core.errors import ScheduleError, SeriesError
from noteapp.core.schedule.recurrence import parse_cadence
from noteapp.core.schedule.zones import zone as find_zone
from noteapp.core.series.workspace import workspace_or_default
from noteapp.core.text.yaml_guard import YamlProblem, check_shape
from noteapp.packaged import packaged_dir

SERIES_SUFFIXES = (".toml", ".yaml", ".yml")
DATE_FIELDS = ("year", "month", "day", "date", "yyyymmdd")
_KEYS = (
    "title", "template", "cadence", "start", "zone", "duration", "path", "folder", "heading",
    "zones", "video", "agenda", "front_matter", "roster", "vars",
    "repository", "agenda_label", "hackmd_team", "hackmd_folder",
    "hackmd_read", "hackmd_write", "hackmd_comment",
)  # fmt: skip
# HackMD's permission roles (its API v1: readPermission, writePermission, commentPermission).
HACKMD_ROLES = ("owner", "signed_in", "guest")
HACKMD_COMMENT = ("disabled", "forbidden", "owners", "signed_in_users", "everyone")
_REPOSITORY = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*)/[A-Za-z0-9._-]+")
_PERSON_KEYS = ("name", "initials", "handle", "affiliation", "zone")
_DURATION = re.compile(
    r"\s*(?:(?P<h>\d+)\s*h(?:ours?)?)?\s*(?:(?P<m>\d+)\s*m(?:in(?:utes?)?)?)?\s*", re.I
)
_START = re.compile(r"\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*")


@dataclass(frozen=True)
class Person:
    name: str
    initials: str | None = None
    handle: str | None = None
    affiliation: str | None = None
    zone: str | None = None  # home zone (IANA), for the local times of the meeting


@dataclass(frozen=True)
class Series:
    name: str
    title: str
    template: str
    rule: str  # normalized RRULE (noteapp.core.schedule.recurrence.parse_cadence)
    first_start: dt.datetime  # aware, in ``zone``: the DTSTART anchor
    zone: str
    duration: dt.timedelta
    roster: tuple[Person, ...]
    path_pattern: str  # relative to the series folder: "{year}/{date}.md"
    front_matter: Mapping[str, str]  # key -> rule ("{year} meetings", "{next_in_folder}")
    agenda: tuple[str, ...]
    folder: Path | None  # where the notes live; None: <workspace>/<name>, or --dir
    source: Path | None  # the series file
    cadence: str = ""  # as the file writes it ("every 2 weeks")
    heading: str = "{title} {date}"  # rule for the note's H1
    zones: tuple[str, ...] = ()  # more zones to show local times in
    video: str | None = None
    vars: Mapping[str, str] = field(default_factory=dict)  # free values for the template
    builtin: bool = False
    repository: str | None = None  # "owner/name" on GitHub: pull requests, agenda issues
    agenda_label: str | None = None  # issues and PRs with this label are agenda items
    hackmd: Mapping[str, str] = field(default_factory=dict)  # team, folder, read, write, comment


# ------------------------------------------------------------------------------- finding


def builtin_series_dir() -> Path:
    """The shipped ``templates/series/`` folder (see noteapp.packaged)."""
    return packaged_dir("templates", "series")


def _series_files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in SERIES_SUFFIXES and path.is_file():
            found.setdefault(path.stem, path)
    return found


def series_names(workspace: Path | None = None) -> list[str]:
    ws = workspace_or_default(workspace)
    return sorted({*_series_files(ws / "series"), *_series_files(builtin_series_dir())})


def load_series(name: str, workspace: Path | None = None) -> Series:
    """The series ``name``: ``<workspace>/series/NAME.toml`` (or ``.yaml``), else the
    built-in one; ``name`` may also be the path of a series file."""
    ws = workspace_or_default(workspace)
    as_path = Path(name)
    if as_path.suffix.lower() in SERIES_SUFFIXES and as_path.is_file():
        return _load_file(as_path, ws, builtin=False)
    mine = _series_files(ws / "series").get(name)
    if mine is not None:
        return _load_file(mine, ws, builtin=False)
    builtin = _series_files(builtin_series_dir()).get(name)
    if builtin is not None:
        return _load_file(builtin, ws, builtin=True)
    known = ", ".join(series_names(ws)) or "none"
    raise SeriesError(
        f"no series named {name!r} (looked in {ws / 'series'} and the built-in series); "
        f"series: {known}"
    )


def list_series(workspace: Path | None = None) -> list[Series]:
    """Every series that loads, workspace ones first; a broken file is left out
    (``load_series`` on its name says what is wrong)."""
    found = []
    for name in series_names(workspace):
        try:
            found.append(load_series(name, workspace))
        except SeriesError:
            continue
    return found


def builtin_series_for_template(name: str) -> Series:
    """The built-in series of template ``name`` (``templates/series/NAME.toml``): its
    cadence, time, roster and rules serve ``noteapp new --template NAME``."""
    path = _series_files(builtin_series_dir()).get(name)
    if path is None:
        raise SeriesError(
            f"template {name!r} has no built-in series to take its cadence and time "
            "from; write a series file for it (see templates/README.md) and use --series"
        )
    return _load_file(path, None, builtin=True)


# ------------------------------------------------------------------------------- reading


def _load_file(path: Path, workspace: Path | None, *, builtin: bool) -> Series:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SeriesError(f"{path}: cannot read the series file ({exc})") from None
    if path.suffix.lower() == ".toml":
        data, line_of = _read_toml(path, text)
    else:
        data, line_of = _read_yaml(path, text)
    return _build(path.stem, data, _Where(path, line_of), workspace, builtin)


LineOf = Callable[[tuple[str | int, ...]], int | None]


@dataclass(frozen=True)
class _Where:
    path: Path
    line_of: LineOf

    def error(self, key: tuple[str | int, ...], message: str) -> SeriesError:
        line = self.line_of(key) if key else None
        where = f"{self.path}, line {line}" if line else str(self.path)
        return SeriesError(f"{where}: {message}")


def _read_toml(path: Path, text: str) -> tuple[dict[str, Any], LineOf]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's message ends "(at line N, column M)"
        raise SeriesError(f"{path}: not valid TOML: {exc}") from None
    lines = text.split("\n")

    def line_of(key: tuple[str | int, ...]) -> int | None:
        table: str | None = None
        index = -1
        name = key[-1]
        if len(key) >= 2 and isinstance(key[0], str) and key[0] in ("front_matter", "vars"):
            table = key[0]
        if len(key) >= 2 and key[0] == "roster" and isinstance(key[1], int):
            table, index = "roster", key[1]
            if len(key) == 2:
                name = ""
        seen = -1
        inside = table is None
        for number, line in enumerate(lines, 1):
            head = re.match(r"\s*\[\[?\s*([\w.\"-]+)\s*\]\]?", line)
            if head:
                if table is None:
                    inside = False
                    continue
                inside = head.group(1) == table
                if inside and index >= 0:
                    seen += 1
                    inside = seen == index
                    if inside and not name:
                        return number
                continue
            if (
                inside
                and isinstance(name, str)
                and re.match(rf"\s*\"?{re.escape(name)}\"?\s*=", line)
            ):
                return number
        return None

    return data, line_of


def _read_yaml(path: Path, text: str) -> tuple[dict[str, Any], LineOf]:
    # Imported here: ruamel costs ~70 ms to import; only this path needs it.
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        node = YAML(typ="rt").compose(text)
        if node is not None:
            check_shape(node)  # no alias bombs, no endless nesting
        data = YAML(typ="rt").load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or exc
        raise SeriesError(f"{path}{where}: not valid YAML: {problem}") from None
    except YamlProblem as exc:
        raise SeriesError(f"{path}: not read: {exc}") from None
    except (ValueError, OverflowError, TypeError, KeyError) as exc:  # 2024-02-30, !!int x
        raise SeriesError(f"{path}: a value cannot be read ({exc})") from None
    except RecursionError:
        raise SeriesError(f"{path}: nested too deeply to read") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SeriesError(f"{path}: a series file holds keys and values, not a list or text")

    def line_of(key: tuple[str | int, ...]) -> int | None:
        node: Any = data
        line = None
        for part in key:
            try:
                if isinstance(part, int):
                    line = node.lc.item(part)[0] + 1
                else:
                    line = node.lc.key(part)[0] + 1
                node = node[part]
            except (AttributeError, KeyError, IndexError, TypeError):
                break
        return line

    return _plain(data), line_of


def _plain(value: Any) -> Any:
    """ruamel's round-trip containers as plain dicts and lists (keys in order)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


# ------------------------------------------------------------------------------ checking


def _build(
    name: str, data: dict[str, Any], where: _Where, workspace: Path | None, builtin: bool
) -> Series:
    for key in data:
        if key not in _KEYS:
            raise where.error((key,), f"unknown key {key!r}; a series has {', '.join(_KEYS)}")
    template = _text(data, "template", where)
    if template is None:
        raise where.error((), "no 'template' key: which template do its notes use?")
    base = None
    if not builtin:
        try:
            base = builtin_series_for_template(template)
        except SeriesError:
            base = None

    def want(key: str) -> SeriesError:
        return where.error((), f"no {key!r} key (and no built-in series for {template!r})")

    zone = _text(data, "zone", where)
    if zone is None:
        if base is None:
            raise want("zone")
        zone = base.zone
    zone = _check_zone(zone, ("zone",), where)

    cadence = _text(data, "cadence", where)
    if cadence is None:
        if base is None:
            raise want("cadence")
        cadence, rule = base.cadence, base.rule
    else:
        try:
            rule = parse_cadence(cadence)
        except ScheduleError as exc:
            raise where.error(("cadence",), str(exc)) from None

    if "start" in data:
        first_start = _start(data["start"], zone, where)
    elif base is not None:
        first_start = base.first_start.astimezone(ZoneInfo(zone))
    else:
        raise want("start")

    if "duration" in data:
        duration = _duration(data["duration"], where)
    else:
        duration = base.duration if base else dt.timedelta(hours=1)

    path_pattern = _text(data, "path", where) or (base.path_pattern if base else "{date}.md")
    _check_pattern(path_pattern, where)

    folder_text = _text(data, "folder", where)
    folder = None
    if folder_text:
        folder = Path(folder_text).expanduser()
        if not folder.is_absolute() and workspace is not None:
            folder = workspace / folder

    roster = _roster(data["roster"], where) if "roster" in data else (base.roster if base else ())
    zones = (
        tuple(_strings(data, "zones", where)) if "zones" in data else (base.zones if base else ())
    )
    zones = tuple(_check_zone(z, ("zones", i), where) for i, z in enumerate(zones))
    agenda = (
        tuple(_strings(data, "agenda", where))
        if "agenda" in data
        else (base.agenda if base else ())
    )
    front_matter = (
        _table(data, "front_matter", where)
        if "front_matter" in data
        else dict(base.front_matter)
        if base
        else {}
    )
    variables = dict(base.vars) if base else {}
    variables.update(_table(data, "vars", where) if "vars" in data else {})
    heading = _text(data, "heading", where) or (base.heading if base else "{title} {date}")
    title = _text(data, "title", where) or (base.title if base and name == base.name else name)
    video = _text(data, "video", where) if "video" in data else (base.video if base else None)
    repository = _text(data, "repository", where) or (base.repository if base else None)
    if repository is not None and not _REPOSITORY.fullmatch(repository):
        raise where.error(("repository",), f"repository {repository!r} must be a GitHub owner/name")
    agenda_label = _text(data, "agenda_label", where) or (base.agenda_label if base else None)
    hackmd = dict(base.hackmd) if base else {}
    for key, allowed in (
        ("team", None), ("folder", None), ("read", HACKMD_ROLES), ("write", HACKMD_ROLES),
        ("comment", HACKMD_COMMENT),
    ):  # fmt: skip
        value = _text(data, f"hackmd_{key}", where)
        if value is None:
            continue
        if allowed is not None and value not in allowed:
            raise where.error(
                (f"hackmd_{key}",), f"hackmd_{key} {value!r}: one of {', '.join(allowed)}"
            )
        hackmd[key] = value
    return Series(
        name=name,
        title=title,
        template=template,
        rule=rule,
        first_start=first_start,
        zone=zone,
        duration=duration,
        roster=roster,
        path_pattern=path_pattern,
        front_matter=front_matter,
        agenda=agenda,
        folder=folder,
        source=where.path,
        cadence=cadence,
        heading=heading,
        zones=zones,
        video=video or None,
        vars=variables,
        builtin=builtin,
        repository=repository,
        agenda_label=agenda_label,
        hackmd=hackmd,
    )


def _text(data: dict[str, Any], key: str, where: _Where) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise where.error((key,), f"{key!r} must be text in quotes, not {value!r}")
    return value


def _strings(data: dict[str, Any], key: str, where: _Where) -> list[str]:
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.error((key,), f'{key!r} must be a list of texts: ["...", "..."]')
    return value


def _table(data: dict[str, Any], key: str, where: _Where) -> dict[str, str]:
    value = data[key]
    if not isinstance(value, dict):
        raise where.error((key,), f'{key!r} must be a table of key = "value" lines')
    out: dict[str, str] = {}
    for k, v in value.items():
        if isinstance(v, bool) or not isinstance(v, str | int | float):
            raise where.error((key, k), f"{key}.{k} must be text or a number, not {v!r}")
        out[str(k)] = str(v)
    return out


def _check_zone(zone: str, key: tuple[str | int, ...], where: _Where) -> str:
    """The IANA name for what the file wrote (``Europe/Berlin``, ``CET``, ``Berlin``)."""

    try:
        return find_zone(zone).key
    except ScheduleError as exc:
        raise where.error(key, str(exc)) from None


def _start(value: Any, zone: str, where: _Where) -> dt.datetime:
    """``start = 2024-01-10 17:00:00`` (a TOML local date-time) or "2024-01-10 17:00", a
    wall-clock time in the series' zone; a time with an offset is converted to it."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str) and (m := _START.fullmatch(value)):
        try:
            day = dt.date.fromisoformat(m.group(1))
            moment = dt.datetime.combine(
                day, dt.time(int(m.group(2)), int(m.group(3)), int(m.group(4) or 0))
            )
        except ValueError as exc:
            raise where.error(
                ("start",), f"start {value!r} is not a date and time: {exc}"
            ) from None
    else:
        raise where.error(
            ("start",), f"start must be a date and time such as 2024-01-10 17:00:00, not {value!r}"
        )
    tz = ZoneInfo(zone)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def _duration(value: Any, where: _Where) -> dt.timedelta:
    """``60`` (minutes), ``"90 min"``, ``"1h"``, ``"1h30m"``."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return dt.timedelta(minutes=value)
    if isinstance(value, str) and (m := _DURATION.fullmatch(value)) and (m["h"] or m["m"]):
        minutes = int(m["h"] or 0) * 60 + int(m["m"] or 0)
        if minutes > 0:
            return dt.timedelta(minutes=minutes)
    raise where.error(("duration",), f'duration {value!r}: give minutes (60) or "1h30m"')


def _check_pattern(pattern: str, where: _Where) -> None:
    try:
        fields = [f for _lit, f, _spec, _conv in string.Formatter().parse(pattern) if f is not None]
    except ValueError as exc:
        raise where.error(("path",), f"path {pattern!r}: {exc}") from None
    unknown = [f for f in fields if f not in DATE_FIELDS]
    if unknown:
        raise where.error(
            ("path",),
            f"path {pattern!r} uses {{{unknown[0]}}}; it may use {{year}}, {{month}}, "
            "{day}, {date} and {yyyymmdd}",
        )
    if not ({"date", "yyyymmdd"} & set(fields) or {"year", "month", "day"} <= set(fields)):
        raise where.error(
            ("path",),
            f"path {pattern!r} must name the date ({{date}} or {{yyyymmdd}}), "
            "so that notes can be found by date",
        )
    if pattern.startswith("/") or ".." in Path(pattern).parts:
        raise where.error(("path",), f"path {pattern!r} must stay inside the series folder")


def _roster(value: Any, where: _Where) -> tuple[Person, ...]:
    if not isinstance(value, list):
        raise where.error(("roster",), "roster must be a list of people ([[roster]] tables)")
    people = []
    for i, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise where.error(("roster", i), 'each roster entry needs name = "..."')
        for key in entry:
            if key not in _PERSON_KEYS:
                raise where.error(
                    ("roster", i, key),
                    f"unknown roster key {key!r}; a person has {', '.join(_PERSON_KEYS)}",
                )
        fields: dict[str, str | None] = {}
        for key in _PERSON_KEYS:
            v = entry.get(key)
            if v is not None and not isinstance(v, str):
                raise where.error(("roster", i, key), f"roster {key} must be text, not {v!r}")
            fields[key] = v.strip() if isinstance(v, str) and v.strip() else None
        if not fields["name"]:
            raise where.error(("roster", i), "a roster entry has no name")
        if fields["zone"]:
            fields["zone"] = _check_zone(fields["zone"], ("roster", i, "zone"), where)
        if fields["handle"]:
            fields["handle"] = fields["handle"].lstrip("@")
        people.append(Person(**fields))  # type: ignore[arg-type]
    return tuple(people)
