; Gemini Desktop for Windows: a per-user installer (no administrator rights needed).
;
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=dist\gemini-desktop ^
;            /DOUTFILE=dist\GeminiDesktop-0.1.0-setup.exe packaging\windows\installer.nsi
;
; Installs the PyInstaller folder into %LOCALAPPDATA%\Programs\Gemini Desktop, adds a Start
; menu entry, registers "Open with" for the photo, video, audio, PDF and text types the app
; reads (HKCU\Software\Classes: Applications\gemini-desktop.exe with SupportedTypes, and the
; GeminiDesktop.File ProgID in each extension's OpenWithProgids; never the default app), and
; an uninstaller in Settings > Apps. The uninstaller keeps the user's conversations
; (%LOCALAPPDATA%\Gemini Desktop) unless asked; keys in Windows Credential Manager stay.
; tests/packaging/test_windows_installer.py compiles this with Debian's makensis.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass /DVERSION=x.y.z"
!endif
!ifndef SOURCE_DIR
  !error "Pass /DSOURCE_DIR=the PyInstaller folder (dist\gemini-desktop)"
!endif
!ifndef OUTFILE
  !define OUTFILE "GeminiDesktop-${VERSION}-setup.exe"
!endif

!define APP_NAME "Gemini Desktop"
!define APP_EXE "gemini-desktop.exe"
!define PROG_ID "GeminiDesktop.File"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GeminiDesktop"
!define CLASSES "Software\Classes"
; Where the app keeps conversations, attachments, logs and settings (platformdirs).
!define USER_DATA "$LOCALAPPDATA\${APP_NAME}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

; Four numbers, as VIProductVersion wants.
!searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
!ifndef V_PATCH
  !define V_PATCH 0
!endif
VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} setup"
VIAddVersionKey "LegalCopyright" "Apache License 2.0"

!define MUI_ICON "gemini-desktop.ico"
!define MUI_UNICON "gemini-desktop.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(StartApp)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The six languages of the app; NSIS starts in the one Windows uses (English otherwise).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "German"

LangString StartApp ${LANG_ENGLISH} "Start ${APP_NAME}"
LangString StartApp ${LANG_TRADCHINESE} "啟動 ${APP_NAME}"
LangString StartApp ${LANG_FRENCH} "Lancer ${APP_NAME}"
LangString StartApp ${LANG_JAPANESE} "${APP_NAME} を起動"
LangString StartApp ${LANG_SPANISH} "Abrir ${APP_NAME}"
LangString StartApp ${LANG_GERMAN} "${APP_NAME} starten"

LangString NeedsWindows ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows 10 or newer."
LangString NeedsWindows ${LANG_TRADCHINESE} "${APP_NAME} 需要 64 位元的 Windows 10 或更新版本。"
LangString NeedsWindows ${LANG_FRENCH} "${APP_NAME} nécessite Windows 10 ou plus récent, en 64 bits."
LangString NeedsWindows ${LANG_JAPANESE} "${APP_NAME} には 64 ビット版の Windows 10 以降が必要です。"
LangString NeedsWindows ${LANG_SPANISH} "${APP_NAME} necesita Windows 10 o posterior de 64 bits."
LangString NeedsWindows ${LANG_GERMAN} "${APP_NAME} benötigt 64-Bit-Windows 10 oder neuer."

LangString ShortcutComment ${LANG_ENGLISH} "Ask Google's Gemini models about your photos, videos and documents"
LangString ShortcutComment ${LANG_TRADCHINESE} "向 Google 的 Gemini 模型詢問你的相片、影片和文件"
LangString ShortcutComment ${LANG_FRENCH} "Interrogez les modèles Gemini de Google sur vos photos, vidéos et documents"
LangString ShortcutComment ${LANG_JAPANESE} "写真・動画・ドキュメントについて Google の Gemini モデルに質問"
LangString ShortcutComment ${LANG_SPANISH} "Pregunta a los modelos Gemini de Google sobre tus fotos, vídeos y documentos"
LangString ShortcutComment ${LANG_GERMAN} "Fragen Sie Googles Gemini-Modelle zu Ihren Fotos, Videos und Dokumenten"

LangString DeleteData ${LANG_ENGLISH} "Also delete your saved conversations, attachments and settings?$\r$\n$\r$\nThey are in ${USER_DATA}. Choose No to keep them for a later install.$\r$\n(Your keys stay in Windows Credential Manager either way.)"
LangString DeleteData ${LANG_TRADCHINESE} "要一併刪除已儲存的對話、附件和設定嗎？$\r$\n$\r$\n它們位於 ${USER_DATA}。選擇「否」可保留它們，供日後重新安裝時使用。$\r$\n（無論如何，你的金鑰都會保留在 Windows 認證管理員中。）"
LangString DeleteData ${LANG_FRENCH} "Supprimer aussi vos conversations, pièces jointes et paramètres enregistrés ?$\r$\n$\r$\nIls se trouvent dans ${USER_DATA}. Choisissez Non pour les garder pour une installation ultérieure.$\r$\n(Vos clés restent dans le Gestionnaire d’identification Windows dans tous les cas.)"
LangString DeleteData ${LANG_JAPANESE} "保存した会話、添付ファイル、設定も削除しますか？$\r$\n$\r$\nこれらは ${USER_DATA} にあります。次回のインストールのために残す場合は［いいえ］を選んでください。$\r$\n（キーはどちらの場合も Windows 資格情報マネージャーに残ります。）"
LangString DeleteData ${LANG_SPANISH} "¿Borrar también las conversaciones, los archivos adjuntos y los ajustes guardados?$\r$\n$\r$\nEstán en ${USER_DATA}. Elige No para conservarlos para una instalación posterior.$\r$\n(Tus claves se quedan en el Administrador de credenciales de Windows en cualquier caso.)"
LangString DeleteData ${LANG_GERMAN} "Auch Ihre gespeicherten Unterhaltungen, Anhänge und Einstellungen löschen?$\r$\n$\r$\nSie liegen in ${USER_DATA}. Wählen Sie Nein, um sie für eine spätere Installation zu behalten.$\r$\n(Ihre Schlüssel bleiben in jedem Fall in der Windows-Anmeldeinformationsverwaltung.)"

; The extensions "Open with" offers the app for; the same types as the Linux desktop entry.
!macro ForEachExtension MACRO
  !insertmacro ${MACRO} ".jpg"
  !insertmacro ${MACRO} ".jpeg"
  !insertmacro ${MACRO} ".png"
  !insertmacro ${MACRO} ".webp"
  !insertmacro ${MACRO} ".heic"
  !insertmacro ${MACRO} ".heif"
  !insertmacro ${MACRO} ".mp4"
  !insertmacro ${MACRO} ".m4v"
  !insertmacro ${MACRO} ".mov"
  !insertmacro ${MACRO} ".webm"
  !insertmacro ${MACRO} ".mpeg"
  !insertmacro ${MACRO} ".mpg"
  !insertmacro ${MACRO} ".avi"
  !insertmacro ${MACRO} ".wmv"
  !insertmacro ${MACRO} ".flv"
  !insertmacro ${MACRO} ".3gp"
  !insertmacro ${MACRO} ".mp3"
  !insertmacro ${MACRO} ".wav"
  !insertmacro ${MACRO} ".flac"
  !insertmacro ${MACRO} ".aac"
  !insertmacro ${MACRO} ".ogg"
  !insertmacro ${MACRO} ".m4a"
  !insertmacro ${MACRO} ".pdf"
  !insertmacro ${MACRO} ".txt"
!macroend

!macro RegisterExtension EXT
  WriteRegStr HKCU "${CLASSES}\Applications\${APP_EXE}\SupportedTypes" "${EXT}" ""
  WriteRegStr HKCU "${CLASSES}\${EXT}\OpenWithProgids" "${PROG_ID}" ""
!macroend

!macro UnregisterExtension EXT
  DeleteRegValue HKCU "${CLASSES}\${EXT}\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "${CLASSES}\${EXT}"
!macroend

Function .onInit
  ; PySide6 6.11 runs on Windows 10 (1809) and newer, 64-bit.
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NeedsWindows)" /SD IDOK
    Abort
  ${EndIf}
  SetShellVarContext current
  SetRegView 64
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  ; A previous version's files go first, so nothing stale stays in _internal.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"

  ; "Open with": the application, the types it takes, and a ProgID for each extension.
  WriteRegStr HKCU "${CLASSES}\Applications\${APP_EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "${CLASSES}\Applications\${APP_EXE}\DefaultIcon" "" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "${CLASSES}\Applications\${APP_EXE}\shell\open\command" "" \
    '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\${PROG_ID}" "" "${APP_NAME} file"
  WriteRegStr HKCU "${CLASSES}\${PROG_ID}" "FriendlyTypeName" "${APP_NAME} file"
  WriteRegStr HKCU "${CLASSES}\${PROG_ID}\DefaultIcon" "" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "${CLASSES}\${PROG_ID}\shell\open" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "${CLASSES}\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  !insertmacro ForEachExtension RegisterExtension

  ; Settings > Apps.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "The Gemini Desktop developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; Explorer rereads the associations.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Function un.onInit
  SetShellVarContext current
  SetRegView 64
FunctionEnd

Section "Uninstall"
  ; Only what the installer put there: the folder may hold other things the user added.
  Delete "$INSTDIR\gemini-desktop.exe"
  Delete "$INSTDIR\gemini-desktop-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  !insertmacro ForEachExtension UnregisterExtension
  DeleteRegKey HKCU "${CLASSES}\Applications\${APP_EXE}"
  DeleteRegKey HKCU "${CLASSES}\${PROG_ID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; The user's conversations stay unless they say otherwise; No is the default, and a
  ; silent uninstall (/S) keeps them.
  ${If} ${FileExists} "${USER_DATA}\*.*"
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(DeleteData)" \
      /SD IDNO IDNO keep_user_data
    RMDir /r "${USER_DATA}"
    keep_user_data:
  ${EndIf}
SectionEnd
