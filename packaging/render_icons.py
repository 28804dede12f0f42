"""Render resources/icons/noteapp.svg to noteapp-<size>.png in every size the app ships,
and the command icons resources/icons/actions/<name>.svg to masks
resources/icons/actions/png/<name>-<size>.png (black on transparent: noteapp/ui/icons.py
tints them with the palette when painting).

Run: ``make icons`` (or ``QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py``).
The SVG is the source; the PNGs are committed so that neither the wheel nor the bundle
needs QtSvg at run time.  noteapp/ui/app.py (ICON_SIZES) and packaging/install-desktop.sh
use these sizes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)
ACTION_SIZES = (16, 20, 24, 32, 40, 48)  # toolbar and menu sizes, 1x and 2x


def render_action(svg: Path, size: int) -> QImage:
    """A command icon as a mask: an 8-bit image whose colour table is black at alpha
    0..255, so noteapp tints it by swapping the table (no painting at run time)."""
    data = svg.read_bytes().replace(b"currentColor", b"#000000")
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    mask = QImage(size, size, QImage.Format.Format_Indexed8)
    mask.setColorTable([alpha << 24 for alpha in range(256)])
    for y in range(size):
        for x in range(size):
            mask.setPixel(x, y, image.pixelColor(x, y).alpha())
    return mask


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def palette_png(mask: QImage) -> bytes:
    """``mask`` as a paletted PNG (PLTE + tRNS), which Qt reads back as an 8-bit image
    with its colour table; Qt's own writer would store it as RGBA."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    width, height = mask.width(), mask.height()
    rows = b"".join(
        b"\0" + bytes(mask.pixelIndex(x, y) for x in range(width)) for y in range(height)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
        + chunk(b"PLTE", bytes(3 * 256))
        + chunk(b"tRNS", bytes(range(256)))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "noteapp.svg"
    for size in SIZES:
        out = ICONS / f"noteapp-{size}.png"
        if not render(svg, size).save(str(out), "PNG"):
            print(f"render_icons: could not write {out}", file=sys.stderr)
            return 1
        print(f"wrote {out.relative_to(ICONS.parents[1])}")
    masks = ICONS / "actions" / "png"
    masks.mkdir(exist_ok=True)
    for svg in sorted((ICONS / "actions").glob("*.svg")):
        for size in ACTION_SIZES:
            out = masks / f"{svg.stem}-{size}.png"
            out.write_bytes(palette_png(render_action(svg, size)))
    print(f"wrote {masks.relative_to(ICONS.parents[1])}/*.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
