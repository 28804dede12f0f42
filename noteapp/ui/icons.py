"""Icons for the main commands, drawn in the palette's text colour at paint time.

``resources/icons/actions/<command>.svg`` are line drawings in ``currentColor``; the
icon engine below swaps in the palette's button-text colour (its disabled colour for
a disabled action) and renders through Qt's SVG image plugin, so no Python SVG module
is needed and a light/dark switch repaints every icon in the new colour.  Files are
read and rendered on first paint only.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

from noteapp.packaged import packaged_dir


def icon_names() -> list[str]:
    """The commands that have an icon."""
    return sorted(p.stem for p in packaged_dir("resources", "icons", "actions").glob("*.svg"))


class TintedSvgEngine(QIconEngine):
    """An SVG drawn in the application palette's colour for the icon's mode."""

    def __init__(self, name: str, svg: bytes | None = None) -> None:
        super().__init__()
        self.name = name
        self._svg = svg
        self._cache: dict[tuple[int, int, str], QPixmap] = {}

    def _source(self) -> bytes:
        if self._svg is None:
            path = packaged_dir("resources", "icons", "actions") / f"{self.name}.svg"
            self._svg = path.read_bytes()
        return self._svg

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
        data = QByteArray(self._source().replace(b"currentColor", colour.encode("ascii")))
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, QByteArray(b"svg"))
        reader.setScaledSize(QSize(width, height))
        image = reader.read()
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
        return TintedSvgEngine(self.name, self._svg)

    def key(self) -> str:
        return "noteapp-tinted-svg"

    def isNull(self) -> bool:
        return False


def command_icon(name: str) -> QIcon:
    """The icon of command ``name`` (see :func:`icon_names`)."""
    return QIcon(TintedSvgEngine(name))


def set_command_icons(commands: dict[str, object]) -> None:
    """Give every command that has a drawing its icon (menus show them too)."""
    from PySide6.QtGui import QAction

    for name in icon_names():
        action = commands.get(name)
        if isinstance(action, QAction):
            action.setIcon(command_icon(name))


__all__ = ["TintedSvgEngine", "command_icon", "icon_names", "set_command_icons"]
