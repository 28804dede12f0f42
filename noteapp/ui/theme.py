"""Light and dark: the palette every window is painted with (View ▸ Theme).

"System" follows the desktop (``QStyleHints.colorScheme``, Qt 6.5+) and keeps the
platform's own palette where it already matches; "Light" and "Dark" are the user's
choice.  Where the platform cannot paint the wanted scheme itself (Linux without a
platform theme, Xvfb, an old Qt) the application palette below is used.  Colours
elsewhere in the window are derived from palette roles, so they follow the switch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QActionGroup, QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from noteapp.ui.colours import contrast, mix

if TYPE_CHECKING:
    from noteapp.ui.window_api import WindowAPI

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)

# (role, active colour, disabled colour or None): calm greys with a soft blue accent.
_R = QPalette.ColorRole
_DARK = (
    (_R.Window, "#26282c", None),
    (_R.WindowText, "#e2e2e0", "#7a7d82"),
    (_R.Base, "#1d1f22", "#232528"),
    (_R.AlternateBase, "#25272b", None),
    (_R.Text, "#dcdcd8", "#74777c"),
    (_R.PlaceholderText, "#8b8e94", None),
    (_R.Button, "#303237", None),
    (_R.ButtonText, "#e2e2e0", "#7a7d82"),
    (_R.BrightText, "#ff8a80", None),
    (_R.Highlight, "#3f6ea8", "#3a3d42"),
    (_R.HighlightedText, "#ffffff", "#9a9da2"),
    (_R.Link, "#82b1f0", None),
    (_R.LinkVisited, "#b9a2f0", None),
    (_R.ToolTipBase, "#303237", None),
    (_R.ToolTipText, "#e2e2e0", None),
    (_R.Light, "#44474d", None),
    (_R.Midlight, "#383a40", None),
    (_R.Mid, "#202226", None),
    (_R.Dark, "#18191c", None),
    (_R.Shadow, "#0c0c0d", None),
)
_LIGHT = (
    (_R.Window, "#f3f3f1", None),
    (_R.WindowText, "#24292f", "#8c9096"),
    (_R.Base, "#fdfdfc", "#f3f3f1"),
    (_R.AlternateBase, "#f6f6f4", None),
    (_R.Text, "#2a2f35", "#8c9096"),
    (_R.PlaceholderText, "#7d8288", None),
    (_R.Button, "#ebebe8", None),
    (_R.ButtonText, "#24292f", "#8c9096"),
    (_R.BrightText, "#b3261e", None),
    (_R.Highlight, "#3b73b9", "#c9ccd0"),
    (_R.HighlightedText, "#ffffff", "#50555b"),
    (_R.Link, "#0b5cad", None),
    (_R.LinkVisited, "#6f42c1", None),
    (_R.ToolTipBase, "#fffbe6", None),
    (_R.ToolTipText, "#24292f", None),
    (_R.Light, "#ffffff", None),
    (_R.Midlight, "#f7f7f5", None),
    (_R.Mid, "#c4c6c9", None),
    (_R.Dark, "#9fa2a6", None),
    (_R.Shadow, "#6b6e72", None),
)


def _palette(table: tuple[tuple[QPalette.ColorRole, str, str | None], ...]) -> QPalette:
    palette = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    for role, colour, disabled in table:
        for group in groups:
            palette.setColor(group, role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled or colour))
    accent = getattr(_R, "Accent", None)  # Qt 6.6+
    if accent is not None:
        highlight = palette.color(_R.Highlight)
        for group in (*groups, QPalette.ColorGroup.Disabled):
            palette.setColor(group, accent, highlight)
    return palette


def palette_for(scheme: str) -> QPalette:
    """noteapp's own palette for ``LIGHT`` or ``DARK``."""
    return _palette(_DARK if scheme == DARK else _LIGHT)


def is_dark(palette: QPalette) -> bool:
    return palette.color(_R.Window).lightnessF() < 0.5


def system_scheme() -> str:
    """The desktop's colour scheme: ``DARK`` or ``LIGHT`` (unknown reads as light)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def effective_scheme(choice: str) -> str:
    return system_scheme() if choice not in (LIGHT, DARK) else choice


# The window's chrome, denser than the platform's defaults (a writing tool's, not a form's):
# pixels for the style metrics below; the rest stays the platform's.
_METRICS = {
    QStyle.PixelMetric.PM_DockWidgetTitleMargin: 2,
    QStyle.PixelMetric.PM_DockWidgetTitleBarButtonMargin: 1,
    QStyle.PixelMetric.PM_DockWidgetSeparatorExtent: 4,
    QStyle.PixelMetric.PM_ToolBarItemSpacing: 1,
    QStyle.PixelMetric.PM_ToolBarItemMargin: 1,
    QStyle.PixelMetric.PM_ToolBarFrameWidth: 1,
    QStyle.PixelMetric.PM_ToolBarHandleExtent: 6,
    QStyle.PixelMetric.PM_LayoutLeftMargin: 6,
    QStyle.PixelMetric.PM_LayoutTopMargin: 6,
    QStyle.PixelMetric.PM_LayoutRightMargin: 6,
    QStyle.PixelMetric.PM_LayoutBottomMargin: 6,
    QStyle.PixelMetric.PM_LayoutHorizontalSpacing: 4,
    QStyle.PixelMetric.PM_LayoutVerticalSpacing: 4,
}
# Table rows: the text's height plus this many pixels (Fusion's rows are ~30 px).
ROW_PADDING = 8
# The check box outline against its background, at least (WCAG's 3:1 for controls).
CHECK_CONTRAST = 3.0
_CHECKS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)


def check_outline(palette: QPalette) -> QColor:
    """The outline of a check box on ``palette``: the text colour mixed into the base,
    enough to read at :data:`CHECK_CONTRAST` (Fusion's is darker than a dark base)."""
    base = palette.color(_R.Base)
    text = palette.color(_R.Text)

    for amount in (0.45, 0.55, 0.65, 0.8, 1.0):
        outline = mix(base, text, amount)
        if contrast(outline, base) >= CHECK_CONTRAST:
            return outline
    return text


class NoteStyle(QProxyStyle):
    """The platform's style with denser chrome (:data:`_METRICS`, table rows) and check
    boxes whose outline reads on a dark base and a light one (the agenda, the attendees'
    Present, the action items' Done)."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in _METRICS:
            return _METRICS[metric]
        if metric == QStyle.PixelMetric.PM_HeaderDefaultSectionSizeVertical:
            metrics = widget.fontMetrics() if widget is not None else QApplication.fontMetrics()
            return metrics.height() + ROW_PADDING
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _CHECKS:
            # Fusion outlines a box in the window colour darkened: lost on a dark base,
            # faint (1.8:1) on a light one.
            size = min(option.rect.width(), option.rect.height(), 16) - 1
            box = QRectF(option.rect.x() + 0.5, option.rect.y() + 0.5, size, size)
            box.moveCenter(QRectF(option.rect).center())
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(check_outline(option.palette), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            painter.restore()


def install_style(app: QApplication) -> NoteStyle:
    """Wrap the application's style in :class:`NoteStyle` (once)."""
    style = app.style()
    if isinstance(style, NoteStyle):
        return style
    wrapped = NoteStyle(style.name())
    app.setStyle(wrapped)
    return wrapped


class ThemeManager(QObject):
    """Applies a theme choice to the application and follows the system while the
    choice is "system".  One per application (every window shares the palette)."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("themeManager")
        self.app = app
        self.choice = SYSTEM
        self._own_palette = False  # the application palette is one of ours
        self.applied = False  # apply() has run once
        self._requested = False  # a colour scheme was asked of Qt
        if isinstance(app, QApplication):
            install_style(app)
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_changed)

    def apply(self, choice: str) -> None:
        self.choice = choice if choice in THEMES else SYSTEM
        self.applied = True
        hints = self.app.styleHints()
        # Qt 6.8+: native styles switch themselves.  Not called for "system" at start:
        # a request that changes nothing still costs a theme refresh before the first paint.
        if hasattr(hints, "setColorScheme") and (self.choice != SYSTEM or self._requested):
            wanted = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}
            hints.setColorScheme(wanted.get(self.choice, Qt.ColorScheme.Unknown))
            self._requested = self.choice != SYSTEM
        scheme = effective_scheme(self.choice)
        if self._own_palette:
            self.app.setPalette(QPalette())  # back to the platform's, to see what it paints
            self._own_palette = False
        if self.choice != SYSTEM or is_dark(self.app.palette()) != (scheme == DARK):
            self.app.setPalette(palette_for(scheme))
            self._own_palette = True

    def _system_changed(self, _scheme: object) -> None:
        if self.choice == SYSTEM:
            self.apply(SYSTEM)


def theme_manager() -> ThemeManager:
    """The application's ThemeManager, made on first use."""
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    found = app.findChild(ThemeManager, "themeManager")
    return found if found is not None else ThemeManager(app)


def install(window: WindowAPI) -> None:
    """View ▸ Theme ▸ System / Light / Dark, kept in the settings (shared by every window)."""

    manager = theme_manager()
    menu = window.menu("View").addMenu(QCoreApplication.translate("theme", "&Theme"))
    menu.setObjectName("themeMenu")
    group = QActionGroup(menu)
    for choice in THEMES:

        def choose(_checked: bool = False, choice: str = choice) -> None:
            manager.apply(choice)
            if window.settings.theme != choice:
                window.settings.theme = choice
                window.settings_changed()

        action = window.add_command(f"theme_{choice}", choose, checkable=True, menu=False)
        action.setChecked(choice == window.settings.theme)
        group.addAction(action)
        menu.addAction(action)
    if manager.choice != window.settings.theme or not manager.applied:
        manager.apply(window.settings.theme)
