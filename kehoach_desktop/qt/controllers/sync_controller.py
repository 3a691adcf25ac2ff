"""Drives the Đồng bộ page: reads the sync overview, exports and imports packages (with a
preview before anything is written), queues files, decides conflicts, and runs the outbox.

Store work goes through the app's TaskRunner; the outbox passes (network, possibly slow) run
on a runner of their own so that an upload never holds up the rest of the app. A timer starts
a pass every minute while the app is open (waiting items with their backoff); "Gửi ngay"
sends everything waiting at once. Progress comes back as a signal and is shown on the page.
"""

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...core.text import fold
from ..i18n import translate
from ..task_runner import TaskRunner, throttled
from ..views.sync_page import (
    DestinationDialog,
    PackagePreviewDialog,
    RegisterDeviceDialog,
    SyncPage,
)

EVERY_HAMLET = QT_TRANSLATE_NOOP("SyncController", "(Gói chung cho mọi ấp — chỉ dữ liệu kế hoạch)")


class SyncController(QObject):
    progress = Signal(int, int, str)
    refreshed = Signal()
    previewed = Signal(object)
    imported = Signal(object)
    exported = Signal(object)
    queued = Signal(object)
    pass_finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        page: SyncPage,
        window: QWidget | None = None,
        *,
        store: Any = None,
        runner: Any = None,
        sync_runner: Any = None,
        interval_ms: int = 60_000,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.window = window
        self.runner = runner
        self.sync_runner = sync_runner
        self.overview: Any = None
        self.passing = False
        self._main: Any = None
        self._store_of: Callable[[], Any] = lambda: None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.run_pass(force=False))
        # Timers owned by this object: they die with it, never calling into a closed page.
        self._first_pass = QTimer(self)
        self._first_pass.setSingleShot(True)
        self._first_pass.setInterval(2000)
        self._first_pass.timeout.connect(lambda: self.run_pass(force=False))
        self._binder = QTimer(self)
        self._binder.setSingleShot(True)
        self._binder.setInterval(0)
        self._binder.timeout.connect(self._find_main_controller)
        # Asked before applying a package; tests may answer for the person.
        self.confirm_import: Callable[[Any], bool] = self._confirm_with_dialog
        self._connect()
        if store is not None:
            self.bind(lambda: store, runner)
        elif window is not None:
            self._binder.start()

    @property
    def store(self) -> Any:
        return self._store_of()

    # ------------------------------------------------------------------ binding

    def _connect(self) -> None:
        p = self.page
        p.shown.connect(self._on_shown)
        p.export_button.clicked.connect(self.ask_export)
        p.import_button.clicked.connect(self.ask_import)
        p.queue_button.clicked.connect(self.ask_queue)
        p.send_now_button.clicked.connect(lambda: self.run_pass(force=True))
        p.retry_button.clicked.connect(self.retry_selected)
        p.keep_local_button.clicked.connect(lambda: self.resolve_selected("local"))
        p.take_incoming_button.clicked.connect(lambda: self.resolve_selected("incoming"))
        p.add_destination_button.clicked.connect(self.ask_destination)
        p.password_button.clicked.connect(self.ask_password)
        p.register_button.clicked.connect(self.ask_register)
        p.conflicts_table.selectionModel().selectionChanged.connect(self._show_conflict)
        self.progress.connect(self._show_progress)
        self.failed.connect(self._show_failure)

    def _find_main_controller(self) -> None:
        if self._main is not None or self.window is None:
            return
        from .main_controller import MainController

        main = self.window.findChild(MainController)
        if main is None:
            return
        self._main = main
        main.loaded.connect(lambda: self.bind(lambda: main.store, main.runner))
        if main.store is not None:
            self.bind(lambda: main.store, main.runner)

    def bind(self, store_of: Callable[[], Any], runner: Any = None) -> None:
        """Work on ``store_of()``; start the background passes."""
        first = self.store is None
        self._store_of = store_of
        self.runner = runner or self.runner or TaskRunner(self)
        if self.sync_runner is None:
            # Uploads get a thread of their own; with the synchronous double (tests) the
            # passes run in line like everything else.
            threaded = isinstance(self.runner, TaskRunner)
            self.sync_runner = TaskRunner(self) if threaded else self.runner
        if first and self.store is not None:
            self.refresh()
            self.timer.start()
            self._first_pass.start()

    def _on_shown(self) -> None:
        if self.store is None:
            self._find_main_controller()
        else:
            self.refresh()

    def stop(self) -> None:
        """Stop the background passes and wait for one under way."""
        self.timer.stop()
        self._first_pass.stop()
        if self.sync_runner is not None:
            self.sync_runner.wait(30000)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        store = self.store
        if store is None:
            return

        def job() -> Any:
            from ...services.sync_overview import load_sync_overview

            return load_sync_overview(store)

        self.runner.run(job, self._show, self._fail)

    def _show(self, overview: Any) -> None:
        self.overview = overview
        p = self.page
        device = overview.device
        who = device.role_label + (f" — {device.hamlet}" if device.hamlet else "")
        p.device_label.setText(
            self.tr(
                "Máy này: <b>{who}</b> · dấu vân tay <b>{fingerprint}</b><br>"
                "<span style='color:#4a5a6a'>Khóa công khai: {key}</span>"
            ).format(who=who, fingerprint=device.fingerprint, key=device.public_key)
        )
        p.register_button.setEnabled(overview.is_office)
        p.outbox_model.set_rows(overview.outbox)
        p.destination_model.set_rows(overview.destinations)
        p.device_model.set_rows(overview.devices)
        p.conflict_model.set_rows(overview.conflicts)
        p.conflict_fields.set_rows([])
        p.set_conflict_count(len(overview.conflicts))
        p.set_outbox_counts(
            sum(1 for e in overview.outbox if e.state in ("pending", "sending")),
            sum(1 for e in overview.outbox if e.state == "failed"),
        )
        p.log_model.set_rows(overview.packages)
        self.refreshed.emit()

    def _show_conflict(self) -> None:
        row = self.page.selected_row(self.page.conflicts_table)
        self.page.conflict_fields.set_rows(row.fields if row else [])

    def _show_progress(self, done: int, total: int, message: str) -> None:
        where = f" ({done + 1}/{total})" if total and done < total else ""
        self.page.activity.setText(f"{message}{where}…" if done < total else message)

    def _show_failure(self, message: str) -> None:
        self.page.activity.setText(f"<span style='color:#b3261e'>{message}</span>")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Đồng bộ"), message, parent=self.page)
        box.open()  # not exec(): never block, and tests run on

    def _fail(self, exc: BaseException) -> None:
        self.failed.emit(str(exc) or exc.__class__.__name__)

    def _emit_progress(self) -> Callable[[int, int, str], None]:
        return throttled(lambda done, total, message: self.progress.emit(done, total, message))

    # ------------------------------------------------------------------ packages

    def ask_export(self) -> None:
        if self.store is None or self.overview is None:
            return
        hamlet: str | None = None
        if self.overview.is_office:
            every = translate("SyncController", EVERY_HAMLET)
            choice, ok = QInputDialog.getItem(
                self.page,
                self.tr("Xuất gói dữ liệu"),
                self.tr("Gói dành cho:"),
                [*self.overview.hamlets, every],
                0,
                False,
            )
            if not ok:
                return
            hamlet = None if choice == every else choice
        slug = re.sub(
            r"[^a-z0-9]+", "-", fold(hamlet or self.overview.device.hamlet or "xa")
        ).strip("-")
        suggested = Path.home() / f"goi-{slug}-{date.today():%Y%m%d}.khpkg"
        path, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("Lưu gói dữ liệu"), str(suggested), self.tr("Gói dữ liệu (*.khpkg)")
        )
        if path:
            self.export_package(path, hamlet)

    def export_package(self, path: str | Path, hamlet: str | None = None) -> None:
        store = self.store
        report = self._emit_progress()

        def job() -> Any:
            from ...services.sync_export import export_package

            return export_package(store, path, hamlet, progress=report)

        def done(result: Any) -> None:
            notes = " ".join(result.messages)
            self.page.activity.setText(
                self.tr("Đã ghi gói {file}: {count} bản ghi. {notes}")
                .format(file=result.path.name, count=result.record_count, notes=notes)
                .strip()
            )
            self.exported.emit(result)
            self.refresh()

        self.runner.run(job, done, self._fail)

    def ask_import(self) -> None:
        if self.store is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.page,
            self.tr("Nhập gói dữ liệu"),
            str(Path.home()),
            self.tr("Gói dữ liệu (*.khpkg);;Mọi tệp (*)"),
        )
        if path:
            self.preview_package(path)

    def preview_package(self, path: str | Path) -> None:
        """Check the package and show what importing it would do; apply if the person agrees."""
        store = self.store
        report = self._emit_progress()

        def job() -> Any:
            from ...services.sync_import import preview_package

            return preview_package(store, path, progress=report)

        def done(result: Any) -> None:
            self.page.activity.setText(
                self.tr(
                    "Xem trước {file}: {new} mới, {updated} cập nhật, {conflicts} xung đột, "
                    "{rejected} bị từ chối."
                ).format(
                    file=result.file_name,
                    new=result.new,
                    updated=result.updated,
                    conflicts=result.conflicts,
                    rejected=result.rejected,
                )
            )
            self.previewed.emit(result)
            if not result.already_imported and self.confirm_import(result):
                self.apply_package(path)

        self.runner.run(job, done, self._fail)

    def _confirm_with_dialog(self, result: Any) -> bool:
        dialog = PackagePreviewDialog(result, self.page)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def apply_package(self, path: str | Path) -> None:
        store = self.store
        report = self._emit_progress()

        def job() -> Any:
            from ...services.sync_import import import_package

            return import_package(store, path, progress=report)

        def done(result: Any) -> None:
            extra = (
                self.tr(" {count} xung đột chờ quyết định (thẻ Xung đột).").format(
                    count=result.conflicts
                )
                if result.conflicts
                else ""
            )
            self.page.activity.setText(
                self.tr(
                    "Đã nhập {file}: {new} mới, {updated} cập nhật, {rejected} bị từ chối."
                ).format(
                    file=result.file_name,
                    new=result.new,
                    updated=result.updated,
                    rejected=result.rejected,
                )
                + extra
            )
            self.imported.emit(result)
            self.refresh()
            if self._main is not None:
                self._main.reload()

        self.runner.run(job, done, self._fail)

    # ------------------------------------------------------------------ outbox

    def ask_queue(self) -> None:
        if self.store is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.page, self.tr("Chọn tệp để gửi"), str(Path.home())
        )
        if paths:
            self.queue_files(paths)

    def queue_files(
        self, paths: list[str] | list[Path], destinations: list[str] | None = None
    ) -> None:
        store = self.store

        def job() -> Any:
            from ...services.outbox import queue_file

            return [queue_file(store, path, destinations) for path in paths]

        def done(results: Any) -> None:
            self.page.activity.setText(" ".join(m for r in results for m in r.messages))
            self.queued.emit(results)
            self.refresh()

        self.runner.run(job, done, self._fail)

    def run_pass(self, force: bool) -> None:
        """One outbox pass and inbox pull, off the GUI thread (skipped while one runs)."""
        store = self.store
        if store is None or self.passing:
            return
        self.passing = True
        report = self._emit_progress()
        if force:
            self.page.activity.setText(self.tr("Đang gửi và nhận…"))

        def job() -> Any:
            from ...services.outbox import run_outbox
            from ...services.sync_inbox import pull_inboxes

            sent = run_outbox(store, progress=report, force=force)
            received = [] if sent.busy else pull_inboxes(store, progress=report)
            return sent, received

        def done(result: Any) -> None:
            self.passing = False
            sent, received = result
            self.page.activity.setText(_pass_summary(sent, received))
            self.pass_finished.emit(result)
            self.refresh()
            if self._main is not None and any(o.outcome == "imported" for o in received):
                self._main.reload()

        def failed(exc: BaseException) -> None:
            self.passing = False
            self._fail(exc)

        self.sync_runner.run(job, done, failed)

    def retry_selected(self) -> None:
        row = self.page.selected_row(self.page.outbox_table)
        if row is None or self.store is None:
            return
        store = self.store

        def job() -> Any:
            from ...services.outbox import retry_item

            return retry_item(store, row.id)

        self.runner.run(job, lambda _entry: self.run_pass(force=True), self._fail)

    # ------------------------------------------------------------------ conflicts

    def resolve_selected(self, choice: str) -> None:
        row = self.page.selected_row(self.page.conflicts_table)
        if row is not None:
            self.resolve(row.id, choice)

    def resolve(self, conflict_id: str, choice: str) -> None:
        store = self.store

        def job() -> Any:
            from ...services.sync_conflicts import resolve_conflict

            return resolve_conflict(store, conflict_id, choice)

        def done(row: Any) -> None:
            text = (
                self.tr("{record}: đã giữ bản trên máy này.")
                if choice == "local"
                else self.tr("{record}: đã lấy bản trong gói.")
            )
            self.page.activity.setText(text.format(record=row.label))
            self.refresh()
            if self._main is not None:
                self._main.reload()

        self.runner.run(job, done, self._fail)

    # ------------------------------------------------------------------ destinations, devices

    def ask_destination(self) -> None:
        dialog = DestinationDialog(self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_destination(
                dialog.name.text(),
                dialog.url.text(),
                dialog.user.text(),
                dialog.password.text(),
                dialog.inbox.isChecked(),
            )

    def add_destination(
        self, name: str, url: str, user: str = "", password: str = "", inbox: bool = False
    ) -> None:
        store = self.store

        def job() -> Any:
            from ...services.outbox import add_destination, login_destination

            info = add_destination(store, name, url, user, inbox)
            return login_destination(store, info.name, password) if password else info

        def done(info: Any) -> None:
            self.page.activity.setText(self.tr("Đã lưu nơi gửi {name}.").format(name=info.name))
            self.refresh()

        self.runner.run(job, done, self._fail)

    def ask_password(self) -> None:
        row = self.page.selected_row(self.page.destinations_table)
        if row is None:
            return
        password, ok = QInputDialog.getText(
            self.page,
            self.tr("Mật khẩu"),
            self.tr("Mật khẩu cho {name}:").format(name=row.name),
            QLineEdit.EchoMode.Password,
        )
        if ok and password:
            store = self.store

            def job() -> Any:
                from ...services.outbox import login_destination

                return login_destination(store, row.name, password)

            self.runner.run(job, lambda _info: self.refresh(), self._fail)

    def ask_register(self) -> None:
        if self.overview is None:
            return
        dialog = RegisterDeviceDialog(self.overview.hamlets, self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.register_device(dialog.hamlet.currentText(), dialog.key.text())

    def register_device(self, hamlet: str, public_key: str) -> None:
        store = self.store

        def job() -> Any:
            from ...services.devices import register_device

            return register_device(store, hamlet, public_key)

        def done(result: Any) -> None:
            self.page.activity.setText(" ".join(result.messages))
            self.refresh()

        self.runner.run(job, done, self._fail)


def _pass_summary(sent: Any, received: list[Any]) -> str:
    if sent.busy:
        return sent.messages[0]
    from datetime import datetime

    now = f"{datetime.now():%H:%M}"
    if not sent.attempted and not sent.pending and not received:
        return translate(
            "SyncController", "Đồng bộ lúc {time}: không có tệp nào đến lượt gửi."
        ).format(time=now)
    parts = [
        translate("SyncController", "Đồng bộ lúc {time}: đã gửi {count}").format(
            time=now, count=sent.delivered
        )
    ]
    if sent.pending:
        parts.append(translate("SyncController", "còn chờ {count}").format(count=sent.pending))
    if sent.failed:
        parts.append(translate("SyncController", "lỗi {count}").format(count=sent.failed))
    imported = [o for o in received if o.outcome == "imported"]
    if imported:
        parts.append(translate("SyncController", "nhận {count} gói").format(count=len(imported)))
    text = ", ".join(parts) + "."
    reasons = [m for m in sent.messages][:2]
    return text + ("\n" + "\n".join(reasons) if reasons else "")
