"""Logging: a rotating file under the app's log dir, and no secret ever written out."""

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import log as desktop_log
from desktop.log import (
    REDACTED,
    SecretRedactingFilter,
    clear_registered_secrets,
    redact,
    register_secret,
    setup_logging,
)

API_KEY = "AIza" + "SyD-" + "x" * 31  # AIza and 35 more characters
AQ_KEY = "AQ." + "Ab8RN6" + "y" * 40  # AI Studio's newer keys and Vertex AI express keys
ACCESS_TOKEN = "ya29.a0AfB_byC7-secretAccess.tokenPart"
REFRESH_TOKEN = "1//0gSecretRefresh-Token_value"

# (what is logged, the part that must never reach a log)
SECRETS = {
    "api key": (f"using key {API_KEY} for the call", API_KEY),
    "aq. api key": (f"using key {AQ_KEY}. Then nothing", AQ_KEY[3:]),
    "access token": (f"token is {ACCESS_TOKEN}.", "secretAccess"),
    "refresh token": (f'{{"refresh_token": "{REFRESH_TOKEN}"}}', "0gSecretRefresh"),
    "bearer header": ("Authorization: Bearer opaqueSessionToken123", "opaqueSessionToken123"),
    "x-goog-api-key header": ("x-goog-api-key: plainHeaderSecret42", "plainHeaderSecret42"),
    "x-goog-api-key dict": ("{'x-goog-api-key': 'dictHeaderSecret42'}", "dictHeaderSecret42"),
    "key query parameter": (
        "GET https://generativelanguage.googleapis.com/v1beta/models?key=querySecret99&alt=sse",
        "querySecret99",
    ),
    "pem block": (
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nsecretPemBody\n"
        "-----END PRIVATE KEY-----",
        "secretPemBody",
    ),
    "json private_key": (
        '{"type": "service_account", "private_key": "jsonKeyMaterial\\nmore", "x": 1}',
        "jsonKeyMaterial",
    ),
    "registered secret": ("profile token is registeredSecretValue", "registeredSecretValue"),
}


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """GEMINI_DESKTOP_HOME in a temp dir; the root logger is restored afterwards."""
    monkeypatch.setenv("GEMINI_DESKTOP_HOME", str(tmp_path))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    register_secret("registeredSecretValue")
    try:
        yield tmp_path
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        clear_registered_secrets()


def read_log(home: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (home / "logs" / "gemini-desktop.log").read_text(encoding="utf-8")


@pytest.mark.expected_log(r"^the request", logger="desktop.test")
@pytest.mark.parametrize("kind", SECRETS)
@pytest.mark.parametrize("where", ["message", "args", "traceback"])
def test_secrets_never_reach_the_log_file_or_stderr(
    log_home: Path, capsys: pytest.CaptureFixture[str], kind: str, where: str
) -> None:
    setup_logging(logging.DEBUG)
    logger = logging.getLogger("desktop.test")
    text, secret = SECRETS[kind]
    if where == "message":
        logger.warning("the request: " + text)
    elif where == "args":
        logger.warning("the request: %s (%d)", text, 1)
    else:
        try:
            raise ValueError(text)
        except ValueError:
            logger.exception("the request failed")

    written = read_log(log_home)
    shown = capsys.readouterr().err
    for output in (written, shown):
        assert "the request" in output
        assert secret not in output
        assert REDACTED in output
    if where == "traceback":
        assert "Traceback (most recent call last)" in written
        assert "ValueError" in written


def test_the_filter_redacts_a_record_in_place() -> None:
    try:
        raise RuntimeError(f"call failed for {API_KEY}")
    except RuntimeError as exc:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "sent %s", (API_KEY,), (type(exc), exc, None)
        )
    record.stack_info = f"stack with {ACCESS_TOKEN}"
    assert SecretRedactingFilter().filter(record) is True
    assert record.getMessage() == f"sent {REDACTED}"
    assert record.args == ()
    assert record.exc_text is not None
    assert API_KEY not in record.exc_text and REDACTED in record.exc_text
    assert "secretAccess" not in record.stack_info


def test_a_broken_format_string_is_still_redacted() -> None:
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "%d %d", (API_KEY,), None)
    SecretRedactingFilter().filter(record)
    assert API_KEY not in record.getMessage()


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "The monkey=banana; a key of 12 chars; token count 7; 1/2 done. ya29 is a name."
    assert redact(text) == text


def test_redact_keeps_labels_and_full_stops() -> None:
    assert redact(f"Authorization: Bearer {ACCESS_TOKEN}.") == f"Authorization: Bearer {REDACTED}."
    assert (
        redact("https://x.test/v1?alt=sse&key=abc123def")
        == f"https://x.test/v1?alt=sse&key={REDACTED}"
    )
    assert redact("x-goog-api-key: abcdefgh123") == f"x-goog-api-key: {REDACTED}"


def test_pem_block_cut_short_is_redacted_to_its_end() -> None:
    text = "key file: -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA3secret"
    assert redact(text) == f"key file: {REDACTED}"


def test_registered_secrets_include_their_url_encoded_form() -> None:
    try:
        register_secret("pass word/with+chars")
        assert redact("pass word/with+chars") == REDACTED
        assert redact("q=pass%20word%2Fwith%2Bchars") == f"q={REDACTED}"
        assert redact("q=pass+word%2Fwith%2Bchars") == f"q={REDACTED}"
    finally:
        clear_registered_secrets()


def test_short_registered_values_are_ignored() -> None:
    try:
        register_secret("abc")
        register_secret("   ")
        assert redact("abc abc") == "abc abc"
    finally:
        clear_registered_secrets()


def test_setup_logging_writes_a_rotating_file_in_the_home_log_dir(
    log_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = setup_logging("INFO")
    assert path == log_home / "logs" / "gemini-desktop.log"
    assert desktop_log.log_file_path() == path

    logging.getLogger("desktop.test").info("hello from the test")
    logging.getLogger("desktop.test").debug("too detailed")
    assert "hello from the test" in read_log(log_home)
    assert "too detailed" not in read_log(log_home)
    # stderr only from WARNING up
    assert "hello from the test" not in capsys.readouterr().err

    rotating = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    assert len(rotating) == 1
    assert rotating[0].maxBytes == 1_000_000
    assert rotating[0].backupCount == 3


@pytest.mark.expected_log(r"^once$", logger="desktop.test")
def test_setup_logging_twice_does_not_duplicate_handlers(log_home: Path) -> None:
    before = len(logging.getLogger().handlers)
    setup_logging()
    setup_logging()
    assert len(logging.getLogger().handlers) == before + 2
    logging.getLogger("desktop.test").warning("once")
    assert read_log(log_home).count("once") == 1


def test_unknown_level_name_is_an_error(log_home: Path) -> None:
    with pytest.raises(ValueError, match="unknown log level"):
        setup_logging("CHATTY")
