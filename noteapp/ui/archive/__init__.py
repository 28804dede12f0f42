"""Across meetings, in the window: the index service and its panels (Meetings, Search,
Action-item tracker, People), each built on its first show."""
