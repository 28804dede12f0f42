"""A recurring meeting: its series file, templates, the next note, the roster."""
