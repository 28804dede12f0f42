"""Series templates: Jinja2 files ``NAME.md.j2`` and the helpers they write with.

Built-in templates live in ``templates/`` (``noteapp/templates`` in the wheel); a
workspace's ``templates/`` folder may add its own, which win over built-ins of the
same name.  jinja2 is imported only when a template is rendered: it costs ~60 ms and
the editor's start-up never renders one.

Every template runs sandboxed (a workspace's ``templates/`` may come from anyone's git
repository): jinja2's immutable sandbox refuses ``__globals__`` and the like, and the
methods of paths that touch the disk (``read_text``, ``write_text``, ``unlink``...) are
refused too.  A template that tries is a SeriesError naming it; nothing runs.
"""

from __future__ import annotations

import datetime as dt
import re
import traceback
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import Any

from noteapp.core.errors import SeriesError
from noteapp.core.series.attendee_sections import attendee_inline, attendee_list, attendee_table
from noteapp.packaged import packaged_dir

SUFFIX = ".md.j2"
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A YAML plain scalar that reads back as the same string (or as the number, date or
# flow list the series meant): no leading indicator, no ": " or " #" inside.
_PLAIN = re.compile(r"(?![-?:,\[\]{}#&*!|>'\"%@`\s])[^\n]*(?<!\s)")
_PLAIN_BREAKERS = re.compile(r": | #|:$")


def builtin_templates_dir() -> Path:
    """The shipped ``templates/`` folder (see noteapp.packaged)."""
    return packaged_dir("templates")


def template_dirs(workspace: Path | None) -> list[Path]:
    """Where templates are looked for, first match wins."""
    dirs = [workspace / "templates"] if workspace is not None else []
    return [*dirs, builtin_templates_dir()]


def template_names(workspace: Path | None = None) -> list[str]:
    names: set[str] = set()
    for folder in template_dirs(workspace):
        if folder.is_dir():
            names.update(p.name[: -len(SUFFIX)] for p in folder.glob(f"*{SUFFIX}"))
    return sorted(names)


def template_path(name: str, workspace: Path | None = None) -> Path:
    """The file a template name stands for; SeriesError naming the ones there are."""
    for folder in template_dirs(workspace):
        candidate = folder / f"{name}{SUFFIX}"
        if candidate.is_file():
            return candidate
    known = ", ".join(template_names(workspace)) or "none"
    where = f" (in {workspace / 'templates'} or built in)" if workspace else ""
    raise SeriesError(f"no template named {name!r}{where}; templates: {known}")


def render_template(name: str, context: Mapping[str, Any], workspace: Path | None = None) -> str:
    """The text of template ``name`` for ``context``; SeriesError with the template's file
    and line when it does not parse or fails while rendering."""
    # Imported here: jinja2 costs ~75 ms to import; only this path needs it.
    import jinja2
    import jinja2.sandbox

    path = template_path(name, workspace)
    env = _environment(jinja2, [d for d in template_dirs(workspace) if d.is_dir()])
    try:
        template = env.get_template(path.name)
    except jinja2.TemplateSyntaxError as exc:
        raise SeriesError(f"{path}, line {exc.lineno}: {exc.message}") from None
    try:
        return template.render(context)
    except Exception as exc:  # any failure inside a template is the template's error
        line = _template_line(exc, path)
        where = f"{path}, line {line}" if line else str(path)
        if isinstance(exc, jinja2.sandbox.SecurityError):
            raise SeriesError(
                f"{where}: the template tried something templates may not do ({exc}); "
                "a template may use the meeting's values and noteapp's filters, not Python "
                "internals or files. Nothing was run or written."
            ) from None
        message = exc.message if isinstance(exc, jinja2.TemplateError) else exc
        raise SeriesError(f"{where}: {message}") from None


def _environment(jinja2: Any, folders: list[Path]) -> Any:
    # Imported here: jinja2 costs ~75 ms to import; only this path needs it.
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class NoteSandbox(ImmutableSandboxedEnvironment):
        def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
            # A Path's pure parts (name, stem, parent...) are fine; its disk methods are not.
            if isinstance(obj, PurePath) and not hasattr(PurePath, attr):
                return False
            return bool(super().is_safe_attribute(obj, attr, value))

    env = NoteSandbox(
        # every template folder, so a workspace template may extend or include a built-in
        loader=jinja2.FileSystemLoader([str(f) for f in folders]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        ordinal=ordinal,
        ordinal_date=ordinal_date,
        month_name=month_name,
        weekday_name=weekday_name,
        clock=clock,
        clock12=clock12,
        yaml_plain=yaml_plain,
        yaml_single=yaml_single,
        yaml_double=yaml_double,
    )
    env.globals.update(
        attendee_inline=attendee_inline,
        attendee_list=attendee_list,
        attendee_table=attendee_table,
    )
    return env


def _template_line(exc: BaseException, path: Path) -> int | None:
    """The template line being rendered when ``exc`` was raised (jinja2 rewrites the
    traceback so that template frames carry the template's file name and line)."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if Path(frame.filename) == path:
            line = frame.lineno
    return line


# ---------------------------------------------------------------------------- helpers


def ordinal(number: int) -> str:
    """1 → ``1st``, 22 → ``22nd``, 13 → ``13th``."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def ordinal_date(day: dt.date, year: bool = False) -> str:
    """``24th January`` (Zarr titles), with ``year=True`` ``19th November 2020``."""
    text = f"{ordinal(day.day)} {month_name(day)}"
    return f"{text} {day.year}" if year else text


def month_name(day: dt.date) -> str:
    """English, whatever the process locale says (``%B`` would follow it)."""
    return MONTHS[day.month - 1]


def weekday_name(day: dt.date) -> str:
    return WEEKDAYS[day.weekday()]


def clock(moment: dt.datetime) -> str:
    """``17:00``."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def clock12(moment: dt.datetime, space: bool = True, upper: bool = True) -> str:
    """``5 PM``, ``8:30 AM``; ``space=False`` gives ``6PM``, ``upper=False`` ``5pm``."""
    hour = moment.hour % 12 or 12
    text = f"{hour}:{moment.minute:02d}" if moment.minute else str(hour)
    half = "AM" if moment.hour < 12 else "PM"
    return f"{text}{' ' if space else ''}{half if upper else half.lower()}"


def dateful_url(start: dt.datetime) -> str:
    """``https://dateful.com/convert/utc?t=5pm``: the link conda-forge, conda and
    GeoJupyter give for "what time is the meeting in my time zone" (always in UTC)."""
    utc = start.astimezone(dt.UTC)
    return f"https://dateful.com/convert/utc?t={clock12(utc, space=False, upper=False)}"


def yaml_plain(value: Any) -> str:
    """The value as written when YAML reads it back as meant, else single-quoted."""
    text = str(value)
    if text.startswith("[") and text.endswith("]"):  # a flow list the series wrote
        return text
    if _PLAIN.fullmatch(text) and not _PLAIN_BREAKERS.search(text):
        return text
    return yaml_single(text)


def yaml_single(value: Any) -> str:
    """``'2024-01-24'``: conda-forge's title style."""
    return "'" + str(value).replace("'", "''") + "'"


def yaml_double(value: Any) -> str:
    """``"HSF Coordination Meeting #302, 12 February 2026"``: HSF and GeoJupyter."""
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
