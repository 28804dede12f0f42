"""A HackMD note brought home: a download or text copied from the page, as a site note.

The body keeps every byte HackMD had (HackMD syntax included; ``noteapp export --to
markdown`` makes it plain if the site needs that); only page chrome ("owned this note",
"Published", "Linked with GitHub", view counts...) is cut from the top and the end, the
``###### tags:`` lines go into the front matter, and a ``[TOC]`` at the very top goes.
The front matter is written in the format of an example note of the series: its key
order, quoting and list style, with its dates moved to the new note's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path
from typing import Any, NamedTuple

from noteapp.core.convert.hackmd_meta import (
    HACKMD_KEYS,
    PRIVATE_KEYS,
    metadata_block,
    split_hackmd,
    tags_list,
    yaml_flow_list,
)
from noteapp.core.convert.hackmd_syntax import remove_tags_lines
from noteapp.core.errors import FrontMatterError
from noteapp.core.meeting import parse_meeting
from noteapp.core.text.frontmatter import jsonable, parse_front_matter
from noteapp.core.text.frontmatter_edit import set_key

# HackMD settings that mean nothing on a site: not carried into the front matter.
DISPLAY_KEYS = frozenset(HACKMD_KEYS) - {"title", "description", "tags", "lang"}
# Lines that only a copy of the page has: without one of them nothing is cut as chrome.
_PAGE_MARK = re.compile(
    r".{0,80}\bowned this note|published|linked with github|published on hackmd|"
    r"last edited by .*|contributed by .*|[\d,.]+\s*views?",
    re.I,
)
_CHROME = re.compile(
    r"(?:.{0,80}\bowned this note|published(?: on hackmd)?|linked with github|"
    r"(?:like|bookmark|subscribe|unsubscribe|comment|view|edit)s?(?:\s*[\d,.]+)?|"
    r"both|share|expand all|back to top|"
    r"go to bottom|sign in|sign up|menu|help|read more|note insights?|"
    r"versions and github sync|get full history access|"
    r"[\d,.]+\s*(?:views?|likes?|bookmarks?|comments?|edits?)|"
    r"(?:last )?(?:edited|changed|created) (?:by|on|at) .{0,80}|contributed by .{0,80}|"
    r"[·•|\s]+)",
    re.I,
)
_MONTHS = tuple(calendar.month_name)[1:]


class ImportResult(NamedTuple):
    text: str  # the site note, "\n" newlines
    warnings: tuple[str, ...]  # what the user should check


def strip_page_chrome(text: str) -> str:
    """``text`` without the HackMD page's chrome lines above and below the note.

    Only a text that starts like a copy of the page (a run of chrome lines holding
    "owned this note", "Published", "Linked with GitHub", a view count...) is touched.
    """
    lines = text.split("\n")
    start = _owner_line(lines)
    while start < len(lines) and _is_chrome(lines[start]):
        start += 1
    if not any(_PAGE_MARK.fullmatch(line.strip()) for line in lines[:start]):
        return text
    end = len(lines)
    while end > start and _is_chrome(lines[end - 1]):
        end -= 1
    if end == len(lines):
        return "\n".join(lines[start:])
    kept = lines[start:end]
    return "\n".join(kept) + ("\n" if kept else "")


def _owner_line(lines: list[str]) -> int:
    """Where "owned this note" is, if only a few short lines (the owner's name) precede it."""
    for i, line in enumerate(lines[:6]):
        if re.fullmatch(r".{0,80}\bowned this note", line.strip(), re.I):
            above = lines[:i]
            if all(len(a) <= 80 and not a.lstrip().startswith(("#", "-", "*", ">")) for a in above):
                return i
            break
    return 0


def import_hackmd(
    content: str,
    *,
    like: str | None = None,
    like_path: str | Path | None = None,
    path: str | Path | None = None,
) -> ImportResult:
    """The HackMD text ``content`` as a site note.

    ``like`` is the text of an example note of the series (``like_path`` its path, which
    helps find its date); without it the front matter is plain YAML.  ``path`` is where
    the note will live, which helps date it.
    """
    note = split_hackmd(strip_page_chrome(content))
    line_tags, body_without_tags = remove_tags_lines(note.body)
    tags = list(dict.fromkeys([*tags_list(note.metadata.get("tags")), *line_tags]))
    values: dict[str, Any] = {
        str(k): v
        for k, v in note.metadata.items()
        if str(k) not in DISPLAY_KEYS and str(k) not in PRIVATE_KEYS and v is not None
    }
    if tags:
        values["tags"] = tags
    else:
        values.pop("tags", None)
    if like is None:
        head = _plain_head(values)
        return ImportResult(head + (body_without_tags if head else note.body), ())
    return _like_example(values, note.body, body_without_tags, like, like_path, path)


# -- the example's format ---------------------------------------------------------------


def _like_example(
    values: dict[str, Any],
    body: str,
    body_without_tags: str,
    like: str,
    like_path: str | Path | None,
    path: str | Path | None,
) -> ImportResult:
    example = parse_front_matter(like)
    if example.kind not in ("yaml", "toml", "pelican"):
        why = "has no front matter" if example.kind == "none" else "has a broken front matter"
        return ImportResult(body, (f"The example note {why}: none was written.",))
    head = like[: example.end]
    old_date = parse_meeting(like, like_path).when.date
    new_date = parse_meeting(body, path).when.date
    warnings: list[str] = []
    if old_date and not new_date:
        warnings.append("The note's date was not found: dates copied from the example.")
    for key, old in (example.data or {}).items():
        key = str(key)
        new = _value_for(key, old, values, old_date, new_date)
        if new is None:
            if isinstance(old, int | float) and not isinstance(old, bool):
                warnings.append(f"{key}: {old} was copied from the example; check it.")
            continue
        if isinstance(old, str) and not isinstance(new, str):
            new = ", ".join(tags_list(new)) if isinstance(new, list) else str(new)
        try:
            head = set_key(head, key, new).apply(head)
        except FrontMatterError:
            warnings.append(f"{key}: could not be written in the example's style; kept as is.")
    names = {str(k).lower() for k in example.data or {}}
    if "tags" in values and "tags" not in names:
        try:
            head = set_key(head, "tags", values["tags"]).apply(head)
        except FrontMatterError:
            warnings.append("tags: could not be added in the example's style.")
    text = head + _separated(body_without_tags, like[example.end :])
    return ImportResult(text, tuple(warnings))


def _value_for(
    key: str,
    old: Any,
    values: dict[str, Any],
    old_date: dt.date | None,
    new_date: dt.date | None,
) -> Any:
    """The new note's value for the example's ``key``; None keeps the example's value."""
    mine = next((v for k, v in values.items() if k.lower() == key.lower()), None)
    if (
        isinstance(old, str)
        and old_date is not None
        and new_date is not None
        and _mentions_date(old, old_date)
        and (mine is None or _only_date(old, old_date))  # "24th January": the series' form
    ):
        return redate(old, old_date, new_date)
    if key.lower() == "tags" and mine is not None and jsonable(tags_list(old)) == jsonable(mine):
        return None
    return mine


def _separated(body: str, example_body: str) -> str:
    """The example's blank lines between front matter and text, if the body has none."""
    gap = example_body[: len(example_body) - len(example_body.lstrip("\n"))]
    if gap and not body.startswith("\n"):
        return gap + body
    return body


def _plain_head(values: dict[str, Any]) -> str:
    """Plain YAML front matter; tags as a flow list."""
    if not values:
        return ""
    tags = values.pop("tags", None)
    block = metadata_block(values)
    if tags:
        line = f"tags: {yaml_flow_list(tags)}\n"
        block = block[:-4] + line + "---\n" if block else f"---\n{line}---\n"
    return block


# -- dates --------------------------------------------------------------------------------


def _date_forms(day: dt.date) -> list[str]:
    month = _MONTHS[day.month - 1]
    ordinal = f"{day.day}{_suffix(day.day)}"
    return [
        day.isoformat(),
        day.strftime("%Y%m%d"),
        f"{ordinal} {month}, {day.year}",
        f"{ordinal} {month}",
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{month} {day.year}",
    ]


def _suffix(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _mentions_date(value: str, day: dt.date) -> bool:
    return any(form in value for form in _date_forms(day)) or bool(
        re.search(rf"(?<!\d){day.year}(?!\d)", value)
    )


def _only_date(value: str, day: dt.date) -> bool:
    for form in _date_forms(day):
        value = value.replace(form, "")
    value = re.sub(rf"(?<!\d){day.year}(?!\d)", "", value)
    return not re.sub(r"[\W_]+", "", value)


def redate(value: str, old: dt.date, new: dt.date) -> str:
    """``value`` with each written form of the date ``old`` replaced by ``new``'s."""
    if old == new:
        return value
    pairs = list(zip(_date_forms(old), _date_forms(new), strict=True))
    pattern = re.compile("|".join(re.escape(a) for a, _ in pairs))
    mapping = dict(pairs)
    value = pattern.sub(lambda m: mapping[m.group(0)], value)
    if old.year != new.year:
        value = re.sub(rf"(?<!\d){old.year}(?!\d)", str(new.year), value)
    return value


def _is_chrome(line: str) -> bool:
    stripped = line.strip()
    return not stripped or _CHROME.fullmatch(stripped) is not None
