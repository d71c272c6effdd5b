"""The last model list each connection returned, kept in QSettings, so the picker is filled at
once on the next start while a fresh list loads."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QSettings

from desktop.core.model_info import ModelInfo

log = logging.getLogger(__name__)

CACHE_KEY = "parameterDock/modelLists"
MAX_PROFILES = 20  # profiles deleted long ago should not keep their lists for ever


class ModelListCache:
    """`get(profile_id)` is None until `put` stored a list for that profile."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def get(self, profile_id: str) -> list[ModelInfo] | None:
        entry = self._load().get(profile_id)
        if not isinstance(entry, list):
            return None
        return [model for item in entry if (model := _model_from_dict(item)) is not None]

    def put(self, profile_id: str, models: list[ModelInfo]) -> None:
        lists = self._load()
        lists.pop(profile_id, None)
        lists[profile_id] = [asdict(model) for model in models]  # newest last
        while len(lists) > MAX_PROFILES:
            lists.pop(next(iter(lists)))
        self._settings.setValue(CACHE_KEY, json.dumps(lists, ensure_ascii=False))

    def _load(self) -> dict[str, Any]:
        text = self._settings.value(CACHE_KEY)
        if not isinstance(text, str) or not text:
            return {}
        try:
            data = json.loads(text)
        except ValueError:
            log.warning("The cached model lists could not be read; starting afresh")
            return {}
        return data if isinstance(data, dict) else {}


# ModelInfo's fields and the JSON types each takes; a test checks none is missing.
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "display_name": (str,),
    "description": (str,),
    "input_token_limit": (int, type(None)),
    "output_token_limit": (int, type(None)),
    "methods": (list, type(None)),
    "thinks": (bool, type(None)),
    "temperature": (float, int, type(None)),
    "max_temperature": (float, int, type(None)),
    "top_p": (float, int, type(None)),
    "top_k": (int, type(None)),
    "preview": (bool, type(None)),
}
_BOOLEANS = {"thinks", "preview"}


def _model_from_dict(item: Any) -> ModelInfo | None:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
        return None
    values = {
        name: item[name]
        for name, types in _FIELD_TYPES.items()
        if name in item
        and isinstance(item[name], types)
        and (name in _BOOLEANS or not isinstance(item[name], bool))
    }
    if isinstance(values.get("methods"), list):
        values["methods"] = tuple(str(method) for method in values["methods"])
    for name in ("temperature", "max_temperature", "top_p"):
        if isinstance(values.get(name), int):
            values[name] = float(values[name])
    return ModelInfo(**values)
