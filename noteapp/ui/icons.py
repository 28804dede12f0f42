"""Icons for the main commands, drawn in the palette's text colour at paint time.

``resources/icons/actions/<command>.svg`` are line drawings; ``make icons`` renders each
to masks ``actions/png/<command>-<size>.png`` (8-bit, a colour table of black at every
alpha).  The icon engine below swaps that table for the palette's button-text colour
(its disabled colour for a disabled action) when painting, so a light/dark switch
repaints every icon in the new colour, and nothing needs QtSvg, an SVG parse or a
painter at start-up (a PNG decode is ~0.1 ms).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)

from noteapp.packaged import packaged_dir

MASK_SIZES = (16, 20, 24, 32, 40, 48)  # packaging/render_icons.py ACTION_SIZES


@functools.cache
def _folder() -> Path:
    return packaged_dir("resources", "icons", "actions")  # ~0.5 ms a call: once


def icon_names() -> list[str]:
    """The commands that have an icon."""
    return sorted(p.stem for p in _folder().glob("*.svg"))


class TintedSvgEngine(QIconEngine):
    """A command's drawing in the application palette's colour for the icon's mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._masks: dict[int, QImage] = {}
        self._cache: dict[tuple[int, int, str], QPixmap] = {}

    def _mask(self, side: int) -> QImage:
        """The mask rendered nearest above ``side`` (scaled when no size matches)."""
        size = next((s for s in MASK_SIZES if s >= side), MASK_SIZES[-1])
        mask = self._masks.get(size)
        if mask is None:
            path = _folder() / "png" / f"{self.name}-{size}.png"
            mask = self._masks[size] = QImage(str(path))
        if mask.isNull() or mask.width() == side:
            return mask
        return mask.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    def _colour(self, mode: QIcon.Mode) -> str:
        palette = QGuiApplication.palette()
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        return palette.color(group, QPalette.ColorRole.ButtonText).name()

    def render(self, width: int, height: int, mode: QIcon.Mode) -> QPixmap:
        colour = self._colour(mode)
        key = (width, height, colour)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        image = QImage(self._mask(min(width, height)))
        if image.colorCount() == 256:  # the mask's table: black at alpha 0..255
            rgb = QColor(colour).rgb() & 0xFFFFFF
            image.setColorTable([rgb | alpha << 24 for alpha in range(256)])
        pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self._cache[key] = pixmap
        return pixmap

    # -- QIconEngine ---------------------------------------------------------------------

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = min(size.width(), size.height())
        return self.render(side, side, mode)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * scale))
        pixmap = QPixmap(self.render(side, side, mode))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        side = min(rect.width(), rect.height())
        pixmap = self.render(round(side * scale), round(side * scale), mode)
        target = QRect(0, 0, side, side)
        target.moveCenter(rect.center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.name)

    def key(self) -> str:
        return "noteapp-tinted-svg"

    def isNull(self) -> bool:
        return False


def command_icon(name: str) -> QIcon:
    """The icon of command ``name`` (see :func:`icon_names`)."""
    return QIcon(TintedSvgEngine(name))


def set_command_icons(commands: dict[str, object]) -> None:
    """Give every command that has a drawing its icon (menus show them too)."""

    for name in icon_names():
        action = commands.get(name)
        if isinstance(action, QAction):
            action.setIcon(command_icon(name))


__all__ = ["TintedSvgEngine", "command_icon", "icon_names", "set_command_icons"]
