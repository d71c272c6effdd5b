"""A failed answer's reason is stored as message ids and arguments, so it is worded again
in the reader's language when the conversation is reopened; unknown records fall back."""

from __future__ import annotations

import json

import pytest

from desktop.core.error_classifier import error_from_response
from desktop.core.limits import size_over
from desktop.core.messages import (
    Bytes,
    Message,
    Seconds,
    words_from_record,
    words_record,
)
from tests.loopback.scenario import Scenario


@pytest.mark.parametrize(
    "said",
    [
        Message("api.quota_daily"),
        Message("api.rate_limited_at", host="proxy.example"),
        Message("net.stalled_google", wait=Seconds(300)),
        Message(  # a nested message among sizes: "2 GB and 1 byte"
            "file.too_large_for",
            file="clip.mp4",
            size=size_over(2**31 + 1, 2**31),
            where=Message("where.gemini_api"),
            limit=Bytes(2**31),
        ),
        "Google's own words, kept as they are",
    ],
)
def test_a_sentence_survives_json_as_the_same_sentence(said: Message | str) -> None:
    record = json.loads(json.dumps(words_record(said)))
    back = words_from_record(record)
    assert back == said
    assert str(back) == str(said)  # worded alike: a wait is still a wait, a size a size


@pytest.mark.parametrize(
    "record",
    [None, 3, {"id": "no.such.id", "args": {}}, {"id": "api.rate_limited_at", "args": {}}, {}],
)
def test_a_record_this_version_does_not_know_gives_none(record: object) -> None:
    assert words_from_record(record) is None


def test_a_failure_record_keeps_the_english_and_the_ids() -> None:
    scenario = Scenario.daily_quota()
    error = error_from_response(429, json.dumps({"error": scenario.error_body()}))
    record = json.loads(json.dumps(error.to_record()))
    assert record["message"].startswith("You've reached today's limit")
    assert record["words"] == {"id": "api.quota_daily", "args": {}}
    assert record["hint_words"] == {"id": "api.quota_daily.hint", "args": {}}
    assert record["action"] == "choose_model"
