"""The app's look: calm colours, readable sizes, red only for what is late."""

STYLE_SHEET = """
QListWidget::item { padding: 3px 2px; border-bottom: 1px solid #e3e8ee; }
QFrame#navigationFrame { background: #1f3b5c; }
QLabel#communeLabel { color: white; font-size: 15px; font-weight: bold; padding: 4px 6px 12px 6px; }
QListWidget#navigation { background: transparent; color: #e6edf5; font-size: 14px; outline: 0; }
QListWidget#navigation::item { padding: 9px 8px; border-radius: 4px; border: none; }
QListWidget#navigation::item:selected { background: #f2f5f9; color: #1f3b5c; font-weight: bold; }
QListWidget#navigation::item:hover:!selected { background: #2d5079; }
QLabel#pageTitle { font-size: 20px; font-weight: bold; color: #1f3b5c; }
QLabel#pageSubtitle { color: #4a5a6a; font-size: 13px; }
QLabel#sectionTitle { font-size: 14px; font-weight: bold; color: #1f3b5c; margin-top: 6px; }
QLabel#emptyState { color: #4a5a6a; font-size: 14px; padding: 24px; background: #f4f6f9;
                    border: 1px dashed #b8c4d2; border-radius: 6px; }
QFrame#card { background: #f4f6f9; border: 1px solid #d5dde6; border-radius: 8px; }
QLabel#cardValue { font-size: 26px; font-weight: bold; color: #1f3b5c; }
QLabel#cardValue[alarming="true"] { color: #b3261e; }
QLabel#cardCaption { font-size: 13px; color: #33414f; }
QLabel#cardDetail { font-size: 12px; color: #5b6b7b; }
QTreeView, QTableView { font-size: 13px; }
QHeaderView::section { font-weight: bold; padding: 4px; }
"""
