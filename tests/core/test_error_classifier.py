"""google.rpc.Status bodies become typed errors with plain words and one action."""

from __future__ import annotations

import json

from desktop.core.error_classifier import error_from_response, parse_duration
from desktop.core.errors import (
    ActionKind,
    ApiKeyInvalidError,
    AuthenticationError,
    InvalidArgumentError,
    KeyRefusal,
    ModelNotFoundError,
    PermissionDeniedError,
    ServerError,
    ServiceDisabledError,
)


def status_body(code: int, status: str, message: str, *details: dict[str, object]) -> bytes:
    return json.dumps(
        {"error": {"code": code, "status": status, "message": message, "details": list(details)}}
    ).encode()


def test_service_disabled_links_to_the_activation_url() -> None:
    body = status_body(
        403,
        "PERMISSION_DENIED",
        "Vertex AI API has not been used in project 123 before or it is disabled.",
        {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": "SERVICE_DISABLED",
            "domain": "googleapis.com",
            "metadata": {
                "activationUrl": "https://console.developers.google.com/apis/api/aiplatform.googleapis.com/overview?project=123",
                "serviceTitle": "Vertex AI API",
            },
        },
    )
    error = error_from_response(403, body)
    assert isinstance(error, ServiceDisabledError)
    assert error.action.kind is ActionKind.OPEN_LINK
    assert error.action.url is not None and error.action.url.endswith("project=123")
    assert "Vertex AI API is not turned on" in error.explanation


def test_service_disabled_falls_back_to_the_help_link() -> None:
    body = status_body(
        403,
        "PERMISSION_DENIED",
        "disabled",
        {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": "SERVICE_DISABLED",
            "metadata": {},
        },
        {
            "@type": "type.googleapis.com/google.rpc.Help",
            "links": [{"description": "enable", "url": "https://help.example/enable"}],
        },
    )
    assert error_from_response(403, body).action.url == "https://help.example/enable"


def test_iam_denial_names_the_missing_permission() -> None:
    body = status_body(
        403,
        "PERMISSION_DENIED",
        "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p' (or it may not exist).",
        {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": "IAM_PERMISSION_DENIED",
            "metadata": {"permission": "aiplatform.endpoints.predict"},
        },
    )
    error = error_from_response(403, body)
    assert isinstance(error, PermissionDeniedError)
    assert "aiplatform.endpoints.predict" in error.explanation


def test_bad_ai_studio_key_says_so() -> None:
    body = status_body(
        400,
        "INVALID_ARGUMENT",
        "API key not valid. Please pass a valid API key.",
        {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": "API_KEY_INVALID",
            "domain": "googleapis.com",
        },
    )
    error = error_from_response(400, body)
    assert isinstance(error, ApiKeyInvalidError)
    assert "API key" in error.explanation and error.action.kind is ActionKind.OPEN_SETTINGS


def test_unauthenticated_says_sign_in_again() -> None:
    error = error_from_response(
        401, status_body(401, "UNAUTHENTICATED", "Request had invalid authentication credentials.")
    )
    assert isinstance(error, AuthenticationError)
    assert error.action.kind is ActionKind.SIGN_IN and "Sign in again" in error.hint


def test_missing_model_says_pick_another() -> None:
    error = error_from_response(
        404, status_body(404, "NOT_FOUND", "Publisher Model `gemini-9` was not found")
    )
    assert isinstance(error, ModelNotFoundError)
    assert error.action.kind is ActionKind.CHOOSE_MODEL


def test_error_wrapped_in_an_array_is_unwrapped() -> None:
    body = b"[" + status_body(503, "UNAVAILABLE", "The model is overloaded.") + b"]"
    error = error_from_response(503, body)
    assert isinstance(error, ServerError) and error.retryable and error.status == "UNAVAILABLE"


def test_html_from_a_proxy_is_still_a_plain_error() -> None:
    error = error_from_response(502, b"<html><body>Bad Gateway</body></html>")
    assert isinstance(error, ServerError) and error.retryable
    assert error.server_message == "<html><body>Bad Gateway</body></html>"


def test_invalid_argument_keeps_the_server_reason_as_details_not_headline() -> None:
    error = error_from_response(
        400,
        status_body(
            400,
            "INVALID_ARGUMENT",
            "Unable to submit request because it has an empty text parameter.",
        ),
    )
    assert isinstance(error, InvalidArgumentError) and not error.retryable
    assert "empty text parameter" not in error.explanation
    assert error.details == "Unable to submit request because it has an empty text parameter."


def test_restricted_key_is_a_key_problem_not_a_role_problem() -> None:
    body = status_body(
        403,
        "PERMISSION_DENIED",
        "Requests from referer <empty> are blocked.",
        {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": "API_KEY_HTTP_REFERRER_BLOCKED",
            "domain": "googleapis.com",
        },
    )
    error = error_from_response(403, body)
    assert isinstance(error, ApiKeyInvalidError) and error.refusal is KeyRefusal.RESTRICTED
    assert error.explanation == (
        "This API key may only be used from certain websites, apps or addresses."
    )


def test_unsupported_country_says_so() -> None:
    error = error_from_response(
        400,
        status_body(400, "FAILED_PRECONDITION", "User location is not supported for the API use."),
    )
    assert "country or region" in error.explanation and "Vertex AI" in error.hint


def test_to_dict_is_the_describe_json_error_shape() -> None:
    error = error_from_response(404, status_body(404, "NOT_FOUND", "nope"))
    assert error.to_dict() == {
        "code": 404,
        "status": "NOT_FOUND",
        "message": error.explanation,
        "hint": error.hint,
    }


def test_parse_duration() -> None:
    assert parse_duration("3s") == 3.0
    assert parse_duration("soon") is None
