"""The catalogue's second half: reading files, the connection, exports and imports, signing
in and connecting."""

from __future__ import annotations

from desktop.core.message_catalogue.mark import QT_TRANSLATE_NOOP

CONNECTING: dict[str, str] = {
    # --- reading files (services) ----------------------------------------------------------------
    "file.damaged_picture": QT_TRANSLATE_NOOP(
        "Message", "{file} is damaged or incomplete: the picture stops part of the way through."
    ),
    "file.damaged_picture.hint": QT_TRANSLATE_NOOP(
        "Message", "It may not have finished copying or downloading; copy it again, then add it."
    ),
    "file.damaged_image": QT_TRANSLATE_NOOP(
        "Message", "{file} is damaged or not a complete picture."
    ),
    "file.damaged_image.hint": QT_TRANSLATE_NOOP(
        "Message", "Open it in an image viewer and save it again, or choose another photo."
    ),
    "file.not_ordinary": QT_TRANSLATE_NOOP(
        "Message", "{file} is not an ordinary file (it is a device or a pipe)."
    ),
    "file.not_ordinary.hint": QT_TRANSLATE_NOOP(
        "Message", "Save what you want to send as a file, then add that file."
    ),
    "file.not_found": QT_TRANSLATE_NOOP("Message", "{file} does not exist."),
    "file.not_found.hint": QT_TRANSLATE_NOOP(
        "Message", "It may have been moved, renamed or deleted; check the name and the folder."
    ),
    "file.not_found.hint_add_again": QT_TRANSLATE_NOOP(
        "Message", "It may have been moved, renamed or deleted; add it again."
    ),
    "file.permission_denied": QT_TRANSLATE_NOOP(
        "Message", "{file} cannot be read: permission denied."
    ),
    "file.permission_denied.hint": QT_TRANSLATE_NOOP(
        "Message", "Give yourself read access to the file, or copy it somewhere readable."
    ),
    "file.is_folder": QT_TRANSLATE_NOOP("Message", "{file} is a folder, not a file."),
    "file.is_folder.hint": QT_TRANSLATE_NOOP("Message", "Give the files inside it instead."),
    "file.link_loop": QT_TRANSLATE_NOOP(
        "Message", "{file} is a shortcut (symbolic link) that leads back to itself."
    ),
    "file.link_loop.hint": QT_TRANSLATE_NOOP(
        "Message", "Add the file it was meant to point to instead."
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Message", "{file} cannot be read ({reason})."),
    "file.unreadable.hint": QT_TRANSLATE_NOOP("Message", "Check the file, then try again."),
    "file.changed": QT_TRANSLATE_NOOP("Message", "{file} changed while it was being sent."),
    "file.changed.hint": QT_TRANSLATE_NOOP(
        "Message", "Wait until the program writing it has finished, then send again."
    ),
    "file.too_large_anywhere": QT_TRANSLATE_NOOP(
        "Message", "{file} is {size}; Gemini reads files up to {limit}."
    ),
    # --- the connection (gemini_client) ----------------------------------------------------------
    "net.tls_google": QT_TRANSLATE_NOOP(
        "Message", "A secure connection to Google could not be made."
    ),
    "net.tls_server": QT_TRANSLATE_NOOP(
        "Message", "A secure connection to the server at {host} could not be made."
    ),
    "net.tls.hint": QT_TRANSLATE_NOOP(
        "Message", "If your network inspects secure traffic, ask its administrator for help."
    ),
    "net.unreachable_google": QT_TRANSLATE_NOOP("Message", "Could not reach Google."),
    "net.unreachable_server": QT_TRANSLATE_NOOP("Message", "Could not reach the server at {host}."),
    "net.unreachable.hint": QT_TRANSLATE_NOOP(
        "Message", "Check your internet connection (and proxy settings), then try again."
    ),
    "net.timeout_google": QT_TRANSLATE_NOOP("Message", "Google stopped answering for too long."),
    "net.timeout_server": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} stopped answering for too long."
    ),
    "net.stalled_google": QT_TRANSLATE_NOOP("Message", "Google sent no answer for {wait}."),
    "net.stalled_server": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} sent no answer for {wait}."
    ),
    "net.stalled.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Try again. If it keeps happening, choose a lower thinking level or check your proxy.",
    ),
    "net.web_page_google": QT_TRANSLATE_NOOP(
        "Message", "A web page came back instead of Gemini's answer."
    ),
    "net.web_page_server": QT_TRANSLATE_NOOP(
        "Message", "The server at {host} answered with a web page, not with Gemini's answer."
    ),
    "net.web_page.hint": QT_TRANSLATE_NOOP(
        "Message",
        "If this network asks you to sign in first (a hotel or office Wi-Fi), open any web "
        "page in your browser and do so; otherwise check the server address and any proxy.",
    ),
    "net.stalled_mid_answer": QT_TRANSLATE_NOOP(
        "Message", "The answer stopped arriving: no more of it came for {wait}."
    ),
    "net.stalled_mid_answer.hint": QT_TRANSLATE_NOOP(
        "Message", "What arrived is kept. Send again to get the whole answer."
    ),
    "net.broke_mid_answer": QT_TRANSLATE_NOOP(
        "Message", "The connection broke while the answer was arriving."
    ),
    "net.broke_google": QT_TRANSLATE_NOOP("Message", "The connection to Google broke."),
    "net.broke_server": QT_TRANSLATE_NOOP(
        "Message", "The connection to the server at {host} broke."
    ),
    "client.count_tokens_openai": QT_TRANSLATE_NOOP(
        "Message", "Counting tokens is not available on the OpenAI-compatible API."
    ),
    "client.count_tokens_openai.hint": QT_TRANSLATE_NOOP(
        "Message", "Use Vertex AI or the Gemini API to count tokens."
    ),
    "client.unreadable.hint": QT_TRANSLATE_NOOP(
        "Message", "Try again; if it keeps happening, check the server address."
    ),
    # --- exports and imports ---------------------------------------------------------------------
    "export.cannot_write": QT_TRANSLATE_NOOP("Message", "{file} could not be saved ({reason})."),
    "export.cannot_write.hint": QT_TRANSLATE_NOOP(
        "Message", "Choose another folder, or check that the disk has free space."
    ),
    "import.unreadable": QT_TRANSLATE_NOOP("Message", "{file} could not be read ({reason})."),
    "import.unreadable.hint": QT_TRANSLATE_NOOP(
        "Message", "Check that the file still exists and that you may open it."
    ),
    "import.too_new": QT_TRANSLATE_NOOP(
        "Message",
        "{file} was exported by a newer version of Gemini Desktop (format version {version}), "
        "which this version cannot read.",
    ),
    "import.too_new.hint": QT_TRANSLATE_NOOP(
        "Message", "Update Gemini Desktop, then import it again."
    ),
    "import.not_ours": QT_TRANSLATE_NOOP(
        "Message", "{file} is not a conversation exported by Gemini Desktop."
    ),
    "import.not_ours.hint": QT_TRANSLATE_NOOP(
        "Message", "Choose a .json file made with Export in Gemini Desktop."
    ),
    "import.damaged": QT_TRANSLATE_NOOP(
        "Message",
        "{file} is a Gemini Desktop conversation, but it is damaged, so it cannot be imported.",
    ),
    "import.damaged.hint": QT_TRANSLATE_NOOP(
        "Message", "Export the conversation again, or choose another copy of the file."
    ),
    "import.no_question": QT_TRANSLATE_NOOP("Message", "{file} has no question to send again."),
    "import.no_question.hint": QT_TRANSLATE_NOOP(
        "Message", "Give a question to ask with --prompt."
    ),
    # --- signing in and connecting (auth, config, key files, Google sign-in) -----------------
    "auth.unreachable": QT_TRANSLATE_NOOP(
        "Message", "Could not reach Google to renew your sign-in."
    ),
    "auth.unreachable.hint": QT_TRANSLATE_NOOP(
        "Message", "Check your internet connection, then try again."
    ),
    "auth.service_failed": QT_TRANSLATE_NOOP(
        "Message", "Google's sign-in service had a problem renewing your sign-in."
    ),
    "auth.timeout": QT_TRANSLATE_NOOP(
        "Message", "Google's sign-in service did not answer within {wait}."
    ),
    "auth.refused": QT_TRANSLATE_NOOP("Message", "Google did not accept your saved sign-in."),
    "auth.refused.hint": QT_TRANSLATE_NOOP(
        "Message", "Sign in again, or choose another key file in Connection settings."
    ),
    "connection.none": QT_TRANSLATE_NOOP(
        "Message", "Gemini Desktop is not connected to Gemini yet."
    ),
    "connection.none.hint": QT_TRANSLATE_NOOP(
        "Message", "Open Connection settings and choose how to connect."
    ),
    "config.bad_url": QT_TRANSLATE_NOOP(
        "Message", "The address {url} given in {name} is not a web address."
    ),
    "config.bad_url.hint": QT_TRANSLATE_NOOP(
        "Message", "Give a full address such as https://example.com or http://localhost:8080/v1."
    ),
    "config.no_gemini_key": QT_TRANSLATE_NOOP(
        "Message", "Gemini Desktop has no Gemini API key to use."
    ),
    "config.no_gemini_key.hint": QT_TRANSLATE_NOOP(
        "Message", "Set GEMINI_API_KEY to a key from Google AI Studio."
    ),
    "config.no_openai_server": QT_TRANSLATE_NOOP(
        "Message", "Gemini Desktop has no server for the OpenAI-compatible API to use."
    ),
    "config.no_openai_server.hint": QT_TRANSLATE_NOOP(
        "Message", "Set GOOGLE_CLOUD_PROJECT for Vertex AI, or OPENAI_BASE_URL for another server."
    ),
    "config.no_project": QT_TRANSLATE_NOOP(
        "Message", "Gemini Desktop has no Google Cloud project to use."
    ),
    "config.no_project.hint": QT_TRANSLATE_NOOP(
        "Message", "Set GOOGLE_CLOUD_PROJECT (and sign in with gcloud), or set GOOGLE_API_KEY."
    ),
    "config.no_connection": QT_TRANSLATE_NOOP(
        "Message", "Gemini Desktop has no connection to use."
    ),
    "config.no_connection.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Set GEMINI_API_KEY to a key from Google AI Studio, or GOOGLE_CLOUD_PROJECT for Vertex AI.",
    ),
    "config.secret_missing": QT_TRANSLATE_NOOP(
        "Message", "The key for “{profile}” is missing from the password store."
    ),
    "config.secret_missing.hint": QT_TRANSLATE_NOOP(
        "Message", "Open Connection settings and enter the key again."
    ),
    "config.bad_sign_in": QT_TRANSLATE_NOOP(
        "Message", "The saved Google sign-in of “{profile}” is damaged."
    ),
    "config.bad_sign_in.hint": QT_TRANSLATE_NOOP(
        "Message", "Open Connection settings and sign in with Google again."
    ),
    "config.no_gcloud": QT_TRANSLATE_NOOP(
        "Message", "No Google Cloud sign-in was found on this computer."
    ),
    "config.no_gcloud.hint": QT_TRANSLATE_NOOP(
        "Message", "Run `gcloud auth application-default login`, or use an API key instead."
    ),
    "config.bad_credentials_file": QT_TRANSLATE_NOOP(
        "Message", "The credentials file {path} ({source}) cannot be used."
    ),
    "config.bad_credentials_file.hint": QT_TRANSLATE_NOOP(
        "Message", "Check that the file exists and is a Google key or sign-in file."
    ),
    "key_file.the_file": QT_TRANSLATE_NOOP("Message", "The file"),
    "key_file.key_of": QT_TRANSLATE_NOOP("Message", "The key of {profile}"),
    "key_file.not_json": QT_TRANSLATE_NOOP("Message", "{file} is not a key file (it is not JSON)."),
    "key_file.personal_sign_in": QT_TRANSLATE_NOOP(
        "Message", "{file} holds a personal Google sign-in, not a service-account key."
    ),
    "key_file.personal_sign_in.hint": QT_TRANSLATE_NOOP(
        "Message", "Choose “Google Cloud (gcloud)” instead, or ask for a service-account key."
    ),
    "key_file.oauth_client": QT_TRANSLATE_NOOP(
        "Message", "{file} is an OAuth client file, not a service-account key."
    ),
    "key_file.oauth_client.hint": QT_TRANSLATE_NOOP(
        "Message", "Choose “Sign in with Google” to use it."
    ),
    "key_file.not_key": QT_TRANSLATE_NOOP("Message", "{file} is not a key file."),
    "key_file.incomplete": QT_TRANSLATE_NOOP(
        "Message", "{file} is not a complete service-account key."
    ),
    "key_file.hint": QT_TRANSLATE_NOOP(
        "Message", "In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key."
    ),
    "client_file.NOT_A_CLIENT_FILE": QT_TRANSLATE_NOOP(
        "Message", "This file is not an OAuth client file from Google."
    ),
    "client_file.WEB_CLIENT": QT_TRANSLATE_NOOP(
        "Message", "This file is for a web application, not a desktop app."
    ),
    "client_file.SERVICE_ACCOUNT_KEY": QT_TRANSLATE_NOOP(
        "Message", "This file is a service-account key, not an OAuth client for a desktop app."
    ),
    "client_file.PERSONAL_SIGN_IN": QT_TRANSLATE_NOOP(
        "Message", "This file holds a saved Google sign-in, not an OAuth client for a desktop app."
    ),
    "client_file.NOT_A_DESKTOP_CLIENT": QT_TRANSLATE_NOOP(
        "Message", "This file is not an OAuth client file for a desktop app."
    ),
    "client_file.CLIENT_WITHOUT_ID": QT_TRANSLATE_NOOP(
        "Message", "This OAuth client file has no client ID."
    ),
    "client_file.CLIENT_WITHOUT_SECRET": QT_TRANSLATE_NOOP(
        "Message", "This OAuth client file has no client secret."
    ),
    "client_file.CLIENT_BAD_ADDRESS": QT_TRANSLATE_NOOP(
        "Message", "This OAuth client file has a broken Google address in it."
    ),
    "client_file.hint": QT_TRANSLATE_NOOP(
        "Message",
        "In Google Cloud Console, open APIs & Services → Credentials, create an OAuth client "
        "of type Desktop app and download its JSON.",
    ),
    "client_file.service_account.hint": QT_TRANSLATE_NOOP(
        "Message", "Use it under “Service account key”, or download a Desktop app OAuth client."
    ),
    "sign_in.listener_failed": QT_TRANSLATE_NOOP(
        "Message", "Gemini Desktop could not wait for Google's answer on this computer."
    ),
    "sign_in.listener_failed.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Check that no security software blocks connections inside this computer, then try again.",
    ),
    "sign_in.timeout": QT_TRANSLATE_NOOP("Message", "The sign-in took too long."),
    "sign_in.timeout.hint": QT_TRANSLATE_NOOP(
        "Message", "Click Sign in with Google again and finish in the browser within {wait}."
    ),
    "sign_in.unreachable": QT_TRANSLATE_NOOP(
        "Message", "Could not reach Google to finish signing in."
    ),
    "sign_in.unreachable.hint": QT_TRANSLATE_NOOP(
        "Message", "Check your internet connection, then sign in again."
    ),
    "sign_in.unreadable": QT_TRANSLATE_NOOP(
        "Message", "Google's answer to the sign-in could not be read."
    ),
    "sign_in.unreadable.hint": QT_TRANSLATE_NOOP("Message", "Sign in again in a moment."),
    "sign_in.scope_not_granted": QT_TRANSLATE_NOOP(
        "Message", "You did not allow Gemini Desktop to use Google Cloud."
    ),
    "sign_in.scope_not_granted.hint": QT_TRANSLATE_NOOP(
        "Message", "Sign in again and leave the Google Cloud permission ticked."
    ),
    "sign_in.no_refresh_token": QT_TRANSLATE_NOOP(
        "Message", "Google did not give Gemini Desktop lasting access to your account."
    ),
    "sign_in.no_refresh_token.hint": QT_TRANSLATE_NOOP(
        "Message",
        "In your Google Account's settings, remove Gemini Desktop's access (Security → "
        "Third-party apps), then sign in again.",
    ),
    "sign_in.invalid_grant": QT_TRANSLATE_NOOP(
        "Message", "Google did not accept the sign-in: it was not valid or has expired."
    ),
    "sign_in.invalid_grant.hint": QT_TRANSLATE_NOOP(
        "Message", "Click Sign in with Google again and finish the steps in one go."
    ),
    "sign_in.invalid_client": QT_TRANSLATE_NOOP(
        "Message", "Google does not recognise the OAuth client in this file."
    ),
    "sign_in.invalid_client.hint": QT_TRANSLATE_NOOP(
        "Message", "Download the Desktop app client's JSON again from Google Cloud Console."
    ),
    "sign_in.redirect_mismatch": QT_TRANSLATE_NOOP(
        "Message",
        "Google refused the sign-in because this OAuth client is not a Desktop app client.",
    ),
    "sign_in.server_error": QT_TRANSLATE_NOOP("Message", "Google's sign-in service had a problem."),
    "sign_in.refused": QT_TRANSLATE_NOOP("Message", "Google refused to finish the sign-in."),
    "sign_in.refused.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Click Sign in with Google again. If it keeps failing, download the client file "
        "again from Google Cloud Console.",
    ),
    "sign_in.state_mismatch": QT_TRANSLATE_NOOP(
        "Message", "The answer from the browser did not belong to this sign-in, so it was refused."
    ),
    "sign_in.state_mismatch.hint": QT_TRANSLATE_NOOP("Message", "Click Sign in with Google again."),
    "sign_in.cancelled": QT_TRANSLATE_NOOP("Message", "You cancelled the sign-in."),
    "sign_in.cancelled.hint": QT_TRANSLATE_NOOP(
        "Message", "Click Sign in with Google again and choose Allow when you are ready."
    ),
    "sign_in.not_completed": QT_TRANSLATE_NOOP("Message", "Google did not complete the sign-in."),
    "sign_in.not_completed.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Click Sign in with Google again. If it keeps failing, ask the person who manages "
        "your Google account.",
    ),
    "sign_in.no_code": QT_TRANSLATE_NOOP("Message", "Google's answer had no sign-in code in it."),
    "where.cloud_storage": QT_TRANSLATE_NOOP("Message", "Cloud Storage"),
    "where.file_storage": QT_TRANSLATE_NOOP("Message", "The Gemini API's file storage"),
    # --- the history's copies of attached files, and files gone by the time of sending ---------
    "history.file_unreadable": QT_TRANSLATE_NOOP(
        "Message", "The file {file} could not be read, so it was not saved with the message."
    ),
    "history.file_unreadable.hint": QT_TRANSLATE_NOOP(
        "Message", "Check that it still exists and attach it again."
    ),
    "history.file_missing": QT_TRANSLATE_NOOP(
        "Message", "A file attached to this conversation is missing from the history folder."
    ),
    "history.file_missing.hint": QT_TRANSLATE_NOOP(
        "Message", "Attach it again if you still have it."
    ),
    "history.file_changed": QT_TRANSLATE_NOOP(
        "Message", "The file {file} changed while it was being saved."
    ),
    "history.file_changed.hint": QT_TRANSLATE_NOOP(
        "Message", "Attach it again once it has finished changing."
    ),
    "send.file_gone": QT_TRANSLATE_NOOP(
        "Message", "{file} was not sent: it was moved or deleted after it was attached."
    ),
    "send.file_gone.hint": QT_TRANSLATE_NOOP("Message", "Attach it again from where it is now."),
    "send.file_unreadable": QT_TRANSLATE_NOOP(
        "Message", "{file} was not sent: it cannot be read any more ({reason})."
    ),
    "send.file_unreadable.hint": QT_TRANSLATE_NOOP(
        "Message", "Check the file, then attach it again."
    ),
    # --- batches (services/batch) ----------------------------------------------------------------
    "batch.not_photo_or_video": QT_TRANSLATE_NOOP("Message", "{file} is not a photo or a video."),
    "batch.not_photo_or_video.hint": QT_TRANSLATE_NOOP(
        "Message", "Only the photos and videos of a folder are described; it was left out."
    ),
    "batch.not_json": QT_TRANSLATE_NOOP(
        "Message", "The answer for {file} is not the JSON object the schema asks for."
    ),
    "batch.not_json.hint": QT_TRANSLATE_NOOP(
        "Message", "Try it again; if it keeps happening, make the schema simpler."
    ),
    "batch.no_answer": QT_TRANSLATE_NOOP("Message", "Gemini sent no answer for {file}."),
    "batch.no_answer.hint": QT_TRANSLATE_NOOP(
        "Message", "Try it again; if it keeps happening, ask in other words."
    ),
    # A failed photo's action (a row of the window, a line of `batch`), where the conversation's
    # hint points at what a photo's failure lacks (the details below, the message, its
    # attachments): services/batch/engine.row_error.
    "batch.refused.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Fix what Google's words name (the photo, the question or a setting), then send the "
        "photo again.",
    ),
    "batch.blocked.hint": QT_TRANSLATE_NOOP(
        "Message", "Ask in other words, then send the photo again."
    ),
    "batch.too_large.hint": QT_TRANSLATE_NOOP(
        "Message", "Use a smaller copy of this photo, then send it again."
    ),
    "batch.cut_off.hint": QT_TRANSLATE_NOOP(
        "Message", "Send the photo again to get the whole answer."
    ),
    # --- batch jobs (services/batch/jobs) --------------------------------------------------------
    "batch.job_failed": QT_TRANSLATE_NOOP(
        "Message", "The batch job failed at Google before {file} was answered."
    ),
    "batch.job_failed.hint": QT_TRANSLATE_NOOP(
        "Message", "Send the photos without an answer again, as a batch job or one by one."
    ),
    "batch.job_expired": QT_TRANSLATE_NOOP(
        "Message",
        "The batch job was not done in the time Google allows, so {file} has no answer.",
    ),
    "batch.job_expired.hint": QT_TRANSLATE_NOOP(
        "Message", "Send the photos without an answer again; a smaller batch is done sooner."
    ),
    "batch.job_cancelled": QT_TRANSLATE_NOOP(
        "Message", "The batch job was cancelled before {file} was answered."
    ),
    "batch.job_cancelled.hint": QT_TRANSLATE_NOOP(
        "Message", "Send the photos without an answer again when you want them described."
    ),
    "batch.job_no_result": QT_TRANSLATE_NOOP(
        "Message", "The results of the batch job have nothing for {file}."
    ),
    "batch.job_no_result.hint": QT_TRANSLATE_NOOP("Message", "Send it again."),
    "batch.job_unsupported": QT_TRANSLATE_NOOP(
        "Message", "This connection cannot send batch jobs."
    ),
    "batch.job_unsupported.hint": QT_TRANSLATE_NOOP(
        "Message",
        "Batch jobs need the Gemini API, or Vertex AI with a Google account or service "
        "account and a Cloud Storage bucket.",
    ),
}
