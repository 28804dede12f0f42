"""Colours derived from the palette, so that they read in the light and the dark theme.

Nothing in the window hard-codes a colour against an unknown background: a hue is
given the lightness that reads on the palette's base, and backgrounds are the base
moved a little towards a hue (the text on them keeps the palette's text colour).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0..1)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def dark_base(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def tone(palette: QPalette, degrees: int, saturation: float = 0.5) -> QColor:
    """A text colour of hue ``degrees`` that reads on the palette's base colour."""
    lightness = 0.72 if dark_base(palette) else 0.36
    return QColor.fromHslF(degrees / 360, saturation, lightness)


def attention_background(palette: QPalette) -> QColor:
    """A row to notice (a daylight-saving change): the base tinted amber, under the
    palette's own text colour."""
    base = palette.color(QPalette.ColorRole.Base)
    amber = QColor.fromHslF(43 / 360, 0.9, 0.5)
    return mix(base, amber, 0.22 if dark_base(palette) else 0.3)


def error_colour(palette: QPalette) -> QColor:
    """Text that reports an error."""
    return tone(palette, 0, 0.7)


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
