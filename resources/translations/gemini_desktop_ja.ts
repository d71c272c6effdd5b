<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Gemini Desktop</source>
        <translation>Gemini Desktop について</translation>
    </message>
    <message>
        <source>Gemini Desktop</source>
        <translation>Gemini Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Ask Google&apos;s Gemini models about your questions, photos and videos.</source>
        <translation>質問や写真、動画について Google の Gemini モデルに尋ねられます。</translation>
    </message>
    <message>
        <source>Licensed under %1.</source>
        <translation>ライセンス：%1</translation>
    </message>
    <message>
        <source>Libraries it includes, and their licences</source>
        <translation>含まれるライブラリとそのライセンス</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>see its files</source>
        <translation>同梱のファイルを参照</translation>
    </message>
</context>
<context>
    <name>AnswerBrowser</name>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
</context>
<context>
    <name>AnswerFooter</name>
    <message>
        <source>question %1</source>
        <translation>質問 %1</translation>
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
        <translation>、</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a token count and its parts</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Tokens: %1</source>
        <translation>トークン: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典:</translation>
    </message>
</context>
<context>
    <name>AnswerNotifier</name>
    <message>
        <source>&amp;Notify when an answer is ready</source>
        <translation>回答ができたら通知(&amp;N)</translation>
    </message>
    <message>
        <source>When Gemini Desktop is in the background, say when an answer ends</source>
        <translation>Gemini Desktop がバックグラウンドにあるとき、回答が終わったことを知らせます</translation>
    </message>
    <message>
        <source>Gemini answered</source>
        <translation>Gemini が回答しました</translation>
    </message>
    <message>
        <source>The answer could not be completed</source>
        <translation>回答を最後まで受け取れませんでした</translation>
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
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>回答をコピー</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown としてコピー</translation>
    </message>
    <message>
        <source>Copy the answer with its formatting</source>
        <translation>書式ごと回答をコピー</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ask the same question again</source>
        <translation>同じ質問をもう一度送る</translation>
    </message>
    <message>
        <source>Get code</source>
        <translation>コードを取得</translation>
    </message>
    <message>
        <source>The code that sends this question</source>
        <translation>この質問を送信するコード</translation>
    </message>
    <message>
        <source>Gemini sent an empty answer.</source>
        <translation>Gemini から空の回答が届きました。</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>（停止しました）</translation>
    </message>
    <message>
        <source>The connection ended early, so this answer may be incomplete.</source>
        <translation>接続が途中で切れたため、この回答は不完全かもしれません。</translation>
    </message>
    <message>
        <source>The app closed before this answer was finished, so it may be incomplete.</source>
        <translation>回答が終わる前にアプリが閉じられたため、この回答は不完全かもしれません。</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>回答を最後まで受け取れませんでした。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>コードをコピーしました</translation>
    </message>
    <message>
        <source>Gemini is writing</source>
        <translation>Gemini が書いています</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>このコードをクリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>There is no saved connection called “%1”; the last one used is in use.</source>
        <translation>「%1」という保存済みの接続はありません。最後に使った接続を使っています。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>The list of models could not be loaded. %1</source>
        <translation>モデルの一覧を読み込めませんでした。%1</translation>
    </message>
</context>
<context>
    <name>Attachment</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>YouTube video</source>
        <translation>YouTube 動画</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（全体 %2）</translation>
    </message>
    <message>
        <source>link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
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
        <translation>削除（Delete）</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>video</source>
        <translation>動画</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>Clip… choose the part of the %1 to send</source>
        <translation>切り取り… %1 のどの部分を送るか選びます</translation>
    </message>
    <message>
        <source>Choose the part of %1 to send</source>
        <translation>%1 の送る部分を選ぶ</translation>
    </message>
    <message>
        <source>Double-click to choose the part to send.</source>
        <translation>ダブルクリックで送る部分を選べます。</translation>
    </message>
    <message>
        <source>Choose the &amp;part to send…</source>
        <translation>送る部分を選ぶ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>As in Settings</source>
        <translation>設定パネルと同じ</translation>
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
        <translation>最高（このファイルだけ）</translation>
    </message>
    <message>
        <source>Low detail</source>
        <translation>解像度 低</translation>
    </message>
    <message>
        <source>Medium detail</source>
        <translation>解像度 中</translation>
    </message>
    <message>
        <source>High detail</source>
        <translation>解像度 高</translation>
    </message>
    <message>
        <source>Ultra high detail</source>
        <translation>解像度 最高</translation>
    </message>
    <message>
        <source>&amp;Detail for this file</source>
        <translation>このファイルの解像度(&amp;D)</translation>
    </message>
    <message>
        <source>How closely the model looks at this file; models before Gemini 3 use the Settings&apos; media resolution.</source>
        <translation>モデルがこのファイルをどれだけ細かく見るかです。Gemini 3 より前のモデルは設定パネルのメディア解像度を使います。</translation>
    </message>
</context>
<context>
    <name>AttachmentController</name>
    <message>
        <source>Pasted image</source>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>ドロップした画像</translation>
    </message>
</context>
<context>
    <name>AttachmentDrop</name>
    <message>
        <source>%1 is on a website, not on this computer.</source>
        <translation>%1 はこのコンピュータではなく、ウェブサイト上にあります。</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>まず画像をコンピュータに保存してから、そのファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Download it to your computer first, then drop the file.</source>
        <translation>まずコンピュータにダウンロードしてから、そのファイルをドロップしてください。</translation>
    </message>
</context>
<context>
    <name>AttachmentLink</name>
    <message>
        <source>YouTube video %1</source>
        <translation>YouTube 動画 %1</translation>
    </message>
</context>
<context>
    <name>AttachmentLoader</name>
    <message>
        <source>%1 could not be read as a picture.</source>
        <translation>%1 を画像として読み込めませんでした。</translation>
    </message>
    <message>
        <source>Save the picture to your computer first, then drop the file.</source>
        <translation>まず画像をコンピュータに保存してから、そのファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>%1 is not a picture Gemini Desktop recognises.</source>
        <translation>%1 は Gemini Desktop が認識できる画像ではありません。</translation>
    </message>
    <message>
        <source>Copy or drag the picture again, or save it as a file and add that.</source>
        <translation>画像をもう一度コピーするかドラッグしてください。または、ファイルとして保存してからそのファイルを追加してください。</translation>
    </message>
    <message>
        <source>%1 could not be added because of an unexpected error.</source>
        <translation>予期しないエラーのため、%1 を追加できませんでした。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, the log file has the details.</source>
        <translation>もう一度お試しください。繰り返し起こる場合は、ログファイルに詳細があります。</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>&amp;Attach files…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Attach photos, videos, recordings, PDFs or text files (%1)</source>
        <translation>写真、動画、録音、PDF、テキスト ファイルを添付（%1）</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs and text (%1)</source>
        <translation>写真、動画、録音、PDF、テキスト（%1）</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>写真（%1）</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>動画（%1）</translation>
    </message>
    <message>
        <source>Recordings (%1)</source>
        <translation>録音（%1）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>ほかに %n 個のファイルを追加できませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>%n 個のファイルを追加しています…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>The connection&apos;s own model</source>
        <translation>接続のモデル</translation>
    </message>
    <message>
        <source>Through Vertex AI, a batch job keeps the photos and its results in a Cloud Storage bucket, and this connection has none. Add one in Connection settings… (Cloud Storage bucket), then choose Describe a folder again.</source>
        <translation>Vertex AI では、バッチジョブは写真と結果を Cloud Storage バケットに置きますが、この接続にはバケットがありません。［接続設定…］で追加し（Cloud Storage バケット）、もう一度［フォルダを説明］を選んでください。</translation>
    </message>
    <message>
        <source>%1 · %2 · Batch job: %3</source>
        <translation>%1 · %2 · バッチジョブ: %3</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4 done</source>
        <translation>%1 · %2: %4 件中 %3 件完了</translation>
    </message>
    <message>
        <source>A batch job sent to Google is not collected yet. File ▸ Unfinished batches shows how it is doing, and its results once it is done.</source>
        <translation>Google に送ったバッチジョブの結果をまだ受け取っていません。［ファイル］▸［未完了のバッチ］で進み具合を確認でき、終わると結果が表示されます。</translation>
    </message>
    <message>
        <source>Describing a folder stopped before every photo had its answer. File ▸ Unfinished batches goes on where it stopped.</source>
        <translation>フォルダの説明が、すべての写真に回答が付く前に止まりました。［ファイル］▸［未完了のバッチ］で、止まったところから続けられます。</translation>
    </message>
</context>
<context>
    <name>BatchExporter</name>
    <message>
        <source>%1 results saved in %2.</source>
        <translation>%1 件の結果を %2 に保存しました。</translation>
    </message>
    <message>
        <source>%1 XMP sidecars written beside the photos.</source>
        <translation>%1 個の XMP サイドカーを写真の横に書き込みました。</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>書き込めなかったもの: %1</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>結果をエクスポート</translation>
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
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>This photo goes again by itself in a moment.</source>
        <translation>この写真はまもなく自動的にもう一度送信されます。</translation>
    </message>
    <message>
        <source>This photo is in the batch job; its answer comes when the job ends.</source>
        <translation>この写真はバッチジョブに含まれています。ジョブが終わると回答が届きます。</translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n 件のリクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute this model&apos;s quota let through last time. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>写真 %n 枚: 前回このモデルの割り当てで処理できた 1 分あたり %2 枚のペースで 1 枚ずつ送ると、約 %1 かかります。1 つのバッチジョブにすると、Google が半額でまとめて回答します。通常は数時間で、その間ウィンドウを閉じてもかまいません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute a new project&apos;s quota allows. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>写真 %n 枚: 新しいプロジェクトの割り当てで可能な 1 分あたり %2 枚のペースで 1 枚ずつ送ると、約 %1 かかります。1 つのバッチジョブにすると、Google が半額でまとめて回答します。通常は数時間で、その間ウィンドウを閉じてもかまいません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job was cancelled, so %n photos have no answer.</source>
        <translation>
            <numerusform>バッチジョブがキャンセルされたため、%n 枚の写真に回答がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job expired: Google did not finish it in time, so %n photos have no answer.</source>
        <translation>
            <numerusform>バッチジョブの期限が切れました。Google が時間内に終えなかったため、%n 枚の写真に回答がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job failed at Google, so %n photos have no answer.</source>
        <translation>
            <numerusform>バッチジョブが Google で失敗したため、%n 枚の写真に回答がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos have no answer; each row says why. Retry failed sends them again one by one.</source>
        <translation>
            <numerusform>回答のない写真が %n 枚あります。理由は各行に表示されています。［失敗分を再試行］で 1 枚ずつ送り直せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued at Google</source>
        <translation>Google で順番待ち</translation>
    </message>
    <message>
        <source>Waiting to start at Google</source>
        <translation>Google で開始待ち</translation>
    </message>
    <message>
        <source>Running at Google</source>
        <translation>Google で実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Done, but only partly</source>
        <translation>完了（一部のみ）</translation>
    </message>
    <message>
        <source>Failed at Google</source>
        <translation>Google で失敗</translation>
    </message>
    <message>
        <source>Being cancelled at Google</source>
        <translation>Google でキャンセル中</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Paused at Google</source>
        <translation>Google で一時停止中</translation>
    </message>
    <message>
        <source>Expired: not done in the time Google allows</source>
        <translation>期限切れ: Google の制限時間内に終わりませんでした</translation>
    </message>
    <message>
        <source>The batch job expired: Google did not finish it in time.</source>
        <translation>バッチジョブの期限が切れました。Google が時間内に終えませんでした。</translation>
    </message>
    <message>
        <source>Being updated at Google</source>
        <translation>Google で更新中</translation>
    </message>
    <message>
        <source>In a state this version does not know</source>
        <translation>このバージョンが知らない状態</translation>
    </message>
    <message>
        <source>Batch job: preparing the photos, %1 of %2…</source>
        <translation>バッチジョブ: 写真を準備しています（%2 枚中 %1 枚）…</translation>
    </message>
    <message>
        <source>Batch job: uploading the prepared photos to Google…</source>
        <translation>バッチジョブ: 準備した写真を Google にアップロードしています…</translation>
    </message>
    <message>
        <source>Batch job: waiting for Google to accept the job…</source>
        <translation>バッチジョブ: Google がジョブを受け付けるのを待っています…</translation>
    </message>
    <message>
        <source>Batch job: %1</source>
        <translation>バッチジョブ: %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <translation>%1 件回答済み</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 件失敗</translation>
    </message>
    <message>
        <source>looked at %1; the window looks again by itself</source>
        <translation>%1 に確認済み。ウィンドウが自動でまた確認します</translation>
    </message>
    <message>
        <source>Google aims to finish a batch job within 24 hours; one not done after 48 hours expires, and its photos get no answer.</source>
        <translation>Google はバッチジョブを 24 時間以内に終えることを目標にしています。48 時間たっても終わらないジョブは期限切れになり、その写真には回答がありません。</translation>
    </message>
    <message>
        <source>Through Vertex AI a batch job may wait up to 72 hours to start; once it runs, what is not done within 24 hours is cancelled.</source>
        <translation>Vertex AI では、バッチジョブが開始まで最長 72 時間待つことがあります。実行が始まってから 24 時間以内に終わらなかった分はキャンセルされます。</translation>
    </message>
    <message>
        <source>The batch job failed at Google.</source>
        <translation>バッチジョブは Google で失敗しました。</translation>
    </message>
    <message>
        <source>Google says: %1</source>
        <translation>Google からのメッセージ: %1</translation>
    </message>
    <message>
        <source>The batch job was cancelled.</source>
        <translation>バッチジョブはキャンセルされました。</translation>
    </message>
    <message>
        <source>The batch job is done, but not every photo has its answer.</source>
        <translation>バッチジョブは完了しましたが、回答のない写真があります。</translation>
    </message>
    <message>
        <source>The batch job is done: every photo has its answer, ready for review.</source>
        <translation>バッチジョブは完了しました。すべての写真に回答があり、確認できます。</translation>
    </message>
</context>
<context>
    <name>BatchSession</name>
    <message>
        <source>This batch job was sent through another kind of connection (%1). Choose a connection of that kind, then open the batch again from File ▸ Unfinished batches.</source>
        <translation>このバッチジョブは別の種類の接続（%1）で送られました。その種類の接続を選び、［ファイル］▸［未完了のバッチ］からもう一度開いてください。</translation>
    </message>
    <message>
        <source>The batch job is reaching Google just now: it is cancelled there as soon as Google has made it.</source>
        <translation>バッチジョブはちょうど Google に届くところです。Google がジョブを作成したらすぐにキャンセルします。</translation>
    </message>
    <message>
        <source>Asking Google to cancel the batch job…</source>
        <translation>バッチジョブのキャンセルを Google に依頼しています…</translation>
    </message>
    <message>
        <source>Nothing more is sent now; Resume sends the rest later.</source>
        <translation>今は何も送信しません。残りは［再開］であとから送信します。</translation>
    </message>
    <message>
        <source>None of the photos could be prepared, so no batch job was sent.</source>
        <translation>準備できた写真がないため、バッチジョブは送られませんでした。</translation>
    </message>
    <message>
        <source>Google made batch job %1 just as you cancelled it; it is being cancelled there now.</source>
        <translation>キャンセルと同時に Google がバッチジョブ %1 を作成しました。Google で今キャンセルしています。</translation>
    </message>
    <message>
        <source>Sent to Google as batch job %1. You can close this window: the job goes on, and File ▸ Unfinished batches shows it again.</source>
        <translation>バッチジョブ %1 として Google に送りました。このウィンドウは閉じてもかまいません。ジョブは続き、［ファイル］▸［未完了のバッチ］でまた表示できます。</translation>
    </message>
    <message>
        <source>Cancelled before Google made the batch job: nothing runs there. Resume describes the photos one by one instead.</source>
        <translation>Google がバッチジョブを作成する前にキャンセルしました。Google では何も実行されていません。［再開］を押すと、代わりに写真を 1 枚ずつ説明します。</translation>
    </message>
    <message>
        <source>Send them one by one</source>
        <translation>1 枚ずつ送信</translation>
    </message>
    <message>
        <source>No batch job was sent.</source>
        <translation>バッチジョブは送られていません。</translation>
    </message>
    <message>
        <source>The batch job goes on at Google; the window looks at it again soon.</source>
        <translation>バッチジョブは Google で続いています。ウィンドウがまもなくもう一度確認します。</translation>
    </message>
    <message>
        <source>Stop sending the batch job? If Google has made it already, it is cancelled there at once. The photos get no answer; you can send them again later.</source>
        <translation>バッチジョブの送信を中止しますか？ Google がすでに作成していた場合は、すぐにキャンセルします。写真には回答がありませんが、後でもう一度送信できます。</translation>
    </message>
    <message>
        <source>Cancel the batch job</source>
        <translation>バッチジョブをキャンセル</translation>
    </message>
    <message>
        <source>Ask Google to cancel the batch job? Photos it has not answered yet get no answer; you can send them again later.</source>
        <translation>バッチジョブのキャンセルを Google に依頼しますか？ まだ回答のない写真には回答が付きません。あとでもう一度送れます。</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>ジョブをキャンセル</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>続行させる</translation>
    </message>
</context>
<context>
    <name>BatchSetupDialog</name>
    <message>
        <source>Describe a folder</source>
        <translation>フォルダを説明</translation>
    </message>
    <message>
        <source>No folder or files chosen yet.</source>
        <translation>フォルダもファイルもまだ選ばれていません。</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>フォルダを選ぶ…</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Include subfolders</source>
        <translation>サブフォルダも含める</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Why it is left out</source>
        <translation>除外する理由</translation>
    </message>
    <message>
        <source>Alt text (short, for screen readers)</source>
        <translation>代替テキスト（短く、スクリーン リーダー向け）</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>自分で書く質問</translation>
    </message>
    <message>
        <source>The fields of a JSON schema</source>
        <translation>JSON スキーマの各フィールド</translation>
    </message>
    <message>
        <source>What to ask of every photo</source>
        <translation>すべての写真について尋ねること</translation>
    </message>
    <message>
        <source>Choose a schema file…</source>
        <translation>スキーマ ファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Change in the Settings panel…</source>
        <translation>設定パネルで変更…</translation>
    </message>
    <message>
        <source>Send each photo&apos;s existing title and keywords along, as a hint</source>
        <translation>各写真の既存のタイトルとキーワードをヒントとして一緒に送る</translation>
    </message>
    <message>
        <source>Send as a batch job: half the price, usually done within hours</source>
        <translation>バッチジョブとして送る: 料金は半額、通常は数時間で完了</translation>
    </message>
    <message>
        <source>Ask for</source>
        <translation>依頼内容</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Photo detail</source>
        <translation>写真の精細さ</translation>
    </message>
    <message>
        <source>Describe</source>
        <translation>説明する</translation>
    </message>
    <message numerus="yes">
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n 個のファイルとフォルダ</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be sent: %1</source>
        <translation>送信するもの: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>除外するもの: %1</translation>
    </message>
    <message>
        <source>Photos and videos to send: %1 · Files left out: %2</source>
        <translation>送信する写真と動画: %1 · 除外するファイル: %2</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列: %1</translation>
    </message>
    <message>
        <source>Send as a batch job</source>
        <translation>バッチジョブとして送る</translation>
    </message>
    <message>
        <source>The photos&apos; location (GPS) and camera details stay on this computer.</source>
        <translation>写真の位置情報（GPS）とカメラの情報はこのコンピュータから出ません。</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>フォルダを選ぶ</translation>
    </message>
    <message>
        <source>Choose photos and videos</source>
        <translation>写真と動画を選ぶ</translation>
    </message>
    <message>
        <source>Choose a JSON schema</source>
        <translation>JSON スキーマを選ぶ</translation>
    </message>
    <message>
        <source>JSON schema (*.json)</source>
        <translation>JSON スキーマ (*.json)</translation>
    </message>
    <message>
        <source>This file is not a JSON schema that can be read.</source>
        <translation>このファイルは読み取れる JSON スキーマではありません。</translation>
    </message>
</context>
<context>
    <name>BatchTable</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>At Google</source>
        <translation>Google で処理中</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>再試行待ち</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>代替テキスト</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
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
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>失敗分を再試行</translation>
    </message>
    <message>
        <source>Send the photos that failed again</source>
        <translation>失敗した写真をもう一度送信します</translation>
    </message>
    <message>
        <source>Cancel the batch job…</source>
        <translation>バッチジョブをキャンセル…</translation>
    </message>
    <message>
        <source>Ask Google to stop the job; photos it has not answered get no answer</source>
        <translation>Google にジョブの停止を依頼します。回答のない写真には回答が付きません</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>選択した行を承認</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Without an answer</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Search files and results</source>
        <translation>ファイルと結果を検索</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>CSV for spreadsheets…</source>
        <translation>表計算ソフト用 CSV…</translation>
    </message>
    <message>
        <source>JSON Lines…</source>
        <translation>JSON Lines…</translation>
    </message>
    <message>
        <source>XMP sidecars beside the photos…</source>
        <translation>写真の横に XMP サイドカー…</translation>
    </message>
    <message>
        <source>Only approved rows</source>
        <translation>承認済みの行だけ</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 件中 %1 件完了</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer</source>
        <translation>
            <numerusform>%n 件回答なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n 件除外</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 spent</source>
        <translation>経過 %1</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Paused: the photos on their way finish, no new ones start</source>
        <translation>一時停止中: 送信中の写真は完了し、新しい写真は送信しません</translation>
    </message>
    <message>
        <source>Stopped: Resume sends the rest</source>
        <translation>停止しました: ［再開］で残りを送信します</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了しました</translation>
    </message>
</context>
<context>
    <name>ClipEditorDialog</name>
    <message>
        <source>Choose the part to send</source>
        <translation>送る部分を選ぶ</translation>
    </message>
    <message>
        <source>The model sees only the part between Start and End.</source>
        <translation>モデルが見るのは開始から終了までの部分だけです。</translation>
    </message>
    <message>
        <source>The model hears only the part between Start and End.</source>
        <translation>モデルが聞くのは開始から終了までの部分だけです。</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>終了(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Whole video</source>
        <translation>動画全体(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Whole recording</source>
        <translation>録音全体(&amp;W)</translation>
    </message>
    <message>
        <source>The end must come after the start. Change one of the times.</source>
        <translation>終了は開始より後にしてください。どちらかの時刻を変更してください。</translation>
    </message>
    <message>
        <source>The model will see the whole video.</source>
        <translation>モデルは動画全体を見ます。</translation>
    </message>
    <message>
        <source>The model will hear the whole recording.</source>
        <translation>モデルは録音全体を聞きます。</translation>
    </message>
    <message>
        <source>The model will see the whole video (%1).</source>
        <translation>モデルは動画全体（%1）を見ます。</translation>
    </message>
    <message>
        <source>The model will hear the whole recording (%1).</source>
        <translation>モデルは録音全体（%1）を聞きます。</translation>
    </message>
    <message>
        <source>The model will see %1 to the end.</source>
        <translation>モデルは %1 から最後までを見ます。</translation>
    </message>
    <message>
        <source>The model will hear %1 to the end.</source>
        <translation>モデルは %1 から最後までを聞きます。</translation>
    </message>
    <message>
        <source>The model will see %1 to %2 (%3).</source>
        <translation>モデルは %1 から %2 まで（%3）を見ます。</translation>
    </message>
    <message>
        <source>The model will hear %1 to %2 (%3).</source>
        <translation>モデルは %1 から %2 まで（%3）を聞きます。</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeController</name>
    <message>
        <source>The code signs in with your Google Cloud credentials (gcloud); no key or token is written in it.</source>
        <translation>コードは Google Cloud の認証情報（gcloud）でログインします。キーやトークンはコードに書かれません。</translation>
    </message>
    <message>
        <source>The code reads your key from %1; the key is not written in it.</source>
        <translation>コードはキーを %1 から読み取ります。キーそのものはコードに書かれません。</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Get code</source>
        <translation>コードを取得</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Save code</source>
        <translation>コードを保存</translation>
    </message>
    <message>
        <source>Could not save the code: %1</source>
        <translation>コードを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Temperature: higher gives more varied answers</source>
        <translation>温度：高いほど回答に変化が出ます</translation>
    </message>
    <message>
        <source>Pick this one</source>
        <translation>これを選ぶ</translation>
    </message>
    <message>
        <source>Use this column&apos;s model and settings in the Settings panel</source>
        <translation>この列のモデルと設定を設定パネルで使います</translation>
    </message>
    <message>
        <source>Continue alone</source>
        <translation>単独で続ける</translation>
    </message>
    <message>
        <source>Open this column&apos;s conversation in the main window to go on with it</source>
        <translation>この列の会話をメインウィンドウで開いて続けます</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Adding your files first…</source>
        <translation>先にファイルを追加しています…</translation>
    </message>
    <message>
        <source>New compare. Ask anything.</source>
        <translation>新しい比較です。何でも聞いてください。</translation>
    </message>
    <message>
        <source>Only a column&apos;s latest answer can be asked again.</source>
        <translation>もう一度質問できるのは、各列の最新の回答だけです。</translation>
    </message>
    <message>
        <source>The Settings panel now uses %1.</source>
        <translation>設定パネルは %1 を使うようになりました。</translation>
    </message>
    <message>
        <source>Stop the answers first (Esc), then try again.</source>
        <translation>先に回答を停止 (Esc) してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini が回答しています…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に質問しています…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止しました</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 をアップロードしています…</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>再び開きました。続けるには追加の質問をしてください。</translation>
    </message>
</context>
<context>
    <name>CompareFacts</name>
    <message>
        <source>ended: %1</source>
        <translation>終了：%1</translation>
    </message>
    <message>
        <source>first words %1 s</source>
        <translation>最初の語まで %1 秒</translation>
    </message>
    <message>
        <source>total %1 s</source>
        <translation>合計 %1 秒</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
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
        <translation>モデルを比較</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>New compare</source>
        <translation>新しい比較</translation>
    </message>
    <message>
        <source>Empty every column and start again</source>
        <translation>すべての列を空にして最初からやり直します</translation>
    </message>
    <message>
        <source>Ask every column the same question; drop photos or videos here…</source>
        <translation>すべての列に同じ質問をします。写真や動画はここにドロップ…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop every answer (Esc)</source>
        <translation>すべての回答を停止 (Esc)</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>すべてに送信</translation>
    </message>
    <message>
        <source>Ask every column (%1)</source>
        <translation>すべての列に質問 (%1)</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>%1 Connections you add now can be kept for this session only.</source>
        <translation>%1 今追加する接続は、このセッションのあいだだけ保持できます。</translation>
    </message>
    <message>
        <source>The password store (keyring) is locked, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session. Unlock it, then restart Gemini Desktop to use your saved connections.</source>
        <translation>パスワード保管庫（キーリング）がロックされているため、Gemini Desktop は環境変数の接続を使います。ほかの接続はこのセッションのあいだしか保存できません。保存した接続を使うには、ロックを解除してから Gemini Desktop を再起動してください。</translation>
    </message>
    <message>
        <source>No password store (keyring) was found, so Gemini Desktop uses the connection from the environment variables and cannot save others beyond this session.</source>
        <translation>パスワード保管庫（キーリング）が見つからないため、Gemini Desktop は環境変数の接続を使います。ほかの接続はこのセッションのあいだしか保存できません。</translation>
    </message>
    <message>
        <source>Now using “%1”.</source>
        <translation>「%1」を使っています。</translation>
    </message>
    <message>
        <source>Saved “%1” and switched to it.</source>
        <translation>「%1」を保存して切り替えました。</translation>
    </message>
    <message>
        <source>The file could not be deleted. You can delete it yourself.</source>
        <translation>ファイルを削除できませんでした。ご自身で削除してください。</translation>
    </message>
    <message>
        <source>Connections are kept for this session only: this computer has no password store (keyring) Gemini Desktop can use, so they are forgotten when it closes.</source>
        <translation>接続はこのセッションのあいだだけ保持されます。このコンピュータには Gemini Desktop が使えるパスワード保管庫（キーリング）がないため、閉じると消えます。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to Gemini</source>
        <translation>Gemini に接続</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>Gemini Desktop is signing in and asking which models you can use.</source>
        <translation>Gemini Desktop がログインして、使えるモデルを問い合わせています。</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>接続しました: 1 個のモデルが使えます。</translation>
    </message>
    <message>
        <source>Connected: %1 models available.</source>
        <translation>接続しました: %1 個のモデルが使えます。</translation>
    </message>
    <message>
        <source>This connection works. Pick a model from the list if you like, then press Save.</source>
        <translation>この接続は使えます。必要なら一覧からモデルを選んで、［保存］を押してください。</translation>
    </message>
    <message>
        <source>This connection works, but the model “%1” is not among the ones it offers. Pick one from the Model list, then press Save.</source>
        <translation>この接続は使えますが、モデル「%1」は提供されていません。［モデル］の一覧から選んで、［保存］を押してください。</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB will be uploaded to the bucket “%1”.</source>
        <translation>15 MB を超える動画やファイルはバケット「%1」にアップロードされます。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>このセッションだけ使う</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>別のファイルを選ぶ</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度ログイン</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>予期しない問題が発生しました。</translation>
    </message>
    <message>
        <source>The details are in the log file.</source>
        <translation>詳細はログファイルにあります。</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Its settings and its key are removed from this computer. This cannot be undone.</source>
        <translation>この接続の設定とキーがこのコンピュータから削除されます。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>キーファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>削除しています…</translation>
    </message>
    <message>
        <source>Use it as “%1”</source>
        <translation>「%1」として使う</translation>
    </message>
    <message>
        <source>Open the page to turn it on</source>
        <translation>有効にするページを開く</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>新しいキーを作成</translation>
    </message>
    <message>
        <source>Open the key&apos;s restrictions</source>
        <translation>キーの制限を開く</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>ページを開く</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>The Gemini API did not take this key, but Vertex AI express did: it is a Vertex AI express key.</source>
        <translation>Gemini API はこのキーを受け付けませんでしたが、Vertex AI Express は受け付けました。これは Vertex AI Express キーです。</translation>
    </message>
    <message>
        <source>Vertex AI express did not take this key, but the Gemini API did: it is a Gemini API key.</source>
        <translation>Vertex AI Express はこのキーを受け付けませんでしたが、Gemini API は受け付けました。これは Gemini API キーです。</translation>
    </message>
    <message>
        <source>Choose another model</source>
        <translation>別のモデルを選ぶ</translation>
    </message>
    <message>
        <source>Check the endpoint</source>
        <translation>エンドポイントを確認</translation>
    </message>
    <message>
        <source>Check the bucket</source>
        <translation>バケットを確認</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>Gemini API キー</translation>
    </message>
    <message>
        <source>The easiest start: a free key from Google AI Studio.</source>
        <translation>いちばん簡単な始め方: Google AI Studio の無料のキー。</translation>
    </message>
    <message>
        <source>Get a key</source>
        <translation>キーを取得</translation>
    </message>
    <message>
        <source>Google AI Studio</source>
        <translation>Google AI Studio</translation>
    </message>
    <message>
        <source>Vertex AI express key</source>
        <translation>Vertex AI Express キー</translation>
    </message>
    <message>
        <source>A key for Vertex AI, without setting up a full Google Cloud project.</source>
        <translation>Google Cloud プロジェクトをすべて設定しなくても使える Vertex AI のキー。</translation>
    </message>
    <message>
        <source>Vertex AI express</source>
        <translation>Vertex AI Express</translation>
    </message>
    <message>
        <source>Google Cloud with gcloud</source>
        <translation>gcloud で Google Cloud</translation>
    </message>
    <message>
        <source>Uses the sign-in that Google&apos;s gcloud tool left on this computer.</source>
        <translation>Google の gcloud ツールがこのコンピュータに残したログイン情報を使います。</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>ログイン方法</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>サービス アカウントのキーファイル</translation>
    </message>
    <message>
        <source>A .json key file, usually sent by whoever runs your Google Cloud project.</source>
        <translation>.json のキーファイル。通常は Google Cloud プロジェクトの管理者から送られてきます。</translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>サービス アカウント</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Google でログイン</translation>
    </message>
    <message>
        <source>Your own Google account, with an OAuth client file from your project.</source>
        <translation>ご自身の Google アカウント。プロジェクトの OAuth クライアント ファイルを使います。</translation>
    </message>
    <message>
        <source>Create a client</source>
        <translation>クライアントを作成</translation>
    </message>
    <message>
        <source>Google account</source>
        <translation>Google アカウント</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server</source>
        <translation>OpenAI 互換の任意のサーバー</translation>
    </message>
    <message>
        <source>Another server that speaks the OpenAI API, such as a model on your network.</source>
        <translation>OpenAI API を話す別のサーバー。たとえばネットワーク上のモデルなど。</translation>
    </message>
    <message>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 互換サーバー</translation>
    </message>
    <message>
        <source>This looks like the content of a key file, not a key. Choose “Service-account key file” and pick the file instead.</source>
        <translation>これはキーではなく、キーファイルの中身のようです。「サービス アカウントのキーファイル」を選んで、ファイルを指定してください。</translation>
    </message>
    <message>
        <source>This is a temporary access token (it stops working within an hour), not an API key.</source>
        <translation>これは API キーではなく、一時的なアクセス トークンです（1 時間以内に使えなくなります）。</translation>
    </message>
    <message>
        <source>This belongs to an OAuth client, not an API key. Choose “Sign in with Google” and use the client&apos;s file.</source>
        <translation>これは API キーではなく、OAuth クライアントのものです。「Google でログイン」を選んで、クライアントのファイルを使ってください。</translation>
    </message>
    <message>
        <source>This is a saved Google sign-in (a refresh token), not an API key.</source>
        <translation>これは API キーではなく、保存された Google のログイン情報（更新トークン）です。</translation>
    </message>
    <message>
        <source>This looks like a key for an OpenAI-compatible server, not a Google key. Choose “Any OpenAI-compatible server”.</source>
        <translation>これは Google のキーではなく、OpenAI 互換サーバーのキーのようです。「OpenAI 互換の任意のサーバー」を選んでください。</translation>
    </message>
    <message>
        <source>The key contains spaces or line breaks. Copy it again, without them.</source>
        <translation>キーにスペースや改行が含まれています。それらを除いてもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Type only the bucket&apos;s name, such as my-bucket, not a web address.</source>
        <translation>ウェブアドレスではなく、my-bucket のようにバケット名だけを入力してください。</translation>
    </message>
    <message>
        <source>Bucket names use lowercase letters only: “%1”.</source>
        <translation>バケット名には小文字しか使えません: 「%1」</translation>
    </message>
    <message>
        <source>A bucket name may contain only lowercase letters, digits, dashes (-), underscores (_) and dots (.).</source>
        <translation>バケット名に使えるのは小文字、数字、ハイフン（-）、アンダースコア（_）、ドット（.）だけです。</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>バケット名は英字か数字で始まり、英字か数字で終わります。</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters (with dots, up to 222, and at most 63 between two dots).</source>
        <translation>バケット名は 3〜63 文字です（ドットを含む場合は 222 文字まで、ドットとドットの間は 63 文字まで）。</translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation>バケット名に IP アドレスは使えません。</translation>
    </message>
    <message>
        <source>A bucket name cannot begin with “goog” or contain “google” (or a look-alike such as “g00gle”).</source>
        <translation>バケット名は「goog」で始めることも、「google」（や「g00gle」のような似た文字列）を含むこともできません。</translation>
    </message>
    <message>
        <source>your Google account, signed in with gcloud</source>
        <translation>gcloud でログインしたご自身の Google アカウント</translation>
    </message>
    <message>
        <source>a service account</source>
        <translation>サービス アカウント</translation>
    </message>
    <message>
        <source>an account from another identity provider</source>
        <translation>別の ID プロバイダのアカウント</translation>
    </message>
    <message>
        <source>a service account, used through your account</source>
        <translation>ご自身のアカウント経由で使うサービス アカウント</translation>
    </message>
    <message>
        <source>an unknown kind of sign-in</source>
        <translation>不明な種類のログイン</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The file cannot be read as a sign-in.</source>
        <translation>このファイルはログイン情報として読み込めません。</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>Google Cloud コンソールで［IAM］→［サービス アカウント］→［キー］を開き、JSON キーを追加してください。</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>Google Cloud コンソールで［API とサービス］→［認証情報］を開き、種類が「デスクトップ アプリ」の OAuth クライアントを作成して、その JSON をダウンロードしてください。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>ファイルがまだ存在し、開く権限があることを確認してください。</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 はキーファイルにしては大きすぎます。</translation>
    </message>
    <message>
        <source>Choose the small .json file you downloaded from Google Cloud.</source>
        <translation>Google Cloud からダウンロードした小さな .json ファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 is not a key file (it is not JSON).</source>
        <translation>%1 はキーファイルではありません（JSON ではありません）。</translation>
    </message>
    <message>
        <source>%1 is not a key file.</source>
        <translation>%1 はキーファイルではありません。</translation>
    </message>
    <message>
        <source>%1 holds a personal Google sign-in, not a service-account key.</source>
        <translation>%1 にはサービス アカウントのキーではなく、個人の Google ログイン情報が入っています。</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>代わりに「Google Cloud（gcloud）」を選ぶか、サービス アカウントのキーを依頼してください。</translation>
    </message>
    <message>
        <source>%1 is not a complete service-account key.</source>
        <translation>%1 はサービス アカウントのキーとして不完全です。</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>このファイルは Google の OAuth クライアント ファイルではありません。</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>このファイルはデスクトップ アプリ用の OAuth クライアント ファイルではありません。</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>このファイルはデスクトップ アプリ用ではなく、ウェブ アプリケーション用です。</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>このファイルはデスクトップ アプリ用の OAuth クライアントではなく、サービス アカウントのキーです。</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>「サービス アカウントのキー」で使うか、デスクトップ アプリ用の OAuth クライアントをダウンロードしてください。</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>この OAuth クライアント ファイルにはクライアント ID がありません。</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>この OAuth クライアント ファイルにはクライアント シークレットがありません。</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>この OAuth クライアント ファイルには壊れた Google のアドレスが含まれています。</translation>
    </message>
    <message>
        <source>Enter the Google Cloud project ID first.</source>
        <translation>まず Google Cloud のプロジェクト ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the model&apos;s name, or press Test connection to list the models the server offers.</source>
        <translation>モデル名を入力するか、［接続をテスト］を押してサーバーが提供するモデルを一覧表示してください。</translation>
    </message>
    <message>
        <source>The custom endpoint must start with https:// (or http://).</source>
        <translation>カスタム エンドポイントは https://（または http://）で始める必要があります。</translation>
    </message>
    <message>
        <source>The proxy must look like http://host:port (or socks5://host:port).</source>
        <translation>プロキシは http://host:port（または socks5://host:port）の形式で入力してください。</translation>
    </message>
    <message>
        <source>Check the project</source>
        <translation>プロジェクトを確認</translation>
    </message>
    <message>
        <source>Paste your API key first.</source>
        <translation>まず API キーを貼り付けてください。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>paste the key here</source>
        <translation>ここにキーを貼り付け</translation>
    </message>
    <message>
        <source>saved in your password store; type a new key to replace it</source>
        <translation>パスワード保管庫に保存済み。置き換えるには新しいキーを入力</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>キーを確認</translation>
    </message>
</context>
<context>
    <name>ConversationController</name>
    <message>
        <source>Not sent: %1</source>
        <translation>送信されていません: %1</translation>
    </message>
    <message>
        <source>Change the setting, then send again.</source>
        <translation>設定を変更してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Adding your files first…</source>
        <translation>先にファイルを追加しています…</translation>
    </message>
    <message>
        <source>Change the question, then send it again.</source>
        <translation>質問を変更してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>New chat. Ask anything.</source>
        <translation>新しいチャットです。何でも聞いてください。</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>%1 のコピーを保存しています…</translation>
    </message>
    <message>
        <source>Gemini is answering…</source>
        <translation>Gemini が回答しています…</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 をアップロードしています…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Stopped. The answer so far is kept.</source>
        <translation>停止しました。ここまでの回答は残してあります。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>予期しない問題が発生しました。詳細はログファイルにあります。</translation>
    </message>
    <message>
        <source>The answer could not be completed.</source>
        <translation>回答を最後まで受け取れませんでした。</translation>
    </message>
    <message>
        <source>Gemini is still answering. Stop the answer first (Esc), then try again.</source>
        <translation>Gemini はまだ回答中です。先に回答を停止（Esc）してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>この会話はもう存在しません。</translation>
    </message>
    <message>
        <source>Reopened. Ask a follow-up question to continue.</source>
        <translation>再び開きました。続けるには追加の質問をしてください。</translation>
    </message>
    <message>
        <source>The question is back in the box; its files could not be read back.</source>
        <translation>質問を入力欄に戻しました。添付ファイルは読み込み直せませんでした。</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>会話のタイトル</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
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
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Something unexpected went wrong inside Gemini Desktop. You can go on working; if something looks wrong, restart the app. To help fix it, copy the report below into a bug report (it holds no keys or passwords).</source>
        <translation>Gemini Desktop の内部で予期しない問題が発生しました。このまま作業を続けられます。おかしな点があれば、アプリを再起動してください。修正に役立てるため、下のレポートをコピーしてバグ報告に貼り付けてください（キーやパスワードは含まれません）。</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>エラーレポート</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログフォルダを開く</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>DialogFooter</name>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>DialogHeader</name>
    <message>
        <source>Welcome to Gemini Desktop</source>
        <translation>Gemini Desktop へようこそ</translation>
    </message>
    <message>
        <source>First, choose how Gemini Desktop should connect to Google&apos;s Gemini models. You can change this, or add other ways, later in Connection settings.</source>
        <translation>まず、Gemini Desktop が Google の Gemini モデルにどう接続するかを選んでください。これはあとで［接続設定］で変更したり、別の方法を追加したりできます。</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>接続設定</translation>
    </message>
    <message>
        <source>Change a saved connection, or add another way to connect.</source>
        <translation>保存済みの接続を変更するか、別の接続方法を追加します。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Gemini Desktop keeps its own copy of the key in your password store, so the key file is no longer needed.</source>
        <translation>Gemini Desktop はキーのコピーをパスワード保管庫に保存しているので、キーファイルはもう必要ありません。</translation>
    </message>
    <message>
        <source>The original key file is still on this computer. Anyone who gets it can use your Google Cloud project, so you may want to delete it:</source>
        <translation>元のキーファイルはまだこのコンピュータにあります。これを手に入れた人は誰でもあなたの Google Cloud プロジェクトを使えるので、削除しておくことをおすすめします:</translation>
    </message>
    <message>
        <source>Delete the original file</source>
        <translation>元のファイルを削除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>“%1” is saved and in use</source>
        <translation>「%1」を保存して使用中です</translation>
    </message>
    <message>
        <source>Deleted. Only the copy in your password store is left.</source>
        <translation>削除しました。パスワード保管庫のコピーだけが残っています。</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to attach</source>
        <translation>ドロップして添付</translation>
    </message>
    <message>
        <source>Photos, videos, recordings, PDFs or text files</source>
        <translation>写真、動画、録音、PDF、テキスト ファイル</translation>
    </message>
</context>
<context>
    <name>EmptyStateWidget</name>
    <message>
        <source>Connect…</source>
        <translation>接続…</translation>
    </message>
    <message>
        <source>Ask Gemini anything</source>
        <translation>Gemini に何でも聞いてみましょう</translation>
    </message>
    <message>
        <source>Gemini Desktop sends your questions, photos and videos to Google&apos;s Gemini models and shows the answers here as they are written.</source>
        <translation>Gemini Desktop は、質問や写真、動画を Google の Gemini モデルに送り、書かれていく回答をここに表示します。</translation>
    </message>
    <message>
        <source>Not connected to Gemini</source>
        <translation>Gemini に接続していません</translation>
    </message>
    <message>
        <source>Connect with a key from Google AI Studio, a Vertex AI project or another server, then ask your first question.</source>
        <translation>Google AI Studio のキー、Vertex AI プロジェクト、または別のサーバーで接続してから、最初の質問をしてください。</translation>
    </message>
    <message>
        <source>Type a question or drop a photo to get started.</source>
        <translation>質問を入力するか、写真をドロップして始めましょう。</translation>
    </message>
</context>
<context>
    <name>ErrorAction</name>
    <message>
        <source>Open the page</source>
        <translation>ページを開く</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度ログイン</translation>
    </message>
    <message>
        <source>Choose a model</source>
        <translation>モデルを選ぶ</translation>
    </message>
    <message>
        <source>Edit the message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>もう一度お試しいただけます。</translation>
    </message>
    <message>
        <source>You can try again in %1 s.</source>
        <translation>%1 秒後にもう一度お試しいただけます。</translation>
    </message>
</context>
<context>
    <name>ExpressKeyForm</name>
    <message>
        <source>Paste the API key from the Vertex AI Studio settings. It starts with “AQ.”. Express mode needs no project or region.</source>
        <translation>Vertex AI Studio の設定にある API キーを貼り付けてください。キーは「AQ.」で始まります。Express モードではプロジェクトやリージョンは必要ありません。</translation>
    </message>
    <message>
        <source>This way needs a Vertex AI key in express mode. A key from Google AI Studio belongs under “Gemini API key”.</source>
        <translation>この方法には Express モードの Vertex AI キーが必要です。Google AI Studio のキーは「Gemini API キー」で使ってください。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this conversation</source>
        <translation>この会話内を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2 件</translation>
    </message>
</context>
<context>
    <name>GcloudForm</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <source>Gemini Desktop uses the Google Cloud sign-in already on this computer. Choose which project pays for the requests.</source>
        <translation>Gemini Desktop は、このコンピュータにすでにある Google Cloud のログイン情報を使います。リクエストの料金を支払うプロジェクトを選んでください。</translation>
    </message>
    <message>
        <source>Looking for a gcloud sign-in on this computer…</source>
        <translation>このコンピュータで gcloud のログイン情報を探しています…</translation>
    </message>
    <message>
        <source>No gcloud sign-in was found on this computer.</source>
        <translation>このコンピュータに gcloud のログイン情報は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Install Google&apos;s gcloud tool, run this command in a terminal and sign in in the browser; then click Check again.</source>
        <translation>Google の gcloud ツールをインストールし、ターミナルでこのコマンドを実行してブラウザでログインしてください。その後［もう一度確認］をクリックしてください。</translation>
    </message>
    <message>
        <source>The sign-in file cannot be used.</source>
        <translation>このログイン ファイルは使えません。</translation>
    </message>
    <message>
        <source>Found a sign-in: %1</source>
        <translation>ログイン情報が見つかりました: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>From gcloud: %1</source>
        <translation>gcloud から: %1</translation>
    </message>
    <message>
        <source>From GOOGLE_APPLICATION_CREDENTIALS: %1</source>
        <translation>GOOGLE_APPLICATION_CREDENTIALS から: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>This sign-in has no quota project, so Google may answer “quota exceeded” or “API not enabled”. To fix it, run this command in a terminal:</source>
        <translation>このログイン情報には割り当てプロジェクトがないため、Google から「割り当てを超えました」や「API が有効になっていません」と返されることがあります。解決するには、ターミナルでこのコマンドを実行してください:</translation>
    </message>
</context>
<context>
    <name>GeminiKeyForm</name>
    <message>
        <source>Paste the key you created in Google AI Studio. It starts with “AQ.” (newer keys) or “AIza”.</source>
        <translation>Google AI Studio で作成したキーを貼り付けてください。キーは「AQ.」（新しいキー）または「AIza」で始まります。</translation>
    </message>
    <message>
        <source>This way needs a Gemini API key from Google AI Studio. A key from Vertex AI belongs under “Vertex AI express key”.</source>
        <translation>この方法には Google AI Studio の Gemini API キーが必要です。Vertex AI のキーは「Vertex AI Express キー」で使ってください。</translation>
    </message>
</context>
<context>
    <name>GoogleSignInForm</name>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Sign in with Google</source>
        <translation>Google でログイン</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Choose the OAuth client file first.</source>
        <translation>まず OAuth クライアント ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Sign in with Google first.</source>
        <translation>まず Google でログインしてください。</translation>
    </message>
    <message>
        <source>Choose the OAuth client file (type “Desktop app”) from your Google Cloud project, then sign in with your Google account in the browser.</source>
        <translation>Google Cloud プロジェクトの OAuth クライアント ファイル（種類は「デスクトップ アプリ」）を選び、ブラウザで Google アカウントにログインしてください。</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度ログイン</translation>
    </message>
    <message>
        <source>Choose the OAuth client file</source>
        <translation>OAuth クライアント ファイルを選択</translation>
    </message>
    <message>
        <source>OAuth client %1 is ready. Now sign in.</source>
        <translation>OAuth クライアント %1 の準備ができました。ログインしてください。</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>別のファイルを選択…</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. Gemini Desktop is waiting…</source>
        <translation>ブラウザでログインを完了してください。Gemini Desktop は待機しています…</translation>
    </message>
    <message>
        <source>A browser window should have opened. If you do not see it, copy this link into your browser:</source>
        <translation>ブラウザのウィンドウが開いたはずです。見当たらない場合は、このリンクをブラウザにコピーしてください:</translation>
    </message>
    <message>
        <source>The browser could not be opened. Copy this link into your browser to sign in:</source>
        <translation>ブラウザを開けませんでした。ログインするには、このリンクをブラウザにコピーしてください:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>待機をやめる</translation>
    </message>
    <message>
        <source>✓ Signed in as %1</source>
        <translation>✓ %1 としてログインしました</translation>
    </message>
    <message>
        <source>✓ Signed in with Google</source>
        <translation>✓ Google でログインしました</translation>
    </message>
    <message>
        <source>Ready to sign in.</source>
        <translation>ログインの準備ができました。</translation>
    </message>
    <message>
        <source>First choose the client file.</source>
        <translation>まずクライアント ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Drop the OAuth client file (client_secret_….json) here</source>
        <translation>OAuth クライアント ファイル（client_secret_….json）をここにドロップ</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログフォルダを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Report a bug…</source>
        <translation>バグを報告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;About Gemini Desktop</source>
        <translation>Gemini Desktop について(&amp;A)</translation>
    </message>
    <message>
        <source>The log folder could not be opened.</source>
        <translation>ログフォルダを開けませんでした。</translation>
    </message>
    <message>
        <source>The bug report page opens in your browser. Please attach the log file: Help ▸ Open log folder shows it.</source>
        <translation>バグ報告のページがブラウザで開きます。ログファイルを添付してください。ログファイルは［ヘルプ］▸［ログフォルダを開く］で確認できます。</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Markdown, photos in a folder beside it (*.md)</source>
        <translation>Markdown（写真は横のフォルダに保存）(*.md)</translation>
    </message>
    <message>
        <source>Web page, all in one file (*.html)</source>
        <translation>ウェブページ（すべて 1 ファイルに）(*.html)</translation>
    </message>
    <message>
        <source>Conversation file, to import or replay (*.json)</source>
        <translation>会話ファイル（インポートや再実行用）(*.json)</translation>
    </message>
    <message>
        <source>Export Conversation</source>
        <translation>会話をエクスポート</translation>
    </message>
    <message>
        <source>Import Conversation</source>
        <translation>会話をインポート</translation>
    </message>
    <message>
        <source>Conversation files (*.json)</source>
        <translation>会話ファイル (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>この会話はもう存在しません。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Exported from Gemini Desktop</source>
        <translation>Gemini Desktop からエクスポート</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>missing from the history</source>
        <translation>履歴にありません</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>最後まで届く前に停止しました。</translation>
    </message>
    <message>
        <source>Interrupted: the app closed while this answer was arriving.</source>
        <translation>中断: この回答の受信中にアプリが閉じられました。</translation>
    </message>
    <message>
        <source>Still arriving when this was exported.</source>
        <translation>エクスポート時にまだ受信中でした。</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>この回答は失敗しました。</translation>
    </message>
    <message>
        <source>%1 tokens in</source>
        <translation>入力 %1 トークン</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>出力 %1</translation>
    </message>
    <message>
        <source>%1 thinking</source>
        <translation>思考 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
</context>
<context>
    <name>HistorySidebar</name>
    <message>
        <source>Today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
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
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>新しい会話を始める</translation>
    </message>
    <message>
        <source>Import conversation…</source>
        <translation>会話をインポート…</translation>
    </message>
    <message>
        <source>Open a conversation exported as JSON</source>
        <translation>JSON としてエクスポートした会話を開く</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>No conversation mentions “%1”.</source>
        <translation>「%1」を含む会話はありません。</translation>
    </message>
    <message>
        <source>Your conversations will appear here, newest first.</source>
        <translation>会話はここに新しい順に表示されます。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>KeyFileForm</name>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選択…</translation>
    </message>
    <message>
        <source>Choose or drop the service account&apos;s key file first.</source>
        <translation>まずサービス アカウントのキーファイルを選ぶか、ドロップしてください。</translation>
    </message>
    <message>
        <source>Drop the service account&apos;s .json key file below, or choose it. Gemini Desktop keeps a copy in your password store.</source>
        <translation>サービス アカウントの .json キーファイルを下にドロップするか、選択してください。Gemini Desktop はコピーをパスワード保管庫に保存します。</translation>
    </message>
    <message>
        <source>The key is saved in your password store</source>
        <translation>キーはパスワード保管庫に保存されています</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>置き換え…</translation>
    </message>
    <message>
        <source>Choose another key file</source>
        <translation>別のキーファイルを選ぶ</translation>
    </message>
    <message>
        <source>Choose the service account&apos;s key file</source>
        <translation>サービス アカウントのキーファイルを選択</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>プロジェクト: %1</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>別のファイルを選択…</translation>
    </message>
    <message>
        <source>Drop the key file (.json) here</source>
        <translation>キーファイル（.json）をここにドロップ</translation>
    </message>
</context>
<context>
    <name>KeyringBar</name>
    <message>
        <source>Use for this session only</source>
        <translation>このセッションだけ使う</translation>
    </message>
    <message>
        <source>Connections you save now are kept for this session only: Gemini Desktop forgets them when it closes.</source>
        <translation>これから保存する接続はこのセッションのあいだだけ保持され、Gemini Desktop を閉じると消えます。</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Restart Gemini Desktop in %1?</source>
        <translation>Gemini Desktop を %1 で再起動しますか？</translation>
    </message>
    <message>
        <source>The open conversation and the text you are typing are kept. An answer still being written stops where it is.</source>
        <translation>開いている会話と入力中のテキストはそのまま残ります。書きかけの回答は、その時点で止まります。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>あとで</translation>
    </message>
</context>
<context>
    <name>LongAnswerBar</name>
    <message>
        <source>Show the whole answer</source>
        <translation>回答全体を表示</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>This answer is too long to show here whole (%1 characters): its start is above and its end below.</source>
        <translation>この回答は長すぎるため、ここにすべては表示できません（%1 文字）。上に冒頭、下に末尾を表示しています。</translation>
    </message>
    <message>
        <source>Save the answer as</source>
        <translation>回答を保存</translation>
    </message>
    <message>
        <source>The answer could not be written: %1</source>
        <translation>回答を保存できませんでした: %1</translation>
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
        <translation>接続</translation>
    </message>
    <message>
        <source>Which connection Gemini Desktop uses</source>
        <translation>Gemini Desktop が使う接続</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>接続設定…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Ask a question, or drop a photo or a video here and ask about it…</source>
        <translation>質問を入力するか、写真や動画をここにドロップしてそれについて質問してください…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>%1 to send · Enter for a new line</source>
        <translation>%1 で送信 · Enter で改行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>回答を停止（Esc）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send the question (%1)</source>
        <translation>質問を送信（%1）</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>From the environment variables · %1</source>
        <translation>環境変数から · %1</translation>
    </message>
    <message>
        <source>Open Connection settings to choose how to connect.</source>
        <translation>接続方法を選ぶには［接続設定］を開いてください。</translation>
    </message>
    <message>
        <source>Using %1 · %2</source>
        <translation>使用中: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>新しい会話を始める</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>会話をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>会話をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>接続設定(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Get code…</source>
        <translation>コードを取得(&amp;G)…</translation>
    </message>
    <message>
        <source>The code that sends the question being written</source>
        <translation>入力中の質問を送信するコード</translation>
    </message>
    <message>
        <source>&amp;Describe a folder…</source>
        <translation>フォルダを説明(&amp;D)…</translation>
    </message>
    <message>
        <source>Alt text, captions, keywords or titles for many photos at once</source>
        <translation>多くの写真の代替テキスト、キャプション、キーワード、タイトルを一度に</translation>
    </message>
    <message>
        <source>&amp;Unfinished batches</source>
        <translation>未完了のバッチ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Conversation list</source>
        <translation>会話の一覧(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide your earlier conversations</source>
        <translation>過去の会話の表示・非表示を切り替える</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>&amp;Settings panel</source>
        <translation>設定パネル(&amp;S)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Show or hide the model and the settings used for answers</source>
        <translation>モデルと回答の設定の表示・非表示を切り替える</translation>
    </message>
    <message>
        <source>Co&amp;mpare models…</source>
        <translation>モデルを比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Ask two or three models the same question side by side</source>
        <translation>2〜3 個のモデルに同じ質問をして並べて比べます</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Same as the computer (%1)</source>
        <translation>システムと同じ（%1）</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>{file} is damaged or incomplete: the picture stops part of the way through.</source>
        <translation>{file} は壊れているか不完全です。画像が途中で途切れています。</translation>
    </message>
    <message>
        <source>It may not have finished copying or downloading; copy it again, then add it.</source>
        <translation>コピーやダウンロードが終わっていなかったのかもしれません。もう一度コピーしてから追加してください。</translation>
    </message>
    <message>
        <source>{file} is damaged or not a complete picture.</source>
        <translation>{file} は壊れているか、完全な画像ではありません。</translation>
    </message>
    <message>
        <source>Open it in an image viewer and save it again, or choose another photo.</source>
        <translation>画像ビューアで開いて保存し直すか、別の写真を選んでください。</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (it is a device or a pipe).</source>
        <translation>{file} は通常のファイルではありません（デバイスまたはパイプです）。</translation>
    </message>
    <message>
        <source>Save what you want to send as a file, then add that file.</source>
        <translation>送りたいものをファイルとして保存してから、そのファイルを追加してください。</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} は存在しません。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; check the name and the folder.</source>
        <translation>移動、名前の変更、削除をされたのかもしれません。名前とフォルダを確認してください。</translation>
    </message>
    <message>
        <source>It may have been moved, renamed or deleted; add it again.</source>
        <translation>移動、名前の変更、削除をされたのかもしれません。もう一度追加してください。</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} を読み込めません: アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Give yourself read access to the file, or copy it somewhere readable.</source>
        <translation>ファイルに読み取り権限を付けるか、読み取れる場所にコピーしてください。</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} はファイルではなくフォルダです。</translation>
    </message>
    <message>
        <source>Give the files inside it instead.</source>
        <translation>代わりに中のファイルを追加してください。</translation>
    </message>
    <message>
        <source>{file} is a shortcut (symbolic link) that leads back to itself.</source>
        <translation>{file} は自分自身を指すショートカット（シンボリック リンク）です。</translation>
    </message>
    <message>
        <source>Add the file it was meant to point to instead.</source>
        <translation>代わりに、本来指すはずだったファイルを追加してください。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} を読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>Check the file, then try again.</source>
        <translation>ファイルを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>{file} changed while it was being sent.</source>
        <translation>{file} は送信中に変更されました。</translation>
    </message>
    <message>
        <source>Wait until the program writing it has finished, then send again.</source>
        <translation>ファイルに書き込んでいるプログラムが終わるのを待ってから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>{file} is {size}; Gemini reads files up to {limit}.</source>
        <translation>{file} は {size} です。Gemini が読めるファイルは {limit} までです。</translation>
    </message>
    <message>
        <source>A secure connection to Google could not be made.</source>
        <translation>Google との安全な接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>A secure connection to the server at {host} could not be made.</source>
        <translation>サーバー {host} との安全な接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>If your network inspects secure traffic, ask its administrator for help.</source>
        <translation>お使いのネットワークが暗号化された通信を検査している場合は、ネットワーク管理者に相談してください。</translation>
    </message>
    <message>
        <source>Could not reach Google.</source>
        <translation>Google に接続できませんでした。</translation>
    </message>
    <message>
        <source>Could not reach the server at {host}.</source>
        <translation>サーバー {host} に接続できませんでした。</translation>
    </message>
    <message>
        <source>Check your internet connection (and proxy settings), then try again.</source>
        <translation>インターネット接続（とプロキシの設定）を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Google stopped answering for too long.</source>
        <translation>Google からの応答が長いあいだ途絶えました。</translation>
    </message>
    <message>
        <source>The server at {host} stopped answering for too long.</source>
        <translation>サーバー {host} からの応答が長いあいだ途絶えました。</translation>
    </message>
    <message>
        <source>Google sent no answer for {wait}.</source>
        <translation>Google から {wait} のあいだ応答がありませんでした。</translation>
    </message>
    <message>
        <source>The server at {host} sent no answer for {wait}.</source>
        <translation>サーバー {host} から {wait} のあいだ応答がありませんでした。</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, choose a lower thinking level or check your proxy.</source>
        <translation>もう一度お試しください。繰り返し起こる場合は、思考レベルを下げるか、プロキシを確認してください。</translation>
    </message>
    <message>
        <source>A web page came back instead of Gemini&apos;s answer.</source>
        <translation>Gemini の回答ではなく、ウェブページが返ってきました。</translation>
    </message>
    <message>
        <source>The server at {host} answered with a web page, not with Gemini&apos;s answer.</source>
        <translation>サーバー {host} は Gemini の回答ではなく、ウェブページを返しました。</translation>
    </message>
    <message>
        <source>If this network asks you to sign in first (a hotel or office Wi-Fi), open any web page in your browser and do so; otherwise check the server address and any proxy.</source>
        <translation>このネットワークで先にログインが必要な場合（ホテルやオフィスの Wi-Fi など）は、ブラウザで任意のウェブページを開いてログインしてください。そうでない場合は、サーバーのアドレスとプロキシを確認してください。</translation>
    </message>
    <message>
        <source>The answer stopped arriving: no more of it came for {wait}.</source>
        <translation>回答が届かなくなりました: {wait} のあいだ続きが届きませんでした。</translation>
    </message>
    <message>
        <source>What arrived is kept. Send again to get the whole answer.</source>
        <translation>届いた分は残してあります。回答全体を受け取るには、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving.</source>
        <translation>回答の受信中に接続が切れました。</translation>
    </message>
    <message>
        <source>The connection to Google broke.</source>
        <translation>Google との接続が切れました。</translation>
    </message>
    <message>
        <source>The connection to the server at {host} broke.</source>
        <translation>サーバー {host} との接続が切れました。</translation>
    </message>
    <message>
        <source>Counting tokens is not available on the OpenAI-compatible API.</source>
        <translation>OpenAI 互換 API ではトークン数を数えられません。</translation>
    </message>
    <message>
        <source>Use Vertex AI or the Gemini API to count tokens.</source>
        <translation>トークン数を数えるには、Vertex AI または Gemini API を使ってください。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the server address.</source>
        <translation>もう一度お試しください。繰り返し起こる場合は、サーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>{file} could not be saved ({reason}).</source>
        <translation>{file} を保存できませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Choose another folder, or check that the disk has free space.</source>
        <translation>別のフォルダを選ぶか、ディスクに空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file} を読み込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it.</source>
        <translation>ファイルがまだ存在し、開く権限があることを確認してください。</translation>
    </message>
    <message>
        <source>{file} was exported by a newer version of Gemini Desktop (format version {version}), which this version cannot read.</source>
        <translation>{file} は新しいバージョンの Gemini Desktop でエクスポートされたもの（形式バージョン {version}）で、このバージョンでは読み込めません。</translation>
    </message>
    <message>
        <source>Update Gemini Desktop, then import it again.</source>
        <translation>Gemini Desktop を更新してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>{file} is not a conversation exported by Gemini Desktop.</source>
        <translation>{file} は Gemini Desktop でエクスポートした会話ではありません。</translation>
    </message>
    <message>
        <source>Choose a .json file made with Export in Gemini Desktop.</source>
        <translation>Gemini Desktop の［エクスポート］で作成した .json ファイルを選んでください。</translation>
    </message>
    <message>
        <source>{file} is a Gemini Desktop conversation, but it is damaged, so it cannot be imported.</source>
        <translation>{file} は Gemini Desktop の会話ですが、壊れているためインポートできません。</translation>
    </message>
    <message>
        <source>Export the conversation again, or choose another copy of the file.</source>
        <translation>会話をもう一度エクスポートするか、ファイルの別のコピーを選んでください。</translation>
    </message>
    <message>
        <source>{file} has no question to send again.</source>
        <translation>{file} には再送信する質問がありません。</translation>
    </message>
    <message>
        <source>Give a question to ask with --prompt.</source>
        <translation>--prompt で質問を指定してください。</translation>
    </message>
    <message>
        <source>Could not reach Google to renew your sign-in.</source>
        <translation>ログインを更新するために Google に接続できませんでした。</translation>
    </message>
    <message>
        <source>Check your internet connection, then try again.</source>
        <translation>インターネット接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem renewing your sign-in.</source>
        <translation>Google のログイン サービスで、ログインの更新中に問題が発生しました。</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service did not answer within {wait}.</source>
        <translation>Google のログイン サービスから {wait} 以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Google did not accept your saved sign-in.</source>
        <translation>保存されたログイン情報が Google に受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Sign in again, or choose another key file in Connection settings.</source>
        <translation>もう一度ログインするか、［接続設定］で別のキーファイルを選んでください。</translation>
    </message>
    <message>
        <source>Gemini Desktop is not connected to Gemini yet.</source>
        <translation>Gemini Desktop はまだ Gemini に接続されていません。</translation>
    </message>
    <message>
        <source>Open Connection settings and choose how to connect.</source>
        <translation>［接続設定］を開いて、接続方法を選んでください。</translation>
    </message>
    <message>
        <source>The address {url} given in {name} is not a web address.</source>
        <translation>{name} に指定されたアドレス {url} はウェブアドレスではありません。</translation>
    </message>
    <message>
        <source>Give a full address such as https://example.com or http://localhost:8080/v1.</source>
        <translation>https://example.com や http://localhost:8080/v1 のような完全なアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Gemini API key to use.</source>
        <translation>Gemini Desktop が使える Gemini API キーがありません。</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio.</source>
        <translation>GEMINI_API_KEY に Google AI Studio のキーを設定してください。</translation>
    </message>
    <message>
        <source>Gemini Desktop has no server for the OpenAI-compatible API to use.</source>
        <translation>Gemini Desktop が使える OpenAI 互換 API のサーバーがありません。</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT for Vertex AI, or OPENAI_BASE_URL for another server.</source>
        <translation>Vertex AI なら GOOGLE_CLOUD_PROJECT を、別のサーバーなら OPENAI_BASE_URL を設定してください。</translation>
    </message>
    <message>
        <source>Gemini Desktop has no Google Cloud project to use.</source>
        <translation>Gemini Desktop が使える Google Cloud プロジェクトがありません。</translation>
    </message>
    <message>
        <source>Set GOOGLE_CLOUD_PROJECT (and sign in with gcloud), or set GOOGLE_API_KEY.</source>
        <translation>GOOGLE_CLOUD_PROJECT を設定する（そして gcloud でログインする）か、GOOGLE_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>Gemini Desktop has no connection to use.</source>
        <translation>Gemini Desktop が使える接続がありません。</translation>
    </message>
    <message>
        <source>Set GEMINI_API_KEY to a key from Google AI Studio, or GOOGLE_CLOUD_PROJECT for Vertex AI.</source>
        <translation>GEMINI_API_KEY に Google AI Studio のキーを設定するか、Vertex AI なら GOOGLE_CLOUD_PROJECT を設定してください。</translation>
    </message>
    <message>
        <source>The key for “{profile}” is missing from the password store.</source>
        <translation>「{profile}」のキーがパスワード保管庫にありません。</translation>
    </message>
    <message>
        <source>Open Connection settings and enter the key again.</source>
        <translation>［接続設定］を開いて、キーをもう一度入力してください。</translation>
    </message>
    <message>
        <source>The saved Google sign-in of “{profile}” is damaged.</source>
        <translation>「{profile}」の保存された Google ログイン情報が壊れています。</translation>
    </message>
    <message>
        <source>Open Connection settings and sign in with Google again.</source>
        <translation>［接続設定］を開いて、もう一度 Google でログインしてください。</translation>
    </message>
    <message>
        <source>No Google Cloud sign-in was found on this computer.</source>
        <translation>このコンピュータに Google Cloud のログイン情報が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Run `gcloud auth application-default login`, or use an API key instead.</source>
        <translation>`gcloud auth application-default login` を実行するか、代わりに API キーを使ってください。</translation>
    </message>
    <message>
        <source>The credentials file {path} ({source}) cannot be used.</source>
        <translation>認証情報ファイル {path}（{source}）は使えません。</translation>
    </message>
    <message>
        <source>Check that the file exists and is a Google key or sign-in file.</source>
        <translation>ファイルが存在し、Google のキーファイルまたはログイン ファイルであることを確認してください。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>このファイル</translation>
    </message>
    <message>
        <source>The key of {profile}</source>
        <translation>{profile} のキー</translation>
    </message>
    <message>
        <source>{file} is not a key file (it is not JSON).</source>
        <translation>{file} はキーファイルではありません（JSON ではありません）。</translation>
    </message>
    <message>
        <source>{file} holds a personal Google sign-in, not a service-account key.</source>
        <translation>{file} にはサービス アカウントのキーではなく、個人の Google ログイン情報が入っています。</translation>
    </message>
    <message>
        <source>Choose “Google Cloud (gcloud)” instead, or ask for a service-account key.</source>
        <translation>代わりに「Google Cloud（gcloud）」を選ぶか、サービス アカウントのキーを依頼してください。</translation>
    </message>
    <message>
        <source>{file} is an OAuth client file, not a service-account key.</source>
        <translation>{file} はサービス アカウントのキーではなく、OAuth クライアント ファイルです。</translation>
    </message>
    <message>
        <source>Choose “Sign in with Google” to use it.</source>
        <translation>これを使うには「Google でログイン」を選んでください。</translation>
    </message>
    <message>
        <source>{file} is not a key file.</source>
        <translation>{file} はキーファイルではありません。</translation>
    </message>
    <message>
        <source>{file} is not a complete service-account key.</source>
        <translation>{file} はサービス アカウントのキーとして不完全です。</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open IAM → Service accounts → Keys and add a JSON key.</source>
        <translation>Google Cloud コンソールで［IAM］→［サービス アカウント］→［キー］を開き、JSON キーを追加してください。</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file from Google.</source>
        <translation>このファイルは Google の OAuth クライアント ファイルではありません。</translation>
    </message>
    <message>
        <source>This file is for a web application, not a desktop app.</source>
        <translation>このファイルはデスクトップ アプリ用ではなく、ウェブ アプリケーション用です。</translation>
    </message>
    <message>
        <source>This file is a service-account key, not an OAuth client for a desktop app.</source>
        <translation>このファイルはデスクトップ アプリ用の OAuth クライアントではなく、サービス アカウントのキーです。</translation>
    </message>
    <message>
        <source>This file holds a saved Google sign-in, not an OAuth client for a desktop app.</source>
        <translation>このファイルにはデスクトップ アプリ用の OAuth クライアントではなく、保存された Google ログイン情報が入っています。</translation>
    </message>
    <message>
        <source>This file is not an OAuth client file for a desktop app.</source>
        <translation>このファイルはデスクトップ アプリ用の OAuth クライアント ファイルではありません。</translation>
    </message>
    <message>
        <source>This OAuth client file has no client ID.</source>
        <translation>この OAuth クライアント ファイルにはクライアント ID がありません。</translation>
    </message>
    <message>
        <source>This OAuth client file has no client secret.</source>
        <translation>この OAuth クライアント ファイルにはクライアント シークレットがありません。</translation>
    </message>
    <message>
        <source>This OAuth client file has a broken Google address in it.</source>
        <translation>この OAuth クライアント ファイルには壊れた Google のアドレスが含まれています。</translation>
    </message>
    <message>
        <source>In Google Cloud Console, open APIs &amp; Services → Credentials, create an OAuth client of type Desktop app and download its JSON.</source>
        <translation>Google Cloud コンソールで［API とサービス］→［認証情報］を開き、種類が「デスクトップ アプリ」の OAuth クライアントを作成して、その JSON をダウンロードしてください。</translation>
    </message>
    <message>
        <source>Use it under “Service account key”, or download a Desktop app OAuth client.</source>
        <translation>「サービス アカウントのキー」で使うか、デスクトップ アプリ用の OAuth クライアントをダウンロードしてください。</translation>
    </message>
    <message>
        <source>Gemini Desktop could not wait for Google&apos;s answer on this computer.</source>
        <translation>Gemini Desktop はこのコンピュータで Google からの応答を待ち受けられませんでした。</translation>
    </message>
    <message>
        <source>Check that no security software blocks connections inside this computer, then try again.</source>
        <translation>このコンピュータ内の接続をセキュリティ ソフトがブロックしていないか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in took too long.</source>
        <translation>ログインに時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish in the browser within {wait}.</source>
        <translation>もう一度［Google でログイン］をクリックし、{wait} 以内にブラウザで完了してください。</translation>
    </message>
    <message>
        <source>Could not reach Google to finish signing in.</source>
        <translation>ログインを完了するために Google に接続できませんでした。</translation>
    </message>
    <message>
        <source>Check your internet connection, then sign in again.</source>
        <translation>インターネット接続を確認してから、もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Google&apos;s answer to the sign-in could not be read.</source>
        <translation>ログインに対する Google の応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Sign in again in a moment.</source>
        <translation>少し待ってから、もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>You did not allow Gemini Desktop to use Google Cloud.</source>
        <translation>Gemini Desktop による Google Cloud の使用が許可されませんでした。</translation>
    </message>
    <message>
        <source>Sign in again and leave the Google Cloud permission ticked.</source>
        <translation>もう一度ログインし、Google Cloud の権限にチェックを入れたままにしてください。</translation>
    </message>
    <message>
        <source>Google did not give Gemini Desktop lasting access to your account.</source>
        <translation>Google は Gemini Desktop にアカウントへの継続的なアクセスを許可しませんでした。</translation>
    </message>
    <message>
        <source>In your Google Account&apos;s settings, remove Gemini Desktop&apos;s access (Security → Third-party apps), then sign in again.</source>
        <translation>Google アカウントの設定で Gemini Desktop のアクセスを削除してから（［セキュリティ］→［サードパーティ製アプリ］）、もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Google did not accept the sign-in: it was not valid or has expired.</source>
        <translation>Google がログインを受け付けませんでした: 無効か、期限が切れています。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and finish the steps in one go.</source>
        <translation>もう一度［Google でログイン］をクリックし、手順を一度に最後まで進めてください。</translation>
    </message>
    <message>
        <source>Google does not recognise the OAuth client in this file.</source>
        <translation>このファイルの OAuth クライアントを Google が認識できません。</translation>
    </message>
    <message>
        <source>Download the Desktop app client&apos;s JSON again from Google Cloud Console.</source>
        <translation>Google Cloud コンソールからデスクトップ アプリ クライアントの JSON をもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>Google refused the sign-in because this OAuth client is not a Desktop app client.</source>
        <translation>この OAuth クライアントがデスクトップ アプリ クライアントではないため、Google がログインを拒否しました。</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service had a problem.</source>
        <translation>Google のログイン サービスで問題が発生しました。</translation>
    </message>
    <message>
        <source>Google refused to finish the sign-in.</source>
        <translation>Google がログインの完了を拒否しました。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, download the client file again from Google Cloud Console.</source>
        <translation>もう一度［Google でログイン］をクリックしてください。それでも失敗する場合は、Google Cloud コンソールからクライアント ファイルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was refused.</source>
        <translation>ブラウザからの応答がこのログインのものではなかったため、拒否しました。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again.</source>
        <translation>もう一度［Google でログイン］をクリックしてください。</translation>
    </message>
    <message>
        <source>You cancelled the sign-in.</source>
        <translation>ログインをキャンセルしました。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again and choose Allow when you are ready.</source>
        <translation>準備ができたら、もう一度［Google でログイン］をクリックして［許可］を選んでください。</translation>
    </message>
    <message>
        <source>Google did not complete the sign-in.</source>
        <translation>Google がログインを完了しませんでした。</translation>
    </message>
    <message>
        <source>Click Sign in with Google again. If it keeps failing, ask the person who manages your Google account.</source>
        <translation>もう一度［Google でログイン］をクリックしてください。それでも失敗する場合は、Google アカウントの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Google&apos;s answer had no sign-in code in it.</source>
        <translation>Google の応答にログイン コードが含まれていませんでした。</translation>
    </message>
    <message>
        <source>Cloud Storage</source>
        <translation>Cloud Storage</translation>
    </message>
    <message>
        <source>The Gemini API&apos;s file storage</source>
        <translation>Gemini API のファイル ストレージ</translation>
    </message>
    <message>
        <source>The file {file} could not be read, so it was not saved with the message.</source>
        <translation>ファイル {file} を読み込めなかったため、メッセージと一緒に保存されませんでした。</translation>
    </message>
    <message>
        <source>Check that it still exists and attach it again.</source>
        <translation>ファイルがまだ存在するか確認して、もう一度添付してください。</translation>
    </message>
    <message>
        <source>A file attached to this conversation is missing from the history folder.</source>
        <translation>この会話に添付したファイルが履歴フォルダにありません。</translation>
    </message>
    <message>
        <source>Attach it again if you still have it.</source>
        <translation>まだお持ちなら、もう一度添付してください。</translation>
    </message>
    <message>
        <source>The file {file} changed while it was being saved.</source>
        <translation>ファイル {file} は保存中に変更されました。</translation>
    </message>
    <message>
        <source>Attach it again once it has finished changing.</source>
        <translation>変更が終わってから、もう一度添付してください。</translation>
    </message>
    <message>
        <source>{file} was not sent: it was moved or deleted after it was attached.</source>
        <translation>{file} は送信されませんでした: 添付後に移動または削除されました。</translation>
    </message>
    <message>
        <source>Attach it again from where it is now.</source>
        <translation>今ある場所から、もう一度添付してください。</translation>
    </message>
    <message>
        <source>{file} was not sent: it cannot be read any more ({reason}).</source>
        <translation>{file} は送信されませんでした: もう読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>Check the file, then attach it again.</source>
        <translation>ファイルを確認してから、もう一度添付してください。</translation>
    </message>
    <message>
        <source>{file} is not a photo or a video.</source>
        <translation>{file} は写真でも動画でもありません。</translation>
    </message>
    <message>
        <source>Only the photos and videos of a folder are described; it was left out.</source>
        <translation>フォルダ内で説明の対象になるのは写真と動画だけです。このファイルは除外しました。</translation>
    </message>
    <message>
        <source>The answer for {file} is not the JSON object the schema asks for.</source>
        <translation>{file} に対する回答が、スキーマで求められた JSON オブジェクトになっていません。</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, make the schema simpler.</source>
        <translation>もう一度お試しください。繰り返し起こる場合は、スキーマを簡単にしてください。</translation>
    </message>
    <message>
        <source>Gemini sent no answer for {file}.</source>
        <translation>{file} について Gemini から回答がありませんでした。</translation>
    </message>
    <message>
        <source>Try it again; if it keeps happening, ask in other words.</source>
        <translation>もう一度お試しください。繰り返し起こる場合は、別の言葉で質問してください。</translation>
    </message>
    <message>
        <source>Fix what Google&apos;s words name (the photo, the question or a setting), then send the photo again.</source>
        <translation>Google が指摘している点（写真、質問、または設定）を直してから、写真をもう一度送信してください。</translation>
    </message>
    <message>
        <source>Ask in other words, then send the photo again.</source>
        <translation>別の言葉で質問してから、写真をもう一度送信してください。</translation>
    </message>
    <message>
        <source>Use a smaller copy of this photo, then send it again.</source>
        <translation>この写真の小さいコピーを使って、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Send the photo again to get the whole answer.</source>
        <translation>回答全体を受け取るには、写真をもう一度送信してください。</translation>
    </message>
    <message>
        <source>The batch job failed at Google before {file} was answered.</source>
        <translation>{file} に回答が届く前に、Google でバッチジョブが失敗しました。</translation>
    </message>
    <message>
        <source>Send the photos without an answer again, as a batch job or one by one.</source>
        <translation>回答のない写真を、バッチジョブとして、または 1 枚ずつ、もう一度送ってください。</translation>
    </message>
    <message>
        <source>The batch job was not done in the time Google allows, so {file} has no answer.</source>
        <translation>バッチジョブが Google の制限時間内に終わらなかったため、{file} には回答がありません。</translation>
    </message>
    <message>
        <source>Send the photos without an answer again; a smaller batch is done sooner.</source>
        <translation>回答のない写真をもう一度送ってください。枚数が少ないほど早く終わります。</translation>
    </message>
    <message>
        <source>The batch job was cancelled before {file} was answered.</source>
        <translation>{file} に回答が届く前に、バッチジョブはキャンセルされました。</translation>
    </message>
    <message>
        <source>Send the photos without an answer again when you want them described.</source>
        <translation>説明が必要になったら、回答のない写真をもう一度送ってください。</translation>
    </message>
    <message>
        <source>The results of the batch job have nothing for {file}.</source>
        <translation>バッチジョブの結果に {file} の分がありません。</translation>
    </message>
    <message>
        <source>Send it again.</source>
        <translation>もう一度送ってください。</translation>
    </message>
    <message>
        <source>This connection cannot send batch jobs.</source>
        <translation>この接続ではバッチジョブを送れません。</translation>
    </message>
    <message>
        <source>Batch jobs need the Gemini API, or Vertex AI with a Google account or service account and a Cloud Storage bucket.</source>
        <translation>バッチジョブには Gemini API か、Google アカウントまたはサービス アカウントと Cloud Storage バケットを使う Vertex AI が必要です。</translation>
    </message>
    <message>
        <source>This API key may only be used from certain websites, apps or addresses.</source>
        <translation>この API キーは、特定のウェブサイト、アプリ、またはアドレスからしか使えません。</translation>
    </message>
    <message>
        <source>Remove the key&apos;s application restrictions in Google Cloud, or use another key.</source>
        <translation>Google Cloud でキーのアプリケーション制限を外すか、別のキーを使ってください。</translation>
    </message>
    <message>
        <source>Google did not accept the API key.</source>
        <translation>Google が API キーを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in Google AI Studio.</source>
        <translation>［接続設定］でキーを確認するか、Google AI Studio で新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>Vertex AI did not accept the API key.</source>
        <translation>Vertex AI が API キーを受け付けませんでした。</translation>
    </message>
    <message>
        <source>Check the key in Connection settings, or create a new one in the Vertex AI Studio settings.</source>
        <translation>［接続設定］でキーを確認するか、Vertex AI Studio の設定で新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>This API key has expired.</source>
        <translation>この API キーは有効期限が切れています。</translation>
    </message>
    <message>
        <source>Create a new key in Google AI Studio and paste it in Connection settings.</source>
        <translation>Google AI Studio で新しいキーを作成し、［接続設定］に貼り付けてください。</translation>
    </message>
    <message>
        <source>This Vertex AI express key has expired.</source>
        <translation>この Vertex AI Express キーは有効期限が切れています。</translation>
    </message>
    <message>
        <source>Create a new key in the Vertex AI Studio settings and paste it in Connection settings.</source>
        <translation>Vertex AI Studio の設定で新しいキーを作成し、［接続設定］に貼り付けてください。</translation>
    </message>
    <message>
        <source>Google no longer accepts this older kind of key: create a new key in AI Studio.</source>
        <translation>Google はこの古い種類のキーをもう受け付けていません。AI Studio で新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>Keys that start with “AIza” stopped working with the Gemini API in 2026; the keys AI Studio makes now start with “AQ.”.</source>
        <translation>「AIza」で始まるキーは 2026 年に Gemini API で使えなくなりました。いま AI Studio が作るキーは「AQ.」で始まります。</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not the Gemini API.</source>
        <translation>この API キーはほかの Google サービス用に限定されていて、Gemini API には使えません。</translation>
    </message>
    <message>
        <source>Add “Generative Language API” to the key&apos;s API restrictions in Google Cloud, or create a new key in Google AI Studio.</source>
        <translation>Google Cloud でキーの API 制限に「Generative Language API」を追加するか、Google AI Studio で新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>This API key is limited to other Google services, not Vertex AI.</source>
        <translation>この API キーはほかの Google サービス用に限定されていて、Vertex AI には使えません。</translation>
    </message>
    <message>
        <source>Add “Vertex AI API” to the key&apos;s API restrictions in Google Cloud, or use another key.</source>
        <translation>Google Cloud でキーの API 制限に「Vertex AI API」を追加するか、別のキーを使ってください。</translation>
    </message>
    <message>
        <source>The Gemini API does not take this kind of key.</source>
        <translation>Gemini API はこの種類のキーを受け付けません。</translation>
    </message>
    <message>
        <source>It may be a Vertex AI express key: connect it as one, or use a key from Google AI Studio.</source>
        <translation>Vertex AI Express キーかもしれません。その種類として接続するか、Google AI Studio のキーを使ってください。</translation>
    </message>
    <message>
        <source>Vertex AI does not take this key: it is not an express-mode key.</source>
        <translation>Vertex AI はこのキーを受け付けません。Express モードのキーではありません。</translation>
    </message>
    <message>
        <source>It may be a Gemini API key: connect it as one, or use a key from the Vertex AI Studio settings.</source>
        <translation>Gemini API キーかもしれません。その種類として接続するか、Vertex AI Studio の設定にあるキーを使ってください。</translation>
    </message>
    <message>
        <source>Google received an API key and a sign-in together, and takes only one of them.</source>
        <translation>Google は API キーとログイン情報を同時に受け取りましたが、受け付けるのはどちらか一方だけです。</translation>
    </message>
    <message>
        <source>Gemini Desktop sends only one: a proxy or custom endpoint on the way may add the other. Remove it there, or connect without it.</source>
        <translation>Gemini Desktop が送るのは一方だけです。途中のプロキシやカスタム エンドポイントがもう一方を追加している可能性があります。そこで外すか、それを使わずに接続してください。</translation>
    </message>
    <message>
        <source>{service} is not turned on for this Google Cloud project.</source>
        <translation>この Google Cloud プロジェクトでは {service} が有効になっていません。</translation>
    </message>
    <message>
        <source>The Vertex AI API is not turned on for this Google Cloud project.</source>
        <translation>この Google Cloud プロジェクトでは Vertex AI API が有効になっていません。</translation>
    </message>
    <message>
        <source>The Gemini API is not turned on for this Google Cloud project.</source>
        <translation>この Google Cloud プロジェクトでは Gemini API が有効になっていません。</translation>
    </message>
    <message>
        <source>Open the link to enable it, wait a minute, then try again.</source>
        <translation>リンクを開いて有効にし、1 分ほど待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation>リンク: {url}</translation>
    </message>
    <message>
        <source>Your sign-in has expired or is not valid.</source>
        <translation>ログインの有効期限が切れたか、無効です。</translation>
    </message>
    <message>
        <source>Sign in again in Connection settings.</source>
        <translation>［接続設定］でもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Your account lacks the permission {permission} in this project.</source>
        <translation>お使いのアカウントには、このプロジェクトでの権限 {permission} がありません。</translation>
    </message>
    <message>
        <source>Your account is not allowed to use this project or model.</source>
        <translation>お使いのアカウントでは、このプロジェクトまたはモデルを使えません。</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Vertex AI User role, or pick another project.</source>
        <translation>プロジェクトのオーナーに「Vertex AI ユーザー」ロールを依頼するか、別のプロジェクトを選んでください。</translation>
    </message>
    <message>
        <source>Google did not allow this API key to use this model or this feature.</source>
        <translation>Google はこの API キーでのこのモデルまたはこの機能の使用を許可しませんでした。</translation>
    </message>
    <message>
        <source>Pick another model, or check the key in Google AI Studio (create a new one if it was restricted).</source>
        <translation>別のモデルを選ぶか、Google AI Studio でキーを確認してください（制限されていた場合は新しいキーを作成してください）。</translation>
    </message>
    <message>
        <source>The server at {host} did not allow this request.</source>
        <translation>サーバー {host} はこのリクエストを許可しませんでした。</translation>
    </message>
    <message>
        <source>Check the key and the model in Connection settings.</source>
        <translation>［接続設定］でキーとモデルを確認してください。</translation>
    </message>
    <message>
        <source>This model was not found, or your project cannot use it in this region.</source>
        <translation>このモデルが見つからないか、このリージョンではお使いのプロジェクトで使えません。</translation>
    </message>
    <message>
        <source>The model “{model}” was not found, or your project cannot use it in this region.</source>
        <translation>モデル「{model}」が見つからないか、このリージョンではお使いのプロジェクトで使えません。</translation>
    </message>
    <message>
        <source>Pick another model from the list, or change the region.</source>
        <translation>一覧から別のモデルを選ぶか、リージョンを変更してください。</translation>
    </message>
    <message>
        <source>The Gemini API has no model “{model}” that this key can use.</source>
        <translation>Gemini API には、このキーで使えるモデル「{model}」がありません。</translation>
    </message>
    <message>
        <source>The server at {host} did not find this model.</source>
        <translation>サーバー {host} にこのモデルが見つかりませんでした。</translation>
    </message>
    <message>
        <source>The server at {host} has no model “{model}”.</source>
        <translation>サーバー {host} にはモデル「{model}」がありません。</translation>
    </message>
    <message>
        <source>Pick another model from the list.</source>
        <translation>一覧から別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>You have sent more requests than your quota allows.</source>
        <translation>割り当てで許可されている数を超えるリクエストを送信しました。</translation>
    </message>
    <message>
        <source>You&apos;ve reached this model&apos;s per-minute limit.</source>
        <translation>このモデルの 1 分あたりの上限に達しました。</translation>
    </message>
    <message>
        <source>You&apos;ve reached today&apos;s limit for this model; it resets at midnight Pacific time.</source>
        <translation>このモデルの今日の上限に達しました。上限は太平洋時間の午前 0 時にリセットされます。</translation>
    </message>
    <message>
        <source>Choose another model, or try again after the reset.</source>
        <translation>別のモデルを選ぶか、リセット後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>It frees up again within a minute; try again then.</source>
        <translation>1 分以内に再び使えるようになります。そのあとでもう一度お試しください。</translation>
    </message>
    <message>
        <source>Your prepaid balance for the Gemini API has run out.</source>
        <translation>Gemini API のプリペイド残高がなくなりました。</translation>
    </message>
    <message>
        <source>Add credits to the project in Google AI Studio, then try again.</source>
        <translation>Google AI Studio でプロジェクトにクレジットを追加してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Google&apos;s servers for this model are busy right now; your quota is not used up.</source>
        <translation>このモデルの Google のサーバーが現在混み合っています。割り当ては使い切っていません。</translation>
    </message>
    <message>
        <source>Try again in a minute, or choose another model.</source>
        <translation>1 分ほど待ってからもう一度試すか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>The server at {host} is receiving more requests than it allows.</source>
        <translation>{host} のサーバーが許可する数を超えるリクエストを受けています。</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Google took too long to answer.</source>
        <translation>Google の応答に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Google&apos;s service could not be reached through its gateway.</source>
        <translation>ゲートウェイ経由で Google のサービスに接続できませんでした。</translation>
    </message>
    <message>
        <source>Google&apos;s service is overloaded or down for a moment.</source>
        <translation>Google のサービスが混み合っているか、一時的に停止しています。</translation>
    </message>
    <message>
        <source>Google&apos;s service cancelled this answer before it was finished.</source>
        <translation>Google のサービスが、この回答を終わる前にキャンセルしました。</translation>
    </message>
    <message>
        <source>Google&apos;s service had a problem answering.</source>
        <translation>Google のサービスで回答中に問題が発生しました。</translation>
    </message>
    <message>
        <source>The server at {host} took too long to answer.</source>
        <translation>サーバー {host} の応答に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>The server at {host} cancelled this answer before it was finished.</source>
        <translation>サーバー {host} が、この回答を終わる前にキャンセルしました。</translation>
    </message>
    <message>
        <source>The server at {host} could not reach the service behind it.</source>
        <translation>サーバー {host} は、その先のサービスに接続できませんでした。</translation>
    </message>
    <message>
        <source>The server at {host} is overloaded or down for a moment.</source>
        <translation>サーバー {host} が混み合っているか、一時的に停止しています。</translation>
    </message>
    <message>
        <source>The server at {host} had a problem answering.</source>
        <translation>サーバー {host} で回答中に問題が発生しました。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Gemini&apos;s API is not offered in your country or region.</source>
        <translation>Gemini API はお住まいの国や地域では提供されていません。</translation>
    </message>
    <message>
        <source>Connect through Vertex AI with a Google Cloud project instead.</source>
        <translation>代わりに、Google Cloud プロジェクトを使って Vertex AI 経由で接続してください。</translation>
    </message>
    <message>
        <source>Google cannot answer requests for this project yet.</source>
        <translation>Google はまだこのプロジェクトのリクエストに応答できません。</translation>
    </message>
    <message>
        <source>Check that billing is turned on for the project, then try again.</source>
        <translation>プロジェクトで課金が有効になっているか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The request is too large for Google to accept.</source>
        <translation>リクエストが大きすぎて Google が受け付けられません。</translation>
    </message>
    <message>
        <source>Remove some attachments or use smaller files.</source>
        <translation>添付ファイルをいくつか削除するか、小さいファイルを使ってください。</translation>
    </message>
    <message>
        <source>Google could not accept this request as it is.</source>
        <translation>Google はこのリクエストをこのままでは受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Change the settings or the message and send again; the details below say what.</source>
        <translation>設定かメッセージを変更して、もう一度送信してください。何を変えるかは下の詳細に書かれています。</translation>
    </message>
    <message>
        <source>The answer stopped before the model said it was finished.</source>
        <translation>モデルが完了を伝える前に回答が止まりました。</translation>
    </message>
    <message>
        <source>Send again to get the whole answer.</source>
        <translation>回答全体を受け取るには、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>サーバーから、このアプリでは読めない回答が届きました。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it.</source>
        <translation>もう一度お試しください。繰り返し起こる場合は、報告してください。</translation>
    </message>
    <message>
        <source>The answer was stopped before it was finished.</source>
        <translation>回答は終わる前に停止されました。</translation>
    </message>
    <message>
        <source>Run the command again to get the whole answer.</source>
        <translation>回答全体を受け取るには、コマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>The answer arrived garbled.</source>
        <translation>回答が文字化けして届きました。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check any proxy between you and Google.</source>
        <translation>もう一度お試しください。繰り返し起こる場合は、Google とのあいだにあるプロキシを確認してください。</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it may break the safety rules.</source>
        <translation>安全性に関するルールに違反するおそれがあるため、Google がこのプロンプトをブロックしました。</translation>
    </message>
    <message>
        <source>Google blocked this prompt for a reason it did not give.</source>
        <translation>Google が理由を示さずにこのプロンプトをブロックしました。</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it contains a blocked word or phrase.</source>
        <translation>ブロック対象の単語や語句が含まれているため、Google がこのプロンプトをブロックしました。</translation>
    </message>
    <message>
        <source>Google blocked this prompt because it asks for prohibited content.</source>
        <translation>禁止されたコンテンツを求めているため、Google がこのプロンプトをブロックしました。</translation>
    </message>
    <message>
        <source>Google blocked this prompt because of what one of the images shows.</source>
        <translation>画像の 1 つに写っている内容のため、Google がこのプロンプトをブロックしました。</translation>
    </message>
    <message>
        <source>The project&apos;s Model Armor policy blocked this prompt.</source>
        <translation>プロジェクトの Model Armor ポリシーがこのプロンプトをブロックしました。</translation>
    </message>
    <message>
        <source>Google blocked this prompt as an attempt to get around its rules.</source>
        <translation>ルールを回避しようとする試みとして、Google がこのプロンプトをブロックしました。</translation>
    </message>
    <message>
        <source>Google blocked this prompt.</source>
        <translation>Google がこのプロンプトをブロックしました。</translation>
    </message>
    <message>
        <source>Change the wording or the attachments and send again.</source>
        <translation>言い回しか添付ファイルを変更して、もう一度送信してください。</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Gemini Desktop can use, so it cannot save your key.</source>
        <translation>このコンピュータには Gemini Desktop が使えるパスワード保管庫（キーリング）がないため、キーを保存できません。</translation>
    </message>
    <message>
        <source>Use the key for this session only, or install GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>このセッションだけキーを使うか、GNOME Keyring または KWallet をインストールしてデスクトップにログインし直してください。</translation>
    </message>
    <message>
        <source>Your password store (keyring) is locked, so Gemini Desktop cannot read or save your key.</source>
        <translation>パスワード保管庫（キーリング）がロックされているため、Gemini Desktop はキーの読み込みも保存もできません。</translation>
    </message>
    <message>
        <source>Unlock it (your login password usually does), or use the key for this session only.</source>
        <translation>ロックを解除する（通常はログイン パスワードで解除されます）か、このセッションだけキーを使ってください。</translation>
    </message>
    <message>
        <source>Your password store (keyring) did not keep the key: Gemini Desktop could not read it back, so it is not saved.</source>
        <translation>パスワード保管庫（キーリング）がキーを保持しませんでした。Gemini Desktop が読み戻せなかったため、キーは保存されていません。</translation>
    </message>
    <message>
        <source>Use the key for this session only, or set up GNOME Keyring or KWallet and sign in to your desktop again.</source>
        <translation>このセッションだけキーを使うか、GNOME Keyring または KWallet を設定してデスクトップにもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Your password store (keyring) refused to read or save the key.</source>
        <translation>パスワード保管庫（キーリング）がキーの読み込みまたは保存を拒否しました。</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, use the key for this session only.</source>
        <translation>もう一度お試しください。繰り返し起こる場合は、このセッションだけキーを使ってください。</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations right now because the disk is full.</source>
        <translation>ディスクがいっぱいのため、Gemini Desktop は今、会話を保存できません。</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; free some space to save it.</source>
        <translation>この会話はアプリを閉じるまで保持されます。保存するには空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>Gemini Desktop cannot save conversations because its data folder cannot be written to.</source>
        <translation>データ フォルダに書き込めないため、Gemini Desktop は会話を保存できません。</translation>
    </message>
    <message>
        <source>This conversation is kept until you close the app; make {folder} writable to save it.</source>
        <translation>この会話はアプリを閉じるまで保持されます。保存するには {folder} を書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>Gemini Desktop could not save this conversation.</source>
        <translation>Gemini Desktop はこの会話を保存できませんでした。</translation>
    </message>
    <message>
        <source>It is kept until you close the app; try again, and report it if it keeps happening.</source>
        <translation>アプリを閉じるまで保持されます。もう一度試して、繰り返し起こる場合は報告してください。</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist.</source>
        <translation>Cloud Storage バケット「{bucket}」は存在しません。</translation>
    </message>
    <message>
        <source>Check its name in Connection settings, or create it in the Google Cloud console.</source>
        <translation>［接続設定］で名前を確認するか、Google Cloud コンソールで作成してください。</translation>
    </message>
    <message>
        <source>The Cloud Storage bucket “{bucket}” does not exist, so {file} cannot be uploaded.</source>
        <translation>Cloud Storage バケット「{bucket}」が存在しないため、{file} をアップロードできません。</translation>
    </message>
    <message>
        <source>Create it in Google Cloud Console or pick another in Connection settings.</source>
        <translation>Google Cloud コンソールで作成するか、［接続設定］で別のバケットを選んでください。</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>お使いのアカウントには、Cloud Storage バケット「{bucket}」にファイルをアップロードする権限がありません。</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”.</source>
        <translation>{who} には、Cloud Storage バケット「{bucket}」にファイルをアップロードする権限がありません。</translation>
    </message>
    <message>
        <source>Your account may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>お使いのアカウントには Cloud Storage バケット「{bucket}」にファイルをアップロードする権限がないため、{file} を送信できません。</translation>
    </message>
    <message>
        <source>{who} may not upload files to the Cloud Storage bucket “{bucket}”, so {file} cannot be sent.</source>
        <translation>{who} には Cloud Storage バケット「{bucket}」にファイルをアップロードする権限がないため、{file} を送信できません。</translation>
    </message>
    <message>
        <source>Ask the project&apos;s owner for the Storage Object User role on that bucket, or pick another bucket in Connection settings.</source>
        <translation>プロジェクトのオーナーにそのバケットの「Storage オブジェクト ユーザー」ロールを依頼するか、［接続設定］で別のバケットを選んでください。</translation>
    </message>
    <message>
        <source>{where} refused {file} because too many uploads were made, or too much was stored, in a short time.</source>
        <translation>短時間に多くのアップロードや保存が行われたため、{where} が {file} を拒否しました。</translation>
    </message>
    <message>
        <source>Wait {wait} and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>{wait}待ってから、もう一度送信してください。Gemini API にアップロードしたファイルは 48 時間後に自動で削除されます。</translation>
    </message>
    <message>
        <source>Wait a minute and send again. Files uploaded to the Gemini API are deleted by themselves after 48 hours.</source>
        <translation>1 分ほど待ってから、もう一度送信してください。Gemini API にアップロードしたファイルは 48 時間後に自動で削除されます。</translation>
    </message>
    <message>
        <source>{file} could not be uploaded.</source>
        <translation>{file} をアップロードできませんでした。</translation>
    </message>
    <message>
        <source>Send again; if it keeps failing, try a smaller copy of the file.</source>
        <translation>もう一度送信してください。それでも失敗する場合は、ファイルの小さいコピーを試してください。</translation>
    </message>
    <message>
        <source>The upload of {file} made no progress for {wait}.</source>
        <translation>{file} のアップロードが {wait} のあいだ進みませんでした。</translation>
    </message>
    <message>
        <source>Send again: the upload goes on from where it stopped. If it keeps happening, check your proxy.</source>
        <translation>もう一度送信してください。アップロードは止まったところから続きます。繰り返し起こる場合は、プロキシを確認してください。</translation>
    </message>
    <message>
        <source>The connection kept breaking while {file} was uploading.</source>
        <translation>{file} のアップロード中に接続が何度も切れました。</translation>
    </message>
    <message>
        <source>Check your internet connection, then send again: the upload goes on from where it stopped.</source>
        <translation>インターネット接続を確認してから、もう一度送信してください。アップロードは止まったところから再開されます。</translation>
    </message>
    <message>
        <source>Google received {file} but could not read it.</source>
        <translation>Google は {file} を受け取りましたが、読み込めませんでした。</translation>
    </message>
    <message>
        <source>The file may be damaged or in a format Gemini does not read; save it again as MP4, MP3, PDF, PNG or JPEG and send it again.</source>
        <translation>ファイルが壊れているか、Gemini が読めない形式なのかもしれません。MP4、MP3、PDF、PNG、JPEG のいずれかで保存し直して、もう一度送信してください。</translation>
    </message>
    <message>
        <source>Cloud Storage did not say whether the bucket “{bucket}” can take uploads.</source>
        <translation>バケット「{bucket}」にアップロードできるかどうか、Cloud Storage から返答がありませんでした。</translation>
    </message>
    <message>
        <source>Test the connection again in a moment.</source>
        <translation>少し待ってから、もう一度接続をテストしてください。</translation>
    </message>
    <message>
        <source>Google was still preparing {file} after {minutes} minutes.</source>
        <translation>{minutes} 分たっても、Google は {file} の準備を終えていませんでした。</translation>
    </message>
    <message>
        <source>Send again in a few minutes: the file is already uploaded and is not sent a second time.</source>
        <translation>数分後にもう一度送信してください。ファイルはアップロード済みなので、もう一度送られることはありません。</translation>
    </message>
    <message>
        <source>The answer hit the length limit; raise Max answer length in Settings to get more.</source>
        <translation>回答が長さの上限に達しました。続きを得るには、設定で「回答の最大長」を大きくしてください。</translation>
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
        <translation>回答の数</translation>
    </message>
    <message>
        <source>max answer length</source>
        <translation>回答の最大長</translation>
    </message>
    <message>
        <source>The answer was stopped because it may break the safety rules.</source>
        <translation>安全性に関するルールに違反するおそれがあるため、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped by the safety filter for {names}.</source>
        <translation>{names} の安全フィルタによって回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped by the server&apos;s content filter.</source>
        <translation>サーバーのコンテンツ フィルタによって回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped because it was repeating text from its training data too closely.</source>
        <translation>学習データの文章をそのまま繰り返しすぎたため、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped because it was in a language the model does not support.</source>
        <translation>モデルが対応していない言語だったため、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained a blocked word or phrase.</source>
        <translation>ブロック対象の単語や語句が含まれていたため、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained prohibited content.</source>
        <translation>禁止されたコンテンツが含まれていたため、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped because it contained sensitive personal information.</source>
        <translation>機密性の高い個人情報が含まれていたため、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped because an image it made may break the safety rules.</source>
        <translation>生成した画像が安全性に関するルールに違反するおそれがあるため、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped because the model made a broken tool call.</source>
        <translation>モデルが不正なツール呼び出しを行ったため、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer was stopped for a reason the model did not give.</source>
        <translation>モデルが示さなかった理由により、回答が停止されました。</translation>
    </message>
    <message>
        <source>The answer ended early ({reason}).</source>
        <translation>回答が途中で終わりました（{reason}）。</translation>
    </message>
    <message>
        <source>Describe this image.</source>
        <translation>この画像について説明してください。</translation>
    </message>
    <message>
        <source>Describe this video.</source>
        <translation>この動画について説明してください。</translation>
    </message>
    <message>
        <source>Describe this audio recording.</source>
        <translation>この録音について説明してください。</translation>
    </message>
    <message>
        <source>Summarize this document.</source>
        <translation>この文書を要約してください。</translation>
    </message>
    <message>
        <source>Summarize this text.</source>
        <translation>このテキストを要約してください。</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} は空です。</translation>
    </message>
    <message>
        <source>Choose the file again, or another one.</source>
        <translation>もう一度ファイルを選ぶか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>{file} is {size}; {where} reads files up to {limit}.</source>
        <translation>{file} は {size} です。{where} が読めるファイルは {limit} までです。</translation>
    </message>
    <message>
        <source>{limit} and {over}</source>
        <translation>{limit} と {over}</translation>
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
        <translation>{file} は {size} です。OpenAI 互換の接続では、ファイルはメッセージ内に入れて合計 {limit} までしか送れません。</translation>
    </message>
    <message>
        <source>Use a smaller copy, or connect through the Gemini API or Vertex AI, which upload larger files.</source>
        <translation>小さいコピーを使うか、より大きなファイルをアップロードできる Gemini API または Vertex AI で接続してください。</translation>
    </message>
    <message>
        <source>{file} is {size}; without a Cloud Storage bucket, Vertex AI takes files only inside the message, up to {limit} in all.</source>
        <translation>{file} は {size} です。Cloud Storage バケットがない場合、Vertex AI はメッセージ内のファイルを合計 {limit} までしか受け付けません。</translation>
    </message>
    <message>
        <source>Set a Cloud Storage bucket in Connection settings (it needs a Google Cloud project), or use a smaller copy of the file.</source>
        <translation>［接続設定］で Cloud Storage バケットを設定する（Google Cloud プロジェクトが必要です）か、ファイルの小さいコピーを使ってください。</translation>
    </message>
    <message>
        <source>{file} is {size}; files up to {limit} can be sent with the message.</source>
        <translation>{file} は {size} です。メッセージと一緒に送れるファイルは {limit} までです。</translation>
    </message>
    <message>
        <source>Use a shorter clip or a smaller copy of the file.</source>
        <translation>もっと短い部分を切り取るか、ファイルの小さいコピーを使ってください。</translation>
    </message>
    <message>
        <source>Use a smaller copy of the file, or split it into parts.</source>
        <translation>ファイルの小さいコピーを使うか、いくつかに分割してください。</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos up to {limit} long.</source>
        <translation>{file} の長さは {length} です。Gemini が読める動画は {limit} までです。</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads videos with sound up to {limit} long.</source>
        <translation>{file} の長さは {length} です。Gemini が読める音声付きの動画は {limit} までです。</translation>
    </message>
    <message>
        <source>{file} lasts {length}; Gemini reads recordings up to {limit} long.</source>
        <translation>{file} の長さは {length} です。Gemini が読める録音は {limit} までです。</translation>
    </message>
    <message>
        <source>Cut it into shorter parts and send them one at a time.</source>
        <translation>短く分割して、1 つずつ送信してください。</translation>
    </message>
    <message>
        <source>This message has {count} photos; Gemini reads at most {limit} photos in one message.</source>
        <translation>このメッセージには写真が {count} 枚あります。Gemini が 1 つのメッセージで読める写真は {limit} 枚までです。</translation>
    </message>
    <message>
        <source>This message has {count} documents; Gemini reads at most {limit} documents in one message.</source>
        <translation>このメッセージには文書が {count} 件あります。Gemini が 1 つのメッセージで読める文書は {limit} 件までです。</translation>
    </message>
    <message>
        <source>This message has {count} videos; Gemini reads at most {limit} videos in one message.</source>
        <translation>このメッセージには動画が {count} 本あります。Gemini が 1 つのメッセージで読める動画は {limit} 本までです。</translation>
    </message>
    <message>
        <source>This message has {count} recordings; Gemini reads at most 1 recording in one message.</source>
        <translation>このメッセージには録音が {count} 件あります。Gemini が 1 つのメッセージで読める録音は 1 件までです。</translation>
    </message>
    <message>
        <source>This message has {count} YouTube links; Gemini reads at most 1 YouTube link in one message.</source>
        <translation>このメッセージには YouTube のリンクが {count} 件あります。Gemini が 1 つのメッセージで読める YouTube のリンクは 1 件までです。</translation>
    </message>
    <message>
        <source>Remove {file}, or send it in another message.</source>
        <translation>{file} を削除するか、別のメッセージで送ってください。</translation>
    </message>
    <message>
        <source>Remove {file} and {more} more, or send them in another message.</source>
        <translation>{file} とほか {more} 個を削除するか、別のメッセージで送ってください。</translation>
    </message>
    <message>
        <source>{file} is a {kind} image, which Gemini cannot read.</source>
        <translation>{file} は {kind} 形式の画像で、Gemini は読めません。</translation>
    </message>
    <message>
        <source>Save it as PNG or JPEG first (any image viewer can), then add it again.</source>
        <translation>まず PNG か JPEG で保存し直して（どの画像ビューアでもできます）、もう一度追加してください。</translation>
    </message>
    <message>
        <source>{file} is not a kind of file Gemini can read.</source>
        <translation>{file} は Gemini が読める種類のファイルではありません。</translation>
    </message>
    <message>
        <source>Choose a photo (JPEG, PNG, WebP, HEIC), a video, a recording, a PDF or a text file.</source>
        <translation>写真（JPEG、PNG、WebP、HEIC）、動画、録音、PDF、テキスト ファイルのいずれかを選んでください。</translation>
    </message>
    <message>
        <source>There are {count} stop sequences; at most {limit} are allowed.</source>
        <translation>停止シーケンスが {count} 個あります。使えるのは {limit} 個までです。</translation>
    </message>
    <message>
        <source>Remove some stop sequences.</source>
        <translation>停止シーケンスをいくつか削除してください。</translation>
    </message>
    <message>
        <source>A stop sequence is empty.</source>
        <translation>空の停止シーケンスがあります。</translation>
    </message>
    <message>
        <source>Remove the empty stop sequence.</source>
        <translation>空の停止シーケンスを削除してください。</translation>
    </message>
    <message>
        <source>A response schema only works when the answer format is JSON or a choice from a list (application/json or text/x.enum).</source>
        <translation>回答スキーマは、回答形式が JSON またはリストからの選択（application/json または text/x.enum）のときにだけ使えます。</translation>
    </message>
    <message>
        <source>Set the answer format to JSON, or remove the schema.</source>
        <translation>回答形式を JSON にするか、スキーマを削除してください。</translation>
    </message>
    <message>
        <source>No model is chosen.</source>
        <translation>モデルが選ばれていません。</translation>
    </message>
    <message>
        <source>Pick a model.</source>
        <translation>モデルを選んでください。</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>Type a question or attach a file.</source>
        <translation>質問を入力するか、ファイルを添付してください。</translation>
    </message>
    <message>
        <source>The {setting} is {value}, outside the allowed range {low} to {high}.</source>
        <translation>{setting}が {value} で、許容範囲（{low}〜{high}）の外です。</translation>
    </message>
    <message>
        <source>Choose a {setting} between {low} and {high}.</source>
        <translation>{setting}は {low}〜{high} の範囲で選んでください。</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>presence penalty</source>
        <translation>出現ペナルティ</translation>
    </message>
    <message>
        <source>frequency penalty</source>
        <translation>頻度ペナルティ</translation>
    </message>
    <message>
        <source>logprobs</source>
        <translation>ログ確率</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} 時間</translation>
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
        <translation>{n} 分</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Ask the connection for its list of models again</source>
        <translation>接続にモデルの一覧をもう一度問い合わせる</translation>
    </message>
    <message>
        <source>Refresh the list of models</source>
        <translation>モデルの一覧を更新</translation>
    </message>
    <message>
        <source>%1 · preview</source>
        <translation>%1 · プレビュー</translation>
    </message>
    <message>
        <source>The connection&apos;s model</source>
        <translation>接続のモデル</translation>
    </message>
    <message>
        <source>Loading the list of models…</source>
        <translation>モデルの一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>Uses the connection&apos;s model, %1.</source>
        <translation>接続のモデル（%1）を使います。</translation>
    </message>
    <message>
        <source>Not in this connection&apos;s list; sent as typed.</source>
        <translation>この接続の一覧にありません。入力したとおりに送信します。</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>安定版</translation>
    </message>
    <message>
        <source>%1 · context %2 tokens · %3</source>
        <translation>%1 · コンテキスト %2 トークン · %3</translation>
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
        <translation>XMP サイドカー</translation>
    </message>
    <message>
        <source>How should the sidecar files be named?</source>
        <translation>サイドカー ファイルの名前の付け方を選んでください。</translation>
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
        <translation>既存のサイドカーには追記するだけで、置き換えません。写真は変更しません。</translation>
    </message>
</context>
<context>
    <name>OpenAiServerForm</name>
    <message>
        <source>Enter the server&apos;s address first, for example http://localhost:11434/v1.</source>
        <translation>まずサーバーのアドレスを入力してください（例: http://localhost:11434/v1）。</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>サーバーのアドレスは http:// または https:// で始める必要があります。</translation>
    </message>
    <message>
        <source>Enter the address of a server that speaks the OpenAI API and, if it needs one, its key.</source>
        <translation>OpenAI API を話すサーバーのアドレスと、必要ならそのキーを入力してください。</translation>
    </message>
    <message>
        <source>Key (optional)</source>
        <translation>キー（省略可）</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>サーバーが求める場合のみ</translation>
    </message>
    <message>
        <source>the model&apos;s name on the server</source>
        <translation>サーバー上でのモデル名</translation>
    </message>
    <message>
        <source>Check that the key belongs to this server.</source>
        <translation>キーがこのサーバーのものか確認してください。</translation>
    </message>
    <message>
        <source>Check the address and key</source>
        <translation>アドレスとキーを確認</translation>
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
        <translation>写真と動画</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Reset all to defaults</source>
        <translation>すべてデフォルトに戻す</translation>
    </message>
    <message>
        <source>Put every setting here back to its default (the model&apos;s own choices)</source>
        <translation>ここにあるすべての設定をデフォルト（モデル自身の設定）に戻します</translation>
    </message>
    <message>
        <source>The JSON schema needs fixing. %1</source>
        <translation>JSON スキーマを修正する必要があります。%1</translation>
    </message>
    <message>
        <source>“Alternatives” only works with “Show how sure the model was” on. Switch that on, or reset Alternatives.</source>
        <translation>「候補」は「モデルの確信度を表示」がオンのときだけ使えます。オンにするか、「候補」をリセットしてください。</translation>
    </message>
    <message>
        <source>%1 writes at most %2 tokens per answer, and Max answer length is %3. Lower Max answer length to %2 or less.</source>
        <translation>%1 が 1 回の回答で書けるのは最大 %2 トークンですが、回答の最大長は %3 です。回答の最大長を %2 以下にしてください。</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>モデルのデフォルト</translation>
    </message>
    <message>
        <source>Model default (%1)</source>
        <translation>モデルのデフォルト (%1)</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> トークン</translation>
    </message>
    <message>
        <source>For example: Answer briefly, in plain English.</source>
        <translation>例: 簡潔に、わかりやすい日本語で答えてください。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Safety filters only act on answers. “Judged by” works on Vertex AI only, and needs at least one filter set above.</source>
        <translation>安全フィルタは回答にだけ適用されます。「判定基準」は Vertex AI でのみ使え、上で少なくとも 1 つのフィルタを設定する必要があります。</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>デフォルト:</translation>
    </message>
    <message>
        <source>Back to the default: %1</source>
        <translation>デフォルトに戻す: %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Which Gemini model answers. Pro models think harder; Flash models are faster and cost less. Type any part of a name to search, or type the name of a model that is not listed: it is sent as you typed it.</source>
        <translation>回答する Gemini モデル。Pro モデルはより深く考え、Flash モデルはより速く低コストです。名前の一部を入力して検索できます。一覧にないモデル名を入力すると、そのまま送信されます。</translation>
    </message>
    <message>
        <source>the model chosen in Connection settings.</source>
        <translation>［接続設定］で選んだモデル。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>How adventurous the wording is. Low (0–0.5): focused and repeatable. High (1.5–2): varied and creative.</source>
        <translation>言葉選びの大胆さ。低い（0〜0.5）: 的を絞った、再現性のある回答。高い（1.5〜2）: 変化に富んだ創造的な回答。</translation>
    </message>
    <message>
        <source>the model&apos;s own (1.0 for Gemini 2.x).</source>
        <translation>モデル自身の値（Gemini 2.x では 1.0）。</translation>
    </message>
    <message>
        <source>Max answer length</source>
        <translation>回答の最大長</translation>
    </message>
    <message>
        <source>The longest answer the model may write, in tokens (a token is about ¾ of a word: 1,000 tokens ≈ 750 words). The answer stops when it reaches this. On Gemini 2.5, thinking uses part of it.</source>
        <translation>モデルが書ける回答の最大の長さ（トークン単位）。英語では 1 トークンがおよそ ¾ 語で、1,000 トークン ≈ 750 語です。ここに達すると回答は止まります。Gemini 2.5 では思考もこの一部を使います。</translation>
    </message>
    <message>
        <source>the model&apos;s own limit (65,536 tokens for Gemini 2.5).</source>
        <translation>モデル自身の上限（Gemini 2.5 では 65,536 トークン）。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>指示</translation>
    </message>
    <message>
        <source>Standing instructions the model follows for the whole conversation, such as “Answer in French” or “Explain it as you would to a beginner”.</source>
        <translation>会話全体を通してモデルが従う指示。たとえば「フランス語で答えて」や「初心者にもわかるように説明して」など。</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Search Google for up-to-date facts</source>
        <translation>Google 検索で最新の情報を調べる</translation>
    </message>
    <message>
        <source>Lets the model look things up on Google and show its sources. Useful for news and recent facts. Google may charge for searches beyond a free allowance.</source>
        <translation>モデルが Google で調べものをして、出典を示せるようにします。ニュースや最近の出来事に便利です。無料枠を超えた検索には Google が料金を請求することがあります。</translation>
    </message>
    <message>
        <source>off.</source>
        <translation>オフ。</translation>
    </message>
    <message>
        <source>Top-P</source>
        <translation>Top-P</translation>
    </message>
    <message>
        <source>How wide a choice of words the model considers (0–1). Lower keeps to the most likely words: plainer and safer. Higher lets in less likely ones: more surprising.</source>
        <translation>モデルが検討する言葉の幅（0〜1）。低いと可能性の高い言葉に絞られ、平易で無難になります。高いと可能性の低い言葉も入り、意外性が増します。</translation>
    </message>
    <message>
        <source>the model&apos;s own (0.95 for Gemini 2.x).</source>
        <translation>モデル自身の値（Gemini 2.x では 0.95）。</translation>
    </message>
    <message>
        <source>Top-K</source>
        <translation>Top-K</translation>
    </message>
    <message>
        <source>The model picks each next word from only this many likely candidates (1–100; Vertex AI accepts up to 40). Lower: more predictable. Higher: more varied.</source>
        <translation>モデルは次の言葉を、可能性の高いこの数の候補からだけ選びます（1〜100。Vertex AI は 40 まで）。低いほど予測しやすく、高いほど変化に富みます。</translation>
    </message>
    <message>
        <source>the model&apos;s own (often 40 or 64).</source>
        <translation>モデル自身の値（多くは 40 か 64）。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>How many different answers the model writes at once (1–8). While an answer streams, only the first one is shown, so more mostly adds cost.</source>
        <translation>モデルが一度に書く異なる回答の数（1〜8）。受信中は最初の回答しか表示されないため、増やしても主にコストが増えるだけです。</translation>
    </message>
    <message>
        <source>1.</source>
        <translation>1。</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>停止する語</translation>
    </message>
    <message>
        <source>The answer stops as soon as the model writes one of these words or phrases, which is left out. Capitals matter. Up to 5.</source>
        <translation>モデルがこれらの単語や語句のどれかを書いた時点で回答が止まり、その語は含まれません。大文字と小文字は区別されます。5 個まで。</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>出現ペナルティ</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values nudge the model towards topics and words it has not used yet; negative values let it stay with what it already said.</source>
        <translation>−2〜2。正の値では、まだ使っていない話題や言葉へモデルを促します。負の値では、すでに話した内容にとどまりやすくなります。</translation>
    </message>
    <message>
        <source>the model&apos;s own (0: no nudge).</source>
        <translation>モデル自身の値（0: 促しなし）。</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>頻度ペナルティ</translation>
    </message>
    <message>
        <source>From −2 to 2. Positive values make the model repeat the same words less often; negative values allow more repetition.</source>
        <translation>−2〜2。正の値では同じ言葉を繰り返しにくくなり、負の値では繰り返しやすくなります。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Set a number to get nearly the same answer when you ask the same question again with the same settings. Not guaranteed.</source>
        <translation>数値を設定すると、同じ設定で同じ質問をしたときにほぼ同じ回答が得られます。保証はされません。</translation>
    </message>
    <message>
        <source>random: a new one for every answer.</source>
        <translation>ランダム: 回答ごとに新しい値。</translation>
    </message>
    <message>
        <source>Answer format</source>
        <translation>回答形式</translation>
    </message>
    <message>
        <source>Plain text: ordinary answers. JSON: structured data a program can read; describe its shape in the schema below. One choice from a list (text/x.enum): for sorting things into categories.</source>
        <translation>書式なしテキスト: 通常の回答。JSON: プログラムが読める構造化データ。形は下のスキーマで指定します。リストから 1 つ選択（text/x.enum）: 物事をカテゴリに分類するときに。</translation>
    </message>
    <message>
        <source>plain text.</source>
        <translation>書式なしテキスト。</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>JSON スキーマ</translation>
    </message>
    <message>
        <source>The shape the JSON answer must have: its fields and their types (OBJECT, ARRAY, STRING, NUMBER, INTEGER, BOOLEAN). Checked as you type.</source>
        <translation>JSON の回答が従うべき形: フィールドとその型（OBJECT、ARRAY、STRING、NUMBER、INTEGER、BOOLEAN）。入力中にチェックされます。</translation>
    </message>
    <message>
        <source>none: any JSON.</source>
        <translation>なし: 任意の JSON。</translation>
    </message>
    <message>
        <source>Show how sure the model was</source>
        <translation>モデルの確信度を表示</translation>
    </message>
    <message>
        <source>Adds how likely each word of the answer was (token log probabilities). A preview feature with a small daily limit.</source>
        <translation>回答の各単語がどのくらいの確率だったか（トークンの対数確率）を追加します。1 日の上限が小さいプレビュー機能です。</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>How many other likely words to list at each step (1–20). Needs “Show how sure the model was” on.</source>
        <translation>各ステップで一覧にする、ほかの有力な単語の数（1〜20）。「モデルの確信度を表示」をオンにする必要があります。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>How much the model thinks before it answers. More helps with hard questions but is slower and costs more. Each model offers its own levels.</source>
        <translation>回答する前にモデルがどれだけ思考するかです。多いほど難しい質問に強くなりますが、時間も費用もかかります。選べるレベルはモデルごとに異なります。</translation>
    </message>
    <message>
        <source>the model&apos;s own level, marked (default).</source>
        <translation>モデル自身のレベル（［(デフォルト)］と表示）。</translation>
    </message>
    <message>
        <source>How much the model may think before it answers, in tokens. More helps with hard questions but is slower and costs more. Off: no thinking (Gemini 2.5 Pro cannot switch it off). Dynamic: the model decides.</source>
        <translation>回答する前にモデルがどのくらい考えてよいか（トークン単位）。多いほど難しい質問に強くなりますが、遅く高くなります。オフ: 思考なし（Gemini 2.5 Pro ではオフにできません）。動的: モデルが判断します。</translation>
    </message>
    <message>
        <source>the model&apos;s own (dynamic on Gemini 2.5).</source>
        <translation>モデル自身の値（Gemini 2.5 では動的）。</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>思考を表示</translation>
    </message>
    <message>
        <source>Shows a summary of the model&apos;s thinking above its answer, folded until you open it.</source>
        <translation>モデルの思考の要約を回答の上に表示します。開くまでは折りたたまれています。</translation>
    </message>
    <message>
        <source>on.</source>
        <translation>オン。</translation>
    </message>
    <message>
        <source>Understand times in audio</source>
        <translation>音声の時刻を理解</translation>
    </message>
    <message>
        <source>For audio-only files: lets the model refer to moments by their time, such as “at 1:23”.</source>
        <translation>音声だけのファイル向け: モデルが「1:23 の時点」のように時刻で場面を指せるようにします。</translation>
    </message>
    <message>
        <source>Media resolution</source>
        <translation>メディアの解像度</translation>
    </message>
    <message>
        <source>How many tokens each picture or video frame uses: how closely the model looks at it. Low saves tokens and time on long videos. High lets the model read small text in pictures. Medium is in between.</source>
        <translation>各画像や動画のフレームが使うトークン数、つまりモデルがどのくらい細かく見るか。低はトークンと時間を節約でき、長い動画向きです。高は画像内の小さな文字も読めます。中はその中間です。</translation>
    </message>
    <message>
        <source>the model decides.</source>
        <translation>モデルが判断します。</translation>
    </message>
    <message>
        <source>Image detail</source>
        <translation>画像の精細さ</translation>
    </message>
    <message>
        <source>How large photos are when they are sent: at most 3,072 pixels on the long side (High), 1,536 (Balanced) or 768 (Low). Smaller photos upload faster and use fewer tokens, and are sent without camera details such as the location. Original sends each photo exactly as it is. Applies to every conversation.</source>
        <translation>送信する写真の大きさ: 長辺が最大 3,072 ピクセル（高）、1,536（標準）、768（低）。小さい写真ほど速くアップロードでき、トークンも少なく、位置情報などのカメラ情報なしで送られます。オリジナルは各写真をそのまま送ります。すべての会話に適用されます。</translation>
    </message>
    <message>
        <source>Balanced (1,536 pixels on the long side).</source>
        <translation>標準（長辺 1,536 ピクセル）。</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>判定基準</translation>
    </message>
    <message>
        <source>Probability: blocks by how likely the answer is harmful. Severity: also weighs how harmful it would be. Only Vertex AI reads this; with an AI Studio key it is left out.</source>
        <translation>確率: 回答が有害である可能性の高さでブロックします。重大度: どのくらい有害かも考慮します。これを読むのは Vertex AI だけで、AI Studio のキーでは省かれます。</translation>
    </message>
    <message>
        <source>the model&apos;s own (probability).</source>
        <translation>モデル自身の値（確率）。</translation>
    </message>
    <message>
        <source>the model&apos;s own setting, which depends on the model.</source>
        <translation>モデル自身の設定（モデルによって異なります）。</translation>
    </message>
    <message>
        <source>Hate speech</source>
        <translation>ヘイトスピーチ</translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation>危険なコンテンツ</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>ハラスメント</translation>
    </message>
    <message>
        <source>Sexually explicit</source>
        <translation>性的に露骨な表現</translation>
    </message>
    <message>
        <source>Civic integrity</source>
        <translation>選挙の公正性</translation>
    </message>
    <message>
        <source>attacks on people for who they are</source>
        <translation>属性を理由とする人への攻撃</translation>
    </message>
    <message>
        <source>help or encouragement to do harmful things</source>
        <translation>有害な行為の手助けや奨励</translation>
    </message>
    <message>
        <source>bullying or threats against someone</source>
        <translation>誰かへのいじめや脅迫</translation>
    </message>
    <message>
        <source>sexual content</source>
        <translation>性的なコンテンツ</translation>
    </message>
    <message>
        <source>misleading claims about elections and voting</source>
        <translation>選挙や投票に関する誤解を招く主張</translation>
    </message>
    <message>
        <source>How readily answers with %1 are blocked. Block most: even at low risk. Block some: at medium risk and above. Block few: only at high risk. Don&apos;t block: nothing is blocked, but the filter still rates each answer. Turn the filter off: it does not run at all.</source>
        <translation>「%1」を含む回答をどのくらいブロックするか。多くをブロック: 低リスクでもブロック。一部をブロック: 中リスク以上。少数をブロック: 高リスクのみ。ブロックしない: 何もブロックしませんが、フィルタは各回答を評価し続けます。フィルタをオフにする: フィルタ自体が動きません。</translation>
    </message>
    <message>
        <source>Don&apos;t block (filters still run)</source>
        <translation>ブロックしない（フィルタは動作）</translation>
    </message>
    <message>
        <source>Turn the filter off</source>
        <translation>フィルタをオフにする</translation>
    </message>
    <message>
        <source>Nothing is blocked. The filter still runs: it rates each answer&apos;s risk and the answer says so.</source>
        <translation>何もブロックしません。フィルタは動作し続け、各回答のリスクを評価して回答に表示します。</translation>
    </message>
    <message>
        <source>The filter does not run at all: nothing is blocked and no risk is rated.</source>
        <translation>フィルタはまったく動作しません。何もブロックせず、リスクも評価しません。</translation>
    </message>
    <message>
        <source>Block most (low and above)</source>
        <translation>多くをブロック（低以上）</translation>
    </message>
    <message>
        <source>Block some (medium and above)</source>
        <translation>一部をブロック（中以上）</translation>
    </message>
    <message>
        <source>Block few (only high)</source>
        <translation>少数をブロック（高のみ）</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>確率</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>書式なしテキスト</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>リストから 1 つ選択</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>モデルが判断します。</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Fewest tokens: cheaper and faster, and enough for most videos.</source>
        <translation>最も少ないトークン: 安く速く、ほとんどの動画にはこれで十分です。</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>More tokens, for more detail.</source>
        <translation>トークンを増やして、より細かく。</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>The most detail: small print in photos, scans and screenshots.</source>
        <translation>最も細かく: 写真、スキャン、スクリーンショット内の小さな文字まで。</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>オリジナル</translation>
    </message>
    <message>
        <source>Exactly as taken, with the camera details such as the location.</source>
        <translation>撮影したそのまま。位置情報などのカメラ情報も含みます。</translation>
    </message>
    <message>
        <source>At most 3,072 pixels on the long side.</source>
        <translation>長辺が最大 3,072 ピクセル。</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>At most 1,536 pixels on the long side.</source>
        <translation>長辺が最大 1,536 ピクセル。</translation>
    </message>
    <message>
        <source>At most 768 pixels on the long side: the fastest, and the fewest tokens.</source>
        <translation>長辺が最大 768 ピクセル。最も速く、トークンも最少です。</translation>
    </message>
    <message>
        <source>Photos are sent exactly as taken, with their camera details such as the GPS location.</source>
        <translation>写真は撮影したまま、GPS の位置情報などのカメラ情報も含めて送られます。</translation>
    </message>
    <message>
        <source>%1 chooses this itself</source>
        <translation>%1 はこれを自分で決めます</translation>
    </message>
    <message>
        <source>%1 writes one answer at a time</source>
        <translation>%1 は一度に 1 つの回答だけを書きます</translation>
    </message>
    <message>
        <source>%1 does not accept this setting</source>
        <translation>%1 はこの設定を受け付けません</translation>
    </message>
    <message>
        <source>%1 answers without thinking first</source>
        <translation>%1 は思考せずに回答します</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Saved connection:</source>
        <translation>保存済みの接続:</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
</context>
<context>
    <name>QuestionFilesController</name>
    <message>
        <source>%1 opens once the question is saved.</source>
        <translation>%1 は質問が保存されると開けます。</translation>
    </message>
    <message>
        <source>%1 could not be opened. The details are in the log file.</source>
        <translation>%1 を開けませんでした。詳細はログファイルにあります。</translation>
    </message>
    <message>
        <source>No app on this computer could open %1.</source>
        <translation>このコンピュータには %1 を開けるアプリがありません。</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>Line %1, column %2, in “%4”: %3</source>
        <translation>%1 行目、%2 列目、「%4」内: %3</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>the schema is nested too deeply.</source>
        <translation>スキーマの入れ子が深すぎます。</translation>
    </message>
    <message>
        <source>the schema must be an object in curly braces, like { &quot;type&quot;: &quot;OBJECT&quot; }.</source>
        <translation>スキーマは { &quot;type&quot;: &quot;OBJECT&quot; } のように、波かっこで囲んだオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>a comma is missing between two entries.</source>
        <translation>2 つの項目のあいだにカンマがありません。</translation>
    </message>
    <message>
        <source>a name in &quot;double quotes&quot; is expected here (or there is a comma too many).</source>
        <translation>ここには &quot;ダブルクォート&quot; で囲んだ名前が必要です（またはカンマが 1 つ多すぎます）。</translation>
    </message>
    <message>
        <source>a colon (:) is missing after the name.</source>
        <translation>名前のあとにコロン（:）がありません。</translation>
    </message>
    <message>
        <source>a value is missing here (or there is a comma too many).</source>
        <translation>ここに値がありません（またはカンマが 1 つ多すぎます）。</translation>
    </message>
    <message>
        <source>a text in quotes is not closed: add the closing &quot;.</source>
        <translation>引用符で囲んだテキストが閉じられていません: 閉じる &quot; を追加してください。</translation>
    </message>
    <message>
        <source>a text in quotes runs over a line break: close it first.</source>
        <translation>引用符で囲んだテキストが改行をまたいでいます: 改行の前で閉じてください。</translation>
    </message>
    <message>
        <source>a backslash (\) starts an unknown code: write \\ for a backslash.</source>
        <translation>バックスラッシュ（\）のあとに不明なコードがあります: バックスラッシュそのものは \\ と書いてください。</translation>
    </message>
    <message>
        <source>there is more text after the end of the schema.</source>
        <translation>スキーマの終わりのあとにまだテキストがあります。</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1).</source>
        <translation>有効な JSON ではありません（%1）。</translation>
    </message>
    <message>
        <source>each part of the schema must be an object in curly braces.</source>
        <translation>スキーマの各部分は、波かっこで囲んだオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>&quot;anyOf&quot; must be a list of schemas in [ ].</source>
        <translation>&quot;anyOf&quot; は [ ] で囲んだスキーマのリストにしてください。</translation>
    </message>
    <message>
        <source>&quot;type&quot; is missing. Add one of: %1.</source>
        <translation>&quot;type&quot; がありません。次のいずれかを追加してください: %1。</translation>
    </message>
    <message>
        <source>%1 is not a type the model knows. Use one of: %2.</source>
        <translation>%1 はモデルが知っている型ではありません。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object that names each field, like { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } }.</source>
        <translation>&quot;properties&quot; は { &quot;name&quot;: { &quot;type&quot;: &quot;STRING&quot; } } のように、各フィールドに名前を付けたオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be an object that describes one entry, like { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>&quot;items&quot; は { &quot;type&quot;: &quot;STRING&quot; } のように、1 つの項目を説明するオブジェクトにしてください。</translation>
    </message>
    <message>
        <source>a list (ARRAY) needs &quot;items&quot; saying what each entry looks like, like &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }.</source>
        <translation>リスト（ARRAY）には、各項目の形を示す &quot;items&quot; が必要です。例: &quot;items&quot;: { &quot;type&quot;: &quot;STRING&quot; }。</translation>
    </message>
    <message>
        <source>&quot;required&quot; must be a list of field names, like [ &quot;name&quot;, &quot;age&quot; ].</source>
        <translation>&quot;required&quot; は [ &quot;name&quot;, &quot;age&quot; ] のように、フィールド名のリストにしてください。</translation>
    </message>
    <message>
        <source>&quot;enum&quot; must be a list of the allowed values, like [ &quot;a&quot;, &quot;b&quot; ].</source>
        <translation>&quot;enum&quot; は [ &quot;a&quot;, &quot;b&quot; ] のように、使える値のリストにしてください。</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>For example:
%1</source>
        <translation>例:
%1</translation>
    </message>
    <message>
        <source>Response schema</source>
        <translation>回答スキーマ</translation>
    </message>
    <message>
        <source>✓ The schema is valid.</source>
        <translation>✓ スキーマは有効です。</translation>
    </message>
    <message>
        <source>Optional: describe the JSON the answer must follow.</source>
        <translation>省略可: 回答が従うべき JSON を記述します。</translation>
    </message>
</context>
<context>
    <name>SentFileChip</name>
    <message>
        <source>%1
Click to open it</source>
        <translation>%1
クリックして開く</translation>
    </message>
    <message>
        <source>%1
Open the video in your browser: %2</source>
        <translation>%1
動画をブラウザで開く: %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>%1
Not sent: it could not be read when the question was sent.</source>
        <translation>%1
未送信: 質問を送信したときに読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>SharedFields</name>
    <message>
        <source>A name you will recognise in the list</source>
        <translation>一覧で見分けやすい名前</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>for example http://localhost:11434/v1</source>
        <translation>例: http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>your Google Cloud project ID</source>
        <translation>Google Cloud のプロジェクト ID</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>プロジェクト ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Vertex AI (native)</source>
        <translation>Vertex AI（ネイティブ）</translation>
    </message>
    <message>
        <source>Vertex AI (OpenAI-compatible)</source>
        <translation>Vertex AI（OpenAI 互換）</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>optional, for example my-bucket</source>
        <translation>省略可（例: my-bucket）</translation>
    </message>
    <message>
        <source>Cloud Storage bucket (for large files)</source>
        <translation>Cloud Storage バケット（大きなファイル用）</translation>
    </message>
    <message>
        <source>Cloud Storage bucket
(for large files)</source>
        <translation>Cloud Storage バケット
（大きなファイル用）</translation>
    </message>
    <message>
        <source>Videos and files over 15 MB are uploaded here first. Leave empty to send only smaller files.</source>
        <translation>15 MB を超える動画やファイルは、まずここにアップロードされます。空欄にすると、小さいファイルだけを送ります。</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>leave empty to use Google&apos;s address</source>
        <translation>空欄なら Google のアドレスを使います</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>カスタム エンドポイント</translation>
    </message>
    <message>
        <source>for example http://proxy.example.com:8080</source>
        <translation>例: http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>キーを隠す</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>キーを表示</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Send the question</source>
        <translation>質問を送信</translation>
    </message>
    <message>
        <source>Stop the answer while it comes</source>
        <translation>生成中の回答を停止</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>会話内を検索</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>次の一致を検索</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>前の一致を検索</translation>
    </message>
    <message>
        <source>Search your conversations</source>
        <translation>会話を検索</translation>
    </message>
    <message>
        <source>Paste a picture or files into the question</source>
        <translation>画像やファイルを質問に貼り付け</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>動作</translation>
    </message>
</context>
<context>
    <name>StopSequenceChip</name>
    <message>
        <source>Remove “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
</context>
<context>
    <name>StopSequenceEditor</name>
    <message>
        <source>Type a word, then press Enter</source>
        <translation>単語を入力 + Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>「%1」はすでに一覧にあります。</translation>
    </message>
    <message>
        <source>You can have up to %1 stop sequences. Remove one to add another.</source>
        <translation>停止シーケンスは %1 個まで設定できます。追加するには 1 つ削除してください。</translation>
    </message>
</context>
<context>
    <name>ThinkingBudgetEdit</name>
    <message>
        <source>Model default</source>
        <translation>モデルのデフォルト</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>No thinking: faster and cheaper answers.</source>
        <translation>思考なし: より速く安い回答。</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>動的</translation>
    </message>
    <message>
        <source>The model thinks as much as the question needs.</source>
        <translation>質問に必要なだけモデルが考えます。</translation>
    </message>
    <message>
        <source>Up to…</source>
        <translation>上限を指定…</translation>
    </message>
    <message>
        <source>Set the most tokens the model may think with.</source>
        <translation>モデルが思考に使えるトークンの上限を設定します。</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考</translation>
    </message>
    <message>
        <source>Thinking budget in tokens</source>
        <translation>思考の予算（トークン）</translation>
    </message>
</context>
<context>
    <name>ThinkingLevelEdit</name>
    <message>
        <source>Minimal</source>
        <translation>最小</translation>
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
        <translation>最高</translation>
    </message>
    <message>
        <source>Hardly any thinking: the fastest, cheapest answers.</source>
        <translation>ほとんど思考しません。最も速く、最も安い回答です。</translation>
    </message>
    <message>
        <source>A little thinking: quick answers to simple questions.</source>
        <translation>少しだけ思考します。簡単な質問にすばやく回答します。</translation>
    </message>
    <message>
        <source>Balanced: enough thinking for most questions.</source>
        <translation>バランス型。たいていの質問に十分な思考です。</translation>
    </message>
    <message>
        <source>Deep thinking for hard questions: slower, costs more.</source>
        <translation>難しい質問のためにじっくり思考します。時間も費用もかかります。</translation>
    </message>
    <message>
        <source>The deepest thinking, for hard problems of many steps.</source>
        <translation>最も深く思考します。手順の多い難しい問題向けです。</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>モデルのデフォルト</translation>
    </message>
    <message>
        <source>The model decides.</source>
        <translation>モデルが判断します。</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (デフォルト)</translation>
    </message>
    <message>
        <source>%1 (not for this model)</source>
        <translation>%1 (このモデルでは使えません)</translation>
    </message>
</context>
<context>
    <name>ThoughtsSection</name>
    <message>
        <source>Thinking…</source>
        <translation>考えています…</translation>
    </message>
    <message>
        <source>Hide thoughts</source>
        <translation>思考を隠す</translation>
    </message>
    <message>
        <source>Show thoughts</source>
        <translation>思考を表示</translation>
    </message>
    <message>
        <source>What the model considered before answering</source>
        <translation>回答する前にモデルが検討したこと</translation>
    </message>
</context>
<context>
    <name>TokenCountController</name>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: remove “%3” (%4 tokens), then send again.</source>
        <translation>%1 トークンあり、このモデルが受け付ける %2 を超えています。「%3」（%4 トークン）を外してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>This is %1 tokens, more than the %2 this model takes: shorten the question, then send again.</source>
        <translation>%1 トークンあり、このモデルが受け付ける %2 を超えています。質問を短くしてから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>This conversation is %1 tokens, more than the %2 this model takes: start a new chat to ask this.</source>
        <translation>この会話は %1 トークンあり、このモデルが受け付ける %2 を超えています。この質問は新しいチャットで聞いてください。</translation>
    </message>
</context>
<context>
    <name>TokenCountLabel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 / %2 トークン</translation>
    </message>
    <message>
        <source>The tokens this question would use, the conversation before it and its files included, and the most this model takes.</source>
        <translation>この質問で使うトークン数（前の会話とそのファイルを含む）と、このモデルが受け付ける上限です。</translation>
    </message>
    <message>
        <source>The tokens could not be counted just now.</source>
        <translation>今はトークン数を数えられませんでした。</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Conversation deleted.</source>
        <translation>会話を削除しました。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Bring the conversation back (Ctrl+Z)</source>
        <translation>会話を元に戻す（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <source>Uploading %1</source>
        <translation>%1 をアップロードしています</translation>
    </message>
    <message>
        <source>Upload of %1</source>
        <translation>%1 のアップロード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop uploading and sending this message</source>
        <translation>アップロードとこのメッセージの送信を中止する</translation>
    </message>
    <message>
        <source>%1 of %2 · %3%</source>
        <translation>%1 / %2 · %3%</translation>
    </message>
    <message>
        <source>%1 already uploaded</source>
        <translation>%1 はアップロード済み</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 をアップロードしました</translation>
    </message>
    <message>
        <source>Upload of %1 stopped</source>
        <translation>%1 のアップロードを中止しました</translation>
    </message>
</context>
<context>
    <name>UserTurnView</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Edit &amp; resend</source>
        <translation>編集して再送信</translation>
    </message>
    <message>
        <source>Put this question back in the box to change it</source>
        <translation>この質問を入力欄に戻して変更する</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1（未送信）</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>添付: %1</translation>
    </message>
</context>
<context>
    <name>VersionSwitcher</name>
    <message>
        <source>Previous answer</source>
        <translation>前の回答</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>次の回答</translation>
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
        <translation>この回答を待つのをやめる</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3 of %4)…</source>
        <translation>%1%2 秒後にもう一度試します（%4 回中 %3 回目）…</translation>
    </message>
    <message>
        <source>%1 Trying again now (attempt %3 of %4)…</source>
        <translation>%1もう一度試しています（%4 回中 %3 回目）…</translation>
    </message>
    <message>
        <source>Waiting for Gemini · %1</source>
        <translation>Gemini を待っています · %1</translation>
    </message>
</context>
<context>
    <name>WaysPane</name>
    <message>
        <source>HOW TO CONNECT</source>
        <translation>接続方法</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Something unexpected went wrong. The details are in the log file.</source>
        <translation>予期しない問題が発生しました。詳細はログファイルにあります。</translation>
    </message>
</context>
</TS>
