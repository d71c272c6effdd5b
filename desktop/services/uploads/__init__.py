"""Files too large to send inside the message: uploaded to the Gemini API's File API or to a
Cloud Storage bucket (Vertex AI), with progress, resume and reuse; and YouTube links.

Which files go inline and which are uploaded, and the limits checked before sending, are in
desktop.core.limits.
"""

from desktop.core.youtube import (
    YOUTUBE_MIME_TYPE,
    youtube_part,
    youtube_url,
    youtube_video_id,
)
from desktop.services.uploads.cache import UploadCache, fingerprint
from desktop.services.uploads.common import (
    DEFAULT_CHUNK_SIZE,
    ProgressCallback,
    UploadedFile,
    UploadProgress,
)
from desktop.services.uploads.file_api import FileApiUploader
from desktop.services.uploads.gcs import (
    STORAGE_URL,
    GcsUploader,
    bucket_name,
    check_bucket,
    object_name_for,
    storage_base_url,
)

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "STORAGE_URL",
    "YOUTUBE_MIME_TYPE",
    "FileApiUploader",
    "GcsUploader",
    "ProgressCallback",
    "UploadCache",
    "UploadProgress",
    "UploadedFile",
    "bucket_name",
    "check_bucket",
    "fingerprint",
    "object_name_for",
    "storage_base_url",
    "youtube_part",
    "youtube_url",
    "youtube_video_id",
]
