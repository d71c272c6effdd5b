"""Every sentence core and services say to the user, in English, by message id.

The one English catalogue: `Message.english()` reads it for `describe` and the logs, and
`pyside6-lupdate` collects it for translators (context "Message") through the
QT_TRANSLATE_NOOP marks in its two halves, which it finds by name. Placeholders are `{name}`: the
window fills them after translating, so a translation may move them. Ids are `area.what`.
"""

from __future__ import annotations

from desktop.core.message_catalogue.connecting import CONNECTING
from desktop.core.message_catalogue.sending import SENDING

ENGLISH: dict[str, str] = SENDING | CONNECTING
if len(ENGLISH) != len(SENDING) + len(CONNECTING):  # an id in both halves would hide one
    raise ValueError(
        f"message ids in both catalogues: {sorted(SENDING.keys() & CONNECTING.keys())}"
    )
