"""Wrapped labels that take the height their text needs at the width they get."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


def make_wrapping(label: QLabel) -> QLabel:
    """Word wrap, any width (a long word never widens the column), height for that width.

    setSizePolicy replaces the height-for-width flag that setWordWrap sets, so it is set
    again here; without it the layout gives the label its height for a narrow default
    width and the text floats in extra space.
    """
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
