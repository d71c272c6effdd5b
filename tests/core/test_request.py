"""The request model writes the reference's wire body, and refuses bad settings in words."""

from __future__ import annotations

import base64
import json

import pytest

from desktop.core.connection import ApiKind, Connection
from desktop.core.errors import InvalidRequestError
from desktop.core.openai_compat import chat_body
from desktop.core.request import (
    Content,
    GenerateRequest,
    GenerationConfig,
    HarmBlockMethod,
    HarmBlockThreshold,
    HarmCategory,
    MediaResolution,
    Offset,
    Part,
    SafetySetting,
    ThinkingConfig,
    VideoClip,
    user_message,
)

FULL = GenerateRequest(
    model="gemini-2.5-flash",
    contents=(
        user_message("What is this?", (Part.from_bytes(b"\x89PNG", "image/png"),)),
        Content("model", (Part.from_text("A logo."),)),
        user_message(
            "And this clip?",
            (Part.from_uri("gs://b/v.mp4", "video/mp4", VideoClip(Offset(60), Offset(70.5))),),
        ),
    ),
    system_instruction="Be brief.",
    generation_config=GenerationConfig(
        temperature=0.2,
        top_p=0.9,
        top_k=40,
        candidate_count=1,
        max_output_tokens=256,
        presence_penalty=0.1,
        frequency_penalty=0.2,
        stop_sequences=("END",),
        response_mime_type="application/json",
        response_schema={"type": "OBJECT"},
        seed=7,
        response_logprobs=True,
        logprobs=3,
        audio_timestamp=True,
        media_resolution=MediaResolution.LOW,
        thinking=ThinkingConfig(include_thoughts=True, thinking_budget=1024),
    ),
    safety_settings=(
        SafetySetting(HarmCategory.HARASSMENT, HarmBlockThreshold.OFF, HarmBlockMethod.SEVERITY),
    ),
    labels={"team": "photos"},
    cached_content="projects/p/locations/l/cachedContents/c",
    google_search=True,
)


def test_full_vertex_body_matches_the_reference() -> None:
    body = FULL.to_body(vertex=True)
    assert body["contents"][0]["parts"][0] == {
        "inlineData": {"mimeType": "image/png", "data": base64.b64encode(b"\x89PNG").decode()}
    }
    assert body["contents"][1] == {"role": "model", "parts": [{"text": "A logo."}]}
    assert body["contents"][2]["parts"][0] == {
        "fileData": {"mimeType": "video/mp4", "fileUri": "gs://b/v.mp4"},
        "videoMetadata": {
            "startOffset": {"seconds": 60},
            "endOffset": {"seconds": 70, "nanos": 500_000_000},
        },
    }
    assert body["systemInstruction"] == {"role": "user", "parts": [{"text": "Be brief."}]}
    assert body["generationConfig"] == {
        "temperature": 0.2,
        "topP": 0.9,
        "topK": 40,
        "candidateCount": 1,
        "maxOutputTokens": 256,
        "presencePenalty": 0.1,
        "frequencyPenalty": 0.2,
        "stopSequences": ["END"],
        "responseMimeType": "application/json",
        "responseSchema": {"type": "OBJECT"},
        "seed": 7,
        "responseLogprobs": True,
        "logprobs": 3,
        "audioTimestamp": True,
        "mediaResolution": "MEDIA_RESOLUTION_LOW",
        "thinkingConfig": {"includeThoughts": True, "thinkingBudget": 1024},
    }
    assert body["safetySettings"] == [
        {"category": "HARM_CATEGORY_HARASSMENT", "threshold": "OFF", "method": "SEVERITY"}
    ]
    assert body["labels"] == {"team": "photos"}
    assert body["cachedContent"] == "projects/p/locations/l/cachedContents/c"
    assert body["tools"] == [{"googleSearch": {}}]


def test_gemini_api_body_leaves_out_vertex_only_fields() -> None:
    body = FULL.to_body(vertex=False)
    assert "labels" not in body and "method" not in body["safetySettings"][0]


@pytest.mark.parametrize("vertex", [True, False], ids=["vertex", "gemini api"])
@pytest.mark.parametrize(
    ("resolution", "wire"),
    [
        (MediaResolution.LOW, "MEDIA_RESOLUTION_LOW"),
        (MediaResolution.MEDIUM, "MEDIA_RESOLUTION_MEDIUM"),
        (MediaResolution.HIGH, "MEDIA_RESOLUTION_HIGH"),
    ],
)
def test_media_resolution_is_sent_by_its_wire_name_on_both_apis(
    resolution: MediaResolution, wire: str, vertex: bool
) -> None:
    request = GenerateRequest(
        model="m",
        contents=(user_message("What is written here?"),),
        generation_config=GenerationConfig(media_resolution=resolution),
    )
    body = json.loads(json.dumps(request.to_body(vertex=vertex)))
    assert body["generationConfig"] == {"mediaResolution": wire}


def test_media_resolution_is_left_out_of_the_openai_body() -> None:
    """Chat Completions has no field for it, and Vertex documents none under extra_body."""
    request = GenerateRequest(
        model="gemini-2.5-flash",
        contents=(user_message("hi"),),
        generation_config=GenerationConfig(media_resolution=MediaResolution.HIGH),
    )
    body = chat_body(request, "google/gemini-2.5-flash", stream=False, vertex=True)
    assert "MEDIA_RESOLUTION_HIGH" not in json.dumps(body)


def test_unset_settings_are_left_to_the_server() -> None:
    body = GenerateRequest(model="m", contents=(user_message("hi"),)).to_body()
    assert body == {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]}


@pytest.mark.parametrize(
    ("config", "words"),
    [
        (GenerationConfig(temperature=3.0), "temperature"),
        (GenerationConfig(top_p=1.5), "Top-P"),  # the Settings panel's name
        (GenerationConfig(stop_sequences=tuple("abcdef")), "6 stop sequences"),
        (GenerationConfig(response_schema={"type": "OBJECT"}), "application/json"),
        (GenerationConfig(temperature=float("nan")), "temperature"),
    ],
)
def test_bad_settings_are_refused_in_words(config: GenerationConfig, words: str) -> None:
    with pytest.raises(InvalidRequestError, match=words):
        GenerateRequest(
            model="m", contents=(user_message("hi"),), generation_config=config
        ).validate()


def test_empty_message_is_refused() -> None:
    with pytest.raises(InvalidRequestError, match="empty"):
        GenerateRequest(model="m", contents=(user_message(None),)).validate()


def test_openai_body_for_vertex() -> None:
    connection = Connection(ApiKind.OPENAI, project="p", location="us-central1")
    body = chat_body(FULL, connection.chat_model_name(FULL.model), stream=True, vertex=True)
    assert body["model"] == "google/gemini-2.5-flash"
    assert body["messages"][0] == {"role": "system", "content": "Be brief."}
    assert body["messages"][1]["content"][0] == {
        "type": "image_url",
        "image_url": {"url": "data:image/png;base64," + base64.b64encode(b"\x89PNG").decode()},
    }
    assert body["messages"][2] == {"role": "assistant", "content": "A logo."}
    assert body["messages"][3]["content"][0] == {
        "type": "image_url",
        "image_url": "gs://b/v.mp4",
    }
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert (body["temperature"], body["top_p"], body["max_tokens"], body["stop"], body["seed"]) == (
        0.2,
        0.9,
        256,
        ["END"],
        7,
    )
    assert body["response_format"]["type"] == "json_schema"
    assert body["extra_body"] == {
        "google": {"thinking_config": {"include_thoughts": True, "thinking_budget": 1024}}
    }


@pytest.mark.parametrize(
    ("connection", "url"),
    [
        (
            Connection(ApiKind.VERTEX, project="p", location="us-central1"),
            "https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        ),
        (
            Connection(ApiKind.VERTEX, project="p", location="global"),
            "https://aiplatform.googleapis.com/v1/projects/p/locations/global/publishers/google/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        ),
        (
            Connection(ApiKind.VERTEX),
            "https://aiplatform.googleapis.com/v1/publishers/google/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        ),
        (
            Connection(ApiKind.GEMINI),
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        ),
        (
            Connection(ApiKind.GEMINI, base_url="http://127.0.0.1:9/"),
            "http://127.0.0.1:9/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
        ),
    ],
)
def test_stream_urls(connection: Connection, url: str) -> None:
    assert connection.generate_url("gemini-2.5-flash", stream=True) == url


def test_openai_urls() -> None:
    vertex = Connection(ApiKind.OPENAI, project="p", location="europe-west4")
    assert (
        vertex.chat_completions_url()
        == "https://europe-west4-aiplatform.googleapis.com/v1/projects/p/locations/europe-west4/endpoints/openapi/chat/completions"
    )
    local = Connection(ApiKind.OPENAI, base_url="http://localhost:11434/v1")
    assert local.chat_completions_url() == "http://localhost:11434/v1/chat/completions"
    assert local.chat_model_name("llama3") == "llama3"


def test_a_model_id_cannot_change_the_path() -> None:
    url = Connection(ApiKind.GEMINI).generate_url("../../evil?x", stream=False)
    assert (
        url
        == "https://generativelanguage.googleapis.com/v1beta/models/..%2F..%2Fevil%3Fx:generateContent"
    )
