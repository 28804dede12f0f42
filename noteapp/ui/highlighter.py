"""Markdown highlighting for meeting notes, cheap enough to run on every keystroke.

Qt calls :meth:`NoteHighlighter.highlightBlock` for each changed line, and for the
following lines only while their block state changes, so the work per line is one
anchored regex match plus, on lines that can hold them, one scan for inline spans.
Block states carry what spans lines: the front matter (opened on line 1 only),
fenced code and HTML comments.

A note that is loaded is coloured in slices from the top (:meth:`NoteHighlighter.hold`
while it loads, :meth:`~NoteHighlighter.release`, then
:meth:`~NoteHighlighter.colour_slice` on later loop turns): all at once froze the window
for 0.57 s at 50,000 lines.  Lines past the slices done are left
alone until their slice comes, also when a keystroke's re-highlighting reaches them: Qt
carries a change on to the next line while a line's state changes, and a line never
coloured always changes it (from -1), so one keystroke would colour the rest of the note.
"""

from __future__ import annotations

import time

from PySide6.QtCore import SIGNAL, SLOT, QObject
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)

from noteapp.core.text.lazy_pattern import lazy_compile
from noteapp.ui.colours import mix, tone
from noteapp.ui.textbridge import OffsetMap, utf16_length
from noteapp.ui.typography import HEADING_SCALES

__all__ = ["NoteHighlighter", "mix", "palette_formats"]

# Block states (-1, Qt's "never highlighted", reads as NORMAL).
NORMAL = 0
FRONT_YAML = 1
FRONT_TOML = 2
COMMENT = 3
# Fenced code: FENCE + 2 * fence length + (1 for "~"), so only a matching fence closes it.
FENCE = 16
# A slice of a loaded note colours at most this many lines, for at most this long (a
# line takes ~15 µs, but each call into Python waits for the GIL while a long note's
# parse runs in its worker); the event loop runs between slices.
SLICE_BLOCKS = 1000
SLICE_SECONDS = 0.008

# The document's signal and the highlighter's own slot that Qt connects in setDocument.
_CHANGE = SIGNAL("contentsChange(int,int,int)")
_REFORMAT = SLOT("_q_reformatBlocks(int,int,int)")

_FRONT_OPEN = {"---": FRONT_YAML, "+++": FRONT_TOML}
_FRONT_CLOSE = lazy_compile(r"(?:---|\.\.\.|\+\+\+)[ \t]*")
_STRAY_OPEN = lazy_compile(r"\S{1,3}---[ \t]*|---\S{1,3}[ \t]*")  # "x---", as core/frontmatter
_FRONT_KEY = lazy_compile(r"""(?:"[^"]*"|'[^']*'|[^\s#:'"\-][^:#]*?)[ \t]*[:=](?=[ \t]|$)""")
_FENCE_LINE = lazy_compile(r" {0,3}(`{3,}|~{3,})")
# What a line is, from its start: one match per line.  A list item may open with a task
# box and a speaker ("- JH:", "- [x] (KO)"); "**Updates:**" alone is a pseudo-heading.
_LINE = lazy_compile(
    r" {0,3}(?:(?P<fence>`{3,}|~{3,})"
    r"|(?P<atx>#{1,6}(?:[ \t]|$))"
    r"|(?P<rule>(?:=+|-+|\*{3,}|_{3,})[ \t]*$)"
    r"|(?P<pseudo>\*\*[^*]+\*\*[ \t]*:?[ \t]*$))"
    r"|(?P<item>[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+"
    r"(?:(?P<box>\[[ xX]\])(?:[ \t]+|$))?"
    r"(?:(?P<speaker>[A-Z]{2,4}:|\([A-Z]{2,4}\))(?=[ \t]|$))?)"
)
_INLINE = lazy_compile(
    r"(?P<code>`[^`]+`)"
    r"|(?P<comment><!--(?:.*?(?P<closed>-->)|.*))"
    r"|(?P<link>!?\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\))"
    r"|(?P<auto><(?:https?|mailto|ftp):[^>\s]+>)"
    r"|(?P<url>\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"*_~])"
    r"|(?P<bold>\*\*[^*]+\*\*)"
)
# Only lines holding one of these can have inline spans: a cheap test before the scan.
_INLINE_HINT = lazy_compile(r"[`<\[*]|http|www\.")


def _format(
    color: QColor | None = None,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    background: QColor | None = None,
) -> QTextCharFormat:
    f = QTextCharFormat()
    if color is not None:
        f.setForeground(color)
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    if italic:
        f.setFontItalic(True)
    if underline:
        f.setFontUnderline(True)
    if background is not None:
        f.setBackground(background)
    return f


def palette_formats(palette: QPalette, point_size: float = 0) -> dict[str, QTextCharFormat]:
    """The named formats for ``palette``: calm hues (low saturation, one accent per
    role) at a lightness that reads on its base colour, the Markdown marks muted.

    With the text's ``point_size``, headings are set larger by level
    (:data:`~noteapp.ui.typography.HEADING_SCALES`): ``heading1`` … ``heading6``, their
    ``#`` marks and links alike, so a heading line keeps one baseline."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)

    def hue(degrees: int, saturation: float = 0.45) -> QColor:
        return tone(palette, degrees, saturation)

    muted = mix(text, base, 0.45)
    code_bg = mix(base, text, 0.06)
    error = _format(hue(0, 0.75))
    error.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    error.setUnderlineColor(hue(0, 0.75))
    formats = {
        "front_delimiter": _format(muted, bold=True),
        "front_key": _format(mix(text, hue(275, 0.35), 0.75)),
        "front_value": _format(mix(text, base, 0.2)),
        "front_error": error,
        "heading": _format(mix(text, hue(212, 0.5), 0.8), bold=True),
        "marker": _format(muted),
        "heading_marker": _format(mix(muted, hue(212, 0.5), 0.3), bold=True),
        "task_open": _format(hue(32, 0.7), bold=True),
        "task_done": _format(hue(140, 0.35), bold=True),
        "speaker": _format(hue(190, 0.45), bold=True),
        "link": _format(hue(212, 0.55), underline=True),
        "code": _format(mix(text, hue(20, 0.5), 0.45), background=code_bg),
        "fence": _format(muted, background=code_bg),
        "comment": _format(muted, italic=True),
        "bold": _format(bold=True),
    }
    for level, scale in enumerate(HEADING_SCALES, start=1):
        for name in ("heading", "heading_marker", "link"):
            sized = QTextCharFormat(formats[name])
            if name != "link":
                sized.setFontWeight(QFont.Weight.Bold)
            if point_size > 0 and scale != 1.0:
                sized.setFontPointSize(round(point_size * scale, 1))
            formats[f"{name}{level}"] = sized
    return formats


class NoteHighlighter(QSyntaxHighlighter):
    """Highlights front matter, headings, task boxes, speakers, links, code and comments."""

    def __init__(self, parent: QObject, palette: QPalette, point_size: float = 0) -> None:
        """``parent``: the document to colour, or an owner (then see ``setDocument``);
        ``point_size``: the text's, which headings are set larger than."""
        super().__init__(parent)
        self.palette = QPalette(palette)
        self.point_size = point_size
        self._formats: dict[str, QTextCharFormat] | None = None  # made when first needed
        self._offsets: OffsetMap | None = None  # the current line's, if it has astral chars
        # Where the lines not coloured yet begin (None: every line is); moves with edits.
        self._frontier: QTextCursor | None = None
        self._held = False  # hold(): Qt's own re-highlighting of changes is off
        self._slice: tuple[int, float] | None = None  # in a slice: its start, its deadline

    @property
    def formats(self) -> dict[str, QTextCharFormat]:
        """The named formats (:func:`palette_formats`) for the palette and text size."""
        if self._formats is None:
            self._formats = palette_formats(self.palette, self.point_size)
        return self._formats

    def set_palette(self, palette: QPalette) -> None:
        """Recolour for a new palette (a light/dark switch)."""
        self.palette = QPalette(palette)
        self._formats = None
        self._recolour()

    def set_point_size(self, point_size: float) -> None:
        """Size the headings for a new text size (zoom, another font)."""
        if point_size == self.point_size:
            return
        self.point_size = point_size
        self._formats = None
        self._recolour()

    def _recolour(self) -> None:
        # Lines past the frontier are skipped (their slice comes); a held text has none.
        if self.document() is not None and not self._held:
            self.rehighlight()

    # -- colouring a loaded note in slices -------------------------------------------------

    def hold(self) -> bool:
        """The text is about to be replaced: leave the new text uncoloured (Qt would
        colour all of it in the replacing call) until :meth:`release`.  False when this
        Qt's highlighter cannot be held (then colour it as before)."""
        if not self._held and self.document() is not None:
            self._frontier = None
            self._held = QObject.disconnect(self.document(), _CHANGE, self, _REFORMAT)
        return self._held

    def release(self) -> None:
        """Colour changes again as they are made, except in the lines past the frontier,
        which goes to the top: the whole text waits for its slices."""
        if self._held:
            QObject.connect(self.document(), _CHANGE, self, _REFORMAT)
            self._held = False
        self._frontier = QTextCursor(self.document())

    @property
    def colouring(self) -> bool:
        """True while lines wait for their slice."""
        return self._frontier is not None

    def colour_slice(self) -> bool:
        """Colour the next :data:`SLICE_BLOCKS` lines not coloured yet; True while more
        lines wait.  (Changes colours only, but Qt emits ``contentsChanged`` for it.)"""
        frontier, document = self._frontier, self.document()
        if frontier is None or document is None:
            return False
        start = frontier.block()
        end = document.findBlockByNumber(start.blockNumber() + SLICE_BLOCKS)
        if end.isValid():
            frontier.setPosition(end.position())
        else:
            self._frontier = None  # the last slice: nothing past it is skipped
        self._slice = (start.position(), time.perf_counter() + SLICE_SECONDS)
        try:
            self.rehighlightBlock(start)  # and on while the lines' states change: the slice
        finally:
            self._slice = None
        return self._frontier is not None

    def highlightBlock(self, text: str) -> None:
        frontier, in_slice = self._frontier, self._slice
        if frontier is not None or in_slice is not None:
            block = self.currentBlock()
            if frontier is not None and block.position() + block.length() > frontier.position():
                return  # not reached yet: the state stays -1, so Qt goes no further
            if in_slice and block.position() != in_slice[0] and time.perf_counter() > in_slice[1]:
                self._frontier = QTextCursor(block)  # the slice's time is up: the rest later
                return
        # Qt counts UTF-16 units: an emoji before a span shifts it (see _paint).
        astral = not text.isascii() and utf16_length(text) != len(text)
        self._offsets = OffsetMap(text) if astral else None
        state = self.previousBlockState()
        if state in (FRONT_YAML, FRONT_TOML):
            self._front_line(text, state)
        elif state >= FENCE:
            self._code_line(text, state)
        elif state == COMMENT:
            self._comment_line(text)
        elif state < 0 and not self.currentBlock().previous().isValid():
            self._first_line(text)
        else:
            self._line(text)

    def _paint(self, start: int, end: int, name: str) -> None:
        """Format ``text[start:end]`` (code-point offsets) with the format called ``name``."""
        if self._offsets is not None:
            start, end = self._offsets.to_utf16(start), self._offsets.to_utf16(end)
        self.setFormat(start, end - start, self.formats[name])

    # -- lines inside a span ---------------------------------------------------------------

    def _first_line(self, text: str) -> None:
        opener = text.rstrip(" \t")
        if opener in _FRONT_OPEN:
            self._paint(0, len(text), "front_delimiter")
            self.setCurrentBlockState(_FRONT_OPEN[opener])
        elif _STRAY_OPEN.fullmatch(text):  # "x---": a broken front matter, flagged
            self._paint(0, len(text), "front_error")
            self.setCurrentBlockState(NORMAL)
        else:
            self._line(text)

    def _front_line(self, text: str, state: int) -> None:
        if _FRONT_CLOSE.fullmatch(text):
            self._paint(0, len(text), "front_delimiter")
            self.setCurrentBlockState(NORMAL)
            return
        self.setCurrentBlockState(state)
        key = _FRONT_KEY.match(text)
        if key:
            colon = key.end() - 1
            self._paint(0, colon, "front_key")
            self._paint(colon, len(text), "front_value")
        elif text.lstrip().startswith("#"):
            self._paint(0, len(text), "comment")
        else:
            self._paint(0, len(text), "front_value")

    def _code_line(self, text: str, state: int) -> None:
        length, char = (state - FENCE) // 2, "~" if (state - FENCE) % 2 else "`"
        fence = _FENCE_LINE.match(text)
        marks = fence.group(1) if fence else ""
        if marks[:1] == char and len(marks) >= length and not text[len(fence.group()) :].strip():
            self._paint(0, len(text), "fence")
            self.setCurrentBlockState(NORMAL)
        else:
            self._paint(0, len(text), "code")
            self.setCurrentBlockState(state)

    def _comment_line(self, text: str) -> None:
        end = text.find("-->")
        if end < 0:
            self._paint(0, len(text), "comment")
            self.setCurrentBlockState(COMMENT)
        else:
            self._paint(0, end + 3, "comment")
            self.setCurrentBlockState(NORMAL)
            self._inline(text, end + 3)

    # -- an ordinary line ------------------------------------------------------------------

    def _line(self, text: str) -> None:
        self.setCurrentBlockState(NORMAL)
        line = _LINE.match(text)
        kind = line.lastgroup if line else None
        if kind == "fence":
            marks = line.group("fence")
            self._paint(0, len(text), "fence")
            self.setCurrentBlockState(FENCE + 2 * min(len(marks), 60) + (marks[0] == "~"))
        elif kind == "atx":  # larger by level; the marks recede, the words stand out
            level = len(line.group("atx").rstrip())
            self._paint(0, len(text), f"heading{level}")
            self._paint(0, line.end("atx"), f"heading_marker{level}")
            self._inline(text, 0, links_only=True, link=f"link{level}")
        elif kind == "pseudo":  # "**Updates:**": bold at the text's size
            self._paint(0, len(text), "heading")
            self._inline(text, 0, links_only=True)
        elif kind == "rule":
            self._paint(0, len(text), "marker")
        elif kind == "item":
            box = line.start("box")
            if box >= 0:
                self._paint(box, box + 3, "task_open" if text[box + 1] == " " else "task_done")
            if line.start("speaker") >= 0:
                self._paint(line.start("speaker"), line.end("speaker"), "speaker")
            self._inline(text, line.end())
        else:
            self._inline(text, 0)

    def _inline(
        self, text: str, start: int, *, links_only: bool = False, link: str = "link"
    ) -> None:
        if not _INLINE_HINT.search(text, start):
            return
        for match in _INLINE.finditer(text, start):
            kind = match.lastgroup or ""
            if kind in ("auto", "url"):
                kind = "link"
            elif kind == "comment" and match.start("closed") < 0:
                self.setCurrentBlockState(COMMENT)  # it goes on over the next lines
            if links_only and kind != "link":
                continue
            if kind == "link":
                kind = link
            self._paint(match.start(), match.end(), kind)
            if kind == "bold":  # "**" muted, as the words they embolden are not
                self._paint(match.start(), match.start() + 2, "marker")
                self._paint(match.end() - 2, match.end(), "marker")
