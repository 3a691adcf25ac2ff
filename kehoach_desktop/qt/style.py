"""The app's look: calm colours, readable sizes, red only for what is late.

Font sizes are relative to the system's font (in points, so that they follow the screen's DPI
and the user's "larger text" setting): body text is the system size, titles a step or two up.
Qt 6 scales for high-DPI screens by itself.
"""

from PySide6.QtGui import QFont

#: The sizes used, as multiples of the system font's point size.
SCALE = {
    "commune": 1.2,
    "navigation": 1.1,
    "title": 1.55,
    "subtitle": 1.0,
    "section": 1.1,
    "empty": 1.1,
    "card_value": 2.0,
    "card_caption": 1.0,
    "card_detail": 0.92,
    "table": 1.0,
}


def _pt(base: float, key: str) -> str:
    return f"{round(base * SCALE[key], 1)}pt"


def style_sheet(font: QFont | None = None) -> str:
    """The application style sheet for the system font ``font`` (the app's default)."""
    base = font.pointSizeF() if font is not None and font.pointSizeF() > 0 else 9.0
    base = max(base, 9.0)  # never smaller than 9 pt: the users read figures off these pages
    s = {key: _pt(base, key) for key in SCALE}
    return f"""
QListWidget::item {{ padding: 3px 2px; border-bottom: 1px solid #e3e8ee; }}
QFrame#navigationFrame {{ background: #1f3b5c; }}
QLabel#communeLabel {{ color: white; font-size: {s["commune"]}; font-weight: bold;
                      padding: 4px 6px 12px 6px; }}
QListWidget#navigation {{ background: transparent; color: #e6edf5; font-size: {s["navigation"]};
                         outline: 0; }}
QListWidget#navigation::item {{ padding: 9px 8px; border-radius: 4px; border: none; }}
QListWidget#navigation::item:selected {{ background: #f2f5f9; color: #1f3b5c;
                                         font-weight: bold; }}
QListWidget#navigation::item:hover:!selected {{ background: #2d5079; }}
QLabel#pageTitle {{ font-size: {s["title"]}; font-weight: bold; color: #1f3b5c; }}
QLabel#pageSubtitle {{ color: #4a5a6a; font-size: {s["subtitle"]}; }}
QLabel#sectionTitle {{ font-size: {s["section"]}; font-weight: bold; color: #1f3b5c;
                      margin-top: 6px; }}
QLabel#emptyState {{ color: #4a5a6a; font-size: {s["empty"]}; padding: 24px;
                    background: #f4f6f9; border: 1px dashed #b8c4d2; border-radius: 6px; }}
QFrame#card {{ background: #f4f6f9; border: 1px solid #d5dde6; border-radius: 8px; }}
QLabel#cardValue {{ font-size: {s["card_value"]}; font-weight: bold; color: #1f3b5c; }}
QLabel#cardValue[alarming="true"] {{ color: #b3261e; }}
QLabel#cardCaption {{ font-size: {s["card_caption"]}; color: #33414f; }}
QLabel#cardDetail {{ font-size: {s["card_detail"]}; color: #5b6b7b; }}
QTreeView, QTableView {{ font-size: {s["table"]}; }}
QHeaderView::section {{ font-weight: bold; padding: 4px; }}
"""


#: The style sheet for the default 9 pt font (tests, tools that need it without an app).
STYLE_SHEET = style_sheet()
