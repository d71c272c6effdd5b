<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gemini Desktop</source>
        <translation>關於 Gemini Desktop</translation>
    </message>
    <message>
        <source>Gemini Desktop</source>
        <translation>Gemini Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Ask Google&apos;s Gemini models about your questions, photos and videos.</source>
        <translation>向 Google 的 Gemini 模型詢問你的問題、相片和影片。</translation>
    </message>
    <message>
        <source>Licensed under %1.</source>
        <translation>授權條款：%1。</translation>
    </message>
    <message>
        <source>Libraries it includes, and their licences</source>
        <translation>內含的程式庫及其授權條款</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>程式庫</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權條款</translation>
    </message>
    <message>
        <source>see its files</source>
        <translation>請見其檔案</translation>
    </message>
</context>
<context>
    <name>AnswerBrowser</name>
    <message>
        <source>Copy code</source>
        <translation>複製程式碼</translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>question %1</source>
        <translation>問題 %1</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>思考 %1</translation>
    </message>
    <message>
        <source>answer %1</source>
        <translation>回答 %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a token count</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 個權杖</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a token count and its parts</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>權杖：%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>來源：</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>&amp;Notify when an answer is ready</source>
        <translation>回答完成時通知(&amp;N)</translation>
    </message>
    <message>
        <source>When Gemini Desktop is in the background, say when an answer ends</source>
        <translation>Gemini Desktop 在背景時，於回答結束時通知你</translation>
    </message>
    <message>
        <source>Gemini answered</source>
        <translation>Gemini 已回答</translation>
    </message>
    <message>
        <source>The answer could not be completed</source>
        <translation>無法完成回答</translation>
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
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>複製回答</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>複製為 Markdown</translation>
    </message>
    <message>
        <source>Copy the answer with its formatting</source>
        <translation>連同格式複製回答</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Ask the same question again</source>
        <translation>再問一次同樣的問題</translation>
    </message>
    <message>
        <source>Get code</source>
        <translation>取得程式碼</translation>
    </message>
    <message>
        <source>The code that sends this question</source>
        <translation>傳送這個問題的程式碼</translation>
    </message>
    <message>
        <source>Gemini sent an empty answer.</source>
        <translation>Gemini 傳回了空白的回答。</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <source>The connection ended early, so this answer may be incomplete.</source>
        <translation>連線提早中斷，這個回答可能不完整。</translation>
    </message>
    <message>
        <source>The app closed before this answer was finished, so it may be incomplete.</source>
        <translation>應用程式在這個回答完成前關閉了，回答可能不完整。</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>無法完成回答。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>已複製程式碼</translation>
    </message>
    <message>
        <source>Gemini is writing</source>
        <translation>Gemini 正在撰寫</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>程式碼</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>複製程式碼</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>將這段程式碼複製到剪貼簿</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>There is no saved connection called “%1”; the last one used is in use.</source>
        <translation>沒有名為「%1」的已儲存連線；仍使用上次的連線。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已儲存為 %1</translation>
    </message>
    <message>
        <source>The list of models could not be loaded. %1</source>
        <translation>無法載入模型清單。%1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Photo</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>YouTube video</source>
        <translation>YouTube 影片</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>來自 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 位元組</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 位元組</translation>
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
        <translation>移除（Delete）</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>video</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>錄音</translation>
    </message>
    <message>
        <source>Clip… choose the part of the %1 to send</source>
        <translation>剪輯…選擇要傳送的%1片段</translation>
    </message>
    <message>
        <source>Choose the part of %1 to send</source>
        <translation>選擇 %1 要傳送的片段</translation>
    </message>
    <message>
        <source>Double-click to choose the part to send.</source>
        <translation>按兩下即可選擇要傳送的片段。</translation>
    </message>
    <message>
        <source>Choose the &amp;part to send…</source>
        <translation>選擇要傳送的片段(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation>依照設定</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Ultra high (this file only)</source>
        <translation>極高（僅限此檔案）</translation>
    </message>
    <message>
        <source>Low detail</source>
        <translation>低細節</translation>
    </message>
    <message>
        <source>Medium detail</source>
        <translation>中等細節</translation>
    </message>
    <message>
        <source>High detail</source>
        <translation>高細節</translation>
    </message>
    <message>
        <source>Ultra high detail</source>
        <translation>極高細節</translation>
    </message>
    <message>
        <source>&amp;Detail for this file</source>
        <translation>此檔案的細節(&amp;D)</translation>
    </message>
    <message>
        <source>How closely the model looks at this file; models before Gemini 3 use the Settings&apos; media resolution.</source>
        <translation>模型查看此檔案的細緻程度；Gemini 3 之前的模型會使用設定中的媒體解析度。</translation>
    </message>
</context>
<context>
    <name>AttachmentController</name>
    <message>
        <source>Pasted image</source>
        <translation>貼上的圖片</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>拖放的圖片</translation>
    </message>
</context>
<context>
    <name>AttachmentDrop</name>
    <message>
        <source>%1 is on a website, not on this computer.</source>
        <translation>%1 位於網站上，而不在這台電腦中。</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>請先將圖片儲存到電腦，再拖放該檔案。</translation>
    </message>
    <message>
        <source>Download it to your computer first, then drop the file.</source>
        <translation>請先將它下載到電腦，再拖放該檔案。</translation>
    </message>
</context>
<context>
    <name>AttachmentLink</name>
    <message>
        <source>YouTube video %1</source>
        <translation>YouTube 影片 %1</translation>
    </message>
</context>
<context>
    <name>AttachmentLoader</name>
    <message>
        <source>%1 could not be read as a picture.</source>
        <translation>無法將 %1 讀取為圖片。</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>請先將圖片儲存到電腦，再拖放該檔案。</translation>
    </message>
    <message>
        <source>%1 is not a picture Gemini Desktop recognises.</source>
        <translation>%1 不是 Gemini Desktop 能辨識的圖片。</translation>
    </message>
    <message>
        <source>Copy or drag the picture again, or save it as a file and add that.</source>
        <translation>請重新複製或拖曳圖片，或將它儲存成檔案後再加入。</translation>
    </message>
    <message>
        <source>%1 could not be added because of an unexpected error.</source>
        <translation>發生未預期的錯誤，無法加入 %1。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the log file has the details.</source>
        <translation>請再試一次；如果問題持續發生，記錄檔中有詳細資訊。</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>附加檔案(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附加</translation>
    </message>
    <message>
        <source>Attach photos, videos, recordings, PDFs or text files (%1)</source>
        <translation>附加相片、影片、錄音、PDF 或文字檔（%1）</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隱藏這則訊息</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>附加檔案</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs and text (%1)</source>
        <translation>相片、影片、錄音、PDF 和文字（%1）</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>相片（%1）</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>影片（%1）</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>錄音（%1）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>另有 %n 個檔案無法加入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>正在加入 %n 個檔案…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>The connection&apos;s own model</source>
        <translation>連線本身的模型</translation>
    </message>
    <message>
        <source>Through Vertex AI, a batch job keeps the photos and its results in a Cloud Storage bucket, and this connection has none. Add one in Connection settings… (Cloud Storage bucket), then choose Describe a folder again.</source>
        <translation>透過 Vertex AI 時，批次工作會把相片和結果放在 Cloud Storage 值區，但這個連線沒有設定值區。請在「連線設定…」中加入一個（Cloud Storage 值區），再重新選擇「描述資料夾」。</translation>
    </message>
    <message>
        <source>%1 · %2 · Batch job: %3</source>
        <translation>%1 · %2 · 批次工作：%3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 done</source>
        <translation>%1 · %2：已完成 %3/%4</translation>
    </message>
    <message>
        <source>A batch job sent to Google is not collected yet. File ▸ Unfinished batches shows how it is doing, and its results once it is done.</source>
        <translation>已送到 Google 的批次工作還沒有取回結果。從「檔案」▸「未完成的批次」可查看進度，完成後也會在那裡顯示結果。</translation>
    </message>
    <message>
        <source>Describing a folder stopped before every photo had its answer. File ▸ Unfinished batches goes on where it stopped.</source>
        <translation>描述資料夾在每張相片都取得回答前就停止了。從「檔案」▸「未完成的批次」可從停止處繼續。</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>%1 results saved in %2.</source>
        <translation>已將 %1 筆結果儲存到 %2。</translation>
    </message>
    <message>
        <source>%1 XMP sidecars written beside the photos.</source>
        <translation>已在相片旁寫入 %1 個 XMP 附屬檔。</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>未寫入：%1</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>匯出結果</translation>
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
        <translation>檔案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>This photo goes again by itself in a moment.</source>
        <translation>這張相片稍後會自動重新傳送。</translation>
    </message>
    <message>
        <source>This photo is in the batch job; its answer comes when the job ends.</source>
        <translation>這張相片在批次工作中，工作結束時就會收到回答。</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n 個請求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute this model&apos;s quota let through last time. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n 張相片：依這個模型的配額上次每分鐘可處理 %2 張的速度逐張傳送，約需 %1。改成一個批次工作，Google 會以半價全部回答，通常幾小時內完成；這段時間您可以關閉視窗。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute a new project&apos;s quota allows. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n 張相片：依新專案的配額每分鐘可處理 %2 張的速度逐張傳送，約需 %1。改成一個批次工作，Google 會以半價全部回答，通常幾小時內完成；這段時間您可以關閉視窗。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job was cancelled, so %n photos have no answer.</source>
        <translation>
            <numerusform>批次工作已取消，因此有 %n 張相片沒有回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job expired: Google did not finish it in time, so %n photos have no answer.</source>
        <translation>
            <numerusform>批次工作已逾期：Google 未能及時完成，因此有 %n 張相片沒有回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job failed at Google, so %n photos have no answer.</source>
        <translation>
            <numerusform>批次工作在 Google 端失敗，因此有 %n 張相片沒有回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos have no answer; each row says why. Retry failed sends them again one by one.</source>
        <translation>
            <numerusform>有 %n 張相片沒有回答；每一列都寫明原因。「重試失敗項目」會逐張重新傳送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued at Google</source>
        <translation>在 Google 排隊中</translation>
    </message>
    <message>
        <source>Waiting to start at Google</source>
        <translation>在 Google 等待開始</translation>
    </message>
    <message>
        <source>Running at Google</source>
        <translation>在 Google 執行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done, but only partly</source>
        <translation>已完成，但只有部分成功</translation>
    </message>
    <message>
        <source>Failed at Google</source>
        <translation>在 Google 失敗</translation>
    </message>
    <message>
        <source>Being cancelled at Google</source>
        <translation>正在 Google 取消</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Paused at Google</source>
        <translation>在 Google 暫停</translation>
    </message>
    <message>
        <source>Expired: not done in the time Google allows</source>
        <translation>已逾期：未在 Google 允許的時間內完成</translation>
    </message>
    <message>
        <source>The batch job expired: Google did not finish it in time.</source>
        <translation>批次工作已逾期：Google 未能及時完成。</translation>
    </message>
    <message>
        <source>Being updated at Google</source>
        <translation>正在 Google 更新</translation>
    </message>
    <message>
        <source>In a state this version does not know</source>
        <translation>處於這個版本不認得的狀態</translation>
    </message>
    <message>
        <source>Batch job: preparing the photos, %1 of %2…</source>
        <translation>批次工作：正在準備相片（%1/%2）…</translation>
    </message>
    <message>
        <source>Batch job: uploading the prepared photos to Google…</source>
        <translation>批次工作：正在將準備好的相片上傳到 Google…</translation>
    </message>
    <message>
        <source>Batch job: waiting for Google to accept the job…</source>
        <translation>批次工作：正在等待 Google 接受這項工作…</translation>
    </message>
    <message>
        <source>Batch job: %1</source>
        <translation>批次工作：%1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>已回答 %1 個</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 個失敗</translation>
    </message>
    <message>
        <source>looked at %1; the window looks again by itself</source>
        <translation>%1 查看過；視窗會自動再查看</translation>
    </message>
    <message>
        <source>Google aims to finish a batch job within 24 hours; one not done after 48 hours expires, and its photos get no answer.</source>
        <translation>Google 的目標是在 24 小時內完成批次工作；48 小時後仍未完成的工作會逾期，其中的相片不會有回答。</translation>
    </message>
    <message>
        <source>Through Vertex AI a batch job may wait up to 72 hours to start; once it runs, what is not done within 24 hours is cancelled.</source>
        <translation>透過 Vertex AI，批次工作最多可能要等 72 小時才開始；開始執行後，24 小時內未完成的部分會被取消。</translation>
    </message>
    <message>
        <source>The batch job failed at Google.</source>
        <translation>批次工作在 Google 失敗了。</translation>
    </message>
    <message>
        <source>Google says: %1</source>
        <translation>Google 表示：%1</translation>
    </message>
    <message>
        <source>The batch job was cancelled.</source>
        <translation>批次工作已取消。</translation>
    </message>
    <message>
        <source>The batch job is done, but not every photo has its answer.</source>
        <translation>批次工作已完成，但不是每張相片都有回答。</translation>
    </message>
    <message>
        <source>The batch job is done: every photo has its answer, ready for review.</source>
        <translation>批次工作已完成：每張相片都有回答，可以檢閱了。</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>This batch job was sent through another kind of connection (%1). Choose a connection of that kind, then open the batch again from File ▸ Unfinished batches.</source>
        <translation>這個批次工作是透過另一種連線（%1）送出的。請選擇該種連線，再從「檔案」▸「未完成的批次」重新開啟這個批次。</translation>
    </message>
    <message>
        <source>The batch job is reaching Google just now: it is cancelled there as soon as Google has made it.</source>
        <translation>批次工作正在送達 Google：Google 一建立它就會立即取消。</translation>
    </message>
    <message>
        <source>Asking Google to cancel the batch job…</source>
        <translation>正在要求 Google 取消批次工作…</translation>
    </message>
    <message>
        <source>Nothing more is sent now; Resume sends the rest later.</source>
        <translation>目前不再傳送；稍後按「繼續」即可傳送其餘部分。</translation>
    </message>
    <message>
        <source>None of the photos could be prepared, so no batch job was sent.</source>
        <translation>沒有任何相片能準備好，所以沒有送出批次工作。</translation>
    </message>
    <message>
        <source>Google made batch job %1 just as you cancelled it; it is being cancelled there now.</source>
        <translation>您取消時 Google 剛好建立了批次工作 %1；現在正在 Google 取消它。</translation>
    </message>
    <message>
        <source>Sent to Google as batch job %1. You can close this window: the job goes on, and File ▸ Unfinished batches shows it again.</source>
        <translation>已作為批次工作 %1 送到 Google。您可以關閉這個視窗：工作會繼續進行，從「檔案」▸「未完成的批次」可以再次開啟。</translation>
    </message>
    <message>
        <source>Cancelled before Google made the batch job: nothing runs there. Resume describes the photos one by one instead.</source>
        <translation>已在 Google 建立批次工作之前取消：Google 上沒有任何工作在執行。按「繼續」會改為逐張描述相片。</translation>
    </message>
    <message>
        <source>Send them one by one</source>
        <translation>逐張傳送</translation>
    </message>
    <message>
        <source>No batch job was sent.</source>
        <translation>沒有送出批次工作。</translation>
    </message>
    <message>
        <source>The batch job goes on at Google; the window looks at it again soon.</source>
        <translation>批次工作仍在 Google 進行；視窗稍後會再查看。</translation>
    </message>
    <message>
        <source>Stop sending the batch job? If Google has made it already, it is cancelled there at once. The photos get no answer; you can send them again later.</source>
        <translation>要停止傳送批次工作嗎？如果 Google 已建立它，會立即在 Google 取消。這些相片不會得到回答；您稍後可以再傳送一次。</translation>
    </message>
    <message>
        <source>Cancel the batch job</source>
        <translation>取消批次工作</translation>
    </message>
    <message>
        <source>Ask Google to cancel the batch job? Photos it has not answered yet get no answer; you can send them again later.</source>
        <translation>要求 Google 取消批次工作嗎？還沒有回答的相片將不會有回答；您之後可以再送一次。</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消工作</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>讓它繼續</translation>
    </message>
</context>
<context>
    <name>BatchSetupDialog</name>
    <message>
        <source>Describe a folder</source>
        <translation>描述資料夾</translation>
    </message>
    <message>
        <source>No folder or files chosen yet.</source>
        <translation>尚未選擇資料夾或檔案。</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>選擇資料夾…</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Include subfolders</source>
        <translation>包含子資料夾</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>略過原因</translation>
    </message>
    <message>
        <source>Alt text (short, for screen readers)</source>
        <translation>替代文字（簡短，供螢幕閱讀器使用）</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>自訂問題</translation>
    </message>
    <message>
        <source>The fields of a JSON schema</source>
        <translation>JSON 結構描述的欄位</translation>
    </message>
    <message>
        <source>What to ask of every photo</source>
        <translation>要針對每張相片提出的問題</translation>
    </message>
    <message>
        <source>Choose a schema file…</source>
        <translation>選擇結構描述檔…</translation>
    </message>
    <message>
        <source>Change in the Settings panel…</source>
        <translation>在設定面板中變更…</translation>
    </message>
    <message>
        <source>Send each photo&apos;s existing title and keywords along, as a hint</source>
        <translation>一併傳送每張相片現有的標題和關鍵字作為提示</translation>
    </message>
    <message>
        <source>Send as a batch job: half the price, usually done within hours</source>
        <translation>以批次工作送出：半價，通常幾小時內完成</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>要求內容</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Photo detail</source>
        <translation>相片細節</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>開始描述</translation>
    </message>
    <message numerus="yes">
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n 個檔案和資料夾</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be sent: %1</source>
        <translation>將傳送：%1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>略過：%1</translation>
    </message>
    <message>
        <source>Photos and videos to send: %1 · Files left out: %2</source>
        <translation>要傳送的相片和影片：%1 · 略過的檔案：%2</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>欄位：%1</translation>
    </message>
    <message>
        <source>Send as a batch job</source>
        <translation>以批次工作送出</translation>
    </message>
    <message>
        <source>The photos&apos; location (GPS) and camera details stay on this computer.</source>
        <translation>相片的位置（GPS）和相機資訊會留在這台電腦上。</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>選擇資料夾</translation>
    </message>
    <message>
        <source>Choose photos and videos</source>
        <translation>選擇相片和影片</translation>
    </message>
    <message>
        <source>Choose a JSON schema</source>
        <translation>選擇 JSON 結構描述</translation>
    </message>
    <message>
        <source>JSON schema (*.json)</source>
        <translation>JSON 結構描述 (*.json)</translation>
    </message>
    <message>
        <source>This file is not a JSON schema that can be read.</source>
        <translation>這個檔案不是可讀取的 JSON 結構描述。</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>已略過</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>正在傳送</translation>
    </message>
    <message>
        <source>At Google</source>
        <translation>在 Google 處理中</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>等待重試</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>替代文字</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>說明文字</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>關鍵字</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重試失敗項目</translation>
    </message>
    <message>
        <source>Send the photos that failed again</source>
        <translation>重新傳送失敗的相片</translation>
    </message>
    <message>
        <source>Cancel the batch job…</source>
        <translation>取消批次工作…</translation>
    </message>
    <message>
        <source>Ask Google to stop the job; photos it has not answered get no answer</source>
        <translation>要求 Google 停止工作；尚未回答的相片將不會有回答</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>核准所選項目</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Without an answer</source>
        <translation>沒有回答</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>尚未核准</translation>
    </message>
    <message>
        <source>Search files and results</source>
        <translation>搜尋檔案和結果</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>CSV for spreadsheets…</source>
        <translation>試算表用的 CSV…</translation>
    </message>
    <message>
        <source>JSON Lines…</source>
        <translation>JSON Lines…</translation>
    </message>
    <message>
        <source>XMP sidecars beside the photos…</source>
        <translation>相片旁的 XMP 附屬檔…</translation>
    </message>
    <message>
        <source>Only approved rows</source>
        <translation>僅限已核准的列</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 個失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer</source>
        <translation>
            <numerusform>%n 個沒有回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>已略過 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>約剩 %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 個權杖</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>傳送中</translation>
    </message>
    <message>
        <source>Paused: the photos on their way finish, no new ones start</source>
        <translation>已暫停：傳送中的相片會完成，不會開始新的相片</translation>
    </message>
    <message>
        <source>Stopped: Resume sends the rest</source>
        <translation>已停止：按「繼續」傳送其餘部分</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>ClipEditorDialog</name>
    <message>
        <source>Choose the part to send</source>
        <translation>選擇要傳送的片段</translation>
    </message>
    <message>
        <source>The model sees only the part between Start and End.</source>
        <translation>模型只會看到「開始」與「結束」之間的片段。</translation>
    </message>
    <message>
        <source>The model hears only the part between Start and End.</source>
        <translation>模型只會聽到「開始」與「結束」之間的片段。</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>結尾</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>結束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Whole video</source>
        <translation>整部影片(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Whole recording</source>
        <translation>整段錄音(&amp;W)</translation>
    </message>
    <message>
        <source>The end must come after the start. Change one of the times.</source>
        <translation>結束時間必須在開始時間之後。請修改其中一個時間。</translation>
    </message>
    <message>
        <source>The model will see the whole video.</source>
        <translation>模型會看整部影片。</translation>
    </message>
    <message>
        <source>The model will hear the whole recording.</source>
        <translation>模型會聽整段錄音。</translation>
    </message>
    <message>
        <source>The model will see the whole video (%1).</source>
        <translation>模型會看整部影片（%1）。</translation>
    </message>
    <message>
        <source>The model will hear the whole recording (%1).</source>
        <translation>模型會聽整段錄音（%1）。</translation>
    </message>
    <message>
        <source>The model will see %1 to the end.</source>
        <translation>模型會看 %1 到結尾。</translation>
    </message>
    <message>
        <source>The model will hear %1 to the end.</source>
        <translation>模型會聽 %1 到結尾。</translation>
    </message>
    <message>
        <source>The model will see %1 to %2 (%3).</source>
        <translation>模型會看 %1 到 %2（%3）。</translation>
    </message>
    <message>
        <source>The model will hear %1 to %2 (%3).</source>
        <translation>模型會聽 %1 到 %2（%3）。</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeController</name>
    <message>
        <source>The code signs in with your Google Cloud credentials (gcloud); no key or token is written in it.</source>
        <translation>程式碼會以你的 Google Cloud 憑證（gcloud）登入；程式碼中不會寫入任何金鑰或權杖。</translation>
    </message>
    <message>
        <source>The code reads your key from %1; the key is not written in it.</source>
        <translation>程式碼會從 %1 讀取你的金鑰；金鑰本身不會寫在程式碼中。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Get code</source>
        <translation>取得程式碼</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>儲存程式碼</translation>
    </message>
    <message>
        <source>Could not save the code: %1</source>
        <translation>無法儲存程式碼：%1</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Column %1</source>
        <translation>第 %1 欄</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Temperature: higher gives more varied answers</source>
        <translation>溫度：越高，回答越多變</translation>
    </message>
    <message>
        <source>Pick this one</source>
        <translation>選這一個</translation>
    </message>
    <message>
        <source>Use this column&apos;s model and settings in the Settings panel</source>
        <translation>在設定面板中使用這一欄的模型與設定</translation>
    </message>
    <message>
        <source>Continue alone</source>
        <translation>單獨繼續</translation>
    </message>
    <message>
        <source>Open this column&apos;s conversation in the main window to go on with it</source>
        <translation>在主視窗開啟這一欄的對話以繼續</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Adding your files first…</source>
        <translation>正在先加入你的檔案…</translation>
    </message>
    <message>
        <source>New compare. Ask anything.</source>
        <translation>新的比較。想問什麼都可以。</translation>
    </message>
    <message>
        <source>Only a column&apos;s latest answer can be asked again.</source>
        <translation>只能重新詢問每一欄的最新回答。</translation>
    </message>
    <message>
        <source>The Settings panel now uses %1.</source>
        <translation>設定面板現在使用 %1。</translation>
    </message>
    <message>
        <source>Stop the answers first (Esc), then try again.</source>
        <translation>請先停止回答（Esc），然後再試一次。</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini 正在回答…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在詢問 %1…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上傳 %1…</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>已重新開啟。提出後續問題即可繼續。</translation>
    </message>
</context>
<context>
    <name>CompareFacts</name>
    <message>
        <source>ended: %1</source>
        <translation>結束：%1</translation>
    </message>
    <message>
        <source>first words %1 s</source>
        <translation>首字 %1 秒</translation>
    </message>
    <message>
        <source>total %1 s</source>
        <translation>總計 %1 秒</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 個權杖</translation>
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
        <translation>比較模型</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>欄數：</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 欄</translation>
    </message>
    <message>
        <source>New compare</source>
        <translation>新的比較</translation>
    </message>
    <message>
        <source>Empty every column and start again</source>
        <translation>清空每一欄並重新開始</translation>
    </message>
    <message>
        <source>Ask every column the same question; drop photos or videos here…</source>
        <translation>向每一欄問同一個問題；可將照片或影片拖放到這裡…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>停止所有回答 (Esc)</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>傳送給全部</translation>
    </message>
    <message>
        <source>Ask every column (%1)</source>
        <translation>詢問每一欄 (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>%1 Connections you add now can be kept for this session only.</source>
        <translation>%1 現在新增的連線只能保留到這個工作階段結束。</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session. Unlock it, then restart Gemini Desktop to use your saved connections.</source>
        <translation>密碼儲存區已鎖定，因此Gemini Desktop會使用環境變數中的連線，其他連線只能保存到本次工作階段結束。請先解鎖，再重新啟動Gemini Desktop，即可使用已儲存的連線。</translation>
    </message>
    <message>
        <source>No password store (keyring) was found, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session.</source>
        <translation>找不到密碼儲存區（keyring），因此 Gemini Desktop 會使用環境變數中的連線，且無法在這個工作階段之後保存其他連線。</translation>
    </message>
    <message>
        <source>Now using “%1”.</source>
        <translation>現在使用「%1」。</translation>
    </message>
    <message>
        <source>Saved “%1” and switched to it.</source>
        <translation>已儲存「%1」並切換為使用它。</translation>
    </message>
    <message>
        <source>The file could not be deleted. You can delete it yourself.</source>
        <translation>無法刪除這個檔案。你可以自行刪除。</translation>
    </message>
    <message>
        <source>Connections are kept for this session only: this computer has no password store (keyring) Gemini Desktop can use, so they are forgotten when it closes.</source>
        <translation>連線只會保留到這個工作階段結束：這台電腦沒有 Gemini Desktop 可用的密碼儲存區（keyring），所以關閉後連線就會被遺忘。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境變數</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Gemini</source>
        <translation>連線到 Gemini</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在測試連線…</translation>
    </message>
    <message>
        <source>Gemini Desktop is signing in and asking which models you can use.</source>
        <translation>Gemini Desktop 正在登入，並查詢你可以使用哪些模型。</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>已連線：有 1 個可用模型。</translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation>已連線：有 %1 個可用模型。</translation>
    </message>
    <message>
        <source>This connection works. Pick a model from the list if you like, then press Save.</source>
        <translation>這個連線可以使用。你可以從清單中挑選模型，然後按「儲存」。</translation>
    </message>
    <message>
        <source>This connection works, but the model “%1” is not among the ones it offers. Pick one from the Model list, then press Save.</source>
        <translation>這個連線可以使用，但它提供的模型中沒有「%1」。請從「模型」清單中挑選一個，然後按「儲存」。</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB will be uploaded to the bucket “%1”.</source>
        <translation>超過 15 MB 的影片和檔案會上傳到值區「%1」。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>僅用於這個工作階段</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>選擇其他檔案</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>發生未預期的問題。</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>詳細資訊在記錄檔中。</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>要刪除「%1」嗎？</translation>
    </message>
    <message>
        <source>Its settings and its key are removed from this computer. This cannot be undone.</source>
        <translation>它的設定和金鑰會從這台電腦移除。這個動作無法復原。</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>刪除連線</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>金鑰檔案 (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在刪除…</translation>
    </message>
    <message>
        <source>Use it as “%1”</source>
        <translation>改用「%1」</translation>
    </message>
    <message>
        <source>Open the page to turn it on</source>
        <translation>開啟頁面以啟用</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>建立新金鑰</translation>
    </message>
    <message>
        <source>Open the key&apos;s restrictions</source>
        <translation>開啟金鑰的限制設定</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>開啟頁面</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <source>The Gemini API did not take this key, but Vertex AI express did: it is a Vertex AI express key.</source>
        <translation>Gemini API 不接受這個金鑰，但 Vertex AI Express 接受了：這是 Vertex AI Express 金鑰。</translation>
    </message>
    <message>
        <source>Vertex AI express did not take this key, but the Gemini API did: it is a Gemini API key.</source>
        <translation>Vertex AI Express 不接受這個金鑰，但 Gemini API 接受了：這是 Gemini API 金鑰。</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>選擇其他模型</translation>
    </message>
    <message>
        <source>Check the endpoint</source>
        <translation>檢查端點</translation>
    </message>
    <message>
        <source>Check the bucket</source>
        <translation>檢查值區</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API 金鑰</translation>
    </message>
    <message>
        <source>The easiest start: a free key from Google AI Studio.</source>
        <translation>最簡單的開始方式：從 Google AI Studio 取得免費金鑰。</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>取得金鑰</translation>
    </message>
    <message>
        <source>Google AI Studio</source>
        <translation>Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex AI express key</source>
        <translation>Vertex AI Express 金鑰</translation>
    </message>
    <message>
        <source>A key for Vertex AI, without setting up a full Google Cloud project.</source>
        <translation>Vertex AI 的金鑰，不必設定完整的 Google Cloud 專案。</translation>
    </message>
    <message>
        <source>Vertex AI express</source>
        <translation>Vertex AI Express</translation>
    </message>
    <message>
        <source>Google Cloud with gcloud</source>
        <translation>透過 gcloud 使用 Google Cloud</translation>
    </message>
    <message>
        <source>Uses the sign-in that Google&apos;s gcloud tool left on this computer.</source>
        <translation>使用 Google 的 gcloud 工具留在這台電腦上的登入資訊。</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>如何登入</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>服務帳戶金鑰檔案</translation>
    </message>
    <message>
        <source>A .json key file, usually sent by whoever runs your Google Cloud project.</source>
        <translation>.json 金鑰檔案，通常由管理你 Google Cloud 專案的人提供。</translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation>建立金鑰</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>服務帳戶</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>使用 Google 帳戶登入</translation>
    </message>
    <message>
        <source>Your own Google account, with an OAuth client file from your project.</source>
        <translation>你自己的 Google 帳戶，搭配專案中的 OAuth 用戶端檔案。</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>建立用戶端</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Google 帳戶</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server</source>
        <translation>任何相容於 OpenAI 的伺服器</translation>
    </message>
    <message>
        <source>Another server that speaks the OpenAI API, such as a model on your network.</source>
        <translation>其他支援 OpenAI API 的伺服器，例如你網路中的模型。</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>相容於 OpenAI 的伺服器</translation>
    </message>
    <message>
        <source>This looks like the content of a key file, not a key. Choose “Service-account key file” and pick the file instead.</source>
        <translation>這看起來是金鑰檔案的內容，而不是金鑰。請改選「服務帳戶金鑰檔案」並選取該檔案。</translation>
    </message>
    <message>
        <source>This is a temporary access token (it stops working within an hour), not an API key.</source>
        <translation>這是暫時的存取權杖（一小時內就會失效），不是 API 金鑰。</translation>
    </message>
    <message>
        <source>This belongs to an OAuth client, not an API key. Choose “Sign in with Google” and use the client&apos;s file.</source>
        <translation>這屬於 OAuth 用戶端，不是 API 金鑰。請選擇「使用 Google 帳戶登入」並使用用戶端的檔案。</translation>
    </message>
    <message>
        <source>This is a saved Google sign-in (a refresh token), not an API key.</source>
        <translation>這是已儲存的 Google 登入資訊（更新權杖），不是 API 金鑰。</translation>
    </message>
    <message>
        <source>This looks like a key for an OpenAI-compatible server, not a Google key. Choose “Any OpenAI-compatible server”.</source>
        <translation>這看起來是相容於 OpenAI 的伺服器金鑰，不是 Google 金鑰。請選擇「任何相容於 OpenAI 的伺服器」。</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without them.</source>
        <translation>金鑰中含有空格或換行。請重新複製，不要包含這些字元。</translation>
    </message>
    <message>
        <source>Type only the bucket&apos;s name, such as my-bucket, not a web address.</source>
        <translation>只要輸入值區名稱，例如 my-bucket，不要輸入網址。</translation>
    </message>
    <message>
        <source>Bucket names use lowercase letters only: “%1”.</source>
        <translation>值區名稱只能使用小寫字母：「%1」。</translation>
    </message>
    <message>
        <source>A bucket name may contain only lowercase letters, digits, dashes (-), underscores (_) and dots (.).</source>
        <translation>值區名稱只能包含小寫字母、數字、連字號 (-)、底線 (_) 和句點 (.)。</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>值區名稱必須以字母或數字開頭和結尾。</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters (with dots, up to 222, and at most 63 between two dots).</source>
        <translation>值區名稱長度為 3 到 63 個字元（含句點時最多 222 個，兩個句點之間最多 63 個）。</translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation>值區名稱不能是 IP 位址。</translation>
    </message>
    <message>
        <source>A bucket name cannot begin with “goog” or contain “google” (or a look-alike such as “g00gle”).</source>
        <translation>值區名稱不能以「goog」開頭，也不能包含「google」（或類似的寫法，例如「g00gle」）。</translation>
    </message>
    <message>
        <source>your Google account, signed in with gcloud</source>
        <translation>你的 Google 帳戶，透過 gcloud 登入</translation>
    </message>
    <message>
        <source>a service account</source>
        <translation>服務帳戶</translation>
    </message>
    <message>
        <source>an account from another identity provider</source>
        <translation>來自其他識別資訊提供者的帳戶</translation>
    </message>
    <message>
        <source>a service account, used through your account</source>
        <translation>透過你的帳戶使用的服務帳戶</translation>
    </message>
    <message>
        <source>an unknown kind of sign-in</source>
        <translation>不明類型的登入</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>檔案不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read as a sign-in.</source>
        <translation>無法將這個檔案讀取為登入資訊。</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>在 Google Cloud 控制台中，開啟「IAM」→「服務帳戶」→「金鑰」，然後新增 JSON 金鑰。</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>在 Google Cloud 控制台中，開啟「API 和服務」→「憑證」，建立類型為「桌面應用程式」的 OAuth 用戶端，然後下載它的 JSON。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>請確認檔案仍然存在，而且你有權限開啟。</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 太大，不可能是金鑰檔案。</translation>
    </message>
    <message>
        <source>Choose the small .json file you downloaded from Google Cloud.</source>
        <translation>請選擇你從 Google Cloud 下載的小型 .json 檔案。</translation>
    </message>
    <message>
        <source>%1 is not a key file (it is not JSON).</source>
        <translation>%1 不是金鑰檔案（它不是 JSON）。</translation>
    </message>
    <message>
        <source>%1 is not a key file.</source>
        <translation>%1 不是金鑰檔案。</translation>
    </message>
    <message>
        <source>%1 holds a personal Google sign-in, not a service-account key.</source>
        <translation>%1 包含個人的 Google 登入資訊，而不是服務帳戶金鑰。</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>請改選「Google Cloud (gcloud)」，或索取服務帳戶金鑰。</translation>
    </message>
    <message>
        <source>%1 is not a complete service-account key.</source>
        <translation>%1 不是完整的服務帳戶金鑰。</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>這個檔案不是 Google 的 OAuth 用戶端檔案。</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>這個檔案不是桌面應用程式的 OAuth 用戶端檔案。</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>這個檔案是給網頁應用程式用的，不是桌面應用程式。</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>這個檔案是服務帳戶金鑰，不是桌面應用程式的 OAuth 用戶端。</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>請在「服務帳戶金鑰」下使用它，或下載「桌面應用程式」類型的 OAuth 用戶端。</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>這個 OAuth 用戶端檔案沒有用戶端 ID。</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>這個 OAuth 用戶端檔案沒有用戶端密鑰。</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>這個 OAuth 用戶端檔案中的 Google 網址有誤。</translation>
    </message>
    <message>
        <source>Enter the Google Cloud project ID first.</source>
        <translation>請先輸入 Google Cloud 專案 ID。</translation>
    </message>
    <message>
        <source>Enter the model&apos;s name, or press Test connection to list the models the server offers.</source>
        <translation>請輸入模型名稱，或按「測試連線」列出伺服器提供的模型。</translation>
    </message>
    <message>
        <source>The custom endpoint must start with https:// (or http://).</source>
        <translation>自訂端點必須以 https://（或 http://）開頭。</translation>
    </message>
    <message>
        <source>The proxy must look like http://host:port (or socks5://host:port).</source>
        <translation>Proxy 的格式必須像 http://host:port（或 socks5://host:port）。</translation>
    </message>
    <message>
        <source>Check the project</source>
        <translation>檢查專案</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>請先貼上你的 API 金鑰。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>在這裡貼上金鑰</translation>
    </message>
    <message>
        <source>saved in your password store; type a new key to replace it</source>
        <translation>已儲存在你的密碼儲存區；輸入新的金鑰即可取代</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>檢查金鑰</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>未傳送：%1</translation>
    </message>
    <message>
        <source>Change the setting, then send again.</source>
        <translation>請修改設定，然後再傳送一次。</translation>
    </message>
    <message>
        <source>Adding your files first…</source>
        <translation>正在先加入你的檔案…</translation>
    </message>
    <message>
        <source>Change the question, then send it again.</source>
        <translation>請修改問題，然後再傳送一次。</translation>
    </message>
    <message>
        <source>New chat. Ask anything.</source>
        <translation>新對話。想問什麼都可以。</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>正在儲存 %1 的副本…</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini 正在回答…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上傳 %1…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>Stopped. The answer so far is kept.</source>
        <translation>已停止。目前為止的回答都已保留。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>發生未預期的問題。詳細資訊在記錄檔中。</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>無法完成回答。</translation>
    </message>
    <message>
        <source>Gemini is still answering. Stop the answer first (Esc), then try again.</source>
        <translation>Gemini 還在回答。請先停止回答（Esc），然後再試一次。</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>這個對話已不存在。</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>已重新開啟。提出後續問題即可繼續。</translation>
    </message>
    <message>
        <source>The question is back in the box; its files could not be read back.</source>
        <translation>問題已放回輸入框；但無法讀回它的檔案。</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>對話標題</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Compare · %1</source>
        <comment>a compare of models, and its date</comment>
        <translation>比較 · %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>發生問題</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Gemini Desktop. You can go on working; if something looks wrong, restart the app. To help fix it, copy the report below into a bug report (it holds no keys or passwords).</source>
        <translation>Gemini Desktop 內部發生未預期的問題。你可以繼續使用；如果有東西看起來不對，請重新啟動應用程式。若要協助修正，請將下方的報告複製到錯誤回報中（報告不含任何金鑰或密碼）。</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>錯誤報告</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>複製報告</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>DialogFooter</name>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>DialogHeader</name>
    <message>
        <source>Welcome to Gemini Desktop</source>
        <translation>歡迎使用 Gemini Desktop</translation>
    </message>
    <message>
        <source>First, choose how Gemini Desktop should connect to Google&apos;s Gemini models. You can change this, or add other ways, later in Connection settings.</source>
        <translation>首先，請選擇 Gemini Desktop 要如何連線到 Google 的 Gemini 模型。你之後可以在「連線設定」中變更，或新增其他連線方式。</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>連線設定</translation>
    </message>
    <message>
        <source>Change a saved connection, or add another way to connect.</source>
        <translation>變更已儲存的連線，或新增其他連線方式。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Gemini Desktop keeps its own copy of the key in your password store, so the key file is no longer needed.</source>
        <translation>Gemini Desktop 已在你的密碼儲存區中保存金鑰副本，因此不再需要金鑰檔案。</translation>
    </message>
    <message>
        <source>The original key file is still on this computer. Anyone who gets it can use your Google Cloud project, so you may want to delete it:</source>
        <translation>原始的金鑰檔案仍在這台電腦上。任何取得它的人都能使用你的 Google Cloud 專案，建議你將它刪除：</translation>
    </message>
    <message>
        <source>Delete the original file</source>
        <translation>刪除原始檔案</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>“%1” is saved and in use</source>
        <translation>「%1」已儲存並使用中</translation>
    </message>
    <message>
        <source>Deleted. Only the copy in your password store is left.</source>
        <translation>已刪除。只剩下密碼儲存區中的副本。</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to attach</source>
        <translation>放開以附加</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs or text files</source>
        <translation>相片、影片、錄音、PDF 或文字檔</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>Connect…</source>
        <translation>連線…</translation>
    </message>
    <message>
        <source>Ask Gemini anything</source>
        <translation>向 Gemini 提出任何問題</translation>
    </message>
    <message>
        <source>Gemini Desktop sends your questions, photos and videos to Google&apos;s Gemini models and shows the answers here as they are written.</source>
        <translation>Gemini Desktop 會將你的問題、相片和影片傳送給 Google 的 Gemini 模型，並在這裡即時顯示寫出的回答。</translation>
    </message>
    <message>
        <source>Not connected to Gemini</source>
        <translation>尚未連線到 Gemini</translation>
    </message>
    <message>
        <source>Connect with a key from Google AI Studio, a Vertex AI project or another server, then ask your first question.</source>
        <translation>請用 Google AI Studio 的金鑰、Vertex AI 專案或其他伺服器連線，然後提出第一個問題。</translation>
    </message>
    <message>
        <source>Type a question or drop a photo to get started.</source>
        <translation>輸入問題或拖放相片即可開始。</translation>
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
        <translation>隱藏這則訊息</translation>
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
        <translation>貼上 Vertex AI Studio 設定中的 API 金鑰。它以「AQ.」開頭。Express 模式不需要專案或區域。</translation>
    </message>
    <message>
        <source>This way needs a Vertex AI key in express mode. A key from Google AI Studio belongs under “Gemini API key”.</source>
        <translation>這個方式需要 Express 模式的 Vertex AI 金鑰。Google AI Studio 的金鑰請在「Gemini API 金鑰」下使用。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>在此對話中尋找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一個結果（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一個結果（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>找不到符合項目</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>GcloudForm</name>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再檢查一次</translation>
    </message>
    <message>
        <source>Gemini Desktop uses the Google Cloud sign-in already on this computer. Choose which project pays for the requests.</source>
        <translation>Gemini Desktop 會使用這台電腦上已有的 Google Cloud 登入資訊。請選擇要由哪個專案支付請求費用。</translation>
    </message>
    <message>
        <source>Looking for a gcloud sign-in on this computer…</source>
        <translation>正在這台電腦上尋找 gcloud 登入資訊…</translation>
    </message>
    <message>
        <source>No gcloud sign-in was found on this computer.</source>
        <translation>在這台電腦上找不到 gcloud 登入資訊。</translation>
    </message>
    <message>
        <source>Install Google&apos;s gcloud tool, run this command in a terminal and sign in in the browser; then click Check again.</source>
        <translation>請安裝 Google 的 gcloud 工具，在終端機中執行這個指令並在瀏覽器中登入；然後按一下「再檢查一次」。</translation>
    </message>
    <message>
        <source>The sign-in file cannot be used.</source>
        <translation>無法使用這個登入檔案。</translation>
    </message>
    <message>
        <source>Found a sign-in: %1</source>
        <translation>找到登入資訊：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>類型：%1</translation>
    </message>
    <message>
        <source>From gcloud: %1</source>
        <translation>來自 gcloud：%1</translation>
    </message>
    <message>
        <source>From GOOGLE_APPLICATION_CREDENTIALS: %1</source>
        <translation>來自 GOOGLE_APPLICATION_CREDENTIALS：%1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>專案：%1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>This sign-in has no quota project, so Google may answer “quota exceeded” or “API not enabled”. To fix it, run this command in a terminal:</source>
        <translation>這個登入資訊沒有配額專案，因此 Google 可能會回覆「超出配額」或「API 未啟用」。如要修正，請在終端機中執行這個指令：</translation>
    </message>
</context>
<context>
    <name>GeminiKeyForm</name>
    <message>
        <source>Paste the key you created in Google AI Studio. It starts with “AQ.” (newer keys) or “AIza”.</source>
        <translation>貼上你在 Google AI Studio 建立的金鑰。它以「AQ.」（較新的金鑰）或「AIza」開頭。</translation>
    </message>
    <message>
        <source>This way needs a Gemini API key from Google AI Studio. A key from Vertex AI belongs under “Vertex AI express key”.</source>
        <translation>這個方式需要 Google AI Studio 的 Gemini API 金鑰。Vertex AI 的金鑰請在「Vertex AI Express 金鑰」下使用。</translation>
    </message>
</context>
<context>
    <name>GoogleSignInForm</name>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>使用 Google 帳戶登入</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>複製連結</translation>
    </message>
    <message>
        <source>Choose the OAuth client file first.</source>
        <translation>請先選擇 OAuth 用戶端檔案。</translation>
    </message>
    <message>
        <source>Sign in with Google first.</source>
        <translation>請先使用 Google 帳戶登入。</translation>
    </message>
    <message>
        <source>Choose the OAuth client file (type “Desktop app”) from your Google Cloud project, then sign in with your Google account in the browser.</source>
        <translation>請從你的 Google Cloud 專案選擇 OAuth 用戶端檔案（類型為「桌面應用程式」），然後在瀏覽器中以 Google 帳戶登入。</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <source>Choose the OAuth client file</source>
        <translation>選擇 OAuth 用戶端檔案</translation>
    </message>
    <message>
        <source>OAuth client %1 is ready. Now sign in.</source>
        <translation>OAuth 用戶端 %1 已就緒。現在請登入。</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>選擇其他…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Gemini Desktop is waiting…</source>
        <translation>請在瀏覽器中完成登入。Gemini Desktop 正在等候…</translation>
    </message>
    <message>
        <source>A browser window should have opened. If you do not see it, copy this link into your browser:</source>
        <translation>瀏覽器視窗應該已經開啟。如果沒有看到，請將這個連結複製到瀏覽器：</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy this link into your browser to sign in:</source>
        <translation>無法開啟瀏覽器。請將這個連結複製到瀏覽器中登入：</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等候</translation>
    </message>
    <message>
        <source>✓ Signed in as %1</source>
        <translation>✓ 已以 %1 身分登入</translation>
    </message>
    <message>
        <source>✓ Signed in with Google</source>
        <translation>✓ 已使用 Google 帳戶登入</translation>
    </message>
    <message>
        <source>Ready to sign in.</source>
        <translation>可以登入了。</translation>
    </message>
    <message>
        <source>First choose the client file.</source>
        <translation>請先選擇用戶端檔案。</translation>
    </message>
    <message>
        <source>Drop the OAuth client file (client_secret_….json) here</source>
        <translation>將 OAuth 用戶端檔案（client_secret_….json）拖放到這裡</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Report a bug…</source>
        <translation>回報錯誤(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;About Gemini Desktop</source>
        <translation>關於 Gemini Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>The log folder could not be opened.</source>
        <translation>無法開啟記錄檔資料夾。</translation>
    </message>
    <message>
        <source>The bug report page opens in your browser. Please attach the log file: Help ▸ Open log folder shows it.</source>
        <translation>錯誤回報頁面會在瀏覽器中開啟。請附上記錄檔：「說明 ▸ 開啟記錄檔資料夾」可以找到它。</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Conversation</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>Markdown, photos in a folder beside it (*.md)</source>
        <translation>Markdown，相片放在旁邊的資料夾 (*.md)</translation>
    </message>
    <message>
        <source>Web page, all in one file (*.html)</source>
        <translation>網頁，全部在一個檔案中 (*.html)</translation>
    </message>
    <message>
        <source>Conversation file, to import or replay (*.json)</source>
        <translation>對話檔案，可匯入或重播 (*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>匯出對話</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>匯入對話</translation>
    </message>
    <message>
        <source>Conversation files (*.json)</source>
        <translation>對話檔案 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>這個對話已不存在。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Exported from Gemini Desktop</source>
        <translation>從 Gemini Desktop 匯出</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考過程</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>files</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>missing from the history</source>
        <translation>不在記錄中</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>在結束前停止。</translation>
    </message>
    <message>
        <source>Interrupted: the app closed while this answer was arriving.</source>
        <translation>已中斷：這個回答傳送途中應用程式關閉了。</translation>
    </message>
    <message>
        <source>Still arriving when this was exported.</source>
        <translation>匯出時仍在接收中。</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>這個回答失敗了。</translation>
    </message>
    <message>
        <source>%1 tokens in</source>
        <translation>輸入 %1 個權杖</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>輸出 %1</translation>
    </message>
    <message>
        <source>%1 thinking</source>
        <translation>思考 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>從 %1 到 %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 欄</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新對話</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>開始新對話</translation>
    </message>
    <message>
        <source>Import conversation…</source>
        <translation>匯入對話…</translation>
    </message>
    <message>
        <source>Open a conversation exported as JSON</source>
        <translation>開啟以 JSON 匯出的對話</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>搜尋對話</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>沒有對話提到「%1」。</translation>
    </message>
    <message>
        <source>Your conversations will appear here, newest first.</source>
        <translation>你的對話會顯示在這裡，最新的在最上面。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重新命名…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>KeyFileForm</name>
    <message>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <source>Choose or drop the service account&apos;s key file first.</source>
        <translation>請先選擇或拖放服務帳戶的金鑰檔案。</translation>
    </message>
    <message>
        <source>Drop the service account&apos;s .json key file below, or choose it. Gemini Desktop keeps a copy in your password store.</source>
        <translation>將服務帳戶的 .json 金鑰檔案拖放到下方，或選擇它。Gemini Desktop 會在你的密碼儲存區中保存一份副本。</translation>
    </message>
    <message>
        <source>The key is saved in your password store</source>
        <translation>金鑰已儲存在你的密碼儲存區</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>取代…</translation>
    </message>
    <message>
        <source>Choose another key file</source>
        <translation>選擇其他金鑰檔案</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s key file</source>
        <translation>選擇服務帳戶的金鑰檔案</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>專案：%1</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>選擇其他…</translation>
    </message>
    <message>
        <source>Drop the key file (.json) here</source>
        <translation>將金鑰檔案 (.json) 拖放到這裡</translation>
    </message>
</context>
<context>
    <name>KeyringBar</name>
    <message>
        <source>Use for this session only</source>
        <translation>僅用於這個工作階段</translation>
    </message>
    <message>
        <source>Connections you save now are kept for this session only: Gemini Desktop forgets them when it closes.</source>
        <translation>現在儲存的連線只會保留到這個工作階段結束：Gemini Desktop 關閉時就會忘記。</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Restart Gemini Desktop in %1?</source>
        <translation>要以%1重新啟動 Gemini Desktop 嗎？</translation>
    </message>
    <message>
        <source>The open conversation and the text you are typing are kept. An answer still being written stops where it is.</source>
        <translation>開啟中的對話和正在輸入的文字都會保留。仍在撰寫中的回答會在目前的位置停止。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重新啟動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>LongAnswerBar</name>
    <message>
        <source>Show the whole answer</source>
        <translation>顯示完整回答</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>另存為檔案…</translation>
    </message>
    <message>
        <source>This answer is too long to show here whole (%1 characters): its start is above and its end below.</source>
        <translation>這個回答太長，無法在這裡完整顯示（%1 個字元）：上方是開頭，下方是結尾。</translation>
    </message>
    <message>
        <source>Save the answer as</source>
        <translation>將回答另存為</translation>
    </message>
    <message>
        <source>The answer could not be written: %1</source>
        <translation>無法儲存回答：%1</translation>
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
        <translation>連線</translation>
    </message>
    <message>
        <source>Which connection Gemini Desktop uses</source>
        <translation>Gemini Desktop 使用的連線</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未連線</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>連線設定…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隱藏這則訊息</translation>
    </message>
    <message>
        <source>Ask a question, or drop a photo or a video here and ask about it…</source>
        <translation>提出問題，或將相片或影片拖放到這裡後詢問相關問題…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>%1 to send · Enter for a new line</source>
        <translation>按 %1 傳送 · Enter 換行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>停止回答（Esc）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>Send the question (%1)</source>
        <translation>傳送問題（%1）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>From the environment variables · %1</source>
        <translation>來自環境變數 · %1</translation>
    </message>
    <message>
        <source>Open Connection settings to choose how to connect.</source>
        <translation>開啟「連線設定」來選擇連線方式。</translation>
    </message>
    <message>
        <source>Using %1 · %2</source>
        <translation>使用 %1 · %2</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新對話(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>開始新對話</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>匯入對話(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>匯出對話(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>連線設定(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Get code…</source>
        <translation>取得程式碼(&amp;G)…</translation>
    </message>
    <message>
        <source>The code that sends the question being written</source>
        <translation>傳送正在輸入的問題的程式碼</translation>
    </message>
    <message>
        <source>&amp;Describe a folder…</source>
        <translation>描述資料夾(&amp;D)…</translation>
    </message>
    <message>
        <source>Alt text, captions, keywords or titles for many photos at once</source>
        <translation>一次為多張相片產生替代文字、說明文字、關鍵字或標題</translation>
    </message>
    <message>
        <source>&amp;Unfinished batches</source>
        <translation>未完成的批次(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Conversation list</source>
        <translation>對話清單(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide your earlier conversations</source>
        <translation>顯示或隱藏先前的對話</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>對話</translation>
    </message>
    <message>
        <source>&amp;Settings panel</source>
        <translation>設定面板(&amp;S)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Show or hide the model and the settings used for answers</source>
        <translation>顯示或隱藏回答所用的模型和設定</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>比較模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Ask two or three models the same question side by side</source>
        <translation>並排向兩到三個模型問同一個問題</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Same as the computer (%1)</source>
        <translation>與電腦相同（%1）</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{file} is damaged or incomplete: the picture stops part of the way through.</source>
        <translation>{file} 已損壞或不完整：圖片只有一部分。</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again, then add it.</source>
        <translation>它可能還沒複製或下載完成；請重新複製後再加入。</translation>
    </message>
    <message>
        <source>{file} is damaged or not a complete picture.</source>
        <translation>{file} 已損壞，或不是完整的圖片。</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again, or choose another photo.</source>
        <translation>請用圖片檢視器開啟並重新儲存，或選擇其他相片。</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a device or a pipe).</source>
        <translation>{file} 不是一般檔案（它是裝置或管道）。</translation>
    </message>
    <message>
        <source>Save what you want to send as a file, then add that file.</source>
        <translation>請將要傳送的內容儲存成檔案，再加入該檔案。</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} 不存在。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; check the name and the folder.</source>
        <translation>它可能已被移動、重新命名或刪除；請檢查名稱和資料夾。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; add it again.</source>
        <translation>它可能已被移動、重新命名或刪除；請重新加入。</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>無法讀取 {file}：權限遭拒。</translation>
    </message>
    <message>
        <source>Give yourself read access to the file, or copy it somewhere readable.</source>
        <translation>請給自己讀取這個檔案的權限，或將它複製到可讀取的位置。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>Give the files inside it instead.</source>
        <translation>請改為加入資料夾中的檔案。</translation>
    </message>
    <message>
        <source>{file} is a shortcut (symbolic link) that leads back to itself.</source>
        <translation>{file} 是指回自己的捷徑（符號連結）。</translation>
    </message>
    <message>
        <source>Add the file it was meant to point to instead.</source>
        <translation>請改為加入它原本要指向的檔案。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>無法讀取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>請檢查檔案，然後再試一次。</translation>
    </message>
    <message>
        <source>{file} changed while it was being sent.</source>
        <translation>{file} 在傳送時被變更了。</translation>
    </message>
    <message>
        <source>Wait until the program writing it has finished, then send again.</source>
        <translation>請等寫入它的程式完成，然後再傳送一次。</translation>
    </message>
    <message>
        <source>{file} is {size}; Gemini reads files up to {limit}.</source>
        <translation>{file} 大小為 {size}；Gemini 可讀取的檔案上限為 {limit}。</translation>
    </message>
    <message>
        <source>A secure connection to Google could not be made.</source>
        <translation>無法與 Google 建立安全連線。</translation>
    </message>
    <message>
        <source>A secure connection to the server at {host} could not be made.</source>
        <translation>無法與 {host} 的伺服器建立安全連線。</translation>
    </message>
    <message>
        <source>If your network inspects secure traffic, ask its administrator for help.</source>
        <translation>如果你的網路會檢查加密流量，請向網路管理員尋求協助。</translation>
    </message>
    <message>
        <source>Could not reach Google.</source>
        <translation>無法連上 Google。</translation>
    </message>
    <message>
        <source>Could not reach the server at {host}.</source>
        <translation>無法連上 {host} 的伺服器。</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>請檢查網際網路連線（和 Proxy 設定），然後再試一次。</translation>
    </message>
    <message>
        <source>Google stopped answering for too long.</source>
        <translation>Google 停止回應太久了。</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering for too long.</source>
        <translation>{host} 的伺服器停止回應太久了。</translation>
    </message>
    <message>
        <source>Google sent no answer for {wait}.</source>
        <translation>Google 已經 {wait} 沒有傳回任何回答。</translation>
    </message>
    <message>
        <source>The server at {host} sent no answer for {wait}.</source>
        <translation>{host} 的伺服器已經 {wait} 沒有傳回任何回答。</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, choose a lower thinking level or check your proxy.</source>
        <translation>請再試一次。如果問題持續發生，請選擇較低的思考等級，或檢查你的 Proxy。</translation>
    </message>
    <message>
        <source>A web page came back instead of Gemini&apos;s answer.</source>
        <translation>傳回來的是網頁，而不是Gemini的回答。</translation>
    </message>
    <message>
        <source>The server at {host} answered with a web page, not with Gemini&apos;s answer.</source>
        <translation>{host}伺服器傳回的是網頁，而不是Gemini的回答。</translation>
    </message>
    <message>
        <source>If this network asks you to sign in first (a hotel or office Wi-Fi), open any web page in your browser and do so; otherwise check the server address and any proxy.</source>
        <translation>如果這個網路要求先登入（例如飯店或辦公室的Wi-Fi），請在瀏覽器中開啟任一網頁並登入；否則請檢查伺服器位址和所用的Proxy。</translation>
    </message>
    <message>
        <source>The answer stopped arriving: no more of it came for {wait}.</source>
        <translation>回答停止傳來：已經 {wait} 沒有收到後續內容。</translation>
    </message>
    <message>
        <source>What arrived is kept. Send again to get the whole answer.</source>
        <translation>已收到的內容都會保留。再傳送一次即可取得完整回答。</translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving.</source>
        <translation>接收回答時連線中斷了。</translation>
    </message>
    <message>
        <source>The connection to Google broke.</source>
        <translation>與 Google 的連線中斷了。</translation>
    </message>
    <message>
        <source>The connection to the server at {host} broke.</source>
        <translation>與 {host} 伺服器的連線中斷了。</translation>
    </message>
    <message>
        <source>Counting tokens is not available on the OpenAI-compatible API.</source>
        <translation>相容於 OpenAI 的 API 無法計算權杖數。</translation>
    </message>
    <message>
        <source>Use Vertex AI or the Gemini API to count tokens.</source>
        <translation>請使用 Vertex AI 或 Gemini API 來計算權杖數。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server address.</source>
        <translation>請再試一次；如果問題持續發生，請檢查伺服器位址。</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}).</source>
        <translation>無法儲存 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk has free space.</source>
        <translation>請選擇其他資料夾，或確認磁碟還有可用空間。</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>無法讀取 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>請確認檔案仍然存在，而且你有權限開啟。</translation>
    </message>
    <message>
        <source>{file} was exported by a newer version of Gemini Desktop (format version {version}), which this version cannot read.</source>
        <translation>{file} 是由較新版本的 Gemini Desktop 匯出（格式版本 {version}），這個版本無法讀取。</translation>
    </message>
    <message>
        <source>Update Gemini Desktop, then import it again.</source>
        <translation>請更新 Gemini Desktop，然後再匯入一次。</translation>
    </message>
    <message>
        <source>{file} is not a conversation exported by Gemini Desktop.</source>
        <translation>{file} 不是由 Gemini Desktop 匯出的對話。</translation>
    </message>
    <message>
        <source>Choose a .json file made with Export in Gemini Desktop.</source>
        <translation>請選擇用 Gemini Desktop 的「匯出」功能製作的 .json 檔案。</translation>
    </message>
    <message>
        <source>{file} is a Gemini Desktop conversation, but it is damaged, so it cannot be imported.</source>
        <translation>{file} 是 Gemini Desktop 的對話，但已損壞，因此無法匯入。</translation>
    </message>
    <message>
        <source>Export the conversation again, or choose another copy of the file.</source>
        <translation>請重新匯出對話，或選擇該檔案的其他副本。</translation>
    </message>
    <message>
        <source>{file} has no question to send again.</source>
        <translation>{file} 中沒有可以再次傳送的問題。</translation>
    </message>
    <message>
        <source>Give a question to ask with --prompt.</source>
        <translation>請用 --prompt 提供要詢問的問題。</translation>
    </message>
    <message>
        <source>Could not reach Google to renew your sign-in.</source>
        <translation>無法連上 Google 來更新你的登入資訊。</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>請檢查網際網路連線，然後再試一次。</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem renewing your sign-in.</source>
        <translation>Google 的登入服務在更新你的登入資訊時發生問題。</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service did not answer within {wait}.</source>
        <translation>Google 的登入服務在 {wait} 內沒有回應。</translation>
    </message>
    <message>
        <source>Google did not accept your saved sign-in.</source>
        <translation>Google 不接受你已儲存的登入資訊。</translation>
    </message>
    <message>
        <source>Sign in again, or choose another key file in Connection settings.</source>
        <translation>請重新登入，或在「連線設定」中選擇其他金鑰檔案。</translation>
    </message>
    <message>
        <source>Gemini Desktop is not connected to Gemini yet.</source>
        <translation>Gemini Desktop 尚未連線到 Gemini。</translation>
    </message>
    <message>
        <source>Open Connection settings and choose how to connect.</source>
        <translation>請開啟「連線設定」並選擇連線方式。</translation>
    </message>
    <message>
        <source>The address {url} given in {name} is not a web address.</source>
        <translation>{name} 中的位址 {url} 不是網址。</translation>
    </message>
    <message>
        <source>Give a full address such as https://example.com or http://localhost:8080/v1.</source>
        <translation>請提供完整的位址，例如 https://example.com 或 http://localhost:8080/v1。</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Gemini API key to use.</source>
        <translation>Gemini Desktop 沒有可用的 Gemini API 金鑰。</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio.</source>
        <translation>請將 GEMINI_API_KEY 設為 Google AI Studio 的金鑰。</translation>
    </message>
    <message>
        <source>Gemini Desktop has no server for the OpenAI-compatible API to use.</source>
        <translation>Gemini Desktop 沒有可用的 OpenAI 相容 API 伺服器。</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT for Vertex AI, or OPENAI_BASE_URL for another server.</source>
        <translation>請為 Vertex AI 設定 GOOGLE_CLOUD_PROJECT，或為其他伺服器設定 OPENAI_BASE_URL。</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Google Cloud project to use.</source>
        <translation>Gemini Desktop 沒有可用的 Google Cloud 專案。</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT (and sign in with gcloud), or set GOOGLE_API_KEY.</source>
        <translation>請設定 GOOGLE_CLOUD_PROJECT（並用 gcloud 登入），或設定 GOOGLE_API_KEY。</translation>
    </message>
    <message>
        <source>Gemini Desktop has no connection to use.</source>
        <translation>Gemini Desktop 沒有可用的連線。</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio, or GOOGLE_CLOUD_PROJECT for Vertex AI.</source>
        <translation>請將 GEMINI_API_KEY 設為 Google AI Studio 的金鑰，或為 Vertex AI 設定 GOOGLE_CLOUD_PROJECT。</translation>
    </message>
    <message>
        <source>The key for “{profile}” is missing from the password store.</source>
        <translation>密碼儲存區中找不到「{profile}」的金鑰。</translation>
    </message>
    <message>
        <source>Open Connection settings and enter the key again.</source>
        <translation>請開啟「連線設定」並重新輸入金鑰。</translation>
    </message>
    <message>
        <source>The saved Google sign-in of “{profile}” is damaged.</source>
        <translation>「{profile}」已儲存的 Google 登入資訊已損壞。</translation>
    </message>
    <message>
        <source>Open Connection settings and sign in with Google again.</source>
        <translation>請開啟「連線設定」並重新使用 Google 帳戶登入。</translation>
    </message>
    <message>
        <source>No Google Cloud sign-in was found on this computer.</source>
        <translation>在這台電腦上找不到 Google Cloud 登入資訊。</translation>
    </message>
    <message>
        <source>Run `gcloud auth application-default login`, or use an API key instead.</source>
        <translation>請執行 `gcloud auth application-default login`，或改用 API 金鑰。</translation>
    </message>
    <message>
        <source>The credentials file {path} ({source}) cannot be used.</source>
        <translation>無法使用憑證檔案 {path}（{source}）。</translation>
    </message>
    <message>
        <source>Check that the file exists and is a Google key or sign-in file.</source>
        <translation>請確認檔案存在，而且是 Google 金鑰或登入檔案。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>這個檔案</translation>
    </message>
    <message>
        <source>The key of {profile}</source>
        <translation>{profile} 的金鑰</translation>
    </message>
    <message>
        <source>{file} is not a key file (it is not JSON).</source>
        <translation>{file} 不是金鑰檔案（它不是 JSON）。</translation>
    </message>
    <message>
        <source>{file} holds a personal Google sign-in, not a service-account key.</source>
        <translation>{file} 包含個人的 Google 登入資訊，而不是服務帳戶金鑰。</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>請改選「Google Cloud (gcloud)」，或索取服務帳戶金鑰。</translation>
    </message>
    <message>
        <source>{file} is an OAuth client file, not a service-account key.</source>
        <translation>{file} 是 OAuth 用戶端檔案，不是服務帳戶金鑰。</translation>
    </message>
    <message>
        <source>Choose “Sign in with Google” to use it.</source>
        <translation>請選擇「使用 Google 帳戶登入」來使用它。</translation>
    </message>
    <message>
        <source>{file} is not a key file.</source>
        <translation>{file} 不是金鑰檔案。</translation>
    </message>
    <message>
        <source>{file} is not a complete service-account key.</source>
        <translation>{file} 不是完整的服務帳戶金鑰。</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>在 Google Cloud 控制台中，開啟「IAM」→「服務帳戶」→「金鑰」，然後新增 JSON 金鑰。</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>這個檔案不是 Google 的 OAuth 用戶端檔案。</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>這個檔案是給網頁應用程式用的，不是桌面應用程式。</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>這個檔案是服務帳戶金鑰，不是桌面應用程式的 OAuth 用戶端。</translation>
    </message>
    <message>
        <source>This file holds a saved Google sign-in, not an OAuth client for a desktop app.</source>
        <translation>這個檔案包含已儲存的 Google 登入資訊，不是桌面應用程式的 OAuth 用戶端。</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>這個檔案不是桌面應用程式的 OAuth 用戶端檔案。</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>這個 OAuth 用戶端檔案沒有用戶端 ID。</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>這個 OAuth 用戶端檔案沒有用戶端密鑰。</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>這個 OAuth 用戶端檔案中的 Google 網址有誤。</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>在 Google Cloud 控制台中，開啟「API 和服務」→「憑證」，建立類型為「桌面應用程式」的 OAuth 用戶端，然後下載它的 JSON。</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>請在「服務帳戶金鑰」下使用它，或下載「桌面應用程式」類型的 OAuth 用戶端。</translation>
    </message>
    <message>
        <source>Gemini Desktop could not wait for Google&apos;s answer on this computer.</source>
        <translation>Gemini Desktop 無法在這台電腦上等候 Google 的回覆。</translation>
    </message>
    <message>
        <source>Check that no security software blocks connections inside this computer, then try again.</source>
        <translation>請確認沒有安全軟體阻擋這台電腦內部的連線，然後再試一次。</translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation>登入花費的時間太長。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish in the browser within {wait}.</source>
        <translation>請再按一次「使用 Google 帳戶登入」，並在 {wait}內於瀏覽器中完成。</translation>
    </message>
    <message>
        <source>Could not reach Google to finish signing in.</source>
        <translation>無法連上 Google 來完成登入。</translation>
    </message>
    <message>
        <source>Check your internet connection, then sign in again.</source>
        <translation>請檢查網際網路連線，然後重新登入。</translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in could not be read.</source>
        <translation>無法讀取 Google 對登入的回覆。</translation>
    </message>
    <message>
        <source>Sign in again in a moment.</source>
        <translation>請稍後重新登入。</translation>
    </message>
    <message>
        <source>You did not allow Gemini Desktop to use Google Cloud.</source>
        <translation>你沒有允許 Gemini Desktop 使用 Google Cloud。</translation>
    </message>
    <message>
        <source>Sign in again and leave the Google Cloud permission ticked.</source>
        <translation>請重新登入，並保留勾選 Google Cloud 權限。</translation>
    </message>
    <message>
        <source>Google did not give Gemini Desktop lasting access to your account.</source>
        <translation>Google 沒有給予 Gemini Desktop 長期存取你帳戶的權限。</translation>
    </message>
    <message>
        <source>In your Google Account&apos;s settings, remove Gemini Desktop&apos;s access (Security → Third-party apps), then sign in again.</source>
        <translation>請在 Google 帳戶設定中移除 Gemini Desktop 的存取權（安全性 → 第三方應用程式），然後重新登入。</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in: it was not valid or has expired.</source>
        <translation>Google 不接受這次登入：它無效或已過期。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish the steps in one go.</source>
        <translation>請再按一次「使用 Google 帳戶登入」，並一次完成所有步驟。</translation>
    </message>
    <message>
        <source>Google does not recognise the OAuth client in this file.</source>
        <translation>Google 無法辨識這個檔案中的 OAuth 用戶端。</translation>
    </message>
    <message>
        <source>Download the Desktop app client&apos;s JSON again from Google Cloud Console.</source>
        <translation>請從 Google Cloud 控制台重新下載「桌面應用程式」用戶端的 JSON。</translation>
    </message>
    <message>
        <source>Google refused the sign-in because this OAuth client is not a Desktop app client.</source>
        <translation>Google 拒絕了登入，因為這個 OAuth 用戶端不是「桌面應用程式」用戶端。</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem.</source>
        <translation>Google 的登入服務發生問題。</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in.</source>
        <translation>Google 拒絕完成登入。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, download the client file again from Google Cloud Console.</source>
        <translation>請再按一次「使用 Google 帳戶登入」。如果仍然失敗，請從 Google Cloud 控制台重新下載用戶端檔案。</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was refused.</source>
        <translation>瀏覽器傳回的回覆不屬於這次登入，因此已被拒絕。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again.</source>
        <translation>請再按一次「使用 Google 帳戶登入」。</translation>
    </message>
    <message>
        <source>You cancelled the sign-in.</source>
        <translation>你已取消登入。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and choose Allow when you are ready.</source>
        <translation>請再按一次「使用 Google 帳戶登入」，準備好後選擇「允許」。</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in.</source>
        <translation>Google 沒有完成登入。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, ask the person who manages your Google account.</source>
        <translation>請再按一次「使用 Google 帳戶登入」。如果仍然失敗，請詢問管理你 Google 帳戶的人。</translation>
    </message>
    <message>
        <source>Google&apos;s answer had no sign-in code in it.</source>
        <translation>Google 的回覆中沒有登入代碼。</translation>
    </message>
    <message>
        <source>Cloud Storage</source>
        <translation>Cloud Storage</translation>
    </message>
    <message>
        <source>The Gemini API&apos;s file storage</source>
        <translation>Gemini API 的檔案儲存空間</translation>
    </message>
    <message>
        <source>The file {file} could not be read, so it was not saved with the message.</source>
        <translation>無法讀取檔案 {file}，因此沒有和訊息一起儲存。</translation>
    </message>
    <message>
        <source>Check that it still exists and attach it again.</source>
        <translation>請確認它仍然存在，然後重新附加。</translation>
    </message>
    <message>
        <source>A file attached to this conversation is missing from the history folder.</source>
        <translation>這個對話附加的某個檔案不在記錄資料夾中。</translation>
    </message>
    <message>
        <source>Attach it again if you still have it.</source>
        <translation>如果你還有這個檔案，請重新附加。</translation>
    </message>
    <message>
        <source>The file {file} changed while it was being saved.</source>
        <translation>檔案 {file} 在儲存時被變更了。</translation>
    </message>
    <message>
        <source>Attach it again once it has finished changing.</source>
        <translation>等它不再變更後，請重新附加。</translation>
    </message>
    <message>
        <source>{file} was not sent: it was moved or deleted after it was attached.</source>
        <translation>{file} 未傳送：它在附加後被移動或刪除了。</translation>
    </message>
    <message>
        <source>Attach it again from where it is now.</source>
        <translation>請從它現在的位置重新附加。</translation>
    </message>
    <message>
        <source>{file} was not sent: it cannot be read any more ({reason}).</source>
        <translation>{file} 未傳送：已無法讀取（{reason}）。</translation>
    </message>
    <message>
        <source>Check the file, then attach it again.</source>
        <translation>請檢查檔案，然後重新附加。</translation>
    </message>
    <message>
        <source>{file} is not a photo or a video.</source>
        <translation>{file} 不是相片或影片。</translation>
    </message>
    <message>
        <source>Only the photos and videos of a folder are described; it was left out.</source>
        <translation>只會描述資料夾中的相片和影片；這個檔案已略過。</translation>
    </message>
    <message>
        <source>The answer for {file} is not the JSON object the schema asks for.</source>
        <translation>{file} 的回答不是結構定義要求的 JSON 物件。</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, make the schema simpler.</source>
        <translation>請再試一次；如果問題持續發生，請將結構定義簡化。</translation>
    </message>
    <message>
        <source>Gemini sent no answer for {file}.</source>
        <translation>Gemini 沒有傳回 {file} 的回答。</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, ask in other words.</source>
        <translation>請再試一次；如果問題持續發生，請換個說法詢問。</translation>
    </message>
    <message>
        <source>Fix what Google&apos;s words name (the photo, the question or a setting), then send the photo again.</source>
        <translation>修正 Google 指出的問題（相片、問題或某項設定），然後再傳送一次相片。</translation>
    </message>
    <message>
        <source>Ask in other words, then send the photo again.</source>
        <translation>換個說法提問，然後再傳送一次相片。</translation>
    </message>
    <message>
        <source>Use a smaller copy of this photo, then send it again.</source>
        <translation>改用這張相片較小的副本，然後再傳送一次。</translation>
    </message>
    <message>
        <source>Send the photo again to get the whole answer.</source>
        <translation>再傳送一次相片，以取得完整的回答。</translation>
    </message>
    <message>
        <source>The batch job failed at Google before {file} was answered.</source>
        <translation>{file} 還沒有回答，Google 的批次工作就失敗了。</translation>
    </message>
    <message>
        <source>Send the photos without an answer again, as a batch job or one by one.</source>
        <translation>請再次傳送沒有回答的相片，以批次工作或逐一傳送皆可。</translation>
    </message>
    <message>
        <source>The batch job was not done in the time Google allows, so {file} has no answer.</source>
        <translation>批次工作未在 Google 允許的時間內完成，因此 {file} 沒有回答。</translation>
    </message>
    <message>
        <source>Send the photos without an answer again; a smaller batch is done sooner.</source>
        <translation>請再次傳送沒有回答的相片；批次越小，完成得越快。</translation>
    </message>
    <message>
        <source>The batch job was cancelled before {file} was answered.</source>
        <translation>{file} 還沒有回答，批次工作就已取消。</translation>
    </message>
    <message>
        <source>Send the photos without an answer again when you want them described.</source>
        <translation>需要描述時，請再次傳送沒有回答的相片。</translation>
    </message>
    <message>
        <source>The results of the batch job have nothing for {file}.</source>
        <translation>批次工作的結果中沒有 {file} 的內容。</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>請再傳送一次。</translation>
    </message>
    <message>
        <source>This connection cannot send batch jobs.</source>
        <translation>這個連線無法傳送批次工作。</translation>
    </message>
    <message>
        <source>Batch jobs need the Gemini API, or Vertex AI with a Google account or service account and a Cloud Storage bucket.</source>
        <translation>批次工作需要 Gemini API，或使用 Google 帳戶或服務帳戶並設定 Cloud Storage 值區的 Vertex AI。</translation>
    </message>
    <message>
        <source>This API key may only be used from certain websites, apps or addresses.</source>
        <translation>這個 API 金鑰只能從特定的網站、應用程式或位址使用。</translation>
    </message>
    <message>
        <source>Remove the key&apos;s application restrictions in Google Cloud, or use another key.</source>
        <translation>請在 Google Cloud 移除金鑰的應用程式限制，或改用其他金鑰。</translation>
    </message>
    <message>
        <source>Google did not accept the API key.</source>
        <translation>Google 不接受這個 API 金鑰。</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in Google AI Studio.</source>
        <translation>請在「連線設定」中檢查金鑰，或在 Google AI Studio 建立新的金鑰。</translation>
    </message>
    <message>
        <source>Vertex AI did not accept the API key.</source>
        <translation>Vertex AI 不接受這個 API 金鑰。</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in the Vertex AI Studio settings.</source>
        <translation>請在「連線設定」檢查金鑰，或在 Vertex AI Studio 設定中建立新的金鑰。</translation>
    </message>
    <message>
        <source>This API key has expired.</source>
        <translation>這個 API 金鑰已過期。</translation>
    </message>
    <message>
        <source>Create a new key in Google AI Studio and paste it in Connection settings.</source>
        <translation>請在 Google AI Studio 建立新的金鑰，並貼到「連線設定」。</translation>
    </message>
    <message>
        <source>This Vertex AI express key has expired.</source>
        <translation>這個 Vertex AI Express 金鑰已過期。</translation>
    </message>
    <message>
        <source>Create a new key in the Vertex AI Studio settings and paste it in Connection settings.</source>
        <translation>請在 Vertex AI Studio 設定中建立新的金鑰，並貼到「連線設定」。</translation>
    </message>
    <message>
        <source>Google no longer accepts this older kind of key: create a new key in AI Studio.</source>
        <translation>Google 已不再接受這種舊式金鑰：請在 AI Studio 建立新的金鑰。</translation>
    </message>
    <message>
        <source>Keys that start with “AIza” stopped working with the Gemini API in 2026; the keys AI Studio makes now start with “AQ.”.</source>
        <translation>以「AIza」開頭的金鑰自 2026 年起無法再用於 Gemini API；AI Studio 現在建立的金鑰以「AQ.」開頭。</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not the Gemini API.</source>
        <translation>這個 API 金鑰僅限其他 Google 服務使用，不能用於 Gemini API。</translation>
    </message>
    <message>
        <source>Add “Generative Language API” to the key&apos;s API restrictions in Google Cloud, or create a new key in Google AI Studio.</source>
        <translation>請在 Google Cloud 將「Generative Language API」加入金鑰的 API 限制，或在 Google AI Studio 建立新的金鑰。</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not Vertex AI.</source>
        <translation>這個 API 金鑰僅限其他 Google 服務使用，不能用於 Vertex AI。</translation>
    </message>
    <message>
        <source>Add “Vertex AI API” to the key&apos;s API restrictions in Google Cloud, or use another key.</source>
        <translation>請在 Google Cloud 將「Vertex AI API」加入金鑰的 API 限制，或改用其他金鑰。</translation>
    </message>
    <message>
        <source>The Gemini API does not take this kind of key.</source>
        <translation>Gemini API 不接受這種金鑰。</translation>
    </message>
    <message>
        <source>It may be a Vertex AI express key: connect it as one, or use a key from Google AI Studio.</source>
        <translation>這可能是 Vertex AI Express 金鑰：請以該方式連線，或改用 Google AI Studio 的金鑰。</translation>
    </message>
    <message>
        <source>Vertex AI does not take this key: it is not an express-mode key.</source>
        <translation>Vertex AI 不接受這個金鑰：它不是 Express 模式的金鑰。</translation>
    </message>
    <message>
        <source>It may be a Gemini API key: connect it as one, or use a key from the Vertex AI Studio settings.</source>
        <translation>這可能是 Gemini API 金鑰：請以該方式連線，或改用 Vertex AI Studio 設定中的金鑰。</translation>
    </message>
    <message>
        <source>Google received an API key and a sign-in together, and takes only one of them.</source>
        <translation>Google 同時收到 API 金鑰和登入資訊，但只接受其中一種。</translation>
    </message>
    <message>
        <source>Gemini Desktop sends only one: a proxy or custom endpoint on the way may add the other. Remove it there, or connect without it.</source>
        <translation>Gemini Desktop 只會送出其中一種：途中的 Proxy 或自訂端點可能加上了另一種。請在那裡移除，或不透過它連線。</translation>
    </message>
    <message>
        <source>{service} is not turned on for this Google Cloud project.</source>
        <translation>這個 Google Cloud 專案尚未啟用 {service}。</translation>
    </message>
    <message>
        <source>The Vertex AI API is not turned on for this Google Cloud project.</source>
        <translation>這個 Google Cloud 專案尚未啟用 Vertex AI API。</translation>
    </message>
    <message>
        <source>The Gemini API is not turned on for this Google Cloud project.</source>
        <translation>這個Google Cloud專案尚未啟用Gemini API。</translation>
    </message>
    <message>
        <source>Open the link to enable it, wait a minute, then try again.</source>
        <translation>請開啟連結來啟用它，等待一分鐘後再試一次。</translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation>連結：{url}</translation>
    </message>
    <message>
        <source>Your sign-in has expired or is not valid.</source>
        <translation>你的登入資訊已過期或無效。</translation>
    </message>
    <message>
        <source>Sign in again in Connection settings.</source>
        <translation>請在「連線設定」中重新登入。</translation>
    </message>
    <message>
        <source>Your account lacks the permission {permission} in this project.</source>
        <translation>你的帳戶在這個專案中缺少 {permission} 權限。</translation>
    </message>
    <message>
        <source>Your account is not allowed to use this project or model.</source>
        <translation>你的帳戶無權使用這個專案或模型。</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Vertex AI User role, or pick another project.</source>
        <translation>請向專案擁有者索取「Vertex AI 使用者」角色，或選擇其他專案。</translation>
    </message>
    <message>
        <source>Google did not allow this API key to use this model or this feature.</source>
        <translation>Google 不允許這個 API 金鑰使用這個模型或功能。</translation>
    </message>
    <message>
        <source>Pick another model, or check the key in Google AI Studio (create a new one if it was restricted).</source>
        <translation>請選擇其他模型，或在 Google AI Studio 中檢查金鑰（如果它受到限制，請建立新的金鑰）。</translation>
    </message>
    <message>
        <source>The server at {host} did not allow this request.</source>
        <translation>{host} 的伺服器不允許這個請求。</translation>
    </message>
    <message>
        <source>Check the key and the model in Connection settings.</source>
        <translation>請在「連線設定」中檢查金鑰和模型。</translation>
    </message>
    <message>
        <source>This model was not found, or your project cannot use it in this region.</source>
        <translation>找不到這個模型，或你的專案無法在這個區域使用它。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found, or your project cannot use it in this region.</source>
        <translation>找不到模型「{model}」，或你的專案無法在這個區域使用它。</translation>
    </message>
    <message>
        <source>Pick another model from the list, or change the region.</source>
        <translation>請從清單中選擇其他模型，或變更區域。</translation>
    </message>
    <message>
        <source>The Gemini API has no model “{model}” that this key can use.</source>
        <translation>Gemini API 中沒有這個金鑰可使用的模型「{model}」。</translation>
    </message>
    <message>
        <source>The server at {host} did not find this model.</source>
        <translation>{host} 的伺服器找不到這個模型。</translation>
    </message>
    <message>
        <source>The server at {host} has no model “{model}”.</source>
        <translation>{host} 的伺服器沒有模型「{model}」。</translation>
    </message>
    <message>
        <source>Pick another model from the list.</source>
        <translation>請從清單中選擇其他模型。</translation>
    </message>
    <message>
        <source>You have sent more requests than your quota allows.</source>
        <translation>你傳送的請求數已超出配額。</translation>
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
        <translation>{host} 的伺服器收到的請求超過它允許的數量。</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>請稍候片刻，再試一次。</translation>
    </message>
    <message>
        <source>Google took too long to answer.</source>
        <translation>Google 回應的時間太長。</translation>
    </message>
    <message>
        <source>Google&apos;s service could not be reached through its gateway.</source>
        <translation>無法透過閘道連上 Google 的服務。</translation>
    </message>
    <message>
        <source>Google&apos;s service is overloaded or down for a moment.</source>
        <translation>Google 的服務暫時超載或停止運作。</translation>
    </message>
    <message>
        <source>Google&apos;s service cancelled this answer before it was finished.</source>
        <translation>Google 的服務在回答完成前取消了它。</translation>
    </message>
    <message>
        <source>Google&apos;s service had a problem answering.</source>
        <translation>Google 的服務在回答時發生問題。</translation>
    </message>
    <message>
        <source>The server at {host} took too long to answer.</source>
        <translation>{host} 的伺服器回應的時間太長。</translation>
    </message>
    <message>
        <source>The server at {host} cancelled this answer before it was finished.</source>
        <translation>{host} 的伺服器在回答完成前取消了它。</translation>
    </message>
    <message>
        <source>The server at {host} could not reach the service behind it.</source>
        <translation>{host} 的伺服器無法連上它後方的服務。</translation>
    </message>
    <message>
        <source>The server at {host} is overloaded or down for a moment.</source>
        <translation>{host} 的伺服器暫時超載或停止運作。</translation>
    </message>
    <message>
        <source>The server at {host} had a problem answering.</source>
        <translation>{host} 的伺服器在回答時發生問題。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>請稍後再試一次。</translation>
    </message>
    <message>
        <source>Gemini&apos;s API is not offered in your country or region.</source>
        <translation>你所在的國家或地區無法使用 Gemini API。</translation>
    </message>
    <message>
        <source>Connect through Vertex AI with a Google Cloud project instead.</source>
        <translation>請改為透過 Vertex AI 搭配 Google Cloud 專案連線。</translation>
    </message>
    <message>
        <source>Google cannot answer requests for this project yet.</source>
        <translation>Google 目前還無法回應這個專案的請求。</translation>
    </message>
    <message>
        <source>Check that billing is turned on for the project, then try again.</source>
        <translation>請確認專案已啟用計費功能，然後再試一次。</translation>
    </message>
    <message>
        <source>The request is too large for Google to accept.</source>
        <translation>請求太大，Google 無法接受。</translation>
    </message>
    <message>
        <source>Remove some attachments or use smaller files.</source>
        <translation>請移除部分附件，或使用較小的檔案。</translation>
    </message>
    <message>
        <source>Google could not accept this request as it is.</source>
        <translation>Google 無法照原樣接受這個請求。</translation>
    </message>
    <message>
        <source>Change the settings or the message and send again; the details below say what.</source>
        <translation>請修改設定或訊息後再傳送一次；下方的詳細資訊會說明要修改什麼。</translation>
    </message>
    <message>
        <source>The answer stopped before the model said it was finished.</source>
        <translation>回答在模型表示完成之前就停止了。</translation>
    </message>
    <message>
        <source>Send again to get the whole answer.</source>
        <translation>再傳送一次即可取得完整回答。</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>伺服器傳回了這個應用程式無法讀取的回答。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation>請再試一次；如果問題持續發生，請回報這個問題。</translation>
    </message>
    <message>
        <source>The answer was stopped before it was finished.</source>
        <translation>回答在完成前被停止了。</translation>
    </message>
    <message>
        <source>Run the command again to get the whole answer.</source>
        <translation>請再執行一次指令以取得完整回答。</translation>
    </message>
    <message>
        <source>The answer arrived garbled.</source>
        <translation>收到的回答是亂碼。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check any proxy between you and Google.</source>
        <translation>請再試一次；如果問題持續發生，請檢查你與 Google 之間的 Proxy。</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it may break the safety rules.</source>
        <translation>Google 封鎖了這個提示，因為它可能違反安全規範。</translation>
    </message>
    <message>
        <source>Google blocked this prompt for a reason it did not give.</source>
        <translation>Google 封鎖了這個提示，但沒有說明原因。</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it contains a blocked word or phrase.</source>
        <translation>Google 封鎖了這個提示，因為其中包含遭封鎖的字詞。</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it asks for prohibited content.</source>
        <translation>Google 封鎖了這個提示，因為它要求違禁內容。</translation>
    </message>
    <message>
        <source>Google blocked this prompt because of what one of the images shows.</source>
        <translation>Google 封鎖了這個提示，因為其中一張圖片的內容。</translation>
    </message>
    <message>
        <source>The project&apos;s Model Armor policy blocked this prompt.</source>
        <translation>專案的 Model Armor 政策封鎖了這個提示。</translation>
    </message>
    <message>
        <source>Google blocked this prompt as an attempt to get around its rules.</source>
        <translation>Google 封鎖了這個提示，認為它企圖規避規範。</translation>
    </message>
    <message>
        <source>Google blocked this prompt.</source>
        <translation>Google 封鎖了這個提示。</translation>
    </message>
    <message>
        <source>Change the wording or the attachments and send again.</source>
        <translation>請修改措辭或附件後再傳送一次。</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Gemini Desktop can use, so it cannot save your key.</source>
        <translation>這台電腦沒有 Gemini Desktop 可用的密碼儲存區（keyring），因此無法儲存你的金鑰。</translation>
    </message>
    <message>
        <source>Use the key for this session only, or install GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>請僅在這個工作階段使用金鑰，或安裝 GNOME Keyring 或 KWallet 後重新登入桌面。</translation>
    </message>
    <message>
        <source>Your password store (keyring) is locked, so Gemini Desktop cannot read or save your key.</source>
        <translation>你的密碼儲存區（keyring）已鎖定，因此 Gemini Desktop 無法讀取或儲存你的金鑰。</translation>
    </message>
    <message>
        <source>Unlock it (your login password usually does), or use the key for this session only.</source>
        <translation>請將它解鎖（通常用你的登入密碼即可），或僅在這個工作階段使用金鑰。</translation>
    </message>
    <message>
        <source>Your password store (keyring) did not keep the key: Gemini Desktop could not read it back, so it is not saved.</source>
        <translation>你的密碼儲存區（keyring）沒有保存這個金鑰：Gemini Desktop 無法讀回，所以並未儲存。</translation>
    </message>
    <message>
        <source>Use the key for this session only, or set up GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>請只在這個工作階段使用金鑰，或設定 GNOME Keyring 或 KWallet 後重新登入桌面。</translation>
    </message>
    <message>
        <source>Your password store (keyring) refused to read or save the key.</source>
        <translation>你的密碼儲存區（keyring）拒絕讀取或儲存金鑰。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, use the key for this session only.</source>
        <translation>請再試一次；如果問題持續發生，請僅在這個工作階段使用金鑰。</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations right now because the disk is full.</source>
        <translation>磁碟已滿，Gemini Desktop 目前無法儲存對話。</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; free some space to save it.</source>
        <translation>這個對話會保留到你關閉應用程式為止；請釋出一些空間來儲存它。</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations because its data folder cannot be written to.</source>
        <translation>Gemini Desktop 無法寫入資料資料夾，因此無法儲存對話。</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; make {folder} writable to save it.</source>
        <translation>這個對話會保留到你關閉應用程式為止；請讓 {folder} 可以寫入以儲存它。</translation>
    </message>
    <message>
        <source>Gemini Desktop could not save this conversation.</source>
        <translation>Gemini Desktop 無法儲存這個對話。</translation>
    </message>
    <message>
        <source>It is kept until you close the app; try again, and report it if it keeps happening.</source>
        <translation>它會保留到你關閉應用程式為止；請再試一次，如果問題持續發生，請回報這個問題。</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist.</source>
        <translation>Cloud Storage 值區「{bucket}」不存在。</translation>
    </message>
    <message>
        <source>Check its name in Connection settings, or create it in the Google Cloud console.</source>
        <translation>請在「連線設定」中檢查名稱，或在 Google Cloud 控制台中建立它。</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist, so {file} cannot be uploaded.</source>
        <translation>Cloud Storage 值區「{bucket}」不存在，因此無法上傳 {file}。</translation>
    </message>
    <message>
        <source>Create it in Google Cloud Console or pick another in Connection settings.</source>
        <translation>請在 Google Cloud 控制台中建立它，或在「連線設定」中選擇其他值區。</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>你的帳戶無權將檔案上傳到 Cloud Storage 值區「{bucket}」。</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>{who} 無權將檔案上傳到 Cloud Storage 值區「{bucket}」。</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>你的帳戶無權將檔案上傳到 Cloud Storage 值區「{bucket}」，因此無法傳送 {file}。</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>{who} 無權將檔案上傳到 Cloud Storage 值區「{bucket}」，因此無法傳送 {file}。</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Storage Object User role on that bucket, or pick another bucket in Connection settings.</source>
        <translation>請向專案擁有者索取該值區的「Storage 物件使用者」角色，或在「連線設定」中選擇其他值區。</translation>
    </message>
    <message>
        <source>{where} refused {file} because too many uploads were made, or too much was stored, in a short time.</source>
        <translation>{where} 拒絕了 {file}，因為短時間內上傳次數太多或儲存量太大。</translation>
    </message>
    <message>
        <source>Wait {wait} and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>請等待 {wait}後再傳送一次。上傳到 Gemini API 的檔案會在 48 小時後自動刪除。</translation>
    </message>
    <message>
        <source>Wait a minute and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>請等待一分鐘後再傳送一次。上傳到 Gemini API 的檔案會在 48 小時後自動刪除。</translation>
    </message>
    <message>
        <source>{file} could not be uploaded.</source>
        <translation>無法上傳 {file}。</translation>
    </message>
    <message>
        <source>Send again; if it keeps failing, try a smaller copy of the file.</source>
        <translation>請再傳送一次；如果仍然失敗，請試試較小的檔案副本。</translation>
    </message>
    <message>
        <source>The upload of {file} made no progress for {wait}.</source>
        <translation>{file}的上傳已有{wait}沒有進展。</translation>
    </message>
    <message>
        <source>Send again: the upload goes on from where it stopped. If it keeps happening, check your proxy.</source>
        <translation>請重新傳送：上傳會從中斷的地方繼續。如果一再發生，請檢查你的Proxy。</translation>
    </message>
    <message>
        <source>The connection kept breaking while {file} was uploading.</source>
        <translation>上傳 {file} 時連線一再中斷。</translation>
    </message>
    <message>
        <source>Check your internet connection, then send again: the upload goes on from where it stopped.</source>
        <translation>請檢查網際網路連線，然後再傳送一次：上傳會從中斷的地方繼續。</translation>
    </message>
    <message>
        <source>Google received {file} but could not read it.</source>
        <translation>Google 收到了 {file}，但無法讀取。</translation>
    </message>
    <message>
        <source>The file may be damaged or in a format Gemini does not read; save it again as MP4, MP3, PDF, PNG or JPEG and send it again.</source>
        <translation>檔案可能已損壞，或是 Gemini 無法讀取的格式；請另存為 MP4、MP3、PDF、PNG 或 JPEG 後再傳送一次。</translation>
    </message>
    <message>
        <source>Cloud Storage did not say whether the bucket “{bucket}” can take uploads.</source>
        <translation>Cloud Storage 沒有說明值區「{bucket}」是否接受上傳。</translation>
    </message>
    <message>
        <source>Test the connection again in a moment.</source>
        <translation>請稍後再測試一次連線。</translation>
    </message>
    <message>
        <source>Google was still preparing {file} after {minutes} minutes.</source>
        <translation>經過 {minutes} 分鐘，Google 仍在處理 {file}。</translation>
    </message>
    <message>
        <source>Send again in a few minutes: the file is already uploaded and is not sent a second time.</source>
        <translation>請過幾分鐘再傳送一次：檔案已經上傳，不會重複傳送。</translation>
    </message>
    <message>
        <source>The answer hit the length limit; raise Max answer length in Settings to get more.</source>
        <translation>回答已達長度上限；請在「設定」中調高「回答長度上限」以取得更多內容。</translation>
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
        <translation>回答數</translation>
    </message>
    <message>
        <source>max answer length</source>
        <translation>回答長度上限</translation>
    </message>
    <message>
        <source>The answer was stopped because it may break the safety rules.</source>
        <translation>回答已停止，因為它可能違反安全規範。</translation>
    </message>
    <message>
        <source>The answer was stopped by the safety filter for {names}.</source>
        <translation>回答被 {names} 的安全篩選器停止了。</translation>
    </message>
    <message>
        <source>The answer was stopped by the server&apos;s content filter.</source>
        <translation>回答被伺服器的內容篩選器停止了。</translation>
    </message>
    <message>
        <source>The answer was stopped because it was repeating text from its training data too closely.</source>
        <translation>回答已停止，因為它與訓練資料中的文字過於相似。</translation>
    </message>
    <message>
        <source>The answer was stopped because it was in a language the model does not support.</source>
        <translation>回答已停止，因為它使用了模型不支援的語言。</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained a blocked word or phrase.</source>
        <translation>回答已停止，因為其中包含遭封鎖的字詞。</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained prohibited content.</source>
        <translation>回答已停止，因為其中包含違禁內容。</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained sensitive personal information.</source>
        <translation>回答已停止，因為其中包含敏感的個人資訊。</translation>
    </message>
    <message>
        <source>The answer was stopped because an image it made may break the safety rules.</source>
        <translation>回答已停止，因為它產生的圖片可能違反安全規範。</translation>
    </message>
    <message>
        <source>The answer was stopped because the model made a broken tool call.</source>
        <translation>回答已停止，因為模型發出了有誤的工具呼叫。</translation>
    </message>
    <message>
        <source>The answer was stopped for a reason the model did not give.</source>
        <translation>回答已停止，但模型沒有說明原因。</translation>
    </message>
    <message>
        <source>The answer ended early ({reason}).</source>
        <translation>回答提早結束（{reason}）。</translation>
    </message>
    <message>
        <source>Describe this image.</source>
        <translation>請描述這張圖片。</translation>
    </message>
    <message>
        <source>Describe this video.</source>
        <translation>請描述這部影片。</translation>
    </message>
    <message>
        <source>Describe this audio recording.</source>
        <translation>請描述這段錄音。</translation>
    </message>
    <message>
        <source>Summarize this document.</source>
        <translation>請摘要這份文件。</translation>
    </message>
    <message>
        <source>Summarize this text.</source>
        <translation>請摘要這段文字。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} 是空的。</translation>
    </message>
    <message>
        <source>Choose the file again, or another one.</source>
        <translation>請重新選擇檔案，或選擇其他檔案。</translation>
    </message>
    <message>
        <source>{file} is {size}; {where} reads files up to {limit}.</source>
        <translation>{file} 大小為 {size}；{where}可讀取的檔案上限為 {limit}。</translation>
    </message>
    <message>
        <source>{limit} and {over}</source>
        <translation>{limit}又 {over}</translation>
    </message>
    <message>
        <source>the Gemini API</source>
        <translation>Gemini API</translation>
    </message>
    <message>
        <source>Vertex AI</source>
        <translation>Vertex AI</translation>
    </message>
    <message>
        <source>{file} is {size}; the OpenAI-compatible connection sends files only inside the message, up to {limit} in all.</source>
        <translation>{file} 大小為 {size}；相容於 OpenAI 的連線只能在訊息內傳送檔案，總共最多 {limit}。</translation>
    </message>
    <message>
        <source>Use a smaller copy, or connect through the Gemini API or Vertex AI, which upload larger files.</source>
        <translation>請使用較小的副本，或透過可上傳較大檔案的 Gemini API 或 Vertex AI 連線。</translation>
    </message>
    <message>
        <source>{file} is {size}; without a Cloud Storage bucket, Vertex AI takes files only inside the message, up to {limit} in all.</source>
        <translation>{file} 大小為 {size}；沒有 Cloud Storage 值區時，Vertex AI 只接受訊息內的檔案，總共最多 {limit}。</translation>
    </message>
    <message>
        <source>Set a Cloud Storage bucket in Connection settings (it needs a Google Cloud project), or use a smaller copy of the file.</source>
        <translation>請在「連線設定」中設定 Cloud Storage 值區（需要 Google Cloud 專案），或使用較小的檔案副本。</translation>
    </message>
    <message>
        <source>{file} is {size}; files up to {limit} can be sent with the message.</source>
        <translation>{file} 大小為 {size}；隨訊息傳送的檔案上限為 {limit}。</translation>
    </message>
    <message>
        <source>Use a shorter clip or a smaller copy of the file.</source>
        <translation>請使用較短的片段，或較小的檔案副本。</translation>
    </message>
    <message>
        <source>Use a smaller copy of the file, or split it into parts.</source>
        <translation>請使用較小的檔案副本，或將它分割成幾個部分。</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos up to {limit} long.</source>
        <translation>{file} 長度為 {length}；Gemini 可讀取的影片長度上限為 {limit}。</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos with sound up to {limit} long.</source>
        <translation>{file} 長度為 {length}；Gemini 可讀取的有聲影片長度上限為 {limit}。</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads recordings up to {limit} long.</source>
        <translation>{file} 長度為 {length}；Gemini 可讀取的錄音長度上限為 {limit}。</translation>
    </message>
    <message>
        <source>Cut it into shorter parts and send them one at a time.</source>
        <translation>請將它剪成較短的片段，一次傳送一段。</translation>
    </message>
    <message>
        <source>This message has {count} photos; Gemini reads at most {limit} photos in one message.</source>
        <translation>這則訊息有 {count} 張相片；Gemini 每則訊息最多讀取 {limit} 張相片。</translation>
    </message>
    <message>
        <source>This message has {count} documents; Gemini reads at most {limit} documents in one message.</source>
        <translation>這則訊息有 {count} 份文件；Gemini 每則訊息最多讀取 {limit} 份文件。</translation>
    </message>
    <message>
        <source>This message has {count} videos; Gemini reads at most {limit} videos in one message.</source>
        <translation>這則訊息有 {count} 部影片；Gemini 每則訊息最多讀取 {limit} 部影片。</translation>
    </message>
    <message>
        <source>This message has {count} recordings; Gemini reads at most 1 recording in one message.</source>
        <translation>這則訊息有 {count} 段錄音；Gemini 每則訊息最多讀取 1 段錄音。</translation>
    </message>
    <message>
        <source>This message has {count} YouTube links; Gemini reads at most 1 YouTube link in one message.</source>
        <translation>這則訊息有 {count} 個 YouTube 連結；Gemini 每則訊息最多讀取 1 個 YouTube 連結。</translation>
    </message>
    <message>
        <source>Remove {file}, or send it in another message.</source>
        <translation>請移除 {file}，或在另一則訊息中傳送。</translation>
    </message>
    <message>
        <source>Remove {file} and {more} more, or send them in another message.</source>
        <translation>請移除 {file} 和另外 {more} 個檔案，或在另一則訊息中傳送。</translation>
    </message>
    <message>
        <source>{file} is a {kind} image, which Gemini cannot read.</source>
        <translation>{file} 是 {kind} 圖片，Gemini 無法讀取。</translation>
    </message>
    <message>
        <source>Save it as PNG or JPEG first (any image viewer can), then add it again.</source>
        <translation>請先另存為 PNG 或 JPEG（任何圖片檢視器都可以），然後重新加入。</translation>
    </message>
    <message>
        <source>{file} is not a kind of file Gemini can read.</source>
        <translation>{file} 不是 Gemini 能讀取的檔案類型。</translation>
    </message>
    <message>
        <source>Choose a photo (JPEG, PNG, WebP, HEIC), a video, a recording, a PDF or a text file.</source>
        <translation>請選擇相片（JPEG、PNG、WebP、HEIC）、影片、錄音、PDF 或文字檔。</translation>
    </message>
    <message>
        <source>There are {count} stop sequences; at most {limit} are allowed.</source>
        <translation>有 {count} 個停止序列；最多只能有 {limit} 個。</translation>
    </message>
    <message>
        <source>Remove some stop sequences.</source>
        <translation>請移除部分停止序列。</translation>
    </message>
    <message>
        <source>A stop sequence is empty.</source>
        <translation>有一個停止序列是空的。</translation>
    </message>
    <message>
        <source>Remove the empty stop sequence.</source>
        <translation>請移除空的停止序列。</translation>
    </message>
    <message>
        <source>A response schema only works when the answer format is JSON or a choice from a list (application/json or text/x.enum).</source>
        <translation>只有當回答格式是 JSON 或從清單中選擇（application/json 或 text/x.enum）時，回應結構定義才有作用。</translation>
    </message>
    <message>
        <source>Set the answer format to JSON, or remove the schema.</source>
        <translation>請將回答格式設為 JSON，或移除結構定義。</translation>
    </message>
    <message>
        <source>No model is chosen.</source>
        <translation>尚未選擇模型。</translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation>請選擇模型。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>訊息是空的。</translation>
    </message>
    <message>
        <source>Type a question or attach a file.</source>
        <translation>請輸入問題或附加檔案。</translation>
    </message>
    <message>
        <source>The {setting} is {value}, outside the allowed range {low} to {high}.</source>
        <translation>{setting}為 {value}，超出允許的範圍 {low} 到 {high}。</translation>
    </message>
    <message>
        <source>Choose a {setting} between {low} and {high}.</source>
        <translation>請選擇介於 {low} 和 {high} 之間的{setting}。</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>存在懲罰</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>頻率懲罰</translation>
    </message>
    <message>
        <source>logprobs</source>
        <translation>對數機率</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 小時</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} 分鐘</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Ask the connection for its list of models again</source>
        <translation>重新向連線索取模型清單</translation>
    </message>
    <message>
        <source>Refresh the list of models</source>
        <translation>重新整理模型清單</translation>
    </message>
    <message>
        <source>%1 · preview</source>
        <translation>%1 · 預先發布版</translation>
    </message>
    <message>
        <source>The connection&apos;s model</source>
        <translation>連線的模型</translation>
    </message>
    <message>
        <source>Loading the list of models…</source>
        <translation>正在載入模型清單…</translation>
    </message>
    <message>
        <source>Uses the connection&apos;s model, %1.</source>
        <translation>使用連線的模型 %1。</translation>
    </message>
    <message>
        <source>Not in this connection&apos;s list; sent as typed.</source>
        <translation>不在這個連線的清單中；會照輸入的內容傳送。</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>預先發布版</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>正式版</translation>
    </message>
    <message>
        <source>%1 · context %2 tokens · %3</source>
        <translation>%1 · 脈絡 %2 個權杖 · %3</translation>
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
        <translation>XMP 附屬檔</translation>
    </message>
    <message>
        <source>How should the sidecar files be named?</source>
        <translation>附屬檔要如何命名？</translation>
    </message>
    <message>
        <source>photo.xmp (Lightroom, Capture One, DxO)</source>
        <translation>photo.xmp（Lightroom、Capture One、DxO）</translation>
    </message>
    <message>
        <source>photo.jpg.xmp (digiKam, darktable)</source>
        <translation>photo.jpg.xmp（digiKam、darktable）</translation>
    </message>
    <message>
        <source>Sidecars already there are added to, never replaced; the photos are not changed.</source>
        <translation>現有的附屬檔只會補充內容，絕不取代；相片不會被更改。</translation>
    </message>
</context>
<context>
    <name>OpenAiServerForm</name>
    <message>
        <source>Enter the server&apos;s address first, for example http://localhost:11434/v1.</source>
        <translation>請先輸入伺服器位址，例如 http://localhost:11434/v1。</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>伺服器位址必須以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <source>Enter the address of a server that speaks the OpenAI API and, if it needs one, its key.</source>
        <translation>請輸入支援 OpenAI API 的伺服器位址，如果伺服器需要金鑰，也請輸入金鑰。</translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation>金鑰（選填）</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>只有伺服器要求時才需要</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation>伺服器上的模型名稱</translation>
    </message>
    <message>
        <source>Check that the key belongs to this server.</source>
        <translation>請確認這個金鑰屬於這台伺服器。</translation>
    </message>
    <message>
        <source>Check the address and key</source>
        <translation>檢查位址和金鑰</translation>
    </message>
</context>
<context>
    <name>ParameterDock</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>相片和影片</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>進階</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>全部重設為預設值</translation>
    </message>
    <message>
        <source>Put every setting here back to its default (the model&apos;s own choices)</source>
        <translation>將這裡的每項設定都恢復成預設值（模型本身的選擇）</translation>
    </message>
    <message>
        <source>The JSON schema needs fixing. %1</source>
        <translation>JSON 結構定義需要修正。%1</translation>
    </message>
    <message>
        <source>“Alternatives” only works with “Show how sure the model was” on. Switch that on, or reset Alternatives.</source>
        <translation>「替代字詞」必須在開啟「顯示模型的把握程度」時才有作用。請開啟該選項，或重設「替代字詞」。</translation>
    </message>
    <message>
        <source>%1 writes at most %2 tokens per answer, and Max answer length is %3. Lower Max answer length to %2 or less.</source>
        <translation>%1 每個回答最多寫出 %2 個權杖，而「回答長度上限」為 %3。請將「回答長度上限」降到 %2 以下。</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型預設值</translation>
    </message>
    <message>
        <source>Model default (%1)</source>
        <translation>模型預設值 (%1)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 個權杖</translation>
    </message>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>例如：請簡短回答，使用淺白的中文。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Safety filters only act on answers. “Judged by” works on Vertex AI only, and needs at least one filter set above.</source>
        <translation>安全篩選器只作用於回答。「判斷依據」只適用於 Vertex AI，且上方至少要設定一個篩選器。</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>預設值：</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>恢復預設值：%1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Which Gemini model answers. Pro models think harder; Flash models are faster and cost less. Type any part of a name to search, or type the name of a model that is not listed: it is sent as you typed it.</source>
        <translation>由哪個 Gemini 模型回答。Pro 模型思考得更深入；Flash 模型速度較快、費用較低。輸入名稱的任何部分即可搜尋，也可以輸入清單中沒有的模型名稱：會照你輸入的內容傳送。</translation>
    </message>
    <message>
        <source>the model chosen in Connection settings.</source>
        <translation>在「連線設定」中選擇的模型。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>溫度</translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0–0.5): focused and repeatable. High (1.5–2): varied and creative.</source>
        <translation>用字的大膽程度。低（0–0.5）：集中且可重複。高（1.5–2）：多變且有創意。</translation>
    </message>
    <message>
        <source>the model&apos;s own (1.0 for Gemini 2.x).</source>
        <translation>模型本身的值（Gemini 2.x 為 1.0）。</translation>
    </message>
    <message>
        <source>Max answer length</source>
        <translation>回答長度上限</translation>
    </message>
    <message>
        <source>The longest answer the model may write, in tokens (a token is about ¾ of a word: 1,000 tokens ≈ 750 words). The answer stops when it reaches this. On Gemini 2.5, thinking uses part of it.</source>
        <translation>模型可寫出的最長回答，以權杖計算（1 個權杖約為 ¾ 個英文單字，或約 1 個中文字）。回答達到這個長度就會停止。在 Gemini 2.5 上，思考會用掉其中一部分。</translation>
    </message>
    <message>
        <source>the model&apos;s own limit (65,536 tokens for Gemini 2.5).</source>
        <translation>模型本身的上限（Gemini 2.5 為 65,536 個權杖）。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Standing instructions the model follows for the whole conversation, such as “Answer in French” or “Explain it as you would to a beginner”.</source>
        <translation>模型在整個對話中都會遵循的固定指示，例如「用英文回答」或「像對初學者一樣解釋」。</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Search Google for up-to-date facts</source>
        <translation>搜尋 Google 取得最新資訊</translation>
    </message>
    <message>
        <source>Lets the model look things up on Google and show its sources. Useful for news and recent facts. Google may charge for searches beyond a free allowance.</source>
        <translation>讓模型在 Google 上查詢資料並顯示來源。適合新聞和近期的資訊。超過免費額度的搜尋可能會由 Google 收費。</translation>
    </message>
    <message>
        <source>off.</source>
        <translation>關閉。</translation>
    </message>
    <message>
        <source>Top-P</source>
        <translation>Top-P</translation>
    </message>
    <message>
        <source>How wide a choice of words the model considers (0–1). Lower keeps to the most likely words: plainer and safer. Higher lets in less likely ones: more surprising.</source>
        <translation>模型考慮的用字範圍（0–1）。較低時只用最可能的字詞：較平實、較保險。較高時也會用較不可能的字詞：較令人意外。</translation>
    </message>
    <message>
        <source>the model&apos;s own (0.95 for Gemini 2.x).</source>
        <translation>模型本身的值（Gemini 2.x 為 0.95）。</translation>
    </message>
    <message>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <source>The model picks each next word from only this many likely candidates (1–100; Vertex AI accepts up to 40). Lower: more predictable. Higher: more varied.</source>
        <translation>模型每次只從這麼多個可能的候選字中挑選下一個字（1–100；Vertex AI 最多接受 40）。較低：較容易預測。較高：較多變。</translation>
    </message>
    <message>
        <source>the model&apos;s own (often 40 or 64).</source>
        <translation>模型本身的值（通常為 40 或 64）。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答數</translation>
    </message>
    <message>
        <source>How many different answers the model writes at once (1–8). While an answer streams, only the first one is shown, so more mostly adds cost.</source>
        <translation>模型一次寫出幾個不同的回答（1–8）。回答串流時只會顯示第一個，所以設得更多主要只會增加費用。</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1。</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>停止於</translation>
    </message>
    <message>
        <source>The answer stops as soon as the model writes one of these words or phrases, which is left out. Capitals matter. Up to 5.</source>
        <translation>模型一寫出這些字詞之一，回答就會停止，且不包含該字詞。大小寫有差別。最多 5 個。</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>存在懲罰</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values nudge the model towards topics and words it has not used yet; negative values let it stay with what it already said.</source>
        <translation>從 −2 到 2。正值會引導模型使用還沒用過的主題和字詞；負值則讓它延續已經說過的內容。</translation>
    </message>
    <message>
        <source>the model&apos;s own (0: no nudge).</source>
        <translation>模型本身的值（0：不引導）。</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>頻率懲罰</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values make the model repeat the same words less often; negative values allow more repetition.</source>
        <translation>從 −2 到 2。正值會讓模型較少重複相同的字詞；負值則允許更多重複。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Set a number to get nearly the same answer when you ask the same question again with the same settings. Not guaranteed.</source>
        <translation>設定一個數字，用相同設定再問同一個問題時，就能得到幾乎相同的回答。不保證一定相同。</translation>
    </message>
    <message>
        <source>random: a new one for every answer.</source>
        <translation>隨機：每個回答都用新的種子。</translation>
    </message>
    <message>
        <source>Answer format</source>
        <translation>回答格式</translation>
    </message>
    <message>
        <source>Plain text: ordinary answers. JSON: structured data a program can read; describe its shape in the schema below. One choice from a list (text/x.enum): for sorting things into categories.</source>
        <translation>純文字：一般的回答。JSON：程式可讀取的結構化資料；請在下方的結構定義中描述它的形式。從清單中選擇（text/x.enum）：用於將項目分類。</translation>
    </message>
    <message>
        <source>plain text.</source>
        <translation>純文字。</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON 結構定義</translation>
    </message>
    <message>
        <source>The shape the JSON answer must have: its fields and their types (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Checked as you type.</source>
        <translation>JSON 回答必須具備的形式：欄位和它們的類型（OBJECT、ARRAY、STRING、NUMBER、INTEGER、BOOLEAN）。輸入時就會檢查。</translation>
    </message>
    <message>
        <source>none: any JSON.</source>
        <translation>無：任何 JSON 都可以。</translation>
    </message>
    <message>
        <source>Show how sure the model was</source>
        <translation>顯示模型的把握程度</translation>
    </message>
    <message>
        <source>Adds how likely each word of the answer was (token log probabilities). A preview feature with a small daily limit.</source>
        <translation>加上回答中每個字詞的可能性（權杖對數機率）。這是預先發布版功能，每日上限很低。</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>替代字詞</translation>
    </message>
    <message>
        <source>How many other likely words to list at each step (1–20). Needs “Show how sure the model was” on.</source>
        <translation>每一步要列出幾個其他可能的字詞（1–20）。需要開啟「顯示模型的把握程度」。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>How much the model thinks before it answers. More helps with hard questions but is slower and costs more. Each model offers its own levels.</source>
        <translation>模型在回答前思考的程度。思考越多，越能處理困難的問題，但也越慢、越貴。每個模型提供的等級各不相同。</translation>
    </message>
    <message>
        <source>the model&apos;s own level, marked (default).</source>
        <translation>模型自己的等級，標示為（預設）。</translation>
    </message>
    <message>
        <source>How much the model may think before it answers, in tokens. More helps with hard questions but is slower and costs more. Off: no thinking (Gemini 2.5 Pro cannot switch it off). Dynamic: the model decides.</source>
        <translation>模型回答前可以思考多少，以權杖計算。思考越多越能處理困難的問題，但速度較慢、費用較高。關閉：不思考（Gemini 2.5 Pro 無法關閉）。動態：由模型決定。</translation>
    </message>
    <message>
        <source>the model&apos;s own (dynamic on Gemini 2.5).</source>
        <translation>模型本身的值（Gemini 2.5 為動態）。</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>顯示思考過程</translation>
    </message>
    <message>
        <source>Shows a summary of the model&apos;s thinking above its answer, folded until you open it.</source>
        <translation>在回答上方顯示模型思考的摘要，展開前會保持收合。</translation>
    </message>
    <message>
        <source>on.</source>
        <translation>開啟。</translation>
    </message>
    <message>
        <source>Understand times in audio</source>
        <translation>理解音訊中的時間</translation>
    </message>
    <message>
        <source>For audio-only files: lets the model refer to moments by their time, such as “at 1:23”.</source>
        <translation>適用於只有音訊的檔案：讓模型能以時間指出某個時刻，例如「在 1:23」。</translation>
    </message>
    <message>
        <source>Media resolution</source>
        <translation>媒體解析度</translation>
    </message>
    <message>
        <source>How many tokens each picture or video frame uses: how closely the model looks at it. Low saves tokens and time on long videos. High lets the model read small text in pictures. Medium is in between.</source>
        <translation>每張圖片或每個影格使用多少權杖：也就是模型看得多仔細。低可在長影片上節省權杖和時間。高可讓模型讀出圖片中的小字。中則介於兩者之間。</translation>
    </message>
    <message>
        <source>the model decides.</source>
        <translation>由模型決定。</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>圖片細節</translation>
    </message>
    <message>
        <source>How large photos are when they are sent: at most 3,072 pixels on the long side (High), 1,536 (Balanced) or 768 (Low). Smaller photos upload faster and use fewer tokens, and are sent without camera details such as the location. Original sends each photo exactly as it is. Applies to every conversation.</source>
        <translation>相片傳送時的大小：長邊最多 3,072 像素（高）、1,536（平衡）或 768（低）。較小的相片上傳較快、使用的權杖較少，而且傳送時不含位置等相機資訊。「原始」會將每張相片照原樣傳送。套用於所有對話。</translation>
    </message>
    <message>
        <source>Balanced (1,536 pixels on the long side).</source>
        <translation>平衡（長邊 1,536 像素）。</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>判斷依據</translation>
    </message>
    <message>
        <source>Probability: blocks by how likely the answer is harmful. Severity: also weighs how harmful it would be. Only Vertex AI reads this; with an AI Studio key it is left out.</source>
        <translation>機率：依回答有害的可能性來封鎖。嚴重程度：同時考量危害的程度。只有 Vertex AI 會讀取這項設定；使用 AI Studio 金鑰時會略過。</translation>
    </message>
    <message>
        <source>the model&apos;s own (probability).</source>
        <translation>模型本身的值（機率）。</translation>
    </message>
    <message>
        <source>the model&apos;s own setting, which depends on the model.</source>
        <translation>模型本身的設定，依模型而定。</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>仇恨言論</translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation>危險內容</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>騷擾</translation>
    </message>
    <message>
        <source>Sexually explicit</source>
        <translation>情色露骨內容</translation>
    </message>
    <message>
        <source>Civic integrity</source>
        <translation>公民誠信</translation>
    </message>
    <message>
        <source>attacks on people for who they are</source>
        <translation>因身分而攻擊他人</translation>
    </message>
    <message>
        <source>help or encouragement to do harmful things</source>
        <translation>協助或鼓勵做出有害的事</translation>
    </message>
    <message>
        <source>bullying or threats against someone</source>
        <translation>對他人的霸凌或威脅</translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation>性相關內容</translation>
    </message>
    <message>
        <source>misleading claims about elections and voting</source>
        <translation>關於選舉和投票的誤導性說法</translation>
    </message>
    <message>
        <source>How readily answers with %1 are blocked. Block most: even at low risk. Block some: at medium risk and above. Block few: only at high risk. Don&apos;t block: nothing is blocked, but the filter still rates each answer. Turn the filter off: it does not run at all.</source>
        <translation>含有%1的回答被封鎖的容易程度。封鎖多數：即使風險低也封鎖。封鎖部分：中度以上風險就封鎖。封鎖少數：只在高風險時封鎖。不封鎖：不會封鎖任何內容，但篩選器仍會評估每個回答。關閉篩選器：篩選器完全不執行。</translation>
    </message>
    <message>
        <source>Don&apos;t block (filters still run)</source>
        <translation>不封鎖（篩選器仍執行）</translation>
    </message>
    <message>
        <source>Turn the filter off</source>
        <translation>關閉篩選器</translation>
    </message>
    <message>
        <source>Nothing is blocked. The filter still runs: it rates each answer&apos;s risk and the answer says so.</source>
        <translation>不會封鎖任何內容。篩選器仍會執行：評估每個回答的風險，並在回答中標示。</translation>
    </message>
    <message>
        <source>The filter does not run at all: nothing is blocked and no risk is rated.</source>
        <translation>篩選器完全不執行：不封鎖任何內容，也不評估風險。</translation>
    </message>
    <message>
        <source>Block most (low and above)</source>
        <translation>封鎖多數（低度以上）</translation>
    </message>
    <message>
        <source>Block some (medium and above)</source>
        <translation>封鎖部分（中度以上）</translation>
    </message>
    <message>
        <source>Block few (only high)</source>
        <translation>封鎖少數（僅高度）</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>機率</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>純文字</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>從清單中選擇</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>由模型決定。</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Fewest tokens: cheaper and faster, and enough for most videos.</source>
        <translation>權杖最少：較便宜、較快，而且足以應付大多數影片。</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>More tokens, for more detail.</source>
        <translation>較多權杖，細節更多。</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>The most detail: small print in photos, scans and screenshots.</source>
        <translation>細節最多：相片、掃描文件和螢幕截圖中的小字。</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Exactly as taken, with the camera details such as the location.</source>
        <translation>照拍攝時的原樣，包含位置等相機資訊。</translation>
    </message>
    <message>
        <source>At most 3,072 pixels on the long side.</source>
        <translation>長邊最多 3,072 像素。</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>At most 1,536 pixels on the long side.</source>
        <translation>長邊最多 1,536 像素。</translation>
    </message>
    <message>
        <source>At most 768 pixels on the long side: the fastest, and the fewest tokens.</source>
        <translation>長邊最多 768 像素：最快，權杖也最少。</translation>
    </message>
    <message>
        <source>Photos are sent exactly as taken, with their camera details such as the GPS location.</source>
        <translation>相片會照拍攝時的原樣傳送，包含 GPS 位置等相機資訊。</translation>
    </message>
    <message>
        <source>%1 chooses this itself</source>
        <translation>%1 會自行決定這項設定</translation>
    </message>
    <message>
        <source>%1 writes one answer at a time</source>
        <translation>%1 一次只寫一個回答</translation>
    </message>
    <message>
        <source>%1 does not accept this setting</source>
        <translation>%1 不接受這項設定</translation>
    </message>
    <message>
        <source>%1 answers without thinking first</source>
        <translation>%1 回答前不會先思考</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Saved connection:</source>
        <translation>已儲存的連線：</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新增連線</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
</context>
<context>
    <name>QuestionFilesController</name>
    <message>
        <source>%1 opens once the question is saved.</source>
        <translation>問題儲存後即可開啟 %1。</translation>
    </message>
    <message>
        <source>%1 could not be opened. The details are in the log file.</source>
        <translation>無法開啟 %1。詳細資訊在記錄檔中。</translation>
    </message>
    <message>
        <source>No app on this computer could open %1.</source>
        <translation>這部電腦上沒有可開啟 %1 的應用程式。</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Line %1, column %2, in “%4”: %3</source>
        <translation>第 %1 行第 %2 欄，在「%4」中：%3</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 欄：%3</translation>
    </message>
    <message>
        <source>the schema is nested too deeply.</source>
        <translation>結構定義的巢狀層級太深。</translation>
    </message>
    <message>
        <source>the schema must be an object in curly braces, like { &quot;type&quot;: &quot;OBJECT&quot; }.</source>
        <translation>結構定義必須是大括號中的物件，例如 { &quot;type&quot;: &quot;OBJECT&quot; }。</translation>
    </message>
    <message>
        <source>a comma is missing between two entries.</source>
        <translation>兩個項目之間少了逗號。</translation>
    </message>
    <message>
        <source>a name in &quot;double quotes&quot; is expected here (or there is a comma too many).</source>
        <translation>這裡應該要有 &quot;雙引號&quot; 中的名稱（或是多了一個逗號）。</translation>
    </message>
    <message>
        <source>a colon (:) is missing after the name.</source>
        <translation>名稱後面少了冒號 (:)。</translation>
    </message>
    <message>
        <source>a value is missing here (or there is a comma too many).</source>
        <translation>這裡少了一個值（或是多了一個逗號）。</translation>
    </message>
    <message>
        <source>a text in quotes is not closed: add the closing &quot;.</source>
        <translation>引號中的文字沒有結束：請加上結尾的 &quot;。</translation>
    </message>
    <message>
        <source>a text in quotes runs over a line break: close it first.</source>
        <translation>引號中的文字跨越了換行：請先將它結束。</translation>
    </message>
    <message>
        <source>a backslash (\) starts an unknown code: write \\ for a backslash.</source>
        <translation>反斜線 (\) 開頭的是不明的代碼：反斜線本身請寫成 \\。</translation>
    </message>
    <message>
        <source>there is more text after the end of the schema.</source>
        <translation>結構定義結束後還有其他文字。</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>這不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>each part of the schema must be an object in curly braces.</source>
        <translation>結構定義的每個部分都必須是大括號中的物件。</translation>
    </message>
    <message>
        <source>&quot;anyOf&quot; must be a list of schemas in [ ].</source>
        <translation>&quot;anyOf&quot; 必須是 [ ] 中的結構定義清單。</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing. Add one of: %1.</source>
        <translation>缺少 &quot;type&quot;。請加上其中一個：%1。</translation>
    </message>
    <message>
        <source>%1 is not a type the model knows. Use one of: %2.</source>
        <translation>%1 不是模型認得的類型。請使用其中一個：%2。</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object that names each field, like { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</source>
        <translation>&quot;properties&quot; 必須是為每個欄位命名的物件，例如 { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }。</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be an object that describes one entry, like { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>&quot;items&quot; 必須是描述一個項目的物件，例如 { &quot;type&quot;: &quot;STRING&quot; }。</translation>
    </message>
    <message>
        <source>a list (ARRAY) needs &quot;items&quot; saying what each entry looks like, like &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>清單 (ARRAY) 需要 &quot;items&quot; 來說明每個項目的樣子，例如 &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }。</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be a list of field names, like [ &quot;name&quot;, &quot;age&quot; ].</source>
        <translation>&quot;required&quot; 必須是欄位名稱的清單，例如 [ &quot;name&quot;, &quot;age&quot; ]。</translation>
    </message>
    <message>
        <source>&quot;enum&quot; must be a list of the allowed values, like [ &quot;a&quot;, &quot;b&quot; ].</source>
        <translation>&quot;enum&quot; 必須是允許值的清單，例如 [ &quot;a&quot;, &quot;b&quot; ]。</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>For example:
%1</source>
        <translation>例如：
%1</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>回應結構定義</translation>
    </message>
    <message>
        <source>✓ The schema is valid.</source>
        <translation>✓ 結構定義有效。</translation>
    </message>
    <message>
        <source>Optional: describe the JSON the answer must follow.</source>
        <translation>選填：描述回答必須遵循的 JSON。</translation>
    </message>
</context>
<context>
    <name>SentFileChip</name>
    <message>
        <source>%1
Click to open it</source>
        <translation>%1
按一下即可開啟</translation>
    </message>
    <message>
        <source>%1
Open the video in your browser: %2</source>
        <translation>%1
在瀏覽器中開啟影片：%2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>%1
Not sent: it could not be read when the question was sent.</source>
        <translation>%1
未傳送：傳送問題時無法讀取這個檔案。</translation>
    </message>
</context>
<context>
    <name>SharedFields</name>
    <message>
        <source>A name you will recognise in the list</source>
        <translation>一個你在清單中認得出來的名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>for example http://localhost:11434/v1</source>
        <translation>例如 http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>伺服器位址</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 金鑰</translation>
    </message>
    <message>
        <source>your Google Cloud project ID</source>
        <translation>你的 Google Cloud 專案 ID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>專案 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>Vertex AI (native)</source>
        <translation>Vertex AI（原生）</translation>
    </message>
    <message>
        <source>Vertex AI (OpenAI-compatible)</source>
        <translation>Vertex AI（相容於 OpenAI）</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>optional, for example my-bucket</source>
        <translation>選填，例如 my-bucket</translation>
    </message>
    <message>
        <source>Cloud Storage bucket (for large files)</source>
        <translation>Cloud Storage 值區（用於大型檔案）</translation>
    </message>
    <message>
        <source>Cloud Storage bucket
(for large files)</source>
        <translation>Cloud Storage 值區
（用於大型檔案）</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB are uploaded here first. Leave empty to send only smaller files.</source>
        <translation>超過 15 MB 的影片和檔案會先上傳到這裡。留空則只傳送較小的檔案。</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>進階設定</translation>
    </message>
    <message>
        <source>leave empty to use Google&apos;s address</source>
        <translation>留空即使用 Google 的位址</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自訂端點</translation>
    </message>
    <message>
        <source>for example http://proxy.example.com:8080</source>
        <translation>例如 http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>隱藏金鑰</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>顯示金鑰</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Send the question</source>
        <translation>傳送問題</translation>
    </message>
    <message>
        <source>Stop the answer while it comes</source>
        <translation>停止正在產生的回答</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>在對話中尋找</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>尋找下一個</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>尋找上一個</translation>
    </message>
    <message>
        <source>Search your conversations</source>
        <translation>搜尋你的對話</translation>
    </message>
    <message>
        <source>Paste a picture or files into the question</source>
        <translation>將圖片或檔案貼到問題中</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>StopSequenceChip</name>
    <message>
        <source>Remove “%1”</source>
        <translation>移除「%1」</translation>
    </message>
</context>
<context>
    <name>StopSequenceEditor</name>
    <message>
        <source>Type a word, then press Enter</source>
        <translation>輸入字詞後按 Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>「%1」已在清單中。</translation>
    </message>
    <message>
        <source>You can have up to %1 stop sequences. Remove one to add another.</source>
        <translation>最多可以有 %1 個停止序列。請先移除一個再新增。</translation>
    </message>
</context>
<context>
    <name>ThinkingBudgetEdit</name>
    <message>
        <source>Model default</source>
        <translation>模型預設值</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>No thinking: faster and cheaper answers.</source>
        <translation>不思考：回答更快、更便宜。</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>動態</translation>
    </message>
    <message>
        <source>The model thinks as much as the question needs.</source>
        <translation>模型會依問題需要思考。</translation>
    </message>
    <message>
        <source>Up to…</source>
        <translation>最多…</translation>
    </message>
    <message>
        <source>Set the most tokens the model may think with.</source>
        <translation>設定模型思考時最多可用的權杖數。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>思考預算（權杖）</translation>
    </message>
</context>
<context>
    <name>ThinkingLevelEdit</name>
    <message>
        <source>Minimal</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>極高</translation>
    </message>
    <message>
        <source>Hardly any thinking: the fastest, cheapest answers.</source>
        <translation>幾乎不思考：最快、最便宜的回答。</translation>
    </message>
    <message>
        <source>A little thinking: quick answers to simple questions.</source>
        <translation>稍微思考：快速回答簡單的問題。</translation>
    </message>
    <message>
        <source>Balanced: enough thinking for most questions.</source>
        <translation>平衡：足以應付大多數問題的思考。</translation>
    </message>
    <message>
        <source>Deep thinking for hard questions: slower, costs more.</source>
        <translation>為困難問題深入思考：較慢、較貴。</translation>
    </message>
    <message>
        <source>The deepest thinking, for hard problems of many steps.</source>
        <translation>最深入的思考，適合需要許多步驟的難題。</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型預設值</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>由模型決定。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（預設）</translation>
    </message>
    <message>
        <source>%1 (not for this model)</source>
        <translation>%1（不適用於此模型）</translation>
    </message>
</context>
<context>
    <name>ThoughtsSection</name>
    <message>
        <source>Thinking…</source>
        <translation>思考中…</translation>
    </message>
    <message>
        <source>Hide thoughts</source>
        <translation>隱藏思考過程</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>顯示思考過程</translation>
    </message>
    <message>
        <source>What the model considered before answering</source>
        <translation>模型在回答前考慮的內容</translation>
    </message>
</context>
<context>
    <name>TokenCountController</name>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: remove “%3” (%4 tokens), then send again.</source>
        <translation>共有 %1 個權杖，超過這個模型能接受的 %2 個：請移除「%3」（%4 個權杖）後再傳送。</translation>
    </message>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: shorten the question, then send again.</source>
        <translation>共有 %1 個權杖，超過這個模型能接受的 %2 個：請縮短問題後再傳送。</translation>
    </message>
    <message>
        <source>This conversation is %1 tokens, more than the %2 this model takes: start a new chat to ask this.</source>
        <translation>這段對話共有 %1 個權杖，超過這個模型能接受的 %2 個：請開啟新對話再問這個問題。</translation>
    </message>
</context>
<context>
    <name>TokenCountLabel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n 個權杖</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 / %2 個權杖</translation>
    </message>
    <message>
        <source>The tokens this question would use, the conversation before it and its files included, and the most this model takes.</source>
        <translation>這個問題會用到的權杖數（包含之前的對話和其中的檔案），以及這個模型最多能接受的數量。</translation>
    </message>
    <message>
        <source>The tokens could not be counted just now.</source>
        <translation>目前無法計算權杖數。</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Conversation deleted.</source>
        <translation>已刪除對話。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>找回對話（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隱藏這則訊息</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <source>Uploading %1</source>
        <translation>正在上傳 %1</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>%1 的上傳</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop uploading and sending this message</source>
        <translation>停止上傳並取消傳送這則訊息</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1/%2 · %3%</translation>
    </message>
    <message>
        <source>%1 already uploaded</source>
        <translation>%1 已上傳過</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>已上傳 %1</translation>
    </message>
    <message>
        <source>Upload of %1 stopped</source>
        <translation>已停止上傳 %1</translation>
    </message>
</context>
<context>
    <name>UserTurnView</name>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Edit &amp; resend</source>
        <translation>編輯並重新傳送</translation>
    </message>
    <message>
        <source>Put this question back in the box to change it</source>
        <translation>將這個問題放回輸入框以便修改</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1（未傳送）</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>附件：%1</translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <source>Previous answer</source>
        <translation>上一個回答</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>下一個回答</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation>回答 %1 / %2</translation>
    </message>
</context>
<context>
    <name>WaitingLine</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop waiting for this answer</source>
        <translation>停止等候這個回答</translation>
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
        <translation>正在等候 Gemini · %1</translation>
    </message>
</context>
<context>
    <name>WaysPane</name>
    <message>
        <source>HOW TO CONNECT</source>
        <translation>連線方式</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>發生未預期的問題。詳細資訊在記錄檔中。</translation>
    </message>
</context>
</TS>
