"""The characters of a note: bytes and text, edits, the outline, front matter."""
