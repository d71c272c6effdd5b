"""Attachments: the strip above the prompt, the controller that fills it off the GUI thread,
drops anywhere on the window, and pasting pictures.

Wiring (in the main window or app.py)::

    strip = AttachmentStrip(composer)              # above the prompt
    controller = AttachmentController(strip, parent=window)
    drop_target = DropTarget(window, controller)    # drops anywhere on the window
    paste = PasteHandler(controller, prompt, window)  # Ctrl+V attaches pictures and files
    file_menu.addAction(strip.attach_action)        # Ctrl+O; or strip.make_attach_button()
    ...
    await controller.aclose()                       # at shutdown
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from desktop.ui.attachments.chip import AttachmentChip
    from desktop.ui.attachments.clip_editor import ClipEditorDialog
    from desktop.ui.attachments.controller import AttachmentController
    from desktop.ui.attachments.drop_target import DropOverlay, DropTarget, PasteHandler
    from desktop.ui.attachments.loader import AttachmentLoader, make_thumbnail
    from desktop.ui.attachments.model import Attachment, format_duration, format_size
    from desktop.ui.attachments.strip import AttachmentStrip

# Each name is imported when first asked for: the main window takes only its widgets, and
# the controllers (and the services they import) load after the window shows (issue 17).
__getattr__ = lazy_exports(
    __name__,
    {
        "AttachmentChip": "desktop.ui.attachments.chip",
        "ClipEditorDialog": "desktop.ui.attachments.clip_editor",
        "AttachmentController": "desktop.ui.attachments.controller",
        "DropOverlay": "desktop.ui.attachments.drop_target",
        "DropTarget": "desktop.ui.attachments.drop_target",
        "PasteHandler": "desktop.ui.attachments.drop_target",
        "AttachmentLoader": "desktop.ui.attachments.loader",
        "make_thumbnail": "desktop.ui.attachments.loader",
        "Attachment": "desktop.ui.attachments.model",
        "format_duration": "desktop.ui.attachments.model",
        "format_size": "desktop.ui.attachments.model",
        "AttachmentStrip": "desktop.ui.attachments.strip",
    },
)


__all__ = [
    "Attachment",
    "AttachmentChip",
    "AttachmentController",
    "AttachmentLoader",
    "AttachmentStrip",
    "ClipEditorDialog",
    "DropOverlay",
    "DropTarget",
    "PasteHandler",
    "format_duration",
    "format_size",
    "make_thumbnail",
]
