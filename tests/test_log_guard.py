"""The guard in tests/log_guard.py: a test that logs an unexpected WARNING (or worse) fails,
from the test's own thread or a worker thread; a test that marks it as expected passes."""

from __future__ import annotations

import pytest

# The inner runs below log these; the guard of this (outer) run sees them too.
pytestmark = pytest.mark.expected_log(r"^inner: ", logger="inner")

HEADER = """
import logging
import threading

import pytest

log = logging.getLogger("inner")
"""


@pytest.fixture
def inner(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    # Only pytest and the guard: the installed plugins would add seconds to each run.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeconftest("pytest_plugins = ['tests.log_guard']")
    return pytester


def run(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    pytester.makepyfile(test_inner=HEADER + body)
    return pytester.runpytest_inprocess("-p", "no:cacheprovider")


def test_an_unexpected_warning_fails_the_test(inner: pytest.Pytester) -> None:
    result = run(inner, "def test_it():\n    log.warning('inner: the disk is full')\n")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*unexpected log records during the test*", "*the disk is full*"])


def test_an_error_from_a_worker_thread_fails_the_test(inner: pytest.Pytester) -> None:
    body = (
        "def test_it():\n"
        "    worker = threading.Thread(target=log.error, args=('inner: from a worker',))\n"
        "    worker.start()\n"
        "    worker.join()\n"
    )
    result = run(inner, body)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*ERROR inner (Thread-*): inner: from a worker*"])


def test_a_warning_in_teardown_is_an_error(inner: pytest.Pytester) -> None:
    body = (
        "@pytest.fixture\n"
        "def closing():\n"
        "    yield\n"
        "    log.warning('inner: could not close')\n"
        "def test_it(closing):\n"
        "    pass\n"
    )
    result = run(inner, body)
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*while tearing down the test*", "*could not close*"])


def test_an_expected_warning_passes_and_info_never_counts(inner: pytest.Pytester) -> None:
    body = (
        "@pytest.mark.expected_log(r'disk is full', logger='inner')\n"
        "def test_it():\n"
        "    log.warning('inner: the disk is full')\n"
        "    log.info('inner: just so you know')\n"
    )
    run(inner, body).assert_outcomes(passed=1)


def test_an_expected_message_from_another_logger_still_fails(inner: pytest.Pytester) -> None:
    body = (
        "@pytest.mark.expected_log(r'disk is full', logger='other')\n"
        "def test_it():\n"
        "    log.warning('inner: the disk is full')\n"
    )
    run(inner, body).assert_outcomes(failed=1)
