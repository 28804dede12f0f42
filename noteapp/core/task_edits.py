"""Kept for scripts written against the flat core: the names now live in
:mod:`noteapp.core.meeting.task_edits` (README, "Python API for scripts and bots")."""

from __future__ import annotations

from noteapp.core.meeting.task_edits import *  # noqa: F403
