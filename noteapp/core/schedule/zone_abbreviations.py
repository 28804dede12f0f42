"""The zone abbreviations people write, and the region each one means.

``EST``, ``CET`` or ``PT`` in a note or a command line means that region's local time
on the day ("the call is at 9 EST" is a New York call in July too), never the fixed
offsets of the IANA database's legacy zones named ``EST``, ``MST``, ``HST``, ``CET``,
``EET``, ``MET`` and ``WET``.  One table for the whole program: what is read from a
note (``noteapp.core.meeting.when``) and what is typed (``noteapp.core.schedule.zones``) agree.
Ambiguous letters take the reading the communities in the corpus use: ``IST`` India,
``CST`` US Central, ``BST`` British Summer Time.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

ABBREVIATIONS = {
    "UTC": "UTC",
    "Z": "UTC",
    "GMT": "GMT",
    "BST": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "CET": "Europe/Berlin",
    "CEST": "Europe/Berlin",
    "MET": "Europe/Berlin",
    "MEST": "Europe/Berlin",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "MSK": "Europe/Moscow",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "AST": "America/Halifax",
    "ADT": "America/Halifax",
    "NST": "America/St_Johns",
    "NDT": "America/St_Johns",
    "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
    "EAT": "Africa/Nairobi",
    "SAST": "Africa/Johannesburg",
    "PKT": "Asia/Karachi",
    "IST": "Asia/Kolkata",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "PHT": "Asia/Manila",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AWST": "Australia/Perth",
    "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
}


def abbreviation_zone(text: str) -> str | None:
    """The IANA zone an abbreviation means (``EST``, ``pst``, ``PST/PDT``); None otherwise."""
    name = text.strip().upper()
    if "/" in name:  # "PST/PDT", "CET/CEST": both halves name one region
        first = name.split("/")[0]
        return ABBREVIATIONS.get(first) if first in ABBREVIATIONS else None
    return ABBREVIATIONS.get(name)


def reading(text: str) -> str | None:
    """``"EST read as America/New_York"`` when ``text`` is an abbreviation that names a
    region (not UTC itself), for output to show how it understood the user."""
    key = abbreviation_zone(text)
    if key is None or key in ("UTC", "GMT"):
        return None
    return f"{text.strip()} read as {key}"


def resolve_zone(name: str) -> str | None:
    """An IANA zone for ``UTC``, ``PDT``, ``PST/PDT``, ``Europe/London``, ``Los Angeles``,
    ``Zurich time``; None when it names no zone."""
    name = name.strip()
    if name.lower().endswith(" time"):
        name = name[:-5]
    first = name.split("/")[0].upper()
    if "/" in name and first in ABBREVIATIONS:  # "PST/PDT"
        return ABBREVIATIONS[first]
    if name.upper() in ABBREVIATIONS:
        return ABBREVIATIONS[name.upper()]
    if "/" in name:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None
        return name
    return _zone_by_city().get(name.lower().replace(" ", "_"))


@cache
def _zone_by_city() -> dict[str, str]:
    """ "los_angeles" -> "America/Los_Angeles", from the system's time-zone database."""

    cities: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if zone.startswith(("Etc/", "SystemV/", "posix/", "right/")) or "/" not in zone:
            continue
        cities.setdefault(zone.rsplit("/", 1)[1].lower(), zone)
    return cities
