"""A 429 told apart by its body: the per-minute or per-day quota, a prepaid balance that
ran out, or Google's shared capacity busy; each with its words, its one action and whether
the retry policy may wait for it. The bodies are the loopback's records of Google's own."""

from __future__ import annotations

import json

import pytest

from desktop.core.error_classifier import Asked, error_from_response
from desktop.core.errors import (
    AI_STUDIO_PROJECTS,
    ActionKind,
    QuotaExceededError,
    QuotaLimit,
)
from tests.loopback.scenario import Scenario


def classify(scenario: Scenario, asked: Asked | None = None) -> QuotaExceededError:
    body = json.dumps({"error": scenario.error_body()})
    headers = {k.lower(): v for k, v in scenario.headers.items()}
    error = error_from_response(scenario.http_status(), body, headers, asked or Asked())
    assert isinstance(error, QuotaExceededError)
    return error


def test_the_per_minute_quota_is_the_users_own_and_waits_as_google_asks() -> None:
    error = classify(Scenario.rate_limited("26s"))
    assert error.limit is QuotaLimit.MINUTE and error.retryable
    assert error.retry_after == 26.0
    assert error.explanation == "You've reached this model's per-minute limit."
    assert error.hint == "It frees up again within a minute; try again then."
    assert "Google" not in error.explanation  # the user's quota, not Google being busy
    assert error.action.kind is ActionKind.WAIT_AND_RETRY


def test_vertex_names_its_per_minute_quota_in_the_message_only() -> None:
    error = classify(Scenario.vertex_minute_quota())
    assert error.limit is QuotaLimit.MINUTE and error.retryable and error.retry_after is None


@pytest.mark.parametrize("delay", ["47s", "3s"])
def test_the_daily_quota_is_not_waited_on_whatever_retry_info_says(delay: str) -> None:
    error = classify(Scenario.daily_quota(delay))  # per-minute violations beside it too
    assert error.limit is QuotaLimit.DAY and error.daily
    assert not error.retryable and error.retry_after is None
    assert error.explanation == (
        "You've reached today's limit for this model; it resets at midnight Pacific time."
    )
    assert error.action.kind is ActionKind.CHOOSE_MODEL


@pytest.mark.parametrize("code", [402, 429])
def test_a_prepaid_balance_that_ran_out_asks_for_credits(code: int) -> None:
    error = classify(Scenario.prepaid_empty(code))
    assert error.limit is QuotaLimit.PREPAID and not error.retryable
    assert error.explanation == "Your prepaid balance for the Gemini API has run out."
    assert error.action.kind is ActionKind.OPEN_LINK and error.action.url == AI_STUDIO_PROJECTS
    assert error.user_text().endswith(f"Link: {AI_STUDIO_PROJECTS}")  # describe prints it


@pytest.mark.parametrize("vertex", [False, True])
def test_resource_exhausted_naming_no_quota_is_google_busy(vertex: bool) -> None:
    error = classify(Scenario.capacity_busy(vertex=vertex))
    assert error.limit is QuotaLimit.CAPACITY and error.retryable
    assert "your quota is not used up" in error.explanation
    assert error.action.kind is ActionKind.RETRY


def test_retry_after_counts_when_the_body_has_no_retry_info() -> None:
    error = classify(Scenario.capacity_busy(retry_after=7))
    assert error.retry_after == 7.0


def test_a_server_that_is_not_googles_is_named() -> None:
    error = classify(Scenario.capacity_busy(), Asked(host="proxy.example"))
    assert error.explanation == (
        "The server at proxy.example is receiving more requests than it allows."
    )
    # Google's per-minute words would be a guess about a server that is not Google's.
    assert error.hint == "Wait a moment, then try again."
    assert error.retryable and error.limit is QuotaLimit.OTHER


def test_a_quota_not_said_which_reads_as_a_quota() -> None:
    scenario = Scenario.http_error(
        429,
        "RESOURCE_EXHAUSTED",
        "You exceeded your current quota, please check your plan and billing details.",
    )
    error = classify(scenario)
    assert error.limit is QuotaLimit.OTHER and error.retryable
    assert error.explanation == "You have sent more requests than your quota allows."
