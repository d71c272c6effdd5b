"""The catalogue's first half: what Google answers, the stream, the password store, the
history, uploads, why an answer ended, files and the request's settings."""

from __future__ import annotations

from desktop.core.message_catalogue.mark import QT_TRANSLATE_NOOP

SENDING: dict[str, str] = {
    # --- google.rpc.Status and HTTP replies (error_classifier) -----------------------------------
    # The refusals an API key can get (error_classifier._key_refused).
    "api.key_restricted": QT_TRANSLATE_NOOP(
        "Message", "This API key may only be used from certain websites, apps or addresses."
    ),
    "api.key_restricted.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Remove the key's application restrictions in Google Cloud, or use another key.",
    ),
    "api.key_invalid_gemini": QT_TRANSLATE_NOOP("Message", "Google did not accept the API key."),
    "api.key_invalid_gemini.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Check the key in Connection settings, or create a new one in Google AI Studio.",
    ),
    "api.key_invalid_express": QT_TRANSLATE_NOOP(
        "Message", "Vertex AI did not accept the API key."
    ),
    "api.key_invalid_express.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Check the key in Connection settings, or create a new one in the Vertex AI "
        "Studio settings.",
    ),
    "api.key_expired_gemini": QT_TRANSLATE_NOOP("Message", "This API key has expired."),
    "api.key_expired_gemini.hint": QT_TRANSLATE_NOOP(
        "Message", "Create a new key in Google AI Studio and paste it in Connection settings."
    ),
    "api.key_expired_express": QT_TRANSLATE_NOOP(
        "Message", "This Vertex AI express key has expired."
    ),
    "api.key_expired_express.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Create a new key in the Vertex AI Studio settings and paste it in Connection settings.",
    ),
    "api.key_retired": QT_TRANSLATE_NOOP(
        "Message",
        "Google no longer accepts this older kind of key: create a new key in AI Studio.",
    ),
    "api.key_retired.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Keys that start with “AIza” stopped working with the Gemini API in 2026; the keys "
        "AI Studio makes now start with “AQ.”.",
    ),
    "api.key_other_apis_gemini": QT_TRANSLATE_NOOP(
        "Message", "This API key is limited to other Google services, not the Gemini API."
    ),
    "api.key_other_apis_gemini.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Add “Generative Language API” to the key's API restrictions in Google Cloud, or "
        "create a new key in Google AI Studio.",
    ),
    "api.key_other_apis_express": QT_TRANSLATE_NOOP(
        "Message", "This API key is limited to other Google services, not Vertex AI."
    ),
    "api.key_other_apis_express.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Add “Vertex AI API” to the key's API restrictions in Google Cloud, or use another key.",
    ),
    "api.key_wrong_kind_gemini": QT_TRANSLATE_NOOP(
        "Message", "The Gemini API does not take this kind of key."
    ),
    "api.key_wrong_kind_gemini.hint": QT_TRANSLATE_NOOP(
        "Message",
        "It may be a Vertex AI express key: connect it as one, or use a key from Google AI Studio.",
    ),
    "api.key_wrong_kind_express": QT_TRANSLATE_NOOP(
        "Message", "Vertex AI does not take this key: it is not an express-mode key."
    ),
    "api.key_wrong_kind_express.hint": QT_TRANSLATE_NOOP(
        "Message",
        "It may be a Gemini API key: connect it as one, or use a key from the Vertex AI "
        "Studio settings.",
    ),
    "api.key_and_sign_in": QT_TRANSLATE_NOOP(
        "Message",
        "Google received an API key and a sign-in together, and takes only one of them.",
    ),
    "api.key_and_sign_in.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Gemini Desktop sends only one: a proxy or custom endpoint on the way may add the "
        "other. Remove it there, or connect without it.",
    ),
    "api.service_disabled": QT_TRANSLATE_NOOP(
        "Message", "{service} is not turned on for this Google Cloud project."
    ),
    "api.vertex_disabled": QT_TRANSLATE_NOOP(
        "Message", "The Vertex AI API is not turned on for this Google Cloud project."
    ),
    "api.gemini_disabled": QT_TRANSLATE_NOOP(
        "Message", "The Gemini API is not turned on for this Google Cloud project."
    ),
    "api.service_disabled.hint": QT_TRANSLATE_NOOP(
        "Message", "Open the link to enable it, wait a minute, then try again."
    ),
    "error.link": QT_TRANSLATE_NOOP("Message", "Link: {url}"),
    "api.unauthenticated": QT_TRANSLATE_NOOP(
        "Message", "Your sign-in has expired or is not valid."
    ),
    "api.unauthenticated.hint": QT_TRANSLATE_NOOP(
        "Message", "Sign in again in Connection settings."
    ),
    "api.permission_missing": QT_TRANSLATE_NOOP(
        "Message", "Your account lacks the permission {permission} in this project."
    ),
    "api.permission_denied": QT_TRANSLATE_NOOP(
        "Message", "Your account is not allowed to use this project or model."
    ),
    "api.permission_denied.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Ask the project's owner for the Vertex AI User role, or pick another project.",
    ),
    "api.permission_denied_key": QT_TRANSLATE_NOOP(
        "Message", "Google did not allow this API key to use this model or this feature."
    ),
    "api.permission_denied_key.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Pick another model, or check the key in Google AI Studio "
        "(create a new one if it was restricted).",
    ),
    "api.permission_denied_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} did not allow this request."
    ),
    "api.permission_denied_at.hint": QT_TRANSLATE_NOOP(
        "Message", "Check the key and the model in Connection settings."
    ),
    "api.model_not_found": QT_TRANSLATE_NOOP(
        "Message", "This model was not found, or your project cannot use it in this region."
    ),
    "api.model_not_found_named": QT_TRANSLATE_NOOP(
        "Message",
        "The model “{model}” was not found, or your project cannot use it in this region.",
    ),
    "api.model_not_found.hint": QT_TRANSLATE_NOOP(
        "Message", "Pick another model from the list, or change the region."
    ),
    "api.model_unknown_gemini": QT_TRANSLATE_NOOP(
        "Message", "The Gemini API has no model “{model}” that this key can use."
    ),
    "api.model_not_found_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} did not find this model."
    ),
    "api.model_unknown_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} has no model “{model}”."
    ),
    "api.model_pick.hint": QT_TRANSLATE_NOOP("Message", "Pick another model from the list."),
    # A 429 (or Google's 402) told apart: the user's own quota, their balance, or Google busy.
    "api.quota": QT_TRANSLATE_NOOP(
        "Message", "You have sent more requests than your quota allows."
    ),
    "api.quota_minute": QT_TRANSLATE_NOOP(
        "Message", "You've reached this model's per-minute limit."
    ),
    "api.quota_daily": QT_TRANSLATE_NOOP(
        "Message",
        "You've reached today's limit for this model; it resets at midnight Pacific time.",
    ),
    "api.quota_daily.hint": QT_TRANSLATE_NOOP(
        "Message", "Choose another model, or try again after the reset."
    ),
    "api.quota.hint_minute": QT_TRANSLATE_NOOP(
        "Message", "It frees up again within a minute; try again then."
    ),
    "api.prepaid_empty": QT_TRANSLATE_NOOP(
        "Message", "Your prepaid balance for the Gemini API has run out."
    ),
    "api.prepaid_empty.hint": QT_TRANSLATE_NOOP(
        "Message", "Add credits to the project in Google AI Studio, then try again."
    ),
    "api.capacity_busy": QT_TRANSLATE_NOOP(
        "Message", "Google's servers for this model are busy right now; your quota is not used up."
    ),
    "api.capacity_busy.hint": QT_TRANSLATE_NOOP(
        "Message", "Try again in a minute, or choose another model."
    ),
    "api.rate_limited_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} is receiving more requests than it allows."
    ),
    "api.rate_limited_at.hint": QT_TRANSLATE_NOOP("Message", "Wait a moment, then try again."),
    "api.server_timeout": QT_TRANSLATE_NOOP("Message", "Google took too long to answer."),
    "api.server_gateway": QT_TRANSLATE_NOOP(
        "Message", "Google's service could not be reached through its gateway."
    ),
    "api.server_unavailable": QT_TRANSLATE_NOOP(
        "Message", "Google's service is overloaded or down for a moment."
    ),
    "api.server_cancelled": QT_TRANSLATE_NOOP(
        "Message", "Google's service cancelled this answer before it was finished."
    ),
    "api.server_error": QT_TRANSLATE_NOOP("Message", "Google's service had a problem answering."),
    "api.server_timeout_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} took too long to answer."
    ),
    "api.server_cancelled_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} cancelled this answer before it was finished."
    ),
    "api.server_gateway_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} could not reach the service behind it."
    ),
    "api.server_unavailable_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} is overloaded or down for a moment."
    ),
    "api.server_error_at": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} had a problem answering."
    ),
    "api.server_error.hint": QT_TRANSLATE_NOOP("Message", "Try again in a moment."),
    "api.region_unsupported": QT_TRANSLATE_NOOP(
        "Message", "Gemini's API is not offered in your country or region."
    ),
    "api.region_unsupported.hint": QT_TRANSLATE_NOOP(
        "Message", "Connect through Vertex AI with a Google Cloud project instead."
    ),
    "api.failed_precondition": QT_TRANSLATE_NOOP(
        "Message", "Google cannot answer requests for this project yet."
    ),
    "api.failed_precondition.hint": QT_TRANSLATE_NOOP(
        "Message", "Check that billing is turned on for the project, then try again."
    ),
    "api.too_large": QT_TRANSLATE_NOOP("Message", "The request is too large for Google to accept."),
    "api.too_large.hint": QT_TRANSLATE_NOOP(
        "Message", "Remove some attachments or use smaller files."
    ),
    "api.invalid_argument": QT_TRANSLATE_NOOP(
        "Message", "Google could not accept this request as it is."
    ),
    "api.invalid_argument.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Change the settings or the message and send again; the details below say what.",
    ),
    # --- the stream ------------------------------------------------------------------------------
    "stream.cut_off": QT_TRANSLATE_NOOP(
        "Message", "The answer stopped before the model said it was finished."
    ),
    "stream.cut_off.hint": QT_TRANSLATE_NOOP("Message", "Send again to get the whole answer."),
    "stream.unreadable": QT_TRANSLATE_NOOP(
        "Message", "The server sent an answer this app cannot read."
    ),
    "stream.unreadable.hint": QT_TRANSLATE_NOOP(
        "Message", "Try again; if it keeps happening, report it."
    ),
    "describe.stopped": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped before it was finished."
    ),
    "describe.stopped.hint": QT_TRANSLATE_NOOP(
        "Message", "Run the command again to get the whole answer."
    ),
    "stream.garbled": QT_TRANSLATE_NOOP("Message", "The answer arrived garbled."),
    "stream.garbled.hint": QT_TRANSLATE_NOOP(
        "Message", "Try again; if it keeps happening, check any proxy between you and Google."
    ),
    "blocked.SAFETY": QT_TRANSLATE_NOOP(
        "Message", "Google blocked this prompt because it may break the safety rules."
    ),
    "blocked.OTHER": QT_TRANSLATE_NOOP(
        "Message", "Google blocked this prompt for a reason it did not give."
    ),
    "blocked.BLOCKLIST": QT_TRANSLATE_NOOP(
        "Message", "Google blocked this prompt because it contains a blocked word or phrase."
    ),
    "blocked.PROHIBITED_CONTENT": QT_TRANSLATE_NOOP(
        "Message", "Google blocked this prompt because it asks for prohibited content."
    ),
    "blocked.IMAGE_SAFETY": QT_TRANSLATE_NOOP(
        "Message", "Google blocked this prompt because of what one of the images shows."
    ),
    "blocked.MODEL_ARMOR": QT_TRANSLATE_NOOP(
        "Message", "The project's Model Armor policy blocked this prompt."
    ),
    "blocked.JAILBREAK": QT_TRANSLATE_NOOP(
        "Message", "Google blocked this prompt as an attempt to get around its rules."
    ),
    "blocked.unknown": QT_TRANSLATE_NOOP("Message", "Google blocked this prompt."),
    "blocked.hint": QT_TRANSLATE_NOOP(
        "Message", "Change the wording or the attachments and send again."
    ),
    # --- the password store ----------------------------------------------------------------------
    "keyring.missing": QT_TRANSLATE_NOOP(
        "Message",
        "This computer has no password store (keyring) that Gemini Desktop can use, "
        "so it cannot save your key.",
    ),
    "keyring.missing.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Use the key for this session only, or install GNOME Keyring or KWallet "
        "and sign in to your desktop again.",
    ),
    "keyring.locked": QT_TRANSLATE_NOOP(
        "Message",
        "Your password store (keyring) is locked, so Gemini Desktop cannot read or save your key.",
    ),
    "keyring.locked.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Unlock it (your login password usually does), or use the key for this session only.",
    ),
    "keyring.not_kept": QT_TRANSLATE_NOOP(
        "Message",
        "Your password store (keyring) did not keep the key: Gemini Desktop could not read "
        "it back, so it is not saved.",
    ),
    "keyring.not_kept.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Use the key for this session only, or set up GNOME Keyring or KWallet and sign in "
        "to your desktop again.",
    ),
    "keyring.failed": QT_TRANSLATE_NOOP(
        "Message", "Your password store (keyring) refused to read or save the key."
    ),
    "keyring.failed.hint": QT_TRANSLATE_NOOP(
        "Message", "Try again; if it keeps happening, use the key for this session only."
    ),
    # --- the history file ------------------------------------------------------------------------
    "history.disk_full": QT_TRANSLATE_NOOP(
        "Message",
        "Gemini Desktop cannot save conversations right now because the disk is full.",
    ),
    "history.disk_full.hint": QT_TRANSLATE_NOOP(
        "Message",
        "This conversation is kept until you close the app; free some space to save it.",
    ),
    "history.read_only": QT_TRANSLATE_NOOP(
        "Message",
        "Gemini Desktop cannot save conversations because its data folder cannot be written to.",
    ),
    "history.read_only.hint": QT_TRANSLATE_NOOP(
        "Message",
        "This conversation is kept until you close the app; make {folder} writable to save it.",
    ),
    "history.failed": QT_TRANSLATE_NOOP(
        "Message", "Gemini Desktop could not save this conversation."
    ),
    "history.failed.hint": QT_TRANSLATE_NOOP(
        "Message",
        "It is kept until you close the app; try again, and report it if it keeps happening.",
    ),
    # --- uploads and the profile's bucket --------------------------------------------------------
    "bucket.missing": QT_TRANSLATE_NOOP(
        "Message", "The Cloud Storage bucket “{bucket}” does not exist."
    ),
    "bucket.missing.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Check its name in Connection settings, or create it in the Google Cloud console.",
    ),
    "upload.bucket_missing": QT_TRANSLATE_NOOP(
        "Message",
        "The Cloud Storage bucket “{bucket}” does not exist, so {file} cannot be uploaded.",
    ),
    "upload.bucket_missing.hint": QT_TRANSLATE_NOOP(
        "Message", "Create it in Google Cloud Console or pick another in Connection settings."
    ),
    "bucket.no_permission": QT_TRANSLATE_NOOP(
        "Message", "Your account may not upload files to the Cloud Storage bucket “{bucket}”."
    ),
    "bucket.no_permission_who": QT_TRANSLATE_NOOP(
        "Message", "{who} may not upload files to the Cloud Storage bucket “{bucket}”."
    ),
    "upload.no_permission": QT_TRANSLATE_NOOP(
        "Message",
        "Your account may not upload files to the Cloud Storage bucket “{bucket}”, "
        "so {file} cannot be sent.",
    ),
    "upload.no_permission_who": QT_TRANSLATE_NOOP(
        "Message",
        "{who} may not upload files to the Cloud Storage bucket “{bucket}”, "
        "so {file} cannot be sent.",
    ),
    "upload.no_permission.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Ask the project's owner for the Storage Object User role on that bucket, "
        "or pick another bucket in Connection settings.",
    ),
    "upload.quota": QT_TRANSLATE_NOOP(
        "Message",
        "{where} refused {file} because too many uploads were made, or too much was "
        "stored, in a short time.",
    ),
    "upload.quota.hint_wait": QT_TRANSLATE_NOOP(
        "Message",
        "Wait {wait} and send again. Files uploaded to the Gemini API are deleted "
        "by themselves after 48 hours.",
    ),
    "upload.quota.hint_minute": QT_TRANSLATE_NOOP(
        "Message",
        "Wait a minute and send again. Files uploaded to the Gemini API are deleted "
        "by themselves after 48 hours.",
    ),
    "upload.failed": QT_TRANSLATE_NOOP("Message", "{file} could not be uploaded."),
    "upload.failed.hint": QT_TRANSLATE_NOOP(
        "Message", "Send again; if it keeps failing, try a smaller copy of the file."
    ),
    "upload.stalled": QT_TRANSLATE_NOOP(
        "Message", "The upload of {file} made no progress for {wait}."
    ),
    "upload.stalled.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Send again: the upload goes on from where it stopped. If it keeps happening, "
        "check your proxy.",
    ),
    "upload.connection_lost": QT_TRANSLATE_NOOP(
        "Message", "The connection kept breaking while {file} was uploading."
    ),
    "upload.connection_lost.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Check your internet connection, then send again: the upload goes on "
        "from where it stopped.",
    ),
    "upload.processing_failed": QT_TRANSLATE_NOOP(
        "Message", "Google received {file} but could not read it."
    ),
    "upload.processing_failed.hint": QT_TRANSLATE_NOOP(
        "Message",
        "The file may be damaged or in a format Gemini does not read; save it again "
        "as MP4, MP3, PDF, PNG or JPEG and send it again.",
    ),
    "bucket.unchecked": QT_TRANSLATE_NOOP(
        "Message", "Cloud Storage did not say whether the bucket “{bucket}” can take uploads."
    ),
    "bucket.unchecked.hint": QT_TRANSLATE_NOOP("Message", "Test the connection again in a moment."),
    "upload.processing_timeout": QT_TRANSLATE_NOOP(
        "Message", "Google was still preparing {file} after {minutes} minutes."
    ),
    "upload.processing_timeout.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Send again in a few minutes: the file is already uploaded and is not sent a second time.",
    ),
    # --- why an answer ended (finish) ------------------------------------------------------------
    "finish.MAX_TOKENS": QT_TRANSLATE_NOOP(
        "Message",
        "The answer hit the length limit; raise Max answer length in Settings to get more.",
    ),
    "finish.SAFETY": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped because it may break the safety rules."
    ),
    "finish.safety_categories": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped by the safety filter for {names}."
    ),
    "finish.content_filter": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped by the server's content filter."
    ),
    "finish.RECITATION": QT_TRANSLATE_NOOP(
        "Message",
        "The answer was stopped because it was repeating text from its training data too closely.",
    ),
    "finish.LANGUAGE": QT_TRANSLATE_NOOP(
        "Message",
        "The answer was stopped because it was in a language the model does not support.",
    ),
    "finish.BLOCKLIST": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped because it contained a blocked word or phrase."
    ),
    "finish.PROHIBITED_CONTENT": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped because it contained prohibited content."
    ),
    "finish.SPII": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped because it contained sensitive personal information."
    ),
    "finish.IMAGE_SAFETY": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped because an image it made may break the safety rules."
    ),
    "finish.MALFORMED_FUNCTION_CALL": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped because the model made a broken tool call."
    ),
    "finish.OTHER": QT_TRANSLATE_NOOP(
        "Message", "The answer was stopped for a reason the model did not give."
    ),
    "finish.unknown": QT_TRANSLATE_NOOP("Message", "The answer ended early ({reason})."),
    # --- what to ask when only files were given --------------------------------------------------
    "prompt.image": QT_TRANSLATE_NOOP("Message", "Describe this image."),
    "prompt.video": QT_TRANSLATE_NOOP("Message", "Describe this video."),
    "prompt.audio": QT_TRANSLATE_NOOP("Message", "Describe this audio recording."),
    "prompt.document": QT_TRANSLATE_NOOP("Message", "Summarize this document."),
    "prompt.text": QT_TRANSLATE_NOOP("Message", "Summarize this text."),
    # --- files: sizes, lengths, counts, kinds (limits, media) ------------------------------------
    "file.empty": QT_TRANSLATE_NOOP("Message", "{file} is empty."),
    "file.empty.hint": QT_TRANSLATE_NOOP("Message", "Choose the file again, or another one."),
    "file.too_large_for": QT_TRANSLATE_NOOP(
        "Message", "{file} is {size}; {where} reads files up to {limit}."
    ),
    # A size just over a limit that rounds to it: "2 GB and 1 byte".
    "size.over": QT_TRANSLATE_NOOP("Message", "{limit} and {over}"),
    "where.gemini_api": QT_TRANSLATE_NOOP("Message", "the Gemini API"),
    "where.vertex": QT_TRANSLATE_NOOP("Message", "Vertex AI"),
    "file.too_large_openai": QT_TRANSLATE_NOOP(
        "Message",
        "{file} is {size}; the OpenAI-compatible connection sends files only inside the "
        "message, up to {limit} in all.",
    ),
    "file.too_large_openai.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Use a smaller copy, or connect through the Gemini API or Vertex AI, "
        "which upload larger files.",
    ),
    "file.too_large_no_bucket": QT_TRANSLATE_NOOP(
        "Message",
        "{file} is {size}; without a Cloud Storage bucket, Vertex AI takes files only inside "
        "the message, up to {limit} in all.",
    ),
    "file.too_large_no_bucket.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Set a Cloud Storage bucket in Connection settings (it needs a Google Cloud "
        "project), or use a smaller copy of the file.",
    ),
    "file.too_large_inline": QT_TRANSLATE_NOOP(
        "Message", "{file} is {size}; files up to {limit} can be sent with the message."
    ),
    "file.smaller_clip.hint": QT_TRANSLATE_NOOP(
        "Message", "Use a shorter clip or a smaller copy of the file."
    ),
    "file.smaller_copy.hint": QT_TRANSLATE_NOOP(
        "Message", "Use a smaller copy of the file, or split it into parts."
    ),
    "file.too_long.video": QT_TRANSLATE_NOOP(
        "Message", "{file} lasts {length}; Gemini reads videos up to {limit} long."
    ),
    "file.too_long.video_with_sound": QT_TRANSLATE_NOOP(
        "Message", "{file} lasts {length}; Gemini reads videos with sound up to {limit} long."
    ),
    "file.too_long.audio": QT_TRANSLATE_NOOP(
        "Message", "{file} lasts {length}; Gemini reads recordings up to {limit} long."
    ),
    "file.too_long.hint": QT_TRANSLATE_NOOP(
        "Message", "Cut it into shorter parts and send them one at a time."
    ),
    "file.too_many.image": QT_TRANSLATE_NOOP(
        "Message",
        "This message has {count} photos; Gemini reads at most {limit} photos in one message.",
    ),
    "file.too_many.document": QT_TRANSLATE_NOOP(
        "Message",
        "This message has {count} documents; Gemini reads at most {limit} documents in one "
        "message.",
    ),
    "file.too_many.video": QT_TRANSLATE_NOOP(
        "Message",
        "This message has {count} videos; Gemini reads at most {limit} videos in one message.",
    ),
    "file.too_many.audio": QT_TRANSLATE_NOOP(
        "Message",
        "This message has {count} recordings; Gemini reads at most 1 recording in one message.",
    ),
    "file.too_many.youtube": QT_TRANSLATE_NOOP(
        "Message",
        "This message has {count} YouTube links; Gemini reads at most 1 YouTube link in one "
        "message.",
    ),
    "file.too_many.hint_one": QT_TRANSLATE_NOOP(
        "Message", "Remove {file}, or send it in another message."
    ),
    "file.too_many.hint_more": QT_TRANSLATE_NOOP(
        "Message", "Remove {file} and {more} more, or send them in another message."
    ),
    "file.unsupported_image": QT_TRANSLATE_NOOP(
        "Message", "{file} is a {kind} image, which Gemini cannot read."
    ),
    "file.unsupported_image.hint": QT_TRANSLATE_NOOP(
        "Message", "Save it as PNG or JPEG first (any image viewer can), then add it again."
    ),
    "file.unsupported": QT_TRANSLATE_NOOP(
        "Message", "{file} is not a kind of file Gemini can read."
    ),
    "file.unsupported.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Choose a photo (JPEG, PNG, WebP, HEIC), a video, a recording, a PDF or a text file.",
    ),
    # --- the request's settings (request) --------------------------------------------------------
    "request.too_many_stop_sequences": QT_TRANSLATE_NOOP(
        "Message", "There are {count} stop sequences; at most {limit} are allowed."
    ),
    "request.too_many_stop_sequences.hint": QT_TRANSLATE_NOOP(
        "Message", "Remove some stop sequences."
    ),
    "request.empty_stop_sequence": QT_TRANSLATE_NOOP("Message", "A stop sequence is empty."),
    "request.empty_stop_sequence.hint": QT_TRANSLATE_NOOP(
        "Message", "Remove the empty stop sequence."
    ),
    "request.schema_needs_json": QT_TRANSLATE_NOOP(
        "Message",
        "A response schema only works when the answer format is JSON or a choice "
        "from a list (application/json or text/x.enum).",
    ),
    "request.schema_needs_json.hint": QT_TRANSLATE_NOOP(
        "Message", "Set the answer format to JSON, or remove the schema."
    ),
    "request.no_model": QT_TRANSLATE_NOOP("Message", "No model is chosen."),
    "request.no_model.hint": QT_TRANSLATE_NOOP("Message", "Pick a model."),
    "request.empty": QT_TRANSLATE_NOOP("Message", "The message is empty."),
    "request.empty.hint": QT_TRANSLATE_NOOP("Message", "Type a question or attach a file."),
    "request.out_of_range": QT_TRANSLATE_NOOP(
        "Message", "The {setting} is {value}, outside the allowed range {low} to {high}."
    ),
    "request.out_of_range.hint": QT_TRANSLATE_NOOP(
        "Message", "Choose a {setting} between {low} and {high}."
    ),
    "setting.temperature": QT_TRANSLATE_NOOP("Message", "temperature"),
    "setting.top_p": QT_TRANSLATE_NOOP("Message", "Top-P"),
    "setting.top_k": QT_TRANSLATE_NOOP("Message", "Top-K"),
    "setting.candidate_count": QT_TRANSLATE_NOOP("Message", "number of answers"),
    "setting.max_output_tokens": QT_TRANSLATE_NOOP("Message", "max answer length"),
    "setting.presence_penalty": QT_TRANSLATE_NOOP("Message", "presence penalty"),
    "setting.frequency_penalty": QT_TRANSLATE_NOOP("Message", "frequency penalty"),
    "setting.logprobs": QT_TRANSLATE_NOOP("Message", "logprobs"),
}
