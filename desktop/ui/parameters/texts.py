"""What the dock says about each setting: its label, what it does to the answer, and its
default, in plain words. No widgets here."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.image_detail import ImageDetail
from desktop.core.request import (
    HarmBlockMethod,
    HarmBlockThreshold,
    HarmCategory,
    MediaResolution,
)


def whole_number(locale: QLocale, value: int) -> str:
    """65,536 rather than 65536, as the spin boxes show it (the C locale omits the commas)."""
    grouped = QLocale(locale)
    grouped.setNumberOptions(grouped.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return grouped.toString(value)


@dataclass(frozen=True)
class Help:
    label: str
    what: str
    default: str

    def tooltip(self) -> str:
        """Rich text, so Qt wraps it: what it does, then the default on a line of its own."""
        default = QCoreApplication.translate("ParameterDock", "Default:")
        return (
            f"<p>{html.escape(self.what)}</p>"
            f"<p><b>{html.escape(default)}</b> {html.escape(self.default)}</p>"
        )

    def reset_tooltip(self) -> str:
        return QCoreApplication.translate("ParameterDock", "Back to the default: %1").replace(
            "%1", self.default
        )


def setting_help() -> dict[str, Help]:
    """Every setting of the dock by its key (GenerationConfig's field names where there is one)."""
    return {
        "model": Help(
            QCoreApplication.translate("ParameterDock", "Model"),
            QCoreApplication.translate(
                "ParameterDock",
                "Which Gemini model answers. Pro models think harder; Flash models are faster "
                "and cost less. Type any part of a name to search, or type the name of a model "
                "that is not listed: it is sent as you typed it.",
            ),
            QCoreApplication.translate("ParameterDock", "the model chosen in Connection settings."),
        ),
        "temperature": Help(
            QCoreApplication.translate("ParameterDock", "Temperature"),
            QCoreApplication.translate(
                "ParameterDock",
                "How adventurous the wording is. Low (0–0.5): focused and repeatable. "
                "High (1.5–2): varied and creative.",
            ),
            QCoreApplication.translate("ParameterDock", "the model's own (1.0 for Gemini 2.x)."),
        ),
        "max_output_tokens": Help(
            QCoreApplication.translate("ParameterDock", "Max answer length"),
            QCoreApplication.translate(
                "ParameterDock",
                "The longest answer the model may write, in tokens (a token is about ¾ of a "
                "word: 1,000 tokens ≈ 750 words). The answer stops when it reaches this. "
                "On Gemini 2.5, thinking uses part of it.",
            ),
            QCoreApplication.translate(
                "ParameterDock", "the model's own limit (65,536 tokens for Gemini 2.5)."
            ),
        ),
        "system_instruction": Help(
            QCoreApplication.translate("ParameterDock", "Instructions"),
            QCoreApplication.translate(
                "ParameterDock",
                "Standing instructions the model follows for the whole conversation, such as "
                "“Answer in French” or “Explain it as you would to a beginner”.",
            ),
            QCoreApplication.translate("ParameterDock", "none."),
        ),
        "google_search": Help(
            QCoreApplication.translate("ParameterDock", "Search Google for up-to-date facts"),
            QCoreApplication.translate(
                "ParameterDock",
                "Lets the model look things up on Google and show its sources. Useful for "
                "news and recent facts. Google may charge for searches beyond a free allowance.",
            ),
            QCoreApplication.translate("ParameterDock", "off."),
        ),
        "top_p": Help(
            QCoreApplication.translate("ParameterDock", "Top-P"),
            QCoreApplication.translate(
                "ParameterDock",
                "How wide a choice of words the model considers (0–1). Lower keeps to the most "
                "likely words: plainer and safer. Higher lets in less likely ones: more "
                "surprising.",
            ),
            QCoreApplication.translate("ParameterDock", "the model's own (0.95 for Gemini 2.x)."),
        ),
        "top_k": Help(
            QCoreApplication.translate("ParameterDock", "Top-K"),
            QCoreApplication.translate(
                "ParameterDock",
                "The model picks each next word from only this many likely candidates (1–100; "
                "Vertex AI accepts up to 40). Lower: more predictable. Higher: more varied.",
            ),
            QCoreApplication.translate("ParameterDock", "the model's own (often 40 or 64)."),
        ),
        "candidate_count": Help(
            QCoreApplication.translate("ParameterDock", "Answers"),
            QCoreApplication.translate(
                "ParameterDock",
                "How many different answers the model writes at once (1–8). While an answer "
                "streams, only the first one is shown, so more mostly adds cost.",
            ),
            QCoreApplication.translate("ParameterDock", "1."),
        ),
        "stop_sequences": Help(
            QCoreApplication.translate("ParameterDock", "Stop at"),
            QCoreApplication.translate(
                "ParameterDock",
                "The answer stops as soon as the model writes one of these words or phrases, "
                "which is left out. Capitals matter. Up to 5.",
            ),
            QCoreApplication.translate("ParameterDock", "none."),
        ),
        "presence_penalty": Help(
            QCoreApplication.translate("ParameterDock", "Presence penalty"),
            QCoreApplication.translate(
                "ParameterDock",
                "From −2 to 2. Positive values nudge the model towards topics and words it has "
                "not used yet; negative values let it stay with what it already said.",
            ),
            QCoreApplication.translate("ParameterDock", "the model's own (0: no nudge)."),
        ),
        "frequency_penalty": Help(
            QCoreApplication.translate("ParameterDock", "Frequency penalty"),
            QCoreApplication.translate(
                "ParameterDock",
                "From −2 to 2. Positive values make the model repeat the same words less "
                "often; negative values allow more repetition.",
            ),
            QCoreApplication.translate("ParameterDock", "the model's own (0: no nudge)."),
        ),
        "seed": Help(
            QCoreApplication.translate("ParameterDock", "Seed"),
            QCoreApplication.translate(
                "ParameterDock",
                "Set a number to get nearly the same answer when you ask the same question "
                "again with the same settings. Not guaranteed.",
            ),
            QCoreApplication.translate("ParameterDock", "random: a new one for every answer."),
        ),
        "response_mime_type": Help(
            QCoreApplication.translate("ParameterDock", "Answer format"),
            QCoreApplication.translate(
                "ParameterDock",
                "Plain text: ordinary answers. JSON: structured data a program can read; "
                "describe its shape in the schema below. One choice from a list (text/x.enum): "
                "for sorting things into categories.",
            ),
            QCoreApplication.translate("ParameterDock", "plain text."),
        ),
        "response_schema": Help(
            QCoreApplication.translate("ParameterDock", "JSON schema"),
            QCoreApplication.translate(
                "ParameterDock",
                "The shape the JSON answer must have: its fields and their types (OBJECT, "
                "ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Checked as you type.",
            ),
            QCoreApplication.translate("ParameterDock", "none: any JSON."),
        ),
        "response_logprobs": Help(
            QCoreApplication.translate("ParameterDock", "Show how sure the model was"),
            QCoreApplication.translate(
                "ParameterDock",
                "Adds how likely each word of the answer was (token log probabilities). A "
                "preview feature with a small daily limit.",
            ),
            QCoreApplication.translate("ParameterDock", "off."),
        ),
        "logprobs": Help(
            QCoreApplication.translate("ParameterDock", "Alternatives"),
            QCoreApplication.translate(
                "ParameterDock",
                "How many other likely words to list at each step (1–20). Needs “Show how "
                "sure the model was” on.",
            ),
            QCoreApplication.translate("ParameterDock", "none."),
        ),
        "thinking_level": Help(
            QCoreApplication.translate("ParameterDock", "Thinking"),
            QCoreApplication.translate(
                "ParameterDock",
                "How much the model thinks before it answers. More helps with hard questions "
                "but is slower and costs more. Each model offers its own levels.",
            ),
            QCoreApplication.translate("ParameterDock", "the model's own level, marked (default)."),
        ),
        "thinking_budget": Help(
            QCoreApplication.translate("ParameterDock", "Thinking"),
            QCoreApplication.translate(
                "ParameterDock",
                "How much the model may think before it answers, in tokens. More helps with "
                "hard questions but is slower and costs more. Off: no thinking (Gemini 2.5 Pro "
                "cannot switch it off). Dynamic: the model decides.",
            ),
            QCoreApplication.translate("ParameterDock", "the model's own (dynamic on Gemini 2.5)."),
        ),
        "include_thoughts": Help(
            QCoreApplication.translate("ParameterDock", "Show thoughts"),
            QCoreApplication.translate(
                "ParameterDock",
                "Shows a summary of the model's thinking above its answer, folded until "
                "you open it.",
            ),
            QCoreApplication.translate("ParameterDock", "on."),
        ),
        "audio_timestamp": Help(
            QCoreApplication.translate("ParameterDock", "Understand times in audio"),
            QCoreApplication.translate(
                "ParameterDock",
                "For audio-only files: lets the model refer to moments by their time, "
                "such as “at 1:23”.",
            ),
            QCoreApplication.translate("ParameterDock", "off."),
        ),
        "media_resolution": Help(
            QCoreApplication.translate("ParameterDock", "Media resolution"),
            QCoreApplication.translate(
                "ParameterDock",
                "How many tokens each picture or video frame uses: how closely the model "
                "looks at it. Low saves tokens and time on long videos. High lets the model "
                "read small text in pictures. Medium is in between.",
            ),
            QCoreApplication.translate("ParameterDock", "the model decides."),
        ),
        "image_detail": Help(
            QCoreApplication.translate("ParameterDock", "Image detail"),
            QCoreApplication.translate(
                "ParameterDock",
                "How large photos are when they are sent: at most 3,072 pixels on the long "
                "side (High), 1,536 (Balanced) or 768 (Low). Smaller photos upload faster and "
                "use fewer tokens, and are sent without camera details such as the location. "
                "Original sends each photo exactly as it is. Applies to every conversation.",
            ),
            QCoreApplication.translate(
                "ParameterDock", "Balanced (1,536 pixels on the long side)."
            ),
        ),
        **{
            safety_key(category): Help(
                category_label(category), _category_what(category), model_default_safety()
            )
            for category in HarmCategory
        },
        "safety_method": Help(
            QCoreApplication.translate("ParameterDock", "Judged by"),
            QCoreApplication.translate(
                "ParameterDock",
                "Probability: blocks by how likely the answer is harmful. Severity: also "
                "weighs how harmful it would be. Only Vertex AI reads this; with an AI Studio "
                "key it is left out.",
            ),
            QCoreApplication.translate("ParameterDock", "the model's own (probability)."),
        ),
    }


def safety_key(category: HarmCategory) -> str:
    return f"safety_{category.name.lower()}"


def model_default_safety() -> str:
    return QCoreApplication.translate(
        "ParameterDock", "the model's own setting, which depends on the model."
    )


def category_label(category: HarmCategory) -> str:
    return {
        HarmCategory.HATE_SPEECH: QCoreApplication.translate("ParameterDock", "Hate speech"),
        HarmCategory.DANGEROUS_CONTENT: QCoreApplication.translate(
            "ParameterDock", "Dangerous content"
        ),
        HarmCategory.HARASSMENT: QCoreApplication.translate("ParameterDock", "Harassment"),
        HarmCategory.SEXUALLY_EXPLICIT: QCoreApplication.translate(
            "ParameterDock", "Sexually explicit"
        ),
        HarmCategory.CIVIC_INTEGRITY: QCoreApplication.translate(
            "ParameterDock", "Civic integrity"
        ),
    }[category]


def _category_what(category: HarmCategory) -> str:
    topic = {
        HarmCategory.HATE_SPEECH: QCoreApplication.translate(
            "ParameterDock", "attacks on people for who they are"
        ),
        HarmCategory.DANGEROUS_CONTENT: QCoreApplication.translate(
            "ParameterDock", "help or encouragement to do harmful things"
        ),
        HarmCategory.HARASSMENT: QCoreApplication.translate(
            "ParameterDock", "bullying or threats against someone"
        ),
        HarmCategory.SEXUALLY_EXPLICIT: QCoreApplication.translate(
            "ParameterDock", "sexual content"
        ),
        HarmCategory.CIVIC_INTEGRITY: QCoreApplication.translate(
            "ParameterDock", "misleading claims about elections and voting"
        ),
    }[category]
    return QCoreApplication.translate(
        "ParameterDock",
        "How readily answers with %1 are blocked. Block most: even at low risk. Block some: "
        "at medium risk and above. Block few: only at high risk. Don't block: nothing is "
        "blocked, but the filter still rates each answer. Turn the filter off: it does not "
        "run at all.",
    ).replace("%1", topic)


def threshold_choices() -> list[tuple[str, HarmBlockThreshold | None]]:
    """The threshold combo's choices, from most to least blocking, after "Model default"."""
    return [
        (QCoreApplication.translate("ParameterDock", "Model default"), None),
        (
            QCoreApplication.translate("ParameterDock", "Block most (low and above)"),
            HarmBlockThreshold.BLOCK_LOW_AND_ABOVE,
        ),
        (
            QCoreApplication.translate("ParameterDock", "Block some (medium and above)"),
            HarmBlockThreshold.BLOCK_MEDIUM_AND_ABOVE,
        ),
        (
            QCoreApplication.translate("ParameterDock", "Block few (only high)"),
            HarmBlockThreshold.BLOCK_ONLY_HIGH,
        ),
        (
            QCoreApplication.translate("ParameterDock", "Don't block (filters still run)"),
            HarmBlockThreshold.BLOCK_NONE,
        ),
        (
            QCoreApplication.translate("ParameterDock", "Turn the filter off"),
            HarmBlockThreshold.OFF,
        ),
    ]


def threshold_tooltip(threshold: HarmBlockThreshold | None) -> str:
    """What one threshold choice means, for its tooltip in the list."""
    if threshold is HarmBlockThreshold.BLOCK_NONE:
        return QCoreApplication.translate(
            "ParameterDock",
            "Nothing is blocked. The filter still runs: it rates each answer's risk and the "
            "answer says so.",
        )
    if threshold is HarmBlockThreshold.OFF:
        return QCoreApplication.translate(
            "ParameterDock",
            "The filter does not run at all: nothing is blocked and no risk is rated.",
        )
    return ""


def method_choices() -> list[tuple[str, HarmBlockMethod | None]]:
    return [
        (QCoreApplication.translate("ParameterDock", "Model default"), None),
        (QCoreApplication.translate("ParameterDock", "Probability"), HarmBlockMethod.PROBABILITY),
        (QCoreApplication.translate("ParameterDock", "Severity"), HarmBlockMethod.SEVERITY),
    ]


def mime_choices() -> list[tuple[str, str | None]]:
    return [
        (QCoreApplication.translate("ParameterDock", "Model default"), None),
        (QCoreApplication.translate("ParameterDock", "Plain text"), "text/plain"),
        (QCoreApplication.translate("ParameterDock", "JSON"), "application/json"),
        (QCoreApplication.translate("ParameterDock", "One choice from a list"), "text/x.enum"),
    ]


def media_resolution_choices() -> list[tuple[str, MediaResolution | None, str]]:
    """(label, value, tooltip) of the media resolution combo, "Model default" first."""
    return [
        (
            QCoreApplication.translate("ParameterDock", "Model default"),
            None,
            QCoreApplication.translate("ParameterDock", "The model decides."),
        ),
        (
            QCoreApplication.translate("ParameterDock", "Low"),
            MediaResolution.LOW,
            QCoreApplication.translate(
                "ParameterDock", "Fewest tokens: cheaper and faster, and enough for most videos."
            ),
        ),
        (
            QCoreApplication.translate("ParameterDock", "Medium"),
            MediaResolution.MEDIUM,
            QCoreApplication.translate("ParameterDock", "More tokens, for more detail."),
        ),
        (
            QCoreApplication.translate("ParameterDock", "High"),
            MediaResolution.HIGH,
            QCoreApplication.translate(
                "ParameterDock", "The most detail: small print in photos, scans and screenshots."
            ),
        ),
    ]


def image_detail_choices() -> list[tuple[str, ImageDetail, str]]:
    """(label, value, tooltip) of the image detail combo, largest first."""
    return [
        (
            QCoreApplication.translate("ParameterDock", "Original"),
            ImageDetail.ORIGINAL,
            QCoreApplication.translate(
                "ParameterDock", "Exactly as taken, with the camera details such as the location."
            ),
        ),
        (
            QCoreApplication.translate("ParameterDock", "High"),
            ImageDetail.HIGH,
            QCoreApplication.translate("ParameterDock", "At most 3,072 pixels on the long side."),
        ),
        (
            QCoreApplication.translate("ParameterDock", "Balanced"),
            ImageDetail.BALANCED,
            QCoreApplication.translate("ParameterDock", "At most 1,536 pixels on the long side."),
        ),
        (
            QCoreApplication.translate("ParameterDock", "Low"),
            ImageDetail.LOW,
            QCoreApplication.translate(
                "ParameterDock",
                "At most 768 pixels on the long side: the fastest, and the fewest tokens.",
            ),
        ),
    ]


def original_photo_warning() -> str:
    return QCoreApplication.translate(
        "ParameterDock",
        "Photos are sent exactly as taken, with their camera details such as the GPS location.",
    )
