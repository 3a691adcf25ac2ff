"""Cài đặt: loads and saves the commune's settings, unit aliases, backups and restore."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QWidget

from ..i18n import format_date
from ..views.settings_page import COMMUNE_FIELDS, SIGNER_FIELDS, SettingsPage


class SettingsController(QObject):
    saved = Signal()
    store_replaced = Signal(object)

    def __init__(
        self, page: SettingsPage, runner: Any, store: Callable[[], Any], parent_widget: QWidget
    ) -> None:
        super().__init__(page)
        self.page = page
        self.runner = runner
        self.store = store
        self.parent_widget = parent_widget
        self.info: Any = None
        self.unit_ids: list[str] = []
        self.backup_paths: list[Path] = []
        page.save.clicked.connect(self.save)
        page.add_alias.clicked.connect(self.add_alias)
        page.backup_now.clicked.connect(self.backup_now)
        page.restore.clicked.connect(self.restore)

    def load(self) -> None:
        store = self.store()

        def job() -> tuple[Any, Any, Any]:
            from ...services.backups import list_backups
            from ...services.settings import list_units, load_commune

            return load_commune(store), list_units(store), list_backups(store.folder)

        self.runner.run(job, self._show)

    def _show(self, result: tuple[Any, Any, Any]) -> None:
        info, units, backups = result
        self.info = info
        page = self.page
        for key, _label in COMMUNE_FIELDS + SIGNER_FIELDS:
            page.fields[key].setText(getattr(info, key))
        page.recipients.setPlainText("\n".join(info.recipients))
        page.windows.setCurrentIndex(max(0, page.windows.findData(info.settings["report.windows"])))
        page.numbering.setCurrentIndex(
            max(0, page.numbering.findData(info.settings["report.numbering"]))
        )
        page.deadline_month.setValue(int(info.settings["report.deadline.month"]))
        page.deadline_quarter.setValue(int(info.settings["report.deadline.quarter"]))
        page.units.setRowCount(len(units))
        self.unit_ids = [u.id for u in units]
        for row, unit in enumerate(units):
            for column, text in enumerate((unit.name, unit.short_name, "; ".join(unit.aliases))):
                page.units.setItem(row, column, QTableWidgetItem(text))
        self._show_backups(backups)

    def refresh_backups(self) -> None:
        """List the backups again (a copy was made in the background)."""
        store = self.store()

        def job() -> Any:
            from ...services.backups import list_backups

            return list_backups(store.folder)

        self.runner.run(job, self._show_backups)

    def _show_backups(self, backups: Any) -> None:
        page = self.page
        page.backups.setRowCount(len(backups))
        self.backup_paths = [b.path for b in backups]
        for row, backup in enumerate(backups):
            moment = f"{format_date(backup.modified.date())} {backup.modified:%H:%M}"
            values = (moment, backup.kind, str(backup.path))
            for column, text in enumerate(values):
                page.backups.setItem(row, column, QTableWidgetItem(text))

    def collect(self) -> Any:
        page = self.page
        info = self.info
        for key, _label in COMMUNE_FIELDS + SIGNER_FIELDS:
            setattr(info, key, page.fields[key].text())
        info.recipients = page.recipients.toPlainText().splitlines()
        info.settings["report.windows"] = page.windows.currentData()
        info.settings["report.numbering"] = page.numbering.currentData()
        info.settings["report.deadline.month"] = page.deadline_month.value()
        info.settings["report.deadline.quarter"] = page.deadline_quarter.value()
        return info

    def save(self) -> None:
        if self.info is None:
            return
        store, info = self.store(), self.collect()

        def job() -> None:
            from ...services.settings import save_commune

            save_commune(store, info)

        self.runner.run(job, lambda _r: self._after_save(), self._failed)

    def _after_save(self) -> None:
        self.saved.emit()
        self.load()

    def add_alias(self) -> None:
        row = self.page.units.currentRow()
        alias = self.page.alias.text()
        if row < 0:
            self._failed(ValueError(self.tr("Hãy chọn một đơn vị trong bảng trước.")))
            return
        store, unit_id = self.store(), self.unit_ids[row]

        def job() -> None:
            from ...services.settings import add_unit_alias

            add_unit_alias(store, unit_id, alias)

        def done(_result: Any) -> None:
            self.page.alias.clear()
            self.load()

        self.runner.run(job, done, self._failed)

    def backup_now(self) -> None:
        store = self.store()

        def job() -> Path:
            from ...services.backups import backup_now

            return backup_now(store)

        self.runner.run(job, lambda _p: self.load(), self._failed)

    def restore(self) -> None:
        row = self.page.backups.currentRow()
        if row < 0:
            self._failed(ValueError(self.tr("Hãy chọn một bản sao lưu trong danh sách trước.")))
            return
        path = self.backup_paths[row]
        answer = QMessageBox.question(
            self.parent_widget,
            self.tr("Khôi phục dữ liệu"),
            self.tr(
                "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu\n{file}?\n\n"
                "Dữ liệu hiện tại sẽ được sao lưu trước khi khôi phục."
            ).format(file=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_from(path)

    def restore_from(self, path: Path) -> None:
        store = self.store()

        def job() -> Any:
            from ...services.backups import restore
            from ...services.store import open_store

            folder = store.folder
            store.close()
            restore(folder, path)
            return open_store(folder)

        self.runner.run(job, self._restored, self._failed)

    def _restored(self, new_store: Any) -> None:
        self.store_replaced.emit(new_store)
        self.load()

    def _failed(self, exc: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Không thực hiện được"),
            str(exc),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setModal(False)
        box.show()
        self.last_error = str(exc)
