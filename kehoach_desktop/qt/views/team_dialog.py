"""The Tổ công nghệ số cộng đồng of one hamlet: its members, edited as a draft, saved at once.

The dialog holds the wanted list of members; "Thêm vào tổ" and "Sửa người đã chọn" propose a new
list (``proposed``) that the controller has the service check (names, roles, phones, one Tổ
trưởng) before :meth:`TeamDialog.set_members` shows it; "Lưu" asks the controller to write the
list in one transaction (``submitted``). Refusals are shown under the table.
"""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import format_date, translate
from .dialog_parts import error_label, save_cancel

#: The roles of a team (``services.teams.ROLES``): the Vietnamese value is stored.
ROLES = [
    QT_TRANSLATE_NOOP("TeamDialog", "Tổ trưởng"),
    QT_TRANSLATE_NOOP("TeamDialog", "Tổ phó"),
    QT_TRANSLATE_NOOP("TeamDialog", "Tổ viên"),
]


class TeamDialog(QDialog):
    """A hamlet's team; ``team`` is a ``services.teams.Team``."""

    #: A new wanted list of members (dicts: id, name, role, phone) to be checked.
    proposed = Signal(object)
    #: "Lưu": write :meth:`members`.
    submitted = Signal()

    def __init__(self, team: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(
            self.tr("Tổ công nghệ số cộng đồng — {hamlet}").format(hamlet=team.hamlet)
        )
        self.resize(640, 480)
        self.hamlet = team.hamlet
        self._members: list[dict[str, str]] = [
            {"id": m.id, "name": m.name, "role": m.role, "phone": m.phone} for m in team.members
        ]
        layout = QVBoxLayout(self)
        if team.decision_number:
            decision = self.tr("Quyết định thành lập: {number}").format(number=team.decision_number)
            if team.decision_date:
                decision += self.tr(" ngày {date}").format(date=format_date(team.decision_date))
            layout.addWidget(QLabel(decision))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("teamTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Họ và tên"), self.tr("Vai trò"), self.tr("Số điện thoại")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(110)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("Tổ chưa có thành viên: nhập họ tên, vai trò rồi bấm “Thêm vào tổ”.")
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("memberName")
        self.name.setPlaceholderText(self.tr("ví dụ: Nguyễn Thị Hoa"))
        self.name.setProperty("vietnameseExample", True)
        self.role = QComboBox()
        self.role.setObjectName("memberRole")
        for role in ROLES:
            self.role.addItem(translate("TeamDialog", role), role)
        self.role.setCurrentIndex(len(ROLES) - 1)  # most are Tổ viên
        self.phone = QLineEdit()
        self.phone.setObjectName("memberPhone")
        self.phone.setPlaceholderText(self.tr("ví dụ: 0912 345 678 (có thể để trống)"))
        form.addRow(self.tr("Họ và tên"), self.name)
        form.addRow(self.tr("Vai trò"), self.role)
        form.addRow(self.tr("Số điện thoại"), self.phone)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm vào tổ"))
        self.edit_button = QPushButton(self.tr("Sửa người đã chọn"))
        self.remove_button = QPushButton(self.tr("Bỏ người đã chọn"))
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = error_label("teamMessage")
        layout.addWidget(self.message)
        buttons, self.ok_button = save_cancel(self, self._submit)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemSelectionChanged.connect(self._selected)
        self._show()
        self.name.setFocus()

    # ------------------------------------------------------------------ the draft

    def members(self) -> list[dict[str, str]]:
        """The wanted members: id ("" for a new one), name, role (Vietnamese), phone."""
        return [dict(m) for m in self._members]

    def set_members(self, members: list[dict[str, str]]) -> None:
        """Show a checked list as the new draft and clear the form."""
        self._members = [dict(m) for m in members]
        self._show()
        self.table.clearSelection()
        self.table.setCurrentCell(-1, -1)
        self.name.clear()
        self.phone.clear()
        self.role.setCurrentIndex(len(ROLES) - 1)
        self.message.setText("")

    def _show(self) -> None:
        self.table.setRowCount(len(self._members))
        for row, member in enumerate(self._members):
            texts = (member["name"], translate("TeamDialog", member["role"]), member["phone"])
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not self._members)
        self._selected()

    def _row(self) -> int:
        return self.table.currentRow() if self.table.selectedItems() else -1

    def _selected(self) -> None:
        row = self._row()
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(row >= 0)
        if row >= 0:
            member = self._members[row]
            self.name.setText(member["name"])
            self.role.setCurrentIndex(max(0, self.role.findData(member["role"])))
            self.phone.setText(member["phone"])

    def _typed(self, member_id: str) -> dict[str, str] | None:
        if not self.name.text().strip():
            self.show_error(self.tr("Hãy nhập họ và tên."))
            return None
        return {
            "id": member_id,
            "name": self.name.text(),
            "role": self.role.currentData(),
            "phone": self.phone.text(),
        }

    def _add(self) -> None:
        typed = self._typed("")
        if typed is not None:
            self.proposed.emit([*self.members(), typed])

    def _edit(self) -> None:
        row = self._row()
        if row < 0:
            return
        typed = self._typed(self._members[row]["id"])
        if typed is not None:
            members = self.members()
            members[row] = typed
            self.proposed.emit(members)

    def _remove(self) -> None:
        row = self._row()
        if row >= 0:
            self.set_members([m for i, m in enumerate(self._members) if i != row])

    def _submit(self) -> None:
        row = self._row()
        typed = (self.name.text().strip(), self.role.currentData(), self.phone.text().strip())
        if row < 0 and typed[0]:
            self.show_error(
                self.tr(
                    "“{name}” chưa được thêm vào tổ: bấm “Thêm vào tổ”, hoặc xóa ô họ và tên."
                ).format(name=typed[0])
            )
            return
        if row >= 0:
            member = self._members[row]
            if typed != (member["name"].strip(), member["role"], member["phone"].strip()):
                self.show_error(
                    self.tr(
                        "Thay đổi của “{name}” chưa được áp dụng: bấm “Sửa người đã chọn”."
                    ).format(name=member["name"])
                )
                return
        self.message.setText("")
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
