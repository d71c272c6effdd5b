"""A file's own media resolution, chosen in its chip's menu: how closely the model looks at
this one photo, video or PDF. Sent on its part (Gemini 3 and later); Ultra high exists only
per file, never for the whole request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from desktop.core.request import ULTRA_HIGH, MediaResolution

# The kinds a resolution applies to (Attachment.kind); audio and text have no pixels.
RESOLUTION_KINDS = frozenset({"image", "video", "document", "youtube"})


def resolution_choices() -> list[tuple[str, str | None]]:
    """(label, level) of the menu, "As in Settings" (None) first."""
    return [
        (QCoreApplication.translate("AttachmentChip", "As in Settings"), None),
        (QCoreApplication.translate("AttachmentChip", "Low"), MediaResolution.LOW.value),
        (QCoreApplication.translate("AttachmentChip", "Medium"), MediaResolution.MEDIUM.value),
        (QCoreApplication.translate("AttachmentChip", "High"), MediaResolution.HIGH.value),
        (QCoreApplication.translate("AttachmentChip", "Ultra high (this file only)"), ULTRA_HIGH),
    ]


def resolution_label(level: str) -> str:
    """ "Ultra high detail": the chip's second line says a file's own resolution."""
    words = {
        MediaResolution.LOW.value: QCoreApplication.translate("AttachmentChip", "Low detail"),
        MediaResolution.MEDIUM.value: QCoreApplication.translate("AttachmentChip", "Medium detail"),
        MediaResolution.HIGH.value: QCoreApplication.translate("AttachmentChip", "High detail"),
        ULTRA_HIGH: QCoreApplication.translate("AttachmentChip", "Ultra high detail"),
    }
    return words.get(level, level)


def add_resolution_menu(menu: QMenu, current: str | None) -> QActionGroup:
    """A "Detail for this file" submenu on `menu`, `current` checked; each action's data is
    its level (None for the request's own)."""
    sub = menu.addMenu(QCoreApplication.translate("AttachmentChip", "&Detail for this file"))
    sub.setObjectName("attachmentResolutionMenu")
    sub.menuAction().setObjectName("attachmentResolutionAction")
    sub.setToolTipsVisible(True)
    group = QActionGroup(sub)
    for text, level in resolution_choices():
        action = sub.addAction(text)
        action.setCheckable(True)
        action.setChecked(level == current)
        action.setData(level)
        action.setToolTip(
            QCoreApplication.translate(
                "AttachmentChip",
                "How closely the model looks at this file; models before Gemini 3 use the "
                "Settings' media resolution.",
            )
        )
        group.addAction(action)
    return group
