"""The Settings dock: model, generation settings and safety filters, in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from desktop.ui.parameters.dock import ParameterDock
    from desktop.ui.parameters.model_cache import ModelListCache

# Imported when first asked for: the window draws its first frame with a placeholder, and
# the dock (and what it imports) is built just after (issue 17).
__getattr__ = lazy_exports(
    __name__,
    {
        "ModelListCache": "desktop.ui.parameters.model_cache",
        "ParameterDock": "desktop.ui.parameters.dock",
    },
)

__all__ = ["ModelListCache", "ParameterDock"]
