"""The words of an error's one action, the same on the banner and on the failed answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import Action, ActionKind

# Actions a failed answer offers beside its Retry (trying again is Retry itself).
BESIDE_RETRY = frozenset(
    {
        ActionKind.OPEN_LINK,
        ActionKind.OPEN_SETTINGS,
        ActionKind.SIGN_IN,
        ActionKind.CHOOSE_MODEL,
        ActionKind.EDIT_REQUEST,
    }
)


def action_text(action: Action) -> str:
    """The button's words for `action`."""
    kind = action.kind
    if kind is ActionKind.OPEN_LINK and action.url:
        return QCoreApplication.translate("ErrorAction", "Open the page")
    if kind is ActionKind.OPEN_SETTINGS:
        return QCoreApplication.translate("ErrorAction", "Open settings")
    if kind is ActionKind.SIGN_IN:
        return QCoreApplication.translate("ErrorAction", "Sign in again")
    if kind is ActionKind.CHOOSE_MODEL:
        return QCoreApplication.translate("ErrorAction", "Choose a model")
    if kind is ActionKind.EDIT_REQUEST:
        return QCoreApplication.translate("ErrorAction", "Edit the message")
    return QCoreApplication.translate("ErrorAction", "Try again")


def offered_beside_retry(action: Action | None) -> bool:
    """Whether a failed answer shows `action` as a button of its own."""
    if action is None or action.kind not in BESIDE_RETRY:
        return False
    return action.kind is not ActionKind.OPEN_LINK or bool(action.url)
