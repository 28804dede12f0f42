"""The workspace index: every note's text and meeting facts in an SQLite cache.

- :mod:`.db`: where the database lives (the user's cache folder), its schema, FTS5;
- :mod:`.scan`: which files of a folder are notes, and their size and time;
- :mod:`.indexer`: build and update (only what changed), from any one thread;
- :mod:`.search`, :mod:`.tracker`, :mod:`.attendance`: the questions it answers;
- :mod:`.api`: :class:`Workspace`, the scripting API over all of it.

The database is a cache: deleting it loses nothing, the next use rebuilds it.
"""

from noteapp.storage.archive.api import Workspace

__all__ = ["Workspace"]
