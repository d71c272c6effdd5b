"""What the chosen model does with the dock's settings: the rows it ignores or refuses (shown
disabled with a one-line reason, their values kept for a model that honours them, never
sent) and whether it thinks at all."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.model_catalogue import Capabilities
from desktop.core.model_fit import SAMPLING, ignored_settings, thinking_unknown

THINKING_KEYS = ("thinking_level", "thinking_budget", "include_thoughts")
# Every row whose use depends on the model, in the dock's order.
FOLLOWED_KEYS = (
    "temperature",
    *THINKING_KEYS,
    *SAMPLING[1:],
    "candidate_count",
    "presence_penalty",
    "frequency_penalty",
)


def thinks(found: Capabilities) -> bool:
    """The model thinks, or nothing says it does not."""
    return found.thinking is not None or thinking_unknown(found)


def ignored_reasons(found: Capabilities, name: str) -> dict[str, str]:
    """Row key -> why `found` (called `name`) ignores or refuses that setting, in one line."""
    reasons: dict[str, str] = {}
    for key in ignored_settings(found):
        if key in SAMPLING:
            text = QCoreApplication.translate("ParameterDock", "%1 chooses this itself")
        elif key == "candidate_count":
            text = QCoreApplication.translate("ParameterDock", "%1 writes one answer at a time")
        else:
            text = QCoreApplication.translate("ParameterDock", "%1 does not accept this setting")
        reasons[key] = text.replace("%1", name)
    if not thinks(found):
        text = QCoreApplication.translate("ParameterDock", "%1 answers without thinking first")
        reasons.update(dict.fromkeys(THINKING_KEYS, text.replace("%1", name)))
    return reasons
