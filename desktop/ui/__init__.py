"""Widgets, dialogs and controllers: the only layer that imports PySide6."""
