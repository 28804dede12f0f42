"""Hand labels of the meeting structure of every corpus note, one module per community.

Each module defines ``LABELS: tuple[NoteLabel, ...]``. The schema and the rules a
labeller follows are in :mod:`tests.core.labels.schema`; every label is made by
reading the file, never by running noteapp's parser.
"""
