"""What a new attendee block looks like in each community, where the note has none
(the forms its notes use), and the absent label paired with each present label."""

from __future__ import annotations

# What a new attendee block looks like in each community, where the note has none.
TABLES: dict[str, tuple[str, tuple[tuple[str, str], ...], bool, str]] = {
    # community: (heading, ((header, kind), ...), tight separator, handle format)
    "czi-conda-forge": (
        "## 👥 Attendees",
        (("Full name", "name"), ("Github handle", "handle"), ("Organization", "affiliation")),
        True,
        "`{}`",
    ),
    "conda-forge": (
        "## Attendees",
        (
            ("Name", "name"),
            ("Initials", "initials"),
            ("GitHub ID", "handle"),
            ("Affiliation", "affiliation"),
        ),
        False,
        "{}",
    ),
    "conda-community": (
        "## Attendees",
        (
            ("Name", "name"),
            ("Initials", "initials"),
            ("Affiliation", "affiliation"),
            ("GH Username", "handle"),
        ),
        False,
        "{}",
    ),
}
LISTS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    # community: (heading, marker, field order, handle format)
    "jupyterhub": ("## Roll call", "-", ("name", "affiliation", "handle"), "\\@{}"),
    "geojupyter": ("## Attendees", "*", ("name", "handle", "affiliation"), "`@{}`"),
}
INLINE_LABELS = {"zarr": "**Attending:**", "hsf": "Present:"}
ABSENT_FOR = {
    "Present/Contributing": "Apologies/Contributing",
    "参加者": "欠席",
    "リモート": "欠席",
}
PRESENT_FOR = {"Apologies/Contributing": "Present/Contributing", "欠席": "参加者"}
