"""Compare: one question asked of two or three models side by side, each column its own
thread (View ▸ Compare)."""

from desktop.ui.compare.column import CompareColumn
from desktop.ui.compare.window import CompareWindow

__all__ = ["CompareColumn", "CompareWindow"]
