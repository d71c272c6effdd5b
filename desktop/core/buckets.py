"""Cloud Storage's rules for a bucket's name, checked before anything is sent.

From Google's "Bucket naming rules" (cloud.google.com/storage/docs/buckets#naming): only
lowercase letters, digits, dashes, underscores and dots; a letter or digit first and last;
3 to 63 characters, or up to 222 with dots and then at most 63 between two dots; not an IP
address in dotted-decimal notation; not beginning with "goog", not containing "google" or a
close misspelling such as "g00gle".
"""

from __future__ import annotations

import re
from enum import StrEnum

_ALLOWED = re.compile(r"^[a-z0-9._-]+$")
_IP_ADDRESS = re.compile(r"^\d{1,3}(\.\d{1,3}){3}$")
_GOOGLE = re.compile(r"g[o0][o0]g[l1]e")


class BucketProblem(StrEnum):
    """Why a name cannot be a bucket's; the UI says each in words of its own."""

    ADDRESS = "address"  # a web address or a path, not a name
    UPPERCASE = "uppercase"
    CHARACTERS = "characters"  # anything but a-z, 0-9, "-", "_" and "."
    ENDS = "ends"  # must start and end with a letter or a digit
    LENGTH = "length"
    IP_ADDRESS = "ip_address"
    GOOGLE = "google"  # begins with "goog", or contains "google" or a look-alike


def bucket_problem(name: str) -> BucketProblem | None:
    """What is wrong with `name` as a bucket's name (already without gs:// and a path),
    or None when Cloud Storage would accept it. An empty name is no problem: no bucket."""
    if not name:
        return None
    if ":" in name or "/" in name or "\\" in name:
        return BucketProblem.ADDRESS
    if name.lower() != name and _ALLOWED.match(name.lower()):
        return BucketProblem.UPPERCASE
    if not _ALLOWED.match(name):
        return BucketProblem.CHARACTERS
    if not (name[0].isalnum() and name[-1].isalnum()):
        return BucketProblem.ENDS
    parts = name.split(".")
    too_long = len(name) > (222 if len(parts) > 1 else 63)
    if len(name) < 3 or too_long or any(len(part) > 63 for part in parts):
        return BucketProblem.LENGTH
    if _IP_ADDRESS.match(name):
        return BucketProblem.IP_ADDRESS
    if name.startswith("goog") or _GOOGLE.search(name):
        return BucketProblem.GOOGLE
    return None
