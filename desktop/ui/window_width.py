"""The main window's width: never narrower than the Settings panel and the conversation
need, and the conversation list gives way when the window is too narrow for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QStyle, QWidget


class WidthKeeper(QObject):
    """Keeps the window's minimum width at what it shows needs (never below `floor`): its
    central area's minimum (the top bar, the conversation) and the Settings panel's beside
    it when open. A fixed minimum let a narrow window with both panels open take part of
    every button's, title's and field's width, and cut their words. The status bar does not
    count: a long message there must not widen the window.

    The conversation list gives way instead of holding the window wide, as a sidebar does
    in the system's own apps: narrowed below what the list needs (a small screen, a window
    snapped to half of one), the window hides it, and shows it again once it is wide enough.
    Closed by the user, it stays closed."""

    def __init__(
        self,
        window: QMainWindow,
        floor: int,
        list_frame: QWidget,
        list_action: QAction,
        dock: QDockWidget,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._floor = floor
        self._list = list_frame
        self._list_action = list_action
        self._list_gave_way = False
        self._giving_way = False
        self._dock = dock
        list_action.toggled.connect(self._on_list_action_toggled)
        window.installEventFilter(self)  # a new layout: after it is made (Qt makes it first)
        list_frame.installEventFilter(self)
        self.follow(dock)

    def follow(self, dock: QDockWidget) -> None:
        """Fit again as soon as `dock` (the Settings panel) shows or hides."""
        dock.installEventFilter(self)
        self._dock = dock
        self.fit()  # the Settings panel built in its placeholder's place

    def choose_list(self, shown: bool) -> None:
        """The user's (or their saved layout's) choice: the list shown or closed."""
        self._list_gave_way = False
        if self._list_action.isChecked() == shown:
            self._give_way_or_come_back()  # shown in a window too narrow: it gives way again
        else:
            self._list_action.setChecked(shown)

    def list_gave_way(self) -> bool:
        """The conversation list is hidden only because the window is too narrow for it."""
        return self._list_gave_way

    def fit(self) -> None:
        """The minimum width for what shows now (a window not on screen yet keeps its floor:
        a saved size is restored to it first, and its first layout fits it)."""
        width = self.minimum_width()
        if self._window.isVisible() and self._window.minimumWidth() != width:
            self._window.setMinimumWidth(width)

    def minimum_width(self) -> int:
        """Without the list: it gives way rather than hold the window wide."""
        return max(self._floor, self._central_width(with_list=False) + self._dock_width())

    def width_with_list(self) -> int:
        """How wide the window must be to show the conversation list too."""
        return max(self._floor, self._central_width(with_list=True) + self._dock_width())

    def _central_width(self, *, with_list: bool) -> int:
        """The central area's minimum width with or without the list, whether it shows now
        or not: its layout's margins around the widest of its rows, the row of the list and
        the conversation counted piece by piece."""
        central = self._window.centralWidget()
        layout = central.layout() if central is not None else None
        splitter = self._list.parentWidget()
        if layout is None or not isinstance(splitter, QSplitter):
            return central.minimumSizeHint().width() if central is not None else 0
        row = sum(
            _min_width(splitter.widget(index)) + (splitter.handleWidth() if index else 0)
            for index in range(splitter.count())
            if splitter.widget(index) is not self._list and not splitter.widget(index).isHidden()
        )
        if with_list:
            row += _min_width(self._list) + splitter.handleWidth()
        widths = [row]
        for index in range(layout.count()):
            widget = layout.itemAt(index).widget()
            if widget is not None and widget is not splitter and not widget.isHidden():
                widths.append(_min_width(widget))
        margins = layout.contentsMargins()
        return max(widths) + margins.left() + margins.right()

    def _dock_width(self) -> int:
        dock = self._dock
        window = self._window
        if not dock.isVisibleTo(window) or dock.isFloating():
            return 0
        extent = QStyle.PixelMetric.PM_DockWidgetSeparatorExtent
        separator = window.style().pixelMetric(extent, None, window)
        return max(dock.minimumWidth(), dock.minimumSizeHint().width()) + separator

    def _give_way_or_come_back(self) -> None:
        window = self._window
        if not window.isVisible():
            return
        wide_enough = window.width() >= self.width_with_list()
        if self._list_action.isChecked() and not wide_enough:
            self._set_list(False)
            self._list_gave_way = True
        elif self._list_gave_way and wide_enough:
            self._set_list(True)

    def _set_list(self, shown: bool) -> None:
        self._giving_way = True
        try:
            self._list_action.setChecked(shown)
        finally:
            self._giving_way = False

    def _on_list_action_toggled(self, shown: bool) -> None:
        if self._giving_way:
            return
        self._list_gave_way = False  # the user's choice from now on
        window = self._window
        if shown and window.isVisible() and window.width() < self.width_with_list():
            # Opened in a window too narrow for it: the window widens as far as the screen
            # allows, and if that is not enough the Settings panel gives way.
            screen = window.screen().availableGeometry().width()
            frame = window.frameGeometry().width() - window.width()
            window.resize(min(self.width_with_list(), screen - frame), window.height())
            if window.width() < self.width_with_list():
                self._dock.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window:
            if kind is QEvent.Type.LayoutRequest:
                self.fit()
            elif kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self._give_way_or_come_back()  # before the new size is laid out
        elif kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            # At once, not at the next layout: a resize that follows must not be held back.
            # The panel's parent (the splitter) would tell its layout only then.
            parent = watched.parentWidget() if isinstance(watched, QWidget) else None
            if parent is not None and parent is not self._window:
                parent.updateGeometry()
            self.fit()
            if watched is self._dock:
                self._give_way_or_come_back()  # the panel opened: the list may give way
        return False


def _min_width(widget: QWidget) -> int:
    """How narrow a layout lets `widget` get (Qt's own rule: its minimum size, else its
    minimum size hint)."""
    return widget.minimumWidth() or widget.minimumSizeHint().width()
