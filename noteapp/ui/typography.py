"""The editor's type: a good monospaced font where one is installed, a readable size, font
zoom, and the reading column (a maximum line width, centred in the editor).

Monospaced on purpose: the notes hold Markdown tables and aligned lists that must line up
as they will in the file.  Fonts are looked up among the installed families; a machine
with none of the preferred ones gets the system's fixed font at the same size.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase

# The first installed family wins: designed-for-screen coding fonts first, then the
# fonts every Linux, macOS and Windows has.
PREFERRED_FAMILIES = (
    "JetBrains Mono",
    "Cascadia Mono",
    "Source Code Pro",
    "Fira Mono",
    "IBM Plex Mono",
    "Noto Sans Mono",
    "SF Mono",
    "Menlo",
    "Consolas",
    "DejaVu Sans Mono",
    "Liberation Mono",
)
DEFAULT_POINT_SIZE = 11
MIN_POINT_SIZE, MAX_POINT_SIZE = 6, 40
# The widest text column, in characters: lines stay readable on a wide screen.
READING_COLUMNS = 96
# The narrowest text column a window keeps (noteapp.ui.narrow_layout moves docks for it).
MIN_COLUMNS = 60
MIN_MARGIN_PX = 4
# Each line of the note takes this many times its own height (half the extra above the
# text, half below): the airy lines of a writing tool, not a code editor's packed ones.
LINE_HEIGHT = 1.4
# Headings in the editor, by level (# to ######), as multiples of the text size.
HEADING_SCALES = (1.5, 1.3, 1.15, 1.05, 1.0, 1.0)
# Space around the text column, in average character widths (left/right) and lines (top).
SIDE_MARGIN_CHARS = 2.0
TOP_MARGIN_LINES = 0.6


def default_editor_font(installed: Iterable[str] | None = None) -> QFont:
    """The editor font when the user has chosen none: the first of
    :data:`PREFERRED_FAMILIES` in ``installed`` (default: the font database's families),
    else the system's fixed-pitch font, at :data:`DEFAULT_POINT_SIZE`."""
    families = set(QFontDatabase.families() if installed is None else installed)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    for family in PREFERRED_FAMILIES:
        if family in families:
            font = QFont(family)
            break
    font.setStyleHint(QFont.StyleHint.Monospace)  # a missing family falls back to a mono
    font.setFixedPitch(True)
    font.setPointSize(max(DEFAULT_POINT_SIZE, font.pointSize()))
    return font


def zoomed(font: QFont, steps: int) -> QFont:
    """``font`` made ``steps`` points larger (smaller when negative), within bounds."""
    result = QFont(font)
    base = font.pointSize() if font.pointSize() > 0 else DEFAULT_POINT_SIZE
    result.setPointSize(min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, base + steps)))
    return result


def clamp_zoom(font: QFont, steps: int) -> int:
    """The zoom ``steps`` that :func:`zoomed` really applies to ``font``."""
    base = font.pointSize() if font.pointSize() > 0 else DEFAULT_POINT_SIZE
    return zoomed(font, steps).pointSize() - base
