<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AnswerBrowser</name>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer with its formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the same question again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended early, so this answer may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app closed before this answer was finished, so it may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini is writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>There is no saved connection called “%1”; the last one used is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of models could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Remove (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip… choose the part of the %1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the part of %1 to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to choose the part to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the &amp;part to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentController</name>
    <message>
        <source>Pasted image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentDrop</name>
    <message>
        <source>%1 is on a website, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it to your computer first, then drop the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentLink</name>
    <message>
        <source>YouTube video %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentLoader</name>
    <message>
        <source>%1 could not be read as a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture Gemini Desktop recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or drag the picture again, or save it as a file and add that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be added because of an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photos, videos, recordings, PDFs or text files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs and text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) could not be added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipEditorDialog</name>
    <message>
        <source>Choose the part to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model sees only the part between Start and End.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model hears only the part between Start and End.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start. Change one of the times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model will see the whole video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model will hear the whole recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model will see the whole video (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model will hear the whole recording (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model will see %1 to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model will hear %1 to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model will see %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model will hear %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>%1 Connections you add now can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password store (keyring) was found, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” and switched to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be deleted. You can delete it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections are kept for this session only: this computer has no password store (keyring) Gemini Desktop can use, so they are forgotten when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop is signing in and asking which models you can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection works. Pick a model from the list if you like, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection works, but the model “%1” is not among the ones it offers. Pick one from the Model list, then press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos and files over 15 MB will be uploaded to the bucket “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished">重新登入</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings and its key are removed from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page to turn it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation type="unfinished">開啟頁面</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">再試一次</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The easiest start: a free key from Google AI Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google AI Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex AI express key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key for Vertex AI, without setting up a full Google Cloud project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex AI express</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud with gcloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the sign-in that Google&apos;s gcloud tool left on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .json key file, usually sent by whoever runs your Google Cloud project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own Google account, with an OAuth client file from your project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server that speaks the OpenAI API, such as a model on your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the content of a key file, not a key. Choose “Service-account key file” and pick the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary access token (it stops working within an hour), not an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to an OAuth client, not an API key. Choose “Sign in with Google” and use the client&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a saved Google sign-in (a refresh token), not an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a key for an OpenAI-compatible server, not a Google key. Choose “Any OpenAI-compatible server”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type only the bucket&apos;s name, such as my-bucket, not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket names use lowercase letters only: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket name may contain only lowercase letters, digits, dashes (-), underscores (_) and dots (.).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters (with dots, up to 222, and at most 63 between two dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket name cannot begin with “goog” or contain “google” (or a look-alike such as “g00gle”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Google account, signed in with gcloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account from another identity provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a service account, used through your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown kind of sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the small .json file you downloaded from Google Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key file (it is not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a personal Google sign-in, not a service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Google Cloud project ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the model&apos;s name, or press Test connection to list the models the server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom endpoint must start with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must look like http://host:port (or socks5://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved in your password store; type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the setting, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding your files first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the question, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat. Ask anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The answer so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini is still answering. Stop the answer first (Esc), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is back in the box; its files could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogFooter</name>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogHeader</name>
    <message>
        <source>Welcome to Gemini Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, choose how Gemini Desktop should connect to Google&apos;s Gemini models. You can change this, or add other ways, later in Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a saved connection, or add another way to connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Gemini Desktop keeps its own copy of the key in your password store, so the key file is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original key file is still on this computer. Anyone who gets it can use your Google Cloud project, so you may want to delete it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is saved and in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Only the copy in your password store is left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs or text files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>Ask Gemini anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop sends your questions, photos and videos to Google&apos;s Gemini models and shows the answers here as they are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question or drop a photo to get started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorAction</name>
    <message>
        <source>Open the page</source>
        <translation>開啟頁面</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>開啟設定</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>選擇模型</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>編輯訊息</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>現在可以再試一次。</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>%1 秒後可以再試一次。</translation>
    </message>
</context>
<context>
    <name>ExpressKeyForm</name>
    <message>
        <source>Paste the API key from the Vertex AI Studio settings. It starts with “AQ.”. Express mode needs no project or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way needs a Vertex AI key in express mode. A key from Google AI Studio belongs under “Gemini API key”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GcloudForm</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop uses the Google Cloud sign-in already on this computer. Choose which project pays for the requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a gcloud sign-in on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gcloud sign-in was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Google&apos;s gcloud tool, run this command in a terminal and sign in in the browser; then click Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in file cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From gcloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From GOOGLE_APPLICATION_CREDENTIALS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has no quota project, so Google may answer “quota exceeded” or “API not enabled”. To fix it, run this command in a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeminiKeyForm</name>
    <message>
        <source>Paste the key you created in Google AI Studio. It starts with “AQ.” (newer keys) or “AIza”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way needs a Gemini API key from Google AI Studio. A key from Vertex AI belongs under “Vertex AI express key”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleSignInForm</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the OAuth client file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Google first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the OAuth client file (type “Desktop app”) from your Google Cloud project, then sign in with your Google account in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished">重新登入</translation>
    </message>
    <message>
        <source>Choose the OAuth client file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client %1 is ready. Now sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Gemini Desktop is waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser window should have opened. If you do not see it, copy this link into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy this link into your browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed in with Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choose the client file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the OAuth client file (client_secret_….json) here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown, photos in a folder beside it (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page, all in one file (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation file, to import or replay (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from Gemini Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the app closed while this answer was arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still arriving when this was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a conversation exported as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations will appear here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFileForm</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or drop the service account&apos;s key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the service account&apos;s .json key file below, or choose it. Gemini Desktop keeps a copy in your password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is saved in your password store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the service account&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the key file (.json) here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Gemini Desktop in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open conversation and the text you are typing are kept. An answer still being written stops where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gemini Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which connection Gemini Desktop uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question, or drop a photo or a video here and ask about it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to send · Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the question (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment variables · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connection settings to choose how to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide your earlier conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the model and the settings used for answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{file} is damaged or incomplete: the picture stops part of the way through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again, then add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged or not a complete picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again, or choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you want to send as a file, then add that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give yourself read access to the file, or copy it somewhere readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the files inside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a shortcut (symbolic link) that leads back to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the file it was meant to point to instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} changed while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the program writing it has finished, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size}; Gemini reads files up to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to Google could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server at {host} could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your network inspects secure traffic, ask its administrator for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server at {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google stopped answering for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} stopped answering for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google sent no answer for {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} sent no answer for {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, choose a lower thinking level or check your proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer stopped arriving: no more of it came for {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What arrived is kept. Send again to get the whole answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Google broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server at {host} broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting tokens is not available on the OpenAI-compatible API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Vertex AI or the Gemini API to count tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was exported by a newer version of Gemini Desktop (format version {version}), which this version cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Gemini Desktop, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a conversation exported by Gemini Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .json file made with Export in Gemini Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a Gemini Desktop conversation, but it is damaged, so it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the conversation again, or choose another copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no question to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a question to ask with --prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Google to renew your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem renewing your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service did not answer within {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not accept your saved sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again, or choose another key file in Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop is not connected to Gemini yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connection settings and choose how to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address {url} given in {name} is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a full address such as https://example.com or http://localhost:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop has no Gemini API key to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop has no server for the OpenAI-compatible API to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT for Vertex AI, or OPENAI_BASE_URL for another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop has no Google Cloud project to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT (and sign in with gcloud), or set GOOGLE_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop has no connection to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio, or GOOGLE_CLOUD_PROJECT for Vertex AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for “{profile}” is missing from the password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connection settings and enter the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Google sign-in of “{profile}” is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connection settings and sign in with Google again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Google Cloud sign-in was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `gcloud auth application-default login`, or use an API key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file {path} ({source}) cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file exists and is a Google key or sign-in file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a key file (it is not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds a personal Google sign-in, not a service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an OAuth client file, not a service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “Sign in with Google” to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a complete service-account key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds a saved Google sign-in, not an OAuth client for a desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop could not wait for Google&apos;s answer on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no security software blocks connections inside this computer, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish in the browser within {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Google to finish signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not allow Gemini Desktop to use Google Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again and leave the Google Cloud permission ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not give Gemini Desktop lasting access to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your Google Account&apos;s settings, remove Gemini Desktop&apos;s access (Security → Third-party apps), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not accept the sign-in: it was not valid or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish the steps in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google does not recognise the OAuth client in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the Desktop app client&apos;s JSON again from Google Cloud Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused the sign-in because this OAuth client is not a Desktop app client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, download the client file again from Google Cloud Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Sign in with Google again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Sign in with Google again and choose Allow when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not complete the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, ask the person who manages your Google account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s answer had no sign-in code in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gemini API&apos;s file storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} could not be read, so it was not saved with the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that it still exists and attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file attached to this conversation is missing from the history folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it again if you still have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} changed while it was being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it again once it has finished changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not sent: it was moved or deleted after it was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it again from where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not sent: it cannot be read any more ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is restricted and may not be used from here or for this API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key&apos;s restrictions in the Google Cloud or AI Studio settings, or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not accept the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in Google AI Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is not turned on for this Google Cloud project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Vertex AI API is not turned on for this Google Cloud project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link to enable it, wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in has expired or is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again in Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account lacks the permission {permission} in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to use this project or model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Vertex AI User role, or pick another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google did not allow this API key to use this model or this feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another model, or check the key in Google AI Studio (create a new one if it was restricted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} did not allow this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key and the model in Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model was not found, or your project cannot use it in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model “{model}” was not found, or your project cannot use it in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another model from the list, or change the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gemini API has no model “{model}” that this key can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} did not find this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} has no model “{model}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another model from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have sent more requests than your quota allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ve reached this model&apos;s per-minute limit.</source>
        <translation>已達到此模型每分鐘的上限。</translation>
    </message>
    <message>
        <source>You&apos;ve reached today&apos;s limit for this model; it resets at midnight Pacific time.</source>
        <translation>已達到此模型今天的上限；上限會在太平洋時間午夜重設。</translation>
    </message>
    <message>
        <source>Choose another model, or try again after the reset.</source>
        <translation>請選擇其他模型，或在重設後再試一次。</translation>
    </message>
    <message>
        <source>It frees up again within a minute; try again then.</source>
        <translation>一分鐘內就會恢復，屆時再試一次。</translation>
    </message>
    <message>
        <source>Your prepaid balance for the Gemini API has run out.</source>
        <translation>你的 Gemini API 預付餘額已用完。</translation>
    </message>
    <message>
        <source>Add credits to the project in Google AI Studio, then try again.</source>
        <translation>請在 Google AI Studio 為專案加值，然後再試一次。</translation>
    </message>
    <message>
        <source>Google&apos;s servers for this model are busy right now; your quota is not used up.</source>
        <translation>Google 此模型的伺服器目前忙碌中；你的配額並未用完。</translation>
    </message>
    <message>
        <source>Try again in a minute, or choose another model.</source>
        <translation>請一分鐘後再試一次，或選擇其他模型。</translation>
    </message>
    <message>
        <source>The server at {host} is receiving more requests than it allows.</source>
        <translation>{host} 的伺服器收到的要求超過它允許的數量。</translation>
    </message>
    <message>
        <source>Google took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s service could not be reached through its gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s service is overloaded or down for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s service cancelled this answer before it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s service had a problem answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} cancelled this answer before it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} could not reach the service behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} is overloaded or down for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {host} had a problem answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini&apos;s API is not offered in your country or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect through Vertex AI with a Google Cloud project instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google cannot answer requests for this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that billing is turned on for the project, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for Google to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove some attachments or use smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google could not accept this request as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the settings or the message and send again; the details below say what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer stopped before the model said it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again to get the whole answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped before it was finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command again to get the whole answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer arrived garbled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check any proxy between you and Google.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked this prompt because it may break the safety rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked this prompt for a reason it did not give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked this prompt because it contains a blocked word or phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked this prompt because it asks for prohibited content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked this prompt because of what one of the images shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s Model Armor policy blocked this prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked this prompt as an attempt to get around its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google blocked this prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the wording or the attachments and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Gemini Desktop can use, so it cannot save your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the key for this session only, or install GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password store (keyring) is locked, so Gemini Desktop cannot read or save your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it (your login password usually does), or use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password store (keyring) refused to read or save the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, use the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations right now because the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; free some space to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations because its data folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; make {folder} writable to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini Desktop could not save this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept until you close the app; try again, and report it if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check its name in Connection settings, or create it in the Google Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist, so {file} cannot be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create it in Google Cloud Console or pick another in Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Storage Object User role on that bucket, or pick another bucket in Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} refused {file} because too many uploads were made, or too much was stored, in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait {wait} and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again; if it keeps failing, try a smaller copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection kept breaking while {file} was uploading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection, then send again: the upload goes on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google received {file} but could not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may be damaged or in a format Gemini does not read; save it again as MP4, MP3, PDF, PNG or JPEG and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Storage did not say whether the bucket “{bucket}” can take uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google was still preparing {file} after {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again in a few minutes: the file is already uploaded and is not sent a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer hit the length limit; raise the maximum output tokens to get more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped because it may break the safety rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped by the safety filter for {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped by the server&apos;s content filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped because it was repeating text from its training data too closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped because it was in a language the model does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped because it contained a blocked word or phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped because it contained prohibited content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped because it contained sensitive personal information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped because an image it made may break the safety rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped because the model made a broken tool call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped for a reason the model did not give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer ended early ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe this video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe this audio recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarize this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file again, or another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size}; {where} reads files up to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{limit} and {over}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size}; the OpenAI-compatible connection sends files only inside the message, up to {limit} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a smaller copy, or connect through the Gemini API or Vertex AI, which upload larger files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size}; without a Cloud Storage bucket, Vertex AI takes files only inside the message, up to {limit} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a Cloud Storage bucket in Connection settings (it needs a Google Cloud project), or use a smaller copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size}; files up to {limit} can be sent with the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a shorter clip or a smaller copy of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a smaller copy of the file, or split it into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos up to {limit} long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos with sound up to {limit} long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads recordings up to {limit} long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut it into shorter parts and send them one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has {count} photos; Gemini reads at most {limit} photos in one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has {count} documents; Gemini reads at most {limit} documents in one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has {count} videos; Gemini reads at most {limit} videos in one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has {count} recordings; Gemini reads at most 1 recording in one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has {count} YouTube links; Gemini reads at most 1 YouTube link in one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {file}, or send it in another message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {file} and {more} more, or send them in another message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a {kind} image, which Gemini cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as PNG or JPEG first (any image viewer can), then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a kind of file Gemini can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo (JPEG, PNG, WebP, HEIC), a video, a recording, a PDF or a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are {count} stop sequences; at most {limit} are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove some stop sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop sequence is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty stop sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A response schema only works when the answer format is JSON or a choice from a list (application/json or text/x.enum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the answer format to JSON, or remove the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question or attach a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {setting} is {value}, outside the allowed range {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a {setting} between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logprobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the connection for its list of models again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list of models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the connection&apos;s model, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this connection&apos;s list; sent as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · context %2 tokens · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiServerForm</name>
    <message>
        <source>Enter the server&apos;s address first, for example http://localhost:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of a server that speaks the OpenAI API and, if it needs one, its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the key belongs to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterDock</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every setting here back to its default (the model&apos;s own choices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON schema needs fixing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Alternatives” only works with “Show how sure the model was” on. Switch that on, or reset Alternatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes at most %2 tokens per answer, and Max answer length is %3. Lower Max answer length to %2 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety filters only act on answers. “Judged by” works on Vertex AI only, and needs at least one filter set above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Gemini model answers. Pro models think harder; Flash models are faster and cost less. Type any part of a name to search, or type the name of a model that is not listed: it is sent as you typed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model chosen in Connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0–0.5): focused and repeatable. High (1.5–2): varied and creative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own (1.0 for Gemini 2.x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max answer length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest answer the model may write, in tokens (a token is about ¾ of a word: 1,000 tokens ≈ 750 words). The answer stops when it reaches this. On Gemini 2.5, thinking uses part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own limit (65,536 tokens for Gemini 2.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing instructions the model follows for the whole conversation, such as “Answer in French” or “Explain it as you would to a beginner”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Google for up-to-date facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the model look things up on Google and show its sources. Useful for news and recent facts. Google may charge for searches beyond a free allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How wide a choice of words the model considers (0–1). Lower keeps to the most likely words: plainer and safer. Higher lets in less likely ones: more surprising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own (0.95 for Gemini 2.x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model picks each next word from only this many likely candidates (1–100; Vertex AI accepts up to 40). Lower: more predictable. Higher: more varied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own (often 40 or 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different answers the model writes at once (1–8). While an answer streams, only the first one is shown, so more mostly adds cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer stops as soon as the model writes one of these words or phrases, which is left out. Capitals matter. Up to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values nudge the model towards topics and words it has not used yet; negative values let it stay with what it already said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own (0: no nudge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values make the model repeat the same words less often; negative values allow more repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a number to get nearly the same answer when you ask the same question again with the same settings. Not guaranteed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random: a new one for every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: ordinary answers. JSON: structured data a program can read; describe its shape in the schema below. One choice from a list (text/x.enum): for sorting things into categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape the JSON answer must have: its fields and their types (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: any JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how sure the model was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds how likely each word of the answer was (token log probabilities). A preview feature with a small daily limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many other likely words to list at each step (1–20). Needs “Show how sure the model was” on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the model may think before it answers, in tokens. More helps with hard questions but is slower and costs more. Off: no thinking (Gemini 2.5 Pro cannot switch it off). Dynamic: the model decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own (dynamic on Gemini 2.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a summary of the model&apos;s thinking above its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understand times in audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For audio-only files: lets the model refer to moments by their time, such as “at 1:23”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tokens each picture or video frame uses: how closely the model looks at it. Low saves tokens and time on long videos. High lets the model read small text in pictures. Medium is in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How large photos are when they are sent: at most 3,072 pixels on the long side (High), 1,536 (Balanced) or 768 (Low). Smaller photos upload faster and use fewer tokens, and are sent without camera details such as the location. Original sends each photo exactly as it is. Applies to every conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced (1,536 pixels on the long side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability: blocks by how likely the answer is harmful. Severity: also weighs how harmful it would be. Only Vertex AI reads this; with an AI Studio key it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own (probability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s own setting, which depends on the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexually explicit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civic integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attacks on people for who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help or encouragement to do harmful things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bullying or threats against someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misleading claims about elections and voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How readily answers with %1 are blocked. Block most: even at low risk. Block some: at medium risk and above. Block few: only at high risk. Block none: nothing is blocked, but the risk is still reported. Off: this filter is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block most (low and above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block some (medium and above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block few (only high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest tokens: cheaper and faster, and enough for most videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tokens, for more detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most detail: small print in photos, scans and screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as taken, with the camera details such as the location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 3,072 pixels on the long side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 1,536 pixels on the long side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 768 pixels on the long side: the fastest, and the fewest tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos are sent exactly as taken, with their camera details such as the GPS location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Saved connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Line %1, column %2, in “%4”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema must be an object in curly braces, like { &quot;type&quot;: &quot;OBJECT&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma is missing between two entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in &quot;double quotes&quot; is expected here (or there is a comma too many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon (:) is missing after the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing here (or there is a comma too many).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in quotes is not closed: add the closing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in quotes runs over a line break: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash (\) starts an unknown code: write \\ for a backslash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is more text after the end of the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each part of the schema must be an object in curly braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;anyOf&quot; must be a list of schemas in [ ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing. Add one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a type the model knows. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object that names each field, like { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;items&quot; must be an object that describes one entry, like { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list (ARRAY) needs &quot;items&quot; saying what each entry looks like, like &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;required&quot; must be a list of field names, like [ &quot;name&quot;, &quot;age&quot; ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;enum&quot; must be a list of the allowed values, like [ &quot;a&quot;, &quot;b&quot; ].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>For example:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The schema is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: describe the JSON the answer must follow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedFields</name>
    <message>
        <source>A name you will recognise in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example http://localhost:11434/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Google Cloud project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex AI (native)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertex AI (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for example my-bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Storage bucket (for large files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Storage bucket
(for large files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos and files over 15 MB are uploaded here first. Leave empty to send only smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to use Google&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example http://proxy.example.com:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopSequenceChip</name>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopSequenceEditor</name>
    <message>
        <source>Type a word, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can have up to %1 stop sequences. Remove one to add another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThinkingBudgetEdit</name>
    <message>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thinking: faster and cheaper answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model thinks as much as the question needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the most tokens the model may think with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThoughtsSection</name>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model considered before answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Conversation deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop uploading and sending this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTurnView</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp; resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this question back in the box to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3 of %4)…</source>
        <translation>%1 %2 秒後再試一次（第 %3 次，共 %4 次）…</translation>
    </message>
    <message>
        <source>%1 Trying again now (attempt %3 of %4)…</source>
        <translation>%1 正在再試一次（第 %3 次，共 %4 次）…</translation>
    </message>
    <message>
        <source>Waiting for Gemini · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaysPane</name>
    <message>
        <source>HOW TO CONNECT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AttachmentChip</name>
    <message>
        <source>%1
Open the video in your browser: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not sent: it could not be read when the question was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
