"""Attendees: who came (and who sent apologies), read and written in the note's style.

One module per style, each reading and writing that style:

- :mod:`.inline`: label lists (``**Attending:** Ada (AL), Grace``, ``Present: ...``);
- :mod:`.lists`: bullet and numbered lists (one item one person; slash and comma
  fields; handle roll calls; items of initials);
- :mod:`.tables`: Markdown tables with any column order;
- :mod:`.front_matter`: ``members:`` / ``attendees:`` lists in the front matter;

and what they share: :mod:`.records` (entries, blocks, the typed style records),
:mod:`.names` (one person as written), :mod:`.text` (spans, markup, splitting),
:mod:`.scanner` (finds the blocks), :mod:`.edits` (the public edits, each checked
before it is used), :mod:`.new_block` (a first block where a note has none).

The rules are those of ``docs/meeting-structure.md`` ("Attendees").
"""
