"""The Settings panel and the conversation list are built just after the window's first
frame is on screen (issue 17). Until then the dock is a placeholder with the same title,
width and background, and the sidebar's frame is empty: the first frame has no layout jump,
and the panels' modules are imported only when they are built. The window is never narrower
than the panels open beside the conversation need (WidthKeeper)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QLayout,
    QMainWindow,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.ui.history.sidebar import HistorySidebar
    from desktop.ui.parameters.dock import ParameterDock

DOCK_NAME = "parameterDock"  # the window's saved state places the dock by this name
DOCK_WIDTH = 360  # the dock's own minimum width (parameters/dock.MIN_WIDTH), its width at first
# Closable (View ▸ Settings panel brings it back) and movable to the other side, but not
# floatable: a panel that comes loose with a double-click only confuses.
DOCK_FEATURES = (
    QDockWidget.DockWidgetFeature.DockWidgetClosable
    | QDockWidget.DockWidgetFeature.DockWidgetMovable
)
DOCK_AREAS = Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea


def placeholder_dock(window: QMainWindow) -> QDockWidget:
    """The dock as the first frame shows it: its title and width, nothing inside yet."""
    dock = QDockWidget(window)
    dock.setObjectName(DOCK_NAME)
    dock.setWindowTitle(QCoreApplication.translate("ParameterDock", "Settings"))
    dock.setAllowedAreas(DOCK_AREAS)
    dock.setFeatures(DOCK_FEATURES)
    dock.setMinimumWidth(DOCK_WIDTH)
    dock.setWidget(QWidget(dock))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


class WidthKeeper(QObject):
    """Keeps the window's minimum width at what it shows needs (never below `floor`): its
    central area's minimum (the top bar, the conversation list when shown, the conversation)
    and the Settings panel's beside it when open. It follows the panels as they open and
    close, and the language: a fixed minimum let a narrow window with both panels open take
    part of every button's, title's and field's width, and cut their words. The status bar
    does not count: a long message there must not widen the window."""

    def __init__(self, window: QMainWindow, floor: int, *panels: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._floor = floor
        self._dock: QDockWidget | None = None
        window.installEventFilter(self)  # a new layout: after it is made (Qt makes it first)
        for panel in panels:
            self.follow(panel)

    def follow(self, panel: QWidget) -> None:
        """Fit again as soon as `panel` shows or hides (a dock: the one that counts)."""
        panel.installEventFilter(self)
        if isinstance(panel, QDockWidget):
            self._dock = panel
            self.fit()  # the Settings panel built in its placeholder's place

    def fit(self) -> None:
        """The minimum width for what shows now (a window not on screen yet keeps its floor:
        a saved size is restored to it first, and its first layout fits it)."""
        if self._window.isVisible():
            self._window.setMinimumWidth(self.minimum_width())

    def minimum_width(self) -> int:
        window = self._window
        central = window.centralWidget()
        width = central.minimumSizeHint().width() if central is not None else 0
        dock = self._dock
        if dock is not None and dock.isVisibleTo(window) and not dock.isFloating():
            extent = QStyle.PixelMetric.PM_DockWidgetSeparatorExtent
            separator = window.style().pixelMetric(extent, None, window)
            width += max(dock.minimumWidth(), dock.minimumSizeHint().width()) + separator
        return max(self._floor, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind is QEvent.Type.LayoutRequest:
            self.fit()
        elif kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            # At once, not at the next layout: a resize that follows must not be held back.
            # The panel's parent (the splitter) would tell its layout only then.
            parent = watched.parentWidget() if isinstance(watched, QWidget) else None
            if parent is not None and parent is not self._window:
                parent.updateGeometry()
            self.fit()
        return False


def build_panels(
    window: QMainWindow, placeholder: QDockWidget, panel_action: QAction, sidebar_layout: QLayout
) -> tuple[ParameterDock, HistorySidebar, QAction]:
    """Put the real dock where the placeholder is (same side, width, shown or not) and the
    conversation list in its frame; the dock's toggle action takes the placeholder's place in
    the View menu and the top bar. Returns the dock, the sidebar and that action."""
    from desktop.ui.history.sidebar import HistorySidebar
    from desktop.ui.parameters.dock import ParameterDock

    sidebar = HistorySidebar(window)
    sidebar_layout.addWidget(sidebar)
    sidebar.show()  # the layout would show it in a later pass: one frame without it
    dock = ParameterDock(window)
    dock.setFeatures(DOCK_FEATURES)
    state = window.saveState()
    window.removeDockWidget(placeholder)
    placeholder.setObjectName("")
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.restoreState(state)
    action = dock.toggleViewAction()
    action.setObjectName(panel_action.objectName())
    for word in ("text", "iconText", "toolTip", "icon"):
        action.setProperty(word, panel_action.property(word))
    for user in panel_action.associatedObjects():
        if isinstance(user, QMenu):
            user.insertAction(panel_action, action)
            user.removeAction(panel_action)
        elif isinstance(user, QToolButton):
            user.setDefaultAction(action)
            user.removeAction(panel_action)  # two actions would draw a menu arrow
    placeholder.deleteLater()
    return dock, sidebar, action
