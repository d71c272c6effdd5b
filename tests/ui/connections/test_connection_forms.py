"""Each way's form on its own: a saved profile loads into it and comes back unchanged, a new one
says what is missing until it is complete, and what it gives is saved in a real profile store."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.connection import ApiKind
from desktop.core.profile import Profile, SignInKind
from desktop.services.key_files import read_credentials_file
from desktop.services.profile_store import ProfileStore
from desktop.ui.connections.dialog import ConnectionDialog
from desktop.ui.connections.form import ConnectionForm, ProfileFields
from desktop.ui.connections.google_sign_in import GoogleSignInForm
from desktop.ui.connections.key_file import KeyFileForm
from tests.loopback import LoopbackServer
from tests.ui.connections.helpers import desktop_client_file


def fields_of(profile: Profile) -> ProfileFields:
    names = (field.name for field in dataclasses.fields(ProfileFields))
    return ProfileFields(**{name: getattr(profile, name) for name in names})


@pytest.fixture
def dialog(qtbot: QtBot) -> ConnectionDialog:
    made = ConnectionDialog()
    qtbot.addWidget(made)
    return made


def saved_and_loaded(dialog: ConnectionDialog, profile: Profile, secret: str | None) -> Profile:
    """`profile` through a real store, then loaded into its form."""
    store = ProfileStore.in_memory()
    store.save(profile, secret)
    loaded = store.profile(profile.id)
    assert loaded is not None
    dialog.new_profile()
    dialog.form(profile.sign_in).load(loaded)
    return loaded


def round_trip(form: ConnectionForm, loaded: Profile, *, problem: str | None = None) -> None:
    """A loaded profile comes back as it was; its saved secret is kept (None: nothing new)."""
    assert form.fields() == fields_of(loaded)
    assert form.secret() is None
    assert form.problem(saving=True) is None
    form.load(None)  # a new connection of this way
    found = form.problem(saving=True)
    assert found is not None and found.text == problem


def saves(form: ConnectionForm, secret: str | None) -> None:
    """What the completed form gives is what a real store keeps."""
    assert form.problem(saving=True) is None
    assert form.secret() == secret
    store = ProfileStore.in_memory()
    fields = form.fields()
    profile = Profile("new-id", "New", form.kind, **dataclasses.asdict(fields))
    store.save(profile, form.secret())
    kept = store.profile("new-id")
    assert kept is not None and fields_of(kept) == fields
    assert store.secret("new-id") == secret


def test_the_gemini_key_form(dialog: ConnectionDialog) -> None:
    profile = Profile.new(
        "Studio",
        SignInKind.GEMINI_API_KEY,
        api=ApiKind.GEMINI,
        model="gemini-2.5-pro",
        base_url="http://127.0.0.1:8765",
        proxy="http://proxy.lan:8080",
    )
    loaded = saved_and_loaded(dialog, profile, "AIza-saved-key")
    form = dialog.form(SignInKind.GEMINI_API_KEY)
    round_trip(form, loaded, problem="Paste your API key first.")
    dialog.widget("keyEdit").setText(" AIza-typed-key ")  # type: ignore[attr-defined]
    saves(form, "AIza-typed-key")
    assert form.fields().api is ApiKind.GEMINI and form.fields().project is None


def test_the_express_key_form(dialog: ConnectionDialog) -> None:
    profile = Profile.new("Express", SignInKind.VERTEX_EXPRESS_KEY, api=ApiKind.VERTEX)
    loaded = saved_and_loaded(dialog, profile, "AQ.saved")
    form = dialog.form(SignInKind.VERTEX_EXPRESS_KEY)
    round_trip(form, loaded, problem="Paste your API key first.")
    dialog.widget("keyEdit").setText("AQ.typed")  # type: ignore[attr-defined]
    dialog.widget("endpointEdit").setText("example.com")  # type: ignore[attr-defined]
    found = form.problem()
    assert found is not None and found.field is dialog.widget("endpointEdit")
    assert found.text == "The custom endpoint must start with https:// (or http://)."
    dialog.widget("endpointEdit").setText("https://example.com")  # type: ignore[attr-defined]
    saves(form, "AQ.typed")
    assert form.fields().api is ApiKind.VERTEX


def test_the_gcloud_form(dialog: ConnectionDialog) -> None:
    profile = Profile.new(
        "Cloud",
        SignInKind.GOOGLE_CLOUD,
        api=ApiKind.VERTEX,
        project="lovelace-42",
        location="europe-west4",
        bucket="my-bucket",
    )
    loaded = saved_and_loaded(dialog, profile, None)
    form = dialog.form(SignInKind.GOOGLE_CLOUD)
    round_trip(form, loaded, problem="Enter the Google Cloud project ID first.")
    dialog.widget("projectEdit").setText("lovelace-42")  # type: ignore[attr-defined]
    dialog.widget("bucketEdit").setText("My_Bucket")  # type: ignore[attr-defined]
    found = form.problem()
    assert (
        found is not None and found.text == "Bucket names use lowercase letters only: “my_bucket”."
    )
    dialog.widget("bucketEdit").setText("gs://my-bucket/")  # type: ignore[attr-defined]
    saves(form, None)
    assert form.fields().bucket == "my-bucket"


def test_the_key_file_form(dialog: ConnectionDialog, loopback_service_account_file: Path) -> None:
    key = read_credentials_file(loopback_service_account_file).key
    assert key is not None
    profile = Profile.new(
        "Robot",
        SignInKind.SERVICE_ACCOUNT,
        api=ApiKind.OPENAI,
        project="test-project",
        account=key.client_email,
    )
    loaded = saved_and_loaded(dialog, profile, key.to_secret())
    form = dialog.form(SignInKind.SERVICE_ACCOUNT)
    assert isinstance(form, KeyFileForm)
    round_trip(form, loaded, problem="Choose or drop the service account's key file first.")
    assert form.original_file() is None
    form.set_key(str(loopback_service_account_file), key)
    assert dialog.widget("projectEdit").text() == "test-project"  # type: ignore[attr-defined]
    saves(form, key.to_secret())
    assert form.fields().account == key.client_email
    assert form.original_file() == loopback_service_account_file


def test_the_google_sign_in_form(
    dialog: ConnectionDialog, loopback_server: LoopbackServer, tmp_path: Path
) -> None:
    profile = Profile.new(
        "Ada",
        SignInKind.GOOGLE_SIGN_IN,
        api=ApiKind.VERTEX,
        project="lovelace-42",
        account="ada@example.com",
    )
    loaded = saved_and_loaded(dialog, profile, '{"type": "authorized_user"}')
    form = dialog.form(SignInKind.GOOGLE_SIGN_IN)
    assert isinstance(form, GoogleSignInForm)
    round_trip(form, loaded, problem="Choose the OAuth client file first.")
    client_file = desktop_client_file(loopback_server, tmp_path)
    client = read_credentials_file(client_file).client
    assert client is not None
    form.set_client(str(client_file), client)
    found = form.problem()
    assert found is not None and found.text == "Sign in with Google first."
    assert found.field is dialog.widget("signInButton")
    secret: dict[str, Any] = {"type": "authorized_user", "refresh_token": "1//fresh"}
    form.show_signed_in("grace@example.com", json.dumps(secret))
    dialog.widget("projectEdit").setText("hopper-7")  # type: ignore[attr-defined]
    saves(form, json.dumps(secret))
    assert (form.fields().account, form.default_name()) == ("grace@example.com",) * 2


def test_the_openai_server_form(dialog: ConnectionDialog) -> None:
    profile = Profile.new(
        "Lab",
        SignInKind.OPENAI_SERVER,
        api=ApiKind.OPENAI,
        model="llama3.1",
        base_url="http://llm.example.lan:11434/v1",
        proxy="socks5://proxy.lan:1080",
    )
    loaded = saved_and_loaded(dialog, profile, None)
    assert dialog.widget("endpointEdit").text() == ""  # type: ignore[attr-defined]
    form = dialog.form(SignInKind.OPENAI_SERVER)
    round_trip(
        form,
        loaded,
        problem="Enter the server's address first, for example http://localhost:11434/v1.",
    )
    dialog.widget("serverEdit").setText("http://10.0.0.5:8000/v1")  # type: ignore[attr-defined]
    saves(form, None)  # the key is optional
    dialog.widget("keyEdit").setText("sk-local")  # type: ignore[attr-defined]
    saves(form, "sk-local")
    assert form.default_name() == "10.0.0.5"
