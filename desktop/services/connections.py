"""Which profile is in use, and the Gemini client for it.

The "Environment" profile (from the variables the Google SDKs read) comes first when those
variables are set; it is shown and used, never written. Saved profiles come from the
keyring. Every keyring call and credential load runs off the event loop.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections.abc import Mapping

from desktop.core.connection import ApiKind
from desktop.core.errors import (
    ApiKeyInvalidError,
    CredentialsError,
    GeminiError,
    KeyringUnavailableError,
)
from desktop.core.messages import Message
from desktop.core.model_info import ModelInfo
from desktop.core.profile import ENVIRONMENT_PROFILE_ID, Profile, SignInKind
from desktop.core.request import GenerateRequest, user_message
from desktop.services import config
from desktop.services.gemini_client import GeminiClient
from desktop.services.http import create_http_client
from desktop.services.profile_store import ProfileStore
from desktop.services.uploads.cache import UploadCache, fingerprint
from desktop.services.uploads.choose import uploader_for

log = logging.getLogger(__name__)

OTHER_KEY_SERVICE = {
    SignInKind.GEMINI_API_KEY: (SignInKind.VERTEX_EXPRESS_KEY, ApiKind.VERTEX),
    SignInKind.VERTEX_EXPRESS_KEY: (SignInKind.GEMINI_API_KEY, ApiKind.GEMINI),
}
"""The two services that take a pasted key, each the other's second try."""


class ConnectionManager:
    def __init__(
        self,
        store: ProfileStore,
        env: Mapping[str, str] | None = None,
        *,
        upload_cache: UploadCache | None = None,
        environment_name: str = "Environment",
    ) -> None:
        self.store = store
        self.environment_name = environment_name
        """What the Environment profile is called (the window's language names it)."""
        self.upload_cache = upload_cache
        self._env = os.environ if env is None else env
        self._client: GeminiClient | None = None
        self._client_profile: Profile | None = None
        # One client made at a time: the window asks for it from two tasks at once (the
        # model list and an answer), and two made together would leave one never closed.
        self._client_lock = asyncio.Lock()
        self.keyring_error: KeyringUnavailableError | None = None

    def environment(self) -> tuple[Profile, str | None] | None:
        """The Environment profile and its key, or None when the variables are not set."""
        try:
            profile, key = config.environment_profile(self._env)
        except CredentialsError:
            return None
        return profile.with_changes(name=self.environment_name), key

    async def profiles(self) -> list[Profile]:
        """Environment first (when set), then the saved ones. Without a usable keyring the
        Environment profile still works; the keyring's error is kept in `keyring_error`."""
        environment = self.environment()
        try:
            saved = await asyncio.to_thread(self.store.profiles)
        except KeyringUnavailableError as error:
            if environment is None:
                raise
            self.keyring_error = error
            saved = []
        return ([environment[0]] if environment else []) + saved

    async def active(self) -> Profile | None:
        """The profile in use: the one chosen last, else Environment, else the first saved."""
        profiles = await self.profiles()
        try:
            chosen = await asyncio.to_thread(self.store.active_id)
        except KeyringUnavailableError:
            chosen = None  # profiles() only gets here without a keyring when Environment is set
        by_id = {p.id: p for p in profiles}
        if chosen in by_id:
            return by_id[chosen]
        return profiles[0] if profiles else None

    async def store_problem(self) -> KeyringUnavailableError | None:
        """Why profiles and keys cannot be kept beyond this session, or None when they can
        (a store for this session only has no problem: it says so itself)."""
        try:
            await asyncio.to_thread(self.store.check)
        except KeyringUnavailableError as error:
            return error
        return None

    def use_store(self, store: ProfileStore) -> None:
        """Switch to another store: "this session only" (in memory) when the keyring fails.
        The next client() call sees the new store's active profile and replaces the client."""
        self.store = store
        self.keyring_error = None

    async def activate(self, profile_id: str) -> None:
        await asyncio.to_thread(self.store.set_active, profile_id)
        await self._drop_client()

    async def save(self, profile: Profile, secret: str | None) -> None:
        await asyncio.to_thread(self.store.save, profile, secret)
        if self._client_profile is not None and self._client_profile.id == profile.id:
            await self._drop_client()  # its settings or key changed

    async def delete(self, profile_id: str) -> None:
        await asyncio.to_thread(self.store.delete, profile_id)
        if self._client_profile is not None and self._client_profile.id == profile_id:
            await self._drop_client()

    async def client(self) -> GeminiClient:
        """The client for the active profile, made on first use and kept."""
        async with self._client_lock:
            profile = await self.active()
            if profile is None:
                raise CredentialsError(
                    Message("connection.none"),
                    hint=Message("connection.none.hint"),
                    status="NOT_CONFIGURED",
                )
            if self._client is not None and self._client_profile == profile:
                return self._client
            await self._drop_client()
            self._client = await self.client_for(profile, await self.secret_of(profile))
            self._client_profile = profile
            return self._client

    async def secret_of(self, profile: Profile) -> str | None:
        if profile.id == ENVIRONMENT_PROFILE_ID:
            environment = self.environment()
            return environment[1] if environment else None
        return await asyncio.to_thread(self.store.secret, profile.id)

    async def client_for(self, profile: Profile, secret: str | None) -> GeminiClient:
        """A new client for any profile (the caller closes it), with its uploader."""
        auth = await asyncio.to_thread(config.auth_for, profile, secret, self._env)
        http = create_http_client(proxy=profile.proxy)
        connection = profile.connection()
        # The reuse cache is keyed by who uploaded: a key's fingerprint (a new key cannot
        # read files an old one uploaded), else the profile.
        account = fingerprint(secret) if secret else profile.id
        uploader = uploader_for(
            connection, http, auth, account=account, cache=self.upload_cache, environ=self._env
        )
        # Answers are read in a thread of their own, over a client of their own (issue 17).
        read_with = functools.partial(create_http_client, proxy=profile.proxy)
        return GeminiClient(
            connection, auth, http=http, owns_http=True, uploader=uploader, read_with=read_with
        )

    async def test(self, profile: Profile, secret: str | None) -> list[ModelInfo]:
        """ "Test connection": sign in and list the models, and check the Cloud Storage
        bucket when the profile has one; raises GeminiError (UploadError for the bucket)."""
        from desktop.services.uploads.gcs import check_bucket, storage_base_url

        client = await self.client_for(profile, secret)
        try:
            models = await client.list_models()
            if profile.api is not ApiKind.OPENAI:
                # The list does not prove the chosen model works with this project and
                # region; counting the tokens of a one-word message does, at no cost.
                probe = GenerateRequest(model=profile.model, contents=(user_message("Hello"),))
                await client.count_tokens(probe)
            connection = client.connection
            if connection.bucket and connection.api is ApiKind.VERTEX and connection.uses_oauth:
                await check_bucket(
                    client.http,
                    storage_base_url(self._env),
                    client.auth,
                    connection.bucket,
                    account=profile.account,
                )
        finally:
            await client.aclose()
        log.info("Connection test for %r listed %d models", profile.name, len(models))
        return models

    async def key_elsewhere(
        self, profile: Profile, secret: str | None, error: GeminiError
    ) -> tuple[Profile, list[ModelInfo]] | None:
        """After a key was refused: the profile on the other key service (Gemini API and
        Vertex AI express) and its models, when that service takes the key; else None.

        Nothing is guessed from the key's form ("AQ." begins both kinds): the other service
        is asked, once, and only after a refusal the key could owe to its service."""
        other = OTHER_KEY_SERVICE.get(profile.sign_in)
        if (
            other is None
            or not secret
            or not isinstance(error, ApiKeyInvalidError)
            or not error.refusal.may_fit_elsewhere
        ):
            return None
        kind, api = other
        elsewhere = profile.with_changes(sign_in=kind, api=api, project=None, bucket=None)
        try:
            models = await self.test(elsewhere, secret)
        except GeminiError as refused:
            log.info("The other key service refused the key too: %s", type(refused).__name__)
            return None
        return elsewhere, models

    async def _drop_client(self) -> None:
        client, self._client, self._client_profile = self._client, None, None
        if client is not None:
            await client.aclose()

    async def aclose(self) -> None:
        await self._drop_client()
