"""Kept for scripts written against the flat core: the names now live in
:mod:`noteapp.storage.note` (README, "Python API for scripts and bots")."""

from __future__ import annotations

from noteapp.storage.note import Note

__all__ = ["Note"]
