<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gemini Desktop</source>
        <translation>À propos de Gemini Desktop</translation>
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
        <translation>Posez vos questions aux modèles Gemini de Google, sur vos textes, photos et vidéos.</translation>
    </message>
    <message>
        <source>Licensed under %1.</source>
        <translation>Sous licence %1.</translation>
    </message>
    <message>
        <source>Libraries it includes, and their licences</source>
        <translation>Bibliothèques incluses et leurs licences</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>see its files</source>
        <translation>voir ses fichiers</translation>
    </message>
</context>
<context>
    <name>AnswerBrowser</name>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>question %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>réflexion %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>réponse %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a token count</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a token count and its parts</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>Jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>&amp;Notify when an answer is ready</source>
        <translation>&amp;Notifier quand une réponse est prête</translation>
    </message>
    <message>
        <source>When Gemini Desktop is in the background, say when an answer ends</source>
        <translation>Quand Gemini Desktop est en arrière-plan, prévenir à la fin d’une réponse</translation>
    </message>
    <message>
        <source>Gemini answered</source>
        <translation>Gemini a répondu</translation>
    </message>
    <message>
        <source>The answer could not be completed</source>
        <translation>La réponse n’a pas pu être terminée</translation>
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
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy the answer with its formatting</source>
        <translation>Copier la réponse avec sa mise en forme</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ask the same question again</source>
        <translation>Poser à nouveau la même question</translation>
    </message>
    <message>
        <source>Get code</source>
        <translation>Obtenir le code</translation>
    </message>
    <message>
        <source>The code that sends this question</source>
        <translation>Le code qui envoie cette question</translation>
    </message>
    <message>
        <source>Gemini sent an empty answer.</source>
        <translation>Gemini a envoyé une réponse vide.</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(arrêtée)</translation>
    </message>
    <message>
        <source>The connection ended early, so this answer may be incomplete.</source>
        <translation>La connexion s’est interrompue trop tôt&#xa0;: cette réponse est peut-être incomplète.</translation>
    </message>
    <message>
        <source>The app closed before this answer was finished, so it may be incomplete.</source>
        <translation>L’application s’est fermée avant la fin de cette réponse&#xa0;: elle est peut-être incomplète.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>La réponse n’a pas pu être terminée.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code copié</translation>
    </message>
    <message>
        <source>Gemini is writing</source>
        <translation>Gemini écrit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Copier ce code dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>There is no saved connection called “%1”; the last one used is in use.</source>
        <translation>Aucune connexion enregistrée ne s’appelle «&#xa0;%1&#xa0;»&#xa0;; la dernière utilisée reste active.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>The list of models could not be loaded. %1</source>
        <translation>La liste des modèles n’a pas pu être chargée. %1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>YouTube video</source>
        <translation>Vidéo YouTube</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 octet</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
</context>
<context>
    <name>AttachmentChip</name>
    <message>
        <source>Remove (Delete)</source>
        <translation>Retirer (Suppr)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>video</source>
        <translation>la vidéo</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>l’enregistrement</translation>
    </message>
    <message>
        <source>Clip… choose the part of the %1 to send</source>
        <translation>Extrait… choisir la partie de %1 à envoyer</translation>
    </message>
    <message>
        <source>Choose the part of %1 to send</source>
        <translation>Choisir la partie de %1 à envoyer</translation>
    </message>
    <message>
        <source>Double-click to choose the part to send.</source>
        <translation>Double-cliquez pour choisir la partie à envoyer.</translation>
    </message>
    <message>
        <source>Choose the &amp;part to send…</source>
        <translation>Choisir la &amp;partie à envoyer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation>Comme dans les réglages</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Ultra high (this file only)</source>
        <translation>Très élevé (ce fichier seulement)</translation>
    </message>
    <message>
        <source>Low detail</source>
        <translation>Peu de détails</translation>
    </message>
    <message>
        <source>Medium detail</source>
        <translation>Détails moyens</translation>
    </message>
    <message>
        <source>High detail</source>
        <translation>Beaucoup de détails</translation>
    </message>
    <message>
        <source>Ultra high detail</source>
        <translation>Détails maximum</translation>
    </message>
    <message>
        <source>&amp;Detail for this file</source>
        <translation>&amp;Détails pour ce fichier</translation>
    </message>
    <message>
        <source>How closely the model looks at this file; models before Gemini 3 use the Settings&apos; media resolution.</source>
        <translation>Avec quelle précision le modèle regarde ce fichier ; les modèles antérieurs à Gemini 3 utilisent la résolution des médias des réglages.</translation>
    </message>
</context>
<context>
    <name>AttachmentController</name>
    <message>
        <source>Pasted image</source>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Image déposée</translation>
    </message>
</context>
<context>
    <name>AttachmentDrop</name>
    <message>
        <source>%1 is on a website, not on this computer.</source>
        <translation>%1 se trouve sur un site web, pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>Enregistrez d’abord l’image sur votre ordinateur, puis déposez le fichier.</translation>
    </message>
    <message>
        <source>Download it to your computer first, then drop the file.</source>
        <translation>Téléchargez-le d’abord sur votre ordinateur, puis déposez le fichier.</translation>
    </message>
</context>
<context>
    <name>AttachmentLink</name>
    <message>
        <source>YouTube video %1</source>
        <translation>Vidéo YouTube %1</translation>
    </message>
</context>
<context>
    <name>AttachmentLoader</name>
    <message>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 n’a pas pu être lu comme une image.</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>Enregistrez d’abord l’image sur votre ordinateur, puis déposez le fichier.</translation>
    </message>
    <message>
        <source>%1 is not a picture Gemini Desktop recognises.</source>
        <translation>%1 n’est pas une image que Gemini Desktop reconnaît.</translation>
    </message>
    <message>
        <source>Copy or drag the picture again, or save it as a file and add that.</source>
        <translation>Copiez ou faites glisser l’image à nouveau, ou enregistrez-la dans un fichier et ajoutez celui-ci.</translation>
    </message>
    <message>
        <source>%1 could not be added because of an unexpected error.</source>
        <translation>%1 n’a pas pu être ajouté à cause d’une erreur inattendue.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the log file has the details.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, le fichier journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach photos, videos, recordings, PDFs or text files (%1)</source>
        <translation>Joindre des photos, vidéos, enregistrements, PDF ou fichiers texte (%1)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs and text (%1)</source>
        <translation>Photos, vidéos, enregistrements, PDF et texte (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vidéos (%1)</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Enregistrements (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>%n autre fichier n’a pas pu être ajouté.</numerusform>
            <numerusform>%n autres fichiers n’ont pas pu être ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Ajout de %n fichier…</numerusform>
            <numerusform>Ajout de %n fichiers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>The connection&apos;s own model</source>
        <translation>Le modèle de la connexion</translation>
    </message>
    <message>
        <source>Through Vertex AI, a batch job keeps the photos and its results in a Cloud Storage bucket, and this connection has none. Add one in Connection settings… (Cloud Storage bucket), then choose Describe a folder again.</source>
        <translation>Avec Vertex AI, une tâche par lot garde les photos et ses résultats dans un bucket Cloud Storage, et cette connexion n’en a pas. Ajoutez-en un dans Paramètres de connexion… (Bucket Cloud Storage), puis choisissez de nouveau Décrire un dossier.</translation>
    </message>
    <message>
        <source>%1 · %2 · Batch job: %3</source>
        <translation>%1 · %2 · Tâche par lot : %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 done</source>
        <translation>%1 · %2&#xa0;: %3 sur %4 terminées</translation>
    </message>
    <message>
        <source>A batch job sent to Google is not collected yet. File ▸ Unfinished batches shows how it is doing, and its results once it is done.</source>
        <translation>Une tâche par lot envoyée à Google n’est pas encore récupérée. Fichier ▸ Lots inachevés montre où elle en est, puis ses résultats une fois terminée.</translation>
    </message>
    <message>
        <source>Describing a folder stopped before every photo had its answer. File ▸ Unfinished batches goes on where it stopped.</source>
        <translation>La description d’un dossier s’est arrêtée avant que chaque photo ait sa réponse. Fichier ▸ Lots inachevés reprend là où elle s’est arrêtée.</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>%1 results saved in %2.</source>
        <translation>%1 résultats enregistrés dans %2.</translation>
    </message>
    <message>
        <source>%1 XMP sidecars written beside the photos.</source>
        <translation>%1 fichiers XMP annexes écrits à côté des photos.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non écrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>This photo goes again by itself in a moment.</source>
        <translation>Cette photo sera renvoyée automatiquement dans un instant.</translation>
    </message>
    <message>
        <source>This photo is in the batch job; its answer comes when the job ends.</source>
        <translation>Cette photo fait partie de la tâche par lot ; sa réponse arrivera à la fin de la tâche.</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute this model&apos;s quota let through last time. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n photo&#xa0;: envoyée seule, elle prendrait environ %1, au rythme de %2 par minute que le quota de ce modèle a permis la dernière fois. En une tâche par lot, Google y répond à moitié prix, en général en quelques heures&#xa0;; vous pouvez fermer la fenêtre en attendant.</numerusform>
            <numerusform>%n photos&#xa0;: envoyées une à une, elles prendraient environ %1, au rythme de %2 par minute que le quota de ce modèle a permis la dernière fois. En une tâche par lot, Google répond à toutes à moitié prix, en général en quelques heures&#xa0;; vous pouvez fermer la fenêtre en attendant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute a new project&apos;s quota allows. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n photo&#xa0;: envoyée seule, elle prendrait environ %1, au rythme de %2 par minute que permet le quota d’un nouveau projet. En une tâche par lot, Google y répond à moitié prix, en général en quelques heures&#xa0;; vous pouvez fermer la fenêtre en attendant.</numerusform>
            <numerusform>%n photos&#xa0;: envoyées une à une, elles prendraient environ %1, au rythme de %2 par minute que permet le quota d’un nouveau projet. En une tâche par lot, Google répond à toutes à moitié prix, en général en quelques heures&#xa0;; vous pouvez fermer la fenêtre en attendant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job was cancelled, so %n photos have no answer.</source>
        <translation>
            <numerusform>La tâche par lot a été annulée, %n photo n’a donc pas de réponse.</numerusform>
            <numerusform>La tâche par lot a été annulée, %n photos n’ont donc pas de réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job expired: Google did not finish it in time, so %n photos have no answer.</source>
        <translation>
            <numerusform>La tâche par lot a expiré&#xa0;: Google ne l’a pas terminée à temps, %n photo n’a donc pas de réponse.</numerusform>
            <numerusform>La tâche par lot a expiré&#xa0;: Google ne l’a pas terminée à temps, %n photos n’ont donc pas de réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job failed at Google, so %n photos have no answer.</source>
        <translation>
            <numerusform>La tâche par lot a échoué chez Google, %n photo n’a donc pas de réponse.</numerusform>
            <numerusform>La tâche par lot a échoué chez Google, %n photos n’ont donc pas de réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos have no answer; each row says why. Retry failed sends them again one by one.</source>
        <translation>
            <numerusform>%n photo n’a pas de réponse ; sa ligne dit pourquoi. Réessayer les échecs la renvoie.</numerusform>
            <numerusform>%n photos n’ont pas de réponse ; chaque ligne dit pourquoi. Réessayer les échecs les renvoie une à une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued at Google</source>
        <translation>En file d’attente chez Google</translation>
    </message>
    <message>
        <source>Waiting to start at Google</source>
        <translation>En attente de démarrage chez Google</translation>
    </message>
    <message>
        <source>Running at Google</source>
        <translation>En cours chez Google</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Done, but only partly</source>
        <translation>Terminée, mais en partie seulement</translation>
    </message>
    <message>
        <source>Failed at Google</source>
        <translation>Échec chez Google</translation>
    </message>
    <message>
        <source>Being cancelled at Google</source>
        <translation>Annulation en cours chez Google</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Paused at Google</source>
        <translation>En pause chez Google</translation>
    </message>
    <message>
        <source>Expired: not done in the time Google allows</source>
        <translation>Expirée&#xa0;: pas terminée dans le délai que Google accorde</translation>
    </message>
    <message>
        <source>The batch job expired: Google did not finish it in time.</source>
        <translation>La tâche par lot a expiré&#xa0;: Google ne l’a pas terminée à temps.</translation>
    </message>
    <message>
        <source>Being updated at Google</source>
        <translation>Mise à jour en cours chez Google</translation>
    </message>
    <message>
        <source>In a state this version does not know</source>
        <translation>Dans un état que cette version ne connaît pas</translation>
    </message>
    <message>
        <source>Batch job: preparing the photos, %1 of %2…</source>
        <translation>Tâche par lot&#xa0;: préparation des photos, %1 sur %2…</translation>
    </message>
    <message>
        <source>Batch job: uploading the prepared photos to Google…</source>
        <translation>Tâche par lot&#xa0;: mise en ligne des photos préparées chez Google…</translation>
    </message>
    <message>
        <source>Batch job: waiting for Google to accept the job…</source>
        <translation>Tâche par lot&#xa0;: en attente de l’acceptation de la tâche par Google…</translation>
    </message>
    <message>
        <source>Batch job: %1</source>
        <translation>Tâche par lot : %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 avec réponse</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>looked at %1; the window looks again by itself</source>
        <translation>vérifiée à %1 ; la fenêtre vérifie de nouveau d’elle-même</translation>
    </message>
    <message>
        <source>Google aims to finish a batch job within 24 hours; one not done after 48 hours expires, and its photos get no answer.</source>
        <translation>Google vise à terminer une tâche par lot en 24&#xa0;heures&#xa0;; une tâche non terminée après 48&#xa0;heures expire, et ses photos restent sans réponse.</translation>
    </message>
    <message>
        <source>Through Vertex AI a batch job may wait up to 72 hours to start; once it runs, what is not done within 24 hours is cancelled.</source>
        <translation>Avec Vertex AI, une tâche par lot peut attendre jusqu’à 72&#xa0;heures avant de commencer&#xa0;; une fois lancée, ce qui n’est pas terminé en 24&#xa0;heures est annulé.</translation>
    </message>
    <message>
        <source>The batch job failed at Google.</source>
        <translation>La tâche par lot a échoué chez Google.</translation>
    </message>
    <message>
        <source>Google says: %1</source>
        <translation>Google indique : %1</translation>
    </message>
    <message>
        <source>The batch job was cancelled.</source>
        <translation>La tâche par lot a été annulée.</translation>
    </message>
    <message>
        <source>The batch job is done, but not every photo has its answer.</source>
        <translation>La tâche par lot est terminée, mais certaines photos n’ont pas de réponse.</translation>
    </message>
    <message>
        <source>The batch job is done: every photo has its answer, ready for review.</source>
        <translation>La tâche par lot est terminée : chaque photo a sa réponse, prête à être relue.</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>This batch job was sent through another kind of connection (%1). Choose a connection of that kind, then open the batch again from File ▸ Unfinished batches.</source>
        <translation>Cette tâche par lot a été envoyée par un autre type de connexion (%1). Choisissez une connexion de ce type, puis rouvrez le lot depuis Fichier ▸ Lots inachevés.</translation>
    </message>
    <message>
        <source>The batch job is reaching Google just now: it is cancelled there as soon as Google has made it.</source>
        <translation>La tâche par lot arrive chez Google en ce moment&#xa0;: elle y sera annulée dès que Google l’aura créée.</translation>
    </message>
    <message>
        <source>Asking Google to cancel the batch job…</source>
        <translation>Demande d’annulation de la tâche par lot à Google…</translation>
    </message>
    <message>
        <source>Nothing more is sent now; Resume sends the rest later.</source>
        <translation>Plus rien n’est envoyé pour l’instant&#xa0;; Reprendre enverra le reste plus tard.</translation>
    </message>
    <message>
        <source>None of the photos could be prepared, so no batch job was sent.</source>
        <translation>Aucune photo n’a pu être préparée : aucune tâche par lot n’a été envoyée.</translation>
    </message>
    <message>
        <source>Google made batch job %1 just as you cancelled it; it is being cancelled there now.</source>
        <translation>Google a créé la tâche par lot %1 au moment où vous l’annuliez&#xa0;; elle y est en cours d’annulation.</translation>
    </message>
    <message>
        <source>Sent to Google as batch job %1. You can close this window: the job goes on, and File ▸ Unfinished batches shows it again.</source>
        <translation>Envoyée à Google comme tâche par lot %1. Vous pouvez fermer cette fenêtre : la tâche continue, et Fichier ▸ Lots inachevés la montre de nouveau.</translation>
    </message>
    <message>
        <source>Cancelled before Google made the batch job: nothing runs there. Resume describes the photos one by one instead.</source>
        <translation>Annulé avant que Google crée la tâche par lot&#xa0;: rien n’y tourne. Reprendre décrit plutôt les photos une par une.</translation>
    </message>
    <message>
        <source>Send them one by one</source>
        <translation>Les envoyer une à une</translation>
    </message>
    <message>
        <source>No batch job was sent.</source>
        <translation>Aucune tâche par lot n’a été envoyée.</translation>
    </message>
    <message>
        <source>The batch job goes on at Google; the window looks at it again soon.</source>
        <translation>La tâche par lot continue chez Google ; la fenêtre vérifiera de nouveau bientôt.</translation>
    </message>
    <message>
        <source>Stop sending the batch job? If Google has made it already, it is cancelled there at once. The photos get no answer; you can send them again later.</source>
        <translation>Arrêter l’envoi de la tâche par lot&#xa0;? Si Google l’a déjà créée, elle y est annulée aussitôt. Les photos n’obtiennent pas de réponse&#xa0;; vous pourrez les renvoyer plus tard.</translation>
    </message>
    <message>
        <source>Cancel the batch job</source>
        <translation>Annuler la tâche par lot</translation>
    </message>
    <message>
        <source>Ask Google to cancel the batch job? Photos it has not answered yet get no answer; you can send them again later.</source>
        <translation>Demander à Google d’annuler la tâche par lot ? Les photos sans réponse pour l’instant n’en auront pas ; vous pourrez les renvoyer plus tard.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>La laisser continuer</translation>
    </message>
</context>
<context>
    <name>BatchSetupDialog</name>
    <message>
        <source>Describe a folder</source>
        <translation>Décrire un dossier</translation>
    </message>
    <message>
        <source>No folder or files chosen yet.</source>
        <translation>Aucun dossier ni fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <source>Include subfolders</source>
        <translation>Inclure les sous-dossiers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Pourquoi il est écarté</translation>
    </message>
    <message>
        <source>Alt text (short, for screen readers)</source>
        <translation>Texte alternatif (court, pour les lecteurs d’écran)</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Votre propre question</translation>
    </message>
    <message>
        <source>The fields of a JSON schema</source>
        <translation>Les champs d’un schéma JSON</translation>
    </message>
    <message>
        <source>What to ask of every photo</source>
        <translation>Ce qu’il faut demander pour chaque photo</translation>
    </message>
    <message>
        <source>Choose a schema file…</source>
        <translation>Choisir un fichier de schéma…</translation>
    </message>
    <message>
        <source>Change in the Settings panel…</source>
        <translation>Modifier dans le panneau Paramètres…</translation>
    </message>
    <message>
        <source>Send each photo&apos;s existing title and keywords along, as a hint</source>
        <translation>Envoyer aussi le titre et les mots-clés existants de chaque photo, comme indice</translation>
    </message>
    <message>
        <source>Send as a batch job: half the price, usually done within hours</source>
        <translation>Envoyer comme tâche par lot : moitié prix, en général terminée en quelques heures</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Photo detail</source>
        <translation>Détail des photos</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Décrire</translation>
    </message>
    <message numerus="yes">
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n fichier ou dossier</numerusform>
            <numerusform>%n fichiers et dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be sent: %1</source>
        <translation>Seront envoyés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Écartés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Photos and videos to send: %1 · Files left out: %2</source>
        <translation>Photos et vidéos à envoyer&#xa0;: %1 · Fichiers écartés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send as a batch job</source>
        <translation>Envoyer comme tâche par lot</translation>
    </message>
    <message>
        <source>The photos&apos; location (GPS) and camera details stay on this computer.</source>
        <translation>La position (GPS) et les détails de l’appareil photo restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>Choose photos and videos</source>
        <translation>Choisir des photos et des vidéos</translation>
    </message>
    <message>
        <source>Choose a JSON schema</source>
        <translation>Choisir un schéma JSON</translation>
    </message>
    <message>
        <source>JSON schema (*.json)</source>
        <translation>Schéma JSON (*.json)</translation>
    </message>
    <message>
        <source>This file is not a JSON schema that can be read.</source>
        <translation>Ce fichier n’est pas un schéma JSON lisible.</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>At Google</source>
        <translation>Chez Google</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Nouvel essai bientôt</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Send the photos that failed again</source>
        <translation>Renvoyer les photos en échec</translation>
    </message>
    <message>
        <source>Cancel the batch job…</source>
        <translation>Annuler la tâche par lot…</translation>
    </message>
    <message>
        <source>Ask Google to stop the job; photos it has not answered get no answer</source>
        <translation>Demander à Google d’arrêter la tâche ; les photos sans réponse n’en auront pas</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Approuver la sélection</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Without an answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Pas encore approuvées</translation>
    </message>
    <message>
        <source>Search files and results</source>
        <translation>Chercher fichiers et résultats</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV for spreadsheets…</source>
        <translation>CSV pour tableur…</translation>
    </message>
    <message>
        <source>JSON Lines…</source>
        <translation>JSON Lines…</translation>
    </message>
    <message>
        <source>XMP sidecars beside the photos…</source>
        <translation>Fichiers XMP annexes à côté des photos…</translation>
    </message>
    <message>
        <source>Only approved rows</source>
        <translation>Seulement les lignes approuvées</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer</source>
        <translation>
            <numerusform>%n sans réponse</numerusform>
            <numerusform>%n sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n écartée</numerusform>
            <numerusform>%n écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 écoulées</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Paused: the photos on their way finish, no new ones start</source>
        <translation>En pause&#xa0;: les photos en cours se terminent, aucune nouvelle ne part</translation>
    </message>
    <message>
        <source>Stopped: Resume sends the rest</source>
        <translation>Arrêté&#xa0;: Reprendre envoie le reste</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ClipEditorDialog</name>
    <message>
        <source>Choose the part to send</source>
        <translation>Choisir la partie à envoyer</translation>
    </message>
    <message>
        <source>The model sees only the part between Start and End.</source>
        <translation>Le modèle ne voit que la partie entre Début et Fin.</translation>
    </message>
    <message>
        <source>The model hears only the part between Start and End.</source>
        <translation>Le modèle n’entend que la partie entre Début et Fin.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Whole video</source>
        <translation>&amp;Toute la vidéo</translation>
    </message>
    <message>
        <source>&amp;Whole recording</source>
        <translation>&amp;Tout l’enregistrement</translation>
    </message>
    <message>
        <source>The end must come after the start. Change one of the times.</source>
        <translation>La fin doit venir après le début. Modifiez l’une des deux heures.</translation>
    </message>
    <message>
        <source>The model will see the whole video.</source>
        <translation>Le modèle verra toute la vidéo.</translation>
    </message>
    <message>
        <source>The model will hear the whole recording.</source>
        <translation>Le modèle entendra tout l’enregistrement.</translation>
    </message>
    <message>
        <source>The model will see the whole video (%1).</source>
        <translation>Le modèle verra toute la vidéo (%1).</translation>
    </message>
    <message>
        <source>The model will hear the whole recording (%1).</source>
        <translation>Le modèle entendra tout l’enregistrement (%1).</translation>
    </message>
    <message>
        <source>The model will see %1 to the end.</source>
        <translation>Le modèle verra de %1 jusqu’à la fin.</translation>
    </message>
    <message>
        <source>The model will hear %1 to the end.</source>
        <translation>Le modèle entendra de %1 jusqu’à la fin.</translation>
    </message>
    <message>
        <source>The model will see %1 to %2 (%3).</source>
        <translation>Le modèle verra de %1 à %2 (%3).</translation>
    </message>
    <message>
        <source>The model will hear %1 to %2 (%3).</source>
        <translation>Le modèle entendra de %1 à %2 (%3).</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeController</name>
    <message>
        <source>The code signs in with your Google Cloud credentials (gcloud); no key or token is written in it.</source>
        <translation>Le code se connecte avec vos identifiants Google Cloud (gcloud)&#xa0;; aucune clé ni aucun jeton n’y est écrit.</translation>
    </message>
    <message>
        <source>The code reads your key from %1; the key is not written in it.</source>
        <translation>Le code lit votre clé dans %1&#xa0;; la clé n’y est pas écrite.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Get code</source>
        <translation>Obtenir le code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>Enregistrer le code</translation>
    </message>
    <message>
        <source>Could not save the code: %1</source>
        <translation>Impossible d’enregistrer le code&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Temperature: higher gives more varied answers</source>
        <translation>Température&#xa0;: plus elle est haute, plus les réponses varient</translation>
    </message>
    <message>
        <source>Pick this one</source>
        <translation>Choisir celle-ci</translation>
    </message>
    <message>
        <source>Use this column&apos;s model and settings in the Settings panel</source>
        <translation>Reprendre le modèle et les paramètres de cette colonne dans le panneau Paramètres</translation>
    </message>
    <message>
        <source>Continue alone</source>
        <translation>Continuer seule</translation>
    </message>
    <message>
        <source>Open this column&apos;s conversation in the main window to go on with it</source>
        <translation>Ouvrir la conversation de cette colonne dans la fenêtre principale pour la poursuivre</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Adding your files first…</source>
        <translation>Ajout de vos fichiers d’abord…</translation>
    </message>
    <message>
        <source>New compare. Ask anything.</source>
        <translation>Nouvelle comparaison. Posez votre question.</translation>
    </message>
    <message>
        <source>Only a column&apos;s latest answer can be asked again.</source>
        <translation>Seule la dernière réponse d’une colonne peut être redemandée.</translation>
    </message>
    <message>
        <source>The Settings panel now uses %1.</source>
        <translation>Le panneau Paramètres utilise maintenant %1.</translation>
    </message>
    <message>
        <source>Stop the answers first (Esc), then try again.</source>
        <translation>Arrêtez d’abord les réponses (Échap), puis réessayez.</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini répond…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Question posée à %1…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Mise en ligne de %1…</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>Rouverte. Posez une autre question pour continuer.</translation>
    </message>
</context>
<context>
    <name>CompareFacts</name>
    <message>
        <source>ended: %1</source>
        <translation>fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>first words %1 s</source>
        <translation>premiers mots %1 s</translation>
    </message>
    <message>
        <source>total %1 s</source>
        <translation>total %1 s</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
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
        <translation>Comparer des modèles</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 colonnes</translation>
    </message>
    <message>
        <source>New compare</source>
        <translation>Nouvelle comparaison</translation>
    </message>
    <message>
        <source>Empty every column and start again</source>
        <translation>Vider toutes les colonnes et recommencer</translation>
    </message>
    <message>
        <source>Ask every column the same question; drop photos or videos here…</source>
        <translation>Posez la même question à toutes les colonnes&#xa0;; déposez ici photos ou vidéos…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>Arrêter toutes les réponses (Échap)</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Envoyer à toutes</translation>
    </message>
    <message>
        <source>Ask every column (%1)</source>
        <translation>Interroger toutes les colonnes (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>%1 Connections you add now can be kept for this session only.</source>
        <translation>%1 Les connexions ajoutées maintenant ne peuvent être gardées que pour cette session.</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session. Unlock it, then restart Gemini Desktop to use your saved connections.</source>
        <translation>Le trousseau du système est verrouillé : Gemini Desktop utilise donc la connexion des variables d’environnement et ne peut pas en enregistrer d’autres au-delà de cette session. Déverrouillez-le, puis redémarrez Gemini Desktop pour utiliser vos connexions enregistrées.</translation>
    </message>
    <message>
        <source>No password store (keyring) was found, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session.</source>
        <translation>Aucun trousseau (gestionnaire de mots de passe) n’a été trouvé&#xa0;: Gemini Desktop utilise la connexion des variables d’environnement et ne peut pas en garder d’autres au-delà de cette session.</translation>
    </message>
    <message>
        <source>Now using “%1”.</source>
        <translation>Connexion «&#xa0;%1&#xa0;» utilisée.</translation>
    </message>
    <message>
        <source>Saved “%1” and switched to it.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée et utilisée.</translation>
    </message>
    <message>
        <source>The file could not be deleted. You can delete it yourself.</source>
        <translation>Le fichier n’a pas pu être supprimé. Vous pouvez le supprimer vous-même.</translation>
    </message>
    <message>
        <source>Connections are kept for this session only: this computer has no password store (keyring) Gemini Desktop can use, so they are forgotten when it closes.</source>
        <translation>Les connexions ne sont gardées que pour cette session&#xa0;: cet ordinateur n’a pas de trousseau (gestionnaire de mots de passe) utilisable par Gemini Desktop, elles seront donc oubliées à sa fermeture.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Gemini</source>
        <translation>Se connecter à Gemini</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Gemini Desktop is signing in and asking which models you can use.</source>
        <translation>Gemini Desktop se connecte et demande quels modèles vous pouvez utiliser.</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>Connecté&#xa0;: 1 modèle disponible.</translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation>Connecté&#xa0;: %1 modèles disponibles.</translation>
    </message>
    <message>
        <source>This connection works. Pick a model from the list if you like, then press Save.</source>
        <translation>Cette connexion fonctionne. Choisissez un modèle dans la liste si vous le souhaitez, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>This connection works, but the model “%1” is not among the ones it offers. Pick one from the Model list, then press Save.</source>
        <translation>Cette connexion fonctionne, mais le modèle «&#xa0;%1&#xa0;» ne fait pas partie de ceux qu’elle propose. Choisissez-en un dans la liste Modèle, puis cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB will be uploaded to the bucket “%1”.</source>
        <translation>Les vidéos et les fichiers de plus de 15 Mo seront mis en ligne dans le bucket «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session seulement</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Choisir un autre fichier</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Un problème inattendu est survenu.</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>Les détails se trouvent dans le fichier journal.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its settings and its key are removed from this computer. This cannot be undone.</source>
        <translation>Ses paramètres et sa clé seront effacés de cet ordinateur. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Fichiers de clé (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Use it as “%1”</source>
        <translation>L’utiliser comme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Open the page to turn it on</source>
        <translation>Ouvrir la page pour l’activer</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>Créer une nouvelle clé</translation>
    </message>
    <message>
        <source>Open the key&apos;s restrictions</source>
        <translation>Ouvrir les restrictions de la clé</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>Ouvrir la page</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The Gemini API did not take this key, but Vertex AI express did: it is a Vertex AI express key.</source>
        <translation>L’API Gemini n’a pas accepté cette clé, mais Vertex AI express l’a acceptée : c’est une clé Vertex AI express.</translation>
    </message>
    <message>
        <source>Vertex AI express did not take this key, but the Gemini API did: it is a Gemini API key.</source>
        <translation>Vertex AI express n’a pas accepté cette clé, mais l’API Gemini l’a acceptée : c’est une clé API Gemini.</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Choisir un autre modèle</translation>
    </message>
    <message>
        <source>Check the endpoint</source>
        <translation>Vérifier le point de terminaison</translation>
    </message>
    <message>
        <source>Check the bucket</source>
        <translation>Vérifier le bucket</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clé API Gemini</translation>
    </message>
    <message>
        <source>The easiest start: a free key from Google AI Studio.</source>
        <translation>Le plus simple pour commencer&#xa0;: une clé gratuite de Google AI Studio.</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>Obtenir une clé</translation>
    </message>
    <message>
        <source>Google AI Studio</source>
        <translation>Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex AI express key</source>
        <translation>Clé Vertex AI express</translation>
    </message>
    <message>
        <source>A key for Vertex AI, without setting up a full Google Cloud project.</source>
        <translation>Une clé pour Vertex AI, sans configurer un projet Google Cloud complet.</translation>
    </message>
    <message>
        <source>Vertex AI express</source>
        <translation>Vertex AI express</translation>
    </message>
    <message>
        <source>Google Cloud with gcloud</source>
        <translation>Google Cloud (gcloud)</translation>
    </message>
    <message>
        <source>Uses the sign-in that Google&apos;s gcloud tool left on this computer.</source>
        <translation>Utilise la connexion que l’outil gcloud de Google a laissée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Clé de compte de service</translation>
    </message>
    <message>
        <source>A .json key file, usually sent by whoever runs your Google Cloud project.</source>
        <translation>Un fichier de clé .json, généralement envoyé par la personne qui gère votre projet Google Cloud.</translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation>Créer une clé</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Connexion avec Google</translation>
    </message>
    <message>
        <source>Your own Google account, with an OAuth client file from your project.</source>
        <translation>Votre propre compte Google, avec un fichier de client OAuth de votre projet.</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>Créer un client</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Compte Google</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server</source>
        <translation>Tout serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>Another server that speaks the OpenAI API, such as a model on your network.</source>
        <translation>Un autre serveur qui parle l’API OpenAI, par exemple un modèle sur votre réseau.</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Serveur compatible OpenAI</translation>
    </message>
    <message>
        <source>This looks like the content of a key file, not a key. Choose “Service-account key file” and pick the file instead.</source>
        <translation>Ceci ressemble au contenu d’un fichier de clé, pas à une clé. Choisissez plutôt «&#xa0;Clé de compte de service&#xa0;» et sélectionnez le fichier.</translation>
    </message>
    <message>
        <source>This is a temporary access token (it stops working within an hour), not an API key.</source>
        <translation>Ceci est un jeton d’accès temporaire (il cesse de fonctionner en moins d’une heure), pas une clé API.</translation>
    </message>
    <message>
        <source>This belongs to an OAuth client, not an API key. Choose “Sign in with Google” and use the client&apos;s file.</source>
        <translation>Ceci appartient à un client OAuth, pas à une clé API. Choisissez «&#xa0;Connexion avec Google&#xa0;» et utilisez le fichier du client.</translation>
    </message>
    <message>
        <source>This is a saved Google sign-in (a refresh token), not an API key.</source>
        <translation>Ceci est une connexion Google enregistrée (un jeton d’actualisation), pas une clé API.</translation>
    </message>
    <message>
        <source>This looks like a key for an OpenAI-compatible server, not a Google key. Choose “Any OpenAI-compatible server”.</source>
        <translation>Ceci ressemble à une clé de serveur compatible OpenAI, pas à une clé Google. Choisissez «&#xa0;Tout serveur compatible OpenAI&#xa0;».</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without them.</source>
        <translation>La clé contient des espaces ou des retours à la ligne. Copiez-la à nouveau, sans eux.</translation>
    </message>
    <message>
        <source>Type only the bucket&apos;s name, such as my-bucket, not a web address.</source>
        <translation>Saisissez seulement le nom du bucket, par exemple my-bucket, pas une adresse web.</translation>
    </message>
    <message>
        <source>Bucket names use lowercase letters only: “%1”.</source>
        <translation>Les noms de bucket n’utilisent que des minuscules&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A bucket name may contain only lowercase letters, digits, dashes (-), underscores (_) and dots (.).</source>
        <translation>Un nom de bucket ne peut contenir que des lettres minuscules, des chiffres, des tirets (-), des traits de soulignement (_) et des points (.).</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>Un nom de bucket commence et se termine par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters (with dots, up to 222, and at most 63 between two dots).</source>
        <translation>Un nom de bucket compte de 3 à 63 caractères (avec des points, jusqu’à 222, et au plus 63 entre deux points).</translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation>Un nom de bucket ne peut pas être une adresse IP.</translation>
    </message>
    <message>
        <source>A bucket name cannot begin with “goog” or contain “google” (or a look-alike such as “g00gle”).</source>
        <translation>Un nom de bucket ne peut pas commencer par «&#xa0;goog&#xa0;» ni contenir «&#xa0;google&#xa0;» (ou un sosie comme «&#xa0;g00gle&#xa0;»).</translation>
    </message>
    <message>
        <source>your Google account, signed in with gcloud</source>
        <translation>votre compte Google, connecté avec gcloud</translation>
    </message>
    <message>
        <source>a service account</source>
        <translation>un compte de service</translation>
    </message>
    <message>
        <source>an account from another identity provider</source>
        <translation>un compte d’un autre fournisseur d’identité</translation>
    </message>
    <message>
        <source>a service account, used through your account</source>
        <translation>un compte de service, utilisé via votre compte</translation>
    </message>
    <message>
        <source>an unknown kind of sign-in</source>
        <translation>un type de connexion inconnu</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The file cannot be read as a sign-in.</source>
        <translation>Le fichier ne peut pas être lu comme une connexion.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>Dans la console Google Cloud, ouvrez IAM → Comptes de service → Clés et ajoutez une clé JSON.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>Dans la console Google Cloud, ouvrez API et services → Identifiants, créez un client OAuth de type Application de bureau et téléchargez son JSON.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>Vérifiez que le fichier existe toujours et que vous pouvez l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé.</translation>
    </message>
    <message>
        <source>Choose the small .json file you downloaded from Google Cloud.</source>
        <translation>Choisissez le petit fichier .json téléchargé depuis Google Cloud.</translation>
    </message>
    <message>
        <source>%1 is not a key file (it is not JSON).</source>
        <translation>%1 n’est pas un fichier de clé (ce n’est pas du JSON).</translation>
    </message>
    <message>
        <source>%1 is not a key file.</source>
        <translation>%1 n’est pas un fichier de clé.</translation>
    </message>
    <message>
        <source>%1 holds a personal Google sign-in, not a service-account key.</source>
        <translation>%1 contient une connexion Google personnelle, pas une clé de compte de service.</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>Choisissez plutôt «&#xa0;Google Cloud (gcloud)&#xa0;», ou demandez une clé de compte de service.</translation>
    </message>
    <message>
        <source>%1 is not a complete service-account key.</source>
        <translation>%1 n’est pas une clé de compte de service complète.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>Ce fichier n’est pas un fichier de client OAuth de Google.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>Ce fichier n’est pas un fichier de client OAuth pour une application de bureau.</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>Ce fichier est destiné à une application web, pas à une application de bureau.</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>Ce fichier est une clé de compte de service, pas un client OAuth pour une application de bureau.</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>Utilisez-le sous «&#xa0;Clé de compte de service&#xa0;», ou téléchargez un client OAuth de type Application de bureau.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>Ce fichier de client OAuth n’a pas d’ID client.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>Ce fichier de client OAuth n’a pas de code secret du client.</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>Ce fichier de client OAuth contient une adresse Google erronée.</translation>
    </message>
    <message>
        <source>Enter the Google Cloud project ID first.</source>
        <translation>Saisissez d’abord l’ID du projet Google Cloud.</translation>
    </message>
    <message>
        <source>Enter the model&apos;s name, or press Test connection to list the models the server offers.</source>
        <translation>Saisissez le nom du modèle, ou cliquez sur Tester la connexion pour lister les modèles proposés par le serveur.</translation>
    </message>
    <message>
        <source>The custom endpoint must start with https:// (or http://).</source>
        <translation>Le point de terminaison personnalisé doit commencer par https:// (ou http://).</translation>
    </message>
    <message>
        <source>The proxy must look like http://host:port (or socks5://host:port).</source>
        <translation>Le proxy doit avoir la forme http://hôte:port (ou socks5://hôte:port).</translation>
    </message>
    <message>
        <source>Check the project</source>
        <translation>Vérifier le projet</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Collez d’abord votre clé API.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>collez la clé ici</translation>
    </message>
    <message>
        <source>saved in your password store; type a new key to replace it</source>
        <translation>enregistrée dans votre trousseau&#xa0;; saisissez une nouvelle clé pour la remplacer</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Vérifier la clé</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change the setting, then send again.</source>
        <translation>Modifiez le paramètre, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>Adding your files first…</source>
        <translation>Ajout de vos fichiers d’abord…</translation>
    </message>
    <message>
        <source>Change the question, then send it again.</source>
        <translation>Modifiez la question, puis envoyez-la à nouveau.</translation>
    </message>
    <message>
        <source>New chat. Ask anything.</source>
        <translation>Nouvelle conversation. Posez votre question.</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>Enregistrement d’une copie de %1…</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini répond…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Mise en ligne de %1…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Stopped. The answer so far is kept.</source>
        <translation>Arrêté. La réponse reçue jusqu’ici est conservée.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Un problème inattendu est survenu. Les détails se trouvent dans le fichier journal.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>La réponse n’a pas pu être terminée.</translation>
    </message>
    <message>
        <source>Gemini is still answering. Stop the answer first (Esc), then try again.</source>
        <translation>Gemini répond encore. Arrêtez d’abord la réponse (Échap), puis réessayez.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>Rouverte. Posez une autre question pour continuer.</translation>
    </message>
    <message>
        <source>The question is back in the box; its files could not be read back.</source>
        <translation>La question est revenue dans la zone de saisie&#xa0;; ses fichiers n’ont pas pu être relus.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Titre de la conversation</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Compare · %1</source>
        <comment>a compare of models, and its date</comment>
        <translation>Comparaison · %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Gemini Desktop. You can go on working; if something looks wrong, restart the app. To help fix it, copy the report below into a bug report (it holds no keys or passwords).</source>
        <translation>Un problème inattendu est survenu dans Gemini Desktop. Vous pouvez continuer à travailler ; si quelque chose semble anormal, redémarrez l’application. Pour aider à corriger le problème, copiez le rapport ci-dessous dans un signalement de bug (il ne contient ni clé ni mot de passe).</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d’erreur</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DialogFooter</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>DialogHeader</name>
    <message>
        <source>Welcome to Gemini Desktop</source>
        <translation>Bienvenue dans Gemini Desktop</translation>
    </message>
    <message>
        <source>First, choose how Gemini Desktop should connect to Google&apos;s Gemini models. You can change this, or add other ways, later in Connection settings.</source>
        <translation>D’abord, choisissez comment Gemini Desktop se connecte aux modèles Gemini de Google. Vous pourrez changer cela, ou ajouter d’autres façons, plus tard dans Paramètres de connexion.</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Paramètres de connexion</translation>
    </message>
    <message>
        <source>Change a saved connection, or add another way to connect.</source>
        <translation>Modifiez une connexion enregistrée, ou ajoutez une autre façon de vous connecter.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Gemini Desktop keeps its own copy of the key in your password store, so the key file is no longer needed.</source>
        <translation>Gemini Desktop garde sa propre copie de la clé dans votre trousseau&#xa0;: le fichier de clé n’est plus nécessaire.</translation>
    </message>
    <message>
        <source>The original key file is still on this computer. Anyone who gets it can use your Google Cloud project, so you may want to delete it:</source>
        <translation>Le fichier de clé d’origine se trouve toujours sur cet ordinateur. Quiconque l’obtient peut utiliser votre projet Google Cloud&#xa0;; vous voudrez peut-être le supprimer&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the original file</source>
        <translation>Supprimer le fichier d’origine</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>“%1” is saved and in use</source>
        <translation>«&#xa0;%1&#xa0;» est enregistrée et utilisée</translation>
    </message>
    <message>
        <source>Deleted. Only the copy in your password store is left.</source>
        <translation>Supprimé. Seule la copie dans votre trousseau subsiste.</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to attach</source>
        <translation>Déposez pour joindre</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs or text files</source>
        <translation>Photos, vidéos, enregistrements, PDF ou fichiers texte</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>Connect…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Ask Gemini anything</source>
        <translation>Demandez ce que vous voulez à Gemini</translation>
    </message>
    <message>
        <source>Gemini Desktop sends your questions, photos and videos to Google&apos;s Gemini models and shows the answers here as they are written.</source>
        <translation>Gemini Desktop envoie vos questions, photos et vidéos aux modèles Gemini de Google et affiche ici les réponses au fur et à mesure qu’elles s’écrivent.</translation>
    </message>
    <message>
        <source>Not connected to Gemini</source>
        <translation>Non connecté à Gemini</translation>
    </message>
    <message>
        <source>Connect with a key from Google AI Studio, a Vertex AI project or another server, then ask your first question.</source>
        <translation>Connectez-vous avec une clé de Google AI Studio, un projet Vertex AI ou un autre serveur, puis posez votre première question.</translation>
    </message>
    <message>
        <source>Type a question or drop a photo to get started.</source>
        <translation>Saisissez une question ou déposez une photo pour commencer.</translation>
    </message>
</context>
<context>
    <name>ErrorAction</name>
    <message>
        <source>Open the page</source>
        <translation>Ouvrir la page</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Choisir un modèle</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Modifier le message</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>Vous pourrez réessayer dans %1&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>ExpressKeyForm</name>
    <message>
        <source>Paste the API key from the Vertex AI Studio settings. It starts with “AQ.”. Express mode needs no project or region.</source>
        <translation>Collez la clé API des paramètres de Vertex AI Studio. Elle commence par «&#xa0;AQ.&#xa0;». Le mode express ne demande ni projet ni région.</translation>
    </message>
    <message>
        <source>This way needs a Vertex AI key in express mode. A key from Google AI Studio belongs under “Gemini API key”.</source>
        <translation>Cette méthode demande une clé Vertex AI en mode express. Une clé de Google AI Studio va sous «&#xa0;Clé API Gemini&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>Chercher dans la conversation</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>GcloudForm</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Gemini Desktop uses the Google Cloud sign-in already on this computer. Choose which project pays for the requests.</source>
        <translation>Gemini Desktop utilise la connexion Google Cloud déjà présente sur cet ordinateur. Choisissez le projet qui paie les requêtes.</translation>
    </message>
    <message>
        <source>Looking for a gcloud sign-in on this computer…</source>
        <translation>Recherche d’une connexion gcloud sur cet ordinateur…</translation>
    </message>
    <message>
        <source>No gcloud sign-in was found on this computer.</source>
        <translation>Aucune connexion gcloud n’a été trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Install Google&apos;s gcloud tool, run this command in a terminal and sign in in the browser; then click Check again.</source>
        <translation>Installez l’outil gcloud de Google, exécutez cette commande dans un terminal et connectez-vous dans le navigateur&#xa0;; cliquez ensuite sur Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>The sign-in file cannot be used.</source>
        <translation>Le fichier de connexion ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Found a sign-in: %1</source>
        <translation>Connexion trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>From gcloud: %1</source>
        <translation>Depuis gcloud&#xa0;: %1</translation>
    </message>
    <message>
        <source>From GOOGLE_APPLICATION_CREDENTIALS: %1</source>
        <translation>Depuis GOOGLE_APPLICATION_CREDENTIALS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>This sign-in has no quota project, so Google may answer “quota exceeded” or “API not enabled”. To fix it, run this command in a terminal:</source>
        <translation>Cette connexion n’a pas de projet de quota&#xa0;: Google risque de répondre «&#xa0;quota dépassé&#xa0;» ou «&#xa0;API non activée&#xa0;». Pour corriger cela, exécutez cette commande dans un terminal&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GeminiKeyForm</name>
    <message>
        <source>Paste the key you created in Google AI Studio. It starts with “AQ.” (newer keys) or “AIza”.</source>
        <translation>Collez la clé créée dans Google AI Studio. Elle commence par «&#xa0;AQ.&#xa0;» (clés récentes) ou «&#xa0;AIza&#xa0;».</translation>
    </message>
    <message>
        <source>This way needs a Gemini API key from Google AI Studio. A key from Vertex AI belongs under “Vertex AI express key”.</source>
        <translation>Cette méthode demande une clé API Gemini de Google AI Studio. Une clé de Vertex AI va sous «&#xa0;Clé Vertex AI express&#xa0;».</translation>
    </message>
</context>
<context>
    <name>GoogleSignInForm</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Se connecter avec Google</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Choose the OAuth client file first.</source>
        <translation>Choisissez d’abord le fichier du client OAuth.</translation>
    </message>
    <message>
        <source>Sign in with Google first.</source>
        <translation>Connectez-vous d’abord avec Google.</translation>
    </message>
    <message>
        <source>Choose the OAuth client file (type “Desktop app”) from your Google Cloud project, then sign in with your Google account in the browser.</source>
        <translation>Choisissez le fichier du client OAuth (type «&#xa0;Application de bureau&#xa0;») de votre projet Google Cloud, puis connectez-vous avec votre compte Google dans le navigateur.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Choose the OAuth client file</source>
        <translation>Choisir le fichier du client OAuth</translation>
    </message>
    <message>
        <source>OAuth client %1 is ready. Now sign in.</source>
        <translation>Le client OAuth %1 est prêt. Connectez-vous maintenant.</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Choisir un autre…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Gemini Desktop is waiting…</source>
        <translation>Terminez la connexion dans votre navigateur. Gemini Desktop attend…</translation>
    </message>
    <message>
        <source>A browser window should have opened. If you do not see it, copy this link into your browser:</source>
        <translation>Une fenêtre du navigateur a dû s’ouvrir. Si vous ne la voyez pas, copiez ce lien dans votre navigateur&#xa0;:</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy this link into your browser to sign in:</source>
        <translation>Le navigateur n’a pas pu être ouvert. Copiez ce lien dans votre navigateur pour vous connecter&#xa0;:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>✓ Signed in as %1</source>
        <translation>✓ Connecté en tant que %1</translation>
    </message>
    <message>
        <source>✓ Signed in with Google</source>
        <translation>✓ Connecté avec Google</translation>
    </message>
    <message>
        <source>Ready to sign in.</source>
        <translation>Prêt pour la connexion.</translation>
    </message>
    <message>
        <source>First choose the client file.</source>
        <translation>Choisissez d’abord le fichier du client.</translation>
    </message>
    <message>
        <source>Drop the OAuth client file (client_secret_….json) here</source>
        <translation>Déposez ici le fichier du client OAuth (client_secret_….json)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Report a bug…</source>
        <translation>&amp;Signaler un bug…</translation>
    </message>
    <message>
        <source>&amp;About Gemini Desktop</source>
        <translation>À &amp;propos de Gemini Desktop</translation>
    </message>
    <message>
        <source>The log folder could not be opened.</source>
        <translation>Le dossier des journaux n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The bug report page opens in your browser. Please attach the log file: Help ▸ Open log folder shows it.</source>
        <translation>La page de signalement de bug s’ouvre dans votre navigateur. Joignez-y le fichier journal : Aide ▸ Ouvrir le dossier des journaux le montre.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Markdown, photos in a folder beside it (*.md)</source>
        <translation>Markdown, photos dans un dossier à côté (*.md)</translation>
    </message>
    <message>
        <source>Web page, all in one file (*.html)</source>
        <translation>Page web, tout en un seul fichier (*.html)</translation>
    </message>
    <message>
        <source>Conversation file, to import or replay (*.json)</source>
        <translation>Fichier de conversation, à importer ou rejouer (*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Importer une conversation</translation>
    </message>
    <message>
        <source>Conversation files (*.json)</source>
        <translation>Fichiers de conversation (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Exported from Gemini Desktop</source>
        <translation>Exporté depuis Gemini Desktop</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>missing from the history</source>
        <translation>absent de l’historique</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>Interrupted: the app closed while this answer was arriving.</source>
        <translation>Interrompue&#xa0;: l’application s’est fermée pendant l’arrivée de cette réponse.</translation>
    </message>
    <message>
        <source>Still arriving when this was exported.</source>
        <translation>Encore en cours d’arrivée au moment de l’export.</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>Cette réponse a échoué.</translation>
    </message>
    <message>
        <source>%1 tokens in</source>
        <translation>%1 jetons en entrée</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 en sortie</translation>
    </message>
    <message>
        <source>%1 thinking</source>
        <translation>%1 de réflexion</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Today %1</source>
        <translation>Aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Nouveau chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>Import conversation…</source>
        <translation>Importer une conversation…</translation>
    </message>
    <message>
        <source>Open a conversation exported as JSON</source>
        <translation>Ouvrir une conversation exportée en JSON</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Aucune conversation ne mentionne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Your conversations will appear here, newest first.</source>
        <translation>Vos conversations apparaîtront ici, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>KeyFileForm</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose or drop the service account&apos;s key file first.</source>
        <translation>Choisissez ou déposez d’abord le fichier de clé du compte de service.</translation>
    </message>
    <message>
        <source>Drop the service account&apos;s .json key file below, or choose it. Gemini Desktop keeps a copy in your password store.</source>
        <translation>Déposez ci-dessous le fichier de clé .json du compte de service, ou choisissez-le. Gemini Desktop en garde une copie dans votre trousseau.</translation>
    </message>
    <message>
        <source>The key is saved in your password store</source>
        <translation>La clé est enregistrée dans votre trousseau</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>Choose another key file</source>
        <translation>Choisir un autre fichier de clé</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s key file</source>
        <translation>Choisir le fichier de clé du compte de service</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Choisir un autre…</translation>
    </message>
    <message>
        <source>Drop the key file (.json) here</source>
        <translation>Déposez ici le fichier de clé (.json)</translation>
    </message>
</context>
<context>
    <name>KeyringBar</name>
    <message>
        <source>Use for this session only</source>
        <translation>Utiliser pour cette session seulement</translation>
    </message>
    <message>
        <source>Connections you save now are kept for this session only: Gemini Desktop forgets them when it closes.</source>
        <translation>Les connexions que vous enregistrez maintenant ne valent que pour cette session : Gemini Desktop les oublie à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Restart Gemini Desktop in %1?</source>
        <translation>Redémarrer Gemini Desktop en %1&#xa0;?</translation>
    </message>
    <message>
        <source>The open conversation and the text you are typing are kept. An answer still being written stops where it is.</source>
        <translation>La conversation ouverte et le texte en cours de saisie sont conservés. Une réponse en cours d’écriture s’arrête là où elle en est.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>LongAnswerBar</name>
    <message>
        <source>Show the whole answer</source>
        <translation>Afficher toute la réponse</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>This answer is too long to show here whole (%1 characters): its start is above and its end below.</source>
        <translation>Cette réponse est trop longue pour être affichée ici en entier (%1 caractères) : son début est au-dessus et sa fin en dessous.</translation>
    </message>
    <message>
        <source>Save the answer as</source>
        <translation>Enregistrer la réponse sous</translation>
    </message>
    <message>
        <source>The answer could not be written: %1</source>
        <translation>La réponse n’a pas pu être enregistrée : %1</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Which connection Gemini Desktop uses</source>
        <translation>La connexion qu’utilise Gemini Desktop</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Paramètres de connexion…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Ask a question, or drop a photo or a video here and ask about it…</source>
        <translation>Posez une question, ou déposez ici une photo ou une vidéo et posez une question à son sujet…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>%1 to send · Enter for a new line</source>
        <translation>%1 pour envoyer · Entrée pour aller à la ligne</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the question (%1)</source>
        <translation>Envoyer la question (%1)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>From the environment variables · %1</source>
        <translation>Depuis les variables d’environnement · %1</translation>
    </message>
    <message>
        <source>Open Connection settings to choose how to connect.</source>
        <translation>Ouvrez les Paramètres de connexion pour choisir comment vous connecter.</translation>
    </message>
    <message>
        <source>Using %1 · %2</source>
        <translation>Connexion&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importer une conversation…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>Paramètres de &amp;connexion…</translation>
    </message>
    <message>
        <source>&amp;Get code…</source>
        <translation>&amp;Obtenir le code…</translation>
    </message>
    <message>
        <source>The code that sends the question being written</source>
        <translation>Le code qui envoie la question en cours d’écriture</translation>
    </message>
    <message>
        <source>&amp;Describe a folder…</source>
        <translation>&amp;Décrire un dossier…</translation>
    </message>
    <message>
        <source>Alt text, captions, keywords or titles for many photos at once</source>
        <translation>Textes alternatifs, légendes, mots-clés ou titres pour de nombreuses photos à la fois</translation>
    </message>
    <message>
        <source>&amp;Unfinished batches</source>
        <translation>Lots &amp;inachevés</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Conversation list</source>
        <translation>&amp;Liste des conversations</translation>
    </message>
    <message>
        <source>Show or hide your earlier conversations</source>
        <translation>Afficher ou masquer vos conversations précédentes</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>&amp;Settings panel</source>
        <translation>Panneau &amp;Paramètres</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Show or hide the model and the settings used for answers</source>
        <translation>Afficher ou masquer le modèle et les paramètres utilisés pour les réponses</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>Co&amp;mparer des modèles…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Ask two or three models the same question side by side</source>
        <translation>Poser la même question à deux ou trois modèles, côte à côte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Same as the computer (%1)</source>
        <translation>Comme l’ordinateur (%1)</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{file} is damaged or incomplete: the picture stops part of the way through.</source>
        <translation>{file} est endommagé ou incomplet&#xa0;: l’image s’arrête en cours de route.</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again, then add it.</source>
        <translation>Sa copie ou son téléchargement n’est peut-être pas terminé&#xa0;; copiez-le à nouveau, puis ajoutez-le.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a complete picture.</source>
        <translation>{file} est endommagé ou n’est pas une image complète.</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again, or choose another photo.</source>
        <translation>Ouvrez-le dans une visionneuse d’images et enregistrez-le à nouveau, ou choisissez une autre photo.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a device or a pipe).</source>
        <translation>{file} n’est pas un fichier ordinaire (c’est un périphérique ou un tube).</translation>
    </message>
    <message>
        <source>Save what you want to send as a file, then add that file.</source>
        <translation>Enregistrez ce que vous voulez envoyer dans un fichier, puis ajoutez ce fichier.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} n’existe pas.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; check the name and the folder.</source>
        <translation>Il a peut-être été déplacé, renommé ou supprimé&#xa0;; vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; add it again.</source>
        <translation>Il a peut-être été déplacé, renommé ou supprimé&#xa0;; ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} ne peut pas être lu&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>Give yourself read access to the file, or copy it somewhere readable.</source>
        <translation>Donnez-vous le droit de lire le fichier, ou copiez-le dans un endroit lisible.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Give the files inside it instead.</source>
        <translation>Ajoutez plutôt les fichiers qu’il contient.</translation>
    </message>
    <message>
        <source>{file} is a shortcut (symbolic link) that leads back to itself.</source>
        <translation>{file} est un raccourci (lien symbolique) qui renvoie à lui-même.</translation>
    </message>
    <message>
        <source>Add the file it was meant to point to instead.</source>
        <translation>Ajoutez plutôt le fichier vers lequel il devait pointer.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Vérifiez le fichier, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} changed while it was being sent.</source>
        <translation>{file} a changé pendant son envoi.</translation>
    </message>
    <message>
        <source>Wait until the program writing it has finished, then send again.</source>
        <translation>Attendez que le programme qui l’écrit ait terminé, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>{file} is {size}; Gemini reads files up to {limit}.</source>
        <translation>{file} fait {size}&#xa0;; Gemini lit les fichiers jusqu’à {limit}.</translation>
    </message>
    <message>
        <source>A secure connection to Google could not be made.</source>
        <translation>Impossible d’établir une connexion sécurisée avec Google.</translation>
    </message>
    <message>
        <source>A secure connection to the server at {host} could not be made.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le serveur {host}.</translation>
    </message>
    <message>
        <source>If your network inspects secure traffic, ask its administrator for help.</source>
        <translation>Si votre réseau inspecte le trafic sécurisé, demandez de l’aide à son administrateur.</translation>
    </message>
    <message>
        <source>Could not reach Google.</source>
        <translation>Impossible de joindre Google.</translation>
    </message>
    <message>
        <source>Could not reach the server at {host}.</source>
        <translation>Impossible de joindre le serveur {host}.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>Vérifiez votre connexion Internet (et les paramètres du proxy), puis réessayez.</translation>
    </message>
    <message>
        <source>Google stopped answering for too long.</source>
        <translation>Google a cessé de répondre trop longtemps.</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering for too long.</source>
        <translation>Le serveur {host} a cessé de répondre trop longtemps.</translation>
    </message>
    <message>
        <source>Google sent no answer for {wait}.</source>
        <translation>Google n’a envoyé aucune réponse pendant {wait}.</translation>
    </message>
    <message>
        <source>The server at {host} sent no answer for {wait}.</source>
        <translation>Le serveur {host} n’a envoyé aucune réponse pendant {wait}.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, choose a lower thinking level or check your proxy.</source>
        <translation>Réessayez. Si cela se reproduit, choisissez un niveau de réflexion plus bas ou vérifiez votre proxy.</translation>
    </message>
    <message>
        <source>A web page came back instead of Gemini&apos;s answer.</source>
        <translation>Une page web est arrivée à la place de la réponse de Gemini.</translation>
    </message>
    <message>
        <source>The server at {host} answered with a web page, not with Gemini&apos;s answer.</source>
        <translation>Le serveur {host} a répondu par une page web, et non par la réponse de Gemini.</translation>
    </message>
    <message>
        <source>If this network asks you to sign in first (a hotel or office Wi-Fi), open any web page in your browser and do so; otherwise check the server address and any proxy.</source>
        <translation>Si ce réseau demande d’abord de se connecter (Wi-Fi d’un hôtel ou d’un bureau), ouvrez une page web dans votre navigateur et connectez-vous ; sinon, vérifiez l’adresse du serveur et le proxy éventuel.</translation>
    </message>
    <message>
        <source>The answer stopped arriving: no more of it came for {wait}.</source>
        <translation>La réponse a cessé d’arriver&#xa0;: plus rien n’est venu pendant {wait}.</translation>
    </message>
    <message>
        <source>What arrived is kept. Send again to get the whole answer.</source>
        <translation>Ce qui est arrivé est conservé. Envoyez à nouveau pour obtenir la réponse complète.</translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving.</source>
        <translation>La connexion a été coupée pendant l’arrivée de la réponse.</translation>
    </message>
    <message>
        <source>The connection to Google broke.</source>
        <translation>La connexion avec Google a été coupée.</translation>
    </message>
    <message>
        <source>The connection to the server at {host} broke.</source>
        <translation>La connexion avec le serveur {host} a été coupée.</translation>
    </message>
    <message>
        <source>Counting tokens is not available on the OpenAI-compatible API.</source>
        <translation>Le comptage des jetons n’est pas disponible avec l’API compatible OpenAI.</translation>
    </message>
    <message>
        <source>Use Vertex AI or the Gemini API to count tokens.</source>
        <translation>Utilisez Vertex AI ou l’API Gemini pour compter les jetons.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server address.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, vérifiez l’adresse du serveur.</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}).</source>
        <translation>{file} n’a pas pu être enregistré ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk has free space.</source>
        <translation>Choisissez un autre dossier, ou vérifiez qu’il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file} n’a pas pu être lu ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>Vérifiez que le fichier existe toujours et que vous pouvez l’ouvrir.</translation>
    </message>
    <message>
        <source>{file} was exported by a newer version of Gemini Desktop (format version {version}), which this version cannot read.</source>
        <translation>{file} a été exporté par une version plus récente de Gemini Desktop (version de format {version}), que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <source>Update Gemini Desktop, then import it again.</source>
        <translation>Mettez à jour Gemini Desktop, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} is not a conversation exported by Gemini Desktop.</source>
        <translation>{file} n’est pas une conversation exportée par Gemini Desktop.</translation>
    </message>
    <message>
        <source>Choose a .json file made with Export in Gemini Desktop.</source>
        <translation>Choisissez un fichier .json créé avec Exporter dans Gemini Desktop.</translation>
    </message>
    <message>
        <source>{file} is a Gemini Desktop conversation, but it is damaged, so it cannot be imported.</source>
        <translation>{file} est une conversation Gemini Desktop, mais il est endommagé et ne peut donc pas être importé.</translation>
    </message>
    <message>
        <source>Export the conversation again, or choose another copy of the file.</source>
        <translation>Exportez à nouveau la conversation, ou choisissez une autre copie du fichier.</translation>
    </message>
    <message>
        <source>{file} has no question to send again.</source>
        <translation>{file} ne contient aucune question à renvoyer.</translation>
    </message>
    <message>
        <source>Give a question to ask with --prompt.</source>
        <translation>Indiquez une question à poser avec --prompt.</translation>
    </message>
    <message>
        <source>Could not reach Google to renew your sign-in.</source>
        <translation>Impossible de joindre Google pour renouveler votre connexion.</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Vérifiez votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem renewing your sign-in.</source>
        <translation>Le service de connexion de Google a rencontré un problème en renouvelant votre connexion.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service did not answer within {wait}.</source>
        <translation>Le service de connexion de Google n’a pas répondu en {wait}.</translation>
    </message>
    <message>
        <source>Google did not accept your saved sign-in.</source>
        <translation>Google n’a pas accepté votre connexion enregistrée.</translation>
    </message>
    <message>
        <source>Sign in again, or choose another key file in Connection settings.</source>
        <translation>Reconnectez-vous, ou choisissez un autre fichier de clé dans les Paramètres de connexion.</translation>
    </message>
    <message>
        <source>Gemini Desktop is not connected to Gemini yet.</source>
        <translation>Gemini Desktop n’est pas encore connecté à Gemini.</translation>
    </message>
    <message>
        <source>Open Connection settings and choose how to connect.</source>
        <translation>Ouvrez les Paramètres de connexion et choisissez comment vous connecter.</translation>
    </message>
    <message>
        <source>The address {url} given in {name} is not a web address.</source>
        <translation>L’adresse {url} indiquée dans {name} n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>Give a full address such as https://example.com or http://localhost:8080/v1.</source>
        <translation>Indiquez une adresse complète, comme https://example.com ou http://localhost:8080/v1.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Gemini API key to use.</source>
        <translation>Gemini Desktop n’a aucune clé API Gemini à utiliser.</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio.</source>
        <translation>Définissez GEMINI_API_KEY avec une clé de Google AI Studio.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no server for the OpenAI-compatible API to use.</source>
        <translation>Gemini Desktop n’a aucun serveur pour l’API compatible OpenAI.</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT for Vertex AI, or OPENAI_BASE_URL for another server.</source>
        <translation>Définissez GOOGLE_CLOUD_PROJECT pour Vertex AI, ou OPENAI_BASE_URL pour un autre serveur.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Google Cloud project to use.</source>
        <translation>Gemini Desktop n’a aucun projet Google Cloud à utiliser.</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT (and sign in with gcloud), or set GOOGLE_API_KEY.</source>
        <translation>Définissez GOOGLE_CLOUD_PROJECT (et connectez-vous avec gcloud), ou définissez GOOGLE_API_KEY.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no connection to use.</source>
        <translation>Gemini Desktop n’a aucune connexion à utiliser.</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio, or GOOGLE_CLOUD_PROJECT for Vertex AI.</source>
        <translation>Définissez GEMINI_API_KEY avec une clé de Google AI Studio, ou GOOGLE_CLOUD_PROJECT pour Vertex AI.</translation>
    </message>
    <message>
        <source>The key for “{profile}” is missing from the password store.</source>
        <translation>La clé de «&#xa0;{profile}&#xa0;» est absente du trousseau.</translation>
    </message>
    <message>
        <source>Open Connection settings and enter the key again.</source>
        <translation>Ouvrez les Paramètres de connexion et saisissez à nouveau la clé.</translation>
    </message>
    <message>
        <source>The saved Google sign-in of “{profile}” is damaged.</source>
        <translation>La connexion Google enregistrée de «&#xa0;{profile}&#xa0;» est endommagée.</translation>
    </message>
    <message>
        <source>Open Connection settings and sign in with Google again.</source>
        <translation>Ouvrez les Paramètres de connexion et reconnectez-vous avec Google.</translation>
    </message>
    <message>
        <source>No Google Cloud sign-in was found on this computer.</source>
        <translation>Aucune connexion Google Cloud n’a été trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Run `gcloud auth application-default login`, or use an API key instead.</source>
        <translation>Exécutez `gcloud auth application-default login`, ou utilisez plutôt une clé API.</translation>
    </message>
    <message>
        <source>The credentials file {path} ({source}) cannot be used.</source>
        <translation>Le fichier d’identifiants {path} ({source}) ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Check that the file exists and is a Google key or sign-in file.</source>
        <translation>Vérifiez que le fichier existe et qu’il s’agit d’un fichier de clé ou de connexion Google.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>The key of {profile}</source>
        <translation>La clé de {profile}</translation>
    </message>
    <message>
        <source>{file} is not a key file (it is not JSON).</source>
        <translation>{file} n’est pas un fichier de clé (ce n’est pas du JSON).</translation>
    </message>
    <message>
        <source>{file} holds a personal Google sign-in, not a service-account key.</source>
        <translation>{file} contient une connexion Google personnelle, pas une clé de compte de service.</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>Choisissez plutôt «&#xa0;Google Cloud (gcloud)&#xa0;», ou demandez une clé de compte de service.</translation>
    </message>
    <message>
        <source>{file} is an OAuth client file, not a service-account key.</source>
        <translation>{file} est un fichier de client OAuth, pas une clé de compte de service.</translation>
    </message>
    <message>
        <source>Choose “Sign in with Google” to use it.</source>
        <translation>Choisissez «&#xa0;Connexion avec Google&#xa0;» pour l’utiliser.</translation>
    </message>
    <message>
        <source>{file} is not a key file.</source>
        <translation>{file} n’est pas un fichier de clé.</translation>
    </message>
    <message>
        <source>{file} is not a complete service-account key.</source>
        <translation>{file} n’est pas une clé de compte de service complète.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>Dans la console Google Cloud, ouvrez IAM → Comptes de service → Clés et ajoutez une clé JSON.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>Ce fichier n’est pas un fichier de client OAuth de Google.</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>Ce fichier est destiné à une application web, pas à une application de bureau.</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>Ce fichier est une clé de compte de service, pas un client OAuth pour une application de bureau.</translation>
    </message>
    <message>
        <source>This file holds a saved Google sign-in, not an OAuth client for a desktop app.</source>
        <translation>Ce fichier contient une connexion Google enregistrée, pas un client OAuth pour une application de bureau.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>Ce fichier n’est pas un fichier de client OAuth pour une application de bureau.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>Ce fichier de client OAuth n’a pas d’ID client.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>Ce fichier de client OAuth n’a pas de code secret du client.</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>Ce fichier de client OAuth contient une adresse Google erronée.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>Dans la console Google Cloud, ouvrez API et services → Identifiants, créez un client OAuth de type Application de bureau et téléchargez son JSON.</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>Utilisez-le sous «&#xa0;Clé de compte de service&#xa0;», ou téléchargez un client OAuth de type Application de bureau.</translation>
    </message>
    <message>
        <source>Gemini Desktop could not wait for Google&apos;s answer on this computer.</source>
        <translation>Gemini Desktop n’a pas pu attendre la réponse de Google sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Check that no security software blocks connections inside this computer, then try again.</source>
        <translation>Vérifiez qu’aucun logiciel de sécurité ne bloque les connexions internes à cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation>La connexion a pris trop de temps.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish in the browser within {wait}.</source>
        <translation>Cliquez à nouveau sur Se connecter avec Google et terminez dans le navigateur en moins de {wait}.</translation>
    </message>
    <message>
        <source>Could not reach Google to finish signing in.</source>
        <translation>Impossible de joindre Google pour terminer la connexion.</translation>
    </message>
    <message>
        <source>Check your internet connection, then sign in again.</source>
        <translation>Vérifiez votre connexion Internet, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in could not be read.</source>
        <translation>La réponse de Google à la connexion n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>Sign in again in a moment.</source>
        <translation>Reconnectez-vous dans un instant.</translation>
    </message>
    <message>
        <source>You did not allow Gemini Desktop to use Google Cloud.</source>
        <translation>Vous n’avez pas autorisé Gemini Desktop à utiliser Google Cloud.</translation>
    </message>
    <message>
        <source>Sign in again and leave the Google Cloud permission ticked.</source>
        <translation>Reconnectez-vous en laissant cochée l’autorisation Google Cloud.</translation>
    </message>
    <message>
        <source>Google did not give Gemini Desktop lasting access to your account.</source>
        <translation>Google n’a pas donné à Gemini Desktop d’accès durable à votre compte.</translation>
    </message>
    <message>
        <source>In your Google Account&apos;s settings, remove Gemini Desktop&apos;s access (Security → Third-party apps), then sign in again.</source>
        <translation>Dans les paramètres de votre compte Google, retirez l’accès de Gemini Desktop (Sécurité → Applications tierces), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in: it was not valid or has expired.</source>
        <translation>Google n’a pas accepté la connexion&#xa0;: elle n’était pas valide ou a expiré.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish the steps in one go.</source>
        <translation>Cliquez à nouveau sur Se connecter avec Google et suivez les étapes d’une traite.</translation>
    </message>
    <message>
        <source>Google does not recognise the OAuth client in this file.</source>
        <translation>Google ne reconnaît pas le client OAuth de ce fichier.</translation>
    </message>
    <message>
        <source>Download the Desktop app client&apos;s JSON again from Google Cloud Console.</source>
        <translation>Téléchargez à nouveau le JSON du client Application de bureau depuis la console Google Cloud.</translation>
    </message>
    <message>
        <source>Google refused the sign-in because this OAuth client is not a Desktop app client.</source>
        <translation>Google a refusé la connexion, car ce client OAuth n’est pas un client Application de bureau.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem.</source>
        <translation>Le service de connexion de Google a rencontré un problème.</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in.</source>
        <translation>Google a refusé de terminer la connexion.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, download the client file again from Google Cloud Console.</source>
        <translation>Cliquez à nouveau sur Se connecter avec Google. Si l’échec persiste, téléchargez à nouveau le fichier du client depuis la console Google Cloud.</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was refused.</source>
        <translation>La réponse du navigateur n’appartenait pas à cette connexion&#xa0;: elle a été refusée.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again.</source>
        <translation>Cliquez à nouveau sur Se connecter avec Google.</translation>
    </message>
    <message>
        <source>You cancelled the sign-in.</source>
        <translation>Vous avez annulé la connexion.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and choose Allow when you are ready.</source>
        <translation>Cliquez à nouveau sur Se connecter avec Google et choisissez Autoriser quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in.</source>
        <translation>Google n’a pas terminé la connexion.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, ask the person who manages your Google account.</source>
        <translation>Cliquez à nouveau sur Se connecter avec Google. Si l’échec persiste, demandez à la personne qui gère votre compte Google.</translation>
    </message>
    <message>
        <source>Google&apos;s answer had no sign-in code in it.</source>
        <translation>La réponse de Google ne contenait aucun code de connexion.</translation>
    </message>
    <message>
        <source>Cloud Storage</source>
        <translation>Cloud Storage</translation>
    </message>
    <message>
        <source>The Gemini API&apos;s file storage</source>
        <translation>Le stockage de fichiers de l’API Gemini</translation>
    </message>
    <message>
        <source>The file {file} could not be read, so it was not saved with the message.</source>
        <translation>Le fichier {file} n’a pas pu être lu&#xa0;: il n’a pas été enregistré avec le message.</translation>
    </message>
    <message>
        <source>Check that it still exists and attach it again.</source>
        <translation>Vérifiez qu’il existe toujours et joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>A file attached to this conversation is missing from the history folder.</source>
        <translation>Un fichier joint à cette conversation manque dans le dossier de l’historique.</translation>
    </message>
    <message>
        <source>Attach it again if you still have it.</source>
        <translation>Joignez-le à nouveau si vous l’avez encore.</translation>
    </message>
    <message>
        <source>The file {file} changed while it was being saved.</source>
        <translation>Le fichier {file} a changé pendant son enregistrement.</translation>
    </message>
    <message>
        <source>Attach it again once it has finished changing.</source>
        <translation>Joignez-le à nouveau une fois qu’il ne change plus.</translation>
    </message>
    <message>
        <source>{file} was not sent: it was moved or deleted after it was attached.</source>
        <translation>{file} n’a pas été envoyé&#xa0;: il a été déplacé ou supprimé après avoir été joint.</translation>
    </message>
    <message>
        <source>Attach it again from where it is now.</source>
        <translation>Joignez-le à nouveau depuis son nouvel emplacement.</translation>
    </message>
    <message>
        <source>{file} was not sent: it cannot be read any more ({reason}).</source>
        <translation>{file} n’a pas été envoyé&#xa0;: il ne peut plus être lu ({reason}).</translation>
    </message>
    <message>
        <source>Check the file, then attach it again.</source>
        <translation>Vérifiez le fichier, puis joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} is not a photo or a video.</source>
        <translation>{file} n’est ni une photo ni une vidéo.</translation>
    </message>
    <message>
        <source>Only the photos and videos of a folder are described; it was left out.</source>
        <translation>Seules les photos et les vidéos d’un dossier sont décrites&#xa0;; ce fichier a été laissé de côté.</translation>
    </message>
    <message>
        <source>The answer for {file} is not the JSON object the schema asks for.</source>
        <translation>La réponse pour {file} n’est pas l’objet JSON que demande le schéma.</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, make the schema simpler.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, simplifiez le schéma.</translation>
    </message>
    <message>
        <source>Gemini sent no answer for {file}.</source>
        <translation>Gemini n’a envoyé aucune réponse pour {file}.</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, ask in other words.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, formulez la demande autrement.</translation>
    </message>
    <message>
        <source>Fix what Google&apos;s words name (the photo, the question or a setting), then send the photo again.</source>
        <translation>Corrigez ce que Google signale (la photo, la question ou un réglage), puis renvoyez la photo.</translation>
    </message>
    <message>
        <source>Ask in other words, then send the photo again.</source>
        <translation>Formulez la demande autrement, puis renvoyez la photo.</translation>
    </message>
    <message>
        <source>Use a smaller copy of this photo, then send it again.</source>
        <translation>Utilisez une copie plus petite de cette photo, puis renvoyez-la.</translation>
    </message>
    <message>
        <source>Send the photo again to get the whole answer.</source>
        <translation>Renvoyez la photo pour obtenir la réponse complète.</translation>
    </message>
    <message>
        <source>The batch job failed at Google before {file} was answered.</source>
        <translation>La tâche par lot a échoué chez Google avant que {file} n’ait reçu de réponse.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again, as a batch job or one by one.</source>
        <translation>Renvoyez les photos sans réponse, en tâche par lot ou une par une.</translation>
    </message>
    <message>
        <source>The batch job was not done in the time Google allows, so {file} has no answer.</source>
        <translation>La tâche par lot ne s’est pas terminée dans le délai que Google accorde&#xa0;: {file} n’a donc pas de réponse.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again; a smaller batch is done sooner.</source>
        <translation>Renvoyez les photos sans réponse ; un lot plus petit se termine plus vite.</translation>
    </message>
    <message>
        <source>The batch job was cancelled before {file} was answered.</source>
        <translation>La tâche par lot a été annulée avant que {file} n’ait reçu de réponse.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again when you want them described.</source>
        <translation>Renvoyez les photos sans réponse quand vous voudrez les faire décrire.</translation>
    </message>
    <message>
        <source>The results of the batch job have nothing for {file}.</source>
        <translation>Les résultats de la tâche par lot ne contiennent rien pour {file}.</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>Renvoyez-le.</translation>
    </message>
    <message>
        <source>This connection cannot send batch jobs.</source>
        <translation>Cette connexion ne peut pas envoyer de tâches par lot.</translation>
    </message>
    <message>
        <source>Batch jobs need the Gemini API, or Vertex AI with a Google account or service account and a Cloud Storage bucket.</source>
        <translation>Les tâches par lot demandent l’API Gemini, ou Vertex AI avec un compte Google ou un compte de service et un bucket Cloud Storage.</translation>
    </message>
    <message>
        <source>This API key may only be used from certain websites, apps or addresses.</source>
        <translation>Cette clé API ne peut être utilisée que depuis certains sites, applications ou adresses.</translation>
    </message>
    <message>
        <source>Remove the key&apos;s application restrictions in Google Cloud, or use another key.</source>
        <translation>Retirez les restrictions d’application de la clé dans Google Cloud, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <source>Google did not accept the API key.</source>
        <translation>Google n’a pas accepté la clé API.</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in Google AI Studio.</source>
        <translation>Vérifiez la clé dans les Paramètres de connexion, ou créez-en une nouvelle dans Google AI Studio.</translation>
    </message>
    <message>
        <source>Vertex AI did not accept the API key.</source>
        <translation>Vertex AI n’a pas accepté la clé API.</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in the Vertex AI Studio settings.</source>
        <translation>Vérifiez la clé dans les paramètres de connexion, ou créez-en une nouvelle dans les paramètres de Vertex AI Studio.</translation>
    </message>
    <message>
        <source>This API key has expired.</source>
        <translation>Cette clé API a expiré.</translation>
    </message>
    <message>
        <source>Create a new key in Google AI Studio and paste it in Connection settings.</source>
        <translation>Créez une nouvelle clé dans Google AI Studio et collez-la dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>This Vertex AI express key has expired.</source>
        <translation>Cette clé Vertex AI express a expiré.</translation>
    </message>
    <message>
        <source>Create a new key in the Vertex AI Studio settings and paste it in Connection settings.</source>
        <translation>Créez une nouvelle clé dans les paramètres de Vertex AI Studio et collez-la dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Google no longer accepts this older kind of key: create a new key in AI Studio.</source>
        <translation>Google n’accepte plus ce type de clé ancien : créez une nouvelle clé dans AI Studio.</translation>
    </message>
    <message>
        <source>Keys that start with “AIza” stopped working with the Gemini API in 2026; the keys AI Studio makes now start with “AQ.”.</source>
        <translation>Les clés qui commencent par « AIza » ne fonctionnent plus avec l’API Gemini depuis 2026 ; celles que crée AI Studio commencent désormais par « AQ. ».</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not the Gemini API.</source>
        <translation>Cette clé API est limitée à d’autres services Google, pas à l’API Gemini.</translation>
    </message>
    <message>
        <source>Add “Generative Language API” to the key&apos;s API restrictions in Google Cloud, or create a new key in Google AI Studio.</source>
        <translation>Ajoutez « Generative Language API » aux restrictions d’API de la clé dans Google Cloud, ou créez une nouvelle clé dans Google AI Studio.</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not Vertex AI.</source>
        <translation>Cette clé API est limitée à d’autres services Google, pas à Vertex AI.</translation>
    </message>
    <message>
        <source>Add “Vertex AI API” to the key&apos;s API restrictions in Google Cloud, or use another key.</source>
        <translation>Ajoutez « Vertex AI API » aux restrictions d’API de la clé dans Google Cloud, ou utilisez une autre clé.</translation>
    </message>
    <message>
        <source>The Gemini API does not take this kind of key.</source>
        <translation>L’API Gemini n’accepte pas ce type de clé.</translation>
    </message>
    <message>
        <source>It may be a Vertex AI express key: connect it as one, or use a key from Google AI Studio.</source>
        <translation>C’est peut-être une clé Vertex AI express : connectez-la comme telle, ou utilisez une clé de Google AI Studio.</translation>
    </message>
    <message>
        <source>Vertex AI does not take this key: it is not an express-mode key.</source>
        <translation>Vertex AI n’accepte pas cette clé : ce n’est pas une clé du mode Express.</translation>
    </message>
    <message>
        <source>It may be a Gemini API key: connect it as one, or use a key from the Vertex AI Studio settings.</source>
        <translation>C’est peut-être une clé API Gemini : connectez-la comme telle, ou utilisez une clé des paramètres de Vertex AI Studio.</translation>
    </message>
    <message>
        <source>Google received an API key and a sign-in together, and takes only one of them.</source>
        <translation>Google a reçu à la fois une clé API et une connexion, et n’en accepte qu’une seule.</translation>
    </message>
    <message>
        <source>Gemini Desktop sends only one: a proxy or custom endpoint on the way may add the other. Remove it there, or connect without it.</source>
        <translation>Gemini Desktop n’en envoie qu’une : un proxy ou un point de terminaison personnalisé en chemin ajoute peut-être l’autre. Retirez-la à cet endroit, ou connectez-vous sans lui.</translation>
    </message>
    <message>
        <source>{service} is not turned on for this Google Cloud project.</source>
        <translation>{service} n’est pas activé pour ce projet Google Cloud.</translation>
    </message>
    <message>
        <source>The Vertex AI API is not turned on for this Google Cloud project.</source>
        <translation>L’API Vertex AI n’est pas activée pour ce projet Google Cloud.</translation>
    </message>
    <message>
        <source>The Gemini API is not turned on for this Google Cloud project.</source>
        <translation>L’API Gemini n’est pas activée pour ce projet Google Cloud.</translation>
    </message>
    <message>
        <source>Open the link to enable it, wait a minute, then try again.</source>
        <translation>Ouvrez le lien pour l’activer, attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation>Lien&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Your sign-in has expired or is not valid.</source>
        <translation>Votre connexion a expiré ou n’est pas valide.</translation>
    </message>
    <message>
        <source>Sign in again in Connection settings.</source>
        <translation>Reconnectez-vous dans les Paramètres de connexion.</translation>
    </message>
    <message>
        <source>Your account lacks the permission {permission} in this project.</source>
        <translation>Votre compte n’a pas l’autorisation {permission} dans ce projet.</translation>
    </message>
    <message>
        <source>Your account is not allowed to use this project or model.</source>
        <translation>Votre compte n’est pas autorisé à utiliser ce projet ou ce modèle.</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Vertex AI User role, or pick another project.</source>
        <translation>Demandez au propriétaire du projet le rôle Utilisateur Vertex AI, ou choisissez un autre projet.</translation>
    </message>
    <message>
        <source>Google did not allow this API key to use this model or this feature.</source>
        <translation>Google n’a pas autorisé cette clé API à utiliser ce modèle ou cette fonctionnalité.</translation>
    </message>
    <message>
        <source>Pick another model, or check the key in Google AI Studio (create a new one if it was restricted).</source>
        <translation>Choisissez un autre modèle, ou vérifiez la clé dans Google AI Studio (créez-en une nouvelle si elle était restreinte).</translation>
    </message>
    <message>
        <source>The server at {host} did not allow this request.</source>
        <translation>Le serveur {host} n’a pas autorisé cette requête.</translation>
    </message>
    <message>
        <source>Check the key and the model in Connection settings.</source>
        <translation>Vérifiez la clé et le modèle dans les Paramètres de connexion.</translation>
    </message>
    <message>
        <source>This model was not found, or your project cannot use it in this region.</source>
        <translation>Ce modèle est introuvable, ou votre projet ne peut pas l’utiliser dans cette région.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found, or your project cannot use it in this region.</source>
        <translation>Le modèle «&#xa0;{model}&#xa0;» est introuvable, ou votre projet ne peut pas l’utiliser dans cette région.</translation>
    </message>
    <message>
        <source>Pick another model from the list, or change the region.</source>
        <translation>Choisissez un autre modèle dans la liste, ou changez de région.</translation>
    </message>
    <message>
        <source>The Gemini API has no model “{model}” that this key can use.</source>
        <translation>L’API Gemini n’a pas de modèle «&#xa0;{model}&#xa0;» que cette clé peut utiliser.</translation>
    </message>
    <message>
        <source>The server at {host} did not find this model.</source>
        <translation>Le serveur {host} n’a pas trouvé ce modèle.</translation>
    </message>
    <message>
        <source>The server at {host} has no model “{model}”.</source>
        <translation>Le serveur {host} n’a pas de modèle «&#xa0;{model}&#xa0;».</translation>
    </message>
    <message>
        <source>Pick another model from the list.</source>
        <translation>Choisissez un autre modèle dans la liste.</translation>
    </message>
    <message>
        <source>You have sent more requests than your quota allows.</source>
        <translation>Vous avez envoyé plus de requêtes que votre quota ne le permet.</translation>
    </message>
    <message>
        <source>You&apos;ve reached this model&apos;s per-minute limit.</source>
        <translation>Vous avez atteint la limite par minute de ce modèle.</translation>
    </message>
    <message>
        <source>You&apos;ve reached today&apos;s limit for this model; it resets at midnight Pacific time.</source>
        <translation>Vous avez atteint la limite du jour pour ce modèle&#xa0;; elle est remise à zéro à minuit, heure du Pacifique.</translation>
    </message>
    <message>
        <source>Choose another model, or try again after the reset.</source>
        <translation>Choisissez un autre modèle, ou réessayez après la remise à zéro.</translation>
    </message>
    <message>
        <source>It frees up again within a minute; try again then.</source>
        <translation>Elle se libère en moins d’une minute&#xa0;; réessayez alors.</translation>
    </message>
    <message>
        <source>Your prepaid balance for the Gemini API has run out.</source>
        <translation>Votre solde prépayé pour l’API Gemini est épuisé.</translation>
    </message>
    <message>
        <source>Add credits to the project in Google AI Studio, then try again.</source>
        <translation>Ajoutez des crédits au projet dans Google AI Studio, puis réessayez.</translation>
    </message>
    <message>
        <source>Google&apos;s servers for this model are busy right now; your quota is not used up.</source>
        <translation>Les serveurs de Google pour ce modèle sont occupés en ce moment&#xa0;; votre quota n’est pas épuisé.</translation>
    </message>
    <message>
        <source>Try again in a minute, or choose another model.</source>
        <translation>Réessayez dans une minute, ou choisissez un autre modèle.</translation>
    </message>
    <message>
        <source>The server at {host} is receiving more requests than it allows.</source>
        <translation>Le serveur {host} reçoit plus de requêtes qu’il n’en autorise.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>Google took too long to answer.</source>
        <translation>Google a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>Google&apos;s service could not be reached through its gateway.</source>
        <translation>Le service de Google n’a pas pu être joint via sa passerelle.</translation>
    </message>
    <message>
        <source>Google&apos;s service is overloaded or down for a moment.</source>
        <translation>Le service de Google est surchargé ou momentanément indisponible.</translation>
    </message>
    <message>
        <source>Google&apos;s service cancelled this answer before it was finished.</source>
        <translation>Le service de Google a annulé cette réponse avant la fin.</translation>
    </message>
    <message>
        <source>Google&apos;s service had a problem answering.</source>
        <translation>Le service de Google a rencontré un problème pour répondre.</translation>
    </message>
    <message>
        <source>The server at {host} took too long to answer.</source>
        <translation>Le serveur {host} a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>The server at {host} cancelled this answer before it was finished.</source>
        <translation>Le serveur {host} a annulé cette réponse avant la fin.</translation>
    </message>
    <message>
        <source>The server at {host} could not reach the service behind it.</source>
        <translation>Le serveur {host} n’a pas pu joindre le service qui se trouve derrière lui.</translation>
    </message>
    <message>
        <source>The server at {host} is overloaded or down for a moment.</source>
        <translation>Le serveur {host} est surchargé ou momentanément indisponible.</translation>
    </message>
    <message>
        <source>The server at {host} had a problem answering.</source>
        <translation>Le serveur {host} a rencontré un problème pour répondre.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Gemini&apos;s API is not offered in your country or region.</source>
        <translation>L’API Gemini n’est pas proposée dans votre pays ou votre région.</translation>
    </message>
    <message>
        <source>Connect through Vertex AI with a Google Cloud project instead.</source>
        <translation>Connectez-vous plutôt via Vertex AI avec un projet Google Cloud.</translation>
    </message>
    <message>
        <source>Google cannot answer requests for this project yet.</source>
        <translation>Google ne peut pas encore répondre aux requêtes de ce projet.</translation>
    </message>
    <message>
        <source>Check that billing is turned on for the project, then try again.</source>
        <translation>Vérifiez que la facturation est activée pour le projet, puis réessayez.</translation>
    </message>
    <message>
        <source>The request is too large for Google to accept.</source>
        <translation>La requête est trop volumineuse pour que Google l’accepte.</translation>
    </message>
    <message>
        <source>Remove some attachments or use smaller files.</source>
        <translation>Retirez des pièces jointes ou utilisez des fichiers plus petits.</translation>
    </message>
    <message>
        <source>Google could not accept this request as it is.</source>
        <translation>Google n’a pas pu accepter cette requête telle quelle.</translation>
    </message>
    <message>
        <source>Change the settings or the message and send again; the details below say what.</source>
        <translation>Modifiez les paramètres ou le message et envoyez à nouveau&#xa0;; les détails ci-dessous disent quoi.</translation>
    </message>
    <message>
        <source>The answer stopped before the model said it was finished.</source>
        <translation>La réponse s’est arrêtée avant que le modèle indique qu’elle était terminée.</translation>
    </message>
    <message>
        <source>Send again to get the whole answer.</source>
        <translation>Envoyez à nouveau pour obtenir la réponse complète.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>Le serveur a envoyé une réponse que cette application ne sait pas lire.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, signalez-le.</translation>
    </message>
    <message>
        <source>The answer was stopped before it was finished.</source>
        <translation>La réponse a été arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>Run the command again to get the whole answer.</source>
        <translation>Relancez la commande pour obtenir la réponse complète.</translation>
    </message>
    <message>
        <source>The answer arrived garbled.</source>
        <translation>La réponse est arrivée brouillée.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check any proxy between you and Google.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, vérifiez tout proxy entre vous et Google.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it may break the safety rules.</source>
        <translation>Google a bloqué cette requête, car elle pourrait enfreindre les règles de sécurité.</translation>
    </message>
    <message>
        <source>Google blocked this prompt for a reason it did not give.</source>
        <translation>Google a bloqué cette requête pour une raison qu’il n’a pas donnée.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it contains a blocked word or phrase.</source>
        <translation>Google a bloqué cette requête, car elle contient un mot ou une expression bloqués.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it asks for prohibited content.</source>
        <translation>Google a bloqué cette requête, car elle demande un contenu interdit.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because of what one of the images shows.</source>
        <translation>Google a bloqué cette requête à cause de ce que montre l’une des images.</translation>
    </message>
    <message>
        <source>The project&apos;s Model Armor policy blocked this prompt.</source>
        <translation>La règle Model Armor du projet a bloqué cette requête.</translation>
    </message>
    <message>
        <source>Google blocked this prompt as an attempt to get around its rules.</source>
        <translation>Google a bloqué cette requête comme une tentative de contourner ses règles.</translation>
    </message>
    <message>
        <source>Google blocked this prompt.</source>
        <translation>Google a bloqué cette requête.</translation>
    </message>
    <message>
        <source>Change the wording or the attachments and send again.</source>
        <translation>Modifiez la formulation ou les pièces jointes et envoyez à nouveau.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Gemini Desktop can use, so it cannot save your key.</source>
        <translation>Cet ordinateur n’a pas de trousseau (gestionnaire de mots de passe) utilisable par Gemini Desktop&#xa0;: il ne peut pas enregistrer votre clé.</translation>
    </message>
    <message>
        <source>Use the key for this session only, or install GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>Utilisez la clé pour cette session seulement, ou installez GNOME Keyring ou KWallet et rouvrez votre session.</translation>
    </message>
    <message>
        <source>Your password store (keyring) is locked, so Gemini Desktop cannot read or save your key.</source>
        <translation>Votre trousseau est verrouillé&#xa0;: Gemini Desktop ne peut ni lire ni enregistrer votre clé.</translation>
    </message>
    <message>
        <source>Unlock it (your login password usually does), or use the key for this session only.</source>
        <translation>Déverrouillez-le (votre mot de passe de session suffit en général), ou utilisez la clé pour cette session seulement.</translation>
    </message>
    <message>
        <source>Your password store (keyring) did not keep the key: Gemini Desktop could not read it back, so it is not saved.</source>
        <translation>Votre trousseau (gestionnaire de mots de passe) n’a pas conservé la clé : Gemini Desktop n’a pas pu la relire, elle n’est donc pas enregistrée.</translation>
    </message>
    <message>
        <source>Use the key for this session only, or set up GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>Utilisez la clé pour cette session seulement, ou configurez GNOME Keyring ou KWallet et reconnectez-vous à votre bureau.</translation>
    </message>
    <message>
        <source>Your password store (keyring) refused to read or save the key.</source>
        <translation>Votre trousseau a refusé de lire ou d’enregistrer la clé.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, use the key for this session only.</source>
        <translation>Réessayez&#xa0;; si cela se reproduit, utilisez la clé pour cette session seulement.</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations right now because the disk is full.</source>
        <translation>Gemini Desktop ne peut pas enregistrer les conversations pour le moment, car le disque est plein.</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; free some space to save it.</source>
        <translation>Cette conversation est gardée jusqu’à la fermeture de l’application&#xa0;; libérez de la place pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations because its data folder cannot be written to.</source>
        <translation>Gemini Desktop ne peut pas enregistrer les conversations, car son dossier de données n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; make {folder} writable to save it.</source>
        <translation>Cette conversation est gardée jusqu’à la fermeture de l’application&#xa0;; rendez {folder} accessible en écriture pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Gemini Desktop could not save this conversation.</source>
        <translation>Gemini Desktop n’a pas pu enregistrer cette conversation.</translation>
    </message>
    <message>
        <source>It is kept until you close the app; try again, and report it if it keeps happening.</source>
        <translation>Elle est gardée jusqu’à la fermeture de l’application&#xa0;; réessayez, et signalez-le si cela se reproduit.</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist.</source>
        <translation>Le bucket Cloud Storage «&#xa0;{bucket}&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Check its name in Connection settings, or create it in the Google Cloud console.</source>
        <translation>Vérifiez son nom dans les Paramètres de connexion, ou créez-le dans la console Google Cloud.</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist, so {file} cannot be uploaded.</source>
        <translation>Le bucket Cloud Storage «&#xa0;{bucket}&#xa0;» n’existe pas&#xa0;: {file} ne peut donc pas être mis en ligne.</translation>
    </message>
    <message>
        <source>Create it in Google Cloud Console or pick another in Connection settings.</source>
        <translation>Créez-le dans la console Google Cloud ou choisissez-en un autre dans les Paramètres de connexion.</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>Votre compte n’a pas le droit de mettre des fichiers en ligne dans le bucket Cloud Storage «&#xa0;{bucket}&#xa0;».</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>{who} n’a pas le droit de mettre des fichiers en ligne dans le bucket Cloud Storage «&#xa0;{bucket}&#xa0;».</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>Votre compte n’a pas le droit de mettre des fichiers en ligne dans le bucket Cloud Storage «&#xa0;{bucket}&#xa0;»&#xa0;: {file} ne peut donc pas être envoyé.</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>{who} n’a pas le droit de mettre des fichiers en ligne dans le bucket Cloud Storage «&#xa0;{bucket}&#xa0;»&#xa0;: {file} ne peut donc pas être envoyé.</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Storage Object User role on that bucket, or pick another bucket in Connection settings.</source>
        <translation>Demandez au propriétaire du projet le rôle Utilisateur des objets Storage sur ce bucket, ou choisissez un autre bucket dans les Paramètres de connexion.</translation>
    </message>
    <message>
        <source>{where} refused {file} because too many uploads were made, or too much was stored, in a short time.</source>
        <translation>{where} a refusé {file}, car trop de fichiers ont été mis en ligne, ou trop de données stockées, en peu de temps.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>Attendez {wait} et envoyez à nouveau. Les fichiers mis en ligne sur l’API Gemini sont supprimés automatiquement au bout de 48 heures.</translation>
    </message>
    <message>
        <source>Wait a minute and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>Attendez une minute et envoyez à nouveau. Les fichiers mis en ligne sur l’API Gemini sont supprimés automatiquement au bout de 48 heures.</translation>
    </message>
    <message>
        <source>{file} could not be uploaded.</source>
        <translation>{file} n’a pas pu être mis en ligne.</translation>
    </message>
    <message>
        <source>Send again; if it keeps failing, try a smaller copy of the file.</source>
        <translation>Envoyez à nouveau&#xa0;; si l’échec persiste, essayez une copie plus petite du fichier.</translation>
    </message>
    <message>
        <source>The upload of {file} made no progress for {wait}.</source>
        <translation>La mise en ligne de {file} n’a pas progressé pendant {wait}.</translation>
    </message>
    <message>
        <source>Send again: the upload goes on from where it stopped. If it keeps happening, check your proxy.</source>
        <translation>Renvoyez le message : la mise en ligne reprend là où elle s’est arrêtée. Si cela se reproduit, vérifiez votre proxy.</translation>
    </message>
    <message>
        <source>The connection kept breaking while {file} was uploading.</source>
        <translation>La connexion n’a cessé de se couper pendant la mise en ligne de {file}.</translation>
    </message>
    <message>
        <source>Check your internet connection, then send again: the upload goes on from where it stopped.</source>
        <translation>Vérifiez votre connexion Internet, puis envoyez à nouveau&#xa0;: la mise en ligne reprend là où elle s’était arrêtée.</translation>
    </message>
    <message>
        <source>Google received {file} but could not read it.</source>
        <translation>Google a reçu {file} mais n’a pas pu le lire.</translation>
    </message>
    <message>
        <source>The file may be damaged or in a format Gemini does not read; save it again as MP4, MP3, PDF, PNG or JPEG and send it again.</source>
        <translation>Le fichier est peut-être endommagé ou dans un format que Gemini ne lit pas&#xa0;; enregistrez-le à nouveau en MP4, MP3, PDF, PNG ou JPEG et envoyez-le à nouveau.</translation>
    </message>
    <message>
        <source>Cloud Storage did not say whether the bucket “{bucket}” can take uploads.</source>
        <translation>Cloud Storage n’a pas indiqué si le bucket «&#xa0;{bucket}&#xa0;» accepte les mises en ligne.</translation>
    </message>
    <message>
        <source>Test the connection again in a moment.</source>
        <translation>Testez à nouveau la connexion dans un instant.</translation>
    </message>
    <message>
        <source>Google was still preparing {file} after {minutes} minutes.</source>
        <translation>Google préparait encore {file} au bout de {minutes} minutes.</translation>
    </message>
    <message>
        <source>Send again in a few minutes: the file is already uploaded and is not sent a second time.</source>
        <translation>Envoyez à nouveau dans quelques minutes&#xa0;: le fichier est déjà en ligne et ne sera pas envoyé une deuxième fois.</translation>
    </message>
    <message>
        <source>The answer hit the length limit; raise Max answer length in Settings to get more.</source>
        <translation>La réponse a atteint la limite de longueur&#xa0;; augmentez «&#xa0;Longueur maximale&#xa0;» dans les Paramètres pour en obtenir davantage.</translation>
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
        <translation>nombre de réponses</translation>
    </message>
    <message>
        <source>max answer length</source>
        <translation>longueur maximale</translation>
    </message>
    <message>
        <source>The answer was stopped because it may break the safety rules.</source>
        <translation>La réponse a été arrêtée, car elle pourrait enfreindre les règles de sécurité.</translation>
    </message>
    <message>
        <source>The answer was stopped by the safety filter for {names}.</source>
        <translation>La réponse a été arrêtée par le filtre de sécurité pour&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>The answer was stopped by the server&apos;s content filter.</source>
        <translation>La réponse a été arrêtée par le filtre de contenu du serveur.</translation>
    </message>
    <message>
        <source>The answer was stopped because it was repeating text from its training data too closely.</source>
        <translation>La réponse a été arrêtée, car elle reprenait de trop près des textes de ses données d’entraînement.</translation>
    </message>
    <message>
        <source>The answer was stopped because it was in a language the model does not support.</source>
        <translation>La réponse a été arrêtée, car elle était dans une langue que le modèle ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained a blocked word or phrase.</source>
        <translation>La réponse a été arrêtée, car elle contenait un mot ou une expression bloqués.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained prohibited content.</source>
        <translation>La réponse a été arrêtée, car elle contenait un contenu interdit.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained sensitive personal information.</source>
        <translation>La réponse a été arrêtée, car elle contenait des informations personnelles sensibles.</translation>
    </message>
    <message>
        <source>The answer was stopped because an image it made may break the safety rules.</source>
        <translation>La réponse a été arrêtée, car une image qu’elle a créée pourrait enfreindre les règles de sécurité.</translation>
    </message>
    <message>
        <source>The answer was stopped because the model made a broken tool call.</source>
        <translation>La réponse a été arrêtée, car le modèle a fait un appel d’outil défectueux.</translation>
    </message>
    <message>
        <source>The answer was stopped for a reason the model did not give.</source>
        <translation>La réponse a été arrêtée pour une raison que le modèle n’a pas donnée.</translation>
    </message>
    <message>
        <source>The answer ended early ({reason}).</source>
        <translation>La réponse s’est terminée trop tôt ({reason}).</translation>
    </message>
    <message>
        <source>Describe this image.</source>
        <translation>Décris cette image.</translation>
    </message>
    <message>
        <source>Describe this video.</source>
        <translation>Décris cette vidéo.</translation>
    </message>
    <message>
        <source>Describe this audio recording.</source>
        <translation>Décris cet enregistrement audio.</translation>
    </message>
    <message>
        <source>Summarize this document.</source>
        <translation>Résume ce document.</translation>
    </message>
    <message>
        <source>Summarize this text.</source>
        <translation>Résume ce texte.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>Choose the file again, or another one.</source>
        <translation>Choisissez à nouveau le fichier, ou un autre.</translation>
    </message>
    <message>
        <source>{file} is {size}; {where} reads files up to {limit}.</source>
        <translation>{file} fait {size}&#xa0;; {where} lit les fichiers jusqu’à {limit}.</translation>
    </message>
    <message>
        <source>{limit} and {over}</source>
        <translation>{limit} et {over}</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>l’API Gemini</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>{file} is {size}; the OpenAI-compatible connection sends files only inside the message, up to {limit} in all.</source>
        <translation>{file} fait {size}&#xa0;; la connexion compatible OpenAI n’envoie les fichiers qu’à l’intérieur du message, jusqu’à {limit} au total.</translation>
    </message>
    <message>
        <source>Use a smaller copy, or connect through the Gemini API or Vertex AI, which upload larger files.</source>
        <translation>Utilisez une copie plus petite, ou connectez-vous via l’API Gemini ou Vertex AI, qui mettent en ligne les fichiers plus gros.</translation>
    </message>
    <message>
        <source>{file} is {size}; without a Cloud Storage bucket, Vertex AI takes files only inside the message, up to {limit} in all.</source>
        <translation>{file} fait {size}&#xa0;; sans bucket Cloud Storage, Vertex AI n’accepte les fichiers qu’à l’intérieur du message, jusqu’à {limit} au total.</translation>
    </message>
    <message>
        <source>Set a Cloud Storage bucket in Connection settings (it needs a Google Cloud project), or use a smaller copy of the file.</source>
        <translation>Indiquez un bucket Cloud Storage dans les Paramètres de connexion (il faut un projet Google Cloud), ou utilisez une copie plus petite du fichier.</translation>
    </message>
    <message>
        <source>{file} is {size}; files up to {limit} can be sent with the message.</source>
        <translation>{file} fait {size}&#xa0;; les fichiers jusqu’à {limit} peuvent être envoyés avec le message.</translation>
    </message>
    <message>
        <source>Use a shorter clip or a smaller copy of the file.</source>
        <translation>Utilisez un extrait plus court ou une copie plus petite du fichier.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the file, or split it into parts.</source>
        <translation>Utilisez une copie plus petite du fichier, ou découpez-le en plusieurs parties.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos up to {limit} long.</source>
        <translation>{file} dure {length}&#xa0;; Gemini lit les vidéos d’une durée maximale de {limit}.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos with sound up to {limit} long.</source>
        <translation>{file} dure {length}&#xa0;; Gemini lit les vidéos avec son d’une durée maximale de {limit}.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads recordings up to {limit} long.</source>
        <translation>{file} dure {length}&#xa0;; Gemini lit les enregistrements d’une durée maximale de {limit}.</translation>
    </message>
    <message>
        <source>Cut it into shorter parts and send them one at a time.</source>
        <translation>Découpez-le en parties plus courtes et envoyez-les une à une.</translation>
    </message>
    <message>
        <source>This message has {count} photos; Gemini reads at most {limit} photos in one message.</source>
        <translation>Ce message contient {count} photos&#xa0;; Gemini en lit au plus {limit} par message.</translation>
    </message>
    <message>
        <source>This message has {count} documents; Gemini reads at most {limit} documents in one message.</source>
        <translation>Ce message contient {count} documents&#xa0;; Gemini en lit au plus {limit} par message.</translation>
    </message>
    <message>
        <source>This message has {count} videos; Gemini reads at most {limit} videos in one message.</source>
        <translation>Ce message contient {count} vidéos&#xa0;; Gemini en lit au plus {limit} par message.</translation>
    </message>
    <message>
        <source>This message has {count} recordings; Gemini reads at most 1 recording in one message.</source>
        <translation>Ce message contient {count} enregistrements&#xa0;; Gemini en lit au plus 1 par message.</translation>
    </message>
    <message>
        <source>This message has {count} YouTube links; Gemini reads at most 1 YouTube link in one message.</source>
        <translation>Ce message contient {count} liens YouTube&#xa0;; Gemini en lit au plus 1 par message.</translation>
    </message>
    <message>
        <source>Remove {file}, or send it in another message.</source>
        <translation>Retirez {file}, ou envoyez-le dans un autre message.</translation>
    </message>
    <message>
        <source>Remove {file} and {more} more, or send them in another message.</source>
        <translation>Retirez {file} et {more} autres, ou envoyez-les dans un autre message.</translation>
    </message>
    <message>
        <source>{file} is a {kind} image, which Gemini cannot read.</source>
        <translation>{file} est une image {kind}, que Gemini ne sait pas lire.</translation>
    </message>
    <message>
        <source>Save it as PNG or JPEG first (any image viewer can), then add it again.</source>
        <translation>Enregistrez-la d’abord en PNG ou en JPEG (n’importe quelle visionneuse d’images le fait), puis ajoutez-la à nouveau.</translation>
    </message>
    <message>
        <source>{file} is not a kind of file Gemini can read.</source>
        <translation>{file} n’est pas un type de fichier que Gemini sait lire.</translation>
    </message>
    <message>
        <source>Choose a photo (JPEG, PNG, WebP, HEIC), a video, a recording, a PDF or a text file.</source>
        <translation>Choisissez une photo (JPEG, PNG, WebP, HEIC), une vidéo, un enregistrement, un PDF ou un fichier texte.</translation>
    </message>
    <message>
        <source>There are {count} stop sequences; at most {limit} are allowed.</source>
        <translation>Il y a {count} séquences d’arrêt&#xa0;; {limit} au plus sont autorisées.</translation>
    </message>
    <message>
        <source>Remove some stop sequences.</source>
        <translation>Retirez des séquences d’arrêt.</translation>
    </message>
    <message>
        <source>A stop sequence is empty.</source>
        <translation>Une séquence d’arrêt est vide.</translation>
    </message>
    <message>
        <source>Remove the empty stop sequence.</source>
        <translation>Retirez la séquence d’arrêt vide.</translation>
    </message>
    <message>
        <source>A response schema only works when the answer format is JSON or a choice from a list (application/json or text/x.enum).</source>
        <translation>Un schéma de réponse ne fonctionne que si le format de réponse est JSON ou un choix dans une liste (application/json ou text/x.enum).</translation>
    </message>
    <message>
        <source>Set the answer format to JSON, or remove the schema.</source>
        <translation>Réglez le format de réponse sur JSON, ou retirez le schéma.</translation>
    </message>
    <message>
        <source>No model is chosen.</source>
        <translation>Aucun modèle n’est choisi.</translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>Type a question or attach a file.</source>
        <translation>Saisissez une question ou joignez un fichier.</translation>
    </message>
    <message>
        <source>The {setting} is {value}, outside the allowed range {low} to {high}.</source>
        <translation>La valeur de {setting} est {value}, hors de la plage autorisée de {low} à {high}.</translation>
    </message>
    <message>
        <source>Choose a {setting} between {low} and {high}.</source>
        <translation>Choisissez une valeur de {setting} entre {low} et {high}.</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>pénalité de présence</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>pénalité de fréquence</translation>
    </message>
    <message>
        <source>logprobs</source>
        <translation>probabilités logarithmiques</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} secondes</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Ask the connection for its list of models again</source>
        <translation>Redemander à la connexion sa liste de modèles</translation>
    </message>
    <message>
        <source>Refresh the list of models</source>
        <translation>Actualiser la liste des modèles</translation>
    </message>
    <message>
        <source>%1 · preview</source>
        <translation>%1 · préversion</translation>
    </message>
    <message>
        <source>The connection&apos;s model</source>
        <translation>Le modèle de la connexion</translation>
    </message>
    <message>
        <source>Loading the list of models…</source>
        <translation>Chargement de la liste des modèles…</translation>
    </message>
    <message>
        <source>Uses the connection&apos;s model, %1.</source>
        <translation>Utilise le modèle de la connexion, %1.</translation>
    </message>
    <message>
        <source>Not in this connection&apos;s list; sent as typed.</source>
        <translation>Absent de la liste de cette connexion&#xa0;; envoyé tel que saisi.</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>préversion</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>%1 · context %2 tokens · %3</source>
        <translation>%1 · contexte %2 jetons · %3</translation>
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
        <translation>Fichiers XMP annexes</translation>
    </message>
    <message>
        <source>How should the sidecar files be named?</source>
        <translation>Comment nommer les fichiers annexes&#xa0;?</translation>
    </message>
    <message>
        <source>photo.xmp (Lightroom, Capture One, DxO)</source>
        <translation>photo.xmp (Lightroom, Capture One, DxO)</translation>
    </message>
    <message>
        <source>photo.jpg.xmp (digiKam, darktable)</source>
        <translation>photo.jpg.xmp (digiKam, darktable)</translation>
    </message>
    <message>
        <source>Sidecars already there are added to, never replaced; the photos are not changed.</source>
        <translation>Les fichiers annexes existants sont complétés, jamais remplacés&#xa0;; les photos ne sont pas modifiées.</translation>
    </message>
</context>
<context>
    <name>OpenAiServerForm</name>
    <message>
        <source>Enter the server&apos;s address first, for example http://localhost:11434/v1.</source>
        <translation>Saisissez d’abord l’adresse du serveur, par exemple http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>L’adresse du serveur doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>Enter the address of a server that speaks the OpenAI API and, if it needs one, its key.</source>
        <translation>Saisissez l’adresse d’un serveur qui parle l’API OpenAI et, s’il en demande une, sa clé.</translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation>Clé (facultative)</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande une</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation>le nom du modèle sur le serveur</translation>
    </message>
    <message>
        <source>Check that the key belongs to this server.</source>
        <translation>Vérifiez que la clé appartient à ce serveur.</translation>
    </message>
    <message>
        <source>Check the address and key</source>
        <translation>Vérifier l’adresse et la clé</translation>
    </message>
</context>
<context>
    <name>ParameterDock</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>Photos et vidéo</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>Tout rétablir par défaut</translation>
    </message>
    <message>
        <source>Put every setting here back to its default (the model&apos;s own choices)</source>
        <translation>Remettre chaque paramètre d’ici à sa valeur par défaut (les choix du modèle)</translation>
    </message>
    <message>
        <source>The JSON schema needs fixing. %1</source>
        <translation>Le schéma JSON doit être corrigé. %1</translation>
    </message>
    <message>
        <source>“Alternatives” only works with “Show how sure the model was” on. Switch that on, or reset Alternatives.</source>
        <translation>«&#xa0;Alternatives&#xa0;» ne fonctionne qu’avec «&#xa0;Montrer la certitude du modèle&#xa0;» activé. Activez-le, ou réinitialisez Alternatives.</translation>
    </message>
    <message>
        <source>%1 writes at most %2 tokens per answer, and Max answer length is %3. Lower Max answer length to %2 or less.</source>
        <translation>%1 écrit au plus %2 jetons par réponse, et la longueur maximale de réponse est de %3. Réduisez la longueur maximale de réponse à %2 ou moins.</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Model default (%1)</source>
        <translation>Valeur du modèle (%1)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> jetons</translation>
    </message>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>Par exemple&#xa0;: Réponds brièvement, en français simple.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Safety filters only act on answers. “Judged by” works on Vertex AI only, and needs at least one filter set above.</source>
        <translation>Les filtres de sécurité n’agissent que sur les réponses. «&#xa0;Évalué selon&#xa0;» ne fonctionne qu’avec Vertex AI et demande au moins un filtre réglé ci-dessus.</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>Revenir à la valeur par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Which Gemini model answers. Pro models think harder; Flash models are faster and cost less. Type any part of a name to search, or type the name of a model that is not listed: it is sent as you typed it.</source>
        <translation>Le modèle Gemini qui répond. Les modèles Pro réfléchissent davantage&#xa0;; les modèles Flash sont plus rapides et coûtent moins cher. Tapez une partie d’un nom pour chercher, ou le nom d’un modèle absent de la liste&#xa0;: il est envoyé tel que vous l’avez saisi.</translation>
    </message>
    <message>
        <source>the model chosen in Connection settings.</source>
        <translation>le modèle choisi dans les Paramètres de connexion.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0–0.5): focused and repeatable. High (1.5–2): varied and creative.</source>
        <translation>L’audace de la formulation. Basse (0–0,5)&#xa0;: précise et reproductible. Haute (1,5–2)&#xa0;: variée et créative.</translation>
    </message>
    <message>
        <source>the model&apos;s own (1.0 for Gemini 2.x).</source>
        <translation>celle du modèle (1,0 pour Gemini 2.x).</translation>
    </message>
    <message>
        <source>Max answer length</source>
        <translation>Longueur maximale</translation>
    </message>
    <message>
        <source>The longest answer the model may write, in tokens (a token is about ¾ of a word: 1,000 tokens ≈ 750 words). The answer stops when it reaches this. On Gemini 2.5, thinking uses part of it.</source>
        <translation>La réponse la plus longue que le modèle peut écrire, en jetons (un jeton vaut environ ¾ de mot&#xa0;: 1 000 jetons ≈ 750 mots). La réponse s’arrête quand elle l’atteint. Sur Gemini 2.5, la réflexion en utilise une partie.</translation>
    </message>
    <message>
        <source>the model&apos;s own limit (65,536 tokens for Gemini 2.5).</source>
        <translation>la limite du modèle (65 536 jetons pour Gemini 2.5).</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Standing instructions the model follows for the whole conversation, such as “Answer in French” or “Explain it as you would to a beginner”.</source>
        <translation>Des consignes permanentes que le modèle suit pendant toute la conversation, comme «&#xa0;Réponds en anglais&#xa0;» ou «&#xa0;Explique-le comme à un débutant&#xa0;».</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>aucune.</translation>
    </message>
    <message>
        <source>Search Google for up-to-date facts</source>
        <translation>Chercher sur Google des informations à jour</translation>
    </message>
    <message>
        <source>Lets the model look things up on Google and show its sources. Useful for news and recent facts. Google may charge for searches beyond a free allowance.</source>
        <translation>Permet au modèle de chercher sur Google et d’indiquer ses sources. Utile pour l’actualité et les faits récents. Google peut facturer les recherches au-delà d’un quota gratuit.</translation>
    </message>
    <message>
        <source>off.</source>
        <translation>désactivé.</translation>
    </message>
    <message>
        <source>Top-P</source>
        <translation>Top-P</translation>
    </message>
    <message>
        <source>How wide a choice of words the model considers (0–1). Lower keeps to the most likely words: plainer and safer. Higher lets in less likely ones: more surprising.</source>
        <translation>L’éventail de mots que le modèle envisage (0–1). Plus bas&#xa0;: il s’en tient aux mots les plus probables, plus simple et plus sûr. Plus haut&#xa0;: il accepte des mots moins probables, plus surprenant.</translation>
    </message>
    <message>
        <source>the model&apos;s own (0.95 for Gemini 2.x).</source>
        <translation>celui du modèle (0,95 pour Gemini 2.x).</translation>
    </message>
    <message>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <source>The model picks each next word from only this many likely candidates (1–100; Vertex AI accepts up to 40). Lower: more predictable. Higher: more varied.</source>
        <translation>Le modèle choisit chaque mot suivant parmi ce nombre de candidats probables seulement (1–100&#xa0;; Vertex AI accepte jusqu’à 40). Plus bas&#xa0;: plus prévisible. Plus haut&#xa0;: plus varié.</translation>
    </message>
    <message>
        <source>the model&apos;s own (often 40 or 64).</source>
        <translation>celui du modèle (souvent 40 ou 64).</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>How many different answers the model writes at once (1–8). While an answer streams, only the first one is shown, so more mostly adds cost.</source>
        <translation>Le nombre de réponses différentes que le modèle écrit à la fois (1–8). Pendant l’arrivée d’une réponse, seule la première est affichée&#xa0;: en demander plus augmente surtout le coût.</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>S’arrêter à</translation>
    </message>
    <message>
        <source>The answer stops as soon as the model writes one of these words or phrases, which is left out. Capitals matter. Up to 5.</source>
        <translation>La réponse s’arrête dès que le modèle écrit l’un de ces mots ou expressions, qui est omis. Les majuscules comptent. Jusqu’à 5.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Pénalité de présence</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values nudge the model towards topics and words it has not used yet; negative values let it stay with what it already said.</source>
        <translation>De −2 à 2. Les valeurs positives poussent le modèle vers des sujets et des mots qu’il n’a pas encore utilisés&#xa0;; les valeurs négatives le laissent s’en tenir à ce qu’il a déjà dit.</translation>
    </message>
    <message>
        <source>the model&apos;s own (0: no nudge).</source>
        <translation>celle du modèle (0&#xa0;: aucun effet).</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Pénalité de fréquence</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values make the model repeat the same words less often; negative values allow more repetition.</source>
        <translation>De −2 à 2. Les valeurs positives font moins répéter les mêmes mots au modèle&#xa0;; les valeurs négatives autorisent plus de répétitions.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Set a number to get nearly the same answer when you ask the same question again with the same settings. Not guaranteed.</source>
        <translation>Indiquez un nombre pour obtenir presque la même réponse quand vous reposez la même question avec les mêmes paramètres. Sans garantie.</translation>
    </message>
    <message>
        <source>random: a new one for every answer.</source>
        <translation>aléatoire&#xa0;: une nouvelle pour chaque réponse.</translation>
    </message>
    <message>
        <source>Answer format</source>
        <translation>Format de réponse</translation>
    </message>
    <message>
        <source>Plain text: ordinary answers. JSON: structured data a program can read; describe its shape in the schema below. One choice from a list (text/x.enum): for sorting things into categories.</source>
        <translation>Texte brut&#xa0;: réponses ordinaires. JSON&#xa0;: données structurées lisibles par un programme&#xa0;; décrivez leur forme dans le schéma ci-dessous. Un choix dans une liste (text/x.enum)&#xa0;: pour ranger des éléments dans des catégories.</translation>
    </message>
    <message>
        <source>plain text.</source>
        <translation>texte brut.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <source>The shape the JSON answer must have: its fields and their types (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Checked as you type.</source>
        <translation>La forme que doit avoir la réponse JSON&#xa0;: ses champs et leurs types (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Vérifié pendant la saisie.</translation>
    </message>
    <message>
        <source>none: any JSON.</source>
        <translation>aucun&#xa0;: n’importe quel JSON.</translation>
    </message>
    <message>
        <source>Show how sure the model was</source>
        <translation>Montrer la certitude du modèle</translation>
    </message>
    <message>
        <source>Adds how likely each word of the answer was (token log probabilities). A preview feature with a small daily limit.</source>
        <translation>Ajoute la probabilité de chaque mot de la réponse (log-probabilités des jetons). Une fonctionnalité en préversion avec une petite limite quotidienne.</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternatives</translation>
    </message>
    <message>
        <source>How many other likely words to list at each step (1–20). Needs “Show how sure the model was” on.</source>
        <translation>Le nombre d’autres mots probables à lister à chaque étape (1–20). Demande que «&#xa0;Montrer la certitude du modèle&#xa0;» soit activé.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>How much the model thinks before it answers. More helps with hard questions but is slower and costs more. Each model offers its own levels.</source>
        <translation>Combien le modèle réfléchit avant de répondre. Davantage aide pour les questions difficiles, mais c’est plus lent et plus cher. Chaque modèle propose ses propres niveaux.</translation>
    </message>
    <message>
        <source>the model&apos;s own level, marked (default).</source>
        <translation>le niveau du modèle, marqué (par défaut).</translation>
    </message>
    <message>
        <source>How much the model may think before it answers, in tokens. More helps with hard questions but is slower and costs more. Off: no thinking (Gemini 2.5 Pro cannot switch it off). Dynamic: the model decides.</source>
        <translation>Combien le modèle peut réfléchir avant de répondre, en jetons. Plus aide pour les questions difficiles, mais c’est plus lent et plus cher. Désactivée&#xa0;: aucune réflexion (Gemini 2.5 Pro ne peut pas la désactiver). Dynamique&#xa0;: le modèle décide.</translation>
    </message>
    <message>
        <source>the model&apos;s own (dynamic on Gemini 2.5).</source>
        <translation>celle du modèle (dynamique sur Gemini 2.5).</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>Afficher la réflexion</translation>
    </message>
    <message>
        <source>Shows a summary of the model&apos;s thinking above its answer, folded until you open it.</source>
        <translation>Affiche un résumé de la réflexion du modèle au-dessus de sa réponse, replié jusqu’à ce que vous l’ouvriez.</translation>
    </message>
    <message>
        <source>on.</source>
        <translation>activé.</translation>
    </message>
    <message>
        <source>Understand times in audio</source>
        <translation>Comprendre les horaires dans l’audio</translation>
    </message>
    <message>
        <source>For audio-only files: lets the model refer to moments by their time, such as “at 1:23”.</source>
        <translation>Pour les fichiers uniquement audio&#xa0;: permet au modèle de désigner des moments par leur horaire, comme «&#xa0;à 1:23&#xa0;».</translation>
    </message>
    <message>
        <source>Media resolution</source>
        <translation>Résolution des médias</translation>
    </message>
    <message>
        <source>How many tokens each picture or video frame uses: how closely the model looks at it. Low saves tokens and time on long videos. High lets the model read small text in pictures. Medium is in between.</source>
        <translation>Le nombre de jetons qu’utilise chaque image ou image de vidéo&#xa0;: avec quelle attention le modèle la regarde. Basse économise jetons et temps sur les longues vidéos. Haute permet au modèle de lire les petits textes dans les images. Moyenne est entre les deux.</translation>
    </message>
    <message>
        <source>the model decides.</source>
        <translation>le modèle décide.</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>Détail des images</translation>
    </message>
    <message>
        <source>How large photos are when they are sent: at most 3,072 pixels on the long side (High), 1,536 (Balanced) or 768 (Low). Smaller photos upload faster and use fewer tokens, and are sent without camera details such as the location. Original sends each photo exactly as it is. Applies to every conversation.</source>
        <translation>La taille des photos à l’envoi&#xa0;: au plus 3 072 pixels sur le grand côté (Haut), 1 536 (Équilibré) ou 768 (Bas). Les photos plus petites sont envoyées plus vite, utilisent moins de jetons et partent sans les informations de l’appareil photo comme le lieu. Original envoie chaque photo exactement telle quelle. S’applique à toutes les conversations.</translation>
    </message>
    <message>
        <source>Balanced (1,536 pixels on the long side).</source>
        <translation>Équilibré (1 536 pixels sur le grand côté).</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Évalué selon</translation>
    </message>
    <message>
        <source>Probability: blocks by how likely the answer is harmful. Severity: also weighs how harmful it would be. Only Vertex AI reads this; with an AI Studio key it is left out.</source>
        <translation>Probabilité&#xa0;: bloque selon la probabilité que la réponse soit nuisible. Gravité&#xa0;: tient compte aussi de l’ampleur du mal. Seul Vertex AI lit ce réglage&#xa0;; avec une clé AI Studio, il est ignoré.</translation>
    </message>
    <message>
        <source>the model&apos;s own (probability).</source>
        <translation>celui du modèle (probabilité).</translation>
    </message>
    <message>
        <source>the model&apos;s own setting, which depends on the model.</source>
        <translation>le réglage du modèle, qui dépend du modèle.</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>Incitation à la haine</translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation>Contenu dangereux</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <source>Sexually explicit</source>
        <translation>Contenu sexuellement explicite</translation>
    </message>
    <message>
        <source>Civic integrity</source>
        <translation>Intégrité civique</translation>
    </message>
    <message>
        <source>attacks on people for who they are</source>
        <translation>des attaques contre des personnes pour ce qu’elles sont</translation>
    </message>
    <message>
        <source>help or encouragement to do harmful things</source>
        <translation>de l’aide ou des encouragements à faire des choses dangereuses</translation>
    </message>
    <message>
        <source>bullying or threats against someone</source>
        <translation>du harcèlement ou des menaces envers quelqu’un</translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation>du contenu sexuel</translation>
    </message>
    <message>
        <source>misleading claims about elections and voting</source>
        <translation>des affirmations trompeuses sur les élections et le vote</translation>
    </message>
    <message>
        <source>How readily answers with %1 are blocked. Block most: even at low risk. Block some: at medium risk and above. Block few: only at high risk. Don&apos;t block: nothing is blocked, but the filter still rates each answer. Turn the filter off: it does not run at all.</source>
        <translation>Avec quelle facilité les réponses contenant %1 sont bloquées. Bloquer la plupart&#xa0;: même à faible risque. Bloquer certaines&#xa0;: à risque moyen et plus. Bloquer peu&#xa0;: seulement à risque élevé. Ne pas bloquer&#xa0;: rien n’est bloqué, mais le filtre évalue toujours chaque réponse. Désactiver le filtre&#xa0;: il ne s’exécute plus du tout.</translation>
    </message>
    <message>
        <source>Don&apos;t block (filters still run)</source>
        <translation>Ne pas bloquer (les filtres tournent toujours)</translation>
    </message>
    <message>
        <source>Turn the filter off</source>
        <translation>Désactiver le filtre</translation>
    </message>
    <message>
        <source>Nothing is blocked. The filter still runs: it rates each answer&apos;s risk and the answer says so.</source>
        <translation>Rien n’est bloqué. Le filtre tourne toujours&#xa0;: il évalue le risque de chaque réponse, et la réponse l’indique.</translation>
    </message>
    <message>
        <source>The filter does not run at all: nothing is blocked and no risk is rated.</source>
        <translation>Le filtre ne s’exécute pas du tout&#xa0;: rien n’est bloqué et aucun risque n’est évalué.</translation>
    </message>
    <message>
        <source>Block most (low and above)</source>
        <translation>Bloquer la plupart (faible et plus)</translation>
    </message>
    <message>
        <source>Block some (medium and above)</source>
        <translation>Bloquer certaines (moyen et plus)</translation>
    </message>
    <message>
        <source>Block few (only high)</source>
        <translation>Bloquer peu (élevé seulement)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>Un choix dans une liste</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>Le modèle décide.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Fewest tokens: cheaper and faster, and enough for most videos.</source>
        <translation>Le moins de jetons&#xa0;: moins cher et plus rapide, et suffisant pour la plupart des vidéos.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>More tokens, for more detail.</source>
        <translation>Plus de jetons, pour plus de détails.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>The most detail: small print in photos, scans and screenshots.</source>
        <translation>Le plus de détails&#xa0;: petits caractères dans les photos, les documents numérisés et les captures d’écran.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Exactly as taken, with the camera details such as the location.</source>
        <translation>Exactement comme la photo a été prise, avec les informations de l’appareil comme le lieu.</translation>
    </message>
    <message>
        <source>At most 3,072 pixels on the long side.</source>
        <translation>Au plus 3 072 pixels sur le grand côté.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibré</translation>
    </message>
    <message>
        <source>At most 1,536 pixels on the long side.</source>
        <translation>Au plus 1 536 pixels sur le grand côté.</translation>
    </message>
    <message>
        <source>At most 768 pixels on the long side: the fastest, and the fewest tokens.</source>
        <translation>Au plus 768 pixels sur le grand côté&#xa0;: le plus rapide, et le moins de jetons.</translation>
    </message>
    <message>
        <source>Photos are sent exactly as taken, with their camera details such as the GPS location.</source>
        <translation>Les photos sont envoyées exactement telles qu’elles ont été prises, avec les informations de l’appareil comme la position GPS.</translation>
    </message>
    <message>
        <source>%1 chooses this itself</source>
        <translation>%1 choisit cela lui-même</translation>
    </message>
    <message>
        <source>%1 writes one answer at a time</source>
        <translation>%1 écrit une seule réponse à la fois</translation>
    </message>
    <message>
        <source>%1 does not accept this setting</source>
        <translation>%1 n’accepte pas ce réglage</translation>
    </message>
    <message>
        <source>%1 answers without thinking first</source>
        <translation>%1 répond sans réfléchir d’abord</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Saved connection:</source>
        <translation>Connexion enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>QuestionFilesController</name>
    <message>
        <source>%1 opens once the question is saved.</source>
        <translation>%1 pourra s’ouvrir une fois la question enregistrée.</translation>
    </message>
    <message>
        <source>%1 could not be opened. The details are in the log file.</source>
        <translation>Impossible d’ouvrir %1. Les détails se trouvent dans le fichier journal.</translation>
    </message>
    <message>
        <source>No app on this computer could open %1.</source>
        <translation>Aucune application de cet ordinateur n’a pu ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Line %1, column %2, in “%4”: %3</source>
        <translation>Ligne %1, colonne %2, dans «&#xa0;%4&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the schema is nested too deeply.</source>
        <translation>le schéma est imbriqué trop profondément.</translation>
    </message>
    <message>
        <source>the schema must be an object in curly braces, like { &quot;type&quot;: &quot;OBJECT&quot; }.</source>
        <translation>le schéma doit être un objet entre accolades, comme { &quot;type&quot;: &quot;OBJECT&quot; }.</translation>
    </message>
    <message>
        <source>a comma is missing between two entries.</source>
        <translation>une virgule manque entre deux entrées.</translation>
    </message>
    <message>
        <source>a name in &quot;double quotes&quot; is expected here (or there is a comma too many).</source>
        <translation>un nom entre &quot;guillemets droits&quot; est attendu ici (ou il y a une virgule en trop).</translation>
    </message>
    <message>
        <source>a colon (:) is missing after the name.</source>
        <translation>il manque deux-points (:) après le nom.</translation>
    </message>
    <message>
        <source>a value is missing here (or there is a comma too many).</source>
        <translation>une valeur manque ici (ou il y a une virgule en trop).</translation>
    </message>
    <message>
        <source>a text in quotes is not closed: add the closing &quot;.</source>
        <translation>un texte entre guillemets n’est pas fermé&#xa0;: ajoutez le &quot; final.</translation>
    </message>
    <message>
        <source>a text in quotes runs over a line break: close it first.</source>
        <translation>un texte entre guillemets passe à la ligne&#xa0;: fermez-le d’abord.</translation>
    </message>
    <message>
        <source>a backslash (\) starts an unknown code: write \\ for a backslash.</source>
        <translation>une barre oblique inverse (\) commence un code inconnu&#xa0;: écrivez \\ pour une barre oblique inverse.</translation>
    </message>
    <message>
        <source>there is more text after the end of the schema.</source>
        <translation>il y a du texte après la fin du schéma.</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>ce n’est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>each part of the schema must be an object in curly braces.</source>
        <translation>chaque partie du schéma doit être un objet entre accolades.</translation>
    </message>
    <message>
        <source>&quot;anyOf&quot; must be a list of schemas in [ ].</source>
        <translation>&quot;anyOf&quot; doit être une liste de schémas entre [ ].</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing. Add one of: %1.</source>
        <translation>&quot;type&quot; manque. Ajoutez l’un de ces types&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is not a type the model knows. Use one of: %2.</source>
        <translation>%1 n’est pas un type que le modèle connaît. Utilisez l’un de ces types&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object that names each field, like { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</source>
        <translation>&quot;properties&quot; doit être un objet qui nomme chaque champ, comme { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be an object that describes one entry, like { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>&quot;items&quot; doit être un objet qui décrit une entrée, comme { &quot;type&quot;: &quot;STRING&quot; }.</translation>
    </message>
    <message>
        <source>a list (ARRAY) needs &quot;items&quot; saying what each entry looks like, like &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>une liste (ARRAY) demande &quot;items&quot; pour dire à quoi ressemble chaque entrée, comme &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be a list of field names, like [ &quot;name&quot;, &quot;age&quot; ].</source>
        <translation>&quot;required&quot; doit être une liste de noms de champs, comme [ &quot;name&quot;, &quot;age&quot; ].</translation>
    </message>
    <message>
        <source>&quot;enum&quot; must be a list of the allowed values, like [ &quot;a&quot;, &quot;b&quot; ].</source>
        <translation>&quot;enum&quot; doit être une liste des valeurs autorisées, comme [ &quot;a&quot;, &quot;b&quot; ].</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>For example:
%1</source>
        <translation>Par exemple&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Schéma de réponse</translation>
    </message>
    <message>
        <source>✓ The schema is valid.</source>
        <translation>✓ Le schéma est valide.</translation>
    </message>
    <message>
        <source>Optional: describe the JSON the answer must follow.</source>
        <translation>Facultatif&#xa0;: décrivez le JSON que la réponse doit suivre.</translation>
    </message>
</context>
<context>
    <name>SentFileChip</name>
    <message>
        <source>%1
Click to open it</source>
        <translation>%1
Cliquez pour l’ouvrir</translation>
    </message>
    <message>
        <source>%1
Open the video in your browser: %2</source>
        <translation>%1
Ouvrir la vidéo dans votre navigateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>%1
Not sent: it could not be read when the question was sent.</source>
        <translation>%1
Non envoyé&#xa0;: il n’a pas pu être lu au moment de l’envoi de la question.</translation>
    </message>
</context>
<context>
    <name>SharedFields</name>
    <message>
        <source>A name you will recognise in the list</source>
        <translation>Un nom que vous reconnaîtrez dans la liste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>for example http://localhost:11434/v1</source>
        <translation>par exemple http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>your Google Cloud project ID</source>
        <translation>l’ID de votre projet Google Cloud</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID du projet</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Vertex AI (native)</source>
        <translation>Vertex AI (natif)</translation>
    </message>
    <message>
        <source>Vertex AI (OpenAI-compatible)</source>
        <translation>Vertex AI (compatible OpenAI)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>optional, for example my-bucket</source>
        <translation>facultatif, par exemple my-bucket</translation>
    </message>
    <message>
        <source>Cloud Storage bucket (for large files)</source>
        <translation>Bucket Cloud Storage (pour les gros fichiers)</translation>
    </message>
    <message>
        <source>Cloud Storage bucket
(for large files)</source>
        <translation>Bucket Cloud Storage
(pour les gros fichiers)</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB are uploaded here first. Leave empty to send only smaller files.</source>
        <translation>Les vidéos et les fichiers de plus de 15 Mo sont d’abord mis en ligne ici. Laissez vide pour n’envoyer que des fichiers plus petits.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Paramètres avancés</translation>
    </message>
    <message>
        <source>leave empty to use Google&apos;s address</source>
        <translation>laissez vide pour utiliser l’adresse de Google</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>Point de terminaison personnalisé</translation>
    </message>
    <message>
        <source>for example http://proxy.example.com:8080</source>
        <translation>par exemple http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Send the question</source>
        <translation>Envoyer la question</translation>
    </message>
    <message>
        <source>Stop the answer while it comes</source>
        <translation>Arrêter la réponse en cours</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>Rechercher dans la conversation</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Search your conversations</source>
        <translation>Rechercher dans vos conversations</translation>
    </message>
    <message>
        <source>Paste a picture or files into the question</source>
        <translation>Coller une image ou des fichiers dans la question</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StopSequenceChip</name>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StopSequenceEditor</name>
    <message>
        <source>Type a word, then press Enter</source>
        <translation>Un mot, puis Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans la liste.</translation>
    </message>
    <message>
        <source>You can have up to %1 stop sequences. Remove one to add another.</source>
        <translation>Vous pouvez avoir jusqu’à %1 séquences d’arrêt. Retirez-en une pour en ajouter une autre.</translation>
    </message>
</context>
<context>
    <name>ThinkingBudgetEdit</name>
    <message>
        <source>Model default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No thinking: faster and cheaper answers.</source>
        <translation>Pas de réflexion&#xa0;: réponses plus rapides et moins chères.</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamique</translation>
    </message>
    <message>
        <source>The model thinks as much as the question needs.</source>
        <translation>Le modèle réfléchit autant que la question le demande.</translation>
    </message>
    <message>
        <source>Up to…</source>
        <translation>Jusqu’à…</translation>
    </message>
    <message>
        <source>Set the most tokens the model may think with.</source>
        <translation>Indiquez le nombre maximal de jetons de réflexion du modèle.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>Budget de réflexion en jetons</translation>
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
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>Très élevé</translation>
    </message>
    <message>
        <source>Hardly any thinking: the fastest, cheapest answers.</source>
        <translation>Presque pas de réflexion : les réponses les plus rapides et les moins chères.</translation>
    </message>
    <message>
        <source>A little thinking: quick answers to simple questions.</source>
        <translation>Un peu de réflexion : des réponses rapides aux questions simples.</translation>
    </message>
    <message>
        <source>Balanced: enough thinking for most questions.</source>
        <translation>Équilibré : assez de réflexion pour la plupart des questions.</translation>
    </message>
    <message>
        <source>Deep thinking for hard questions: slower, costs more.</source>
        <translation>Réflexion approfondie pour les questions difficiles : plus lent, plus cher.</translation>
    </message>
    <message>
        <source>The deepest thinking, for hard problems of many steps.</source>
        <translation>La réflexion la plus poussée, pour les problèmes difficiles en plusieurs étapes.</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Valeur du modèle</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>Le modèle décide.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1 (not for this model)</source>
        <translation>%1 (pas pour ce modèle)</translation>
    </message>
</context>
<context>
    <name>ThoughtsSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <source>Hide thoughts</source>
        <translation>Masquer la réflexion</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>Afficher la réflexion</translation>
    </message>
    <message>
        <source>What the model considered before answering</source>
        <translation>Ce que le modèle a envisagé avant de répondre</translation>
    </message>
</context>
<context>
    <name>TokenCountController</name>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: remove “%3” (%4 tokens), then send again.</source>
        <translation>Cela fait %1 jetons, plus que les %2 que ce modèle accepte : retirez « %3 » (%4 jetons), puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: shorten the question, then send again.</source>
        <translation>Cela fait %1 jetons, plus que les %2 que ce modèle accepte : raccourcissez la question, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>This conversation is %1 tokens, more than the %2 this model takes: start a new chat to ask this.</source>
        <translation>Cette conversation fait %1 jetons, plus que les %2 que ce modèle accepte : commencez une nouvelle conversation pour poser cette question.</translation>
    </message>
</context>
<context>
    <name>TokenCountLabel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 sur %2 jetons</translation>
    </message>
    <message>
        <source>The tokens this question would use, the conversation before it and its files included, and the most this model takes.</source>
        <translation>Les jetons qu’utiliserait cette question, conversation précédente et fichiers compris, et le maximum que ce modèle accepte.</translation>
    </message>
    <message>
        <source>The tokens could not be counted just now.</source>
        <translation>Les jetons n’ont pas pu être comptés pour l’instant.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Conversation deleted.</source>
        <translation>Conversation supprimée.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>Récupérer la conversation (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <source>Uploading %1</source>
        <translation>Mise en ligne de %1</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Mise en ligne de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop uploading and sending this message</source>
        <translation>Arrêter la mise en ligne et l’envoi de ce message</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 sur %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 already uploaded</source>
        <translation>%1 déjà en ligne</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 mis en ligne</translation>
    </message>
    <message>
        <source>Upload of %1 stopped</source>
        <translation>Mise en ligne de %1 arrêtée</translation>
    </message>
</context>
<context>
    <name>UserTurnView</name>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Edit &amp; resend</source>
        <translation>Modifier et renvoyer</translation>
    </message>
    <message>
        <source>Put this question back in the box to change it</source>
        <translation>Remettre cette question dans la zone de saisie pour la modifier</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (non envoyé)</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <source>Previous answer</source>
        <translation>Réponse précédente</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Réponse suivante</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation>Réponse %1 sur %2</translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop waiting for this answer</source>
        <translation>Ne plus attendre cette réponse</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3 of %4)…</source>
        <translation>%1 Nouvel essai dans %2&#xa0;s (essai %3 sur %4)…</translation>
    </message>
    <message>
        <source>%1 Trying again now (attempt %3 of %4)…</source>
        <translation>%1 Nouvel essai en cours (essai %3 sur %4)…</translation>
    </message>
    <message>
        <source>Waiting for Gemini · %1</source>
        <translation>En attente de Gemini · %1</translation>
    </message>
</context>
<context>
    <name>WaysPane</name>
    <message>
        <source>HOW TO CONNECT</source>
        <translation>COMMENT SE CONNECTER</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Un problème inattendu est survenu. Les détails se trouvent dans le fichier journal.</translation>
    </message>
</context>
</TS>
