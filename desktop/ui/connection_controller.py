"""Runs what the connection dialog and the profile switcher ask for against the ConnectionManager.

The only place connection work becomes tasks: tests, saves, deletes, switches, Sign in with
Google, reading key files and looking for the gcloud sign-in. Every blocking call (files,
keyring) leaves the GUI thread; after every await the dialog or the window may be gone.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import webbrowser
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal

from desktop.core.errors import GeminiError, KeyringUnavailableError
from desktop.core.profile import Profile
from desktop.services.adc import AdcInfo, detect_adc
from desktop.services.connections import ConnectionManager
from desktop.services.key_files import read_credentials_file
from desktop.services.profile_store import ProfileStore
from desktop.ui.connections.dialog import ConnectionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.message_words import error_words, words
from desktop.ui.tasks import TaskHolder, crash_route

if TYPE_CHECKING:
    from desktop.services.google_sign_in import OAuthClientConfig

log = logging.getLogger(__name__)

BrowserOpener = Callable[[str], bool]


class ConnectionController(QObject):
    """Connects a ConnectionManager to the main window's profile switcher and to the
    connection dialog, which it opens (with open(), never exec())."""

    profiles_changed = Signal()
    """The saved profiles or the active one changed (after a save, delete or switch)."""
    dialog_opened = Signal(object)
    """A ConnectionDialog was opened."""
    refreshed = Signal()
    """The window shows the current profiles and the active one."""

    def __init__(
        self,
        manager: ConnectionManager,
        window: MainWindow | None = None,
        *,
        env: Mapping[str, str] | None = None,
        open_browser: BrowserOpener = webbrowser.open,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._manager = manager
        self._window = window
        self._env = os.environ if env is None else env
        self._open_browser = open_browser
        self._dialog: ConnectionDialog | None = None
        self._pending_save: tuple[Profile, str | None] | None = None
        on_error = crash_route(self._tell_crash)
        self._window_tasks = TaskHolder("connections", on_error=on_error)
        self._load = TaskHolder("connection-load", on_error=on_error)
        self._work = TaskHolder("connection-work", on_error=on_error)
        self._files = TaskHolder("key-file", on_error=on_error)
        self._adc = TaskHolder("gcloud-detect", on_error=on_error)
        self._sign_in = TaskHolder("sign-in", on_error=on_error)
        if window is not None:
            window.profile_switch_requested.connect(self._on_window_profile_switch_requested)
            window.connection_settings_requested.connect(
                self._on_window_connection_settings_requested
            )
            window.closed.connect(self._on_window_closed)

    # -- public API -------------------------------------------------------------------------------

    @property
    def manager(self) -> ConnectionManager:
        return self._manager

    @property
    def dialog(self) -> ConnectionDialog | None:
        """The open connection dialog, if any."""
        return self._dialog if self._dialog_alive() else None

    @property
    def tasks(self) -> tuple[TaskHolder, ...]:
        return (self._window_tasks, self._load, self._work, self._files, self._adc, self._sign_in)

    def start(self) -> asyncio.Task[None]:
        """Show the profiles in the window; with none at all, open the setup dialog."""
        return self._window_tasks.start(self._start())

    def refresh(self) -> asyncio.Task[None]:
        """Show the current profiles and the active one in the window."""
        return self._window_tasks.start(self._refresh())

    def switch_to(self, profile_id: str) -> asyncio.Task[None]:
        return self._window_tasks.start(self._switch(profile_id))

    def open_settings(self, *, first_run: bool = False) -> ConnectionDialog:
        """Open the connection dialog (or raise the one already open)."""
        existing = self.dialog
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = ConnectionDialog(self._window, first_run=first_run)
        dialog.test_requested.connect(self._on_dialog_test_requested)
        dialog.save_requested.connect(self._on_dialog_save_requested)
        dialog.delete_requested.connect(self._on_dialog_delete_requested)
        dialog.sign_in_requested.connect(self._on_dialog_sign_in_requested)
        dialog.sign_in_stop_requested.connect(self._on_dialog_sign_in_stop_requested)
        dialog.key_file_chosen.connect(self._on_dialog_key_file_chosen)
        dialog.adc_detection_requested.connect(self._on_dialog_adc_detection_requested)
        dialog.session_only_requested.connect(self._on_dialog_session_only_requested)
        dialog.original_delete_requested.connect(self._on_dialog_original_delete_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()
        self._load.start(self._load_dialog(dialog))
        self.dialog_opened.emit(dialog)
        return dialog

    def use_session_only(self) -> None:
        """Keep profiles in memory from now on: nothing survives closing the app."""
        if not self._manager.store.session_only:
            log.info("No usable keyring: profiles are kept for this session only")
            self._manager.use_store(ProfileStore.in_memory())
        self._show_session_only_notice()

    async def aclose(self) -> None:
        """Cancel every running task and close the dialog (used at shutdown)."""
        for holder in self.tasks:
            await holder.cancel_and_wait()
        dialog = self.dialog
        if dialog is not None:
            dialog.finished.disconnect(self._on_dialog_finished)
            dialog.reject()
        self._dialog = None

    # -- window slots -----------------------------------------------------------------------------

    def _on_window_profile_switch_requested(self, profile_id: str) -> None:
        self.switch_to(profile_id)

    def _on_window_connection_settings_requested(self) -> None:
        self.open_settings()

    def _on_window_closed(self) -> None:
        for holder in self.tasks:
            holder.cancel()

    # -- dialog slots -----------------------------------------------------------------------------

    def _on_dialog_test_requested(self, profile: Profile, secret: str | None) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._work.start(self._test(dialog, profile, secret))

    def _on_dialog_save_requested(self, profile: Profile, secret: str | None) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._work.start(self._save(dialog, profile, secret))

    def _on_dialog_delete_requested(self, profile_id: str) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._work.start(self._delete(dialog, profile_id))

    def _on_dialog_sign_in_requested(self, config: OAuthClientConfig) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._sign_in.start(self._run_sign_in(dialog, config))

    def _on_dialog_sign_in_stop_requested(self) -> None:
        self._sign_in.cancel()

    def _on_dialog_key_file_chosen(self, path: str) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._files.start(self._read_key_file(dialog, path))

    def _on_dialog_adc_detection_requested(self) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._adc.start(self._detect_adc(dialog))

    def _on_dialog_session_only_requested(self) -> None:
        self.use_session_only()
        pending, self._pending_save = self._pending_save, None
        dialog = self.dialog
        if dialog is not None:
            dialog.show_session_only()
            if pending is not None:
                self._work.start(self._save(dialog, *pending))

    def _on_dialog_original_delete_requested(self, path: str) -> None:
        dialog = self.dialog
        if dialog is not None:
            self._files.start(self._delete_original(dialog, path))

    def _on_dialog_finished(self, result: int) -> None:
        dialog, self._dialog = self._dialog, None
        self._pending_save = None
        for holder in (self._load, self._work, self._files, self._adc, self._sign_in):
            holder.cancel()
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.deleteLater()
        self.refresh()

    def _tell_crash(self, text: str) -> None:
        dialog = self.dialog
        if dialog is not None:
            dialog.show_unexpected_error()  # in the dialog's own words, beside its buttons
        elif self._window_alive() and self._window is not None:
            self._window.show_status(text)

    # -- the tasks --------------------------------------------------------------------------------

    def _dialog_alive(self, dialog: ConnectionDialog | None = None) -> bool:
        current = self._dialog
        if dialog is not None and dialog is not current:
            return False
        return current is not None and shiboken6.isValid(current)

    def _window_alive(self) -> bool:
        return self._window is not None and shiboken6.isValid(self._window)

    async def _start(self) -> None:
        profiles = await self._refresh()
        if not profiles and self.dialog is None:
            log.info("Nothing is set up yet: opening the setup dialog")
            self.open_settings(first_run=True)

    async def _refresh(self) -> list[Profile] | None:
        """Reload the switcher; the profiles, or None when the keyring could not be read."""
        window = self._window
        try:
            profiles = await self._manager.profiles()
            active = await self._manager.active()
        except KeyringUnavailableError as error:
            log.warning("The keyring is not usable: %s", error.server_message)
            if self._window_alive() and window is not None:
                window.set_profiles([], None)
                window.show_connection(None)
                window.show_notice(
                    self.tr(
                        "%1 Connections you add now can be kept for this session only."
                    ).replace("%1", words(error.words))
                )
            self.refreshed.emit()
            return None
        if self._window_alive() and window is not None:
            window.set_profiles(profiles, active.id if active else None)
            window.show_connection(active)
            if self._manager.store.session_only:
                self._show_session_only_notice()
            elif (
                self._manager.keyring_error is not None and active is not None and active.read_only
            ):
                window.show_notice(self._environment_only_words(self._manager.keyring_error))
        self.refreshed.emit()
        return profiles

    def _environment_only_words(self, error: KeyringUnavailableError) -> str:
        if error.status == "KEYRING_LOCKED":  # there is one: "not found" would mislead
            return self.tr(
                "The password store (keyring) is locked, so Gemini Desktop uses the "
                "connection from the environment variables and cannot save others beyond "
                "this session. Unlock it, then restart Gemini Desktop to use your saved "
                "connections."
            )
        return self.tr(
            "No password store (keyring) was found, so Gemini Desktop uses the "
            "connection from the environment variables and cannot save others "
            "beyond this session."
        )

    async def _switch(self, profile_id: str) -> None:
        window = self._window
        try:
            await self._manager.activate(profile_id)
            active = await self._manager.active()
        except GeminiError as error:
            log.warning("Could not switch to profile %s: %s", profile_id, error)
            if self._window_alive() and window is not None:
                window.show_status(error_words(error))
            await self._refresh()
            return
        if self._window_alive() and window is not None and active is not None:
            window.show_connection(active)
            window.show_status(self.tr("Now using “%1”.").replace("%1", active.name))
        self.profiles_changed.emit()

    async def _load_dialog(self, dialog: ConnectionDialog) -> None:
        try:
            profiles = await self._manager.profiles()
            active = await self._manager.active()
        except KeyringUnavailableError:
            profiles, active = [], None
        problem = await self._manager.store_problem()
        if not self._dialog_alive(dialog):
            return
        dialog.set_profiles(profiles, active.id if active else None)
        if problem is not None:
            dialog.show_keyring_unavailable(problem)  # said before Save, not after
        elif self._manager.store.session_only:
            dialog.show_session_only()

    async def _test(self, dialog: ConnectionDialog, profile: Profile, secret: str | None) -> None:
        dialog.show_testing()
        try:
            if secret is None and profile.sign_in.needs_secret:
                secret = await self._saved_secret(profile)
            models = await self._manager.test(profile, secret)
        except GeminiError as error:
            log.info("Connection test for %r failed: %s", profile.name, type(error).__name__)
            elsewhere = await self._manager.key_elsewhere(profile, secret, error)
            if not self._dialog_alive(dialog):
                return
            if elsewhere is not None:
                other, models = elsewhere
                dialog.show_key_fits_other(other.sign_in, models)
            else:
                dialog.show_test_failed(error)
            return
        if self._dialog_alive(dialog):
            dialog.show_test_succeeded(models)

    async def _saved_secret(self, profile: Profile) -> str | None:
        try:
            return await self._manager.secret_of(profile)
        except KeyringUnavailableError:
            return None

    async def _save(self, dialog: ConnectionDialog, profile: Profile, secret: str | None) -> None:
        dialog.show_saving()
        try:
            await self._manager.save(profile, secret)
            await self._manager.activate(profile.id)
        except KeyringUnavailableError as error:
            log.warning("Could not save profile %r: %s", profile.name, error.server_message)
            self._pending_save = (profile, secret)
            if self._dialog_alive(dialog):
                dialog.show_save_failed(error)
            return
        except GeminiError as error:
            if self._dialog_alive(dialog):
                dialog.show_save_failed(error)
            return
        log.info("Saved profile %r (%s)", profile.name, profile.sign_in)
        self._pending_save = None
        self.profiles_changed.emit()
        if self._window_alive() and self._window is not None:
            self._window.show_status(
                self.tr("Saved “%1” and switched to it.").replace("%1", profile.name)
            )
        await self._refresh()
        if self._dialog_alive(dialog):
            dialog.show_saved(profile, session_only=self._manager.store.session_only)

    async def _delete(self, dialog: ConnectionDialog, profile_id: str) -> None:
        try:
            await self._manager.delete(profile_id)
            profiles = await self._manager.profiles()
            active = await self._manager.active()
        except GeminiError as error:
            if self._dialog_alive(dialog):
                dialog.show_save_failed(error)
            return
        self.profiles_changed.emit()
        await self._refresh()
        if self._dialog_alive(dialog):
            dialog.show_deleted(profile_id)
            dialog.set_profiles(profiles, active.id if active else None)

    async def _read_key_file(self, dialog: ConnectionDialog, path: str) -> None:
        found = await asyncio.to_thread(read_credentials_file, path)
        if not self._dialog_alive(dialog):
            return
        if found.client is not None:
            dialog.set_client_file(path, found.client)
        elif found.key is not None:
            dialog.set_key_file(path, found.key)
        else:
            dialog.show_file_problem(found)

    async def _detect_adc(self, dialog: ConnectionDialog) -> None:
        info: AdcInfo | None = await asyncio.to_thread(detect_adc, self._env)
        if self._dialog_alive(dialog):
            dialog.set_adc(info)

    async def _delete_original(self, dialog: ConnectionDialog, path: str) -> None:
        try:
            await asyncio.to_thread(Path(path).unlink)
        except OSError as exc:
            log.info("Could not delete the original key file: %s", type(exc).__name__)
            if self._dialog_alive(dialog):
                dialog.show_original_delete_failed(
                    self.tr("The file could not be deleted. You can delete it yourself.")
                )
            return
        log.info("Deleted the original key file after saving it to the keyring")
        if self._dialog_alive(dialog):
            dialog.show_original_deleted(path)

    async def _run_sign_in(self, dialog: ConnectionDialog, config: OAuthClientConfig) -> None:
        from desktop.services.google_sign_in import GoogleSignIn

        loop = asyncio.get_running_loop()

        def on_browser_result(url: str, opened: bool) -> None:
            if self._dialog_alive(dialog):
                dialog.show_sign_in_link(url, opened)

        def open_browser(url: str) -> bool:
            # Runs in a worker thread (GoogleSignIn's choice): only hand the answer back.
            try:
                opened = bool(self._open_browser(url))
            except Exception as exc:
                log.warning("Could not open a browser: %s", type(exc).__name__)
                opened = False
            loop.call_soon_threadsafe(on_browser_result, url, opened)
            return opened

        dialog.show_signing_in()
        sign_in = GoogleSignIn(config, open_browser=open_browser)
        try:
            result = await sign_in.run()
        except asyncio.CancelledError:
            if self._dialog_alive(dialog):
                dialog.show_sign_in_stopped()
            raise
        except GeminiError as error:
            if self._dialog_alive(dialog):
                dialog.show_sign_in_failed(error)
            return
        if self._dialog_alive(dialog):
            dialog.show_signed_in(result.email, json.dumps(result.to_authorized_user_info()))

    def _show_session_only_notice(self) -> None:
        if self._window_alive() and self._window is not None:
            self._window.show_notice(
                self.tr(
                    "Connections are kept for this session only: this computer has no password "
                    "store (keyring) Gemini Desktop can use, so they are forgotten when it closes."
                )
            )
