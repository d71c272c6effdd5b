""" "Test connection" checks the profile's Cloud Storage bucket too: against the loopback's
Cloud Storage, with real service-account tokens, through ConnectionManager.test."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from desktop.core.errors import AuthenticationError, UploadError
from desktop.core.profile import Profile, SignInKind
from desktop.services.auth import ApiKeyAuth
from desktop.services.connections import ConnectionManager
from desktop.services.http import create_http_client
from desktop.services.profile_store import ProfileStore
from desktop.services.uploads import check_bucket
from tests.loopback import LoopbackServer
from tests.loopback.upload_resources import gcs_error, gcs_forbidden

pytestmark = pytest.mark.asyncio

ROBOT = "robot@test-project.iam.gserviceaccount.com"


def work_profile(server: LoopbackServer, bucket: str | None) -> Profile:
    return Profile.new(
        "Work",
        SignInKind.SERVICE_ACCOUNT,
        project="test-project",
        location="us-central1",
        base_url=server.base_url,
        account=ROBOT,
        bucket=bucket,
    )


async def run_test(server: LoopbackServer, key: dict[str, Any], bucket: str | None) -> list[str]:
    """ConnectionManager.test with Cloud Storage at the loopback; the model ids it listed."""
    manager = ConnectionManager(
        ProfileStore.in_memory(), {"STORAGE_EMULATOR_HOST": server.base_url}
    )
    models = await manager.test(work_profile(server, bucket), json.dumps(key))
    return [m.id for m in models]


async def test_a_bucket_the_account_may_upload_to_passes(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    models = await run_test(loopback_server, loopback_service_account, "test-bucket")

    assert models == list(loopback_server.models)
    (check,) = loopback_server.requests_for("gcs.permissions")
    assert check.path == "/storage/v1/b/test-bucket/iam/testPermissions"
    assert check.query == {"permissions": "storage.objects.create"}
    assert check.headers["authorization"].startswith("Bearer ")


async def test_without_a_bucket_cloud_storage_is_not_asked(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    await run_test(loopback_server, loopback_service_account, None)
    assert not [r for r in loopback_server.requests if r.route.startswith("gcs.")]


@pytest.mark.expected_log(r"HTTP 404 from")
async def test_a_missing_bucket_says_to_check_its_name(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    with pytest.raises(UploadError) as caught:
        await run_test(loopback_server, loopback_service_account, "my-bucket")

    error = caught.value
    assert error.status == "BUCKET_MISSING" and error.action.kind == "open_settings"
    assert error.explanation == "The Cloud Storage bucket “my-bucket” does not exist."
    assert error.hint == (
        "Check its name in Connection settings, or create it in the Google Cloud console."
    )
    assert error.server_message == "The specified bucket does not exist."


async def test_a_bucket_the_account_may_not_write_to_names_the_account(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    loopback_server.uploads.denied_buckets.add("test-bucket")

    with pytest.raises(UploadError) as caught:
        await run_test(loopback_server, loopback_service_account, "test-bucket")

    error = caught.value
    assert error.status == "NO_PERMISSION" and error.action.kind == "open_settings"
    assert error.explanation == (
        f"{ROBOT} may not upload files to the Cloud Storage bucket “test-bucket”."
    )
    assert "Storage Object User" in error.hint


@pytest.mark.expected_log(r"HTTP 403 from")
async def test_a_refusal_from_google_names_whom_google_names(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    who = "someone-else@test-project.iam.gserviceaccount.com"
    loopback_server.uploads.fail_next(
        "gcs.permissions", 403, gcs_forbidden("storage.buckets.testIamPermissions", who)
    )
    with pytest.raises(UploadError) as caught:
        await run_test(loopback_server, loopback_service_account, "test-bucket")
    assert caught.value.status == "NO_PERMISSION"
    assert caught.value.explanation.startswith(f"{who} may not upload files")


@pytest.mark.expected_log(r"HTTP 503 from")
async def test_an_unclear_answer_asks_to_test_again(
    loopback_server: LoopbackServer, loopback_service_account: dict[str, Any]
) -> None:
    loopback_server.uploads.fail_next(
        "gcs.permissions", 503, gcs_error(503, "Backend Error", "backendError")
    )
    with pytest.raises(UploadError) as caught:
        await run_test(loopback_server, loopback_service_account, "test-bucket")
    error = caught.value
    assert error.status == "BUCKET_UNCHECKED" and error.code == 503
    assert error.explanation == (
        "Cloud Storage did not say whether the bucket “test-bucket” can take uploads."
    )
    assert error.action.kind == "retry"


@pytest.mark.expected_log(r"HTTP 401 from")
async def test_credentials_cloud_storage_refuses_are_a_sign_in_error(
    loopback_server: LoopbackServer,
) -> None:
    http: httpx2.AsyncClient = create_http_client()
    try:
        with pytest.raises(AuthenticationError) as caught:
            await check_bucket(
                http,
                loopback_server.base_url,
                ApiKeyAuth("ya29.revoked", header="authorization"),
                "gs://test-bucket/",
            )
    finally:
        await http.aclose()
    assert caught.value.server_message == "Invalid Credentials"
    (check,) = loopback_server.requests_for("gcs.permissions")
    assert check.path == "/storage/v1/b/test-bucket/iam/testPermissions"
