"""The conversation's style sheet: calm cards, muted footers and actions, a slim scroll bar."""

from __future__ import annotations

from desktop.ui.conversation.theme import Theme
from desktop.ui.theme import rgba


def conversation_style_sheet(theme: Theme) -> str:
    text = theme.text
    muted = theme.muted
    accent = theme.accent
    small = theme.body_font.pointSizeF() - 1.5
    return f"""
        #conversationScroll, #conversationContent, #conversationColumn {{
            background: transparent;
            border: none;
        }}
        #conversationScroll QScrollBar:vertical {{
            background: transparent;
            width: 10px;
            margin: 4px 2px 4px 0;
        }}
        #conversationScroll QScrollBar::handle:vertical {{
            background: {rgba(text, 60)};
            border-radius: 4px;
            min-height: 36px;
        }}
        #conversationScroll QScrollBar::handle:vertical:hover {{ background: {rgba(text, 100)}; }}
        #conversationScroll QScrollBar::add-line:vertical,
        #conversationScroll QScrollBar::sub-line:vertical {{ height: 0; }}
        #conversationScroll QScrollBar::add-page:vertical,
        #conversationScroll QScrollBar::sub-page:vertical {{ background: none; }}

        #findBar {{ border-bottom: 1px solid {rgba(theme.border)}; }}
        QLineEdit#findField {{
            background: {theme.base.name()};
            color: {text.name()};
            border: 1px solid {rgba(theme.border)};
            border-radius: 6px;
            padding: 3px 6px;
        }}
        QLineEdit#findField:focus {{ border-color: {accent.name()}; }}
        #findCount {{ color: {rgba(muted)}; }}
        #findBar QToolButton {{ color: {text.name()}; }}

        #userTurn {{
            background: {theme.card.name()};
            border: 1px solid {rgba(accent, 40 if theme.dark else 28)};
            border-radius: 14px;
        }}
        #userLabel, #answerLabel {{
            color: {accent.name()};
            font-weight: 600;
        }}
        #userText {{ color: {text.name()}; background: transparent; }}
        #attachmentChip {{
            background: {theme.base.name()};
            border: 1px solid {rgba(theme.border)};
            border-radius: 8px;
        }}
        #attachmentName {{ color: {text.name()}; font-size: {small}pt; }}
        QToolButton#userEdit, QToolButton#answerAction {{
            color: {muted.name()};
            background: transparent;
            border: none;
            border-radius: 7px;
            padding: 3px 8px;
            font-size: {small}pt;
        }}
        QToolButton#userEdit:hover, QToolButton#answerAction:hover {{
            color: {text.name()};
            background: {rgba(text, 18)};
        }}

        #versionLabel {{ color: {muted.name()}; font-size: {small}pt; }}
        #answerStatus {{ color: {muted.name()}; font-style: italic; font-size: {small}pt; }}
        #answerPending {{ font-size: 9pt; padding: 4px 0; }}
        #answerText, #thoughtsText {{ background: transparent; border: none; }}
        QToolButton#thoughtsToggle {{
            color: {muted.name()};
            background: {rgba(text, 12)};
            border: none;
            border-radius: 8px;
            padding: 4px 10px 4px 6px;
            font-size: {small}pt;
        }}
        QToolButton#thoughtsToggle:hover {{ color: {text.name()}; background: {rgba(text, 22)}; }}
        QToolButton#thoughtsToggle[thinking="true"] {{
            color: {accent.name()};
            background: {rgba(accent, 26)};
        }}
        #thoughtsBody {{ border-left: 2px solid {rgba(accent, 90)}; }}
        #answerFacts {{ color: {muted.name()}; }}
        #answerNoticeText {{ color: {text.name()}; }}

        #errorBanner {{
            background: {theme.error_background.name()};
            border: 1px solid {rgba(theme.error, 90)};
            border-radius: 14px;
        }}
        #errorExplanation, #errorHint {{ color: {text.name()}; background: transparent; }}
        #errorDetails, #errorCountdown {{
            color: {muted.name()};
            background: transparent;
            font-size: {small}pt;
        }}
        QPushButton#errorAction {{
            color: {text.name()};
            background: {theme.base.name()};
            border: 1px solid {rgba(theme.error, 110)};
            border-radius: 8px;
            padding: 5px 14px;
            font-weight: 600;
        }}
        QPushButton#errorAction:hover {{ border-color: {theme.error.name()}; }}
        QToolButton#errorClose {{ border: none; background: transparent; padding: 2px; }}
    """
