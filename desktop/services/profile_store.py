"""Profiles and their secrets in the operating system's keyring.

Everything lives in keyring entries of the service "Gemini Desktop": one entry for the
profile list (with which one is active) and one per profile secret. Windows Credential
Manager holds at most 2,560 bytes per credential and keyring stores UTF-16 there, about
1,280 characters, less than a service-account key file: so every value is written in parts
of at most PART_CHARS characters, then a head entry that says how many parts there are.
The head is written last and read first, so a half-written value is never read.

All calls block (D-Bus, Windows API): the UI calls them through asyncio.to_thread.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any, Protocol

import keyring
import keyring.backends.null
import keyring.errors

from desktop.core.errors import KeyringUnavailableError
from desktop.core.profile import Profile

log = logging.getLogger(__name__)

SERVICE = "Gemini Desktop"
PART_CHARS = 1000
INDEX_ENTRY = "profiles"
_HEAD_PREFIX = "parts:"


class KeyringBackend(Protocol):
    """The three calls of a keyring backend this store uses."""

    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


class MemoryKeyring:
    """A keyring in memory: for "this session only" when the system has none, and for tests.

    `max_value_chars` imitates Windows Credential Manager's limit, so the splitting is
    exercised wherever this runs.
    """

    def __init__(self, max_value_chars: int = 1280) -> None:
        self.values: dict[tuple[str, str], str] = {}
        self.max_value_chars = max_value_chars

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password) > self.max_value_chars:
            raise keyring.errors.PasswordSetError("The stub received bad data.")
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("Password not found")


class ChunkedKeyring:
    """Values of any length over a keyring whose entries are small."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._chosen: Any = backend
        self._service = service

    @property
    def _backend(self) -> Any:
        # keyring probes D-Bus while choosing a backend: done on first use, off the GUI thread.
        if self._chosen is None:
            self._chosen = keyring.get_keyring()
        return self._chosen

    def check(self) -> None:
        """Raise KeyringUnavailableError unless values can be kept here: keyring's null
        backend takes every value and keeps none; a missing or locked store fails to read."""
        if isinstance(self._backend, keyring.backends.null.Keyring):
            raise KeyringUnavailableError.missing("keyring's null backend keeps nothing")
        self.get(INDEX_ENTRY)

    def get(self, name: str) -> str | None:
        with _keyring_errors():
            head: str | None = self._backend.get_password(self._service, name)
            if head is None:
                return None
            count = _part_count(head)
            if count is None:
                return head  # written before values were split, or by hand
            parts = [self._backend.get_password(self._service, f"{name}/{i}") for i in range(count)]
        if any(part is None for part in parts):
            log.warning("Keyring entry %r is missing parts; treating it as absent", name)
            return None
        return "".join(part for part in parts if part is not None)

    def set(self, name: str, value: str) -> None:
        old_count = self._existing_part_count(name)
        parts = [value[i : i + PART_CHARS] for i in range(0, len(value), PART_CHARS)] or [""]
        with _keyring_errors():
            for index, part in enumerate(parts):
                self._backend.set_password(self._service, f"{name}/{index}", part)
            self._backend.set_password(self._service, name, f"{_HEAD_PREFIX}{len(parts)}")
        self._delete_parts(name, range(len(parts), old_count))

    def delete(self, name: str) -> None:
        count = self._existing_part_count(name)
        with _keyring_errors():
            if self._backend.get_password(self._service, name) is not None:
                self._backend.delete_password(self._service, name)
        self._delete_parts(name, range(count))

    def _existing_part_count(self, name: str) -> int:
        with _keyring_errors():
            head: str | None = self._backend.get_password(self._service, name)
        return (_part_count(head) or 0) if head is not None else 0

    def _delete_parts(self, name: str, indexes: range) -> None:
        for index in indexes:
            with suppress(keyring.errors.PasswordDeleteError):  # already gone is fine
                self._backend.delete_password(self._service, f"{name}/{index}")


class ProfileStore:
    """The saved profiles, which one is active, and each profile's secret."""

    def __init__(self, keyring_: ChunkedKeyring, *, session_only: bool = False) -> None:
        self._keyring = keyring_
        self.session_only = session_only  # True: nothing survives the app closing

    @classmethod
    def in_memory(cls) -> ProfileStore:
        return cls(ChunkedKeyring(MemoryKeyring()), session_only=True)

    def profiles(self) -> list[Profile]:
        return [Profile.from_json(item) for item in self._index().get("profiles", [])]

    def profile(self, key: str) -> Profile | None:
        """A profile by id, or by name (case-insensitive) as typed on a command line."""
        profiles = self.profiles()
        for profile in profiles:
            if profile.id == key:
                return profile
        return next((p for p in profiles if p.name.casefold() == key.casefold()), None)

    def active_id(self) -> str | None:
        active = self._index().get("active")
        return active if isinstance(active, str) else None

    def set_active(self, profile_id: str | None) -> None:
        index = self._index()
        index["active"] = profile_id
        self._write_index(index)

    def save(self, profile: Profile, secret: str | None = None) -> None:
        """Add or replace a profile; `secret` None keeps the secret it already has."""
        if profile.read_only:
            raise ValueError("the Environment profile is never written")
        if secret is not None:
            entry = _secret_entry(profile.id)
            self._keyring.set(entry, secret)
            # Saved means it can be read back: a null or broken store accepts and forgets.
            if self._keyring.get(entry) != secret:
                raise KeyringUnavailableError.not_kept(f"secret of {profile.id} not read back")
        index = self._index()
        items = [p for p in index.get("profiles", []) if p.get("id") != profile.id]
        index["profiles"] = [*items, profile.to_json()]
        if not index.get("active"):
            index["active"] = profile.id
        self._write_index(index)
        if not any(p.get("id") == profile.id for p in self._index().get("profiles", [])):
            raise KeyringUnavailableError.not_kept(f"profile {profile.id} not read back")

    def check(self) -> None:
        """Raise KeyringUnavailableError unless this store can keep profiles and keys."""
        self._keyring.check()

    def secret(self, profile_id: str) -> str | None:
        return self._keyring.get(_secret_entry(profile_id))

    def delete(self, profile_id: str) -> None:
        index = self._index()
        index["profiles"] = [p for p in index.get("profiles", []) if p.get("id") != profile_id]
        if index.get("active") == profile_id:
            index["active"] = index["profiles"][0]["id"] if index["profiles"] else None
        self._write_index(index)
        self._keyring.delete(_secret_entry(profile_id))

    def _index(self) -> dict[str, Any]:
        raw = self._keyring.get(INDEX_ENTRY)
        if not raw:
            return {"version": 1, "active": None, "profiles": []}
        try:
            data = json.loads(raw)
        except ValueError:
            log.error("The saved profile list is unreadable; starting with none")
            return {"version": 1, "active": None, "profiles": []}
        return data if isinstance(data, dict) else {"version": 1, "profiles": []}

    def _write_index(self, index: dict[str, Any]) -> None:
        self._keyring.set(INDEX_ENTRY, json.dumps(index, separators=(",", ":")))


def _secret_entry(profile_id: str) -> str:
    return f"secret:{profile_id}"


def _part_count(head: str) -> int | None:
    if head.startswith(_HEAD_PREFIX) and head[len(_HEAD_PREFIX) :].isdigit():
        return int(head[len(_HEAD_PREFIX) :])
    return None


@contextmanager
def _keyring_errors() -> Iterator[None]:
    """Turn whatever the backend raises into one plain error (D-Bus and Windows errors are
    not always KeyringError subclasses, so this boundary catches them all)."""
    try:
        yield
    except keyring.errors.KeyringLocked as exc:
        raise KeyringUnavailableError.locked(str(exc)) from exc
    except (keyring.errors.NoKeyringError, keyring.errors.InitError) as exc:
        raise KeyringUnavailableError.missing(str(exc)) from exc
    except Exception as exc:
        log.warning("Keyring call failed: %s: %s", type(exc).__name__, exc)
        raise KeyringUnavailableError.failed(f"{type(exc).__name__}: {exc}") from exc
