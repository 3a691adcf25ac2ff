"""Số liệu ấp: the weekly grid (hamlets × metrics of one week) and the running totals.

Spreadsheet habits work: type a number over a cell, Enter moves down, Tab moves right,
Delete clears, Ctrl+C / Ctrl+V copy and paste blocks to and from Excel (tab-separated), and a
block pasted on the hamlet column goes to the hamlets it names. Accepted weeks are grey and
read-only. The buttons submit, accept, return or unlock the selected hamlets' week.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.counts import parse_pasted
from ...core.domain import KehoachError
from ..i18n import format_date, translate
from ..tracking_models import WeekGridModel
from ..vocabulary import week_state
from .pages import Page

# (action, button text, the states it starts from); texts in the context "WeeklyGridPage"
ACTIONS = [
    ("submit", QT_TRANSLATE_NOOP("WeeklyGridPage", "Gửi tuần"), {None, "draft", "returned"}),
    ("accept", QT_TRANSLATE_NOOP("WeeklyGridPage", "Duyệt (khóa)"), {"submitted"}),
    ("return", QT_TRANSLATE_NOOP("WeeklyGridPage", "Trả lại…"), {"submitted"}),
    ("unlock", QT_TRANSLATE_NOOP("WeeklyGridPage", "Mở khóa…"), {"accepted"}),
]
#: The actions only the commune office takes (a hamlet device submits its week, no more).
OFFICE_ACTIONS = {"accept", "return", "unlock"}
NOTE_PROMPTS = {
    "return": (
        QT_TRANSLATE_NOOP("WeeklyGridPage", "Trả lại tuần"),
        QT_TRANSLATE_NOOP("WeeklyGridPage", "Lý do trả lại (ấp sẽ thấy lý do này):"),
    ),
    "unlock": (
        QT_TRANSLATE_NOOP("WeeklyGridPage", "Mở khóa tuần đã duyệt"),
        QT_TRANSLATE_NOOP(
            "WeeklyGridPage",
            "Mở khóa cho phép sửa lại số liệu tuần đã chốt. Lý do mở khóa (được lưu vào lịch sử):",
        ),
    ),
}


class GridTableView(QTableView):
    """A table that types like a spreadsheet."""

    paste_requested = Signal(int, int, str)
    clear_requested = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setVisible(False)

    def _move_down(self) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        below = self.model().index(current.row() + 1, current.column())
        if below.isValid():
            self.setCurrentIndex(below)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move_down()  # Enter in a cell: on to the next hamlet, as in Excel

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste):
            current = self.currentIndex()
            if current.isValid():
                self.paste_requested.emit(
                    current.row(), current.column(), QGuiApplication.clipboard().text()
                )
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_requested.emit(
                    [(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()]
                )
                return
        super().keyPressEvent(event)

    def copy_selection(self) -> None:
        """The selected block as tab-separated lines, ready to paste into Excel."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        model = self.model()
        lines = [
            "\t".join(str(model.index(r, c).data(Qt.ItemDataRole.EditRole) or "") for c in columns)
            for r in rows
        ]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")


class TotalsFooter(QTableView):
    """The grid's totals row, frozen under it: the same model showing only its last row,
    with column widths and horizontal scrolling kept in step with the grid."""

    def __init__(self, grid: QTableView) -> None:
        super().__init__()
        self.grid = grid
        self.setModel(grid.model())
        self.horizontalHeader().setVisible(False)
        self.verticalHeader().setVisible(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(grid.verticalHeader().defaultSectionSize())
        grid.horizontalHeader().sectionResized.connect(
            lambda column, _old, new: self.setColumnWidth(column, new)
        )
        grid.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        grid.model().modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        model = self.model()
        last = model.rowCount() - 1
        for row in range(model.rowCount()):
            self.setRowHidden(row, row != last)
            self.grid.setRowHidden(row, row == last)
        for column in range(model.columnCount()):
            self.setColumnWidth(column, self.grid.columnWidth(column))
        height = self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth()
        self.setFixedHeight(height)
        # Leave room for the grid's vertical scroll bar so that the columns line up.
        self.setViewportMargins(0, 0, self.grid.verticalScrollBar().sizeHint().width(), 0)


class WeeklyGridPage(Page):
    """The weekly grid and, on a second tab, each hamlet's running totals and rates."""

    week_changed = Signal(str)
    action_requested = Signal(str, list, str)

    def __init__(self, totals_model: Any = None) -> None:
        super().__init__(self.tr("Số liệu ấp"))
        self.model = WeekGridModel(self)
        # Asks the officer for a reason; replaced in tests. Returns None when cancelled.
        self.ask_note: Callable[[str], str | None] = self._ask_note
        self.latest_week = ""

        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Tuần trước"))
        self.week_combo = QComboBox()
        self.week_combo.setMinimumWidth(250)
        self.next_button = QPushButton(self.tr("Tuần sau ▶"))
        self.latest_button = QPushButton(self.tr("Tuần vừa qua"))
        for widget in (self.previous_button, self.week_combo, self.next_button):
            bar.addWidget(widget)
        bar.addWidget(self.latest_button)
        bar.addSpacing(16)
        self.summary = QLabel("")
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        bar.addWidget(self.summary, 1)

        self.tabs = QTabWidget()
        grid_tab = QWidget()
        grid_box = QVBoxLayout(grid_tab)
        grid_box.setContentsMargins(6, 8, 6, 6)
        grid_box.addLayout(bar)
        self.table = GridTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(25)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        for column in range(1, 7):
            self.table.setColumnWidth(column, 104)
        self.table.setColumnWidth(7, 135)
        grid_box.addWidget(self.table, 1)
        grid_box.setSpacing(0)
        self.footer = TotalsFooter(self.table)
        grid_box.addWidget(self.footer)
        grid_box.addSpacing(6)
        self.message = QLabel("")
        self.message.setObjectName("gridMessage")
        self.message.setWordWrap(True)
        grid_box.addWidget(self.message)
        buttons = QHBoxLayout()
        self.hint = QLabel(
            self.tr(
                "Gõ số rồi Enter (xuống ấp kế tiếp), Tab sang cột bên phải, Delete để xóa; "
                "Ctrl+V dán từ Excel. Chọn các ấp rồi bấm:"
            )
        )
        self.hint.setObjectName("pageSubtitle")
        self.hint.setWordWrap(True)
        buttons.addWidget(self.hint, 1)
        self.action_buttons: dict[str, QPushButton] = {}
        for action, text, _states in ACTIONS:
            button = QPushButton(translate("WeeklyGridPage", text))
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, a=action: self.request_action(a))
            buttons.addWidget(button)
            self.action_buttons[action] = button
        grid_box.addLayout(buttons)
        self.tabs.addTab(grid_tab, self.tr("Nhập số liệu tuần"))

        totals_tab = QWidget()
        totals_box = QVBoxLayout(totals_tab)
        totals_box.setContentsMargins(6, 8, 6, 6)
        self.totals_table = QTableView()
        self.totals_table.setAlternatingRowColors(True)
        self.totals_table.verticalHeader().setVisible(False)
        self.totals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        if totals_model is not None:
            self.totals_table.setModel(totals_model)
            self.totals_table.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.Stretch
            )
        totals_box.addWidget(self.totals_table)
        self.tabs.addTab(totals_tab, self.tr("Lũy kế và tỷ lệ theo ấp"))
        self.layout_.addWidget(self.tabs, 1)

        self.previous_button.clicked.connect(lambda: self._step(+1))
        self.next_button.clicked.connect(lambda: self._step(-1))
        self.latest_button.clicked.connect(
            lambda: self._choose(self.week_combo.findData(self.latest_week))
        )
        self.week_combo.activated.connect(self._choose)
        self.table.paste_requested.connect(self._paste)
        self.table.clear_requested.connect(self._clear)
        self.model.error.connect(lambda text: self.show_message(text, error=True))
        self.model.modelReset.connect(self._update_buttons)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    # -- feeding
    def set_weeks(self, weeks: list[tuple[str, str]], current: str, latest: str = "") -> None:
        """The weeks to choose from, newest first, as (code, label); ``latest`` is the last
        complete week (the "Tuần vừa qua" button)."""
        self.latest_week = latest or current
        self.week_combo.blockSignals(True)
        self.week_combo.clear()
        for code, label in weeks:
            self.week_combo.addItem(label, code)
        index = self.week_combo.findData(current)
        self.week_combo.setCurrentIndex(max(index, 0))
        self.week_combo.blockSignals(False)
        self._update_navigation()

    def show_grid(self, grid: Any) -> None:
        self.model.set_grid(grid)
        index = self.week_combo.findData(grid.week)
        if index >= 0 and index != self.week_combo.currentIndex():
            self.week_combo.blockSignals(True)
            self.week_combo.setCurrentIndex(index)
            self.week_combo.blockSignals(False)
        self._update_navigation()
        self._update_summary()
        self._update_buttons()

    def current_week(self) -> str:
        return str(self.week_combo.currentData() or "")

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1b6e2a;")

    # -- navigation
    def _choose(self, index: int) -> None:
        if 0 <= index < self.week_combo.count():
            self.week_combo.setCurrentIndex(index)
            self._update_navigation()
            self.week_changed.emit(self.current_week())

    def _step(self, offset: int) -> None:
        self._choose(self.week_combo.currentIndex() + offset)

    def _update_navigation(self) -> None:
        index = self.week_combo.currentIndex()
        self.previous_button.setEnabled(index < self.week_combo.count() - 1)
        self.next_button.setEnabled(index > 0)

    def _update_summary(self) -> None:
        grid = self.model.grid
        if grid is None:
            self.summary.setText("")
            return
        states: dict[str | None, int] = {}
        for row in self.model.rows:
            states[row.state] = states.get(row.state, 0) + 1
        order: list[str | None] = ["accepted", "submitted", "returned", "draft", None]
        parts = [
            f"{states[s]} {week_state(s, with_lock=False).lower()}" for s in order if states.get(s)
        ]
        text = self.tr("Từ {start} đến {end}: {states}.").format(
            start=format_date(grid.start), end=format_date(grid.end), states=", ".join(parts)
        )
        if getattr(grid, "is_future", False):
            text = self.tr("Tuần này chưa bắt đầu: chưa nhập được số liệu.")
        self.summary.setText(text)

    # -- editing
    def _paste(self, row: int, column: int, text: str) -> None:
        try:
            changed = self.model.paste(row, column, parse_pasted(text))
        except KehoachError as exc:
            self.show_message(self.tr("Không dán được: {error}").format(error=exc), error=True)
            return
        if not changed:
            self.show_message(self.tr("Không có gì thay đổi."))

    def _clear(self, cells: list[tuple[int, int]]) -> None:
        editable = {c: "" for c in cells if self.model.editable(*c)}
        if not editable:
            return
        try:
            self.model.apply(self.model.edits_for(editable))
        except KehoachError as exc:
            self.show_message(str(exc), error=True)

    # -- the week workflow
    def selected_rows(self) -> list[Any]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return [self.model.rows[r] for r in sorted(rows) if r < len(self.model.rows)]

    def _eligible(self, action: str) -> list[Any]:
        states = next(s for a, _t, s in ACTIONS if a == action)
        rows = [r for r in self.selected_rows() if r.state in states]
        if action == "submit":
            rows = [r for r in rows if any(v is not None for v in r.values.values())]
        return rows

    def _update_buttons(self) -> None:
        for action, button in self.action_buttons.items():
            button.setEnabled(bool(self._eligible(action)))

    def request_action(self, action: str, note: str | None = None) -> None:
        """Ask the controller to move the selected hamlets' week (those it applies to)."""
        rows = self._eligible(action)
        if not rows:
            return
        if action in NOTE_PROMPTS and note is None:
            note = self.ask_note(action)
            if note is None:
                return
        self.action_requested.emit(action, [r.hamlet_id for r in rows], note or "")

    def _ask_note(self, action: str) -> str | None:
        title, prompt = NOTE_PROMPTS[action]
        text, accepted = QInputDialog.getText(
            self, translate("WeeklyGridPage", title), translate("WeeklyGridPage", prompt)
        )
        return text if accepted else None

    def set_office_actions(self, shown: bool) -> None:
        """Show or hide the buttons only the commune office uses (accept, return, unlock)."""
        for action in OFFICE_ACTIONS:
            self.action_buttons[action].setVisible(shown)

    def select_hamlets(self, names: list[str]) -> None:
        """Select the rows of these hamlets (whole rows), as a user would with the mouse."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row, hamlet in enumerate(self.model.rows):
            if hamlet.hamlet in names:
                selection.select(self.model.index(row, 0), flags)
        self._update_buttons()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.model.grid is not None:
            self.table.setFocus()
        return super().event(event)

    def index_of(self, hamlet: str, metric_column: int) -> QModelIndex:
        row = next(i for i, r in enumerate(self.model.rows) if r.hamlet == hamlet)
        return self.model.index(row, metric_column)
