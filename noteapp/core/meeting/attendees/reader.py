"""Attendees: who came (and who sent apologies), read in every style a note writes them.

The reader now lives in :mod:`noteapp.core.meeting.attendees` (one module per style);
this module keeps the names scripts and older code import from here.
"""

from __future__ import annotations

from noteapp.core.meeting.attendees.front_matter import FRONT_MATTER_KEYS
from noteapp.core.meeting.attendees.inline import ABSENT_LABELS, PRESENT_LABELS, is_absent_label
from noteapp.core.meeting.attendees.records import (
    FIELD_KINDS,
    AttendeeBlock,
    AttendeeEntry,
    FrontMatterStyle,
    InlineStyle,
    ListStyle,
    Part,
    TableStyle,
)
from noteapp.core.meeting.attendees.scanner import (
    _BLOCK_CACHE,
    attendee_sections,
    parse_attendees,
    scan_attendees,
)
from noteapp.core.meeting.attendees.tables import table_rows
from noteapp.core.meeting.attendees.text import clean, header_kind

__all__ = [
    "ABSENT_LABELS",
    "FIELD_KINDS",
    "FRONT_MATTER_KEYS",
    "PRESENT_LABELS",
    "_BLOCK_CACHE",
    "AttendeeBlock",
    "AttendeeEntry",
    "FrontMatterStyle",
    "InlineStyle",
    "ListStyle",
    "Part",
    "TableStyle",
    "attendee_sections",
    "clean",
    "header_kind",
    "is_absent_label",
    "parse_attendees",
    "scan_attendees",
    "table_rows",
]
