"""The Settings panel and the conversation list are built just after the window's first
frame is on screen (issue 17). Until then the dock is a placeholder with the same title,
width and background, and the sidebar's frame is empty: the first frame has no layout jump,
and the panels' modules are imported only when they are built."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QLayout,
    QMainWindow,
    QMenu,
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
