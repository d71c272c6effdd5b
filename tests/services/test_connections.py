"""The profile in use: Environment first, saved ones from the keyring, switching instantly."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import keyring.backends.fail
import pytest

from desktop.core.errors import (
    ApiKeyInvalidError,
    KeyringUnavailableError,
    ModelNotFoundError,
    ServiceDisabledError,
)
from desktop.core.profile import ENVIRONMENT_PROFILE_ID, Profile, SignInKind
from desktop.services.connections import ConnectionManager
from desktop.services.profile_store import ChunkedKeyring, ProfileStore
from tests.loopback import LoopbackServer, Scenario
from tests.loopback.scenario import error_info

pytestmark = pytest.mark.asyncio


def studio(server: LoopbackServer, name: str = "AI Studio") -> Profile:
    return Profile.new(name, SignInKind.GEMINI_API_KEY, base_url=server.base_url)


async def test_environment_comes_first_and_is_used_without_setup(
    loopback_server: LoopbackServer,
) -> None:
    manager = ConnectionManager(
        ProfileStore.in_memory(),
        {"GEMINI_API_KEY": "test-api-key", "GOOGLE_GEMINI_BASE_URL": loopback_server.base_url},
    )
    profiles = await manager.profiles()
    assert [(p.id, p.name, p.read_only) for p in profiles] == [
        (ENVIRONMENT_PROFILE_ID, "Environment", True)
    ]
    client = await manager.client()
    assert client.connection.root() == loopback_server.base_url
    await manager.aclose()


async def test_the_window_names_the_environment_profile_in_its_language(
    loopback_server: LoopbackServer,
) -> None:
    manager = ConnectionManager(
        ProfileStore.in_memory(),
        {"GEMINI_API_KEY": "test-api-key", "GOOGLE_GEMINI_BASE_URL": loopback_server.base_url},
        environment_name="Environnement",
    )
    [profile] = await manager.profiles()
    assert (profile.id, profile.name) == (ENVIRONMENT_PROFILE_ID, "Environnement")
    assert (await manager.active()) == profile
    await manager.aclose()


async def test_environment_works_where_there_is_no_keyring(loopback_server: LoopbackServer) -> None:
    store = ProfileStore(ChunkedKeyring(keyring.backends.fail.Keyring()))
    manager = ConnectionManager(store, {"GEMINI_API_KEY": "test-api-key"})
    assert (await manager.active()).id == ENVIRONMENT_PROFILE_ID  # type: ignore[union-attr]
    assert manager.keyring_error is not None and manager.keyring_error.status == "KEYRING_MISSING"
    with pytest.raises(KeyringUnavailableError):
        await ConnectionManager(store, {}).profiles()


async def test_switching_profiles_is_instant_and_uses_the_right_key(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.api_keys.add("second-key-0002")
    manager = ConnectionManager(ProfileStore.in_memory(), {})
    first, second = studio(loopback_server), studio(loopback_server, "Second")
    await manager.save(first, "test-api-key")
    await manager.save(second, "second-key-0002")
    assert (await manager.active()) == first
    await (await manager.client()).list_models()
    await manager.activate(second.id)
    await (await manager.client()).list_models()
    keys = [r.headers["x-goog-api-key"] for r in loopback_server.requests]
    assert keys == ["test-api-key", "second-key-0002"]
    await manager.aclose()


async def test_service_account_profile_from_the_keyring(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    manager = ConnectionManager(ProfileStore.in_memory(), {})
    profile = Profile.new(
        "Work",
        SignInKind.SERVICE_ACCOUNT,
        project="test-project",
        location="us-central1",
        base_url=loopback_server.base_url,
    )
    await manager.save(profile, json.dumps(loopback_service_account))
    models = await manager.test(profile, json.dumps(loopback_service_account))
    assert [m.id for m in models] == list(loopback_server.models)
    assert (
        loopback_server.token_requests[0]["grant_type"]
        == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    )


@pytest.mark.expected_log(r"HTTP 400 from")
async def test_test_connection_reports_a_wrong_key_in_plain_words(
    loopback_server: LoopbackServer,
) -> None:
    manager = ConnectionManager(ProfileStore.in_memory(), {})
    with pytest.raises(ApiKeyInvalidError) as caught:
        await manager.test(studio(loopback_server), "AIza-not-a-real-key")
    assert "did not accept the API key" in caught.value.explanation


async def test_saving_a_new_key_drops_the_old_client(loopback_server: LoopbackServer) -> None:
    manager = ConnectionManager(ProfileStore.in_memory(), {})
    profile = studio(loopback_server)
    await manager.save(profile, "AIza-not-a-real-key")
    old = await manager.client()
    await manager.save(profile, "test-api-key")
    new = await manager.client()
    assert new is not old
    await new.list_models()
    await manager.aclose()


@pytest.mark.expected_log(r"HTTP 404 from")
async def test_test_connection_tries_the_chosen_model_too(loopback_server: LoopbackServer) -> None:
    loopback_server.strict_models = True
    manager = ConnectionManager(ProfileStore.in_memory(), {})
    profile = studio(loopback_server).with_changes(model="gemini-0-does-not-exist")
    with pytest.raises(ModelNotFoundError):
        await manager.test(profile, "test-api-key")


@pytest.mark.expected_log(r"HTTP 403 from")
async def test_test_connection_says_when_the_api_is_not_turned_on(
    loopback_server: LoopbackServer,
) -> None:
    loopback_server.script_model_list(
        Scenario.http_error(
            403,
            "PERMISSION_DENIED",
            "Generative Language API has not been used in project 42 before or it is disabled.",
            details=[
                error_info(
                    "SERVICE_DISABLED",
                    metadata={"activationUrl": "https://console.example/enable?project=42"},
                )
            ],
        )
    )
    manager = ConnectionManager(ProfileStore.in_memory(), {})
    with pytest.raises(ServiceDisabledError) as caught:
        await manager.test(studio(loopback_server), "test-api-key")
    assert caught.value.action.url == "https://console.example/enable?project=42"


async def test_test_connection_to_an_openai_compatible_server(
    loopback_server: LoopbackServer,
) -> None:
    manager = ConnectionManager(ProfileStore.in_memory(), {})
    profile = Profile.new(
        "Local",
        SignInKind.OPENAI_SERVER,
        base_url=f"{loopback_server.base_url}/v1",
        model="gemini-2.5-flash",
    )
    models = await manager.test(profile, "test-api-key")
    assert [m.id for m in models] == list(loopback_server.models)
    assert loopback_server.requests[-1].route == "openai.models"


async def test_two_tasks_asking_for_the_client_at_once_share_one(
    loopback_server: LoopbackServer,
) -> None:
    # The window asks from two tasks at start-up (the model list and an answer); two
    # clients made side by side would leave one that nobody closes.
    store = ProfileStore.in_memory()
    store.save(studio(loopback_server), "test-api-key")
    manager = ConnectionManager(store, {})
    first, second = await asyncio.gather(manager.client(), manager.client())
    assert first is second
    await manager.aclose()
