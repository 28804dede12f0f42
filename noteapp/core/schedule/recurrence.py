"""When a recurring meeting happens: cadences as RFC 5545 rules, and their occurrences.

A rule is kept as normalized RRULE text without the ``RRULE:`` prefix
("FREQ=WEEKLY;INTERVAL=2").  Occurrences keep the anchor's wall-clock time in the
anchor's zone, so a 09:00 Los Angeles call stays at 09:00 there across daylight saving
and a 17:00 UTC call stays at 17:00 UTC.  Local times that a clock change makes
ambiguous or impossible are read the way RFC 5545 (3.3.5) reads them, so that the
table printed here and a calendar importing our ``.ics`` agree:

* a repeated time (clocks go back) means its first instance (``fold=0``);
* a skipped time (clocks go forward) uses the offset before the gap, so 02:30 on the
  day New York springs forward is 03:30 EDT.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

from noteapp.core.errors import ScheduleError

WEEKDAYS = {
    "monday": "MO", "mon": "MO",
    "tuesday": "TU", "tue": "TU", "tues": "TU",
    "wednesday": "WE", "wed": "WE",
    "thursday": "TH", "thu": "TH", "thur": "TH", "thurs": "TH",
    "friday": "FR", "fri": "FR",
    "saturday": "SA", "sat": "SA",
    "sunday": "SU", "sun": "SU",
}  # fmt: skip
DAY_NAMES = {
    "MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday",
    "FR": "Friday", "SA": "Saturday", "SU": "Sunday",
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
    "last": -1, "second last": -2, "second to last": -2, "penultimate": -2,
}  # fmt: skip
ORDINAL_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last",
                 -2: "second to last"}  # fmt: skip
# The rule parts of RFC 5545 3.3.10, in the order a normalized rule lists them.
PARTS = ("FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYWEEKNO", "BYYEARDAY",
         "BYMONTHDAY", "BYDAY", "BYHOUR", "BYMINUTE", "BYSECOND", "BYSETPOS", "WKST")  # fmt: skip
# Finer rules are not meetings, and dateutil may search them for a very long time.
FREQUENCIES = ("YEARLY", "MONTHLY", "WEEKLY", "DAILY")
ACCEPTED = (
    "write weekly, every 2 weeks, monthly, a day of the month such as 'third Tuesday', "
    "or an RFC 5545 rule such as FREQ=MONTHLY;BYDAY=3TU"
)

_DAY = r"(?P<day>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")s?"
_ORD = "|".join(sorted((re.escape(o) for o in ORDINALS), key=len, reverse=True))
_NTH_DAYS = re.compile(rf"(?P<ords>(?:{_ORD})(?:\s*(?:,|and|&)\s*(?:{_ORD}))*)\s+{_DAY}")
_MONTH_WORDS = re.compile(
    r"^(?:monthly\s+)?(?:every\s+|on\s+)?(?:the\s+)?|\s+(?:of\s+)?(?:the\s+|each\s+|every\s+)?"
    r"month$|\s+monthly$"
)
_SIMPLE = (
    (re.compile(r"(?:every\s+)?(?:day|daily)"), "FREQ=DAILY"),
    (re.compile(r"(?:every\s+)?(?:1\s*)?(?:week|weekly)"), "FREQ=WEEKLY"),
    (
        re.compile(r"fortnightly|bi-?weekly|(?:every\s+)?(?:other|second)\s+week|"
                   r"(?:every\s+)?fortnight"),
        "FREQ=WEEKLY;INTERVAL=2",
    ),
    (re.compile(r"(?:every\s+)?(?:1\s*)?(?:month|monthly)"), "FREQ=MONTHLY"),
)  # fmt: skip
_EVERY_N = re.compile(r"(?:every\s+)?(?P<n>\d+)\s*(?P<unit>days?|weeks?|months?)")
_EVERY_DAY = re.compile(rf"(?:every\s+)?(?P<other>other\s+)?{_DAY}")


def parse_cadence(text: str) -> str:
    """The normalized RRULE text (no ``RRULE:`` prefix) for a cadence the user wrote."""
    words = " ".join(text.strip().rstrip(".").lower().split())
    if "=" in words:
        return _normalize_rule(text)
    for pattern, rule in _SIMPLE:
        if pattern.fullmatch(words):
            return rule
    if match := _EVERY_N.fullmatch(words):
        n = int(match.group("n"))
        freq = {"d": "DAILY", "w": "WEEKLY", "m": "MONTHLY"}[match.group("unit")[0]]
        if n < 1:
            raise ScheduleError(f"'{text.strip()}' repeats every 0 {match.group('unit')}; "
                                "the interval must be at least 1.")  # fmt: skip
        return f"FREQ={freq}" + (f";INTERVAL={n}" if n > 1 else "")
    if match := _EVERY_DAY.fullmatch(words):
        interval = ";INTERVAL=2" if match.group("other") else ""
        return f"FREQ=WEEKLY{interval};BYDAY={WEEKDAYS[match.group('day')]}"
    if match := _NTH_DAYS.fullmatch(_MONTH_WORDS.sub("", words)):
        day = WEEKDAYS[match.group("day")]
        ords = re.split(r"\s*(?:,|\band\b|&)\s*", match.group("ords"))
        byday = ",".join(f"{ORDINALS[o.strip()]}{day}" for o in ords if o.strip())
        return f"FREQ=MONTHLY;BYDAY={byday}"
    raise ScheduleError(f"'{text.strip()}' is not a cadence I know; {ACCEPTED}.")


def _normalize_rule(text: str) -> str:
    body = text.strip()
    if body[:6].upper() == "RRULE:":
        body = body[6:]
    parts = rule_parts(body, original=text.strip())
    if "FREQ" not in parts:
        raise ScheduleError(f"The rule '{text.strip()}' has no FREQ part; {ACCEPTED}.")
    if parts.get("INTERVAL") == "1":
        del parts["INTERVAL"]
    rule = ";".join(f"{key}={parts[key]}" for key in PARTS if key in parts)
    _check(rule, text.strip())
    return rule


def rule_parts(rule: str, *, original: str | None = None) -> dict[str, str]:
    """``{"FREQ": "WEEKLY", "INTERVAL": "2"}`` for a rule's text (keys and values upper case)."""
    shown = original or rule
    parts: dict[str, str] = {}
    for item in rule.strip().strip(";").split(";"):
        key, eq, value = item.partition("=")
        key, value = key.strip().upper(), value.strip().upper().replace(" ", "")
        if not eq or not value:
            raise ScheduleError(f"The rule '{shown}' has a part '{item.strip()}' without a value.")
        if key not in PARTS:
            raise ScheduleError(f"The rule '{shown}' has a part '{key}' that RFC 5545 rules "
                                f"do not have (they have {', '.join(PARTS)}).")  # fmt: skip
        if key in parts:
            raise ScheduleError(f"The rule '{shown}' gives {key} twice.")
        parts[key] = value
    return parts


@lru_cache(maxsize=256)
def _check(rule: str, shown: str) -> None:
    parts = rule_parts(rule, original=shown)
    if parts.get("FREQ") not in FREQUENCIES:
        raise ScheduleError(f"The rule '{shown}' repeats {parts.get('FREQ', '')}; meetings repeat "
                            "DAILY, WEEKLY, MONTHLY or YEARLY.")  # fmt: skip
    if "INTERVAL" in parts and not (parts["INTERVAL"].isdigit() and int(parts["INTERVAL"]) > 0):
        raise ScheduleError(f"The rule '{shown}' has INTERVAL={parts['INTERVAL']}; "
                            "it must be a whole number of at least 1.")  # fmt: skip
    if "UNTIL" in parts and not re.fullmatch(r"\d{8}(T\d{6}Z?)?", parts["UNTIL"]):
        raise ScheduleError(f"The rule '{shown}' has UNTIL={parts['UNTIL']}; write it as "
                            "YYYYMMDD or YYYYMMDDTHHMMSSZ.")  # fmt: skip
    limit = {"MONTHLY": 5, "YEARLY": 53}.get(parts["FREQ"], 0)
    for day in parts.get("BYDAY", "").split(",") if "BYDAY" in parts else ():
        match = re.fullmatch(r"([+-]?\d{1,2})?([A-Z]{2})", day)
        if (
            not match
            or match.group(2) not in DAY_NAMES
            or (match.group(1) and not 0 < abs(int(match.group(1))) <= limit)
        ):
            how = (
                f"MO to SU, with an ordinal from 1 to {limit} or -1 to -{limit} such as 3TU or -1FR"
                if limit
                else f"MO to SU without an ordinal in a {parts['FREQ']} rule, such as TU"
            )
            raise ScheduleError(
                f"The rule '{shown}' has BYDAY={parts['BYDAY']}; write days as {how}."
            )
    try:
        parsed = _build(datetime(2000, 1, 1, 12), rule)
        # dateutil searches up to the year 9999 for a rule that never matches (say the
        # 30th of February); from 9600 (the calendar of 2000) that search stays short.
        late = datetime(9600, 1, 1, 12)
        found = parsed.replace(dtstart=late, until=None, count=None).after(late, inc=True)
    except ScheduleError:
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as exc:
        raise ScheduleError(f"'{shown}' is not a valid RFC 5545 rule ({exc}).") from None
    if found is None:
        raise ScheduleError(f"The rule '{shown}' never matches a day of the calendar.")


def _build(first_wall: datetime, rule: str, zone: tzinfo | None = None) -> rrule:
    """A dateutil rule over naive wall times, with UNTIL as a wall time too."""
    parts = rule_parts(rule)
    if "UNTIL" in parts:
        parts["UNTIL"] = f"{_until_wall(parts['UNTIL'], zone or UTC):%Y%m%dT%H%M%S}"
        rule = ";".join(f"{k}={v}" for k, v in parts.items())
    return rrulestr(rule, dtstart=first_wall)


def _until_wall(value: str, zone: tzinfo) -> datetime:
    # A UTC value is moved into the zone; a date alone means the end of that day, so
    # that "until 2024-06-04" keeps a meeting on the 4th (dateutil would read 00:00).
    if value.endswith("Z"):
        moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        return moment.astimezone(zone).replace(tzinfo=None)
    if len(value) == 8:
        return datetime.strptime(value, "%Y%m%d").replace(hour=23, minute=59, second=59)
    return datetime.strptime(value, "%Y%m%dT%H%M%S")


def until_utc(first: datetime, rule: str) -> datetime | None:
    """The rule's UNTIL as a UTC instant (what an .ics needs), read in ``first``'s zone."""
    value = rule_parts(rule).get("UNTIL")
    if value is None:
        return None
    zone = _zone_of(first)
    return _aware(_until_wall(value, zone), zone).astimezone(UTC)


def _aware(wall: datetime, zone: tzinfo) -> datetime:
    # Through UTC and back: a skipped wall time becomes the real one after the gap.
    return wall.replace(tzinfo=zone, fold=0).astimezone(UTC).astimezone(zone)


def _iter(first: datetime, rule: str, from_wall: datetime | None = None) -> Iterator[datetime]:
    zone = _zone_of(first)
    _check(rule, rule)
    wall = first.replace(tzinfo=None, fold=0)
    parsed = _build(wall, rule, zone)
    source = parsed.xafter(from_wall, inc=True) if from_wall and from_wall > wall else parsed
    for item in source:
        yield _aware(item, zone)


def _zone_of(first: datetime) -> tzinfo:
    if first.tzinfo is None:
        raise ScheduleError("The first meeting's start needs a time zone.")
    return first.tzinfo


def occurrences(
    first: datetime, rule: str, *, count: int, after: datetime | None = None
) -> list[datetime]:
    """The next ``count`` starts after ``after`` (from ``first`` itself when None)."""
    if count <= 0:
        return []
    from_wall = None
    if after is not None:
        # A day early in wall time: offsets differ by less than a day, and the filter
        # below is exact.
        from_wall = after.astimezone(_zone_of(first)).replace(tzinfo=None) - timedelta(days=1)
    out: list[datetime] = []
    for start in _iter(first, rule, from_wall):
        if after is not None and start <= after:
            continue
        out.append(start)
        if len(out) == count:
            break
    return out


def previous_occurrence(first: datetime, rule: str, before: datetime) -> datetime | None:
    """The last start strictly before ``before``; None when the series starts later."""
    zone = _zone_of(first)
    _check(rule, rule)
    parsed = _build(first.replace(tzinfo=None, fold=0), rule, zone)
    wall = before.astimezone(zone).replace(tzinfo=None) + timedelta(days=1)
    while (item := parsed.before(wall)) is not None:
        if (start := _aware(item, zone)) < before:
            return start
        wall = item
    return None


def next_occurrence(first: datetime, rule: str, on_or_after: date) -> datetime:
    """The first start whose local date (in the meeting's zone) is ``on_or_after`` or later."""
    for start in _iter(first, rule, datetime.combine(on_or_after, time.min)):
        if start.date() >= on_or_after:
            return start
    raise ScheduleError(f"The series '{describe(rule)}' has no meeting on or after "
                        f"{on_or_after.isoformat()}.")  # fmt: skip


def is_occurrence(first: datetime, rule: str, day: date) -> bool:
    """Whether a meeting of the series falls on ``day`` (a date in the meeting's zone)."""
    for start in _iter(first, rule, datetime.combine(day, time.min)):
        if start.date() >= day:
            return start.date() == day
    return False


def _plain_days(parts: dict[str, str]) -> list[str] | None:
    days = parts.get("BYDAY", "").split(",") if "BYDAY" in parts else []
    return days if all(day in DAY_NAMES for day in days) else None


def cadence_kind(rule: str) -> str:
    """ "weekly", "fortnightly" or "other": which arewemeetingyet.com link form fits."""
    parts = rule_parts(rule)
    if parts.get("FREQ") != "WEEKLY" or set(parts) - {"FREQ", "INTERVAL", "BYDAY", "WKST",
                                                      "COUNT", "UNTIL"}:  # fmt: skip
        return "other"
    days = _plain_days(parts)
    if days is None or len(days) > 1:
        return "other"
    return {"1": "weekly", "2": "fortnightly"}.get(parts.get("INTERVAL", "1"), "other")


def describe(rule: str) -> str:
    """ "every week", "every 2 weeks", "the third Tuesday of each month", else the rule."""
    parts = rule_parts(rule)
    freq, interval = parts.get("FREQ"), int(parts.get("INTERVAL", "1") or 1)
    other = set(parts) - {"FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL", "WKST"}
    unit = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}.get(freq or "")
    if other or unit is None:
        return rule
    every = f"every {unit}" if interval == 1 else f"every {interval} {unit}s"
    if "BYDAY" not in parts:
        text = every
    elif freq == "WEEKLY" and (days := _plain_days(parts)):
        text = f"{every} on " + _and([DAY_NAMES[d] for d in days])
    elif freq == "MONTHLY" and (nth := _nth_days(parts["BYDAY"])):
        names = [f"{ORDINAL_NAMES[n]} {DAY_NAMES[d]}" for n, d in nth]
        if len({d for _, d in nth}) == 1:
            names = [ORDINAL_NAMES[n] for n, _ in nth]
            names[-1] += f" {DAY_NAMES[nth[0][1]]}"
        month = "each month" if interval == 1 else f"every {interval} months"
        text = f"the {_and(names)} of {month}"
    else:
        return rule
    if "COUNT" in parts:
        text += f", {parts['COUNT']} times"
    if "UNTIL" in parts:
        until = parts["UNTIL"]
        text += f", until {until[:4]}-{until[4:6]}-{until[6:8]}"
    return text


def _nth_days(byday: str) -> list[tuple[int, str]] | None:
    out = []
    for item in byday.split(","):
        match = re.fullmatch(r"([+-]?\d)([A-Z]{2})", item)
        if not match or int(match.group(1)) not in ORDINAL_NAMES or match.group(2) not in DAY_NAMES:
            return None
        out.append((int(match.group(1)), match.group(2)))
    return out


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
