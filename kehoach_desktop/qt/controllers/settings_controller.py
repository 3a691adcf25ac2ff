"""Cài đặt: loads and saves the commune's settings, hamlets and their figures, unit aliases,
backups and restore."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from ..i18n import format_date
from ..views.settings_page import (
    COMMUNE_FIELDS,
    SIGNER_FIELDS,
    HamletDialog,
    HamletListDialog,
    SettingsPage,
)
from ..views.team_dialog import TeamDialog


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
        self.hamlets: list[Any] = []
        #: The open hamlet dialog, list preview and removal question (tests answer them).
        self.dialog: HamletDialog | None = None
        self.list_dialog: HamletListDialog | None = None
        self.team_dialog: TeamDialog | None = None
        self.question: QMessageBox | None = None
        self.today: date | None = None
        #: Asks for a hamlet list file; tests replace it.
        self.choose_file: Callable[[], str | None] = self._choose_file
        self.last_error = ""
        page.save.clicked.connect(self.save)
        page.add_hamlet.clicked.connect(self.ask_add)
        page.rename_hamlet.clicked.connect(self.ask_rename)
        page.update_figures.clicked.connect(self.ask_figures)
        page.remove_hamlet.clicked.connect(self.ask_remove)
        page.import_hamlets.clicked.connect(self.ask_import)
        page.edit_team.clicked.connect(self.ask_team)
        page.add_alias.clicked.connect(self.add_alias)
        page.backup_now.clicked.connect(self.backup_now)
        page.restore.clicked.connect(self.restore)

    def load(self) -> None:
        store = self.store()

        def job() -> tuple[Any, Any, Any, Any]:
            from ...services.backups import list_backups
            from ...services.hamlets import list_hamlets
            from ...services.settings import list_units, load_commune

            return (
                load_commune(store),
                list_units(store),
                list_backups(store.folder),
                list_hamlets(store),
            )

        self.runner.run(job, self._show)

    def _show(self, result: tuple[Any, Any, Any, Any]) -> None:
        info, units, backups, hamlets = result
        self._show_hamlets(hamlets)
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

    # ------------------------------------------------------------------ hamlets

    def load_hamlets(self) -> None:
        store = self.store()

        def job() -> Any:
            from ...services.hamlets import list_hamlets

            return list_hamlets(store)

        self.runner.run(job, self._show_hamlets, self._failed)

    def _show_hamlets(self, hamlets: list[Any]) -> None:
        self.hamlets = list(hamlets)
        self.page.show_hamlets(self.hamlets)

    def _selected_hamlet(self) -> Any:
        row = self.page.selected_hamlet()
        if row < 0 or row >= len(self.hamlets):
            self._failed(ValueError(self.tr("Hãy chọn một ấp trong bảng trước.")))
            return None
        return self.hamlets[row]

    def _hamlets_changed(self, _result: Any = None) -> None:
        """The store's hamlets changed: close the dialog, list them again, reload the window
        (the weekly grid, the dashboard and the reports show the hamlets)."""
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.load_hamlets()
        self.saved.emit()

    def _dialog_failed(self, exc: BaseException) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_error(str(exc) or exc.__class__.__name__)
            self.last_error = str(exc)
        else:
            self._failed(exc)

    def _open_dialog(
        self, mode: str, hamlet: Any, submit: Callable[[dict[str, Any]], None]
    ) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog = HamletDialog(mode, self.parent_widget, hamlet, self.today or date.today())
        dialog.submitted.connect(lambda: submit(dialog.values()))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()  # not exec(): the window goes on (and tests with it)

    def _forget_dialog(self, dialog: HamletDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def ask_add(self) -> None:
        self._open_dialog(HamletDialog.ADD, None, self.add_hamlet)

    def ask_rename(self) -> None:
        hamlet = self._selected_hamlet()
        if hamlet is not None:
            self._open_dialog(
                HamletDialog.RENAME, hamlet, lambda v: self.rename_hamlet(hamlet.name, v["name"])
            )

    def ask_figures(self) -> None:
        hamlet = self._selected_hamlet()
        if hamlet is not None:
            self._open_dialog(
                HamletDialog.FIGURES, hamlet, lambda v: self.update_figures(hamlet.name, v)
            )

    def add_hamlet(self, values: dict[str, Any]) -> None:
        store = self.store()

        def job() -> Any:
            from ...services.hamlets import add_hamlet

            return add_hamlet(store, values["name"], _figures(values), values["as_of"])

        self.runner.run(job, self._hamlets_changed, self._dialog_failed)

    def rename_hamlet(self, hamlet: str, new_name: str) -> None:
        store = self.store()

        def job() -> Any:
            from ...services.hamlets import rename_hamlet

            return rename_hamlet(store, hamlet, new_name)

        self.runner.run(job, self._hamlets_changed, self._dialog_failed)

    def update_figures(self, hamlet: str, values: dict[str, Any]) -> None:
        store = self.store()

        def job() -> Any:
            from ...services.hamlets import update_figures

            return update_figures(store, hamlet, values["as_of"], _figures(values))

        self.runner.run(job, self._hamlets_changed, self._dialog_failed)

    def ask_remove(self) -> None:
        """Say at once why a hamlet with records cannot go; otherwise ask, then remove."""
        hamlet = self._selected_hamlet()
        if hamlet is None:
            return
        store = self.store()

        def job() -> str:
            from ...services.hamlets import check_removable

            return check_removable(store, hamlet.name)

        self.runner.run(job, self._confirm_remove, self._failed)

    def _confirm_remove(self, name: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Bỏ ấp"),
            self.tr(
                "Bỏ {hamlet} khỏi danh sách ấp của xã?\n\nẤp chưa có số liệu tuần hay nhật ký "
                "nào; số liệu dân cư của ấp được giữ trong kho."
            ).format(hamlet=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.parent_widget,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button: self.remove_hamlet(name) if button is yes else None
        )
        box.finished.connect(lambda _code: setattr(self, "question", None))
        self.question = box
        box.open()  # not exec(): never block the window, nor a test

    def remove_hamlet(self, name: str) -> None:
        store = self.store()

        def job() -> str:
            from ...services.hamlets import remove_hamlet

            return remove_hamlet(store, name)

        self.runner.run(job, self._hamlets_changed, self._failed)

    # ------------------------------------------------------------------ teams

    def ask_team(self) -> None:
        """Read the chosen hamlet's team in the background, then open its dialog."""
        hamlet = self._selected_hamlet()
        if hamlet is None:
            return
        store = self.store()

        def job() -> Any:
            from ...services.teams import team_of

            return team_of(store, hamlet.name)

        self.runner.run(job, self._open_team, self._failed)

    def _open_team(self, team: Any) -> None:
        if self.team_dialog is not None:
            self.team_dialog.close()
        dialog = TeamDialog(team, self.parent_widget)
        dialog.proposed.connect(self.check_members)
        dialog.submitted.connect(lambda: self.save_team(team.hamlet, dialog.members()))
        dialog.finished.connect(lambda _code: self._forget_team_dialog(dialog))
        self.team_dialog = dialog
        dialog.open()  # not exec(): the window goes on (and tests with it)

    def _forget_team_dialog(self, dialog: TeamDialog) -> None:
        if self.team_dialog is dialog:
            self.team_dialog = None

    def _team_failed(self, exc: BaseException) -> None:
        if self.team_dialog is not None and self.team_dialog.isVisible():
            self.team_dialog.show_error(str(exc) or exc.__class__.__name__)
            self.last_error = str(exc)
        else:
            self._failed(exc)

    def check_members(self, members: list[dict[str, str]]) -> None:
        """Have the service check a proposed list (one rule for the dialog and the store);
        show it cleaned, or say why not."""

        def job() -> list[dict[str, str]]:
            from ...services.teams import check_members

            checked = check_members(_member_inputs(members))
            return [{"id": m.id, "name": m.name, "role": m.role, "phone": m.phone} for m in checked]

        def done(checked: list[dict[str, str]]) -> None:
            if self.team_dialog is not None:
                self.team_dialog.set_members(checked)

        self.runner.run(job, done, self._team_failed)

    def save_team(self, hamlet: str, members: list[dict[str, str]]) -> None:
        store = self.store()

        def job() -> Any:
            from ...services.teams import save_team

            return save_team(store, hamlet, _member_inputs(members))

        def done(_team: Any) -> None:
            if self.team_dialog is not None:
                self.team_dialog.accept()
                self.team_dialog = None
            self.load_hamlets()
            self.saved.emit()

        self.runner.run(job, done, self._team_failed)

    def _choose_file(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Chọn tệp danh sách ấp (Excel hoặc CSV)"),
            "",
            self.tr("Danh sách ấp (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv);;Mọi tệp (*)"),
        )
        return path or None

    def ask_import(self) -> None:
        path = self.choose_file()
        if path:
            self.preview_list(Path(path))

    def preview_list(self, path: Path, as_of: date | None = None) -> None:
        """Read the list and compare it with the store in the background; show the preview."""
        store = self.store()
        as_of = as_of or (
            self.list_dialog.as_of_date() if self.list_dialog else self.today or date.today()
        )

        def job() -> Any:
            from ...services.hamlets import preview_hamlet_list

            return preview_hamlet_list(store, path, as_of)

        self.runner.run(job, lambda preview: self._show_list(path, preview), self._list_failed)

    def _list_failed(self, exc: BaseException) -> None:
        if self.list_dialog is not None:
            self.list_dialog.reject()
        self._failed(exc)

    def _show_list(self, path: Path, preview: Any) -> None:
        dialog = self.list_dialog
        if dialog is None:
            dialog = HamletListDialog(self.parent_widget, preview.as_of)
            dialog.date_changed.connect(lambda day: self.preview_list(path, day))
            dialog.commit_button.clicked.connect(lambda: self.import_list(path))
            dialog.finished.connect(lambda _code: setattr(self, "list_dialog", None))
            self.list_dialog = dialog
            dialog.open()
        dialog.show_preview(preview)

    def import_list(self, path: Path) -> None:
        store = self.store()
        as_of = self.list_dialog.as_of_date() if self.list_dialog else date.today()

        def job() -> Any:
            from ...services.hamlets import import_hamlet_list

            return import_hamlet_list(store, path, as_of)

        def done(result: Any) -> None:
            if self.list_dialog is not None:
                self.list_dialog.accept()
            self.imported_backup = result.backup
            self._hamlets_changed()
            self.refresh_backups()

        self.runner.run(job, done, self._failed)

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


def _figures(values: dict[str, Any]) -> dict[str, int | None]:
    """The figures typed in the hamlet dialog, read like the CLI reads them."""
    from ...services.hamlets import COLUMN_LABELS, LIST_FIELDS, parse_figure

    return {key: parse_figure(values[key], f"{COLUMN_LABELS[key]}: ") for key in LIST_FIELDS}


def _member_inputs(members: list[dict[str, str]]) -> list[Any]:
    from ...services.teams import MemberInput

    return [MemberInput(m["name"], m["role"], m["phone"], m["id"]) for m in members]
