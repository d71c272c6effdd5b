"""Fills the Settings dock's model picker: the cached list at once, then the connection's live
list; again after a profile switch and when the user asks for a fresh list."""

from __future__ import annotations

import asyncio
import logging

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.core.errors import GeminiError
from desktop.services.connections import ConnectionManager
from desktop.ui.message_words import error_words
from desktop.ui.parameters import ModelListCache, ParameterDock
from desktop.ui.tasks import TaskHolder, crash_route

log = logging.getLogger(__name__)


class ModelListController(QObject):
    """The one owner of the model-list task: a newer request cancels the one before."""

    models_loaded = Signal(int)
    """A live list arrived (how many models it had)."""
    problem = Signal(str)
    """The live list could not be loaded: plain words (the cached list stays)."""

    def __init__(
        self,
        dock: ParameterDock,
        connections: ConnectionManager,
        cache: ModelListCache,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dock = dock
        self._connections = connections
        self._cache = cache
        self._task = TaskHolder("model-list", on_error=crash_route())
        dock.models_refresh_requested.connect(self._on_dock_models_refresh_requested)

    @property
    def task(self) -> TaskHolder:
        return self._task

    def refresh(self) -> asyncio.Task[None]:
        """Show the active connection's model and list (cached first, then live)."""
        return self._task.start(self._load())

    async def aclose(self) -> None:
        await self._task.cancel_and_wait()

    async def _load(self) -> None:
        dock = self._dock
        try:
            profile = await self._connections.active()
        except GeminiError as error:
            log.info("No connection to list models for: %s", error.explanation)
            return
        if profile is None or not self._alive():
            return
        dock.set_default_model(profile.model)
        cached = self._cache.get(profile.id)
        if cached:
            dock.set_models(cached)
        dock.set_models_loading(True)
        try:
            client = await self._connections.client()
            models = await client.list_models()
        except GeminiError as error:
            log.info("The list of models could not be loaded: %s", error.explanation)
            self.problem.emit(error_words(error))
            return
        finally:
            if self._alive():
                dock.set_models_loading(False)
        self._cache.put(profile.id, models)
        if self._alive():
            dock.set_models(models)
        self.models_loaded.emit(len(models))

    def _alive(self) -> bool:
        return shiboken6.isValid(self._dock)

    def _on_dock_models_refresh_requested(self) -> None:
        self.refresh()
