<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gemini Desktop</source>
        <translation>Acerca de Gemini Desktop</translation>
    </message>
    <message>
        <source>Gemini Desktop</source>
        <translation>Gemini Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Ask Google&apos;s Gemini models about your questions, photos and videos.</source>
        <translation>Pregunta a los modelos Gemini de Google sobre tus dudas, fotos y vídeos.</translation>
    </message>
    <message>
        <source>Licensed under %1.</source>
        <translation>Con licencia %1.</translation>
    </message>
    <message>
        <source>Libraries it includes, and their licences</source>
        <translation>Bibliotecas que incluye y sus licencias</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>see its files</source>
        <translation>consulta sus archivos</translation>
    </message>
</context>
<context>
    <name>AnswerBrowser</name>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>question %1</source>
        <translation>pregunta %1</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>razonamiento %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>respuesta %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a token count</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
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
        <translation>Fuentes:</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>&amp;Notify when an answer is ready</source>
        <translation>&amp;Avisar cuando haya una respuesta</translation>
    </message>
    <message>
        <source>When Gemini Desktop is in the background, say when an answer ends</source>
        <translation>Cuando Gemini Desktop está en segundo plano, avisar al terminar una respuesta</translation>
    </message>
    <message>
        <source>Gemini answered</source>
        <translation>Gemini ha respondido</translation>
    </message>
    <message>
        <source>The answer could not be completed</source>
        <translation>No se ha podido completar la respuesta</translation>
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
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Copiar la respuesta</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copiar como Markdown</translation>
    </message>
    <message>
        <source>Copy the answer with its formatting</source>
        <translation>Copiar la respuesta con su formato</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ask the same question again</source>
        <translation>Volver a hacer la misma pregunta</translation>
    </message>
    <message>
        <source>Get code</source>
        <translation>Obtener código</translation>
    </message>
    <message>
        <source>The code that sends this question</source>
        <translation>El código que envía esta pregunta</translation>
    </message>
    <message>
        <source>Gemini sent an empty answer.</source>
        <translation>Gemini ha enviado una respuesta vacía.</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(detenida)</translation>
    </message>
    <message>
        <source>The connection ended early, so this answer may be incomplete.</source>
        <translation>La conexión se cortó antes de tiempo, así que puede que esta respuesta esté incompleta.</translation>
    </message>
    <message>
        <source>The app closed before this answer was finished, so it may be incomplete.</source>
        <translation>La aplicación se cerró antes de que terminara esta respuesta, así que puede que esté incompleta.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>No se ha podido completar la respuesta.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Código copiado</translation>
    </message>
    <message>
        <source>Gemini is writing</source>
        <translation>Gemini está escribiendo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Copiar este código al portapapeles</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>There is no saved connection called “%1”; the last one used is in use.</source>
        <translation>No hay ninguna conexión guardada llamada «%1»; se usa la última que usaste.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>The list of models could not be loaded. %1</source>
        <translation>No se ha podido cargar la lista de modelos. %1</translation>
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
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>YouTube video</source>
        <translation>Vídeo de YouTube</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>Quitar (Supr)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>grabación</translation>
    </message>
    <message>
        <source>Clip… choose the part of the %1 to send</source>
        <translation>Recortar… elige la parte (%1) que se enviará</translation>
    </message>
    <message>
        <source>Choose the part of %1 to send</source>
        <translation>Elegir la parte de %1 que se enviará</translation>
    </message>
    <message>
        <source>Double-click to choose the part to send.</source>
        <translation>Haz doble clic para elegir la parte que se enviará.</translation>
    </message>
    <message>
        <source>Choose the &amp;part to send…</source>
        <translation>Elegir la &amp;parte que se enviará…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation>Como en Ajustes</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Ultra high (this file only)</source>
        <translation>Máximo (solo este archivo)</translation>
    </message>
    <message>
        <source>Low detail</source>
        <translation>Poco detalle</translation>
    </message>
    <message>
        <source>Medium detail</source>
        <translation>Detalle medio</translation>
    </message>
    <message>
        <source>High detail</source>
        <translation>Mucho detalle</translation>
    </message>
    <message>
        <source>Ultra high detail</source>
        <translation>Detalle máximo</translation>
    </message>
    <message>
        <source>&amp;Detail for this file</source>
        <translation>&amp;Detalle de este archivo</translation>
    </message>
    <message>
        <source>How closely the model looks at this file; models before Gemini 3 use the Settings&apos; media resolution.</source>
        <translation>Con cuánto detalle mira el modelo este archivo; los modelos anteriores a Gemini 3 usan la resolución de medios de Ajustes.</translation>
    </message>
</context>
<context>
    <name>AttachmentController</name>
    <message>
        <source>Pasted image</source>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Imagen soltada</translation>
    </message>
</context>
<context>
    <name>AttachmentDrop</name>
    <message>
        <source>%1 is on a website, not on this computer.</source>
        <translation>%1 está en un sitio web, no en este ordenador.</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>Guarda primero la imagen en tu ordenador y luego suelta el archivo aquí.</translation>
    </message>
    <message>
        <source>Download it to your computer first, then drop the file.</source>
        <translation>Descárgalo primero en tu ordenador y luego suelta el archivo aquí.</translation>
    </message>
</context>
<context>
    <name>AttachmentLink</name>
    <message>
        <source>YouTube video %1</source>
        <translation>Vídeo de YouTube %1</translation>
    </message>
</context>
<context>
    <name>AttachmentLoader</name>
    <message>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 no se ha podido leer como imagen.</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>Guarda primero la imagen en tu ordenador y luego suelta el archivo aquí.</translation>
    </message>
    <message>
        <source>%1 is not a picture Gemini Desktop recognises.</source>
        <translation>%1 no es una imagen que Gemini Desktop reconozca.</translation>
    </message>
    <message>
        <source>Copy or drag the picture again, or save it as a file and add that.</source>
        <translation>Vuelve a copiar o arrastrar la imagen, o guárdala como archivo y añade ese archivo.</translation>
    </message>
    <message>
        <source>%1 could not be added because of an unexpected error.</source>
        <translation>%1 no se ha podido añadir por un error inesperado.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the log file has the details.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, el archivo de registro tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Attach photos, videos, recordings, PDFs or text files (%1)</source>
        <translation>Adjuntar fotos, vídeos, grabaciones, PDF o archivos de texto (%1)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs and text (%1)</source>
        <translation>Fotos, vídeos, grabaciones, PDF y texto (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Vídeos (%1)</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>Grabaciones (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>No se ha podido añadir %n archivo más.</numerusform>
            <numerusform>No se han podido añadir %n archivos más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Añadiendo %n archivo…</numerusform>
            <numerusform>Añadiendo %n archivos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>The connection&apos;s own model</source>
        <translation>El modelo de la conexión</translation>
    </message>
    <message>
        <source>Through Vertex AI, a batch job keeps the photos and its results in a Cloud Storage bucket, and this connection has none. Add one in Connection settings… (Cloud Storage bucket), then choose Describe a folder again.</source>
        <translation>Con Vertex AI, un trabajo por lotes guarda las fotos y sus resultados en un bucket de Cloud Storage, y esta conexión no tiene ninguno. Añada uno en Ajustes de conexión… (Bucket de Cloud Storage) y vuelva a elegir Describir una carpeta.</translation>
    </message>
    <message>
        <source>%1 · %2 · Batch job: %3</source>
        <translation>%1 · %2 · Trabajo por lotes: %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 done</source>
        <translation>%1 · %2: %3 de %4 hechas</translation>
    </message>
    <message>
        <source>A batch job sent to Google is not collected yet. File ▸ Unfinished batches shows how it is doing, and its results once it is done.</source>
        <translation>Un trabajo por lotes enviado a Google aún no se ha recogido. Archivo ▸ Lotes sin terminar muestra cómo va y, cuando termine, sus resultados.</translation>
    </message>
    <message>
        <source>Describing a folder stopped before every photo had its answer. File ▸ Unfinished batches goes on where it stopped.</source>
        <translation>La descripción de una carpeta se detuvo antes de que cada foto tuviera su respuesta. Archivo ▸ Lotes sin terminar continúa donde se quedó.</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>%1 results saved in %2.</source>
        <translation>%1 resultados guardados en %2.</translation>
    </message>
    <message>
        <source>%1 XMP sidecars written beside the photos.</source>
        <translation>%1 archivos XMP guardados junto a las fotos.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>No se guardaron: %1</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
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
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This photo goes again by itself in a moment.</source>
        <translation>Esta foto se volverá a enviar sola en un momento.</translation>
    </message>
    <message>
        <source>This photo is in the batch job; its answer comes when the job ends.</source>
        <translation>Esta foto está en el trabajo por lotes; su respuesta llegará cuando termine el trabajo.</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute this model&apos;s quota let through last time. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n foto: enviada sola tardaría unos %1, a las %2 por minuto que dejó pasar la cuota de este modelo la última vez. Como un trabajo por lotes, Google la responde a mitad de precio, normalmente en horas; puede cerrar la ventana mientras tanto.</numerusform>
            <numerusform>%n fotos: enviadas una a una tardarían unos %1, a las %2 por minuto que dejó pasar la cuota de este modelo la última vez. Como un trabajo por lotes, Google las responde todas a mitad de precio, normalmente en horas; puede cerrar la ventana mientras tanto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute a new project&apos;s quota allows. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n foto: enviada sola tardaría unos %1, a las %2 por minuto que permite la cuota de un proyecto nuevo. Como un trabajo por lotes, Google la responde a mitad de precio, normalmente en horas; puede cerrar la ventana mientras tanto.</numerusform>
            <numerusform>%n fotos: enviadas una a una tardarían unos %1, a las %2 por minuto que permite la cuota de un proyecto nuevo. Como un trabajo por lotes, Google las responde todas a mitad de precio, normalmente en horas; puede cerrar la ventana mientras tanto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job was cancelled, so %n photos have no answer.</source>
        <translation>
            <numerusform>El trabajo por lotes se canceló, así que %n foto no tiene respuesta.</numerusform>
            <numerusform>El trabajo por lotes se canceló, así que %n fotos no tienen respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job expired: Google did not finish it in time, so %n photos have no answer.</source>
        <translation>
            <numerusform>El trabajo por lotes caducó: Google no lo terminó a tiempo, así que %n foto no tiene respuesta.</numerusform>
            <numerusform>El trabajo por lotes caducó: Google no lo terminó a tiempo, así que %n fotos no tienen respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job failed at Google, so %n photos have no answer.</source>
        <translation>
            <numerusform>El trabajo por lotes falló en Google, así que %n foto no tiene respuesta.</numerusform>
            <numerusform>El trabajo por lotes falló en Google, así que %n fotos no tienen respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos have no answer; each row says why. Retry failed sends them again one by one.</source>
        <translation>
            <numerusform>%n foto no tiene respuesta; su fila dice por qué. Reintentar las fallidas la envía de nuevo.</numerusform>
            <numerusform>%n fotos no tienen respuesta; cada fila dice por qué. Reintentar las fallidas las envía de nuevo una a una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued at Google</source>
        <translation>En cola en Google</translation>
    </message>
    <message>
        <source>Waiting to start at Google</source>
        <translation>Esperando para empezar en Google</translation>
    </message>
    <message>
        <source>Running at Google</source>
        <translation>En curso en Google</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Done, but only partly</source>
        <translation>Terminado, pero solo en parte</translation>
    </message>
    <message>
        <source>Failed at Google</source>
        <translation>Falló en Google</translation>
    </message>
    <message>
        <source>Being cancelled at Google</source>
        <translation>Cancelándose en Google</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Paused at Google</source>
        <translation>En pausa en Google</translation>
    </message>
    <message>
        <source>Expired: not done in the time Google allows</source>
        <translation>Caducado: no terminó en el tiempo que permite Google</translation>
    </message>
    <message>
        <source>The batch job expired: Google did not finish it in time.</source>
        <translation>El trabajo por lotes caducó: Google no lo terminó a tiempo.</translation>
    </message>
    <message>
        <source>Being updated at Google</source>
        <translation>Actualizándose en Google</translation>
    </message>
    <message>
        <source>In a state this version does not know</source>
        <translation>En un estado que esta versión no conoce</translation>
    </message>
    <message>
        <source>Batch job: preparing the photos, %1 of %2…</source>
        <translation>Trabajo por lotes: preparando las fotos, %1 de %2…</translation>
    </message>
    <message>
        <source>Batch job: uploading the prepared photos to Google…</source>
        <translation>Trabajo por lotes: subiendo a Google las fotos preparadas…</translation>
    </message>
    <message>
        <source>Batch job: waiting for Google to accept the job…</source>
        <translation>Trabajo por lotes: esperando a que Google acepte el trabajo…</translation>
    </message>
    <message>
        <source>Batch job: %1</source>
        <translation>Trabajo por lotes: %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 respondidas</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidas</translation>
    </message>
    <message>
        <source>looked at %1; the window looks again by itself</source>
        <translation>consultado a las %1; la ventana vuelve a consultar sola</translation>
    </message>
    <message>
        <source>Google aims to finish a batch job within 24 hours; one not done after 48 hours expires, and its photos get no answer.</source>
        <translation>Google intenta terminar cada trabajo por lotes en 24 horas; uno que no ha terminado a las 48 horas caduca, y sus fotos se quedan sin respuesta.</translation>
    </message>
    <message>
        <source>Through Vertex AI a batch job may wait up to 72 hours to start; once it runs, what is not done within 24 hours is cancelled.</source>
        <translation>Con Vertex AI, un trabajo por lotes puede esperar hasta 72 horas para empezar; una vez en marcha, lo que no termine en 24 horas se cancela.</translation>
    </message>
    <message>
        <source>The batch job failed at Google.</source>
        <translation>El trabajo por lotes falló en Google.</translation>
    </message>
    <message>
        <source>Google says: %1</source>
        <translation>Google dice: %1</translation>
    </message>
    <message>
        <source>The batch job was cancelled.</source>
        <translation>El trabajo por lotes se canceló.</translation>
    </message>
    <message>
        <source>The batch job is done, but not every photo has its answer.</source>
        <translation>El trabajo por lotes ha terminado, pero no todas las fotos tienen su respuesta.</translation>
    </message>
    <message>
        <source>The batch job is done: every photo has its answer, ready for review.</source>
        <translation>El trabajo por lotes ha terminado: cada foto tiene su respuesta, lista para revisar.</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>This batch job was sent through another kind of connection (%1). Choose a connection of that kind, then open the batch again from File ▸ Unfinished batches.</source>
        <translation>Este trabajo por lotes se envió con otro tipo de conexión (%1). Elija una conexión de ese tipo y vuelva a abrir el lote desde Archivo ▸ Lotes sin terminar.</translation>
    </message>
    <message>
        <source>The batch job is reaching Google just now: it is cancelled there as soon as Google has made it.</source>
        <translation>El trabajo por lotes está llegando ahora a Google: se cancelará allí en cuanto Google lo cree.</translation>
    </message>
    <message>
        <source>Asking Google to cancel the batch job…</source>
        <translation>Pidiendo a Google que cancele el trabajo por lotes…</translation>
    </message>
    <message>
        <source>Nothing more is sent now; Resume sends the rest later.</source>
        <translation>Ahora no se envía nada más; «Reanudar» envía el resto más tarde.</translation>
    </message>
    <message>
        <source>None of the photos could be prepared, so no batch job was sent.</source>
        <translation>No se pudo preparar ninguna foto, así que no se envió ningún trabajo por lotes.</translation>
    </message>
    <message>
        <source>Google made batch job %1 just as you cancelled it; it is being cancelled there now.</source>
        <translation>Google creó el trabajo por lotes %1 justo cuando lo cancelaba; ahora se está cancelando allí.</translation>
    </message>
    <message>
        <source>Sent to Google as batch job %1. You can close this window: the job goes on, and File ▸ Unfinished batches shows it again.</source>
        <translation>Enviado a Google como trabajo por lotes %1. Puede cerrar esta ventana: el trabajo sigue, y Archivo ▸ Lotes sin terminar lo vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Cancelled before Google made the batch job: nothing runs there. Resume describes the photos one by one instead.</source>
        <translation>Cancelado antes de que Google creara el trabajo por lotes: allí no se ejecuta nada. «Reanudar» describe las fotos una a una en su lugar.</translation>
    </message>
    <message>
        <source>Send them one by one</source>
        <translation>Enviarlas una a una</translation>
    </message>
    <message>
        <source>No batch job was sent.</source>
        <translation>No se envió ningún trabajo por lotes.</translation>
    </message>
    <message>
        <source>The batch job goes on at Google; the window looks at it again soon.</source>
        <translation>El trabajo por lotes sigue en Google; la ventana volverá a consultarlo pronto.</translation>
    </message>
    <message>
        <source>Stop sending the batch job? If Google has made it already, it is cancelled there at once. The photos get no answer; you can send them again later.</source>
        <translation>¿Dejar de enviar el trabajo por lotes? Si Google ya lo ha creado, se cancela allí al momento. Las fotos no reciben respuesta; puede enviarlas de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Cancel the batch job</source>
        <translation>Cancelar el trabajo por lotes</translation>
    </message>
    <message>
        <source>Ask Google to cancel the batch job? Photos it has not answered yet get no answer; you can send them again later.</source>
        <translation>¿Pedir a Google que cancele el trabajo por lotes? Las fotos que aún no tienen respuesta no la tendrán; puede enviarlas de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancelar el trabajo</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Dejar que siga</translation>
    </message>
</context>
<context>
    <name>BatchSetupDialog</name>
    <message>
        <source>Describe a folder</source>
        <translation>Describir una carpeta</translation>
    </message>
    <message>
        <source>No folder or files chosen yet.</source>
        <translation>Aún no has elegido ninguna carpeta ni archivo.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>Include subfolders</source>
        <translation>Incluir subcarpetas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>Por qué se omite</translation>
    </message>
    <message>
        <source>Alt text (short, for screen readers)</source>
        <translation>Texto alternativo (breve, para lectores de pantalla)</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Tu propia pregunta</translation>
    </message>
    <message>
        <source>The fields of a JSON schema</source>
        <translation>Los campos de un esquema JSON</translation>
    </message>
    <message>
        <source>What to ask of every photo</source>
        <translation>Qué preguntar de cada foto</translation>
    </message>
    <message>
        <source>Choose a schema file…</source>
        <translation>Elegir un archivo de esquema…</translation>
    </message>
    <message>
        <source>Change in the Settings panel…</source>
        <translation>Cambiar en el panel de ajustes…</translation>
    </message>
    <message>
        <source>Send each photo&apos;s existing title and keywords along, as a hint</source>
        <translation>Enviar el título y las palabras clave que ya tiene cada foto, como pista</translation>
    </message>
    <message>
        <source>Send as a batch job: half the price, usually done within hours</source>
        <translation>Enviar como trabajo por lotes: mitad de precio, suele terminar en horas</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Photo detail</source>
        <translation>Detalle de las fotos</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>Describir</translation>
    </message>
    <message numerus="yes">
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n archivo o carpeta</numerusform>
            <numerusform>%n archivos y carpetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be sent: %1</source>
        <translation>Se enviarán: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Se omiten: %1</translation>
    </message>
    <message>
        <source>Photos and videos to send: %1 · Files left out: %2</source>
        <translation>Fotos y vídeos que se enviarán: %1 · Archivos omitidos: %2</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message>
        <source>Send as a batch job</source>
        <translation>Enviar como trabajo por lotes</translation>
    </message>
    <message>
        <source>The photos&apos; location (GPS) and camera details stay on this computer.</source>
        <translation>La ubicación (GPS) y los datos de la cámara de las fotos se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <source>Choose photos and videos</source>
        <translation>Elegir fotos y vídeos</translation>
    </message>
    <message>
        <source>Choose a JSON schema</source>
        <translation>Elegir un esquema JSON</translation>
    </message>
    <message>
        <source>JSON schema (*.json)</source>
        <translation>Esquema JSON (*.json)</translation>
    </message>
    <message>
        <source>This file is not a JSON schema that can be read.</source>
        <translation>Este archivo no es un esquema JSON que se pueda leer.</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Enviando ahora</translation>
    </message>
    <message>
        <source>At Google</source>
        <translation>En Google</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Esperando para reintentar</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texto alternativo</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar las fallidas</translation>
    </message>
    <message>
        <source>Send the photos that failed again</source>
        <translation>Volver a enviar las fotos que fallaron</translation>
    </message>
    <message>
        <source>Cancel the batch job…</source>
        <translation>Cancelar el trabajo por lotes…</translation>
    </message>
    <message>
        <source>Ask Google to stop the job; photos it has not answered get no answer</source>
        <translation>Pedir a Google que detenga el trabajo; las fotos sin respuesta no la tendrán</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Aprobar las seleccionadas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Without an answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Aún sin aprobar</translation>
    </message>
    <message>
        <source>Search files and results</source>
        <translation>Buscar en archivos y resultados</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV for spreadsheets…</source>
        <translation>CSV para hojas de cálculo…</translation>
    </message>
    <message>
        <source>JSON Lines…</source>
        <translation>JSON Lines…</translation>
    </message>
    <message>
        <source>XMP sidecars beside the photos…</source>
        <translation>Archivos XMP junto a las fotos…</translation>
    </message>
    <message>
        <source>Only approved rows</source>
        <translation>Solo las filas aprobadas</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechas</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer</source>
        <translation>
            <numerusform>%n sin respuesta</numerusform>
            <numerusform>%n sin respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>%1 transcurrido</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Paused: the photos on their way finish, no new ones start</source>
        <translation>En pausa: las fotos en camino terminan, no empieza ninguna nueva</translation>
    </message>
    <message>
        <source>Stopped: Resume sends the rest</source>
        <translation>Detenido: «Reanudar» envía el resto</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>ClipEditorDialog</name>
    <message>
        <source>Choose the part to send</source>
        <translation>Elegir la parte que se enviará</translation>
    </message>
    <message>
        <source>The model sees only the part between Start and End.</source>
        <translation>El modelo solo ve la parte entre Inicio y Fin.</translation>
    </message>
    <message>
        <source>The model hears only the part between Start and End.</source>
        <translation>El modelo solo oye la parte entre Inicio y Fin.</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Whole video</source>
        <translation>&amp;Vídeo completo</translation>
    </message>
    <message>
        <source>&amp;Whole recording</source>
        <translation>&amp;Grabación completa</translation>
    </message>
    <message>
        <source>The end must come after the start. Change one of the times.</source>
        <translation>El fin debe ir después del inicio. Cambia uno de los dos tiempos.</translation>
    </message>
    <message>
        <source>The model will see the whole video.</source>
        <translation>El modelo verá el vídeo completo.</translation>
    </message>
    <message>
        <source>The model will hear the whole recording.</source>
        <translation>El modelo oirá la grabación completa.</translation>
    </message>
    <message>
        <source>The model will see the whole video (%1).</source>
        <translation>El modelo verá el vídeo completo (%1).</translation>
    </message>
    <message>
        <source>The model will hear the whole recording (%1).</source>
        <translation>El modelo oirá la grabación completa (%1).</translation>
    </message>
    <message>
        <source>The model will see %1 to the end.</source>
        <translation>El modelo verá desde %1 hasta el final.</translation>
    </message>
    <message>
        <source>The model will hear %1 to the end.</source>
        <translation>El modelo oirá desde %1 hasta el final.</translation>
    </message>
    <message>
        <source>The model will see %1 to %2 (%3).</source>
        <translation>El modelo verá de %1 a %2 (%3).</translation>
    </message>
    <message>
        <source>The model will hear %1 to %2 (%3).</source>
        <translation>El modelo oirá de %1 a %2 (%3).</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeController</name>
    <message>
        <source>The code signs in with your Google Cloud credentials (gcloud); no key or token is written in it.</source>
        <translation>El código inicia sesión con tus credenciales de Google Cloud (gcloud); no lleva escrita ninguna clave ni ningún token.</translation>
    </message>
    <message>
        <source>The code reads your key from %1; the key is not written in it.</source>
        <translation>El código lee tu clave de %1; la clave no está escrita en él.</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Get code</source>
        <translation>Obtener código</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>Guardar el código</translation>
    </message>
    <message>
        <source>Could not save the code: %1</source>
        <translation>No se pudo guardar el código: %1</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Temperature: higher gives more varied answers</source>
        <translation>Temperatura: cuanto más alta, más variadas las respuestas</translation>
    </message>
    <message>
        <source>Pick this one</source>
        <translation>Elegir esta</translation>
    </message>
    <message>
        <source>Use this column&apos;s model and settings in the Settings panel</source>
        <translation>Usar el modelo y los ajustes de esta columna en el panel de ajustes</translation>
    </message>
    <message>
        <source>Continue alone</source>
        <translation>Seguir solo con esta</translation>
    </message>
    <message>
        <source>Open this column&apos;s conversation in the main window to go on with it</source>
        <translation>Abrir la conversación de esta columna en la ventana principal para continuarla</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Adding your files first…</source>
        <translation>Añadiendo primero tus archivos…</translation>
    </message>
    <message>
        <source>New compare. Ask anything.</source>
        <translation>Nueva comparación. Pregunta lo que quieras.</translation>
    </message>
    <message>
        <source>Only a column&apos;s latest answer can be asked again.</source>
        <translation>Solo se puede volver a pedir la última respuesta de una columna.</translation>
    </message>
    <message>
        <source>The Settings panel now uses %1.</source>
        <translation>El panel de ajustes usa ahora %1.</translation>
    </message>
    <message>
        <source>Stop the answers first (Esc), then try again.</source>
        <translation>Detén primero las respuestas (Esc) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini está respondiendo…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Preguntando a %1…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>Reabierta. Haz otra pregunta para continuar.</translation>
    </message>
</context>
<context>
    <name>CompareFacts</name>
    <message>
        <source>ended: %1</source>
        <translation>fin: %1</translation>
    </message>
    <message>
        <source>first words %1 s</source>
        <translation>primeras palabras %1 s</translation>
    </message>
    <message>
        <source>total %1 s</source>
        <translation>total %1 s</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
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
        <translation>Comparar modelos</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 columnas</translation>
    </message>
    <message>
        <source>New compare</source>
        <translation>Nueva comparación</translation>
    </message>
    <message>
        <source>Empty every column and start again</source>
        <translation>Vaciar todas las columnas y empezar de nuevo</translation>
    </message>
    <message>
        <source>Ask every column the same question; drop photos or videos here…</source>
        <translation>Haz la misma pregunta a todas las columnas; suelta aquí fotos o vídeos…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>Detener todas las respuestas (Esc)</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Enviar a todas</translation>
    </message>
    <message>
        <source>Ask every column (%1)</source>
        <translation>Preguntar a todas las columnas (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>%1 Connections you add now can be kept for this session only.</source>
        <translation>%1 Las conexiones que añadas ahora solo se podrán guardar para esta sesión.</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session. Unlock it, then restart Gemini Desktop to use your saved connections.</source>
        <translation>El almacén de contraseñas (llavero) está bloqueado, así que Gemini Desktop usa la conexión de las variables de entorno y no puede guardar otras más allá de esta sesión. Desbloquéalo y reinicia Gemini Desktop para usar tus conexiones guardadas.</translation>
    </message>
    <message>
        <source>No password store (keyring) was found, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session.</source>
        <translation>No se ha encontrado ningún almacén de contraseñas (llavero), así que Gemini Desktop usa la conexión de las variables de entorno y no puede guardar otras más allá de esta sesión.</translation>
    </message>
    <message>
        <source>Now using “%1”.</source>
        <translation>Ahora se usa «%1».</translation>
    </message>
    <message>
        <source>Saved “%1” and switched to it.</source>
        <translation>«%1» se ha guardado y está en uso.</translation>
    </message>
    <message>
        <source>The file could not be deleted. You can delete it yourself.</source>
        <translation>No se ha podido eliminar el archivo. Puedes eliminarlo tú mismo.</translation>
    </message>
    <message>
        <source>Connections are kept for this session only: this computer has no password store (keyring) Gemini Desktop can use, so they are forgotten when it closes.</source>
        <translation>Las conexiones solo se guardan para esta sesión: este ordenador no tiene un almacén de contraseñas (llavero) que Gemini Desktop pueda usar, así que se olvidan al cerrarlo.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Variables de entorno</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Gemini</source>
        <translation>Conectar con Gemini</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Gemini Desktop is signing in and asking which models you can use.</source>
        <translation>Gemini Desktop está iniciando sesión y preguntando qué modelos puedes usar.</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>Conectado: 1 modelo disponible.</translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation>Conectado: %1 modelos disponibles.</translation>
    </message>
    <message>
        <source>This connection works. Pick a model from the list if you like, then press Save.</source>
        <translation>Esta conexión funciona. Si quieres, elige un modelo de la lista y luego pulsa Guardar.</translation>
    </message>
    <message>
        <source>This connection works, but the model “%1” is not among the ones it offers. Pick one from the Model list, then press Save.</source>
        <translation>Esta conexión funciona, pero el modelo «%1» no está entre los que ofrece. Elige uno de la lista Modelo y luego pulsa Guardar.</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB will be uploaded to the bucket “%1”.</source>
        <translation>Los vídeos y archivos de más de 15 MB se subirán al bucket «%1».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Elegir otro archivo</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Algo ha salido mal de forma inesperada.</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message>
        <source>Its settings and its key are removed from this computer. This cannot be undone.</source>
        <translation>Los ajustes y la clave de esta conexión se eliminarán de este ordenador. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Archivos de clave (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <source>Use it as “%1”</source>
        <translation>Usarla como «%1»</translation>
    </message>
    <message>
        <source>Open the page to turn it on</source>
        <translation>Abrir la página para activarlo</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>Crear una clave nueva</translation>
    </message>
    <message>
        <source>Open the key&apos;s restrictions</source>
        <translation>Abrir las restricciones de la clave</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>Abrir la página</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The Gemini API did not take this key, but Vertex AI express did: it is a Vertex AI express key.</source>
        <translation>La API de Gemini no ha aceptado esta clave, pero Vertex AI exprés sí: es una clave de Vertex AI exprés.</translation>
    </message>
    <message>
        <source>Vertex AI express did not take this key, but the Gemini API did: it is a Gemini API key.</source>
        <translation>Vertex AI exprés no ha aceptado esta clave, pero la API de Gemini sí: es una clave de API de Gemini.</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>Elegir otro modelo</translation>
    </message>
    <message>
        <source>Check the endpoint</source>
        <translation>Comprobar el endpoint</translation>
    </message>
    <message>
        <source>Check the bucket</source>
        <translation>Comprobar el bucket</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Clave de API de Gemini</translation>
    </message>
    <message>
        <source>The easiest start: a free key from Google AI Studio.</source>
        <translation>La forma más fácil de empezar: una clave gratuita de Google AI Studio.</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>Obtener clave</translation>
    </message>
    <message>
        <source>Google AI Studio</source>
        <translation>Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex AI express key</source>
        <translation>Vertex AI exprés</translation>
    </message>
    <message>
        <source>A key for Vertex AI, without setting up a full Google Cloud project.</source>
        <translation>Una clave para Vertex AI, sin configurar un proyecto completo de Google Cloud.</translation>
    </message>
    <message>
        <source>Vertex AI express</source>
        <translation>Vertex AI exprés</translation>
    </message>
    <message>
        <source>Google Cloud with gcloud</source>
        <translation>Google Cloud con gcloud</translation>
    </message>
    <message>
        <source>Uses the sign-in that Google&apos;s gcloud tool left on this computer.</source>
        <translation>Usa el inicio de sesión que la herramienta gcloud de Google dejó en este ordenador.</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Clave de cuenta de servicio</translation>
    </message>
    <message>
        <source>A .json key file, usually sent by whoever runs your Google Cloud project.</source>
        <translation>Un archivo de clave .json, normalmente enviado por quien gestiona tu proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Cuenta de servicio</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Iniciar sesión con Google</translation>
    </message>
    <message>
        <source>Your own Google account, with an OAuth client file from your project.</source>
        <translation>Tu propia cuenta de Google, con un archivo de cliente OAuth de tu proyecto.</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>Crear cliente</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Cuenta de Google</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server</source>
        <translation>Otro servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>Another server that speaks the OpenAI API, such as a model on your network.</source>
        <translation>Otro servidor que hable la API de OpenAI, como un modelo en tu red.</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>Servidor compatible con OpenAI</translation>
    </message>
    <message>
        <source>This looks like the content of a key file, not a key. Choose “Service-account key file” and pick the file instead.</source>
        <translation>Esto parece el contenido de un archivo de clave, no una clave. Elige «Clave de cuenta de servicio» y selecciona el archivo.</translation>
    </message>
    <message>
        <source>This is a temporary access token (it stops working within an hour), not an API key.</source>
        <translation>Esto es un token de acceso temporal (deja de funcionar en menos de una hora), no una clave de API.</translation>
    </message>
    <message>
        <source>This belongs to an OAuth client, not an API key. Choose “Sign in with Google” and use the client&apos;s file.</source>
        <translation>Esto pertenece a un cliente OAuth, no a una clave de API. Elige «Iniciar sesión con Google» y usa el archivo del cliente.</translation>
    </message>
    <message>
        <source>This is a saved Google sign-in (a refresh token), not an API key.</source>
        <translation>Esto es un inicio de sesión de Google guardado (un token de actualización), no una clave de API.</translation>
    </message>
    <message>
        <source>This looks like a key for an OpenAI-compatible server, not a Google key. Choose “Any OpenAI-compatible server”.</source>
        <translation>Esto parece una clave para un servidor compatible con OpenAI, no una clave de Google. Elige «Otro servidor compatible con OpenAI».</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without them.</source>
        <translation>La clave contiene espacios o saltos de línea. Vuelve a copiarla sin ellos.</translation>
    </message>
    <message>
        <source>Type only the bucket&apos;s name, such as my-bucket, not a web address.</source>
        <translation>Escribe solo el nombre del bucket, como my-bucket, no una dirección web.</translation>
    </message>
    <message>
        <source>Bucket names use lowercase letters only: “%1”.</source>
        <translation>Los nombres de bucket solo usan minúsculas: «%1».</translation>
    </message>
    <message>
        <source>A bucket name may contain only lowercase letters, digits, dashes (-), underscores (_) and dots (.).</source>
        <translation>Un nombre de bucket solo puede contener minúsculas, dígitos, guiones (-), guiones bajos (_) y puntos (.).</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>Un nombre de bucket empieza y termina con una letra o un dígito.</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters (with dots, up to 222, and at most 63 between two dots).</source>
        <translation>Un nombre de bucket tiene de 3 a 63 caracteres (con puntos, hasta 222, y como mucho 63 entre dos puntos).</translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation>Un nombre de bucket no puede ser una dirección IP.</translation>
    </message>
    <message>
        <source>A bucket name cannot begin with “goog” or contain “google” (or a look-alike such as “g00gle”).</source>
        <translation>Un nombre de bucket no puede empezar por «goog» ni contener «google» (ni algo parecido, como «g00gle»).</translation>
    </message>
    <message>
        <source>your Google account, signed in with gcloud</source>
        <translation>tu cuenta de Google, con sesión iniciada mediante gcloud</translation>
    </message>
    <message>
        <source>a service account</source>
        <translation>una cuenta de servicio</translation>
    </message>
    <message>
        <source>an account from another identity provider</source>
        <translation>una cuenta de otro proveedor de identidad</translation>
    </message>
    <message>
        <source>a service account, used through your account</source>
        <translation>una cuenta de servicio, usada a través de tu cuenta</translation>
    </message>
    <message>
        <source>an unknown kind of sign-in</source>
        <translation>un tipo de inicio de sesión desconocido</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>The file cannot be read as a sign-in.</source>
        <translation>El archivo no se puede leer como inicio de sesión.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>En la consola de Google Cloud, abre IAM → Cuentas de servicio → Claves y añade una clave JSON.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>En la consola de Google Cloud, abre APIs y servicios → Credenciales, crea un cliente OAuth de tipo App de escritorio y descarga su JSON.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>No se ha podido leer %1.</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>Comprueba que el archivo sigue existiendo y que puedes abrirlo.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 es demasiado grande para ser un archivo de clave.</translation>
    </message>
    <message>
        <source>Choose the small .json file you downloaded from Google Cloud.</source>
        <translation>Elige el pequeño archivo .json que descargaste de Google Cloud.</translation>
    </message>
    <message>
        <source>%1 is not a key file (it is not JSON).</source>
        <translation>%1 no es un archivo de clave (no es JSON).</translation>
    </message>
    <message>
        <source>%1 is not a key file.</source>
        <translation>%1 no es un archivo de clave.</translation>
    </message>
    <message>
        <source>%1 holds a personal Google sign-in, not a service-account key.</source>
        <translation>%1 contiene un inicio de sesión personal de Google, no una clave de cuenta de servicio.</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>Elige «Google Cloud (gcloud)» en su lugar, o pide una clave de cuenta de servicio.</translation>
    </message>
    <message>
        <source>%1 is not a complete service-account key.</source>
        <translation>%1 no es una clave de cuenta de servicio completa.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>Este archivo no es un archivo de cliente OAuth de Google.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>Este archivo no es un archivo de cliente OAuth para una app de escritorio.</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>Este archivo es para una aplicación web, no para una app de escritorio.</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>Este archivo es una clave de cuenta de servicio, no un cliente OAuth para una app de escritorio.</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>Úsalo en «Clave de cuenta de servicio» o descarga un cliente OAuth de App de escritorio.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>Este archivo de cliente OAuth no tiene ID de cliente.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>Este archivo de cliente OAuth no tiene secreto de cliente.</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>Este archivo de cliente OAuth contiene una dirección de Google dañada.</translation>
    </message>
    <message>
        <source>Enter the Google Cloud project ID first.</source>
        <translation>Introduce primero el ID del proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Enter the model&apos;s name, or press Test connection to list the models the server offers.</source>
        <translation>Introduce el nombre del modelo, o pulsa Probar conexión para ver los modelos que ofrece el servidor.</translation>
    </message>
    <message>
        <source>The custom endpoint must start with https:// (or http://).</source>
        <translation>El endpoint personalizado debe empezar por https:// (o http://).</translation>
    </message>
    <message>
        <source>The proxy must look like http://host:port (or socks5://host:port).</source>
        <translation>El proxy debe tener la forma http://host:puerto (o socks5://host:puerto).</translation>
    </message>
    <message>
        <source>Check the project</source>
        <translation>Comprobar el proyecto</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>Pega primero tu clave de API.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>pega la clave aquí</translation>
    </message>
    <message>
        <source>saved in your password store; type a new key to replace it</source>
        <translation>guardada en tu almacén de contraseñas; escribe una clave nueva para sustituirla</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Comprobar la clave</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Change the setting, then send again.</source>
        <translation>Cambia el ajuste y vuelve a enviar.</translation>
    </message>
    <message>
        <source>Adding your files first…</source>
        <translation>Añadiendo primero tus archivos…</translation>
    </message>
    <message>
        <source>Change the question, then send it again.</source>
        <translation>Cambia la pregunta y vuelve a enviarla.</translation>
    </message>
    <message>
        <source>New chat. Ask anything.</source>
        <translation>Nuevo chat. Pregunta lo que quieras.</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>Guardando una copia de %1…</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini está respondiendo…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Subiendo %1…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Stopped. The answer so far is kept.</source>
        <translation>Detenido. Se conserva la respuesta hasta ahora.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Algo ha salido mal de forma inesperada. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>No se ha podido completar la respuesta.</translation>
    </message>
    <message>
        <source>Gemini is still answering. Stop the answer first (Esc), then try again.</source>
        <translation>Gemini sigue respondiendo. Detén primero la respuesta (Esc) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>Reabierta. Haz otra pregunta para continuar.</translation>
    </message>
    <message>
        <source>The question is back in the box; its files could not be read back.</source>
        <translation>La pregunta ha vuelto al cuadro; sus archivos no se han podido recuperar.</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Título de la conversación</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Compare · %1</source>
        <comment>a compare of models, and its date</comment>
        <translation>Comparación · %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha salido mal</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Gemini Desktop. You can go on working; if something looks wrong, restart the app. To help fix it, copy the report below into a bug report (it holds no keys or passwords).</source>
        <translation>Algo ha salido mal de forma inesperada dentro de Gemini Desktop. Puedes seguir trabajando; si algo no parece correcto, reinicia la aplicación. Para ayudar a corregirlo, copia el informe de abajo en un informe de error (no contiene claves ni contraseñas).</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DialogFooter</name>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>DialogHeader</name>
    <message>
        <source>Welcome to Gemini Desktop</source>
        <translation>Te damos la bienvenida a Gemini Desktop</translation>
    </message>
    <message>
        <source>First, choose how Gemini Desktop should connect to Google&apos;s Gemini models. You can change this, or add other ways, later in Connection settings.</source>
        <translation>Primero, elige cómo debe conectarse Gemini Desktop a los modelos Gemini de Google. Puedes cambiarlo, o añadir otras formas, más adelante en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Ajustes de conexión</translation>
    </message>
    <message>
        <source>Change a saved connection, or add another way to connect.</source>
        <translation>Cambia una conexión guardada o añade otra forma de conectarte.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Gemini Desktop keeps its own copy of the key in your password store, so the key file is no longer needed.</source>
        <translation>Gemini Desktop guarda su propia copia de la clave en tu almacén de contraseñas, así que ya no necesitas el archivo de clave.</translation>
    </message>
    <message>
        <source>The original key file is still on this computer. Anyone who gets it can use your Google Cloud project, so you may want to delete it:</source>
        <translation>El archivo de clave original sigue en este ordenador. Cualquiera que lo consiga puede usar tu proyecto de Google Cloud, así que quizá quieras eliminarlo:</translation>
    </message>
    <message>
        <source>Delete the original file</source>
        <translation>Eliminar el archivo original</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>“%1” is saved and in use</source>
        <translation>«%1» está guardada y en uso</translation>
    </message>
    <message>
        <source>Deleted. Only the copy in your password store is left.</source>
        <translation>Eliminado. Solo queda la copia de tu almacén de contraseñas.</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to attach</source>
        <translation>Suelta para adjuntar</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs or text files</source>
        <translation>Fotos, vídeos, grabaciones, PDF o archivos de texto</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>Connect…</source>
        <translation>Conectar…</translation>
    </message>
    <message>
        <source>Ask Gemini anything</source>
        <translation>Pregúntale a Gemini lo que quieras</translation>
    </message>
    <message>
        <source>Gemini Desktop sends your questions, photos and videos to Google&apos;s Gemini models and shows the answers here as they are written.</source>
        <translation>Gemini Desktop envía tus preguntas, fotos y vídeos a los modelos Gemini de Google y muestra aquí las respuestas a medida que se escriben.</translation>
    </message>
    <message>
        <source>Not connected to Gemini</source>
        <translation>Sin conexión con Gemini</translation>
    </message>
    <message>
        <source>Connect with a key from Google AI Studio, a Vertex AI project or another server, then ask your first question.</source>
        <translation>Conéctate con una clave de Google AI Studio, un proyecto de Vertex AI u otro servidor y haz tu primera pregunta.</translation>
    </message>
    <message>
        <source>Type a question or drop a photo to get started.</source>
        <translation>Escribe una pregunta o suelta una foto para empezar.</translation>
    </message>
</context>
<context>
    <name>ErrorAction</name>
    <message>
        <source>Open the page</source>
        <translation>Abrir la página</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir ajustes</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>Elegir un modelo</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>Editar el mensaje</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>Podrás volver a intentarlo dentro de %1 s.</translation>
    </message>
</context>
<context>
    <name>ExpressKeyForm</name>
    <message>
        <source>Paste the API key from the Vertex AI Studio settings. It starts with “AQ.”. Express mode needs no project or region.</source>
        <translation>Pega la clave de API de los ajustes de Vertex AI Studio. Empieza por «AQ.». El modo exprés no necesita proyecto ni región.</translation>
    </message>
    <message>
        <source>This way needs a Vertex AI key in express mode. A key from Google AI Studio belongs under “Gemini API key”.</source>
        <translation>Esta forma necesita una clave de Vertex AI en modo exprés. Una clave de Google AI Studio va en «Clave de API de Gemini».</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>Buscar en esta conversación</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Resultado anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Resultado siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>GcloudForm</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Gemini Desktop uses the Google Cloud sign-in already on this computer. Choose which project pays for the requests.</source>
        <translation>Gemini Desktop usa el inicio de sesión de Google Cloud que ya hay en este ordenador. Elige qué proyecto paga las solicitudes.</translation>
    </message>
    <message>
        <source>Looking for a gcloud sign-in on this computer…</source>
        <translation>Buscando un inicio de sesión de gcloud en este ordenador…</translation>
    </message>
    <message>
        <source>No gcloud sign-in was found on this computer.</source>
        <translation>No se ha encontrado ningún inicio de sesión de gcloud en este ordenador.</translation>
    </message>
    <message>
        <source>Install Google&apos;s gcloud tool, run this command in a terminal and sign in in the browser; then click Check again.</source>
        <translation>Instala la herramienta gcloud de Google, ejecuta este comando en un terminal e inicia sesión en el navegador; luego haz clic en Volver a comprobar.</translation>
    </message>
    <message>
        <source>The sign-in file cannot be used.</source>
        <translation>No se puede usar el archivo de inicio de sesión.</translation>
    </message>
    <message>
        <source>Found a sign-in: %1</source>
        <translation>Inicio de sesión encontrado: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>From gcloud: %1</source>
        <translation>De gcloud: %1</translation>
    </message>
    <message>
        <source>From GOOGLE_APPLICATION_CREDENTIALS: %1</source>
        <translation>De GOOGLE_APPLICATION_CREDENTIALS: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>This sign-in has no quota project, so Google may answer “quota exceeded” or “API not enabled”. To fix it, run this command in a terminal:</source>
        <translation>Este inicio de sesión no tiene proyecto de cuota, así que Google puede responder «cuota superada» o «API no habilitada». Para solucionarlo, ejecuta este comando en un terminal:</translation>
    </message>
</context>
<context>
    <name>GeminiKeyForm</name>
    <message>
        <source>Paste the key you created in Google AI Studio. It starts with “AQ.” (newer keys) or “AIza”.</source>
        <translation>Pega la clave que creaste en Google AI Studio. Empieza por «AQ.» (claves nuevas) o «AIza».</translation>
    </message>
    <message>
        <source>This way needs a Gemini API key from Google AI Studio. A key from Vertex AI belongs under “Vertex AI express key”.</source>
        <translation>Esta forma necesita una clave de API de Gemini de Google AI Studio. Una clave de Vertex AI va en «Vertex AI exprés».</translation>
    </message>
</context>
<context>
    <name>GoogleSignInForm</name>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Iniciar sesión con Google</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Choose the OAuth client file first.</source>
        <translation>Elige primero el archivo de cliente OAuth.</translation>
    </message>
    <message>
        <source>Sign in with Google first.</source>
        <translation>Inicia sesión con Google primero.</translation>
    </message>
    <message>
        <source>Choose the OAuth client file (type “Desktop app”) from your Google Cloud project, then sign in with your Google account in the browser.</source>
        <translation>Elige el archivo de cliente OAuth (tipo «App de escritorio») de tu proyecto de Google Cloud y luego inicia sesión con tu cuenta de Google en el navegador.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Choose the OAuth client file</source>
        <translation>Elegir el archivo de cliente OAuth</translation>
    </message>
    <message>
        <source>OAuth client %1 is ready. Now sign in.</source>
        <translation>El cliente OAuth %1 está listo. Ahora inicia sesión.</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Elegir otro…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Gemini Desktop is waiting…</source>
        <translation>Termina de iniciar sesión en el navegador. Gemini Desktop está esperando…</translation>
    </message>
    <message>
        <source>A browser window should have opened. If you do not see it, copy this link into your browser:</source>
        <translation>Debería haberse abierto una ventana del navegador. Si no la ves, copia este enlace en tu navegador:</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy this link into your browser to sign in:</source>
        <translation>No se ha podido abrir el navegador. Copia este enlace en tu navegador para iniciar sesión:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>✓ Signed in as %1</source>
        <translation>✓ Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>✓ Signed in with Google</source>
        <translation>✓ Sesión iniciada con Google</translation>
    </message>
    <message>
        <source>Ready to sign in.</source>
        <translation>Listo para iniciar sesión.</translation>
    </message>
    <message>
        <source>First choose the client file.</source>
        <translation>Elige primero el archivo de cliente.</translation>
    </message>
    <message>
        <source>Drop the OAuth client file (client_secret_….json) here</source>
        <translation>Suelta aquí el archivo de cliente OAuth (client_secret_….json)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Report a bug…</source>
        <translation>&amp;Informar de un error…</translation>
    </message>
    <message>
        <source>&amp;About Gemini Desktop</source>
        <translation>A&amp;cerca de Gemini Desktop</translation>
    </message>
    <message>
        <source>The log folder could not be opened.</source>
        <translation>No se ha podido abrir la carpeta de registros.</translation>
    </message>
    <message>
        <source>The bug report page opens in your browser. Please attach the log file: Help ▸ Open log folder shows it.</source>
        <translation>La página para informar de errores se abre en tu navegador. Adjunta el archivo de registro: lo encontrarás en Ayuda ▸ Abrir la carpeta de registros.</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Markdown, photos in a folder beside it (*.md)</source>
        <translation>Markdown, con las fotos en una carpeta al lado (*.md)</translation>
    </message>
    <message>
        <source>Web page, all in one file (*.html)</source>
        <translation>Página web, todo en un archivo (*.html)</translation>
    </message>
    <message>
        <source>Conversation file, to import or replay (*.json)</source>
        <translation>Archivo de conversación, para importar o reproducir (*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>Importar conversación</translation>
    </message>
    <message>
        <source>Conversation files (*.json)</source>
        <translation>Archivos de conversación (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Exported from Gemini Desktop</source>
        <translation>Exportado desde Gemini Desktop</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>missing from the history</source>
        <translation>falta en el historial</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Detenida antes del final.</translation>
    </message>
    <message>
        <source>Interrupted: the app closed while this answer was arriving.</source>
        <translation>Interrumpida: la aplicación se cerró mientras llegaba esta respuesta.</translation>
    </message>
    <message>
        <source>Still arriving when this was exported.</source>
        <translation>Aún estaba llegando cuando se exportó.</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>Esta respuesta ha fallado.</translation>
    </message>
    <message>
        <source>%1 tokens in</source>
        <translation>%1 tokens de entrada</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 de salida</translation>
    </message>
    <message>
        <source>%1 thinking</source>
        <translation>%1 de razonamiento</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
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
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Empezar una conversación nueva</translation>
    </message>
    <message>
        <source>Import conversation…</source>
        <translation>Importar conversación…</translation>
    </message>
    <message>
        <source>Open a conversation exported as JSON</source>
        <translation>Abrir una conversación exportada como JSON</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>Ninguna conversación menciona «%1».</translation>
    </message>
    <message>
        <source>Your conversations will appear here, newest first.</source>
        <translation>Tus conversaciones aparecerán aquí, las más recientes primero.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>KeyFileForm</name>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose or drop the service account&apos;s key file first.</source>
        <translation>Elige o suelta primero el archivo de clave de la cuenta de servicio.</translation>
    </message>
    <message>
        <source>Drop the service account&apos;s .json key file below, or choose it. Gemini Desktop keeps a copy in your password store.</source>
        <translation>Suelta abajo el archivo de clave .json de la cuenta de servicio, o elígelo. Gemini Desktop guarda una copia en tu almacén de contraseñas.</translation>
    </message>
    <message>
        <source>The key is saved in your password store</source>
        <translation>La clave está guardada en tu almacén de contraseñas</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Sustituir…</translation>
    </message>
    <message>
        <source>Choose another key file</source>
        <translation>Elegir otro archivo de clave</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s key file</source>
        <translation>Elegir el archivo de clave de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Elegir otro…</translation>
    </message>
    <message>
        <source>Drop the key file (.json) here</source>
        <translation>Suelta aquí el archivo de clave (.json)</translation>
    </message>
</context>
<context>
    <name>KeyringBar</name>
    <message>
        <source>Use for this session only</source>
        <translation>Usar solo en esta sesión</translation>
    </message>
    <message>
        <source>Connections you save now are kept for this session only: Gemini Desktop forgets them when it closes.</source>
        <translation>Las conexiones que guardes ahora solo se conservan en esta sesión: Gemini Desktop las olvida al cerrarse.</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Restart Gemini Desktop in %1?</source>
        <translation>¿Reiniciar Gemini Desktop en %1?</translation>
    </message>
    <message>
        <source>The open conversation and the text you are typing are kept. An answer still being written stops where it is.</source>
        <translation>Se conservan la conversación abierta y el texto que estás escribiendo. Una respuesta que aún se está escribiendo se detiene donde esté.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>LongAnswerBar</name>
    <message>
        <source>Show the whole answer</source>
        <translation>Mostrar la respuesta completa</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>This answer is too long to show here whole (%1 characters): its start is above and its end below.</source>
        <translation>Esta respuesta es demasiado larga para mostrarla aquí entera (%1 caracteres): arriba está su principio y abajo, su final.</translation>
    </message>
    <message>
        <source>Save the answer as</source>
        <translation>Guardar la respuesta como</translation>
    </message>
    <message>
        <source>The answer could not be written: %1</source>
        <translation>No se ha podido guardar la respuesta: %1</translation>
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
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Which connection Gemini Desktop uses</source>
        <translation>Qué conexión usa Gemini Desktop</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Ajustes de conexión…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>Ask a question, or drop a photo or a video here and ask about it…</source>
        <translation>Haz una pregunta, o suelta aquí una foto o un vídeo y pregunta sobre él…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>%1 to send · Enter for a new line</source>
        <translation>%1 para enviar · Intro: nueva línea</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the question (%1)</source>
        <translation>Enviar la pregunta (%1)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>From the environment variables · %1</source>
        <translation>De las variables de entorno · %1</translation>
    </message>
    <message>
        <source>Open Connection settings to choose how to connect.</source>
        <translation>Abre Ajustes de conexión para elegir cómo conectarte.</translation>
    </message>
    <message>
        <source>Using %1 · %2</source>
        <translation>En uso: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Empezar una conversación nueva</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importar conversación…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>Ajustes de &amp;conexión…</translation>
    </message>
    <message>
        <source>&amp;Get code…</source>
        <translation>&amp;Obtener código…</translation>
    </message>
    <message>
        <source>The code that sends the question being written</source>
        <translation>El código que envía la pregunta que estás escribiendo</translation>
    </message>
    <message>
        <source>&amp;Describe a folder…</source>
        <translation>&amp;Describir una carpeta…</translation>
    </message>
    <message>
        <source>Alt text, captions, keywords or titles for many photos at once</source>
        <translation>Textos alternativos, pies de foto, palabras clave o títulos para muchas fotos a la vez</translation>
    </message>
    <message>
        <source>&amp;Unfinished batches</source>
        <translation>Lotes sin &amp;terminar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Conversation list</source>
        <translation>&amp;Lista de conversaciones</translation>
    </message>
    <message>
        <source>Show or hide your earlier conversations</source>
        <translation>Mostrar u ocultar tus conversaciones anteriores</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Settings panel</source>
        <translation>&amp;Panel de ajustes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Show or hide the model and the settings used for answers</source>
        <translation>Mostrar u ocultar el modelo y los ajustes de las respuestas</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>Co&amp;mparar modelos…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Ask two or three models the same question side by side</source>
        <translation>Hacer la misma pregunta a dos o tres modelos, uno al lado del otro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Same as the computer (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{file} is damaged or incomplete: the picture stops part of the way through.</source>
        <translation>{file} está dañado o incompleto: la imagen se corta a mitad.</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again, then add it.</source>
        <translation>Puede que no terminara de copiarse o descargarse; vuelve a copiarlo y añádelo.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a complete picture.</source>
        <translation>{file} está dañado o no es una imagen completa.</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again, or choose another photo.</source>
        <translation>Ábrelo en un visor de imágenes y vuelve a guardarlo, o elige otra foto.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a device or a pipe).</source>
        <translation>{file} no es un archivo normal (es un dispositivo o una tubería).</translation>
    </message>
    <message>
        <source>Save what you want to send as a file, then add that file.</source>
        <translation>Guarda lo que quieras enviar como archivo y luego añade ese archivo.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} no existe.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; check the name and the folder.</source>
        <translation>Puede que se haya movido, renombrado o eliminado; comprueba el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; add it again.</source>
        <translation>Puede que se haya movido, renombrado o eliminado; vuelve a añadirlo.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>No se puede leer {file}: permiso denegado.</translation>
    </message>
    <message>
        <source>Give yourself read access to the file, or copy it somewhere readable.</source>
        <translation>Date permiso de lectura sobre el archivo, o cópialo a un lugar donde se pueda leer.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Give the files inside it instead.</source>
        <translation>Añade en su lugar los archivos que contiene.</translation>
    </message>
    <message>
        <source>{file} is a shortcut (symbolic link) that leads back to itself.</source>
        <translation>{file} es un acceso directo (enlace simbólico) que apunta a sí mismo.</translation>
    </message>
    <message>
        <source>Add the file it was meant to point to instead.</source>
        <translation>Añade en su lugar el archivo al que debía apuntar.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>No se puede leer {file} ({reason}).</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>Comprueba el archivo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>{file} changed while it was being sent.</source>
        <translation>{file} ha cambiado mientras se enviaba.</translation>
    </message>
    <message>
        <source>Wait until the program writing it has finished, then send again.</source>
        <translation>Espera a que el programa que lo está escribiendo termine y vuelve a enviar.</translation>
    </message>
    <message>
        <source>{file} is {size}; Gemini reads files up to {limit}.</source>
        <translation>{file} ocupa {size}; Gemini lee archivos de hasta {limit}.</translation>
    </message>
    <message>
        <source>A secure connection to Google could not be made.</source>
        <translation>No se ha podido establecer una conexión segura con Google.</translation>
    </message>
    <message>
        <source>A secure connection to the server at {host} could not be made.</source>
        <translation>No se ha podido establecer una conexión segura con el servidor {host}.</translation>
    </message>
    <message>
        <source>If your network inspects secure traffic, ask its administrator for help.</source>
        <translation>Si tu red inspecciona el tráfico seguro, pide ayuda a su administrador.</translation>
    </message>
    <message>
        <source>Could not reach Google.</source>
        <translation>No se ha podido contactar con Google.</translation>
    </message>
    <message>
        <source>Could not reach the server at {host}.</source>
        <translation>No se ha podido contactar con el servidor {host}.</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>Comprueba tu conexión a internet (y los ajustes del proxy) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Google stopped answering for too long.</source>
        <translation>Google ha dejado de responder durante demasiado tiempo.</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering for too long.</source>
        <translation>El servidor {host} ha dejado de responder durante demasiado tiempo.</translation>
    </message>
    <message>
        <source>Google sent no answer for {wait}.</source>
        <translation>Google no ha enviado ninguna respuesta en {wait}.</translation>
    </message>
    <message>
        <source>The server at {host} sent no answer for {wait}.</source>
        <translation>El servidor {host} no ha enviado ninguna respuesta en {wait}.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, choose a lower thinking level or check your proxy.</source>
        <translation>Vuelve a intentarlo. Si sigue pasando, elige un nivel de razonamiento más bajo o revisa tu proxy.</translation>
    </message>
    <message>
        <source>A web page came back instead of Gemini&apos;s answer.</source>
        <translation>Ha llegado una página web en lugar de la respuesta de Gemini.</translation>
    </message>
    <message>
        <source>The server at {host} answered with a web page, not with Gemini&apos;s answer.</source>
        <translation>El servidor {host} ha respondido con una página web, no con la respuesta de Gemini.</translation>
    </message>
    <message>
        <source>If this network asks you to sign in first (a hotel or office Wi-Fi), open any web page in your browser and do so; otherwise check the server address and any proxy.</source>
        <translation>Si esta red te pide iniciar sesión primero (el wifi de un hotel o de la oficina), abre cualquier página web en el navegador e inicia sesión; si no, revisa la dirección del servidor y el proxy, si lo hay.</translation>
    </message>
    <message>
        <source>The answer stopped arriving: no more of it came for {wait}.</source>
        <translation>La respuesta dejó de llegar: no llegó nada más en {wait}.</translation>
    </message>
    <message>
        <source>What arrived is kept. Send again to get the whole answer.</source>
        <translation>Se conserva lo que llegó. Vuelve a enviar para obtener la respuesta completa.</translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving.</source>
        <translation>La conexión se cortó mientras llegaba la respuesta.</translation>
    </message>
    <message>
        <source>The connection to Google broke.</source>
        <translation>Se ha cortado la conexión con Google.</translation>
    </message>
    <message>
        <source>The connection to the server at {host} broke.</source>
        <translation>Se ha cortado la conexión con el servidor {host}.</translation>
    </message>
    <message>
        <source>Counting tokens is not available on the OpenAI-compatible API.</source>
        <translation>No se pueden contar tokens con la API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Use Vertex AI or the Gemini API to count tokens.</source>
        <translation>Usa Vertex AI o la API de Gemini para contar tokens.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server address.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, comprueba la dirección del servidor.</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}).</source>
        <translation>No se ha podido guardar {file} ({reason}).</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk has free space.</source>
        <translation>Elige otra carpeta o comprueba que el disco tenga espacio libre.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>No se ha podido leer {file} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>Comprueba que el archivo sigue existiendo y que puedes abrirlo.</translation>
    </message>
    <message>
        <source>{file} was exported by a newer version of Gemini Desktop (format version {version}), which this version cannot read.</source>
        <translation>{file} se exportó con una versión más reciente de Gemini Desktop (versión de formato {version}), que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>Update Gemini Desktop, then import it again.</source>
        <translation>Actualiza Gemini Desktop y vuelve a importarlo.</translation>
    </message>
    <message>
        <source>{file} is not a conversation exported by Gemini Desktop.</source>
        <translation>{file} no es una conversación exportada por Gemini Desktop.</translation>
    </message>
    <message>
        <source>Choose a .json file made with Export in Gemini Desktop.</source>
        <translation>Elige un archivo .json creado con Exportar en Gemini Desktop.</translation>
    </message>
    <message>
        <source>{file} is a Gemini Desktop conversation, but it is damaged, so it cannot be imported.</source>
        <translation>{file} es una conversación de Gemini Desktop, pero está dañada y no se puede importar.</translation>
    </message>
    <message>
        <source>Export the conversation again, or choose another copy of the file.</source>
        <translation>Vuelve a exportar la conversación o elige otra copia del archivo.</translation>
    </message>
    <message>
        <source>{file} has no question to send again.</source>
        <translation>{file} no tiene ninguna pregunta que volver a enviar.</translation>
    </message>
    <message>
        <source>Give a question to ask with --prompt.</source>
        <translation>Indica una pregunta con --prompt.</translation>
    </message>
    <message>
        <source>Could not reach Google to renew your sign-in.</source>
        <translation>No se ha podido contactar con Google para renovar tu sesión.</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem renewing your sign-in.</source>
        <translation>El servicio de inicio de sesión de Google ha tenido un problema al renovar tu sesión.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service did not answer within {wait}.</source>
        <translation>El servicio de inicio de sesión de Google no ha respondido en {wait}.</translation>
    </message>
    <message>
        <source>Google did not accept your saved sign-in.</source>
        <translation>Google no ha aceptado tu inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>Sign in again, or choose another key file in Connection settings.</source>
        <translation>Vuelve a iniciar sesión o elige otro archivo de clave en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>Gemini Desktop is not connected to Gemini yet.</source>
        <translation>Gemini Desktop aún no está conectado a Gemini.</translation>
    </message>
    <message>
        <source>Open Connection settings and choose how to connect.</source>
        <translation>Abre Ajustes de conexión y elige cómo conectarte.</translation>
    </message>
    <message>
        <source>The address {url} given in {name} is not a web address.</source>
        <translation>La dirección {url} indicada en {name} no es una dirección web.</translation>
    </message>
    <message>
        <source>Give a full address such as https://example.com or http://localhost:8080/v1.</source>
        <translation>Indica una dirección completa, como https://example.com o http://localhost:8080/v1.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Gemini API key to use.</source>
        <translation>Gemini Desktop no tiene ninguna clave de API de Gemini que usar.</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio.</source>
        <translation>Define GEMINI_API_KEY con una clave de Google AI Studio.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no server for the OpenAI-compatible API to use.</source>
        <translation>Gemini Desktop no tiene ningún servidor para la API compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT for Vertex AI, or OPENAI_BASE_URL for another server.</source>
        <translation>Define GOOGLE_CLOUD_PROJECT para Vertex AI, u OPENAI_BASE_URL para otro servidor.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Google Cloud project to use.</source>
        <translation>Gemini Desktop no tiene ningún proyecto de Google Cloud que usar.</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT (and sign in with gcloud), or set GOOGLE_API_KEY.</source>
        <translation>Define GOOGLE_CLOUD_PROJECT (e inicia sesión con gcloud), o define GOOGLE_API_KEY.</translation>
    </message>
    <message>
        <source>Gemini Desktop has no connection to use.</source>
        <translation>Gemini Desktop no tiene ninguna conexión que usar.</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio, or GOOGLE_CLOUD_PROJECT for Vertex AI.</source>
        <translation>Define GEMINI_API_KEY con una clave de Google AI Studio, o GOOGLE_CLOUD_PROJECT para Vertex AI.</translation>
    </message>
    <message>
        <source>The key for “{profile}” is missing from the password store.</source>
        <translation>Falta la clave de «{profile}» en el almacén de contraseñas.</translation>
    </message>
    <message>
        <source>Open Connection settings and enter the key again.</source>
        <translation>Abre Ajustes de conexión y vuelve a introducir la clave.</translation>
    </message>
    <message>
        <source>The saved Google sign-in of “{profile}” is damaged.</source>
        <translation>El inicio de sesión de Google guardado de «{profile}» está dañado.</translation>
    </message>
    <message>
        <source>Open Connection settings and sign in with Google again.</source>
        <translation>Abre Ajustes de conexión y vuelve a iniciar sesión con Google.</translation>
    </message>
    <message>
        <source>No Google Cloud sign-in was found on this computer.</source>
        <translation>No se ha encontrado ningún inicio de sesión de Google Cloud en este ordenador.</translation>
    </message>
    <message>
        <source>Run `gcloud auth application-default login`, or use an API key instead.</source>
        <translation>Ejecuta `gcloud auth application-default login` o usa una clave de API.</translation>
    </message>
    <message>
        <source>The credentials file {path} ({source}) cannot be used.</source>
        <translation>No se puede usar el archivo de credenciales {path} ({source}).</translation>
    </message>
    <message>
        <source>Check that the file exists and is a Google key or sign-in file.</source>
        <translation>Comprueba que el archivo existe y que es un archivo de clave o de inicio de sesión de Google.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>The key of {profile}</source>
        <translation>La clave de {profile}</translation>
    </message>
    <message>
        <source>{file} is not a key file (it is not JSON).</source>
        <translation>{file} no es un archivo de clave (no es JSON).</translation>
    </message>
    <message>
        <source>{file} holds a personal Google sign-in, not a service-account key.</source>
        <translation>{file} contiene un inicio de sesión personal de Google, no una clave de cuenta de servicio.</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>Elige «Google Cloud (gcloud)» en su lugar, o pide una clave de cuenta de servicio.</translation>
    </message>
    <message>
        <source>{file} is an OAuth client file, not a service-account key.</source>
        <translation>{file} es un archivo de cliente OAuth, no una clave de cuenta de servicio.</translation>
    </message>
    <message>
        <source>Choose “Sign in with Google” to use it.</source>
        <translation>Elige «Iniciar sesión con Google» para usarlo.</translation>
    </message>
    <message>
        <source>{file} is not a key file.</source>
        <translation>{file} no es un archivo de clave.</translation>
    </message>
    <message>
        <source>{file} is not a complete service-account key.</source>
        <translation>{file} no es una clave de cuenta de servicio completa.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>En la consola de Google Cloud, abre IAM → Cuentas de servicio → Claves y añade una clave JSON.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>Este archivo no es un archivo de cliente OAuth de Google.</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>Este archivo es para una aplicación web, no para una app de escritorio.</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>Este archivo es una clave de cuenta de servicio, no un cliente OAuth para una app de escritorio.</translation>
    </message>
    <message>
        <source>This file holds a saved Google sign-in, not an OAuth client for a desktop app.</source>
        <translation>Este archivo contiene un inicio de sesión de Google guardado, no un cliente OAuth para una app de escritorio.</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>Este archivo no es un archivo de cliente OAuth para una app de escritorio.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>Este archivo de cliente OAuth no tiene ID de cliente.</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>Este archivo de cliente OAuth no tiene secreto de cliente.</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>Este archivo de cliente OAuth contiene una dirección de Google dañada.</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>En la consola de Google Cloud, abre APIs y servicios → Credenciales, crea un cliente OAuth de tipo App de escritorio y descarga su JSON.</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>Úsalo en «Clave de cuenta de servicio» o descarga un cliente OAuth de App de escritorio.</translation>
    </message>
    <message>
        <source>Gemini Desktop could not wait for Google&apos;s answer on this computer.</source>
        <translation>Gemini Desktop no ha podido esperar la respuesta de Google en este ordenador.</translation>
    </message>
    <message>
        <source>Check that no security software blocks connections inside this computer, then try again.</source>
        <translation>Comprueba que ningún programa de seguridad bloquee las conexiones dentro de este ordenador y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation>El inicio de sesión ha tardado demasiado.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish in the browser within {wait}.</source>
        <translation>Vuelve a hacer clic en Iniciar sesión con Google y termina en el navegador en menos de {wait}.</translation>
    </message>
    <message>
        <source>Could not reach Google to finish signing in.</source>
        <translation>No se ha podido contactar con Google para terminar de iniciar sesión.</translation>
    </message>
    <message>
        <source>Check your internet connection, then sign in again.</source>
        <translation>Comprueba tu conexión a internet y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in could not be read.</source>
        <translation>No se ha podido leer la respuesta de Google al inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in again in a moment.</source>
        <translation>Vuelve a iniciar sesión dentro de un momento.</translation>
    </message>
    <message>
        <source>You did not allow Gemini Desktop to use Google Cloud.</source>
        <translation>No has permitido que Gemini Desktop use Google Cloud.</translation>
    </message>
    <message>
        <source>Sign in again and leave the Google Cloud permission ticked.</source>
        <translation>Vuelve a iniciar sesión y deja marcado el permiso de Google Cloud.</translation>
    </message>
    <message>
        <source>Google did not give Gemini Desktop lasting access to your account.</source>
        <translation>Google no ha dado a Gemini Desktop acceso permanente a tu cuenta.</translation>
    </message>
    <message>
        <source>In your Google Account&apos;s settings, remove Gemini Desktop&apos;s access (Security → Third-party apps), then sign in again.</source>
        <translation>En los ajustes de tu cuenta de Google, quita el acceso de Gemini Desktop (Seguridad → Aplicaciones de terceros) y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in: it was not valid or has expired.</source>
        <translation>Google no ha aceptado el inicio de sesión: no era válido o ha caducado.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish the steps in one go.</source>
        <translation>Vuelve a hacer clic en Iniciar sesión con Google y completa los pasos de una vez.</translation>
    </message>
    <message>
        <source>Google does not recognise the OAuth client in this file.</source>
        <translation>Google no reconoce el cliente OAuth de este archivo.</translation>
    </message>
    <message>
        <source>Download the Desktop app client&apos;s JSON again from Google Cloud Console.</source>
        <translation>Vuelve a descargar el JSON del cliente de App de escritorio desde la consola de Google Cloud.</translation>
    </message>
    <message>
        <source>Google refused the sign-in because this OAuth client is not a Desktop app client.</source>
        <translation>Google ha rechazado el inicio de sesión porque este cliente OAuth no es de tipo App de escritorio.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem.</source>
        <translation>El servicio de inicio de sesión de Google ha tenido un problema.</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in.</source>
        <translation>Google se ha negado a completar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, download the client file again from Google Cloud Console.</source>
        <translation>Vuelve a hacer clic en Iniciar sesión con Google. Si sigue fallando, vuelve a descargar el archivo de cliente desde la consola de Google Cloud.</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was refused.</source>
        <translation>La respuesta del navegador no correspondía a este inicio de sesión, así que se ha rechazado.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again.</source>
        <translation>Vuelve a hacer clic en Iniciar sesión con Google.</translation>
    </message>
    <message>
        <source>You cancelled the sign-in.</source>
        <translation>Has cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and choose Allow when you are ready.</source>
        <translation>Vuelve a hacer clic en Iniciar sesión con Google y elige Permitir cuando estés listo.</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in.</source>
        <translation>Google no ha completado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, ask the person who manages your Google account.</source>
        <translation>Vuelve a hacer clic en Iniciar sesión con Google. Si sigue fallando, pregunta a la persona que gestiona tu cuenta de Google.</translation>
    </message>
    <message>
        <source>Google&apos;s answer had no sign-in code in it.</source>
        <translation>La respuesta de Google no contenía ningún código de inicio de sesión.</translation>
    </message>
    <message>
        <source>Cloud Storage</source>
        <translation>Cloud Storage</translation>
    </message>
    <message>
        <source>The Gemini API&apos;s file storage</source>
        <translation>El almacenamiento de archivos de la API de Gemini</translation>
    </message>
    <message>
        <source>The file {file} could not be read, so it was not saved with the message.</source>
        <translation>No se ha podido leer el archivo {file}, así que no se ha guardado con el mensaje.</translation>
    </message>
    <message>
        <source>Check that it still exists and attach it again.</source>
        <translation>Comprueba que sigue existiendo y vuelve a adjuntarlo.</translation>
    </message>
    <message>
        <source>A file attached to this conversation is missing from the history folder.</source>
        <translation>Falta en la carpeta del historial un archivo adjunto a esta conversación.</translation>
    </message>
    <message>
        <source>Attach it again if you still have it.</source>
        <translation>Vuelve a adjuntarlo si aún lo tienes.</translation>
    </message>
    <message>
        <source>The file {file} changed while it was being saved.</source>
        <translation>El archivo {file} ha cambiado mientras se guardaba.</translation>
    </message>
    <message>
        <source>Attach it again once it has finished changing.</source>
        <translation>Vuelve a adjuntarlo cuando haya terminado de cambiar.</translation>
    </message>
    <message>
        <source>{file} was not sent: it was moved or deleted after it was attached.</source>
        <translation>{file} no se ha enviado: se movió o eliminó después de adjuntarlo.</translation>
    </message>
    <message>
        <source>Attach it again from where it is now.</source>
        <translation>Vuelve a adjuntarlo desde donde está ahora.</translation>
    </message>
    <message>
        <source>{file} was not sent: it cannot be read any more ({reason}).</source>
        <translation>{file} no se ha enviado: ya no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>Check the file, then attach it again.</source>
        <translation>Comprueba el archivo y vuelve a adjuntarlo.</translation>
    </message>
    <message>
        <source>{file} is not a photo or a video.</source>
        <translation>{file} no es una foto ni un vídeo.</translation>
    </message>
    <message>
        <source>Only the photos and videos of a folder are described; it was left out.</source>
        <translation>De una carpeta solo se describen las fotos y los vídeos; este archivo se ha omitido.</translation>
    </message>
    <message>
        <source>The answer for {file} is not the JSON object the schema asks for.</source>
        <translation>La respuesta para {file} no es el objeto JSON que pide el esquema.</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, make the schema simpler.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, simplifica el esquema.</translation>
    </message>
    <message>
        <source>Gemini sent no answer for {file}.</source>
        <translation>Gemini no ha enviado ninguna respuesta para {file}.</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, ask in other words.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, pregunta con otras palabras.</translation>
    </message>
    <message>
        <source>Fix what Google&apos;s words name (the photo, the question or a setting), then send the photo again.</source>
        <translation>Corrija lo que indica Google (la foto, la pregunta o un ajuste) y vuelva a enviar la foto.</translation>
    </message>
    <message>
        <source>Ask in other words, then send the photo again.</source>
        <translation>Pregunte con otras palabras y vuelva a enviar la foto.</translation>
    </message>
    <message>
        <source>Use a smaller copy of this photo, then send it again.</source>
        <translation>Use una copia más pequeña de esta foto y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>Send the photo again to get the whole answer.</source>
        <translation>Vuelva a enviar la foto para obtener la respuesta completa.</translation>
    </message>
    <message>
        <source>The batch job failed at Google before {file} was answered.</source>
        <translation>El trabajo por lotes falló en Google antes de que {file} tuviera respuesta.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again, as a batch job or one by one.</source>
        <translation>Vuelve a enviar las fotos sin respuesta, como trabajo por lotes o una por una.</translation>
    </message>
    <message>
        <source>The batch job was not done in the time Google allows, so {file} has no answer.</source>
        <translation>El trabajo por lotes no terminó en el tiempo que permite Google, así que {file} no tiene respuesta.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again; a smaller batch is done sooner.</source>
        <translation>Vuelve a enviar las fotos sin respuesta; un lote más pequeño termina antes.</translation>
    </message>
    <message>
        <source>The batch job was cancelled before {file} was answered.</source>
        <translation>El trabajo por lotes se canceló antes de que {file} tuviera respuesta.</translation>
    </message>
    <message>
        <source>Send the photos without an answer again when you want them described.</source>
        <translation>Vuelve a enviar las fotos sin respuesta cuando quieras que se describan.</translation>
    </message>
    <message>
        <source>The results of the batch job have nothing for {file}.</source>
        <translation>Los resultados del trabajo por lotes no traen nada para {file}.</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>Vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>This connection cannot send batch jobs.</source>
        <translation>Esta conexión no puede enviar trabajos por lotes.</translation>
    </message>
    <message>
        <source>Batch jobs need the Gemini API, or Vertex AI with a Google account or service account and a Cloud Storage bucket.</source>
        <translation>Los trabajos por lotes necesitan la API de Gemini, o Vertex AI con una cuenta de Google o una cuenta de servicio y un bucket de Cloud Storage.</translation>
    </message>
    <message>
        <source>This API key may only be used from certain websites, apps or addresses.</source>
        <translation>Esta clave de API solo se puede usar desde ciertos sitios web, aplicaciones o direcciones.</translation>
    </message>
    <message>
        <source>Remove the key&apos;s application restrictions in Google Cloud, or use another key.</source>
        <translation>Quita las restricciones de aplicación de la clave en Google Cloud o usa otra clave.</translation>
    </message>
    <message>
        <source>Google did not accept the API key.</source>
        <translation>Google no ha aceptado la clave de API.</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in Google AI Studio.</source>
        <translation>Comprueba la clave en Ajustes de conexión o crea una nueva en Google AI Studio.</translation>
    </message>
    <message>
        <source>Vertex AI did not accept the API key.</source>
        <translation>Vertex AI no ha aceptado la clave de API.</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in the Vertex AI Studio settings.</source>
        <translation>Comprueba la clave en Ajustes de conexión o crea una nueva en los ajustes de Vertex AI Studio.</translation>
    </message>
    <message>
        <source>This API key has expired.</source>
        <translation>Esta clave de API ha caducado.</translation>
    </message>
    <message>
        <source>Create a new key in Google AI Studio and paste it in Connection settings.</source>
        <translation>Crea una clave nueva en Google AI Studio y pégala en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>This Vertex AI express key has expired.</source>
        <translation>Esta clave de Vertex AI exprés ha caducado.</translation>
    </message>
    <message>
        <source>Create a new key in the Vertex AI Studio settings and paste it in Connection settings.</source>
        <translation>Crea una clave nueva en los ajustes de Vertex AI Studio y pégala en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>Google no longer accepts this older kind of key: create a new key in AI Studio.</source>
        <translation>Google ya no acepta este tipo de clave antiguo: crea una clave nueva en AI Studio.</translation>
    </message>
    <message>
        <source>Keys that start with “AIza” stopped working with the Gemini API in 2026; the keys AI Studio makes now start with “AQ.”.</source>
        <translation>Las claves que empiezan por «AIza» dejaron de funcionar con la API de Gemini en 2026; las que crea ahora AI Studio empiezan por «AQ.».</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not the Gemini API.</source>
        <translation>Esta clave de API está limitada a otros servicios de Google, no a la API de Gemini.</translation>
    </message>
    <message>
        <source>Add “Generative Language API” to the key&apos;s API restrictions in Google Cloud, or create a new key in Google AI Studio.</source>
        <translation>Añade «Generative Language API» a las restricciones de API de la clave en Google Cloud o crea una clave nueva en Google AI Studio.</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not Vertex AI.</source>
        <translation>Esta clave de API está limitada a otros servicios de Google, no a Vertex AI.</translation>
    </message>
    <message>
        <source>Add “Vertex AI API” to the key&apos;s API restrictions in Google Cloud, or use another key.</source>
        <translation>Añade «Vertex AI API» a las restricciones de API de la clave en Google Cloud o usa otra clave.</translation>
    </message>
    <message>
        <source>The Gemini API does not take this kind of key.</source>
        <translation>La API de Gemini no acepta este tipo de clave.</translation>
    </message>
    <message>
        <source>It may be a Vertex AI express key: connect it as one, or use a key from Google AI Studio.</source>
        <translation>Puede que sea una clave de Vertex AI exprés: conéctala como tal o usa una clave de Google AI Studio.</translation>
    </message>
    <message>
        <source>Vertex AI does not take this key: it is not an express-mode key.</source>
        <translation>Vertex AI no acepta esta clave: no es una clave del modo exprés.</translation>
    </message>
    <message>
        <source>It may be a Gemini API key: connect it as one, or use a key from the Vertex AI Studio settings.</source>
        <translation>Puede que sea una clave de API de Gemini: conéctala como tal o usa una clave de los ajustes de Vertex AI Studio.</translation>
    </message>
    <message>
        <source>Google received an API key and a sign-in together, and takes only one of them.</source>
        <translation>Google ha recibido a la vez una clave de API y un inicio de sesión, y solo acepta uno de los dos.</translation>
    </message>
    <message>
        <source>Gemini Desktop sends only one: a proxy or custom endpoint on the way may add the other. Remove it there, or connect without it.</source>
        <translation>Gemini Desktop solo envía uno: un proxy o un endpoint personalizado por el camino puede añadir el otro. Quítalo allí o conéctate sin él.</translation>
    </message>
    <message>
        <source>{service} is not turned on for this Google Cloud project.</source>
        <translation>{service} no está activado en este proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>The Vertex AI API is not turned on for this Google Cloud project.</source>
        <translation>La API de Vertex AI no está activada en este proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>The Gemini API is not turned on for this Google Cloud project.</source>
        <translation>La API de Gemini no está activada en este proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Open the link to enable it, wait a minute, then try again.</source>
        <translation>Abre el enlace para activarla, espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation>Enlace: {url}</translation>
    </message>
    <message>
        <source>Your sign-in has expired or is not valid.</source>
        <translation>Tu sesión ha caducado o no es válida.</translation>
    </message>
    <message>
        <source>Sign in again in Connection settings.</source>
        <translation>Vuelve a iniciar sesión en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>Your account lacks the permission {permission} in this project.</source>
        <translation>Tu cuenta no tiene el permiso {permission} en este proyecto.</translation>
    </message>
    <message>
        <source>Your account is not allowed to use this project or model.</source>
        <translation>Tu cuenta no tiene permiso para usar este proyecto o modelo.</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Vertex AI User role, or pick another project.</source>
        <translation>Pide al propietario del proyecto el rol Usuario de Vertex AI, o elige otro proyecto.</translation>
    </message>
    <message>
        <source>Google did not allow this API key to use this model or this feature.</source>
        <translation>Google no ha permitido que esta clave de API use este modelo o esta función.</translation>
    </message>
    <message>
        <source>Pick another model, or check the key in Google AI Studio (create a new one if it was restricted).</source>
        <translation>Elige otro modelo, o comprueba la clave en Google AI Studio (crea una nueva si estaba restringida).</translation>
    </message>
    <message>
        <source>The server at {host} did not allow this request.</source>
        <translation>El servidor {host} no ha permitido esta solicitud.</translation>
    </message>
    <message>
        <source>Check the key and the model in Connection settings.</source>
        <translation>Comprueba la clave y el modelo en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>This model was not found, or your project cannot use it in this region.</source>
        <translation>No se ha encontrado este modelo, o tu proyecto no puede usarlo en esta región.</translation>
    </message>
    <message>
        <source>The model “{model}” was not found, or your project cannot use it in this region.</source>
        <translation>No se ha encontrado el modelo «{model}», o tu proyecto no puede usarlo en esta región.</translation>
    </message>
    <message>
        <source>Pick another model from the list, or change the region.</source>
        <translation>Elige otro modelo de la lista o cambia la región.</translation>
    </message>
    <message>
        <source>The Gemini API has no model “{model}” that this key can use.</source>
        <translation>La API de Gemini no tiene ningún modelo «{model}» que esta clave pueda usar.</translation>
    </message>
    <message>
        <source>The server at {host} did not find this model.</source>
        <translation>El servidor {host} no ha encontrado este modelo.</translation>
    </message>
    <message>
        <source>The server at {host} has no model “{model}”.</source>
        <translation>El servidor {host} no tiene ningún modelo «{model}».</translation>
    </message>
    <message>
        <source>Pick another model from the list.</source>
        <translation>Elige otro modelo de la lista.</translation>
    </message>
    <message>
        <source>You have sent more requests than your quota allows.</source>
        <translation>Has enviado más solicitudes de las que permite tu cuota.</translation>
    </message>
    <message>
        <source>You&apos;ve reached this model&apos;s per-minute limit.</source>
        <translation>Has alcanzado el límite por minuto de este modelo.</translation>
    </message>
    <message>
        <source>You&apos;ve reached today&apos;s limit for this model; it resets at midnight Pacific time.</source>
        <translation>Has alcanzado el límite de hoy para este modelo; se restablece a medianoche, hora del Pacífico.</translation>
    </message>
    <message>
        <source>Choose another model, or try again after the reset.</source>
        <translation>Elige otro modelo o vuelve a intentarlo cuando se restablezca.</translation>
    </message>
    <message>
        <source>It frees up again within a minute; try again then.</source>
        <translation>Se libera de nuevo en menos de un minuto; vuelve a intentarlo entonces.</translation>
    </message>
    <message>
        <source>Your prepaid balance for the Gemini API has run out.</source>
        <translation>Se ha agotado tu saldo de prepago de la API de Gemini.</translation>
    </message>
    <message>
        <source>Add credits to the project in Google AI Studio, then try again.</source>
        <translation>Añade crédito al proyecto en Google AI Studio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Google&apos;s servers for this model are busy right now; your quota is not used up.</source>
        <translation>Los servidores de Google para este modelo están saturados ahora mismo; tu cuota no se ha agotado.</translation>
    </message>
    <message>
        <source>Try again in a minute, or choose another model.</source>
        <translation>Vuelve a intentarlo dentro de un minuto o elige otro modelo.</translation>
    </message>
    <message>
        <source>The server at {host} is receiving more requests than it allows.</source>
        <translation>El servidor de {host} está recibiendo más solicitudes de las que permite.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>Espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Google took too long to answer.</source>
        <translation>Google ha tardado demasiado en responder.</translation>
    </message>
    <message>
        <source>Google&apos;s service could not be reached through its gateway.</source>
        <translation>No se ha podido llegar al servicio de Google a través de su pasarela.</translation>
    </message>
    <message>
        <source>Google&apos;s service is overloaded or down for a moment.</source>
        <translation>El servicio de Google está sobrecargado o no funciona por un momento.</translation>
    </message>
    <message>
        <source>Google&apos;s service cancelled this answer before it was finished.</source>
        <translation>El servicio de Google ha cancelado esta respuesta antes de terminarla.</translation>
    </message>
    <message>
        <source>Google&apos;s service had a problem answering.</source>
        <translation>El servicio de Google ha tenido un problema al responder.</translation>
    </message>
    <message>
        <source>The server at {host} took too long to answer.</source>
        <translation>El servidor {host} ha tardado demasiado en responder.</translation>
    </message>
    <message>
        <source>The server at {host} cancelled this answer before it was finished.</source>
        <translation>El servidor {host} ha cancelado esta respuesta antes de terminarla.</translation>
    </message>
    <message>
        <source>The server at {host} could not reach the service behind it.</source>
        <translation>El servidor {host} no ha podido llegar al servicio que tiene detrás.</translation>
    </message>
    <message>
        <source>The server at {host} is overloaded or down for a moment.</source>
        <translation>El servidor {host} está sobrecargado o no funciona por un momento.</translation>
    </message>
    <message>
        <source>The server at {host} had a problem answering.</source>
        <translation>El servidor {host} ha tenido un problema al responder.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Vuelve a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>Gemini&apos;s API is not offered in your country or region.</source>
        <translation>La API de Gemini no está disponible en tu país o región.</translation>
    </message>
    <message>
        <source>Connect through Vertex AI with a Google Cloud project instead.</source>
        <translation>Conéctate a través de Vertex AI con un proyecto de Google Cloud.</translation>
    </message>
    <message>
        <source>Google cannot answer requests for this project yet.</source>
        <translation>Google aún no puede responder solicitudes de este proyecto.</translation>
    </message>
    <message>
        <source>Check that billing is turned on for the project, then try again.</source>
        <translation>Comprueba que la facturación esté activada en el proyecto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The request is too large for Google to accept.</source>
        <translation>La solicitud es demasiado grande para que Google la acepte.</translation>
    </message>
    <message>
        <source>Remove some attachments or use smaller files.</source>
        <translation>Quita algunos archivos adjuntos o usa archivos más pequeños.</translation>
    </message>
    <message>
        <source>Google could not accept this request as it is.</source>
        <translation>Google no ha podido aceptar esta solicitud tal como está.</translation>
    </message>
    <message>
        <source>Change the settings or the message and send again; the details below say what.</source>
        <translation>Cambia los ajustes o el mensaje y vuelve a enviar; los detalles de abajo dicen qué.</translation>
    </message>
    <message>
        <source>The answer stopped before the model said it was finished.</source>
        <translation>La respuesta se detuvo antes de que el modelo la diera por terminada.</translation>
    </message>
    <message>
        <source>Send again to get the whole answer.</source>
        <translation>Vuelve a enviar para obtener la respuesta completa.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>El servidor ha enviado una respuesta que esta aplicación no puede leer.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, informa del problema.</translation>
    </message>
    <message>
        <source>The answer was stopped before it was finished.</source>
        <translation>La respuesta se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Run the command again to get the whole answer.</source>
        <translation>Vuelve a ejecutar el comando para obtener la respuesta completa.</translation>
    </message>
    <message>
        <source>The answer arrived garbled.</source>
        <translation>La respuesta llegó ilegible.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check any proxy between you and Google.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, revisa cualquier proxy entre tú y Google.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it may break the safety rules.</source>
        <translation>Google ha bloqueado esta petición porque puede infringir las normas de seguridad.</translation>
    </message>
    <message>
        <source>Google blocked this prompt for a reason it did not give.</source>
        <translation>Google ha bloqueado esta petición por un motivo que no ha indicado.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it contains a blocked word or phrase.</source>
        <translation>Google ha bloqueado esta petición porque contiene una palabra o frase bloqueada.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it asks for prohibited content.</source>
        <translation>Google ha bloqueado esta petición porque pide contenido prohibido.</translation>
    </message>
    <message>
        <source>Google blocked this prompt because of what one of the images shows.</source>
        <translation>Google ha bloqueado esta petición por lo que muestra una de las imágenes.</translation>
    </message>
    <message>
        <source>The project&apos;s Model Armor policy blocked this prompt.</source>
        <translation>La política de Model Armor del proyecto ha bloqueado esta petición.</translation>
    </message>
    <message>
        <source>Google blocked this prompt as an attempt to get around its rules.</source>
        <translation>Google ha bloqueado esta petición por considerarla un intento de saltarse sus normas.</translation>
    </message>
    <message>
        <source>Google blocked this prompt.</source>
        <translation>Google ha bloqueado esta petición.</translation>
    </message>
    <message>
        <source>Change the wording or the attachments and send again.</source>
        <translation>Cambia la redacción o los archivos adjuntos y vuelve a enviar.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Gemini Desktop can use, so it cannot save your key.</source>
        <translation>Este ordenador no tiene un almacén de contraseñas (llavero) que Gemini Desktop pueda usar, así que no puede guardar tu clave.</translation>
    </message>
    <message>
        <source>Use the key for this session only, or install GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>Usa la clave solo en esta sesión, o instala GNOME Keyring o KWallet y vuelve a iniciar sesión en tu escritorio.</translation>
    </message>
    <message>
        <source>Your password store (keyring) is locked, so Gemini Desktop cannot read or save your key.</source>
        <translation>Tu almacén de contraseñas (llavero) está bloqueado, así que Gemini Desktop no puede leer ni guardar tu clave.</translation>
    </message>
    <message>
        <source>Unlock it (your login password usually does), or use the key for this session only.</source>
        <translation>Desbloquéalo (normalmente con tu contraseña de inicio de sesión) o usa la clave solo en esta sesión.</translation>
    </message>
    <message>
        <source>Your password store (keyring) did not keep the key: Gemini Desktop could not read it back, so it is not saved.</source>
        <translation>Tu almacén de contraseñas (llavero) no ha guardado la clave: Gemini Desktop no ha podido volver a leerla, así que no está guardada.</translation>
    </message>
    <message>
        <source>Use the key for this session only, or set up GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>Usa la clave solo en esta sesión, o configura GNOME Keyring o KWallet y vuelve a iniciar sesión en el escritorio.</translation>
    </message>
    <message>
        <source>Your password store (keyring) refused to read or save the key.</source>
        <translation>Tu almacén de contraseñas (llavero) se ha negado a leer o guardar la clave.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, use the key for this session only.</source>
        <translation>Vuelve a intentarlo; si sigue pasando, usa la clave solo en esta sesión.</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations right now because the disk is full.</source>
        <translation>Gemini Desktop no puede guardar conversaciones ahora porque el disco está lleno.</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; free some space to save it.</source>
        <translation>Esta conversación se conserva hasta que cierres la aplicación; libera espacio para guardarla.</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations because its data folder cannot be written to.</source>
        <translation>Gemini Desktop no puede guardar conversaciones porque no se puede escribir en su carpeta de datos.</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; make {folder} writable to save it.</source>
        <translation>Esta conversación se conserva hasta que cierres la aplicación; haz que se pueda escribir en {folder} para guardarla.</translation>
    </message>
    <message>
        <source>Gemini Desktop could not save this conversation.</source>
        <translation>Gemini Desktop no ha podido guardar esta conversación.</translation>
    </message>
    <message>
        <source>It is kept until you close the app; try again, and report it if it keeps happening.</source>
        <translation>Se conserva hasta que cierres la aplicación; vuelve a intentarlo e informa del problema si sigue pasando.</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist.</source>
        <translation>El bucket de Cloud Storage «{bucket}» no existe.</translation>
    </message>
    <message>
        <source>Check its name in Connection settings, or create it in the Google Cloud console.</source>
        <translation>Comprueba su nombre en Ajustes de conexión o créalo en la consola de Google Cloud.</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist, so {file} cannot be uploaded.</source>
        <translation>El bucket de Cloud Storage «{bucket}» no existe, así que no se puede subir {file}.</translation>
    </message>
    <message>
        <source>Create it in Google Cloud Console or pick another in Connection settings.</source>
        <translation>Créalo en la consola de Google Cloud o elige otro en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>Tu cuenta no puede subir archivos al bucket de Cloud Storage «{bucket}».</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>{who} no puede subir archivos al bucket de Cloud Storage «{bucket}».</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>Tu cuenta no puede subir archivos al bucket de Cloud Storage «{bucket}», así que no se puede enviar {file}.</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>{who} no puede subir archivos al bucket de Cloud Storage «{bucket}», así que no se puede enviar {file}.</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Storage Object User role on that bucket, or pick another bucket in Connection settings.</source>
        <translation>Pide al propietario del proyecto el rol Usuario de objetos de Storage en ese bucket, o elige otro bucket en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>{where} refused {file} because too many uploads were made, or too much was stored, in a short time.</source>
        <translation>{where} ha rechazado {file} porque se subió o se guardó demasiado en poco tiempo.</translation>
    </message>
    <message>
        <source>Wait {wait} and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>Espera {wait} y vuelve a enviar. Los archivos subidos a la API de Gemini se eliminan solos a las 48 horas.</translation>
    </message>
    <message>
        <source>Wait a minute and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>Espera un minuto y vuelve a enviar. Los archivos subidos a la API de Gemini se eliminan solos a las 48 horas.</translation>
    </message>
    <message>
        <source>{file} could not be uploaded.</source>
        <translation>No se ha podido subir {file}.</translation>
    </message>
    <message>
        <source>Send again; if it keeps failing, try a smaller copy of the file.</source>
        <translation>Vuelve a enviar; si sigue fallando, prueba con una copia más pequeña del archivo.</translation>
    </message>
    <message>
        <source>The upload of {file} made no progress for {wait}.</source>
        <translation>La subida de {file} no ha avanzado en {wait}.</translation>
    </message>
    <message>
        <source>Send again: the upload goes on from where it stopped. If it keeps happening, check your proxy.</source>
        <translation>Vuelve a enviar: la subida sigue desde donde se detuvo. Si sigue pasando, revisa tu proxy.</translation>
    </message>
    <message>
        <source>The connection kept breaking while {file} was uploading.</source>
        <translation>La conexión se cortaba una y otra vez mientras se subía {file}.</translation>
    </message>
    <message>
        <source>Check your internet connection, then send again: the upload goes on from where it stopped.</source>
        <translation>Comprueba tu conexión a internet y vuelve a enviar: la subida continúa donde se quedó.</translation>
    </message>
    <message>
        <source>Google received {file} but could not read it.</source>
        <translation>Google ha recibido {file}, pero no ha podido leerlo.</translation>
    </message>
    <message>
        <source>The file may be damaged or in a format Gemini does not read; save it again as MP4, MP3, PDF, PNG or JPEG and send it again.</source>
        <translation>Puede que el archivo esté dañado o en un formato que Gemini no lee; vuelve a guardarlo como MP4, MP3, PDF, PNG o JPEG y envíalo de nuevo.</translation>
    </message>
    <message>
        <source>Cloud Storage did not say whether the bucket “{bucket}” can take uploads.</source>
        <translation>Cloud Storage no ha indicado si el bucket «{bucket}» admite subidas.</translation>
    </message>
    <message>
        <source>Test the connection again in a moment.</source>
        <translation>Vuelve a probar la conexión dentro de un momento.</translation>
    </message>
    <message>
        <source>Google was still preparing {file} after {minutes} minutes.</source>
        <translation>Google seguía preparando {file} después de {minutes} minutos.</translation>
    </message>
    <message>
        <source>Send again in a few minutes: the file is already uploaded and is not sent a second time.</source>
        <translation>Vuelve a enviar dentro de unos minutos: el archivo ya está subido y no se envía dos veces.</translation>
    </message>
    <message>
        <source>The answer hit the length limit; raise Max answer length in Settings to get more.</source>
        <translation>La respuesta llegó al límite de longitud; sube «Longitud máxima» en Ajustes para obtener más.</translation>
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
        <translation>número de respuestas</translation>
    </message>
    <message>
        <source>max answer length</source>
        <translation>longitud máxima</translation>
    </message>
    <message>
        <source>The answer was stopped because it may break the safety rules.</source>
        <translation>La respuesta se detuvo porque podría infringir las normas de seguridad.</translation>
    </message>
    <message>
        <source>The answer was stopped by the safety filter for {names}.</source>
        <translation>El filtro de seguridad de {names} detuvo la respuesta.</translation>
    </message>
    <message>
        <source>The answer was stopped by the server&apos;s content filter.</source>
        <translation>El filtro de contenido del servidor detuvo la respuesta.</translation>
    </message>
    <message>
        <source>The answer was stopped because it was repeating text from its training data too closely.</source>
        <translation>La respuesta se detuvo porque repetía demasiado fielmente texto de sus datos de entrenamiento.</translation>
    </message>
    <message>
        <source>The answer was stopped because it was in a language the model does not support.</source>
        <translation>La respuesta se detuvo porque estaba en un idioma que el modelo no admite.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained a blocked word or phrase.</source>
        <translation>La respuesta se detuvo porque contenía una palabra o frase bloqueada.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained prohibited content.</source>
        <translation>La respuesta se detuvo porque contenía contenido prohibido.</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained sensitive personal information.</source>
        <translation>La respuesta se detuvo porque contenía información personal sensible.</translation>
    </message>
    <message>
        <source>The answer was stopped because an image it made may break the safety rules.</source>
        <translation>La respuesta se detuvo porque una imagen que generó podría infringir las normas de seguridad.</translation>
    </message>
    <message>
        <source>The answer was stopped because the model made a broken tool call.</source>
        <translation>La respuesta se detuvo porque el modelo hizo una llamada a una herramienta que no era válida.</translation>
    </message>
    <message>
        <source>The answer was stopped for a reason the model did not give.</source>
        <translation>La respuesta se detuvo por un motivo que el modelo no indicó.</translation>
    </message>
    <message>
        <source>The answer ended early ({reason}).</source>
        <translation>La respuesta terminó antes de tiempo ({reason}).</translation>
    </message>
    <message>
        <source>Describe this image.</source>
        <translation>Describe esta imagen.</translation>
    </message>
    <message>
        <source>Describe this video.</source>
        <translation>Describe este vídeo.</translation>
    </message>
    <message>
        <source>Describe this audio recording.</source>
        <translation>Describe esta grabación de audio.</translation>
    </message>
    <message>
        <source>Summarize this document.</source>
        <translation>Resume este documento.</translation>
    </message>
    <message>
        <source>Summarize this text.</source>
        <translation>Resume este texto.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <source>Choose the file again, or another one.</source>
        <translation>Vuelve a elegir el archivo u otro distinto.</translation>
    </message>
    <message>
        <source>{file} is {size}; {where} reads files up to {limit}.</source>
        <translation>{file} ocupa {size}; {where} lee archivos de hasta {limit}.</translation>
    </message>
    <message>
        <source>{limit} and {over}</source>
        <translation>{limit} y {over}</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>la API de Gemini</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>{file} is {size}; the OpenAI-compatible connection sends files only inside the message, up to {limit} in all.</source>
        <translation>{file} ocupa {size}; la conexión compatible con OpenAI solo envía archivos dentro del mensaje, hasta {limit} en total.</translation>
    </message>
    <message>
        <source>Use a smaller copy, or connect through the Gemini API or Vertex AI, which upload larger files.</source>
        <translation>Usa una copia más pequeña, o conéctate a través de la API de Gemini o de Vertex AI, que suben archivos más grandes.</translation>
    </message>
    <message>
        <source>{file} is {size}; without a Cloud Storage bucket, Vertex AI takes files only inside the message, up to {limit} in all.</source>
        <translation>{file} ocupa {size}; sin un bucket de Cloud Storage, Vertex AI solo acepta archivos dentro del mensaje, hasta {limit} en total.</translation>
    </message>
    <message>
        <source>Set a Cloud Storage bucket in Connection settings (it needs a Google Cloud project), or use a smaller copy of the file.</source>
        <translation>Define un bucket de Cloud Storage en Ajustes de conexión (necesita un proyecto de Google Cloud), o usa una copia más pequeña del archivo.</translation>
    </message>
    <message>
        <source>{file} is {size}; files up to {limit} can be sent with the message.</source>
        <translation>{file} ocupa {size}; con el mensaje se pueden enviar archivos de hasta {limit}.</translation>
    </message>
    <message>
        <source>Use a shorter clip or a smaller copy of the file.</source>
        <translation>Usa un fragmento más corto o una copia más pequeña del archivo.</translation>
    </message>
    <message>
        <source>Use a smaller copy of the file, or split it into parts.</source>
        <translation>Usa una copia más pequeña del archivo o divídelo en partes.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos up to {limit} long.</source>
        <translation>{file} dura {length}; Gemini lee vídeos de hasta {limit}.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos with sound up to {limit} long.</source>
        <translation>{file} dura {length}; Gemini lee vídeos con sonido de hasta {limit}.</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads recordings up to {limit} long.</source>
        <translation>{file} dura {length}; Gemini lee grabaciones de hasta {limit}.</translation>
    </message>
    <message>
        <source>Cut it into shorter parts and send them one at a time.</source>
        <translation>Córtalo en partes más cortas y envíalas de una en una.</translation>
    </message>
    <message>
        <source>This message has {count} photos; Gemini reads at most {limit} photos in one message.</source>
        <translation>Este mensaje tiene {count} fotos; Gemini lee como mucho {limit} fotos por mensaje.</translation>
    </message>
    <message>
        <source>This message has {count} documents; Gemini reads at most {limit} documents in one message.</source>
        <translation>Este mensaje tiene {count} documentos; Gemini lee como mucho {limit} documentos por mensaje.</translation>
    </message>
    <message>
        <source>This message has {count} videos; Gemini reads at most {limit} videos in one message.</source>
        <translation>Este mensaje tiene {count} vídeos; Gemini lee como mucho {limit} vídeos por mensaje.</translation>
    </message>
    <message>
        <source>This message has {count} recordings; Gemini reads at most 1 recording in one message.</source>
        <translation>Este mensaje tiene {count} grabaciones; Gemini lee como mucho 1 grabación por mensaje.</translation>
    </message>
    <message>
        <source>This message has {count} YouTube links; Gemini reads at most 1 YouTube link in one message.</source>
        <translation>Este mensaje tiene {count} enlaces de YouTube; Gemini lee como mucho 1 enlace de YouTube por mensaje.</translation>
    </message>
    <message>
        <source>Remove {file}, or send it in another message.</source>
        <translation>Quita {file} o envíalo en otro mensaje.</translation>
    </message>
    <message>
        <source>Remove {file} and {more} more, or send them in another message.</source>
        <translation>Quita {file} y {more} más, o envíalos en otro mensaje.</translation>
    </message>
    <message>
        <source>{file} is a {kind} image, which Gemini cannot read.</source>
        <translation>{file} es una imagen {kind}, que Gemini no puede leer.</translation>
    </message>
    <message>
        <source>Save it as PNG or JPEG first (any image viewer can), then add it again.</source>
        <translation>Guárdala primero como PNG o JPEG (cualquier visor de imágenes puede hacerlo) y vuelve a añadirla.</translation>
    </message>
    <message>
        <source>{file} is not a kind of file Gemini can read.</source>
        <translation>{file} no es un tipo de archivo que Gemini pueda leer.</translation>
    </message>
    <message>
        <source>Choose a photo (JPEG, PNG, WebP, HEIC), a video, a recording, a PDF or a text file.</source>
        <translation>Elige una foto (JPEG, PNG, WebP, HEIC), un vídeo, una grabación, un PDF o un archivo de texto.</translation>
    </message>
    <message>
        <source>There are {count} stop sequences; at most {limit} are allowed.</source>
        <translation>Hay {count} secuencias de parada; se permiten como mucho {limit}.</translation>
    </message>
    <message>
        <source>Remove some stop sequences.</source>
        <translation>Quita algunas secuencias de parada.</translation>
    </message>
    <message>
        <source>A stop sequence is empty.</source>
        <translation>Hay una secuencia de parada vacía.</translation>
    </message>
    <message>
        <source>Remove the empty stop sequence.</source>
        <translation>Quita la secuencia de parada vacía.</translation>
    </message>
    <message>
        <source>A response schema only works when the answer format is JSON or a choice from a list (application/json or text/x.enum).</source>
        <translation>Un esquema de respuesta solo funciona cuando el formato de respuesta es JSON o una opción de una lista (application/json o text/x.enum).</translation>
    </message>
    <message>
        <source>Set the answer format to JSON, or remove the schema.</source>
        <translation>Pon JSON como formato de respuesta o quita el esquema.</translation>
    </message>
    <message>
        <source>No model is chosen.</source>
        <translation>No se ha elegido ningún modelo.</translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation>Elige un modelo.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>Type a question or attach a file.</source>
        <translation>Escribe una pregunta o adjunta un archivo.</translation>
    </message>
    <message>
        <source>The {setting} is {value}, outside the allowed range {low} to {high}.</source>
        <translation>El valor de {setting} es {value}, fuera del intervalo permitido de {low} a {high}.</translation>
    </message>
    <message>
        <source>Choose a {setting} between {low} and {high}.</source>
        <translation>Elige un valor de {setting} entre {low} y {high}.</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>penalización por presencia</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>penalización por frecuencia</translation>
    </message>
    <message>
        <source>logprobs</source>
        <translation>logprobs</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Ask the connection for its list of models again</source>
        <translation>Volver a pedir a la conexión su lista de modelos</translation>
    </message>
    <message>
        <source>Refresh the list of models</source>
        <translation>Actualizar la lista de modelos</translation>
    </message>
    <message>
        <source>%1 · preview</source>
        <translation>%1 · vista previa</translation>
    </message>
    <message>
        <source>The connection&apos;s model</source>
        <translation>El modelo de la conexión</translation>
    </message>
    <message>
        <source>Loading the list of models…</source>
        <translation>Cargando la lista de modelos…</translation>
    </message>
    <message>
        <source>Uses the connection&apos;s model, %1.</source>
        <translation>Usa el modelo de la conexión, %1.</translation>
    </message>
    <message>
        <source>Not in this connection&apos;s list; sent as typed.</source>
        <translation>No está en la lista de esta conexión; se envía tal como se escribió.</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>%1 · context %2 tokens · %3</source>
        <translation>%1 · contexto de %2 tokens · %3</translation>
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
        <translation>Archivos XMP</translation>
    </message>
    <message>
        <source>How should the sidecar files be named?</source>
        <translation>¿Cómo se deben llamar los archivos XMP?</translation>
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
        <translation>Los archivos XMP que ya existen se completan, nunca se sustituyen; las fotos no se modifican.</translation>
    </message>
</context>
<context>
    <name>OpenAiServerForm</name>
    <message>
        <source>Enter the server&apos;s address first, for example http://localhost:11434/v1.</source>
        <translation>Introduce primero la dirección del servidor, por ejemplo http://localhost:11434/v1.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>La dirección del servidor debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>Enter the address of a server that speaks the OpenAI API and, if it needs one, its key.</source>
        <translation>Introduce la dirección de un servidor que hable la API de OpenAI y, si la necesita, su clave.</translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation>Clave (opcional)</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>solo si el servidor la pide</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation>el nombre del modelo en el servidor</translation>
    </message>
    <message>
        <source>Check that the key belongs to this server.</source>
        <translation>Comprueba que la clave corresponde a este servidor.</translation>
    </message>
    <message>
        <source>Check the address and key</source>
        <translation>Comprobar la dirección y la clave</translation>
    </message>
</context>
<context>
    <name>ParameterDock</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>Fotos y vídeo</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>Restablecer todo</translation>
    </message>
    <message>
        <source>Put every setting here back to its default (the model&apos;s own choices)</source>
        <translation>Devolver todos estos ajustes a sus valores predeterminados (los del modelo)</translation>
    </message>
    <message>
        <source>The JSON schema needs fixing. %1</source>
        <translation>Hay que corregir el esquema JSON. %1</translation>
    </message>
    <message>
        <source>“Alternatives” only works with “Show how sure the model was” on. Switch that on, or reset Alternatives.</source>
        <translation>«Alternativas» solo funciona con «Mostrar la certeza del modelo» activado. Actívalo o restablece Alternativas.</translation>
    </message>
    <message>
        <source>%1 writes at most %2 tokens per answer, and Max answer length is %3. Lower Max answer length to %2 or less.</source>
        <translation>%1 escribe como mucho %2 tokens por respuesta, y la longitud máxima de la respuesta es %3. Bájala a %2 o menos.</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Model default (%1)</source>
        <translation>Predeterminado (%1)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>Por ejemplo: Responde de forma breve y en un español sencillo.</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Safety filters only act on answers. “Judged by” works on Vertex AI only, and needs at least one filter set above.</source>
        <translation>Los filtros de seguridad solo actúan sobre las respuestas. «Criterio» solo funciona en Vertex AI y necesita al menos un filtro configurado arriba.</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Predeterminado:</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>Volver al valor predeterminado: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Which Gemini model answers. Pro models think harder; Flash models are faster and cost less. Type any part of a name to search, or type the name of a model that is not listed: it is sent as you typed it.</source>
        <translation>Qué modelo Gemini responde. Los modelos Pro razonan más a fondo; los Flash son más rápidos y cuestan menos. Escribe parte de un nombre para buscar, o el nombre de un modelo que no aparezca en la lista: se envía tal como lo escribas.</translation>
    </message>
    <message>
        <source>the model chosen in Connection settings.</source>
        <translation>el modelo elegido en Ajustes de conexión.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0–0.5): focused and repeatable. High (1.5–2): varied and creative.</source>
        <translation>Lo atrevida que es la redacción. Baja (0–0,5): centrada y repetible. Alta (1,5–2): variada y creativa.</translation>
    </message>
    <message>
        <source>the model&apos;s own (1.0 for Gemini 2.x).</source>
        <translation>el del modelo (1,0 en Gemini 2.x).</translation>
    </message>
    <message>
        <source>Max answer length</source>
        <translation>Longitud máxima</translation>
    </message>
    <message>
        <source>The longest answer the model may write, in tokens (a token is about ¾ of a word: 1,000 tokens ≈ 750 words). The answer stops when it reaches this. On Gemini 2.5, thinking uses part of it.</source>
        <translation>La respuesta más larga que puede escribir el modelo, en tokens (un token es unos ¾ de palabra: 1000 tokens ≈ 750 palabras). La respuesta se detiene al llegar a este límite. En Gemini 2.5, el razonamiento consume parte de él.</translation>
    </message>
    <message>
        <source>the model&apos;s own limit (65,536 tokens for Gemini 2.5).</source>
        <translation>el límite del modelo (65 536 tokens en Gemini 2.5).</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Standing instructions the model follows for the whole conversation, such as “Answer in French” or “Explain it as you would to a beginner”.</source>
        <translation>Instrucciones permanentes que el modelo sigue durante toda la conversación, como «Responde en francés» o «Explícalo como a un principiante».</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>ninguna.</translation>
    </message>
    <message>
        <source>Search Google for up-to-date facts</source>
        <translation>Buscar en Google datos actualizados</translation>
    </message>
    <message>
        <source>Lets the model look things up on Google and show its sources. Useful for news and recent facts. Google may charge for searches beyond a free allowance.</source>
        <translation>Permite que el modelo busque en Google y muestre sus fuentes. Útil para noticias y datos recientes. Google puede cobrar las búsquedas que superen una cantidad gratuita.</translation>
    </message>
    <message>
        <source>off.</source>
        <translation>desactivado.</translation>
    </message>
    <message>
        <source>Top-P</source>
        <translation>Top-P</translation>
    </message>
    <message>
        <source>How wide a choice of words the model considers (0–1). Lower keeps to the most likely words: plainer and safer. Higher lets in less likely ones: more surprising.</source>
        <translation>Qué amplitud de palabras tiene en cuenta el modelo (0–1). Un valor bajo se ciñe a las palabras más probables: más sencillo y seguro. Uno alto admite palabras menos probables: más sorprendente.</translation>
    </message>
    <message>
        <source>the model&apos;s own (0.95 for Gemini 2.x).</source>
        <translation>el del modelo (0,95 en Gemini 2.x).</translation>
    </message>
    <message>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <source>The model picks each next word from only this many likely candidates (1–100; Vertex AI accepts up to 40). Lower: more predictable. Higher: more varied.</source>
        <translation>El modelo elige cada palabra siguiente solo entre este número de candidatas probables (1–100; Vertex AI acepta hasta 40). Más bajo: más predecible. Más alto: más variado.</translation>
    </message>
    <message>
        <source>the model&apos;s own (often 40 or 64).</source>
        <translation>el del modelo (a menudo 40 o 64).</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>How many different answers the model writes at once (1–8). While an answer streams, only the first one is shown, so more mostly adds cost.</source>
        <translation>Cuántas respuestas distintas escribe el modelo a la vez (1–8). Mientras llega una respuesta solo se muestra la primera, así que más respuestas sobre todo cuestan más.</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>Parar en</translation>
    </message>
    <message>
        <source>The answer stops as soon as the model writes one of these words or phrases, which is left out. Capitals matter. Up to 5.</source>
        <translation>La respuesta se detiene en cuanto el modelo escribe una de estas palabras o frases, que no se incluye. Distingue mayúsculas. Hasta 5.</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values nudge the model towards topics and words it has not used yet; negative values let it stay with what it already said.</source>
        <translation>De −2 a 2. Los valores positivos empujan al modelo hacia temas y palabras que aún no ha usado; los negativos le permiten quedarse en lo que ya ha dicho.</translation>
    </message>
    <message>
        <source>the model&apos;s own (0: no nudge).</source>
        <translation>el del modelo (0: neutro).</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Penalización por frecuencia</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values make the model repeat the same words less often; negative values allow more repetition.</source>
        <translation>De −2 a 2. Los valores positivos hacen que el modelo repita menos las mismas palabras; los negativos permiten más repeticiones.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Set a number to get nearly the same answer when you ask the same question again with the same settings. Not guaranteed.</source>
        <translation>Pon un número para obtener casi la misma respuesta cuando vuelvas a hacer la misma pregunta con los mismos ajustes. No está garantizado.</translation>
    </message>
    <message>
        <source>random: a new one for every answer.</source>
        <translation>aleatoria: una nueva en cada respuesta.</translation>
    </message>
    <message>
        <source>Answer format</source>
        <translation>Formato de respuesta</translation>
    </message>
    <message>
        <source>Plain text: ordinary answers. JSON: structured data a program can read; describe its shape in the schema below. One choice from a list (text/x.enum): for sorting things into categories.</source>
        <translation>Texto sin formato: respuestas normales. JSON: datos estructurados que un programa puede leer; describe su forma en el esquema de abajo. Una opción de una lista (text/x.enum): para clasificar cosas en categorías.</translation>
    </message>
    <message>
        <source>plain text.</source>
        <translation>texto sin formato.</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>The shape the JSON answer must have: its fields and their types (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Checked as you type.</source>
        <translation>La forma que debe tener la respuesta JSON: sus campos y sus tipos (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Se comprueba mientras escribes.</translation>
    </message>
    <message>
        <source>none: any JSON.</source>
        <translation>ninguno: cualquier JSON.</translation>
    </message>
    <message>
        <source>Show how sure the model was</source>
        <translation>Mostrar la certeza del modelo</translation>
    </message>
    <message>
        <source>Adds how likely each word of the answer was (token log probabilities). A preview feature with a small daily limit.</source>
        <translation>Añade lo probable que era cada palabra de la respuesta (probabilidades logarítmicas de los tokens). Una función en vista previa con un límite diario pequeño.</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <source>How many other likely words to list at each step (1–20). Needs “Show how sure the model was” on.</source>
        <translation>Cuántas otras palabras probables se muestran en cada paso (1–20). Necesita «Mostrar la certeza del modelo» activado.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>How much the model thinks before it answers. More helps with hard questions but is slower and costs more. Each model offers its own levels.</source>
        <translation>Cuánto razona el modelo antes de responder. Más ayuda con las preguntas difíciles, pero es más lento y cuesta más. Cada modelo ofrece sus propios niveles.</translation>
    </message>
    <message>
        <source>the model&apos;s own level, marked (default).</source>
        <translation>el nivel del propio modelo, marcado como (predeterminado).</translation>
    </message>
    <message>
        <source>How much the model may think before it answers, in tokens. More helps with hard questions but is slower and costs more. Off: no thinking (Gemini 2.5 Pro cannot switch it off). Dynamic: the model decides.</source>
        <translation>Cuánto puede razonar el modelo antes de responder, en tokens. Más ayuda con preguntas difíciles, pero es más lento y cuesta más. Desactivado: sin razonamiento (Gemini 2.5 Pro no puede desactivarlo). Dinámico: decide el modelo.</translation>
    </message>
    <message>
        <source>the model&apos;s own (dynamic on Gemini 2.5).</source>
        <translation>el del modelo (dinámico en Gemini 2.5).</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>Mostrar razonamiento</translation>
    </message>
    <message>
        <source>Shows a summary of the model&apos;s thinking above its answer, folded until you open it.</source>
        <translation>Muestra un resumen del razonamiento del modelo encima de su respuesta, plegado hasta que lo abras.</translation>
    </message>
    <message>
        <source>on.</source>
        <translation>activado.</translation>
    </message>
    <message>
        <source>Understand times in audio</source>
        <translation>Entender tiempos en el audio</translation>
    </message>
    <message>
        <source>For audio-only files: lets the model refer to moments by their time, such as “at 1:23”.</source>
        <translation>Para archivos solo de audio: permite que el modelo se refiera a momentos por su tiempo, como «en 1:23».</translation>
    </message>
    <message>
        <source>Media resolution</source>
        <translation>Resolución multimedia</translation>
    </message>
    <message>
        <source>How many tokens each picture or video frame uses: how closely the model looks at it. Low saves tokens and time on long videos. High lets the model read small text in pictures. Medium is in between.</source>
        <translation>Cuántos tokens usa cada imagen o fotograma de vídeo: lo detenidamente que lo mira el modelo. Baja ahorra tokens y tiempo en vídeos largos. Alta permite al modelo leer texto pequeño en las imágenes. Media queda en medio.</translation>
    </message>
    <message>
        <source>the model decides.</source>
        <translation>decide el modelo.</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>Detalle de imagen</translation>
    </message>
    <message>
        <source>How large photos are when they are sent: at most 3,072 pixels on the long side (High), 1,536 (Balanced) or 768 (Low). Smaller photos upload faster and use fewer tokens, and are sent without camera details such as the location. Original sends each photo exactly as it is. Applies to every conversation.</source>
        <translation>El tamaño con que se envían las fotos: como mucho 3072 píxeles en el lado largo (Alto), 1536 (Equilibrado) o 768 (Bajo). Las fotos más pequeñas se suben más rápido, usan menos tokens y se envían sin los datos de la cámara, como la ubicación. Original envía cada foto tal cual. Se aplica a todas las conversaciones.</translation>
    </message>
    <message>
        <source>Balanced (1,536 pixels on the long side).</source>
        <translation>Equilibrado (1536 píxeles en el lado largo).</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Probability: blocks by how likely the answer is harmful. Severity: also weighs how harmful it would be. Only Vertex AI reads this; with an AI Studio key it is left out.</source>
        <translation>Probabilidad: bloquea según lo probable que sea que la respuesta resulte dañina. Gravedad: también tiene en cuenta lo dañina que sería. Solo Vertex AI lo lee; con una clave de AI Studio se omite.</translation>
    </message>
    <message>
        <source>the model&apos;s own (probability).</source>
        <translation>el del modelo (probabilidad).</translation>
    </message>
    <message>
        <source>the model&apos;s own setting, which depends on the model.</source>
        <translation>el ajuste propio del modelo, que depende del modelo.</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>Incitación al odio</translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation>Contenido peligroso</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Acoso</translation>
    </message>
    <message>
        <source>Sexually explicit</source>
        <translation>Contenido sexual explícito</translation>
    </message>
    <message>
        <source>Civic integrity</source>
        <translation>Integridad cívica</translation>
    </message>
    <message>
        <source>attacks on people for who they are</source>
        <translation>ataques a personas por quiénes son</translation>
    </message>
    <message>
        <source>help or encouragement to do harmful things</source>
        <translation>ayuda o incitación a hacer cosas dañinas</translation>
    </message>
    <message>
        <source>bullying or threats against someone</source>
        <translation>acoso o amenazas contra alguien</translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation>contenido sexual</translation>
    </message>
    <message>
        <source>misleading claims about elections and voting</source>
        <translation>afirmaciones engañosas sobre elecciones y votaciones</translation>
    </message>
    <message>
        <source>How readily answers with %1 are blocked. Block most: even at low risk. Block some: at medium risk and above. Block few: only at high risk. Don&apos;t block: nothing is blocked, but the filter still rates each answer. Turn the filter off: it does not run at all.</source>
        <translation>Con qué facilidad se bloquean las respuestas con %1. Bloquear la mayoría: incluso con riesgo bajo. Bloquear algunas: con riesgo medio o superior. Bloquear pocas: solo con riesgo alto. No bloquear: no se bloquea nada, pero el filtro sigue valorando cada respuesta. Apagar el filtro: no se ejecuta en absoluto.</translation>
    </message>
    <message>
        <source>Don&apos;t block (filters still run)</source>
        <translation>No bloquear (los filtros siguen activos)</translation>
    </message>
    <message>
        <source>Turn the filter off</source>
        <translation>Apagar el filtro</translation>
    </message>
    <message>
        <source>Nothing is blocked. The filter still runs: it rates each answer&apos;s risk and the answer says so.</source>
        <translation>No se bloquea nada. El filtro sigue activo: valora el riesgo de cada respuesta y la respuesta lo indica.</translation>
    </message>
    <message>
        <source>The filter does not run at all: nothing is blocked and no risk is rated.</source>
        <translation>El filtro no se ejecuta en absoluto: no se bloquea nada ni se valora ningún riesgo.</translation>
    </message>
    <message>
        <source>Block most (low and above)</source>
        <translation>Bloquear la mayoría (bajo o más)</translation>
    </message>
    <message>
        <source>Block some (medium and above)</source>
        <translation>Bloquear algunas (medio o más)</translation>
    </message>
    <message>
        <source>Block few (only high)</source>
        <translation>Bloquear pocas (solo alto)</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>Una opción de una lista</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>Decide el modelo.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Fewest tokens: cheaper and faster, and enough for most videos.</source>
        <translation>Los menos tokens: más barato y rápido, y suficiente para la mayoría de los vídeos.</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>More tokens, for more detail.</source>
        <translation>Más tokens, para más detalle.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>The most detail: small print in photos, scans and screenshots.</source>
        <translation>El máximo detalle: letra pequeña en fotos, escaneos y capturas de pantalla.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Exactly as taken, with the camera details such as the location.</source>
        <translation>Tal como se tomó, con los datos de la cámara, como la ubicación.</translation>
    </message>
    <message>
        <source>At most 3,072 pixels on the long side.</source>
        <translation>Como mucho 3072 píxeles en el lado largo.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>At most 1,536 pixels on the long side.</source>
        <translation>Como mucho 1536 píxeles en el lado largo.</translation>
    </message>
    <message>
        <source>At most 768 pixels on the long side: the fastest, and the fewest tokens.</source>
        <translation>Como mucho 768 píxeles en el lado largo: lo más rápido y con menos tokens.</translation>
    </message>
    <message>
        <source>Photos are sent exactly as taken, with their camera details such as the GPS location.</source>
        <translation>Las fotos se envían tal como se tomaron, con los datos de la cámara, como la ubicación GPS.</translation>
    </message>
    <message>
        <source>%1 chooses this itself</source>
        <translation>%1 lo elige por sí mismo</translation>
    </message>
    <message>
        <source>%1 writes one answer at a time</source>
        <translation>%1 escribe una sola respuesta cada vez</translation>
    </message>
    <message>
        <source>%1 does not accept this setting</source>
        <translation>%1 no admite este ajuste</translation>
    </message>
    <message>
        <source>%1 answers without thinking first</source>
        <translation>%1 responde sin razonar antes</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Saved connection:</source>
        <translation>Conexión guardada:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>QuestionFilesController</name>
    <message>
        <source>%1 opens once the question is saved.</source>
        <translation>%1 se podrá abrir cuando se guarde la pregunta.</translation>
    </message>
    <message>
        <source>%1 could not be opened. The details are in the log file.</source>
        <translation>No se pudo abrir %1. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>No app on this computer could open %1.</source>
        <translation>Ninguna app de este ordenador pudo abrir %1.</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Line %1, column %2, in “%4”: %3</source>
        <translation>Línea %1, columna %2, en «%4»: %3</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the schema is nested too deeply.</source>
        <translation>el esquema está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <source>the schema must be an object in curly braces, like { &quot;type&quot;: &quot;OBJECT&quot; }.</source>
        <translation>el esquema debe ser un objeto entre llaves, como { &quot;type&quot;: &quot;OBJECT&quot; }.</translation>
    </message>
    <message>
        <source>a comma is missing between two entries.</source>
        <translation>falta una coma entre dos entradas.</translation>
    </message>
    <message>
        <source>a name in &quot;double quotes&quot; is expected here (or there is a comma too many).</source>
        <translation>aquí se espera un nombre entre &quot;comillas dobles&quot; (o sobra una coma).</translation>
    </message>
    <message>
        <source>a colon (:) is missing after the name.</source>
        <translation>faltan los dos puntos (:) después del nombre.</translation>
    </message>
    <message>
        <source>a value is missing here (or there is a comma too many).</source>
        <translation>aquí falta un valor (o sobra una coma).</translation>
    </message>
    <message>
        <source>a text in quotes is not closed: add the closing &quot;.</source>
        <translation>un texto entre comillas no está cerrado: añade las &quot; de cierre.</translation>
    </message>
    <message>
        <source>a text in quotes runs over a line break: close it first.</source>
        <translation>un texto entre comillas pasa de una línea a otra: ciérralo antes.</translation>
    </message>
    <message>
        <source>a backslash (\) starts an unknown code: write \\ for a backslash.</source>
        <translation>una barra invertida (\) inicia un código desconocido: escribe \\ para una barra invertida.</translation>
    </message>
    <message>
        <source>there is more text after the end of the schema.</source>
        <translation>hay más texto después del final del esquema.</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>esto no es JSON válido (%1).</translation>
    </message>
    <message>
        <source>each part of the schema must be an object in curly braces.</source>
        <translation>cada parte del esquema debe ser un objeto entre llaves.</translation>
    </message>
    <message>
        <source>&quot;anyOf&quot; must be a list of schemas in [ ].</source>
        <translation>&quot;anyOf&quot; debe ser una lista de esquemas entre [ ].</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing. Add one of: %1.</source>
        <translation>falta &quot;type&quot;. Añade uno de estos: %1.</translation>
    </message>
    <message>
        <source>%1 is not a type the model knows. Use one of: %2.</source>
        <translation>%1 no es un tipo que conozca el modelo. Usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object that names each field, like { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</source>
        <translation>&quot;properties&quot; debe ser un objeto que nombre cada campo, como { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be an object that describes one entry, like { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>&quot;items&quot; debe ser un objeto que describa una entrada, como { &quot;type&quot;: &quot;STRING&quot; }.</translation>
    </message>
    <message>
        <source>a list (ARRAY) needs &quot;items&quot; saying what each entry looks like, like &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>una lista (ARRAY) necesita &quot;items&quot; para indicar cómo es cada entrada, como &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be a list of field names, like [ &quot;name&quot;, &quot;age&quot; ].</source>
        <translation>&quot;required&quot; debe ser una lista de nombres de campos, como [ &quot;name&quot;, &quot;age&quot; ].</translation>
    </message>
    <message>
        <source>&quot;enum&quot; must be a list of the allowed values, like [ &quot;a&quot;, &quot;b&quot; ].</source>
        <translation>&quot;enum&quot; debe ser una lista de los valores permitidos, como [ &quot;a&quot;, &quot;b&quot; ].</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>For example:
%1</source>
        <translation>Por ejemplo:
%1</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>Esquema de respuesta</translation>
    </message>
    <message>
        <source>✓ The schema is valid.</source>
        <translation>✓ El esquema es válido.</translation>
    </message>
    <message>
        <source>Optional: describe the JSON the answer must follow.</source>
        <translation>Opcional: describe el JSON que debe seguir la respuesta.</translation>
    </message>
</context>
<context>
    <name>SentFileChip</name>
    <message>
        <source>%1
Click to open it</source>
        <translation>%1
Haz clic para abrirlo</translation>
    </message>
    <message>
        <source>%1
Open the video in your browser: %2</source>
        <translation>%1
Abrir el vídeo en el navegador: %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>%1
Not sent: it could not be read when the question was sent.</source>
        <translation>%1
No enviado: no se pudo leer cuando se envió la pregunta.</translation>
    </message>
</context>
<context>
    <name>SharedFields</name>
    <message>
        <source>A name you will recognise in the list</source>
        <translation>Un nombre que reconozcas en la lista</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>for example http://localhost:11434/v1</source>
        <translation>por ejemplo http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>your Google Cloud project ID</source>
        <translation>el ID de tu proyecto de Google Cloud</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID del proyecto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Vertex AI (native)</source>
        <translation>Vertex AI (nativa)</translation>
    </message>
    <message>
        <source>Vertex AI (OpenAI-compatible)</source>
        <translation>Vertex AI (compatible con OpenAI)</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>optional, for example my-bucket</source>
        <translation>opcional, por ejemplo my-bucket</translation>
    </message>
    <message>
        <source>Cloud Storage bucket (for large files)</source>
        <translation>Bucket de Cloud Storage (para archivos grandes)</translation>
    </message>
    <message>
        <source>Cloud Storage bucket
(for large files)</source>
        <translation>Bucket de Cloud Storage
(para archivos grandes)</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB are uploaded here first. Leave empty to send only smaller files.</source>
        <translation>Los vídeos y archivos de más de 15 MB se suben aquí primero. Déjalo vacío para enviar solo archivos más pequeños.</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <source>leave empty to use Google&apos;s address</source>
        <translation>déjalo vacío para usar la dirección de Google</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>Endpoint personalizado</translation>
    </message>
    <message>
        <source>for example http://proxy.example.com:8080</source>
        <translation>por ejemplo http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Send the question</source>
        <translation>Enviar la pregunta</translation>
    </message>
    <message>
        <source>Stop the answer while it comes</source>
        <translation>Detener la respuesta en curso</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>Buscar en la conversación</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Resultado siguiente</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <source>Search your conversations</source>
        <translation>Buscar en tus conversaciones</translation>
    </message>
    <message>
        <source>Paste a picture or files into the question</source>
        <translation>Pegar una imagen o archivos en la pregunta</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>StopSequenceChip</name>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar «%1»</translation>
    </message>
</context>
<context>
    <name>StopSequenceEditor</name>
    <message>
        <source>Type a word, then press Enter</source>
        <translation>Escribe y pulsa Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>«%1» ya está en la lista.</translation>
    </message>
    <message>
        <source>You can have up to %1 stop sequences. Remove one to add another.</source>
        <translation>Puedes tener hasta %1 secuencias de parada. Quita una para añadir otra.</translation>
    </message>
</context>
<context>
    <name>ThinkingBudgetEdit</name>
    <message>
        <source>Model default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No thinking: faster and cheaper answers.</source>
        <translation>Sin razonamiento: respuestas más rápidas y baratas.</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dinámico</translation>
    </message>
    <message>
        <source>The model thinks as much as the question needs.</source>
        <translation>El modelo razona tanto como necesite la pregunta.</translation>
    </message>
    <message>
        <source>Up to…</source>
        <translation>Hasta…</translation>
    </message>
    <message>
        <source>Set the most tokens the model may think with.</source>
        <translation>Define el máximo de tokens con los que puede razonar el modelo.</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>Presupuesto de razonamiento en tokens</translation>
    </message>
</context>
<context>
    <name>ThinkingLevelEdit</name>
    <message>
        <source>Minimal</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>Muy alto</translation>
    </message>
    <message>
        <source>Hardly any thinking: the fastest, cheapest answers.</source>
        <translation>Casi sin razonar: las respuestas más rápidas y baratas.</translation>
    </message>
    <message>
        <source>A little thinking: quick answers to simple questions.</source>
        <translation>Algo de razonamiento: respuestas rápidas a preguntas sencillas.</translation>
    </message>
    <message>
        <source>Balanced: enough thinking for most questions.</source>
        <translation>Equilibrado: razonamiento suficiente para la mayoría de las preguntas.</translation>
    </message>
    <message>
        <source>Deep thinking for hard questions: slower, costs more.</source>
        <translation>Razonamiento profundo para preguntas difíciles: más lento y más caro.</translation>
    </message>
    <message>
        <source>The deepest thinking, for hard problems of many steps.</source>
        <translation>El razonamiento más profundo, para problemas difíciles de muchos pasos.</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>Decide el modelo.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>%1 (not for this model)</source>
        <translation>%1 (no para este modelo)</translation>
    </message>
</context>
<context>
    <name>ThoughtsSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Razonando…</translation>
    </message>
    <message>
        <source>Hide thoughts</source>
        <translation>Ocultar razonamiento</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>Mostrar razonamiento</translation>
    </message>
    <message>
        <source>What the model considered before answering</source>
        <translation>Lo que el modelo tuvo en cuenta antes de responder</translation>
    </message>
</context>
<context>
    <name>TokenCountController</name>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: remove “%3” (%4 tokens), then send again.</source>
        <translation>Son %1 tokens, más de los %2 que admite este modelo: quita «%3» (%4 tokens) y vuelve a enviar.</translation>
    </message>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: shorten the question, then send again.</source>
        <translation>Son %1 tokens, más de los %2 que admite este modelo: acorta la pregunta y vuelve a enviar.</translation>
    </message>
    <message>
        <source>This conversation is %1 tokens, more than the %2 this model takes: start a new chat to ask this.</source>
        <translation>Esta conversación tiene %1 tokens, más de los %2 que admite este modelo: empieza un nuevo chat para preguntarlo.</translation>
    </message>
</context>
<context>
    <name>TokenCountLabel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 de %2 tokens</translation>
    </message>
    <message>
        <source>The tokens this question would use, the conversation before it and its files included, and the most this model takes.</source>
        <translation>Los tokens que usaría esta pregunta, incluidas la conversación anterior y sus archivos, y el máximo que admite este modelo.</translation>
    </message>
    <message>
        <source>The tokens could not be counted just now.</source>
        <translation>Ahora mismo no se han podido contar los tokens.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Conversation deleted.</source>
        <translation>Conversación eliminada.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>Recuperar la conversación (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <source>Uploading %1</source>
        <translation>Subiendo %1</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>Subida de %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop uploading and sending this message</source>
        <translation>Dejar de subir y no enviar este mensaje</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 de %2 · %3 %</translation>
    </message>
    <message>
        <source>%1 already uploaded</source>
        <translation>%1 ya subido</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 subido</translation>
    </message>
    <message>
        <source>Upload of %1 stopped</source>
        <translation>Subida de %1 detenida</translation>
    </message>
</context>
<context>
    <name>UserTurnView</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Edit &amp; resend</source>
        <translation>Editar y reenviar</translation>
    </message>
    <message>
        <source>Put this question back in the box to change it</source>
        <translation>Devolver esta pregunta al cuadro para cambiarla</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (no enviado)</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Adjunto: %1</translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <source>Previous answer</source>
        <translation>Respuesta anterior</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Respuesta siguiente</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation>Respuesta %1 de %2</translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop waiting for this answer</source>
        <translation>Dejar de esperar esta respuesta</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3 of %4)…</source>
        <translation>%1 Se volverá a intentar dentro de %2 s (intento %3 de %4)…</translation>
    </message>
    <message>
        <source>%1 Trying again now (attempt %3 of %4)…</source>
        <translation>%1 Volviendo a intentarlo (intento %3 de %4)…</translation>
    </message>
    <message>
        <source>Waiting for Gemini · %1</source>
        <translation>Esperando a Gemini · %1</translation>
    </message>
</context>
<context>
    <name>WaysPane</name>
    <message>
        <source>HOW TO CONNECT</source>
        <translation>CÓMO CONECTARSE</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>Algo ha salido mal de forma inesperada. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
</TS>
