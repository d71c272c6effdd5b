<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gemini Desktop</source>
        <translation>Über Gemini Desktop</translation>
    </message>
    <message>
        <source>Gemini Desktop</source>
        <translation>Gemini Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Ask Google&apos;s Gemini models about your questions, photos and videos.</source>
        <translation>Fragen Sie Googles Gemini-Modelle zu Ihren Fragen, Fotos und Videos.</translation>
    </message>
    <message>
        <source>Licensed under %1.</source>
        <translation>Lizenz: %1.</translation>
    </message>
    <message>
        <source>Libraries it includes, and their licences</source>
        <translation>Enthaltene Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>see its files</source>
        <translation>siehe ihre Dateien</translation>
    </message>
</context>
<context>
    <name>AnswerBrowser</name>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>Denken %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a token count</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a token count and its parts</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>Tokens: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>&amp;Notify when an answer is ready</source>
        <translation>&amp;Benachrichtigen, wenn eine Antwort fertig ist</translation>
    </message>
    <message>
        <source>When Gemini Desktop is in the background, say when an answer ends</source>
        <translation>Wenn Gemini Desktop im Hintergrund ist, Bescheid geben, sobald eine Antwort endet</translation>
    </message>
    <message>
        <source>Gemini answered</source>
        <translation>Gemini hat geantwortet</translation>
    </message>
    <message>
        <source>The answer could not be completed</source>
        <translation>Die Antwort konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>Gemini Desktop</source>
        <translation>Gemini Desktop</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the answer with its formatting</source>
        <translation>Antwort mit Formatierung kopieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ask the same question again</source>
        <translation>Dieselbe Frage noch einmal stellen</translation>
    </message>
    <message>
        <source>Get code</source>
        <translation>Code anzeigen</translation>
    </message>
    <message>
        <source>The code that sends this question</source>
        <translation>Der Code, der diese Frage sendet</translation>
    </message>
    <message>
        <source>Gemini sent an empty answer.</source>
        <translation>Gemini hat eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(angehalten)</translation>
    </message>
    <message>
        <source>The connection ended early, so this answer may be incomplete.</source>
        <translation>Die Verbindung wurde vorzeitig beendet, daher ist diese Antwort vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>The app closed before this answer was finished, so it may be incomplete.</source>
        <translation>Die App wurde geschlossen, bevor diese Antwort fertig war, daher ist sie vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>Die Antwort konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
    <message>
        <source>Gemini is writing</source>
        <translation>Gemini schreibt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Diesen Code in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>There is no saved connection called “%1”; the last one used is in use.</source>
        <translation>Es gibt keine gespeicherte Verbindung namens „%1“; die zuletzt verwendete ist aktiv.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>The list of models could not be loaded. %1</source>
        <translation>Die Liste der Modelle konnte nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>YouTube video</source>
        <translation>YouTube-Video</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Remove (Delete)</source>
        <translation>Entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Clip… choose the part of the %1 to send</source>
        <translation>Ausschnitt… den zu sendenden Teil wählen (%1)</translation>
    </message>
    <message>
        <source>Choose the part of %1 to send</source>
        <translation>Wählen, welcher Teil von %1 gesendet wird</translation>
    </message>
    <message>
        <source>Double-click to choose the part to send.</source>
        <translation>Doppelklicken, um den zu sendenden Teil zu wählen.</translation>
    </message>
    <message>
        <source>Choose the &amp;part to send…</source>
        <translation>&amp;Teil zum Senden wählen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation>Wie in den Einstellungen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Ultra high (this file only)</source>
        <translation>Sehr hoch (nur diese Datei)</translation>
    </message>
    <message>
        <source>Low detail</source>
        <translation>Wenig Details</translation>
    </message>
    <message>
        <source>Medium detail</source>
        <translation>Mittlere Details</translation>
    </message>
    <message>
        <source>High detail</source>
        <translation>Viele Details</translation>
    </message>
    <message>
        <source>Ultra high detail</source>
        <translation>Sehr viele Details</translation>
    </message>
    <message>
        <source>&amp;Detail for this file</source>
        <translation>&amp;Details für diese Datei</translation>
    </message>
    <message>
        <source>How closely the model looks at this file; models before Gemini 3 use the Settings&apos; media resolution.</source>
        <translation>Wie genau das Modell diese Datei ansieht; Modelle vor Gemini 3 nehmen die Medienauflösung aus den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>AttachmentController</name>
    <message>
        <source>Pasted image</source>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Abgelegtes Bild</translation>
    </message>
</context>
<context>
    <name>AttachmentDrop</name>
    <message>
        <source>%1 is on a website, not on this computer.</source>
        <translation>%1 liegt auf einer Website, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>Speichern Sie das Bild zuerst auf Ihrem Computer und ziehen Sie dann die Datei hierher.</translation>
    </message>
    <message>
        <source>Download it to your computer first, then drop the file.</source>
        <translation>Laden Sie es zuerst auf Ihren Computer herunter und ziehen Sie dann die Datei hierher.</translation>
    </message>
</context>
<context>
    <name>AttachmentLink</name>
    <message>
        <source>YouTube video %1</source>
        <translation>YouTube-Video %1</translation>
    </message>
</context>
<context>
    <name>AttachmentLoader</name>
    <message>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>Speichern Sie das Bild zuerst auf Ihrem Computer und ziehen Sie dann die Datei hierher.</translation>
    </message>
    <message>
        <source>%1 is not a picture Gemini Desktop recognises.</source>
        <translation>%1 ist kein Bild, das Gemini Desktop erkennt.</translation>
    </message>
    <message>
        <source>Copy or drag the picture again, or save it as a file and add that.</source>
        <translation>Kopieren oder ziehen Sie das Bild noch einmal, oder speichern Sie es als Datei und fügen Sie diese hinzu.</translation>
    </message>
    <message>
        <source>%1 could not be added because of an unexpected error.</source>
        <translation>%1 konnte wegen eines unerwarteten Fehlers nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the log file has the details.</source>
        <translation>Versuchen Sie es noch einmal; wenn es wieder passiert, steht Genaueres in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>Dateien &amp;anhängen…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Attach photos, videos, recordings, PDFs or text files (%1)</source>
        <translation>Fotos, Videos, Aufnahmen, PDFs oder Textdateien anhängen (%1)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs and text (%1)</source>
        <translation>Fotos, Videos, Aufnahmen, PDFs und Text (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Videos (%1)</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Aufnahmen (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>%n weitere Datei konnte nicht hinzugefügt werden.</numerusform>
            <numerusform>%n weitere Dateien konnten nicht hinzugefügt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird hinzugefügt…</numerusform>
            <numerusform>%n Dateien werden hinzugefügt…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>The connection&apos;s own model</source>
        <translation>Modell der Verbindung</translation>
    </message>
    <message>
        <source>Through Vertex AI, a batch job keeps the photos and its results in a Cloud Storage bucket, and this connection has none. Add one in Connection settings… (Cloud Storage bucket), then choose Describe a folder again.</source>
        <translation>Über Vertex AI legt ein Batchjob die Fotos und seine Ergebnisse in einem Cloud Storage-Bucket ab, und diese Verbindung hat keinen. Tragen Sie unter Verbindungseinstellungen… einen ein (Cloud Storage-Bucket) und wählen Sie dann erneut „Ordner beschreiben“.</translation>
    </message>
    <message>
        <source>%1 · %2 · Batch job: %3</source>
        <translation>%1 · %2 · Batchjob: %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 done</source>
        <translation>%1 · %2: %3 von %4 fertig</translation>
    </message>
    <message>
        <source>A batch job sent to Google is not collected yet. File ▸ Unfinished batches shows how it is doing, and its results once it is done.</source>
        <translation>Ein an Google gesendeter Batchjob ist noch nicht abgeholt. Datei ▸ Unfertige Stapel zeigt, wie weit er ist, und seine Ergebnisse, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>Describing a folder stopped before every photo had its answer. File ▸ Unfinished batches goes on where it stopped.</source>
        <translation>Das Beschreiben eines Ordners wurde beendet, bevor jedes Foto seine Antwort hatte. Datei ▸ Unfertige Stapel macht dort weiter, wo es aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>%1 results saved in %2.</source>
        <translation>%1 Ergebnisse in %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 XMP sidecars written beside the photos.</source>
        <translation>%1 XMP-Filialdateien neben den Fotos geschrieben.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>BatchItemsModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This photo goes again by itself in a moment.</source>
        <translation>Dieses Foto wird gleich von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>This photo is in the batch job; its answer comes when the job ends.</source>
        <translation>Dieses Foto ist im Batchjob; seine Antwort kommt, wenn der Job endet.</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute this model&apos;s quota let through last time. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n Foto: Einzeln gesendet würde es etwa %1 dauern, bei den %2 pro Minute, die das Kontingent dieses Modells zuletzt zuließ. Als ein Batchjob beantwortet Google es zum halben Preis, meist in wenigen Stunden; Sie können das Fenster inzwischen schließen.</numerusform>
            <numerusform>%n Fotos: Einzeln gesendet würden sie etwa %1 dauern, bei den %2 pro Minute, die das Kontingent dieses Modells zuletzt zuließ. Als ein Batchjob beantwortet Google alle zum halben Preis, meist in wenigen Stunden; Sie können das Fenster inzwischen schließen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute a new project&apos;s quota allows. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n Foto: Einzeln gesendet würde es etwa %1 dauern, bei den %2 pro Minute, die das Kontingent eines neuen Projekts erlaubt. Als ein Batchjob beantwortet Google es zum halben Preis, meist in wenigen Stunden; Sie können das Fenster inzwischen schließen.</numerusform>
            <numerusform>%n Fotos: Einzeln gesendet würden sie etwa %1 dauern, bei den %2 pro Minute, die das Kontingent eines neuen Projekts erlaubt. Als ein Batchjob beantwortet Google alle zum halben Preis, meist in wenigen Stunden; Sie können das Fenster inzwischen schließen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job was cancelled, so %n photos have no answer.</source>
        <translation>
            <numerusform>Der Batchjob wurde abgebrochen, daher hat %n Foto keine Antwort.</numerusform>
            <numerusform>Der Batchjob wurde abgebrochen, daher haben %n Fotos keine Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job expired: Google did not finish it in time, so %n photos have no answer.</source>
        <translation>
            <numerusform>Der Batchjob ist abgelaufen: Google hat ihn nicht rechtzeitig beendet, daher hat %n Foto keine Antwort.</numerusform>
            <numerusform>Der Batchjob ist abgelaufen: Google hat ihn nicht rechtzeitig beendet, daher haben %n Fotos keine Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job failed at Google, so %n photos have no answer.</source>
        <translation>
            <numerusform>Der Batchjob ist bei Google fehlgeschlagen, daher hat %n Foto keine Antwort.</numerusform>
            <numerusform>Der Batchjob ist bei Google fehlgeschlagen, daher haben %n Fotos keine Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos have no answer; each row says why. Retry failed sends them again one by one.</source>
        <translation>
            <numerusform>%n Foto hat keine Antwort; seine Zeile sagt, warum. „Fehlgeschlagene erneut“ sendet es noch einmal.</numerusform>
            <numerusform>%n Fotos haben keine Antwort; jede Zeile sagt, warum. „Fehlgeschlagene erneut“ sendet sie einzeln noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued at Google</source>
        <translation>Bei Google in der Warteschlange</translation>
    </message>
    <message>
        <source>Waiting to start at Google</source>
        <translation>Wartet bei Google auf den Start</translation>
    </message>
    <message>
        <source>Running at Google</source>
        <translation>Läuft bei Google</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done, but only partly</source>
        <translation>Fertig, aber nur zum Teil</translation>
    </message>
    <message>
        <source>Failed at Google</source>
        <translation>Bei Google fehlgeschlagen</translation>
    </message>
    <message>
        <source>Being cancelled at Google</source>
        <translation>Wird bei Google abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Paused at Google</source>
        <translation>Bei Google angehalten</translation>
    </message>
    <message>
        <source>Expired: not done in the time Google allows</source>
        <translation>Abgelaufen: nicht in der Zeit fertig, die Google erlaubt</translation>
    </message>
    <message>
        <source>The batch job expired: Google did not finish it in time.</source>
        <translation>Der Batchjob ist abgelaufen: Google hat ihn nicht rechtzeitig beendet.</translation>
    </message>
    <message>
        <source>Being updated at Google</source>
        <translation>Wird bei Google aktualisiert</translation>
    </message>
    <message>
        <source>In a state this version does not know</source>
        <translation>In einem Zustand, den diese Version nicht kennt</translation>
    </message>
    <message>
        <source>Batch job: preparing the photos, %1 of %2…</source>
        <translation>Batchjob: Fotos werden vorbereitet, %1 von %2…</translation>
    </message>
    <message>
        <source>Batch job: uploading the prepared photos to Google…</source>
        <translation>Batchjob: Die vorbereiteten Fotos werden zu Google hochgeladen…</translation>
    </message>
    <message>
        <source>Batch job: waiting for Google to accept the job…</source>
        <translation>Batchjob: Warten, bis Google den Job annimmt…</translation>
    </message>
    <message>
        <source>Batch job: %1</source>
        <translation>Batchjob: %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 beantwortet</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>looked at %1; the window looks again by itself</source>
        <translation>zuletzt nachgesehen um %1; das Fenster sieht von selbst wieder nach</translation>
    </message>
    <message>
        <source>Google aims to finish a batch job within 24 hours; one not done after 48 hours expires, and its photos get no answer.</source>
        <translation>Google will einen Batchjob innerhalb von 24 Stunden fertigstellen; einer, der nach 48 Stunden nicht fertig ist, läuft ab, und seine Fotos bekommen keine Antwort.</translation>
    </message>
    <message>
        <source>Through Vertex AI a batch job may wait up to 72 hours to start; once it runs, what is not done within 24 hours is cancelled.</source>
        <translation>Über Vertex AI kann ein Batchjob bis zu 72 Stunden warten, bis er startet; sobald er läuft, wird abgebrochen, was nach 24 Stunden nicht fertig ist.</translation>
    </message>
    <message>
        <source>The batch job failed at Google.</source>
        <translation>Der Batchjob ist bei Google fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Google says: %1</source>
        <translation>Google meldet: %1</translation>
    </message>
    <message>
        <source>The batch job was cancelled.</source>
        <translation>Der Batchjob wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The batch job is done, but not every photo has its answer.</source>
        <translation>Der Batchjob ist fertig, aber nicht jedes Foto hat seine Antwort.</translation>
    </message>
    <message>
        <source>The batch job is done: every photo has its answer, ready for review.</source>
        <translation>Der Batchjob ist fertig: Jedes Foto hat seine Antwort, bereit zur Durchsicht.</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>This batch job was sent through another kind of connection (%1). Choose a connection of that kind, then open the batch again from File ▸ Unfinished batches.</source>
        <translation>Dieser Batchjob wurde über eine andere Art von Verbindung gesendet (%1). Wählen Sie eine Verbindung dieser Art und öffnen Sie den Stapel dann erneut über Datei ▸ Unfertige Stapel.</translation>
    </message>
    <message>
        <source>The batch job is reaching Google just now: it is cancelled there as soon as Google has made it.</source>
        <translation>Der Batchjob erreicht Google gerade: Er wird dort abgebrochen, sobald Google ihn angelegt hat.</translation>
    </message>
    <message>
        <source>Asking Google to cancel the batch job…</source>
        <translation>Google wird gebeten, den Batchjob abzubrechen…</translation>
    </message>
    <message>
        <source>Nothing more is sent now; Resume sends the rest later.</source>
        <translation>Jetzt wird nichts mehr gesendet; „Fortsetzen“ sendet den Rest später.</translation>
    </message>
    <message>
        <source>None of the photos could be prepared, so no batch job was sent.</source>
        <translation>Keines der Fotos ließ sich vorbereiten, daher wurde kein Batchjob gesendet.</translation>
    </message>
    <message>
        <source>Google made batch job %1 just as you cancelled it; it is being cancelled there now.</source>
        <translation>Google hat den Batchjob %1 angelegt, als Sie ihn gerade abbrachen; er wird dort jetzt abgebrochen.</translation>
    </message>
    <message>
        <source>Sent to Google as batch job %1. You can close this window: the job goes on, and File ▸ Unfinished batches shows it again.</source>
        <translation>Als Batchjob %1 an Google gesendet. Sie können dieses Fenster schließen: Der Job läuft weiter, und Datei ▸ Unfertige Stapel zeigt ihn wieder an.</translation>
    </message>
    <message>
        <source>Cancelled before Google made the batch job: nothing runs there. Resume describes the photos one by one instead.</source>
        <translation>Abgebrochen, bevor Google den Batchjob angelegt hat: Dort läuft nichts. „Fortsetzen“ beschreibt die Fotos stattdessen einzeln.</translation>
    </message>
    <message>
        <source>Send them one by one</source>
        <translation>Einzeln senden</translation>
    </message>
    <message>
        <source>No batch job was sent.</source>
        <translation>Es wurde kein Batchjob gesendet.</translation>
    </message>
    <message>
        <source>The batch job goes on at Google; the window looks at it again soon.</source>
        <translation>Der Batchjob läuft bei Google weiter; das Fenster sieht bald wieder nach.</translation>
    </message>
    <message>
        <source>Stop sending the batch job? If Google has made it already, it is cancelled there at once. The photos get no answer; you can send them again later.</source>
        <translation>Senden des Batchjobs beenden? Hat Google ihn schon angelegt, wird er dort sofort abgebrochen. Die Fotos bekommen keine Antwort; Sie können sie später erneut senden.</translation>
    </message>
    <message>
        <source>Cancel the batch job</source>
        <translation>Batchjob abbrechen</translation>
    </message>
    <message>
        <source>Ask Google to cancel the batch job? Photos it has not answered yet get no answer; you can send them again later.</source>
        <translation>Google bitten, den Batchjob abzubrechen? Fotos, die noch keine Antwort haben, bekommen keine; Sie können sie später erneut senden.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>BatchSetupDialog</name>
    <message>
        <source>Describe a folder</source>
        <translation>Ordner beschreiben</translation>
    </message>
    <message>
        <source>No folder or files chosen yet.</source>
        <translation>Noch kein Ordner und keine Dateien gewählt.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <source>Include subfolders</source>
        <translation>Unterordner einbeziehen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Warum ausgelassen</translation>
    </message>
    <message>
        <source>Alt text (short, for screen readers)</source>
        <translation>Alternativtext (kurz, für Screenreader)</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Eigene Frage</translation>
    </message>
    <message>
        <source>The fields of a JSON schema</source>
        <translation>Die Felder eines JSON-Schemas</translation>
    </message>
    <message>
        <source>What to ask of every photo</source>
        <translation>Was zu jedem Foto gefragt wird</translation>
    </message>
    <message>
        <source>Choose a schema file…</source>
        <translation>Schemadatei wählen…</translation>
    </message>
    <message>
        <source>Change in the Settings panel…</source>
        <translation>Im Einstellungsbereich ändern…</translation>
    </message>
    <message>
        <source>Send each photo&apos;s existing title and keywords along, as a hint</source>
        <translation>Vorhandenen Titel und Stichwörter jedes Fotos als Hinweis mitsenden</translation>
    </message>
    <message>
        <source>Send as a batch job: half the price, usually done within hours</source>
        <translation>Als Batchjob senden: halber Preis, meist in wenigen Stunden fertig</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Photo detail</source>
        <translation>Fotodetail</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Beschreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n Datei oder Ordner</numerusform>
            <numerusform>%n Dateien und Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be sent: %1</source>
        <translation>Wird gesendet: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Photos and videos to send: %1 · Files left out: %2</source>
        <translation>Zu sendende Fotos und Videos: %1 · Ausgelassene Dateien: %2</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>Send as a batch job</source>
        <translation>Als Batchjob senden</translation>
    </message>
    <message>
        <source>The photos&apos; location (GPS) and camera details stay on this computer.</source>
        <translation>Standort (GPS) und Kameradaten der Fotos bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose photos and videos</source>
        <translation>Fotos und Videos wählen</translation>
    </message>
    <message>
        <source>Choose a JSON schema</source>
        <translation>JSON-Schema wählen</translation>
    </message>
    <message>
        <source>JSON schema (*.json)</source>
        <translation>JSON-Schema (*.json)</translation>
    </message>
    <message>
        <source>This file is not a JSON schema that can be read.</source>
        <translation>Diese Datei ist kein lesbares JSON-Schema.</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Wird jetzt gesendet</translation>
    </message>
    <message>
        <source>At Google</source>
        <translation>Bei Google</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene erneut</translation>
    </message>
    <message>
        <source>Send the photos that failed again</source>
        <translation>Die fehlgeschlagenen Fotos erneut senden</translation>
    </message>
    <message>
        <source>Cancel the batch job…</source>
        <translation>Batchjob abbrechen…</translation>
    </message>
    <message>
        <source>Ask Google to stop the job; photos it has not answered get no answer</source>
        <translation>Google bitten, den Job zu beenden; Fotos ohne Antwort bekommen keine</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Auswahl freigeben</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Without an answer</source>
        <translation>Ohne Antwort</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Noch nicht freigegeben</translation>
    </message>
    <message>
        <source>Search files and results</source>
        <translation>Dateien und Ergebnisse durchsuchen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV for spreadsheets…</source>
        <translation>CSV für Tabellenkalkulationen…</translation>
    </message>
    <message>
        <source>JSON Lines…</source>
        <translation>JSON Lines…</translation>
    </message>
    <message>
        <source>XMP sidecars beside the photos…</source>
        <translation>XMP-Filialdateien neben den Fotos…</translation>
    </message>
    <message>
        <source>Only approved rows</source>
        <translation>Nur freigegebene Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 fertig</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer</source>
        <translation>
            <numerusform>%n ohne Antwort</numerusform>
            <numerusform>%n ohne Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Paused: the photos on their way finish, no new ones start</source>
        <translation>Pausiert: Unterwegs befindliche Fotos werden fertig, neue starten nicht</translation>
    </message>
    <message>
        <source>Stopped: Resume sends the rest</source>
        <translation>Gestoppt: „Fortsetzen“ sendet den Rest</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ClipEditorDialog</name>
    <message>
        <source>Choose the part to send</source>
        <translation>Teil zum Senden wählen</translation>
    </message>
    <message>
        <source>The model sees only the part between Start and End.</source>
        <translation>Das Modell sieht nur den Teil zwischen Anfang und Ende.</translation>
    </message>
    <message>
        <source>The model hears only the part between Start and End.</source>
        <translation>Das Modell hört nur den Teil zwischen Anfang und Ende.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Anfang</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Whole video</source>
        <translation>&amp;Ganzes Video</translation>
    </message>
    <message>
        <source>&amp;Whole recording</source>
        <translation>&amp;Ganze Aufnahme</translation>
    </message>
    <message>
        <source>The end must come after the start. Change one of the times.</source>
        <translation>Das Ende muss nach dem Anfang liegen. Ändern Sie eine der beiden Zeiten.</translation>
    </message>
    <message>
        <source>The model will see the whole video.</source>
        <translation>Das Modell sieht das ganze Video.</translation>
    </message>
    <message>
        <source>The model will hear the whole recording.</source>
        <translation>Das Modell hört die ganze Aufnahme.</translation>
    </message>
    <message>
        <source>The model will see the whole video (%1).</source>
        <translation>Das Modell sieht das ganze Video (%1).</translation>
    </message>
    <message>
        <source>The model will hear the whole recording (%1).</source>
        <translation>Das Modell hört die ganze Aufnahme (%1).</translation>
    </message>
    <message>
        <source>The model will see %1 to the end.</source>
        <translation>Das Modell sieht ab %1 bis zum Ende.</translation>
    </message>
    <message>
        <source>The model will hear %1 to the end.</source>
        <translation>Das Modell hört ab %1 bis zum Ende.</translation>
    </message>
    <message>
        <source>The model will see %1 to %2 (%3).</source>
        <translation>Das Modell sieht %1 bis %2 (%3).</translation>
    </message>
    <message>
        <source>The model will hear %1 to %2 (%3).</source>
        <translation>Das Modell hört %1 bis %2 (%3).</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeController</name>
    <message>
        <source>The code signs in with your Google Cloud credentials (gcloud); no key or token is written in it.</source>
        <translation>Der Code meldet sich mit Ihren Google-Cloud-Anmeldedaten (gcloud) an; kein Schlüssel und kein Token steht darin.</translation>
    </message>
    <message>
        <source>The code reads your key from %1; the key is not written in it.</source>
        <translation>Der Code liest Ihren Schlüssel aus %1; der Schlüssel selbst steht nicht darin.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Get code</source>
        <translation>Code anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>Code speichern</translation>
    </message>
    <message>
        <source>Could not save the code: %1</source>
        <translation>Der Code konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Temperature: higher gives more varied answers</source>
        <translation>Temperatur: höher ergibt abwechslungsreichere Antworten</translation>
    </message>
    <message>
        <source>Pick this one</source>
        <translation>Dieses nehmen</translation>
    </message>
    <message>
        <source>Use this column&apos;s model and settings in the Settings panel</source>
        <translation>Modell und Einstellungen dieser Spalte in den Einstellungsbereich übernehmen</translation>
    </message>
    <message>
        <source>Continue alone</source>
        <translation>Allein fortsetzen</translation>
    </message>
    <message>
        <source>Open this column&apos;s conversation in the main window to go on with it</source>
        <translation>Die Unterhaltung dieser Spalte im Hauptfenster öffnen, um sie fortzusetzen</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Adding your files first…</source>
        <translation>Ihre Dateien werden zuerst hinzugefügt…</translation>
    </message>
    <message>
        <source>New compare. Ask anything.</source>
        <translation>Neuer Vergleich. Fragen Sie, was Sie möchten.</translation>
    </message>
    <message>
        <source>Only a column&apos;s latest answer can be asked again.</source>
        <translation>Nur die letzte Antwort einer Spalte kann erneut angefragt werden.</translation>
    </message>
    <message>
        <source>The Settings panel now uses %1.</source>
        <translation>Der Einstellungsbereich verwendet jetzt %1.</translation>
    </message>
    <message>
        <source>Stop the answers first (Esc), then try again.</source>
        <translation>Halten Sie zuerst die Antworten an (Esc) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini antwortet…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>Wieder geöffnet. Stellen Sie eine Folgefrage, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>CompareFacts</name>
    <message>
        <source>ended: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>first words %1 s</source>
        <translation>erste Wörter %1 s</translation>
    </message>
    <message>
        <source>total %1 s</source>
        <translation>gesamt %1 s</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the facts of an answer</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>New compare</source>
        <translation>Neuer Vergleich</translation>
    </message>
    <message>
        <source>Empty every column and start again</source>
        <translation>Alle Spalten leeren und neu beginnen</translation>
    </message>
    <message>
        <source>Ask every column the same question; drop photos or videos here…</source>
        <translation>Allen Spalten dieselbe Frage stellen; Fotos oder Videos hier ablegen…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>Alle Antworten anhalten (Esc)</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>An alle senden</translation>
    </message>
    <message>
        <source>Ask every column (%1)</source>
        <translation>Alle Spalten fragen (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>%1 Connections you add now can be kept for this session only.</source>
        <translation>%1 Verbindungen, die Sie jetzt hinzufügen, können nur für diese Sitzung gespeichert werden.</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session. Unlock it, then restart Gemini Desktop to use your saved connections.</source>
        <translation>Der Passwortspeicher (Schlüsselbund) ist gesperrt. Daher verwendet Gemini Desktop die Verbindung aus den Umgebungsvariablen und kann andere nur für diese Sitzung speichern. Entsperren Sie ihn und starten Sie Gemini Desktop dann neu, um Ihre gespeicherten Verbindungen zu verwenden.</translation>
    </message>
    <message>
        <source>No password store (keyring) was found, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session.</source>
        <translation>Es wurde kein Passwortspeicher (Schlüsselbund) gefunden. Daher verwendet Gemini Desktop die Verbindung aus den Umgebungsvariablen und kann andere nur für diese Sitzung speichern.</translation>
    </message>
    <message>
        <source>Now using “%1”.</source>
        <translation>„%1“ wird jetzt verwendet.</translation>
    </message>
    <message>
        <source>Saved “%1” and switched to it.</source>
        <translation>„%1“ gespeichert und aktiviert.</translation>
    </message>
    <message>
        <source>The file could not be deleted. You can delete it yourself.</source>
        <translation>Die Datei konnte nicht gelöscht werden. Sie können sie selbst löschen.</translation>
    </message>
    <message>
        <source>Connections are kept for this session only: this computer has no password store (keyring) Gemini Desktop can use, so they are forgotten when it closes.</source>
        <translation>Verbindungen gelten nur für diese Sitzung: Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), den Gemini Desktop nutzen kann, daher werden sie beim Schließen vergessen.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebungsvariablen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Gemini</source>
        <translation>Mit Gemini verbinden</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Gemini Desktop is signing in and asking which models you can use.</source>
        <translation>Gemini Desktop meldet sich an und fragt, welche Modelle Sie nutzen können.</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>Verbunden: 1 Modell verfügbar.</translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation>Verbunden: %1 Modelle verfügbar.</translation>
    </message>
    <message>
        <source>This connection works. Pick a model from the list if you like, then press Save.</source>
        <translation>Diese Verbindung funktioniert. Wählen Sie bei Bedarf ein Modell aus der Liste und klicken Sie dann auf Speichern.</translation>
    </message>
    <message>
        <source>This connection works, but the model “%1” is not among the ones it offers. Pick one from the Model list, then press Save.</source>
        <translation>Diese Verbindung funktioniert, aber das Modell „%1“ ist nicht unter den angebotenen. Wählen Sie eines aus der Liste Modell und klicken Sie dann auf Speichern.</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB will be uploaded to the bucket “%1”.</source>
        <translation>Videos und Dateien über 15 MB werden in den Bucket „%1“ hochgeladen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Andere Datei wählen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>Die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Its settings and its key are removed from this computer. This cannot be undone.</source>
        <translation>Die Einstellungen und der Schlüssel dieser Verbindung werden von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Schlüsseldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Use it as “%1”</source>
        <translation>Als „%1“ verwenden</translation>
    </message>
    <message>
        <source>Open the page to turn it on</source>
        <translation>Seite zum Aktivieren öffnen</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Open the key&apos;s restrictions</source>
        <translation>Einschränkungen des Schlüssels öffnen</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The Gemini API did not take this key, but Vertex AI express did: it is a Vertex AI express key.</source>
        <translation>Die Gemini API hat diesen Schlüssel nicht angenommen, Vertex AI Express aber schon: Es ist ein Vertex AI Express-Schlüssel.</translation>
    </message>
    <message>
        <source>Vertex AI express did not take this key, but the Gemini API did: it is a Gemini API key.</source>
        <translation>Vertex AI Express hat diesen Schlüssel nicht angenommen, die Gemini API aber schon: Es ist ein Gemini API-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Anderes Modell wählen</translation>
    </message>
    <message>
        <source>Check the endpoint</source>
        <translation>Endpunkt prüfen</translation>
    </message>
    <message>
        <source>Check the bucket</source>
        <translation>Bucket prüfen</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API-Schlüssel</translation>
    </message>
    <message>
        <source>The easiest start: a free key from Google AI Studio.</source>
        <translation>Der einfachste Einstieg: ein kostenloser Schlüssel von Google AI Studio.</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>Schlüssel holen</translation>
    </message>
    <message>
        <source>Google AI Studio</source>
        <translation>Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex AI express key</source>
        <translation>Vertex AI Express</translation>
    </message>
    <message>
        <source>A key for Vertex AI, without setting up a full Google Cloud project.</source>
        <translation>Ein Schlüssel für Vertex AI, ohne ein vollständiges Google Cloud-Projekt einzurichten.</translation>
    </message>
    <message>
        <source>Vertex AI express</source>
        <translation>Vertex AI Express</translation>
    </message>
    <message>
        <source>Google Cloud with gcloud</source>
        <translation>Google Cloud mit gcloud</translation>
    </message>
    <message>
        <source>Uses the sign-in that Google&apos;s gcloud tool left on this computer.</source>
        <translation>Verwendet die Anmeldung, die das gcloud-Tool von Google auf diesem Computer hinterlassen hat.</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Dienstkonto-Schlüssel</translation>
    </message>
    <message>
        <source>A .json key file, usually sent by whoever runs your Google Cloud project.</source>
        <translation>Eine .json-Schlüsseldatei, meist von der Person, die Ihr Google Cloud-Projekt betreut.</translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Über Google anmelden</translation>
    </message>
    <message>
        <source>Your own Google account, with an OAuth client file from your project.</source>
        <translation>Ihr eigenes Google-Konto, mit einer OAuth-Client-Datei aus Ihrem Projekt.</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>Client erstellen</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Google-Konto</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server</source>
        <translation>Anderer OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>Another server that speaks the OpenAI API, such as a model on your network.</source>
        <translation>Ein anderer Server, der die OpenAI API spricht, etwa ein Modell in Ihrem Netzwerk.</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <source>This looks like the content of a key file, not a key. Choose “Service-account key file” and pick the file instead.</source>
        <translation>Das sieht nach dem Inhalt einer Schlüsseldatei aus, nicht nach einem Schlüssel. Wählen Sie „Dienstkonto-Schlüssel“ und wählen Sie stattdessen die Datei.</translation>
    </message>
    <message>
        <source>This is a temporary access token (it stops working within an hour), not an API key.</source>
        <translation>Das ist ein vorübergehendes Zugriffstoken (es läuft innerhalb einer Stunde ab), kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>This belongs to an OAuth client, not an API key. Choose “Sign in with Google” and use the client&apos;s file.</source>
        <translation>Das gehört zu einem OAuth-Client, nicht zu einem API-Schlüssel. Wählen Sie „Über Google anmelden“ und verwenden Sie die Datei des Clients.</translation>
    </message>
    <message>
        <source>This is a saved Google sign-in (a refresh token), not an API key.</source>
        <translation>Das ist eine gespeicherte Google-Anmeldung (ein Aktualisierungstoken), kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>This looks like a key for an OpenAI-compatible server, not a Google key. Choose “Any OpenAI-compatible server”.</source>
        <translation>Das sieht nach einem Schlüssel für einen OpenAI-kompatiblen Server aus, nicht nach einem Google-Schlüssel. Wählen Sie „Anderer OpenAI-kompatibler Server“.</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without them.</source>
        <translation>Der Schlüssel enthält Leerzeichen oder Zeilenumbrüche. Kopieren Sie ihn noch einmal, ohne diese.</translation>
    </message>
    <message>
        <source>Type only the bucket&apos;s name, such as my-bucket, not a web address.</source>
        <translation>Geben Sie nur den Namen des Buckets ein, etwa my-bucket, keine Webadresse.</translation>
    </message>
    <message>
        <source>Bucket names use lowercase letters only: “%1”.</source>
        <translation>Bucket-Namen bestehen nur aus Kleinbuchstaben: „%1“.</translation>
    </message>
    <message>
        <source>A bucket name may contain only lowercase letters, digits, dashes (-), underscores (_) and dots (.).</source>
        <translation>Ein Bucket-Name darf nur Kleinbuchstaben, Ziffern, Bindestriche (-), Unterstriche (_) und Punkte (.) enthalten.</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>Ein Bucket-Name beginnt und endet mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters (with dots, up to 222, and at most 63 between two dots).</source>
        <translation>Ein Bucket-Name hat 3 bis 63 Zeichen (mit Punkten bis zu 222 und höchstens 63 zwischen zwei Punkten).</translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation>Ein Bucket-Name darf keine IP-Adresse sein.</translation>
    </message>
    <message>
        <source>A bucket name cannot begin with “goog” or contain “google” (or a look-alike such as “g00gle”).</source>
        <translation>Ein Bucket-Name darf nicht mit „goog“ beginnen und nicht „google“ enthalten (auch nichts Ähnliches wie „g00gle“).</translation>
    </message>
    <message>
        <source>your Google account, signed in with gcloud</source>
        <translation>Ihr Google-Konto, angemeldet mit gcloud</translation>
    </message>
    <message>
        <source>a service account</source>
        <translation>ein Dienstkonto</translation>
    </message>
    <message>
        <source>an account from another identity provider</source>
        <translation>ein Konto eines anderen Identitätsanbieters</translation>
    </message>
    <message>
        <source>a service account, used through your account</source>
        <translation>ein Dienstkonto, über Ihr Konto verwendet</translation>
    </message>
    <message>
        <source>an unknown kind of sign-in</source>
        <translation>eine unbekannte Art der Anmeldung</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>The file cannot be read as a sign-in.</source>
        <translation>Die Datei lässt sich nicht als Anmeldung lesen.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>Öffnen Sie in der Google Cloud Console IAM → Dienstkonten → Schlüssel und fügen Sie einen JSON-Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>Öffnen Sie in der Google Cloud Console APIs &amp; Dienste → Anmeldedaten, erstellen Sie einen OAuth-Client vom Typ Desktop-App und laden Sie dessen JSON herunter.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>Prüfen Sie, ob die Datei noch existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Choose the small .json file you downloaded from Google Cloud.</source>
        <translation>Wählen Sie die kleine .json-Datei, die Sie von Google Cloud heruntergeladen haben.</translation>
    </message>
    <message>
        <source>%1 is not a key file (it is not JSON).</source>
        <translation>%1 ist keine Schlüsseldatei (kein JSON).</translation>
    </message>
    <message>
        <source>%1 is not a key file.</source>
        <translation>%1 ist keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>%1 holds a personal Google sign-in, not a service-account key.</source>
        <translation>%1 enthält eine persönliche Google-Anmeldung, keinen Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>Wählen Sie stattdessen „Google Cloud (gcloud)“ oder fragen Sie nach einem Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is not a complete service-account key.</source>
        <translation>%1 ist kein vollständiger Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>Diese Datei ist keine OAuth-Client-Datei von Google.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>Diese Datei ist keine OAuth-Client-Datei für eine Desktop-App.</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>Diese Datei ist für eine Webanwendung, nicht für eine Desktop-App.</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>Diese Datei ist ein Dienstkonto-Schlüssel, kein OAuth-Client für eine Desktop-App.</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>Verwenden Sie sie unter „Dienstkonto-Schlüssel“ oder laden Sie einen OAuth-Client für eine Desktop-App herunter.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>Diese OAuth-Client-Datei enthält keine Client-ID.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>Diese OAuth-Client-Datei enthält keinen Clientschlüssel.</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>Diese OAuth-Client-Datei enthält eine fehlerhafte Google-Adresse.</translation>
    </message>
    <message>
        <source>Enter the Google Cloud project ID first.</source>
        <translation>Geben Sie zuerst die Google Cloud-Projekt-ID ein.</translation>
    </message>
    <message>
        <source>Enter the model&apos;s name, or press Test connection to list the models the server offers.</source>
        <translation>Geben Sie den Namen des Modells ein oder klicken Sie auf Verbindung testen, um die Modelle des Servers aufzulisten.</translation>
    </message>
    <message>
        <source>The custom endpoint must start with https:// (or http://).</source>
        <translation>Der eigene Endpunkt muss mit https:// (oder http://) beginnen.</translation>
    </message>
    <message>
        <source>The proxy must look like http://host:port (or socks5://host:port).</source>
        <translation>Der Proxy muss wie http://host:port (oder socks5://host:port) aussehen.</translation>
    </message>
    <message>
        <source>Check the project</source>
        <translation>Projekt prüfen</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Fügen Sie zuerst Ihren API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>saved in your password store; type a new key to replace it</source>
        <translation>im Passwortspeicher gesichert; neuen Schlüssel eingeben, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Change the setting, then send again.</source>
        <translation>Ändern Sie die Einstellung und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Adding your files first…</source>
        <translation>Ihre Dateien werden zuerst hinzugefügt…</translation>
    </message>
    <message>
        <source>Change the question, then send it again.</source>
        <translation>Ändern Sie die Frage und senden Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>New chat. Ask anything.</source>
        <translation>Neuer Chat. Fragen Sie, was Sie möchten.</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>Kopie von %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini antwortet…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Stopped. The answer so far is kept.</source>
        <translation>Angehalten. Die bisherige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>Die Antwort konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Gemini is still answering. Stop the answer first (Esc), then try again.</source>
        <translation>Gemini antwortet noch. Halten Sie die Antwort zuerst an (Esc) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>Wieder geöffnet. Stellen Sie eine Folgefrage, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The question is back in the box; its files could not be read back.</source>
        <translation>Die Frage steht wieder im Eingabefeld; ihre Dateien konnten nicht wieder eingelesen werden.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titel der Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Compare · %1</source>
        <comment>a compare of models, and its date</comment>
        <translation>Vergleich · %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Gemini Desktop. You can go on working; if something looks wrong, restart the app. To help fix it, copy the report below into a bug report (it holds no keys or passwords).</source>
        <translation>In Gemini Desktop ist etwas Unerwartetes schiefgegangen. Sie können weiterarbeiten; wenn etwas falsch aussieht, starten Sie die App neu. Um bei der Behebung zu helfen, kopieren Sie den Bericht unten in einen Fehlerbericht (er enthält keine Schlüssel oder Passwörter).</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DialogFooter</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>DialogHeader</name>
    <message>
        <source>Welcome to Gemini Desktop</source>
        <translation>Willkommen bei Gemini Desktop</translation>
    </message>
    <message>
        <source>First, choose how Gemini Desktop should connect to Google&apos;s Gemini models. You can change this, or add other ways, later in Connection settings.</source>
        <translation>Wählen Sie zuerst, wie sich Gemini Desktop mit den Gemini-Modellen von Google verbinden soll. Sie können das später in den Verbindungseinstellungen ändern oder weitere Wege hinzufügen.</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Change a saved connection, or add another way to connect.</source>
        <translation>Ändern Sie eine gespeicherte Verbindung oder fügen Sie einen weiteren Verbindungsweg hinzu.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Gemini Desktop keeps its own copy of the key in your password store, so the key file is no longer needed.</source>
        <translation>Gemini Desktop bewahrt eine eigene Kopie des Schlüssels in Ihrem Passwortspeicher auf, die Schlüsseldatei wird also nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>The original key file is still on this computer. Anyone who gets it can use your Google Cloud project, so you may want to delete it:</source>
        <translation>Die ursprüngliche Schlüsseldatei liegt noch auf diesem Computer. Wer sie bekommt, kann Ihr Google Cloud-Projekt nutzen. Sie sollten sie daher vielleicht löschen:</translation>
    </message>
    <message>
        <source>Delete the original file</source>
        <translation>Ursprüngliche Datei löschen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>“%1” is saved and in use</source>
        <translation>„%1“ ist gespeichert und aktiv</translation>
    </message>
    <message>
        <source>Deleted. Only the copy in your password store is left.</source>
        <translation>Gelöscht. Nur die Kopie in Ihrem Passwortspeicher ist noch vorhanden.</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to attach</source>
        <translation>Zum Anhängen ablegen</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs or text files</source>
        <translation>Fotos, Videos, Aufnahmen, PDFs oder Textdateien</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Ask Gemini anything</source>
        <translation>Fragen Sie Gemini, was Sie möchten</translation>
    </message>
    <message>
        <source>Gemini Desktop sends your questions, photos and videos to Google&apos;s Gemini models and shows the answers here as they are written.</source>
        <translation>Gemini Desktop sendet Ihre Fragen, Fotos und Videos an die Gemini-Modelle von Google und zeigt die Antworten hier an, während sie geschrieben werden.</translation>
    </message>
    <message>
        <source>Not connected to Gemini</source>
        <translation>Nicht mit Gemini verbunden</translation>
    </message>
    <message>
        <source>Connect with a key from Google AI Studio, a Vertex AI project or another server, then ask your first question.</source>
        <translation>Verbinden Sie sich mit einem Schlüssel aus Google AI Studio, einem Vertex AI-Projekt oder einem anderen Server und stellen Sie dann Ihre erste Frage.</translation>
    </message>
    <message>
        <source>Type a question or drop a photo to get started.</source>
        <translation>Geben Sie eine Frage ein oder ziehen Sie ein Foto hierher, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>ErrorAction</name>
    <message>
        <source>Open the page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Modell wählen</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>Sie können es in %1 s erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>ExpressKeyForm</name>
    <message>
        <source>Paste the API key from the Vertex AI Studio settings. It starts with “AQ.”. Express mode needs no project or region.</source>
        <translation>Fügen Sie den API-Schlüssel aus den Einstellungen von Vertex AI Studio ein. Er beginnt mit „AQ.“. Der Express-Modus braucht weder Projekt noch Region.</translation>
    </message>
    <message>
        <source>This way needs a Vertex AI key in express mode. A key from Google AI Studio belongs under “Gemini API key”.</source>
        <translation>Dieser Weg braucht einen Vertex AI-Schlüssel im Express-Modus. Ein Schlüssel von Google AI Studio gehört unter „Gemini API-Schlüssel“.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>In dieser Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>GcloudForm</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Gemini Desktop uses the Google Cloud sign-in already on this computer. Choose which project pays for the requests.</source>
        <translation>Gemini Desktop verwendet die Google Cloud-Anmeldung, die schon auf diesem Computer ist. Wählen Sie, welches Projekt die Anfragen bezahlt.</translation>
    </message>
    <message>
        <source>Looking for a gcloud sign-in on this computer…</source>
        <translation>Suche nach einer gcloud-Anmeldung auf diesem Computer…</translation>
    </message>
    <message>
        <source>No gcloud sign-in was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine gcloud-Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>Install Google&apos;s gcloud tool, run this command in a terminal and sign in in the browser; then click Check again.</source>
        <translation>Installieren Sie das gcloud-Tool von Google, führen Sie diesen Befehl in einem Terminal aus und melden Sie sich im Browser an; klicken Sie dann auf Erneut prüfen.</translation>
    </message>
    <message>
        <source>The sign-in file cannot be used.</source>
        <translation>Die Anmeldedatei kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Found a sign-in: %1</source>
        <translation>Anmeldung gefunden: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>From gcloud: %1</source>
        <translation>Von gcloud: %1</translation>
    </message>
    <message>
        <source>From GOOGLE_APPLICATION_CREDENTIALS: %1</source>
        <translation>Aus GOOGLE_APPLICATION_CREDENTIALS: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>This sign-in has no quota project, so Google may answer “quota exceeded” or “API not enabled”. To fix it, run this command in a terminal:</source>
        <translation>Diese Anmeldung hat kein Kontingentprojekt, daher antwortet Google eventuell mit „Kontingent überschritten“ oder „API nicht aktiviert“. Führen Sie zur Behebung diesen Befehl in einem Terminal aus:</translation>
    </message>
</context>
<context>
    <name>GeminiKeyForm</name>
    <message>
        <source>Paste the key you created in Google AI Studio. It starts with “AQ.” (newer keys) or “AIza”.</source>
        <translation>Fügen Sie den Schlüssel ein, den Sie in Google AI Studio erstellt haben. Er beginnt mit „AQ.“ (neuere Schlüssel) oder „AIza“.</translation>
    </message>
    <message>
        <source>This way needs a Gemini API key from Google AI Studio. A key from Vertex AI belongs under “Vertex AI express key”.</source>
        <translation>Dieser Weg braucht einen Gemini API-Schlüssel von Google AI Studio. Ein Schlüssel von Vertex AI gehört unter „Vertex AI Express“.</translation>
    </message>
</context>
<context>
    <name>GoogleSignInForm</name>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Über Google anmelden</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Choose the OAuth client file first.</source>
        <translation>Wählen Sie zuerst die OAuth-Client-Datei.</translation>
    </message>
    <message>
        <source>Sign in with Google first.</source>
        <translation>Melden Sie sich zuerst über Google an.</translation>
    </message>
    <message>
        <source>Choose the OAuth client file (type “Desktop app”) from your Google Cloud project, then sign in with your Google account in the browser.</source>
        <translation>Wählen Sie die OAuth-Client-Datei (Typ „Desktop-App“) aus Ihrem Google Cloud-Projekt und melden Sie sich dann im Browser mit Ihrem Google-Konto an.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Choose the OAuth client file</source>
        <translation>OAuth-Client-Datei wählen</translation>
    </message>
    <message>
        <source>OAuth client %1 is ready. Now sign in.</source>
        <translation>OAuth-Client %1 ist bereit. Melden Sie sich jetzt an.</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Andere wählen…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Gemini Desktop is waiting…</source>
        <translation>Schließen Sie die Anmeldung im Browser ab. Gemini Desktop wartet…</translation>
    </message>
    <message>
        <source>A browser window should have opened. If you do not see it, copy this link into your browser:</source>
        <translation>Ein Browserfenster sollte sich geöffnet haben. Falls nicht, kopieren Sie diesen Link in Ihren Browser:</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy this link into your browser to sign in:</source>
        <translation>Der Browser konnte nicht geöffnet werden. Kopieren Sie diesen Link in Ihren Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>✓ Signed in as %1</source>
        <translation>✓ Angemeldet als %1</translation>
    </message>
    <message>
        <source>✓ Signed in with Google</source>
        <translation>✓ Über Google angemeldet</translation>
    </message>
    <message>
        <source>Ready to sign in.</source>
        <translation>Bereit zur Anmeldung.</translation>
    </message>
    <message>
        <source>First choose the client file.</source>
        <translation>Wählen Sie zuerst die Client-Datei.</translation>
    </message>
    <message>
        <source>Drop the OAuth client file (client_secret_….json) here</source>
        <translation>OAuth-Client-Datei (client_secret_….json) hier ablegen</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Report a bug…</source>
        <translation>&amp;Fehler melden…</translation>
    </message>
    <message>
        <source>&amp;About Gemini Desktop</source>
        <translation>Ü&amp;ber Gemini Desktop</translation>
    </message>
    <message>
        <source>The log folder could not be opened.</source>
        <translation>Der Protokollordner konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The bug report page opens in your browser. Please attach the log file: Help ▸ Open log folder shows it.</source>
        <translation>Die Seite zum Melden von Fehlern öffnet sich im Browser. Bitte hängen Sie die Protokolldatei an: Hilfe ▸ Protokollordner öffnen zeigt sie.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Markdown, photos in a folder beside it (*.md)</source>
        <translation>Markdown, Fotos in einem Ordner daneben (*.md)</translation>
    </message>
    <message>
        <source>Web page, all in one file (*.html)</source>
        <translation>Webseite, alles in einer Datei (*.html)</translation>
    </message>
    <message>
        <source>Conversation file, to import or replay (*.json)</source>
        <translation>Unterhaltungsdatei zum Importieren oder Wiederholen (*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Unterhaltung importieren</translation>
    </message>
    <message>
        <source>Conversation files (*.json)</source>
        <translation>Unterhaltungsdateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Exported from Gemini Desktop</source>
        <translation>Exportiert aus Gemini Desktop</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>missing from the history</source>
        <translation>fehlt im Verlauf</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende angehalten.</translation>
    </message>
    <message>
        <source>Interrupted: the app closed while this answer was arriving.</source>
        <translation>Unterbrochen: Die App wurde geschlossen, während diese Antwort eintraf.</translation>
    </message>
    <message>
        <source>Still arriving when this was exported.</source>
        <translation>Traf beim Exportieren noch ein.</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>Diese Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 tokens in</source>
        <translation>%1 Tokens Eingabe</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 Ausgabe</translation>
    </message>
    <message>
        <source>%1 thinking</source>
        <translation>%1 Denken</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Eine neue Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>Import conversation…</source>
        <translation>Unterhaltung importieren…</translation>
    </message>
    <message>
        <source>Open a conversation exported as JSON</source>
        <translation>Eine als JSON exportierte Unterhaltung öffnen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Keine Unterhaltung erwähnt „%1“.</translation>
    </message>
    <message>
        <source>Your conversations will appear here, newest first.</source>
        <translation>Ihre Unterhaltungen erscheinen hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>KeyFileForm</name>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Choose or drop the service account&apos;s key file first.</source>
        <translation>Wählen Sie zuerst die Schlüsseldatei des Dienstkontos oder legen Sie sie hier ab.</translation>
    </message>
    <message>
        <source>Drop the service account&apos;s .json key file below, or choose it. Gemini Desktop keeps a copy in your password store.</source>
        <translation>Legen Sie die .json-Schlüsseldatei des Dienstkontos unten ab oder wählen Sie sie aus. Gemini Desktop bewahrt eine Kopie in Ihrem Passwortspeicher auf.</translation>
    </message>
    <message>
        <source>The key is saved in your password store</source>
        <translation>Der Schlüssel ist in Ihrem Passwortspeicher gesichert</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>Choose another key file</source>
        <translation>Andere Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s key file</source>
        <translation>Schlüsseldatei des Dienstkontos wählen</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Andere wählen…</translation>
    </message>
    <message>
        <source>Drop the key file (.json) here</source>
        <translation>Schlüsseldatei (.json) hier ablegen</translation>
    </message>
</context>
<context>
    <name>KeyringBar</name>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Connections you save now are kept for this session only: Gemini Desktop forgets them when it closes.</source>
        <translation>Verbindungen, die Sie jetzt speichern, gelten nur für diese Sitzung: Gemini Desktop vergisst sie beim Schließen.</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Restart Gemini Desktop in %1?</source>
        <translation>Gemini Desktop in der Sprache %1 neu starten?</translation>
    </message>
    <message>
        <source>The open conversation and the text you are typing are kept. An answer still being written stops where it is.</source>
        <translation>Die offene Unterhaltung und der Text, den Sie gerade eingeben, bleiben erhalten. Eine Antwort, die noch geschrieben wird, hält an der aktuellen Stelle an.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>LongAnswerBar</name>
    <message>
        <source>Show the whole answer</source>
        <translation>Ganze Antwort anzeigen</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Als Datei speichern…</translation>
    </message>
    <message>
        <source>This answer is too long to show here whole (%1 characters): its start is above and its end below.</source>
        <translation>Diese Antwort ist zu lang, um sie hier ganz anzuzeigen (%1 Zeichen): Ihr Anfang steht oben, ihr Ende unten.</translation>
    </message>
    <message>
        <source>Save the answer as</source>
        <translation>Antwort speichern unter</translation>
    </message>
    <message>
        <source>The answer could not be written: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gemini Desktop</source>
        <translation>Gemini Desktop</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Which connection Gemini Desktop uses</source>
        <translation>Welche Verbindung Gemini Desktop verwendet</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Ask a question, or drop a photo or a video here and ask about it…</source>
        <translation>Stellen Sie eine Frage, oder ziehen Sie ein Foto oder Video hierher und fragen Sie danach…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>%1 to send · Enter for a new line</source>
        <translation>%1 zum Senden · Enter: neue Zeile</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the question (%1)</source>
        <translation>Frage senden (%1)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>From the environment variables · %1</source>
        <translation>Aus den Umgebungsvariablen · %1</translation>
    </message>
    <message>
        <source>Open Connection settings to choose how to connect.</source>
        <translation>Öffnen Sie die Verbindungseinstellungen, um zu wählen, wie verbunden wird.</translation>
    </message>
    <message>
        <source>Using %1 · %2</source>
        <translation>Aktiv: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Eine neue Unterhaltung beginnen</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>Unterhaltung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Get code…</source>
        <translation>&amp;Code anzeigen…</translation>
    </message>
    <message>
        <source>The code that sends the question being written</source>
        <translation>Der Code, der die Frage sendet, die Sie gerade schreiben</translation>
    </message>
    <message>
        <source>&amp;Describe a folder…</source>
        <translation>Ordner &amp;beschreiben…</translation>
    </message>
    <message>
        <source>Alt text, captions, keywords or titles for many photos at once</source>
        <translation>Alternativtexte, Bildunterschriften, Stichwörter oder Titel für viele Fotos auf einmal</translation>
    </message>
    <message>
        <source>&amp;Unfinished batches</source>
        <translation>&amp;Unfertige Stapel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Conversation list</source>
        <translation>&amp;Unterhaltungsliste</translation>
    </message>
    <message>
        <source>Show or hide your earlier conversations</source>
        <translation>Ihre früheren Unterhaltungen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>&amp;Settings panel</source>
        <translation>&amp;Einstellungsbereich</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show or hide the model and the settings used for answers</source>
        <translation>Das Modell und die Einstellungen für Antworten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>Modelle &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Ask two or three models the same question side by side</source>
        <translation>Zwei oder drei Modellen dieselbe Frage nebeneinander stellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Same as the computer (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{file} is damaged or incomplete: the picture stops part of the way through.</source>
        <translation>{file} ist beschädigt oder unvollständig: Das Bild bricht mittendrin ab.</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again, then add it.</source>
        <translation>Vielleicht wurde es nicht fertig kopiert oder heruntergeladen; kopieren Sie es erneut und fügen Sie es dann hinzu.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a complete picture.</source>
        <translation>{file} ist beschädigt oder kein vollständiges Bild.</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again, or choose another photo.</source>
        <translation>Öffnen Sie es in einem Bildbetrachter und speichern Sie es neu, oder wählen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a device or a pipe).</source>
        <translation>{file} ist keine gewöhnliche Datei (sondern ein Gerät oder eine Pipe).</translation>
    </message>
    <message>
        <source>Save what you want to send as a file, then add that file.</source>
        <translation>Speichern Sie das, was Sie senden möchten, als Datei und fügen Sie dann diese Datei hinzu.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} existiert nicht.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; check the name and the folder.</source>
        <translation>Vielleicht wurde sie verschoben, umbenannt oder gelöscht; prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; add it again.</source>
        <translation>Vielleicht wurde sie verschoben, umbenannt oder gelöscht; fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Give yourself read access to the file, or copy it somewhere readable.</source>
        <translation>Geben Sie sich Leserechte für die Datei oder kopieren Sie sie an einen lesbaren Ort.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Give the files inside it instead.</source>
        <translation>Fügen Sie stattdessen die Dateien darin hinzu.</translation>
    </message>
    <message>
        <source>{file} is a shortcut (symbolic link) that leads back to itself.</source>
        <translation>{file} ist eine Verknüpfung (symbolischer Link), die auf sich selbst zurückführt.</translation>
    </message>
    <message>
        <source>Add the file it was meant to point to instead.</source>
        <translation>Fügen Sie stattdessen die Datei hinzu, auf die sie zeigen sollte.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Prüfen Sie die Datei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>{file} changed while it was being sent.</source>
        <translation>{file} hat sich während des Sendens geändert.</translation>
    </message>
    <message>
        <source>Wait until the program writing it has finished, then send again.</source>
        <translation>Warten Sie, bis das Programm, das sie schreibt, fertig ist, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>{file} is {size}; Gemini reads files up to {limit}.</source>
        <translation>{file} ist {size} groß; Gemini liest Dateien bis {limit}.</translation>
    </message>
    <message>
        <source>A secure connection to Google could not be made.</source>
        <translation>Es konnte keine sichere Verbindung zu Google hergestellt werden.</translation>
    </message>
    <message>
        <source>A secure connection to the server at {host} could not be made.</source>
        <translation>Es konnte keine sichere Verbindung zum Server {host} hergestellt werden.</translation>
    </message>
    <message>
        <source>If your network inspects secure traffic, ask its administrator for help.</source>
        <translation>Falls Ihr Netzwerk verschlüsselten Datenverkehr prüft, bitten Sie dessen Administrator um Hilfe.</translation>
    </message>
    <message>
        <source>Could not reach Google.</source>
        <translation>Google ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not reach the server at {host}.</source>
        <translation>Der Server {host} ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung (und die Proxy-Einstellungen) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Google stopped answering for too long.</source>
        <translation>Google hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering for too long.</source>
        <translation>Der Server {host} hat zu lange nicht geantwortet.</translation>
    </message>
    <message>
        <source>Google sent no answer for {wait}.</source>
        <translation>Google hat {wait} lang keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server at {host} sent no answer for {wait}.</source>
        <translation>Der Server {host} hat {wait} lang keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, choose a lower thinking level or check your proxy.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder passiert, wählen Sie eine niedrigere Denkstufe oder prüfen Sie Ihren Proxy.</translation>
    </message>
    <message>
        <source>A web page came back instead of Gemini&apos;s answer.</source>
        <translation>Statt der Antwort von Gemini kam eine Webseite zurück.</translation>
    </message>
    <message>
        <source>The server at {host} answered with a web page, not with Gemini&apos;s answer.</source>
        <translation>Der Server {host} hat mit einer Webseite geantwortet, nicht mit der Antwort von Gemini.</translation>
    </message>
    <message>
        <source>If this network asks you to sign in first (a hotel or office Wi-Fi), open any web page in your browser and do so; otherwise check the server address and any proxy.</source>
        <translation>Wenn dieses Netzwerk zuerst eine Anmeldung verlangt (WLAN im Hotel oder Büro), öffnen Sie eine beliebige Webseite im Browser und melden Sie sich dort an; prüfen Sie sonst die Serveradresse und einen etwaigen Proxy.</translation>
    </message>
    <message>
        <source>The answer stopped arriving: no more of it came for {wait}.</source>
        <translation>Die Antwort ist ins Stocken geraten: {wait} lang kam nichts mehr davon an.</translation>
    </message>
    <message>
        <source>What arrived is kept. Send again to get the whole answer.</source>
        <translation>Was angekommen ist, bleibt erhalten. Senden Sie erneut, um die ganze Antwort zu bekommen.</translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving.</source>
        <translation>Die Verbindung ist abgebrochen, während die Antwort eintraf.</translation>
    </message>
    <message>
        <source>The connection to Google broke.</source>
        <translation>Die Verbindung zu Google ist abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to the server at {host} broke.</source>
        <translation>Die Verbindung zum Server {host} ist abgebrochen.</translation>
    </message>
    <message>
        <source>Counting tokens is not available on the OpenAI-compatible API.</source>
        <translation>Das Zählen von Tokens ist mit der OpenAI-kompatiblen API nicht möglich.</translation>
    </message>
    <message>
        <source>Use Vertex AI or the Gemini API to count tokens.</source>
        <translation>Verwenden Sie Vertex AI oder die Gemini API, um Tokens zu zählen.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server address.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}).</source>
        <translation>{file} konnte nicht gespeichert werden ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk has free space.</source>
        <translation>Wählen Sie einen anderen Ordner oder prüfen Sie, ob auf dem Datenträger Platz frei ist.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>Prüfen Sie, ob die Datei noch existiert und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>{file} was exported by a newer version of Gemini Desktop (format version {version}), which this version cannot read.</source>
        <translation>{file} wurde von einer neueren Version von Gemini Desktop exportiert (Formatversion {version}), die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>Update Gemini Desktop, then import it again.</source>
        <translation>Aktualisieren Sie Gemini Desktop und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <source>{file} is not a conversation exported by Gemini Desktop.</source>
        <translation>{file} ist keine von Gemini Desktop exportierte Unterhaltung.</translation>
    </message>
    <message>
        <source>Choose a .json file made with Export in Gemini Desktop.</source>
        <translation>Wählen Sie eine .json-Datei, die mit Exportieren in Gemini Desktop erstellt wurde.</translation>
    </message>
    <message>
        <source>{file} is a Gemini Desktop conversation, but it is damaged, so it cannot be imported.</source>
        <translation>{file} ist eine Unterhaltung aus Gemini Desktop, aber beschädigt und kann daher nicht importiert werden.</translation>
    </message>
    <message>
        <source>Export the conversation again, or choose another copy of the file.</source>
        <translation>Exportieren Sie die Unterhaltung erneut oder wählen Sie eine andere Kopie der Datei.</translation>
    </message>
    <message>
        <source>{file} has no question to send again.</source>
        <translation>{file} enthält keine Frage, die erneut gesendet werden könnte.</translation>
    </message>
    <message>
        <source>Give a question to ask with --prompt.</source>
        <translation>Geben Sie mit --prompt eine Frage an.</translation>
    </message>
    <message>
        <source>Could not reach Google to renew your sign-in.</source>
        <translation>Google ist nicht erreichbar, um Ihre Anmeldung zu erneuern.</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem renewing your sign-in.</source>
        <translation>Der Anmeldedienst von Google hatte ein Problem beim Erneuern Ihrer Anmeldung.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service did not answer within {wait}.</source>
        <translation>Der Anmeldedienst von Google hat nicht innerhalb von {wait} geantwortet.</translation>
    </message>
    <message>
        <source>Google did not accept your saved sign-in.</source>
        <translation>Google hat Ihre gespeicherte Anmeldung nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Sign in again, or choose another key file in Connection settings.</source>
        <translation>Melden Sie sich erneut an oder wählen Sie in den Verbindungseinstellungen eine andere Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Gemini Desktop is not connected to Gemini yet.</source>
        <translation>Gemini Desktop ist noch nicht mit Gemini verbunden.</translation>
    </message>
    <message>
        <source>Open Connection settings and choose how to connect.</source>
        <translation>Öffnen Sie die Verbindungseinstellungen und wählen Sie, wie verbunden werden soll.</translation>
    </message>
    <message>
        <source>The address {url} given in {name} is not a web address.</source>
        <translation>Die Adresse {url} in {name} ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Give a full address such as https://example.com or http://localhost:8080/v1.</source>
        <translation>Geben Sie eine vollständige Adresse an, etwa https://example.com oder http://localhost:8080/v1.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Gemini API key to use.</source>
        <translation>Gemini Desktop hat keinen Gemini API-Schlüssel.</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio.</source>
        <translation>Setzen Sie GEMINI_API_KEY auf einen Schlüssel von Google AI Studio.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no server for the OpenAI-compatible API to use.</source>
        <translation>Gemini Desktop hat keinen Server für die OpenAI-kompatible API.</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT for Vertex AI, or OPENAI_BASE_URL for another server.</source>
        <translation>Setzen Sie GOOGLE_CLOUD_PROJECT für Vertex AI oder OPENAI_BASE_URL für einen anderen Server.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Google Cloud project to use.</source>
        <translation>Gemini Desktop hat kein Google Cloud-Projekt.</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT (and sign in with gcloud), or set GOOGLE_API_KEY.</source>
        <translation>Setzen Sie GOOGLE_CLOUD_PROJECT (und melden Sie sich mit gcloud an) oder setzen Sie GOOGLE_API_KEY.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no connection to use.</source>
        <translation>Gemini Desktop hat keine Verbindung, die es verwenden kann.</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio, or GOOGLE_CLOUD_PROJECT for Vertex AI.</source>
        <translation>Setzen Sie GEMINI_API_KEY auf einen Schlüssel von Google AI Studio oder GOOGLE_CLOUD_PROJECT für Vertex AI.</translation>
    </message>
    <message>
        <source>The key for “{profile}” is missing from the password store.</source>
        <translation>Der Schlüssel für „{profile}“ fehlt im Passwortspeicher.</translation>
    </message>
    <message>
        <source>Open Connection settings and enter the key again.</source>
        <translation>Öffnen Sie die Verbindungseinstellungen und geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>The saved Google sign-in of “{profile}” is damaged.</source>
        <translation>Die gespeicherte Google-Anmeldung von „{profile}“ ist beschädigt.</translation>
    </message>
    <message>
        <source>Open Connection settings and sign in with Google again.</source>
        <translation>Öffnen Sie die Verbindungseinstellungen und melden Sie sich erneut über Google an.</translation>
    </message>
    <message>
        <source>No Google Cloud sign-in was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine Google Cloud-Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>Run `gcloud auth application-default login`, or use an API key instead.</source>
        <translation>Führen Sie `gcloud auth application-default login` aus oder verwenden Sie stattdessen einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>The credentials file {path} ({source}) cannot be used.</source>
        <translation>Die Anmeldedatei {path} ({source}) kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Check that the file exists and is a Google key or sign-in file.</source>
        <translation>Prüfen Sie, ob die Datei existiert und eine Schlüssel- oder Anmeldedatei von Google ist.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>The key of {profile}</source>
        <translation>Der Schlüssel von {profile}</translation>
    </message>
    <message>
        <source>{file} is not a key file (it is not JSON).</source>
        <translation>{file} ist keine Schlüsseldatei (kein JSON).</translation>
    </message>
    <message>
        <source>{file} holds a personal Google sign-in, not a service-account key.</source>
        <translation>{file} enthält eine persönliche Google-Anmeldung, keinen Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>Wählen Sie stattdessen „Google Cloud (gcloud)“ oder fragen Sie nach einem Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>{file} is an OAuth client file, not a service-account key.</source>
        <translation>{file} ist eine OAuth-Client-Datei, kein Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>Choose “Sign in with Google” to use it.</source>
        <translation>Wählen Sie „Über Google anmelden“, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>{file} is not a key file.</source>
        <translation>{file} ist keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>{file} is not a complete service-account key.</source>
        <translation>{file} ist kein vollständiger Dienstkonto-Schlüssel.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>Öffnen Sie in der Google Cloud Console IAM → Dienstkonten → Schlüssel und fügen Sie einen JSON-Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>Diese Datei ist keine OAuth-Client-Datei von Google.</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>Diese Datei ist für eine Webanwendung, nicht für eine Desktop-App.</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>Diese Datei ist ein Dienstkonto-Schlüssel, kein OAuth-Client für eine Desktop-App.</translation>
    </message>
    <message>
        <source>This file holds a saved Google sign-in, not an OAuth client for a desktop app.</source>
        <translation>Diese Datei enthält eine gespeicherte Google-Anmeldung, keinen OAuth-Client für eine Desktop-App.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>Diese Datei ist keine OAuth-Client-Datei für eine Desktop-App.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>Diese OAuth-Client-Datei enthält keine Client-ID.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>Diese OAuth-Client-Datei enthält keinen Clientschlüssel.</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>Diese OAuth-Client-Datei enthält eine fehlerhafte Google-Adresse.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>Öffnen Sie in der Google Cloud Console APIs &amp; Dienste → Anmeldedaten, erstellen Sie einen OAuth-Client vom Typ Desktop-App und laden Sie dessen JSON herunter.</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>Verwenden Sie sie unter „Dienstkonto-Schlüssel“ oder laden Sie einen OAuth-Client für eine Desktop-App herunter.</translation>
    </message>
    <message>
        <source>Gemini Desktop could not wait for Google&apos;s answer on this computer.</source>
        <translation>Gemini Desktop konnte auf diesem Computer nicht auf die Antwort von Google warten.</translation>
    </message>
    <message>
        <source>Check that no security software blocks connections inside this computer, then try again.</source>
        <translation>Prüfen Sie, ob eine Sicherheitssoftware Verbindungen innerhalb dieses Computers blockiert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation>Die Anmeldung hat zu lange gedauert.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish in the browser within {wait}.</source>
        <translation>Klicken Sie erneut auf Über Google anmelden und schließen Sie die Anmeldung innerhalb von {wait} im Browser ab.</translation>
    </message>
    <message>
        <source>Could not reach Google to finish signing in.</source>
        <translation>Google ist nicht erreichbar, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Check your internet connection, then sign in again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in could not be read.</source>
        <translation>Die Antwort von Google auf die Anmeldung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in again in a moment.</source>
        <translation>Melden Sie sich gleich noch einmal an.</translation>
    </message>
    <message>
        <source>You did not allow Gemini Desktop to use Google Cloud.</source>
        <translation>Sie haben Gemini Desktop nicht erlaubt, Google Cloud zu verwenden.</translation>
    </message>
    <message>
        <source>Sign in again and leave the Google Cloud permission ticked.</source>
        <translation>Melden Sie sich erneut an und lassen Sie die Berechtigung für Google Cloud angehakt.</translation>
    </message>
    <message>
        <source>Google did not give Gemini Desktop lasting access to your account.</source>
        <translation>Google hat Gemini Desktop keinen dauerhaften Zugriff auf Ihr Konto gegeben.</translation>
    </message>
    <message>
        <source>In your Google Account&apos;s settings, remove Gemini Desktop&apos;s access (Security → Third-party apps), then sign in again.</source>
        <translation>Entfernen Sie in den Einstellungen Ihres Google-Kontos den Zugriff von Gemini Desktop (Sicherheit → Drittanbieter-Apps) und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in: it was not valid or has expired.</source>
        <translation>Google hat die Anmeldung nicht akzeptiert: Sie war ungültig oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish the steps in one go.</source>
        <translation>Klicken Sie erneut auf Über Google anmelden und erledigen Sie die Schritte in einem Zug.</translation>
    </message>
    <message>
        <source>Google does not recognise the OAuth client in this file.</source>
        <translation>Google erkennt den OAuth-Client in dieser Datei nicht.</translation>
    </message>
    <message>
        <source>Download the Desktop app client&apos;s JSON again from Google Cloud Console.</source>
        <translation>Laden Sie das JSON des Desktop-App-Clients erneut aus der Google Cloud Console herunter.</translation>
    </message>
    <message>
        <source>Google refused the sign-in because this OAuth client is not a Desktop app client.</source>
        <translation>Google hat die Anmeldung abgelehnt, weil dieser OAuth-Client kein Client für Desktop-Apps ist.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem.</source>
        <translation>Der Anmeldedienst von Google hatte ein Problem.</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in.</source>
        <translation>Google hat es abgelehnt, die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, download the client file again from Google Cloud Console.</source>
        <translation>Klicken Sie erneut auf Über Google anmelden. Wenn es weiter fehlschlägt, laden Sie die Client-Datei erneut aus der Google Cloud Console herunter.</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was refused.</source>
        <translation>Die Antwort aus dem Browser gehörte nicht zu dieser Anmeldung und wurde daher abgelehnt.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again.</source>
        <translation>Klicken Sie erneut auf Über Google anmelden.</translation>
    </message>
    <message>
        <source>You cancelled the sign-in.</source>
        <translation>Sie haben die Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and choose Allow when you are ready.</source>
        <translation>Klicken Sie erneut auf Über Google anmelden und wählen Sie Zulassen, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in.</source>
        <translation>Google hat die Anmeldung nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, ask the person who manages your Google account.</source>
        <translation>Klicken Sie erneut auf Über Google anmelden. Wenn es weiter fehlschlägt, fragen Sie die Person, die Ihr Google-Konto verwaltet.</translation>
    </message>
    <message>
        <source>Google&apos;s answer had no sign-in code in it.</source>
        <translation>Die Antwort von Google enthielt keinen Anmeldecode.</translation>
    </message>
    <message>
        <source>Cloud Storage</source>
        <translation>Cloud Storage</translation>
    </message>
    <message>
        <source>The Gemini API&apos;s file storage</source>
        <translation>Der Dateispeicher der Gemini API</translation>
    </message>
    <message>
        <source>The file {file} could not be read, so it was not saved with the message.</source>
        <translation>Die Datei {file} konnte nicht gelesen werden und wurde daher nicht mit der Nachricht gespeichert.</translation>
    </message>
    <message>
        <source>Check that it still exists and attach it again.</source>
        <translation>Prüfen Sie, ob sie noch existiert, und hängen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>A file attached to this conversation is missing from the history folder.</source>
        <translation>Eine an diese Unterhaltung angehängte Datei fehlt im Verlaufsordner.</translation>
    </message>
    <message>
        <source>Attach it again if you still have it.</source>
        <translation>Hängen Sie sie erneut an, falls Sie sie noch haben.</translation>
    </message>
    <message>
        <source>The file {file} changed while it was being saved.</source>
        <translation>Die Datei {file} hat sich beim Speichern geändert.</translation>
    </message>
    <message>
        <source>Attach it again once it has finished changing.</source>
        <translation>Hängen Sie sie erneut an, sobald sie sich nicht mehr ändert.</translation>
    </message>
    <message>
        <source>{file} was not sent: it was moved or deleted after it was attached.</source>
        <translation>{file} wurde nicht gesendet: Sie wurde nach dem Anhängen verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Attach it again from where it is now.</source>
        <translation>Hängen Sie sie von ihrem jetzigen Ort aus erneut an.</translation>
    </message>
    <message>
        <source>{file} was not sent: it cannot be read any more ({reason}).</source>
        <translation>{file} wurde nicht gesendet: Sie kann nicht mehr gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Check the file, then attach it again.</source>
        <translation>Prüfen Sie die Datei und hängen Sie sie dann erneut an.</translation>
    </message>
    <message>
        <source>{file} is not a photo or a video.</source>
        <translation>{file} ist weder ein Foto noch ein Video.</translation>
    </message>
    <message>
        <source>Only the photos and videos of a folder are described; it was left out.</source>
        <translation>Aus einem Ordner werden nur Fotos und Videos beschrieben; diese Datei wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The answer for {file} is not the JSON object the schema asks for.</source>
        <translation>Die Antwort zu {file} ist nicht das JSON-Objekt, das das Schema verlangt.</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, make the schema simpler.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, vereinfachen Sie das Schema.</translation>
    </message>
    <message>
        <source>Gemini sent no answer for {file}.</source>
        <translation>Gemini hat zu {file} keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, ask in other words.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, formulieren Sie die Frage anders.</translation>
    </message>
    <message>
        <source>Fix what Google&apos;s words name (the photo, the question or a setting), then send the photo again.</source>
        <translation>Beheben Sie, was Google nennt (das Foto, die Frage oder eine Einstellung), und senden Sie das Foto dann erneut.</translation>
    </message>
    <message>
        <source>Ask in other words, then send the photo again.</source>
        <translation>Fragen Sie mit anderen Worten und senden Sie das Foto dann erneut.</translation>
    </message>
    <message>
        <source>Use a smaller copy of this photo, then send it again.</source>
        <translation>Verwenden Sie eine kleinere Kopie dieses Fotos und senden Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Send the photo again to get the whole answer.</source>
        <translation>Senden Sie das Foto erneut, um die ganze Antwort zu erhalten.</translation>
    </message>
    <message>
        <source>The batch job failed at Google before {file} was answered.</source>
        <translation>Der Batchjob ist bei Google fehlgeschlagen, bevor {file} eine Antwort bekam.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again, as a batch job or one by one.</source>
        <translation>Senden Sie die Fotos ohne Antwort noch einmal, als Batchjob oder einzeln.</translation>
    </message>
    <message>
        <source>The batch job was not done in the time Google allows, so {file} has no answer.</source>
        <translation>Der Batchjob wurde nicht in der Zeit fertig, die Google erlaubt; {file} hat daher keine Antwort.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again; a smaller batch is done sooner.</source>
        <translation>Senden Sie die Fotos ohne Antwort noch einmal; ein kleinerer Batch ist schneller fertig.</translation>
    </message>
    <message>
        <source>The batch job was cancelled before {file} was answered.</source>
        <translation>Der Batchjob wurde abgebrochen, bevor {file} eine Antwort bekam.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again when you want them described.</source>
        <translation>Senden Sie die Fotos ohne Antwort noch einmal, wenn Sie sie beschrieben haben möchten.</translation>
    </message>
    <message>
        <source>The results of the batch job have nothing for {file}.</source>
        <translation>Die Ergebnisse des Batchjobs enthalten nichts zu {file}.</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>Senden Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This connection cannot send batch jobs.</source>
        <translation>Über diese Verbindung lassen sich keine Batchjobs senden.</translation>
    </message>
    <message>
        <source>Batch jobs need the Gemini API, or Vertex AI with a Google account or service account and a Cloud Storage bucket.</source>
        <translation>Batchjobs brauchen die Gemini API oder Vertex AI mit einem Google-Konto oder Dienstkonto und einem Cloud Storage-Bucket.</translation>
    </message>
    <message>
        <source>This API key may only be used from certain websites, apps or addresses.</source>
        <translation>Dieser API-Schlüssel darf nur von bestimmten Websites, Apps oder Adressen aus verwendet werden.</translation>
    </message>
    <message>
        <source>Remove the key&apos;s application restrictions in Google Cloud, or use another key.</source>
        <translation>Entfernen Sie die Anwendungseinschränkungen des Schlüssels in Google Cloud oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Google did not accept the API key.</source>
        <translation>Google hat den API-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in Google AI Studio.</source>
        <translation>Prüfen Sie den Schlüssel in den Verbindungseinstellungen oder erstellen Sie in Google AI Studio einen neuen.</translation>
    </message>
    <message>
        <source>Vertex AI did not accept the API key.</source>
        <translation>Vertex AI hat den API-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in the Vertex AI Studio settings.</source>
        <translation>Prüfen Sie den Schlüssel in den Verbindungseinstellungen oder erstellen Sie in den Einstellungen von Vertex AI Studio einen neuen.</translation>
    </message>
    <message>
        <source>This API key has expired.</source>
        <translation>Dieser API-Schlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>Create a new key in Google AI Studio and paste it in Connection settings.</source>
        <translation>Erstellen Sie in Google AI Studio einen neuen Schlüssel und fügen Sie ihn in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>This Vertex AI express key has expired.</source>
        <translation>Dieser Vertex AI Express-Schlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>Create a new key in the Vertex AI Studio settings and paste it in Connection settings.</source>
        <translation>Erstellen Sie in den Einstellungen von Vertex AI Studio einen neuen Schlüssel und fügen Sie ihn in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>Google no longer accepts this older kind of key: create a new key in AI Studio.</source>
        <translation>Google akzeptiert diese ältere Art von Schlüssel nicht mehr: Erstellen Sie in AI Studio einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Keys that start with “AIza” stopped working with the Gemini API in 2026; the keys AI Studio makes now start with “AQ.”.</source>
        <translation>Schlüssel, die mit „AIza“ beginnen, funktionieren seit 2026 nicht mehr mit der Gemini API; die Schlüssel, die AI Studio jetzt erstellt, beginnen mit „AQ.“.</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not the Gemini API.</source>
        <translation>Dieser API-Schlüssel ist auf andere Google-Dienste beschränkt, nicht auf die Gemini API.</translation>
    </message>
    <message>
        <source>Add “Generative Language API” to the key&apos;s API restrictions in Google Cloud, or create a new key in Google AI Studio.</source>
        <translation>Fügen Sie in Google Cloud „Generative Language API“ zu den API-Einschränkungen des Schlüssels hinzu oder erstellen Sie in Google AI Studio einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not Vertex AI.</source>
        <translation>Dieser API-Schlüssel ist auf andere Google-Dienste beschränkt, nicht auf Vertex AI.</translation>
    </message>
    <message>
        <source>Add “Vertex AI API” to the key&apos;s API restrictions in Google Cloud, or use another key.</source>
        <translation>Fügen Sie in Google Cloud „Vertex AI API“ zu den API-Einschränkungen des Schlüssels hinzu oder verwenden Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>The Gemini API does not take this kind of key.</source>
        <translation>Die Gemini API nimmt diese Art von Schlüssel nicht an.</translation>
    </message>
    <message>
        <source>It may be a Vertex AI express key: connect it as one, or use a key from Google AI Studio.</source>
        <translation>Es könnte ein Vertex AI Express-Schlüssel sein: Verbinden Sie ihn als solchen oder verwenden Sie einen Schlüssel aus Google AI Studio.</translation>
    </message>
    <message>
        <source>Vertex AI does not take this key: it is not an express-mode key.</source>
        <translation>Vertex AI nimmt diesen Schlüssel nicht an: Es ist kein Schlüssel für den Express-Modus.</translation>
    </message>
    <message>
        <source>It may be a Gemini API key: connect it as one, or use a key from the Vertex AI Studio settings.</source>
        <translation>Es könnte ein Gemini API-Schlüssel sein: Verbinden Sie ihn als solchen oder verwenden Sie einen Schlüssel aus den Einstellungen von Vertex AI Studio.</translation>
    </message>
    <message>
        <source>Google received an API key and a sign-in together, and takes only one of them.</source>
        <translation>Google hat einen API-Schlüssel und eine Anmeldung zusammen erhalten und akzeptiert nur eines von beiden.</translation>
    </message>
    <message>
        <source>Gemini Desktop sends only one: a proxy or custom endpoint on the way may add the other. Remove it there, or connect without it.</source>
        <translation>Gemini Desktop sendet nur eines: Ein Proxy oder eigener Endpunkt unterwegs fügt womöglich das andere hinzu. Entfernen Sie es dort oder verbinden Sie sich ohne ihn.</translation>
    </message>
    <message>
        <source>{service} is not turned on for this Google Cloud project.</source>
        <translation>{service} ist für dieses Google Cloud-Projekt nicht aktiviert.</translation>
    </message>
    <message>
        <source>The Vertex AI API is not turned on for this Google Cloud project.</source>
        <translation>Die Vertex AI API ist für dieses Google Cloud-Projekt nicht aktiviert.</translation>
    </message>
    <message>
        <source>The Gemini API is not turned on for this Google Cloud project.</source>
        <translation>Die Gemini API ist für dieses Google Cloud-Projekt nicht aktiviert.</translation>
    </message>
    <message>
        <source>Open the link to enable it, wait a minute, then try again.</source>
        <translation>Öffnen Sie den Link, um sie zu aktivieren, warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation>Link: {url}</translation>
    </message>
    <message>
        <source>Your sign-in has expired or is not valid.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder ungültig.</translation>
    </message>
    <message>
        <source>Sign in again in Connection settings.</source>
        <translation>Melden Sie sich in den Verbindungseinstellungen erneut an.</translation>
    </message>
    <message>
        <source>Your account lacks the permission {permission} in this project.</source>
        <translation>Ihrem Konto fehlt in diesem Projekt die Berechtigung {permission}.</translation>
    </message>
    <message>
        <source>Your account is not allowed to use this project or model.</source>
        <translation>Ihr Konto darf dieses Projekt oder Modell nicht verwenden.</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Vertex AI User role, or pick another project.</source>
        <translation>Bitten Sie die Person, der das Projekt gehört, um die Rolle „Vertex AI-Nutzer“, oder wählen Sie ein anderes Projekt.</translation>
    </message>
    <message>
        <source>Google did not allow this API key to use this model or this feature.</source>
        <translation>Google hat diesem API-Schlüssel nicht erlaubt, dieses Modell oder diese Funktion zu verwenden.</translation>
    </message>
    <message>
        <source>Pick another model, or check the key in Google AI Studio (create a new one if it was restricted).</source>
        <translation>Wählen Sie ein anderes Modell oder prüfen Sie den Schlüssel in Google AI Studio (erstellen Sie einen neuen, falls er eingeschränkt wurde).</translation>
    </message>
    <message>
        <source>The server at {host} did not allow this request.</source>
        <translation>Der Server {host} hat diese Anfrage nicht erlaubt.</translation>
    </message>
    <message>
        <source>Check the key and the model in Connection settings.</source>
        <translation>Prüfen Sie Schlüssel und Modell in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>This model was not found, or your project cannot use it in this region.</source>
        <translation>Dieses Modell wurde nicht gefunden, oder Ihr Projekt kann es in dieser Region nicht verwenden.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found, or your project cannot use it in this region.</source>
        <translation>Das Modell „{model}“ wurde nicht gefunden, oder Ihr Projekt kann es in dieser Region nicht verwenden.</translation>
    </message>
    <message>
        <source>Pick another model from the list, or change the region.</source>
        <translation>Wählen Sie ein anderes Modell aus der Liste oder ändern Sie die Region.</translation>
    </message>
    <message>
        <source>The Gemini API has no model “{model}” that this key can use.</source>
        <translation>Die Gemini API hat kein Modell „{model}“, das dieser Schlüssel verwenden kann.</translation>
    </message>
    <message>
        <source>The server at {host} did not find this model.</source>
        <translation>Der Server {host} hat dieses Modell nicht gefunden.</translation>
    </message>
    <message>
        <source>The server at {host} has no model “{model}”.</source>
        <translation>Der Server {host} hat kein Modell „{model}“.</translation>
    </message>
    <message>
        <source>Pick another model from the list.</source>
        <translation>Wählen Sie ein anderes Modell aus der Liste.</translation>
    </message>
    <message>
        <source>You have sent more requests than your quota allows.</source>
        <translation>Sie haben mehr Anfragen gesendet, als Ihr Kontingent erlaubt.</translation>
    </message>
    <message>
        <source>You&apos;ve reached this model&apos;s per-minute limit.</source>
        <translation>Sie haben das Minutenlimit dieses Modells erreicht.</translation>
    </message>
    <message>
        <source>You&apos;ve reached today&apos;s limit for this model; it resets at midnight Pacific time.</source>
        <translation>Sie haben das heutige Limit für dieses Modell erreicht; es wird um Mitternacht pazifischer Zeit zurückgesetzt.</translation>
    </message>
    <message>
        <source>Choose another model, or try again after the reset.</source>
        <translation>Wählen Sie ein anderes Modell oder versuchen Sie es nach dem Zurücksetzen erneut.</translation>
    </message>
    <message>
        <source>It frees up again within a minute; try again then.</source>
        <translation>Es wird innerhalb einer Minute wieder frei; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your prepaid balance for the Gemini API has run out.</source>
        <translation>Ihr Prepaid-Guthaben für die Gemini API ist aufgebraucht.</translation>
    </message>
    <message>
        <source>Add credits to the project in Google AI Studio, then try again.</source>
        <translation>Laden Sie in Google AI Studio Guthaben für das Projekt auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Google&apos;s servers for this model are busy right now; your quota is not used up.</source>
        <translation>Die Server von Google für dieses Modell sind gerade ausgelastet; Ihr Kontingent ist nicht aufgebraucht.</translation>
    </message>
    <message>
        <source>Try again in a minute, or choose another model.</source>
        <translation>Versuchen Sie es in einer Minute erneut oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <source>The server at {host} is receiving more requests than it allows.</source>
        <translation>Der Server unter {host} erhält mehr Anfragen, als er zulässt.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Google took too long to answer.</source>
        <translation>Google hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>Google&apos;s service could not be reached through its gateway.</source>
        <translation>Der Dienst von Google war über sein Gateway nicht erreichbar.</translation>
    </message>
    <message>
        <source>Google&apos;s service is overloaded or down for a moment.</source>
        <translation>Der Dienst von Google ist überlastet oder kurz nicht verfügbar.</translation>
    </message>
    <message>
        <source>Google&apos;s service cancelled this answer before it was finished.</source>
        <translation>Der Dienst von Google hat diese Antwort abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Google&apos;s service had a problem answering.</source>
        <translation>Der Dienst von Google hatte ein Problem beim Antworten.</translation>
    </message>
    <message>
        <source>The server at {host} took too long to answer.</source>
        <translation>Der Server {host} hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The server at {host} cancelled this answer before it was finished.</source>
        <translation>Der Server {host} hat diese Antwort abgebrochen, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>The server at {host} could not reach the service behind it.</source>
        <translation>Der Server {host} konnte den Dienst dahinter nicht erreichen.</translation>
    </message>
    <message>
        <source>The server at {host} is overloaded or down for a moment.</source>
        <translation>Der Server {host} ist überlastet oder kurz nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server at {host} had a problem answering.</source>
        <translation>Der Server {host} hatte ein Problem beim Antworten.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Gemini&apos;s API is not offered in your country or region.</source>
        <translation>Die Gemini API ist in Ihrem Land oder Ihrer Region nicht verfügbar.</translation>
    </message>
    <message>
        <source>Connect through Vertex AI with a Google Cloud project instead.</source>
        <translation>Verbinden Sie sich stattdessen über Vertex AI mit einem Google Cloud-Projekt.</translation>
    </message>
    <message>
        <source>Google cannot answer requests for this project yet.</source>
        <translation>Google kann Anfragen für dieses Projekt noch nicht beantworten.</translation>
    </message>
    <message>
        <source>Check that billing is turned on for the project, then try again.</source>
        <translation>Prüfen Sie, ob die Abrechnung für das Projekt aktiviert ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The request is too large for Google to accept.</source>
        <translation>Die Anfrage ist zu groß, als dass Google sie annehmen könnte.</translation>
    </message>
    <message>
        <source>Remove some attachments or use smaller files.</source>
        <translation>Entfernen Sie einige Anhänge oder verwenden Sie kleinere Dateien.</translation>
    </message>
    <message>
        <source>Google could not accept this request as it is.</source>
        <translation>Google konnte diese Anfrage so nicht annehmen.</translation>
    </message>
    <message>
        <source>Change the settings or the message and send again; the details below say what.</source>
        <translation>Ändern Sie die Einstellungen oder die Nachricht und senden Sie erneut; die Details unten sagen, was.</translation>
    </message>
    <message>
        <source>The answer stopped before the model said it was finished.</source>
        <translation>Die Antwort brach ab, bevor das Modell sie für fertig erklärte.</translation>
    </message>
    <message>
        <source>Send again to get the whole answer.</source>
        <translation>Senden Sie erneut, um die ganze Antwort zu bekommen.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht lesen kann.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, melden Sie es.</translation>
    </message>
    <message>
        <source>The answer was stopped before it was finished.</source>
        <translation>Die Antwort wurde angehalten, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Run the command again to get the whole answer.</source>
        <translation>Führen Sie den Befehl erneut aus, um die ganze Antwort zu bekommen.</translation>
    </message>
    <message>
        <source>The answer arrived garbled.</source>
        <translation>Die Antwort kam verstümmelt an.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check any proxy between you and Google.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, prüfen Sie einen etwaigen Proxy zwischen Ihnen und Google.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it may break the safety rules.</source>
        <translation>Google hat diesen Prompt blockiert, weil er gegen die Sicherheitsregeln verstoßen könnte.</translation>
    </message>
    <message>
        <source>Google blocked this prompt for a reason it did not give.</source>
        <translation>Google hat diesen Prompt aus einem nicht genannten Grund blockiert.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it contains a blocked word or phrase.</source>
        <translation>Google hat diesen Prompt blockiert, weil er ein gesperrtes Wort oder eine gesperrte Wendung enthält.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it asks for prohibited content.</source>
        <translation>Google hat diesen Prompt blockiert, weil er nach verbotenen Inhalten fragt.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because of what one of the images shows.</source>
        <translation>Google hat diesen Prompt blockiert, weil eines der Bilder etwas Unzulässiges zeigt.</translation>
    </message>
    <message>
        <source>The project&apos;s Model Armor policy blocked this prompt.</source>
        <translation>Die Model Armor-Richtlinie des Projekts hat diesen Prompt blockiert.</translation>
    </message>
    <message>
        <source>Google blocked this prompt as an attempt to get around its rules.</source>
        <translation>Google hat diesen Prompt als Versuch blockiert, seine Regeln zu umgehen.</translation>
    </message>
    <message>
        <source>Google blocked this prompt.</source>
        <translation>Google hat diesen Prompt blockiert.</translation>
    </message>
    <message>
        <source>Change the wording or the attachments and send again.</source>
        <translation>Ändern Sie die Formulierung oder die Anhänge und senden Sie erneut.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Gemini Desktop can use, so it cannot save your key.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher (Schlüsselbund), den Gemini Desktop nutzen kann, daher kann Ihr Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Use the key for this session only, or install GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>Verwenden Sie den Schlüssel nur für diese Sitzung, oder installieren Sie GNOME Keyring oder KWallet und melden Sie sich erneut an Ihrem Desktop an.</translation>
    </message>
    <message>
        <source>Your password store (keyring) is locked, so Gemini Desktop cannot read or save your key.</source>
        <translation>Ihr Passwortspeicher (Schlüsselbund) ist gesperrt, daher kann Gemini Desktop Ihren Schlüssel weder lesen noch speichern.</translation>
    </message>
    <message>
        <source>Unlock it (your login password usually does), or use the key for this session only.</source>
        <translation>Entsperren Sie ihn (meist mit Ihrem Anmeldepasswort) oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Your password store (keyring) did not keep the key: Gemini Desktop could not read it back, so it is not saved.</source>
        <translation>Ihr Passwortspeicher (Schlüsselbund) hat den Schlüssel nicht behalten: Gemini Desktop konnte ihn nicht wieder lesen, daher ist er nicht gespeichert.</translation>
    </message>
    <message>
        <source>Use the key for this session only, or set up GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>Verwenden Sie den Schlüssel nur für diese Sitzung oder richten Sie GNOME Keyring oder KWallet ein und melden Sie sich erneut am Desktop an.</translation>
    </message>
    <message>
        <source>Your password store (keyring) refused to read or save the key.</source>
        <translation>Ihr Passwortspeicher (Schlüsselbund) hat das Lesen oder Speichern des Schlüssels verweigert.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, use the key for this session only.</source>
        <translation>Versuchen Sie es erneut; wenn es wieder passiert, verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations right now because the disk is full.</source>
        <translation>Gemini Desktop kann gerade keine Unterhaltungen speichern, weil der Datenträger voll ist.</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; free some space to save it.</source>
        <translation>Diese Unterhaltung bleibt erhalten, bis Sie die App schließen; schaffen Sie Platz, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations because its data folder cannot be written to.</source>
        <translation>Gemini Desktop kann keine Unterhaltungen speichern, weil in seinen Datenordner nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; make {folder} writable to save it.</source>
        <translation>Diese Unterhaltung bleibt erhalten, bis Sie die App schließen; machen Sie {folder} beschreibbar, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Gemini Desktop could not save this conversation.</source>
        <translation>Gemini Desktop konnte diese Unterhaltung nicht speichern.</translation>
    </message>
    <message>
        <source>It is kept until you close the app; try again, and report it if it keeps happening.</source>
        <translation>Sie bleibt erhalten, bis Sie die App schließen; versuchen Sie es erneut und melden Sie es, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist.</source>
        <translation>Der Cloud Storage-Bucket „{bucket}“ existiert nicht.</translation>
    </message>
    <message>
        <source>Check its name in Connection settings, or create it in the Google Cloud console.</source>
        <translation>Prüfen Sie seinen Namen in den Verbindungseinstellungen oder erstellen Sie ihn in der Google Cloud Console.</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist, so {file} cannot be uploaded.</source>
        <translation>Der Cloud Storage-Bucket „{bucket}“ existiert nicht, daher kann {file} nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>Create it in Google Cloud Console or pick another in Connection settings.</source>
        <translation>Erstellen Sie ihn in der Google Cloud Console oder wählen Sie in den Verbindungseinstellungen einen anderen.</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>Ihr Konto darf keine Dateien in den Cloud Storage-Bucket „{bucket}“ hochladen.</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>{who} darf keine Dateien in den Cloud Storage-Bucket „{bucket}“ hochladen.</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>Ihr Konto darf keine Dateien in den Cloud Storage-Bucket „{bucket}“ hochladen, daher kann {file} nicht gesendet werden.</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>{who} darf keine Dateien in den Cloud Storage-Bucket „{bucket}“ hochladen, daher kann {file} nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Storage Object User role on that bucket, or pick another bucket in Connection settings.</source>
        <translation>Bitten Sie die Person, der das Projekt gehört, um die Rolle „Storage-Objektnutzer“ für diesen Bucket, oder wählen Sie in den Verbindungseinstellungen einen anderen Bucket.</translation>
    </message>
    <message>
        <source>{where} refused {file} because too many uploads were made, or too much was stored, in a short time.</source>
        <translation>{where} hat {file} abgelehnt, weil in kurzer Zeit zu viel hochgeladen oder gespeichert wurde.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>Warten Sie {wait} und senden Sie erneut. In die Gemini API hochgeladene Dateien werden nach 48 Stunden von selbst gelöscht.</translation>
    </message>
    <message>
        <source>Wait a minute and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>Warten Sie eine Minute und senden Sie erneut. In die Gemini API hochgeladene Dateien werden nach 48 Stunden von selbst gelöscht.</translation>
    </message>
    <message>
        <source>{file} could not be uploaded.</source>
        <translation>{file} konnte nicht hochgeladen werden.</translation>
    </message>
    <message>
        <source>Send again; if it keeps failing, try a smaller copy of the file.</source>
        <translation>Senden Sie erneut; wenn es weiter fehlschlägt, versuchen Sie es mit einer kleineren Kopie der Datei.</translation>
    </message>
    <message>
        <source>The upload of {file} made no progress for {wait}.</source>
        <translation>Der Upload von {file} ist {wait} lang nicht vorangekommen.</translation>
    </message>
    <message>
        <source>Send again: the upload goes on from where it stopped. If it keeps happening, check your proxy.</source>
        <translation>Senden Sie erneut: Der Upload wird dort fortgesetzt, wo er stehen geblieben ist. Wenn es wieder passiert, prüfen Sie Ihren Proxy.</translation>
    </message>
    <message>
        <source>The connection kept breaking while {file} was uploading.</source>
        <translation>Die Verbindung brach beim Hochladen von {file} immer wieder ab.</translation>
    </message>
    <message>
        <source>Check your internet connection, then send again: the upload goes on from where it stopped.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und senden Sie dann erneut: Das Hochladen geht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Google received {file} but could not read it.</source>
        <translation>Google hat {file} erhalten, konnte die Datei aber nicht lesen.</translation>
    </message>
    <message>
        <source>The file may be damaged or in a format Gemini does not read; save it again as MP4, MP3, PDF, PNG or JPEG and send it again.</source>
        <translation>Die Datei ist vielleicht beschädigt oder in einem Format, das Gemini nicht liest; speichern Sie sie als MP4, MP3, PDF, PNG oder JPEG und senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cloud Storage did not say whether the bucket “{bucket}” can take uploads.</source>
        <translation>Cloud Storage hat nicht mitgeteilt, ob der Bucket „{bucket}“ Uploads annehmen kann.</translation>
    </message>
    <message>
        <source>Test the connection again in a moment.</source>
        <translation>Testen Sie die Verbindung gleich noch einmal.</translation>
    </message>
    <message>
        <source>Google was still preparing {file} after {minutes} minutes.</source>
        <translation>Google hat {file} nach {minutes} Minuten noch immer vorbereitet.</translation>
    </message>
    <message>
        <source>Send again in a few minutes: the file is already uploaded and is not sent a second time.</source>
        <translation>Senden Sie in ein paar Minuten erneut: Die Datei ist schon hochgeladen und wird nicht ein zweites Mal gesendet.</translation>
    </message>
    <message>
        <source>The answer hit the length limit; raise Max answer length in Settings to get more.</source>
        <translation>Die Antwort hat die Längengrenze erreicht; erhöhen Sie in den Einstellungen „Max. Antwortlänge“, um mehr zu bekommen.</translation>
    </message>
    <message>
        <source>Top-P</source>
        <translation>Top-P</translation>
    </message>
    <message>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <source>number of answers</source>
        <translation>Anzahl der Antworten</translation>
    </message>
    <message>
        <source>max answer length</source>
        <translation>max. Antwortlänge</translation>
    </message>
    <message>
        <source>The answer was stopped because it may break the safety rules.</source>
        <translation>Die Antwort wurde angehalten, weil sie gegen die Sicherheitsregeln verstoßen könnte.</translation>
    </message>
    <message>
        <source>The answer was stopped by the safety filter for {names}.</source>
        <translation>Die Antwort wurde vom Sicherheitsfilter für {names} angehalten.</translation>
    </message>
    <message>
        <source>The answer was stopped by the server&apos;s content filter.</source>
        <translation>Die Antwort wurde vom Inhaltsfilter des Servers angehalten.</translation>
    </message>
    <message>
        <source>The answer was stopped because it was repeating text from its training data too closely.</source>
        <translation>Die Antwort wurde angehalten, weil sie Text aus ihren Trainingsdaten zu genau wiederholte.</translation>
    </message>
    <message>
        <source>The answer was stopped because it was in a language the model does not support.</source>
        <translation>Die Antwort wurde angehalten, weil sie in einer Sprache war, die das Modell nicht unterstützt.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained a blocked word or phrase.</source>
        <translation>Die Antwort wurde angehalten, weil sie ein gesperrtes Wort oder eine gesperrte Wendung enthielt.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained prohibited content.</source>
        <translation>Die Antwort wurde angehalten, weil sie verbotene Inhalte enthielt.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained sensitive personal information.</source>
        <translation>Die Antwort wurde angehalten, weil sie sensible persönliche Daten enthielt.</translation>
    </message>
    <message>
        <source>The answer was stopped because an image it made may break the safety rules.</source>
        <translation>Die Antwort wurde angehalten, weil ein von ihr erzeugtes Bild gegen die Sicherheitsregeln verstoßen könnte.</translation>
    </message>
    <message>
        <source>The answer was stopped because the model made a broken tool call.</source>
        <translation>Die Antwort wurde angehalten, weil das Modell einen fehlerhaften Tool-Aufruf erzeugt hat.</translation>
    </message>
    <message>
        <source>The answer was stopped for a reason the model did not give.</source>
        <translation>Die Antwort wurde aus einem Grund angehalten, den das Modell nicht genannt hat.</translation>
    </message>
    <message>
        <source>The answer ended early ({reason}).</source>
        <translation>Die Antwort endete vorzeitig ({reason}).</translation>
    </message>
    <message>
        <source>Describe this image.</source>
        <translation>Beschreibe dieses Bild.</translation>
    </message>
    <message>
        <source>Describe this video.</source>
        <translation>Beschreibe dieses Video.</translation>
    </message>
    <message>
        <source>Describe this audio recording.</source>
        <translation>Beschreibe diese Audioaufnahme.</translation>
    </message>
    <message>
        <source>Summarize this document.</source>
        <translation>Fasse dieses Dokument zusammen.</translation>
    </message>
    <message>
        <source>Summarize this text.</source>
        <translation>Fasse diesen Text zusammen.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ist leer.</translation>
    </message>
    <message>
        <source>Choose the file again, or another one.</source>
        <translation>Wählen Sie die Datei erneut oder eine andere.</translation>
    </message>
    <message>
        <source>{file} is {size}; {where} reads files up to {limit}.</source>
        <translation>{file} ist {size} groß; {where} liest Dateien bis {limit}.</translation>
    </message>
    <message>
        <source>{limit} and {over}</source>
        <translation>{limit} und {over}</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>die Gemini API</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>{file} is {size}; the OpenAI-compatible connection sends files only inside the message, up to {limit} in all.</source>
        <translation>{file} ist {size} groß; die OpenAI-kompatible Verbindung sendet Dateien nur innerhalb der Nachricht, bis insgesamt {limit}.</translation>
    </message>
    <message>
        <source>Use a smaller copy, or connect through the Gemini API or Vertex AI, which upload larger files.</source>
        <translation>Verwenden Sie eine kleinere Kopie oder verbinden Sie sich über die Gemini API oder Vertex AI, die größere Dateien hochladen.</translation>
    </message>
    <message>
        <source>{file} is {size}; without a Cloud Storage bucket, Vertex AI takes files only inside the message, up to {limit} in all.</source>
        <translation>{file} ist {size} groß; ohne Cloud Storage-Bucket nimmt Vertex AI Dateien nur innerhalb der Nachricht an, bis insgesamt {limit}.</translation>
    </message>
    <message>
        <source>Set a Cloud Storage bucket in Connection settings (it needs a Google Cloud project), or use a smaller copy of the file.</source>
        <translation>Legen Sie in den Verbindungseinstellungen einen Cloud Storage-Bucket fest (dafür braucht es ein Google Cloud-Projekt) oder verwenden Sie eine kleinere Kopie der Datei.</translation>
    </message>
    <message>
        <source>{file} is {size}; files up to {limit} can be sent with the message.</source>
        <translation>{file} ist {size} groß; mit der Nachricht können Dateien bis {limit} gesendet werden.</translation>
    </message>
    <message>
        <source>Use a shorter clip or a smaller copy of the file.</source>
        <translation>Verwenden Sie einen kürzeren Ausschnitt oder eine kleinere Kopie der Datei.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the file, or split it into parts.</source>
        <translation>Verwenden Sie eine kleinere Kopie der Datei oder teilen Sie sie in mehrere Teile.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos up to {limit} long.</source>
        <translation>{file} dauert {length}; Gemini liest Videos bis {limit} Länge.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos with sound up to {limit} long.</source>
        <translation>{file} dauert {length}; Gemini liest Videos mit Ton bis {limit} Länge.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads recordings up to {limit} long.</source>
        <translation>{file} dauert {length}; Gemini liest Aufnahmen bis {limit} Länge.</translation>
    </message>
    <message>
        <source>Cut it into shorter parts and send them one at a time.</source>
        <translation>Schneiden Sie sie in kürzere Teile und senden Sie diese einzeln.</translation>
    </message>
    <message>
        <source>This message has {count} photos; Gemini reads at most {limit} photos in one message.</source>
        <translation>Diese Nachricht hat {count} Fotos; Gemini liest höchstens {limit} Fotos pro Nachricht.</translation>
    </message>
    <message>
        <source>This message has {count} documents; Gemini reads at most {limit} documents in one message.</source>
        <translation>Diese Nachricht hat {count} Dokumente; Gemini liest höchstens {limit} Dokumente pro Nachricht.</translation>
    </message>
    <message>
        <source>This message has {count} videos; Gemini reads at most {limit} videos in one message.</source>
        <translation>Diese Nachricht hat {count} Videos; Gemini liest höchstens {limit} Videos pro Nachricht.</translation>
    </message>
    <message>
        <source>This message has {count} recordings; Gemini reads at most 1 recording in one message.</source>
        <translation>Diese Nachricht hat {count} Aufnahmen; Gemini liest höchstens 1 Aufnahme pro Nachricht.</translation>
    </message>
    <message>
        <source>This message has {count} YouTube links; Gemini reads at most 1 YouTube link in one message.</source>
        <translation>Diese Nachricht hat {count} YouTube-Links; Gemini liest höchstens 1 YouTube-Link pro Nachricht.</translation>
    </message>
    <message>
        <source>Remove {file}, or send it in another message.</source>
        <translation>Entfernen Sie {file} oder senden Sie die Datei in einer anderen Nachricht.</translation>
    </message>
    <message>
        <source>Remove {file} and {more} more, or send them in another message.</source>
        <translation>Entfernen Sie {file} und {more} weitere oder senden Sie sie in einer anderen Nachricht.</translation>
    </message>
    <message>
        <source>{file} is a {kind} image, which Gemini cannot read.</source>
        <translation>{file} ist ein {kind}-Bild, das Gemini nicht lesen kann.</translation>
    </message>
    <message>
        <source>Save it as PNG or JPEG first (any image viewer can), then add it again.</source>
        <translation>Speichern Sie es zuerst als PNG oder JPEG (das kann jeder Bildbetrachter) und fügen Sie es dann erneut hinzu.</translation>
    </message>
    <message>
        <source>{file} is not a kind of file Gemini can read.</source>
        <translation>{file} ist keine Dateiart, die Gemini lesen kann.</translation>
    </message>
    <message>
        <source>Choose a photo (JPEG, PNG, WebP, HEIC), a video, a recording, a PDF or a text file.</source>
        <translation>Wählen Sie ein Foto (JPEG, PNG, WebP, HEIC), ein Video, eine Aufnahme, ein PDF oder eine Textdatei.</translation>
    </message>
    <message>
        <source>There are {count} stop sequences; at most {limit} are allowed.</source>
        <translation>Es gibt {count} Stoppsequenzen; erlaubt sind höchstens {limit}.</translation>
    </message>
    <message>
        <source>Remove some stop sequences.</source>
        <translation>Entfernen Sie einige Stoppsequenzen.</translation>
    </message>
    <message>
        <source>A stop sequence is empty.</source>
        <translation>Eine Stoppsequenz ist leer.</translation>
    </message>
    <message>
        <source>Remove the empty stop sequence.</source>
        <translation>Entfernen Sie die leere Stoppsequenz.</translation>
    </message>
    <message>
        <source>A response schema only works when the answer format is JSON or a choice from a list (application/json or text/x.enum).</source>
        <translation>Ein Antwortschema funktioniert nur, wenn das Antwortformat JSON oder eine Auswahl aus einer Liste ist (application/json oder text/x.enum).</translation>
    </message>
    <message>
        <source>Set the answer format to JSON, or remove the schema.</source>
        <translation>Stellen Sie das Antwortformat auf JSON oder entfernen Sie das Schema.</translation>
    </message>
    <message>
        <source>No model is chosen.</source>
        <translation>Es ist kein Modell gewählt.</translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation>Wählen Sie ein Modell.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Type a question or attach a file.</source>
        <translation>Geben Sie eine Frage ein oder hängen Sie eine Datei an.</translation>
    </message>
    <message>
        <source>The {setting} is {value}, outside the allowed range {low} to {high}.</source>
        <translation>Der Wert für {setting} ist {value} und liegt außerhalb des erlaubten Bereichs von {low} bis {high}.</translation>
    </message>
    <message>
        <source>Choose a {setting} between {low} and {high}.</source>
        <translation>Wählen Sie für {setting} einen Wert zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>Häufigkeitsstrafe</translation>
    </message>
    <message>
        <source>logprobs</source>
        <translation>Logprobs</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Ask the connection for its list of models again</source>
        <translation>Die Verbindung erneut nach ihrer Modellliste fragen</translation>
    </message>
    <message>
        <source>Refresh the list of models</source>
        <translation>Modellliste aktualisieren</translation>
    </message>
    <message>
        <source>%1 · preview</source>
        <translation>%1 · Vorschau</translation>
    </message>
    <message>
        <source>The connection&apos;s model</source>
        <translation>Modell der Verbindung</translation>
    </message>
    <message>
        <source>Loading the list of models…</source>
        <translation>Modellliste wird geladen…</translation>
    </message>
    <message>
        <source>Uses the connection&apos;s model, %1.</source>
        <translation>Verwendet das Modell der Verbindung, %1.</translation>
    </message>
    <message>
        <source>Not in this connection&apos;s list; sent as typed.</source>
        <translation>Nicht in der Liste dieser Verbindung; wird wie eingegeben gesendet.</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>%1 · context %2 tokens · %3</source>
        <translation>%1 · Kontext %2 Tokens · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>NamingDialog</name>
    <message>
        <source>XMP sidecars</source>
        <translation>XMP-Filialdateien</translation>
    </message>
    <message>
        <source>How should the sidecar files be named?</source>
        <translation>Wie sollen die Filialdateien heißen?</translation>
    </message>
    <message>
        <source>photo.xmp (Lightroom, Capture One, DxO)</source>
        <translation>foto.xmp (Lightroom, Capture One, DxO)</translation>
    </message>
    <message>
        <source>photo.jpg.xmp (digiKam, darktable)</source>
        <translation>foto.jpg.xmp (digiKam, darktable)</translation>
    </message>
    <message>
        <source>Sidecars already there are added to, never replaced; the photos are not changed.</source>
        <translation>Vorhandene Filialdateien werden ergänzt, nie ersetzt; die Fotos bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>OpenAiServerForm</name>
    <message>
        <source>Enter the server&apos;s address first, for example http://localhost:11434/v1.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein, zum Beispiel http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Enter the address of a server that speaks the OpenAI API and, if it needs one, its key.</source>
        <translation>Geben Sie die Adresse eines Servers ein, der die OpenAI API spricht, und, falls nötig, seinen Schlüssel.</translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation>Schlüssel (optional)</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>nur, wenn der Server einen verlangt</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation>Name des Modells auf dem Server</translation>
    </message>
    <message>
        <source>Check that the key belongs to this server.</source>
        <translation>Prüfen Sie, ob der Schlüssel zu diesem Server gehört.</translation>
    </message>
    <message>
        <source>Check the address and key</source>
        <translation>Adresse und Schlüssel prüfen</translation>
    </message>
</context>
<context>
    <name>ParameterDock</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>Fotos und Video</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>Put every setting here back to its default (the model&apos;s own choices)</source>
        <translation>Alle Einstellungen hier auf ihren Standard zurücksetzen (die Vorgaben des Modells)</translation>
    </message>
    <message>
        <source>The JSON schema needs fixing. %1</source>
        <translation>Das JSON-Schema muss korrigiert werden. %1</translation>
    </message>
    <message>
        <source>“Alternatives” only works with “Show how sure the model was” on. Switch that on, or reset Alternatives.</source>
        <translation>„Alternativen“ funktioniert nur, wenn „Zeigen, wie sicher das Modell war“ eingeschaltet ist. Schalten Sie das ein oder setzen Sie Alternativen zurück.</translation>
    </message>
    <message>
        <source>%1 writes at most %2 tokens per answer, and Max answer length is %3. Lower Max answer length to %2 or less.</source>
        <translation>%1 schreibt höchstens %2 Tokens pro Antwort, und die max. Antwortlänge ist %3. Setzen Sie die max. Antwortlänge auf %2 oder weniger.</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Model default (%1)</source>
        <translation>Modellstandard (%1)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>Zum Beispiel: Antworte kurz und in einfachem Deutsch.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Safety filters only act on answers. “Judged by” works on Vertex AI only, and needs at least one filter set above.</source>
        <translation>Sicherheitsfilter wirken nur auf Antworten. „Bewertet nach“ funktioniert nur mit Vertex AI und braucht mindestens einen oben eingestellten Filter.</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>Zurück zum Standard: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Which Gemini model answers. Pro models think harder; Flash models are faster and cost less. Type any part of a name to search, or type the name of a model that is not listed: it is sent as you typed it.</source>
        <translation>Welches Gemini-Modell antwortet. Pro-Modelle denken gründlicher; Flash-Modelle sind schneller und günstiger. Tippen Sie einen Teil eines Namens, um zu suchen, oder den Namen eines nicht aufgeführten Modells: Er wird so gesendet, wie Sie ihn eingeben.</translation>
    </message>
    <message>
        <source>the model chosen in Connection settings.</source>
        <translation>das in den Verbindungseinstellungen gewählte Modell.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0–0.5): focused and repeatable. High (1.5–2): varied and creative.</source>
        <translation>Wie experimentierfreudig die Formulierung ist. Niedrig (0–0,5): gezielt und wiederholbar. Hoch (1,5–2): abwechslungsreich und kreativ.</translation>
    </message>
    <message>
        <source>the model&apos;s own (1.0 for Gemini 2.x).</source>
        <translation>die Vorgabe des Modells (1,0 bei Gemini 2.x).</translation>
    </message>
    <message>
        <source>Max answer length</source>
        <translation>Max. Antwortlänge</translation>
    </message>
    <message>
        <source>The longest answer the model may write, in tokens (a token is about ¾ of a word: 1,000 tokens ≈ 750 words). The answer stops when it reaches this. On Gemini 2.5, thinking uses part of it.</source>
        <translation>Die längste Antwort, die das Modell schreiben darf, in Tokens (ein Token ist etwa ¾ eines Wortes: 1.000 Tokens ≈ 750 Wörter). Die Antwort endet, wenn sie diese Länge erreicht. Bei Gemini 2.5 verbraucht das Denken einen Teil davon.</translation>
    </message>
    <message>
        <source>the model&apos;s own limit (65,536 tokens for Gemini 2.5).</source>
        <translation>die Grenze des Modells (65.536 Tokens bei Gemini 2.5).</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Standing instructions the model follows for the whole conversation, such as “Answer in French” or “Explain it as you would to a beginner”.</source>
        <translation>Dauerhafte Anweisungen, die das Modell in der ganzen Unterhaltung befolgt, etwa „Antworte auf Französisch“ oder „Erkläre es wie für Anfänger“.</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>keine.</translation>
    </message>
    <message>
        <source>Search Google for up-to-date facts</source>
        <translation>Google nach aktuellen Fakten durchsuchen</translation>
    </message>
    <message>
        <source>Lets the model look things up on Google and show its sources. Useful for news and recent facts. Google may charge for searches beyond a free allowance.</source>
        <translation>Lässt das Modell Dinge bei Google nachschlagen und seine Quellen zeigen. Nützlich für Nachrichten und aktuelle Fakten. Google kann Suchen über ein kostenloses Kontingent hinaus berechnen.</translation>
    </message>
    <message>
        <source>off.</source>
        <translation>aus.</translation>
    </message>
    <message>
        <source>Top-P</source>
        <translation>Top-P</translation>
    </message>
    <message>
        <source>How wide a choice of words the model considers (0–1). Lower keeps to the most likely words: plainer and safer. Higher lets in less likely ones: more surprising.</source>
        <translation>Wie breit die Wortauswahl ist, die das Modell in Betracht zieht (0–1). Niedriger bleibt bei den wahrscheinlichsten Wörtern: schlichter und sicherer. Höher lässt weniger wahrscheinliche zu: überraschender.</translation>
    </message>
    <message>
        <source>the model&apos;s own (0.95 for Gemini 2.x).</source>
        <translation>die Vorgabe des Modells (0,95 bei Gemini 2.x).</translation>
    </message>
    <message>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <source>The model picks each next word from only this many likely candidates (1–100; Vertex AI accepts up to 40). Lower: more predictable. Higher: more varied.</source>
        <translation>Das Modell wählt jedes nächste Wort nur aus so vielen wahrscheinlichen Kandidaten (1–100; Vertex AI erlaubt bis 40). Niedriger: vorhersehbarer. Höher: abwechslungsreicher.</translation>
    </message>
    <message>
        <source>the model&apos;s own (often 40 or 64).</source>
        <translation>die Vorgabe des Modells (oft 40 oder 64).</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>How many different answers the model writes at once (1–8). While an answer streams, only the first one is shown, so more mostly adds cost.</source>
        <translation>Wie viele verschiedene Antworten das Modell auf einmal schreibt (1–8). Während eine Antwort eintrifft, wird nur die erste gezeigt, mehr kostet also vor allem mehr.</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>Stoppen bei</translation>
    </message>
    <message>
        <source>The answer stops as soon as the model writes one of these words or phrases, which is left out. Capitals matter. Up to 5.</source>
        <translation>Die Antwort endet, sobald das Modell eines dieser Wörter oder eine dieser Wendungen schreibt, die dann weggelassen wird. Groß- und Kleinschreibung zählt. Bis zu 5.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Präsenzstrafe</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values nudge the model towards topics and words it has not used yet; negative values let it stay with what it already said.</source>
        <translation>Von −2 bis 2. Positive Werte lenken das Modell zu Themen und Wörtern, die es noch nicht verwendet hat; negative Werte lassen es bei dem bleiben, was es schon gesagt hat.</translation>
    </message>
    <message>
        <source>the model&apos;s own (0: no nudge).</source>
        <translation>die Vorgabe des Modells (0: keine Lenkung).</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Häufigkeitsstrafe</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values make the model repeat the same words less often; negative values allow more repetition.</source>
        <translation>Von −2 bis 2. Positive Werte lassen das Modell dieselben Wörter seltener wiederholen; negative Werte erlauben mehr Wiederholung.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Set a number to get nearly the same answer when you ask the same question again with the same settings. Not guaranteed.</source>
        <translation>Legen Sie eine Zahl fest, um fast dieselbe Antwort zu bekommen, wenn Sie dieselbe Frage mit denselben Einstellungen erneut stellen. Nicht garantiert.</translation>
    </message>
    <message>
        <source>random: a new one for every answer.</source>
        <translation>zufällig: für jede Antwort ein neuer.</translation>
    </message>
    <message>
        <source>Answer format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>Plain text: ordinary answers. JSON: structured data a program can read; describe its shape in the schema below. One choice from a list (text/x.enum): for sorting things into categories.</source>
        <translation>Reiner Text: gewöhnliche Antworten. JSON: strukturierte Daten, die ein Programm lesen kann; beschreiben Sie ihre Form im Schema unten. Eine Auswahl aus einer Liste (text/x.enum): zum Einordnen in Kategorien.</translation>
    </message>
    <message>
        <source>plain text.</source>
        <translation>reiner Text.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>The shape the JSON answer must have: its fields and their types (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Checked as you type.</source>
        <translation>Die Form, die die JSON-Antwort haben muss: ihre Felder und deren Typen (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Wird beim Tippen geprüft.</translation>
    </message>
    <message>
        <source>none: any JSON.</source>
        <translation>keins: beliebiges JSON.</translation>
    </message>
    <message>
        <source>Show how sure the model was</source>
        <translation>Zeigen, wie sicher das Modell war</translation>
    </message>
    <message>
        <source>Adds how likely each word of the answer was (token log probabilities). A preview feature with a small daily limit.</source>
        <translation>Fügt hinzu, wie wahrscheinlich jedes Wort der Antwort war (Log-Wahrscheinlichkeiten der Tokens). Eine Vorschaufunktion mit kleinem Tageslimit.</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>How many other likely words to list at each step (1–20). Needs “Show how sure the model was” on.</source>
        <translation>Wie viele andere wahrscheinliche Wörter bei jedem Schritt aufgeführt werden (1–20). Erfordert „Zeigen, wie sicher das Modell war“.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>How much the model thinks before it answers. More helps with hard questions but is slower and costs more. Each model offers its own levels.</source>
        <translation>Wie viel das Modell vor dem Antworten denkt. Mehr hilft bei schweren Fragen, ist aber langsamer und teurer. Jedes Modell bietet eigene Stufen.</translation>
    </message>
    <message>
        <source>the model&apos;s own level, marked (default).</source>
        <translation>die Stufe des Modells, mit (Standard) markiert.</translation>
    </message>
    <message>
        <source>How much the model may think before it answers, in tokens. More helps with hard questions but is slower and costs more. Off: no thinking (Gemini 2.5 Pro cannot switch it off). Dynamic: the model decides.</source>
        <translation>Wie viel das Modell vor dem Antworten denken darf, in Tokens. Mehr hilft bei schweren Fragen, ist aber langsamer und teurer. Aus: kein Denken (bei Gemini 2.5 Pro nicht abschaltbar). Dynamisch: Das Modell entscheidet.</translation>
    </message>
    <message>
        <source>the model&apos;s own (dynamic on Gemini 2.5).</source>
        <translation>die Vorgabe des Modells (dynamisch bei Gemini 2.5).</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>Gedanken zeigen</translation>
    </message>
    <message>
        <source>Shows a summary of the model&apos;s thinking above its answer, folded until you open it.</source>
        <translation>Zeigt eine Zusammenfassung der Überlegungen des Modells über seiner Antwort, zugeklappt, bis Sie sie öffnen.</translation>
    </message>
    <message>
        <source>on.</source>
        <translation>an.</translation>
    </message>
    <message>
        <source>Understand times in audio</source>
        <translation>Zeitangaben in Audio verstehen</translation>
    </message>
    <message>
        <source>For audio-only files: lets the model refer to moments by their time, such as “at 1:23”.</source>
        <translation>Für reine Audiodateien: Das Modell kann sich auf Momente über ihre Zeit beziehen, etwa „bei 1:23“.</translation>
    </message>
    <message>
        <source>Media resolution</source>
        <translation>Medienauflösung</translation>
    </message>
    <message>
        <source>How many tokens each picture or video frame uses: how closely the model looks at it. Low saves tokens and time on long videos. High lets the model read small text in pictures. Medium is in between.</source>
        <translation>Wie viele Tokens jedes Bild oder Videobild verbraucht: wie genau das Modell hinsieht. Niedrig spart Tokens und Zeit bei langen Videos. Hoch lässt das Modell kleine Schrift in Bildern lesen. Mittel liegt dazwischen.</translation>
    </message>
    <message>
        <source>the model decides.</source>
        <translation>Das Modell entscheidet.</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>Bilddetails</translation>
    </message>
    <message>
        <source>How large photos are when they are sent: at most 3,072 pixels on the long side (High), 1,536 (Balanced) or 768 (Low). Smaller photos upload faster and use fewer tokens, and are sent without camera details such as the location. Original sends each photo exactly as it is. Applies to every conversation.</source>
        <translation>Wie groß Fotos beim Senden sind: höchstens 3.072 Pixel an der langen Seite (Hoch), 1.536 (Ausgewogen) oder 768 (Niedrig). Kleinere Fotos laden schneller hoch, verbrauchen weniger Tokens und werden ohne Kameradaten wie den Aufnahmeort gesendet. Original sendet jedes Foto genau so, wie es ist. Gilt für alle Unterhaltungen.</translation>
    </message>
    <message>
        <source>Balanced (1,536 pixels on the long side).</source>
        <translation>Ausgewogen (1.536 Pixel an der langen Seite).</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Bewertet nach</translation>
    </message>
    <message>
        <source>Probability: blocks by how likely the answer is harmful. Severity: also weighs how harmful it would be. Only Vertex AI reads this; with an AI Studio key it is left out.</source>
        <translation>Wahrscheinlichkeit: blockiert danach, wie wahrscheinlich die Antwort schädlich ist. Schweregrad: berücksichtigt auch, wie schädlich sie wäre. Nur Vertex AI liest das; mit einem AI Studio-Schlüssel wird es weggelassen.</translation>
    </message>
    <message>
        <source>the model&apos;s own (probability).</source>
        <translation>die Vorgabe des Modells (Wahrscheinlichkeit).</translation>
    </message>
    <message>
        <source>the model&apos;s own setting, which depends on the model.</source>
        <translation>die Vorgabe des Modells, je nach Modell.</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>Hassrede</translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation>Gefährliche Inhalte</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Belästigung</translation>
    </message>
    <message>
        <source>Sexually explicit</source>
        <translation>Sexuell explizit</translation>
    </message>
    <message>
        <source>Civic integrity</source>
        <translation>Integrität von Wahlen</translation>
    </message>
    <message>
        <source>attacks on people for who they are</source>
        <translation>Angriffen auf Menschen wegen ihrer Identität</translation>
    </message>
    <message>
        <source>help or encouragement to do harmful things</source>
        <translation>Hilfe oder Ermutigung zu schädlichem Tun</translation>
    </message>
    <message>
        <source>bullying or threats against someone</source>
        <translation>Mobbing oder Drohungen gegen jemanden</translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation>sexuellen Inhalten</translation>
    </message>
    <message>
        <source>misleading claims about elections and voting</source>
        <translation>irreführenden Behauptungen über Wahlen und Abstimmungen</translation>
    </message>
    <message>
        <source>How readily answers with %1 are blocked. Block most: even at low risk. Block some: at medium risk and above. Block few: only at high risk. Don&apos;t block: nothing is blocked, but the filter still rates each answer. Turn the filter off: it does not run at all.</source>
        <translation>Wie schnell Antworten mit %1 blockiert werden. Viel blockieren: schon bei geringem Risiko. Einiges blockieren: ab mittlerem Risiko. Wenig blockieren: nur bei hohem Risiko. Nicht blockieren: Nichts wird blockiert, aber der Filter bewertet jede Antwort weiter. Filter ausschalten: Er läuft gar nicht.</translation>
    </message>
    <message>
        <source>Don&apos;t block (filters still run)</source>
        <translation>Nicht blockieren (Filter laufen weiter)</translation>
    </message>
    <message>
        <source>Turn the filter off</source>
        <translation>Filter ausschalten</translation>
    </message>
    <message>
        <source>Nothing is blocked. The filter still runs: it rates each answer&apos;s risk and the answer says so.</source>
        <translation>Nichts wird blockiert. Der Filter läuft weiter: Er bewertet das Risiko jeder Antwort, und die Antwort zeigt es an.</translation>
    </message>
    <message>
        <source>The filter does not run at all: nothing is blocked and no risk is rated.</source>
        <translation>Der Filter läuft gar nicht: Nichts wird blockiert und kein Risiko bewertet.</translation>
    </message>
    <message>
        <source>Block most (low and above)</source>
        <translation>Viel blockieren (ab niedrig)</translation>
    </message>
    <message>
        <source>Block some (medium and above)</source>
        <translation>Einiges blockieren (ab mittel)</translation>
    </message>
    <message>
        <source>Block few (only high)</source>
        <translation>Wenig blockieren (nur hoch)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>Eine Auswahl aus einer Liste</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>Das Modell entscheidet.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Fewest tokens: cheaper and faster, and enough for most videos.</source>
        <translation>Die wenigsten Tokens: günstiger und schneller, und für die meisten Videos genug.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>More tokens, for more detail.</source>
        <translation>Mehr Tokens, für mehr Details.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>The most detail: small print in photos, scans and screenshots.</source>
        <translation>Die meisten Details: Kleingedrucktes in Fotos, Scans und Screenshots.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Exactly as taken, with the camera details such as the location.</source>
        <translation>Genau wie aufgenommen, mit Kameradaten wie dem Aufnahmeort.</translation>
    </message>
    <message>
        <source>At most 3,072 pixels on the long side.</source>
        <translation>Höchstens 3.072 Pixel an der langen Seite.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>At most 1,536 pixels on the long side.</source>
        <translation>Höchstens 1.536 Pixel an der langen Seite.</translation>
    </message>
    <message>
        <source>At most 768 pixels on the long side: the fastest, and the fewest tokens.</source>
        <translation>Höchstens 768 Pixel an der langen Seite: am schnellsten und mit den wenigsten Tokens.</translation>
    </message>
    <message>
        <source>Photos are sent exactly as taken, with their camera details such as the GPS location.</source>
        <translation>Fotos werden genau wie aufgenommen gesendet, mit Kameradaten wie dem GPS-Standort.</translation>
    </message>
    <message>
        <source>%1 chooses this itself</source>
        <translation>%1 wählt das selbst</translation>
    </message>
    <message>
        <source>%1 writes one answer at a time</source>
        <translation>%1 schreibt eine Antwort auf einmal</translation>
    </message>
    <message>
        <source>%1 does not accept this setting</source>
        <translation>%1 nimmt diese Einstellung nicht an</translation>
    </message>
    <message>
        <source>%1 answers without thinking first</source>
        <translation>%1 antwortet, ohne vorher zu denken</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Saved connection:</source>
        <translation>Gespeicherte Verbindung:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>QuestionFilesController</name>
    <message>
        <source>%1 opens once the question is saved.</source>
        <translation>%1 lässt sich öffnen, sobald die Frage gespeichert ist.</translation>
    </message>
    <message>
        <source>%1 could not be opened. The details are in the log file.</source>
        <translation>%1 konnte nicht geöffnet werden. Die Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>No app on this computer could open %1.</source>
        <translation>Keine App auf diesem Computer konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Line %1, column %2, in “%4”: %3</source>
        <translation>Zeile %1, Spalte %2, in „%4“: %3</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the schema is nested too deeply.</source>
        <translation>Das Schema ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>the schema must be an object in curly braces, like { &quot;type&quot;: &quot;OBJECT&quot; }.</source>
        <translation>Das Schema muss ein Objekt in geschweiften Klammern sein, etwa { &quot;type&quot;: &quot;OBJECT&quot; }.</translation>
    </message>
    <message>
        <source>a comma is missing between two entries.</source>
        <translation>Zwischen zwei Einträgen fehlt ein Komma.</translation>
    </message>
    <message>
        <source>a name in &quot;double quotes&quot; is expected here (or there is a comma too many).</source>
        <translation>Hier wird ein Name in &quot;doppelten Anführungszeichen&quot; erwartet (oder es steht ein Komma zu viel).</translation>
    </message>
    <message>
        <source>a colon (:) is missing after the name.</source>
        <translation>Nach dem Namen fehlt ein Doppelpunkt (:).</translation>
    </message>
    <message>
        <source>a value is missing here (or there is a comma too many).</source>
        <translation>Hier fehlt ein Wert (oder es steht ein Komma zu viel).</translation>
    </message>
    <message>
        <source>a text in quotes is not closed: add the closing &quot;.</source>
        <translation>Ein Text in Anführungszeichen ist nicht geschlossen: Fügen Sie das schließende &quot; hinzu.</translation>
    </message>
    <message>
        <source>a text in quotes runs over a line break: close it first.</source>
        <translation>Ein Text in Anführungszeichen geht über einen Zeilenumbruch: Schließen Sie ihn vorher.</translation>
    </message>
    <message>
        <source>a backslash (\) starts an unknown code: write \\ for a backslash.</source>
        <translation>Ein Backslash (\) leitet einen unbekannten Code ein: Schreiben Sie \\ für einen Backslash.</translation>
    </message>
    <message>
        <source>there is more text after the end of the schema.</source>
        <translation>Nach dem Ende des Schemas steht noch Text.</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>Das ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>each part of the schema must be an object in curly braces.</source>
        <translation>Jeder Teil des Schemas muss ein Objekt in geschweiften Klammern sein.</translation>
    </message>
    <message>
        <source>&quot;anyOf&quot; must be a list of schemas in [ ].</source>
        <translation>&quot;anyOf&quot; muss eine Liste von Schemas in [ ] sein.</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing. Add one of: %1.</source>
        <translation>&quot;type&quot; fehlt. Fügen Sie eines hinzu von: %1.</translation>
    </message>
    <message>
        <source>%1 is not a type the model knows. Use one of: %2.</source>
        <translation>%1 ist kein Typ, den das Modell kennt. Verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object that names each field, like { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</source>
        <translation>&quot;properties&quot; muss ein Objekt sein, das jedes Feld benennt, etwa { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be an object that describes one entry, like { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>&quot;items&quot; muss ein Objekt sein, das einen Eintrag beschreibt, etwa { &quot;type&quot;: &quot;STRING&quot; }.</translation>
    </message>
    <message>
        <source>a list (ARRAY) needs &quot;items&quot; saying what each entry looks like, like &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>Eine Liste (ARRAY) braucht &quot;items&quot;, das beschreibt, wie jeder Eintrag aussieht, etwa &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be a list of field names, like [ &quot;name&quot;, &quot;age&quot; ].</source>
        <translation>&quot;required&quot; muss eine Liste von Feldnamen sein, etwa [ &quot;name&quot;, &quot;age&quot; ].</translation>
    </message>
    <message>
        <source>&quot;enum&quot; must be a list of the allowed values, like [ &quot;a&quot;, &quot;b&quot; ].</source>
        <translation>&quot;enum&quot; muss eine Liste der erlaubten Werte sein, etwa [ &quot;a&quot;, &quot;b&quot; ].</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>For example:
%1</source>
        <translation>Zum Beispiel:
%1</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Antwortschema</translation>
    </message>
    <message>
        <source>✓ The schema is valid.</source>
        <translation>✓ Das Schema ist gültig.</translation>
    </message>
    <message>
        <source>Optional: describe the JSON the answer must follow.</source>
        <translation>Optional: Beschreiben Sie das JSON, dem die Antwort folgen muss.</translation>
    </message>
</context>
<context>
    <name>SentFileChip</name>
    <message>
        <source>%1
Click to open it</source>
        <translation>%1
Zum Öffnen klicken</translation>
    </message>
    <message>
        <source>%1
Open the video in your browser: %2</source>
        <translation>%1
Video im Browser öffnen: %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>%1
Not sent: it could not be read when the question was sent.</source>
        <translation>%1
Nicht gesendet: Die Datei konnte beim Senden der Frage nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SharedFields</name>
    <message>
        <source>A name you will recognise in the list</source>
        <translation>Ein Name, den Sie in der Liste wiedererkennen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>for example http://localhost:11434/v1</source>
        <translation>zum Beispiel http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>your Google Cloud project ID</source>
        <translation>Ihre Google Cloud-Projekt-ID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Vertex AI (native)</source>
        <translation>Vertex AI (nativ)</translation>
    </message>
    <message>
        <source>Vertex AI (OpenAI-compatible)</source>
        <translation>Vertex AI (OpenAI-kompatibel)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>optional, for example my-bucket</source>
        <translation>optional, zum Beispiel my-bucket</translation>
    </message>
    <message>
        <source>Cloud Storage bucket (for large files)</source>
        <translation>Cloud Storage-Bucket (für große Dateien)</translation>
    </message>
    <message>
        <source>Cloud Storage bucket
(for large files)</source>
        <translation>Cloud Storage-Bucket
(für große Dateien)</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB are uploaded here first. Leave empty to send only smaller files.</source>
        <translation>Videos und Dateien über 15 MB werden zuerst hierher hochgeladen. Leer lassen, um nur kleinere Dateien zu senden.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Erweiterte Einstellungen</translation>
    </message>
    <message>
        <source>leave empty to use Google&apos;s address</source>
        <translation>leer lassen für die Adresse von Google</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>Eigener Endpunkt</translation>
    </message>
    <message>
        <source>for example http://proxy.example.com:8080</source>
        <translation>zum Beispiel http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Send the question</source>
        <translation>Frage senden</translation>
    </message>
    <message>
        <source>Stop the answer while it comes</source>
        <translation>Laufende Antwort anhalten</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>In der Unterhaltung suchen</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Nächsten Treffer suchen</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>Vorherigen Treffer suchen</translation>
    </message>
    <message>
        <source>Search your conversations</source>
        <translation>Ihre Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Paste a picture or files into the question</source>
        <translation>Bild oder Dateien in die Frage einfügen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>StopSequenceChip</name>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>StopSequenceEditor</name>
    <message>
        <source>Type a word, then press Enter</source>
        <translation>Wort eingeben + Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>„%1“ ist schon in der Liste.</translation>
    </message>
    <message>
        <source>You can have up to %1 stop sequences. Remove one to add another.</source>
        <translation>Sie können bis zu %1 Stoppsequenzen haben. Entfernen Sie eine, um eine andere hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>ThinkingBudgetEdit</name>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No thinking: faster and cheaper answers.</source>
        <translation>Kein Denken: schnellere und günstigere Antworten.</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <source>The model thinks as much as the question needs.</source>
        <translation>Das Modell denkt so viel, wie die Frage braucht.</translation>
    </message>
    <message>
        <source>Up to…</source>
        <translation>Bis zu…</translation>
    </message>
    <message>
        <source>Set the most tokens the model may think with.</source>
        <translation>Legen Sie fest, mit wie vielen Tokens das Modell höchstens denken darf.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Denken</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>Denkbudget in Tokens</translation>
    </message>
</context>
<context>
    <name>ThinkingLevelEdit</name>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Hardly any thinking: the fastest, cheapest answers.</source>
        <translation>Kaum Denken: die schnellsten, günstigsten Antworten.</translation>
    </message>
    <message>
        <source>A little thinking: quick answers to simple questions.</source>
        <translation>Wenig Denken: schnelle Antworten auf einfache Fragen.</translation>
    </message>
    <message>
        <source>Balanced: enough thinking for most questions.</source>
        <translation>Ausgewogen: genug Denken für die meisten Fragen.</translation>
    </message>
    <message>
        <source>Deep thinking for hard questions: slower, costs more.</source>
        <translation>Gründliches Denken für schwere Fragen: langsamer, teurer.</translation>
    </message>
    <message>
        <source>The deepest thinking, for hard problems of many steps.</source>
        <translation>Das gründlichste Denken, für schwere Aufgaben mit vielen Schritten.</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>Das Modell entscheidet.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (not for this model)</source>
        <translation>%1 (nicht für dieses Modell)</translation>
    </message>
</context>
<context>
    <name>ThoughtsSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <source>Hide thoughts</source>
        <translation>Gedanken ausblenden</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>Gedanken zeigen</translation>
    </message>
    <message>
        <source>What the model considered before answering</source>
        <translation>Was das Modell vor dem Antworten überlegt hat</translation>
    </message>
</context>
<context>
    <name>TokenCountController</name>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: remove “%3” (%4 tokens), then send again.</source>
        <translation>Das sind %1 Tokens, mehr als die %2, die dieses Modell annimmt: Entfernen Sie „%3“ (%4 Tokens) und senden Sie erneut.</translation>
    </message>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: shorten the question, then send again.</source>
        <translation>Das sind %1 Tokens, mehr als die %2, die dieses Modell annimmt: Kürzen Sie die Frage und senden Sie erneut.</translation>
    </message>
    <message>
        <source>This conversation is %1 tokens, more than the %2 this model takes: start a new chat to ask this.</source>
        <translation>Diese Unterhaltung hat %1 Tokens, mehr als die %2, die dieses Modell annimmt: Beginnen Sie einen neuen Chat, um das zu fragen.</translation>
    </message>
</context>
<context>
    <name>TokenCountLabel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 von %2 Tokens</translation>
    </message>
    <message>
        <source>The tokens this question would use, the conversation before it and its files included, and the most this model takes.</source>
        <translation>Die Tokens, die diese Frage samt der Unterhaltung davor und ihren Dateien brauchen würde, und wie viele dieses Modell höchstens annimmt.</translation>
    </message>
    <message>
        <source>The tokens could not be counted just now.</source>
        <translation>Die Tokens konnten gerade nicht gezählt werden.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Conversation deleted.</source>
        <translation>Unterhaltung gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>Die Unterhaltung zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop uploading and sending this message</source>
        <translation>Hochladen und Senden dieser Nachricht abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 von %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 already uploaded</source>
        <translation>%1 bereits hochgeladen</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <source>Upload of %1 stopped</source>
        <translation>Hochladen von %1 angehalten</translation>
    </message>
</context>
<context>
    <name>UserTurnView</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Edit &amp; resend</source>
        <translation>Bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Put this question back in the box to change it</source>
        <translation>Diese Frage zum Ändern zurück ins Eingabefeld holen</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (nicht gesendet)</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Angehängt: %1</translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <source>Previous answer</source>
        <translation>Vorherige Antwort</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation>Antwort %1 von %2</translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop waiting for this answer</source>
        <translation>Nicht mehr auf diese Antwort warten</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3 of %4)…</source>
        <translation>%1 Neuer Versuch in %2 s (Versuch %3 von %4)…</translation>
    </message>
    <message>
        <source>%1 Trying again now (attempt %3 of %4)…</source>
        <translation>%1 Neuer Versuch läuft (Versuch %3 von %4)…</translation>
    </message>
    <message>
        <source>Waiting for Gemini · %1</source>
        <translation>Warten auf Gemini · %1</translation>
    </message>
</context>
<context>
    <name>WaysPane</name>
    <message>
        <source>HOW TO CONNECT</source>
        <translation>SO VERBINDEN SIE SICH</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen. Die Details stehen in der Protokolldatei.</translation>
    </message>
</context>
</TS>
