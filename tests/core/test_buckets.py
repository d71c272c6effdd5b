"""Cloud Storage's naming rules, and which connections carry a bucket at all."""

from __future__ import annotations

import pytest

from desktop.core.buckets import BucketProblem, bucket_problem
from desktop.core.connection import ApiKind
from desktop.core.profile import Profile, SignInKind


@pytest.mark.parametrize(
    "name",
    [
        "",
        "my-bucket",
        "abc",
        "a_b-c.d",
        "0123456789",
        "x" * 63,
        ".".join(["x" * 63] * 3),  # dots allow 222 characters, 63 between two dots
        "videos.example.com",
    ],
)
def test_names_cloud_storage_accepts(name: str) -> None:
    assert bucket_problem(name) is None


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("https:", BucketProblem.ADDRESS),  # what bucket_name leaves of a pasted web address
        ("console.cloud.google.com/storage", BucketProblem.ADDRESS),
        ("My-Bucket", BucketProblem.UPPERCASE),
        ("my bucket", BucketProblem.CHARACTERS),
        ("bücket", BucketProblem.CHARACTERS),
        ("-bucket", BucketProblem.ENDS),
        ("bucket_", BucketProblem.ENDS),
        ("ab", BucketProblem.LENGTH),
        ("x" * 64, BucketProblem.LENGTH),
        ("x" * 64 + ".com", BucketProblem.LENGTH),
        (".".join(["x" * 63] * 4), BucketProblem.LENGTH),
        ("192.168.5.4", BucketProblem.IP_ADDRESS),
        ("goog-videos", BucketProblem.GOOGLE),
        ("my-google-videos", BucketProblem.GOOGLE),
        ("my-g00gle-videos", BucketProblem.GOOGLE),
    ],
)
def test_names_cloud_storage_refuses(name: str, problem: BucketProblem) -> None:
    assert bucket_problem(name) is problem


def test_only_google_credentials_take_the_bucket_into_the_connection() -> None:
    for kind in (SignInKind.GOOGLE_CLOUD, SignInKind.SERVICE_ACCOUNT, SignInKind.GOOGLE_SIGN_IN):
        profile = Profile.new("Work", kind, project="p", bucket="my-bucket")
        connection = profile.connection()
        assert connection.bucket == "my-bucket" and connection.uses_oauth
        assert connection.api is ApiKind.VERTEX
    for kind in (
        SignInKind.GEMINI_API_KEY,
        SignInKind.VERTEX_EXPRESS_KEY,
        SignInKind.OPENAI_SERVER,
    ):
        assert Profile.new("Key", kind, bucket="my-bucket").connection().bucket is None


def test_a_profile_without_the_bucket_key_loads_and_a_new_one_keeps_it() -> None:
    old = {"id": "a1", "name": "Old", "sign_in": "google_cloud", "api": "vertex", "project": "p"}
    assert Profile.from_json(old).bucket is None
    profile = Profile.new("New", SignInKind.GOOGLE_CLOUD, project="p", bucket="my-bucket")
    assert profile.to_json()["bucket"] == "my-bucket"
    assert Profile.from_json(profile.to_json()) == profile
