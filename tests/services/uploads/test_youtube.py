"""YouTube links pasted or dropped become fileData video parts; anything else does not."""

from __future__ import annotations

import pytest

from desktop.core.request import Part
from desktop.services.uploads import YOUTUBE_MIME_TYPE, youtube_part, youtube_video_id

VIDEO = "3KtWfp0UopM"
CANONICAL = f"https://www.youtube.com/watch?v={VIDEO}"


@pytest.mark.parametrize(
    "text",
    [
        CANONICAL,
        f"https://youtube.com/watch?v={VIDEO}",
        f"http://www.youtube.com/watch?v={VIDEO}",
        f"https://m.youtube.com/watch?v={VIDEO}&feature=share",
        f"https://www.youtube.com/watch?feature=youtu.be&v={VIDEO}&t=42s",
        f"https://www.youtube.com/watch?v={VIDEO}&list=PL123&index=2",
        f"https://youtu.be/{VIDEO}",
        f"https://youtu.be/{VIDEO}?si=AbCdEf123&t=10",
        f"https://www.youtube.com/shorts/{VIDEO}",
        f"https://youtube.com/shorts/{VIDEO}?si=xyz",
        f"https://m.youtube.com/shorts/{VIDEO}",
        f"https://www.youtube.com/live/{VIDEO}?feature=shared",
        f"https://www.youtube.com/embed/{VIDEO}",
        f"https://www.youtube-nocookie.com/embed/{VIDEO}",
        f"https://music.youtube.com/watch?v={VIDEO}",
        f"youtube.com/watch?v={VIDEO}",
        f"www.youtube.com/shorts/{VIDEO}",
        f"youtu.be/{VIDEO}",
        f"  {CANONICAL}\n",
        f"HTTPS://WWW.YOUTUBE.COM/watch?v={VIDEO}",
    ],
)
def test_youtube_links_become_a_video_part(text: str) -> None:
    assert youtube_video_id(text) == VIDEO
    part = youtube_part(text)
    assert part == Part.from_uri(CANONICAL, "video/mp4")
    assert part is not None and part.to_body() == {
        "fileData": {"mimeType": YOUTUBE_MIME_TYPE, "fileUri": CANONICAL}
    }


@pytest.mark.parametrize(
    "text",
    [
        "",
        "hello",
        "https://www.youtube.com/",
        "https://www.youtube.com/watch",
        "https://www.youtube.com/watch?v=short",
        f"https://www.youtube.com/watch?v={VIDEO}x",  # 12 characters
        "https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw",
        "https://www.youtube.com/@GoogleDevelopers",
        "https://www.youtube.com/playlist?list=PL123",
        f"https://youtube.com.evil.example/watch?v={VIDEO}",
        f"https://notyoutube.com/watch?v={VIDEO}",
        f"https://vimeo.com/{VIDEO}",
        f"ftp://youtube.com/watch?v={VIDEO}",
        f"javascript:alert(1)//youtube.com/watch?v={VIDEO}",
        f"Look at this {CANONICAL}",  # a sentence is not a link
        f"https://youtu.be/{VIDEO[:-1]}!",
        "https://[::1/watch?v=3KtWfp0UopM",  # not a URL at all
    ],
)
def test_anything_else_is_not_a_youtube_link(text: str) -> None:
    assert youtube_video_id(text) is None
    assert youtube_part(text) is None
