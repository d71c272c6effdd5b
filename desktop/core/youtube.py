"""YouTube links pasted or dropped: recognised and sent as a fileData video part.

Pure Python (no IO): the attachment strip recognises links before the upload services
load. A link is the other way, besides an upload, for a video to reach the model by reference.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from desktop.core.request import Part

# Google's own samples for YouTube links (Vertex AI's textgen_with_youtube_video, in Python
# and Node.js) send "video/mp4", and the Vertex reference says a fileUri needs a mimeType.
YOUTUBE_MIME_TYPE = "video/mp4"

_VIDEO_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_HOSTS = frozenset(
    {
        "youtube.com",
        "www.youtube.com",
        "m.youtube.com",
        "music.youtube.com",
        "youtube-nocookie.com",
        "www.youtube-nocookie.com",
    }
)
_PATH_PREFIXES = ("shorts", "live", "embed", "v", "e")


def youtube_video_id(text: str) -> str | None:
    """The 11-character video id of a YouTube link, or None when `text` is not one.

    Takes watch?v=, youtu.be/, /shorts/, /live/ and /embed/ links, on www., m. or no
    subdomain, with or without https:// and with extra parameters (t=, si=, list=)."""
    candidate = text.strip()
    if not candidate or any(c.isspace() for c in candidate):
        return None
    if "://" not in candidate:
        candidate = "https://" + candidate
    try:
        parts = urlsplit(candidate)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    video_id: str | None = None
    if host in ("youtu.be", "www.youtu.be"):
        video_id = segments[0] if segments else None
    elif host in _HOSTS:
        if segments == ["watch"]:
            values = parse_qs(parts.query).get("v")
            video_id = values[0] if values else None
        elif len(segments) >= 2 and segments[0] in _PATH_PREFIXES:
            video_id = segments[1]
    if video_id is None or not _VIDEO_ID.match(video_id):
        return None
    return video_id


def youtube_url(video_id: str) -> str:
    """The canonical watch URL, the form Google's samples send."""
    return f"https://www.youtube.com/watch?v={video_id}"


def youtube_part(text_or_url: str) -> Part | None:
    """A fileData video part for a YouTube link, or None when the text is not one."""
    video_id = youtube_video_id(text_or_url)
    if video_id is None:
        return None
    return Part.from_uri(youtube_url(video_id), YOUTUBE_MIME_TYPE)
