"""When meetings happen: zones, recurrence, time-zone links, calendar files."""
