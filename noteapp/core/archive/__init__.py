"""Across meetings: what the workspace's notes say together (Qt-free, storage-free).

- :mod:`.series_of`: which series a note belongs to, and the archive a note sits in;
- :mod:`.facts`: one note's meeting facts as plain records for the index;
- :mod:`.matching`: an action item's carried copies traced back to where it was written;
- :mod:`.people`: attendance over time and names that are probably one person;
- :mod:`.rename`: one person's name changed across notes, one minimal edit per note.
"""
