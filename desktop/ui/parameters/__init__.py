"""The Settings dock: model, generation settings and safety filters, in plain words."""

from desktop.ui.parameters.dock import ParameterDock
from desktop.ui.parameters.model_cache import ModelListCache

__all__ = ["ModelListCache", "ParameterDock"]
