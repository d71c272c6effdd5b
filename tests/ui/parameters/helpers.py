"""What the Settings dock tests share: a model list, and the one Qt warning they may ignore."""

from __future__ import annotations

import pytest

from desktop.core.model_info import ModelInfo

MODELS = [
    ModelInfo("gemini-2.5-flash", "Gemini 2.5 Flash", output_token_limit=65_536),
    ModelInfo("gemini-2.5-pro", "Gemini 2.5 Pro", output_token_limit=65_536),
    ModelInfo("gemini-2.0-flash", "Gemini 2.0 Flash", output_token_limit=8_192),
    ModelInfo("gemini-2.5-flash-lite", "Gemini 2.5 Flash-Lite", output_token_limit=65_536),
    ModelInfo("text-embedding-004", "Text Embedding 004"),
]

# Qt's offscreen platform warns of features it lacks: whenever a main window with a dock widget
# is shown (propagateSizeHints), and when the model completer's popup opens (raise, grabbing
# the keyboard). Not faults of the dock; every other Qt warning still fails the test.
OFFSCREEN_DOCK_WARNING = pytest.mark.qt_log_ignore(
    r"^This plugin does not support propagateSizeHints\(\)$",
    r"^This plugin does not support raise\(\)$",
    r"^This plugin does not support grabbing the keyboard$",
)
