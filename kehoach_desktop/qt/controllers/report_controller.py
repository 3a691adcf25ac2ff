"""Drives the Báo cáo page: loads a period's report, previews, prints, exports, queues, signs.

Everything slow (reading the figures, laying out the PDF, rendering pages, writing files)
runs through the TaskRunner; progress comes back as a signal, so the page stays responsive.
The page only shows plain data; the services decide what the report says.
"""

import importlib
import importlib.util
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...core.domain import KehoachError
from ..i18n import format_date, translate
from ..pdf_pages import render_pages
from ..task_runner import throttled
from ..views.report_page import HAMLET_SHEET, ReportPage
from ..vocabulary import period_label

PREVIEW_DPI = 110
PRINT_DPI_MAX = 300
_FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("ReportController", "Tệp PDF (*.pdf)"),
    "docx": QT_TRANSLATE_NOOP("ReportController", "Tài liệu Word (*.docx)"),
    "xlsx": QT_TRANSLATE_NOOP("ReportController", "Bảng tính Excel (*.xlsx)"),
}


def _filter(fmt: str) -> str:
    return translate("ReportController", _FILTERS[fmt])


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


class ReportController(QObject):
    """The Báo cáo page's behaviour. Bind it to a store (``bind``) before use; inside the main
    window it binds itself to the window's MainController once that has opened the store."""

    progress = Signal(int, int, str)
    draft_loaded = Signal()
    previewed = Signal(int)  # number of pages
    exported = Signal(str)  # path written
    printed = Signal(int)  # pages sent to the printer
    queued = Signal(str)
    signed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        page: ReportPage,
        window: QWidget | None = None,
        runner: Any = None,
        store: Any = None,
        today: date | None = None,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.window = window
        self.runner = runner
        self.today = today
        self._store_of: Callable[[], Any] = lambda: store
        self._bound_to: Any = None
        self._loaded_store: Any = None
        self.draft: Any = None  # services.reporting.ReportDraft of the period shown
        self.preview_path: Path | None = None
        self.previewed_once = False
        self._loading = False
        self._tmp = tempfile.TemporaryDirectory(prefix="kehoach-bao-cao-")
        # Asks before the officer's own words are replaced; tests answer for the person.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.progress.connect(page.set_progress)
        self._connect()
        if store is not None:
            self.bind(lambda: store, runner, today)
        elif window is not None:
            QTimer.singleShot(0, self._find_main_controller)

    @property
    def store(self) -> Any:
        """The store the app has open now (it changes when a backup is restored)."""
        return self._store_of()

    # ------------------------------------------------------------------ binding

    def _connect(self) -> None:
        p = self.page
        p.shown.connect(self._on_shown)
        for signal in (
            p.period_kind.currentIndexChanged,
            p.period_index.currentIndexChanged,
            p.year.valueChanged,
            p.calendar.toggled,
            p.report_kind.currentIndexChanged,
        ):
            signal.connect(self._period_changed)
        p.save_button.clicked.connect(self.save)
        p.preview_button.clicked.connect(self.preview)
        p.print_button.clicked.connect(lambda: self.print_report())
        p.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        p.export_docx_button.clicked.connect(lambda: self.export("docx"))
        p.export_xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        p.outbox_button.clicked.connect(lambda: self.add_to_outbox())
        p.sign_button.clicked.connect(lambda: self.sign())
        p.restore_button.clicked.connect(self.restore_suggestion)
        self.failed.connect(self._show_failure)
        p.set_available(
            p.outbox_button,
            self.outbox_available(),
            self.tr("Hộp thư đi chưa có trong phiên bản này."),
        )
        p.set_available(
            p.sign_button, self.signing_available(), self.tr("Ký số chưa có trong phiên bản này.")
        )

    def _find_main_controller(self) -> None:
        """Inside the main window: use its controller's runner and store once it is loaded.

        The main controller owns the open store (and replaces it when a backup is restored),
        so the store is always asked of it rather than kept here.
        """
        if self._bound_to is not None or self.window is None:
            return
        from .main_controller import MainController

        main = self.window.findChild(MainController)
        if main is None:
            return
        self._bound_to = main
        main.loaded.connect(lambda: self._main_loaded(main))
        if main.store is not None:
            self._main_loaded(main)

    def _main_loaded(self, main: Any) -> None:
        self.bind(lambda: main.store, main.runner, main.today)

    def bind(
        self, store_of: Callable[[], Any], runner: Any = None, today: date | None = None
    ) -> None:
        """Work on the store ``store_of()`` gives. A store seen for the first time (the app's,
        or one restored from a backup) fills the page with the default period's report; the
        same store loaded again leaves what the officer is typing alone."""
        self._store_of = store_of
        self.runner = runner or self.runner
        self.today = today or self.today
        store = self.store
        if store is None or store is self._loaded_store:
            return
        first = self._loaded_store is None
        self._loaded_store = store
        if first:
            self._set_default_period()
        self.load()

    def _on_shown(self) -> None:
        if self.store is None:
            self._find_main_controller()
        elif (self.draft is not None or self.is_sheet()) and not self.previewed_once:
            self.preview()

    def _today(self) -> date:
        return self.today or date.today()

    def _set_default_period(self) -> None:
        """The last quarter whose window has closed: the report the office is working on (the
        last month for a team's monthly sheet)."""
        from ...core.periods import period_of

        windows = self._settings_windows()
        kind = "month" if self.is_sheet() else "quarter"
        current = period_of(self._today(), kind, windows=windows)
        last = 12 if kind == "month" else 4
        year, index = (current.year, current.index - 1) if current.index > 1 else (
            current.year - 1, last
        )  # fmt: skip
        p = self.page
        for widget in (p.period_kind, p.period_index, p.year, p.calendar):
            widget.blockSignals(True)
        p.set_period(kind, year, index)
        p.calendar.setChecked(windows == "calendar")
        for widget in (p.period_kind, p.period_index, p.year, p.calendar):
            widget.blockSignals(False)

    def _settings_windows(self) -> str:
        from ...services.reporting import get_report_settings

        try:
            return get_report_settings(self.store).windows
        except Exception:  # noqa: BLE001 - a store without settings: the default windows
            return "nd09"

    # ------------------------------------------------------------------ the draft

    def windows(self) -> str:
        return "calendar" if self.page.calendar.isChecked() else "nd09"

    def is_sheet(self) -> bool:
        return self.page.report_kind.currentData() == HAMLET_SHEET

    def _choice(self) -> tuple[Any, str, str, date]:
        return self.store, self.page.period_code(), self.windows(), self._today()

    def _period_changed(self) -> None:
        if self.store is not None and not self._loading:
            self.load()

    def load(self) -> None:
        """Read the chosen period's report (or a new draft) into the page."""
        if self.store is None:
            return
        store, code, windows, today = (
            self.store,
            self.page.period_code(),
            self.windows(),
            self._today(),
        )
        self.previewed_once = False
        self.page.preview.show_message(self.tr("Bấm “Xem trước” để xem các trang của báo cáo."))
        if self.is_sheet():

            def sheet_job() -> Any:
                from ...core.periods import parse_period
                from ...services.hamlet_sheet import hamlet_names

                return hamlet_names(store), parse_period(code, windows=windows)

            self._run(sheet_job, self._sheet_loaded, self.tr("Đang đọc danh sách ấp…"))
            return

        def job() -> Any:
            from ...services.reporting import prepare_report

            return prepare_report(store, code, windows=windows, today=today)

        self._run(job, self._draft_loaded, self.tr("Đang đọc số liệu của kỳ báo cáo…"))

    def _sheet_loaded(self, result: Any) -> None:
        names, period = result
        self.page.set_hamlets(names)
        self._show_window(period)
        self.page.status.setText(
            self.tr("Phiếu tháng: mỗi ấp một trang, gồm số liệu tuần, hoạt động, tỷ lệ.")
        )
        self.draft_loaded.emit()
        if self.page.isVisible():
            self.preview()

    def _show_window(self, period: Any) -> None:
        self.page.window_label.setText(
            self.tr("{period}: số liệu từ {start} đến {end}").format(
                period=period_label(period),
                start=format_date(period.start),
                end=format_date(period.end),
            )
        )

    def _draft_loaded(self, draft: Any) -> None:
        self.draft = draft
        record = draft.record
        p = self.page
        self._loading = True
        try:
            p.calendar.setChecked(record.windows == "calendar")
        finally:
            self._loading = False
        self._show_window(draft.period)
        p.number.setValue(record.number or draft.next_number)
        blank = record.number is None and (record.recorded or draft.numbering == "blank")
        p.number_blank.setChecked(blank)
        p.number_auto.setChecked(not blank)
        if record.report_date is not None:
            p.date.setDate(QDate(record.report_date.year, record.report_date.month,
                                 record.report_date.day))  # fmt: skip
        p.date_blank.setChecked(record.report_date is None)
        p.signer_authority.setText(record.signer_authority)
        p.signer_title.setText(record.signer_title)
        p.signer_name.setText(record.signer_name)
        p.recipients.setPlainText("\n".join(record.recipients))
        p.set_legal_bases(draft.legal_basis_options, draft.legal_bases)
        texts = draft.texts
        for key, edit in p.text_edits.items():
            edit.setPlainText(getattr(texts, key))
        number = record.number_text.strip() if record.number else self.tr("số để trống")
        state = (
            self.tr("Đã lưu ({number}).").format(number=number)
            if record.recorded
            else self.tr("Chưa lưu: số và nội dung sẽ được lưu khi bấm Lưu hoặc khi xuất tệp.")
        )
        p.status.setText(state)
        self.draft_loaded.emit()
        if p.isVisible():
            self.preview()

    def record_from_page(self) -> Any:
        """The report as the page shows it now (plain data, not saved)."""
        from ...services.reporting import ReportRecord

        p = self.page
        draft = self.draft
        base = draft.record if draft is not None else ReportRecord(p.period_code())
        qdate = p.date.date()
        chosen = p.chosen_legal_bases()
        texts: dict[str, str | None] = {}
        for key, edit in p.text_edits.items():
            text = edit.toPlainText().strip()
            suggested = getattr(draft.suggested, key).strip() if draft is not None else None
            texts[key] = None if text == suggested else text
        options = draft.legal_basis_options if draft is not None else []
        return replace(
            base,
            period_code=p.period_code(),
            windows=self.windows(),
            number=None if p.number_blank.isChecked() else p.number.value(),
            report_date=None
            if p.date_blank.isChecked()
            else date(qdate.year(), qdate.month(), qdate.day()),
            signer_authority=p.signer_authority.text().strip(),
            signer_title=p.signer_title.text().strip(),
            signer_name=p.signer_name.text().strip(),
            recipients=[
                line.strip().lstrip("-").strip()
                for line in p.recipients.toPlainText().splitlines()
                if line.strip()
            ],
            legal_bases=None if chosen == options else chosen,
            **texts,
        )

    def restore_suggestion(self) -> None:
        if self.draft is None:
            return
        key = list(self.page.text_edits)[self.page.text_tabs.currentIndex()]
        edit, suggested = self.page.text_edits[key], getattr(self.draft.suggested, key)
        if edit.toPlainText().strip() == suggested.strip():
            return
        if not self.confirm(
            self.tr("Khôi phục nội dung gợi ý"),
            self.tr("Thay nội dung anh/chị đã soạn ở thẻ “{tab}” bằng nội dung gợi ý?").format(
                tab=self.page.text_tabs.tabText(self.page.text_tabs.currentIndex())
            ),
        ):
            return
        edit.setPlainText(suggested)

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self.page,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ actions

    def save(self, then: Callable[[Any], None] | None = None) -> None:
        """Record the report as the page shows it."""
        if self.store is None or self.is_sheet():
            return
        store, record, today = self.store, self.record_from_page(), self._today()

        def job() -> Any:
            from ...services.reporting import prepare_report, save_report

            save_report(store, record, today=today)
            return prepare_report(store, record.period_code, windows=record.windows, today=today)

        def done(draft: Any) -> None:
            self.draft = draft
            number = draft.record.number_text if draft.record.number else self.tr("số để trống")
            self.page.status.setText(
                self.tr("Đã lưu báo cáo {period} ({number}).").format(
                    period=period_label(draft.period), number=number
                )
            )
            if then is not None:
                then(draft)

        self._run(job, done, self.tr("Đang lưu…"))

    def _write_job(self, path: Path, fmt: str) -> Callable[[], Any]:
        """A job writing the chosen report to ``path``: periodic reports are recorded first."""
        store, today = self.store, self._today()
        emit = throttled(self.progress.emit)
        if self.is_sheet():
            code, windows = self.page.period_code(), self.windows()
            hamlet = self.page.hamlet.currentData()

            def sheet() -> Any:
                from ...services.hamlet_sheet import write_hamlet_sheets

                return write_hamlet_sheets(store, code, path, hamlet, emit, windows)

            return sheet
        record = self.record_from_page()

        def periodic() -> Any:
            from ...services.reporting import save_report, write_report

            save_report(store, record, today=today)
            return write_report(store, record.period_code, fmt, path, emit,
                                windows=record.windows, today=today)  # fmt: skip

        return periodic

    def _preview_job(self, dpi: float) -> Callable[[], Any]:
        """A job laying out the report as the page shows it (nothing saved) and rendering it."""
        store, emit = self.store, throttled(self.progress.emit)
        target = Path(self._tmp.name) / "xem-truoc.pdf"
        rendering = self.tr("Đang hiển thị các trang…")
        if self.is_sheet():
            write = self._write_job(target, "pdf")
        else:
            record = self.record_from_page()

            def write() -> Any:
                from ...reports.pdf import write_pdf
                from ...services.reporting import build_report_document

                write_pdf(build_report_document(store, record), target, emit)
                return target

        def job() -> Any:
            path = write()
            emit(0, 0, rendering)
            return path, render_pages(path, dpi)

        return job

    def preview(self) -> None:
        """Lay out the report and show its pages."""
        if self.store is None:
            return
        self.previewed_once = True
        if not self.page.preview.page_labels:
            self.page.preview.show_message(self.tr("Đang dàn trang để xem trước…"))

        def done(result: tuple[Path, list[QImage]]) -> None:
            self.preview_path, images = result
            self.page.preview.show_pages(images)
            self.page.status.setText(self.tr("Xem trước: {count} trang.").format(count=len(images)))
            self.previewed.emit(len(images))

        self._run(self._preview_job(PREVIEW_DPI), done, self.tr("Đang dàn trang…"))

    def suggested_path(self, fmt: str) -> Path:
        from ...core.periods import parse_period
        from ...services.reporting import default_file_name, reports_folder

        period = parse_period(self.page.period_code(), windows=self.windows())
        if self.is_sheet():
            hamlet = self.page.hamlet.currentData()
            name = f"phieu-thang-{period.code}" + (f"-{hamlet}" if hamlet else "") + ".pdf"
            return reports_folder(self.store) / name
        return reports_folder(self.store) / default_file_name(period, fmt)

    def export(self, fmt: str, path: str | Path | None = None) -> None:
        """Write the report as ``fmt``; asks where unless ``path`` is given."""
        if self.store is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Xuất báo cáo"), str(self.suggested_path(fmt)), _filter(fmt)
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_suffix(f".{fmt}")

        def done(written: Path) -> None:
            self.page.status.setText(self.tr("Đã ghi {path}").format(path=written))
            self.exported.emit(str(written))
            if not self.is_sheet():
                self._reload_quietly()

        self._run(
            self._write_job(target, fmt),
            done,
            self.tr("Đang ghi tệp {format}…").format(format=fmt.upper()),
        )

    def _reload_quietly(self) -> None:
        """After a periodic report was recorded, show it as recorded (number, state)."""
        store, code, windows, today = (
            self.store,
            self.page.period_code(),
            self.windows(),
            self._today(),
        )

        def job() -> Any:
            from ...services.reporting import prepare_report

            return prepare_report(store, code, windows=windows, today=today)

        def done(draft: Any) -> None:
            self.draft = draft

        self.runner.run(job, done, lambda exc: self.failed.emit(str(exc)))

    def print_report(self, printer: Any = None) -> None:
        """Print through the system's print dialog (or on ``printer`` as given, for tests)."""
        if self.store is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.tr("Báo cáo"))
            dialog = QPrintDialog(printer, self.page)
            dialog.setWindowTitle(self.tr("In báo cáo"))
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
        dpi = min(PRINT_DPI_MAX, printer.resolution())

        def done(result: tuple[Path, list[QImage]]) -> None:
            _path, images = result
            try:
                paint_pages(printer, images)
            except KehoachError as exc:
                self.failed.emit(str(exc))
                return
            self.page.status.setText(
                self.tr("Đã gửi {count} trang tới máy in.").format(count=len(images))
            )
            self.printed.emit(len(images))

        self._run(self._preview_job(dpi), done, self.tr("Đang chuẩn bị trang in…"))

    # ------------------------------------------------------------------ outbox and signing

    @staticmethod
    def outbox_available() -> bool:
        return _module_exists("kehoach_desktop.services.outbox")

    @staticmethod
    def signing_available() -> bool:
        return _module_exists("kehoach_desktop.services.signing")

    def add_to_outbox(self, destinations: list[str] | None = None) -> None:
        """Write the report as PDF into the data folder's bao-cao/ and queue it in the outbox
        (kehoach_desktop.services.outbox) for the chosen destinations; with several
        destinations and none given, the officer picks one or all of them."""
        if self.store is None or not self.outbox_available():
            return
        store = self.store
        if destinations is not None:
            self._queue(destinations)
            return

        def names() -> Any:
            outbox = importlib.import_module("kehoach_desktop.services.outbox")
            return [d.name for d in outbox.list_destinations(store)]

        self._run(names, self._choose_destinations, self.tr("Đang đọc danh sách nơi gửi…"))

    def _choose_destinations(self, names: list[str]) -> None:
        if len(names) <= 1:
            self._queue(names or None)  # none: the outbox says how to add one
            return
        every = self.tr("Tất cả các nơi gửi")
        choice, ok = QInputDialog.getItem(
            self.page,
            self.tr("Thêm vào hộp thư đi"),
            self.tr("Gửi báo cáo tới:"),
            [every, *names],
            0,
            False,
        )
        if ok:
            self._queue(None if choice == every else [choice])

    def _queue(self, destinations: list[str] | None) -> None:
        target = self.suggested_path("pdf")
        write = self._write_job(target, "pdf")
        store = self.store

        def job() -> Any:
            outbox = importlib.import_module("kehoach_desktop.services.outbox")
            return outbox.queue_file(store, write(), destinations)

        def done(result: Any) -> None:
            messages = getattr(result, "messages", None) or [
                self.tr("Đã thêm {file}.").format(file=target.name)
            ]
            self.page.status.setText(" ".join(messages))
            self.queued.emit(str(target))

        self._run(job, done, self.tr("Đang thêm vào hộp thư đi…"))

    def sign(self, config: Any = None, out_path: str | Path | None = None) -> None:
        """Sign the report PDF with the office's certificate (kehoach_desktop.services.signing).

        Without ``config`` the saved signing settings are used and the passphrase/PIN asked
        for (or taken from the keyring when the user chose to remember it).
        """
        if self.store is None or not self.signing_available():
            return
        signing = importlib.import_module("kehoach_desktop.services.signing")
        if config is None:
            settings = signing.load_signing_settings(self.store)
            if settings.method == "pkcs12" and not settings.p12_path:
                chosen, _ = QFileDialog.getOpenFileName(
                    self.page,
                    self.tr("Chọn tệp chứng thư số"),
                    "",
                    self.tr("Chứng thư số (*.p12 *.pfx)"),
                )
                if not chosen:
                    return
                settings = replace(settings, p12_path=chosen)
            secret = signing.stored_secret(settings)
            if secret is None:
                secret, ok = QInputDialog.getText(
                    self.page,
                    self.tr("Ký số"),
                    self.tr("Nhập {secret}:").format(secret=settings.secret_name),
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return
            try:
                config = settings.signer(secret)
            except KehoachError as exc:
                self.failed.emit(str(exc))
                return
        if out_path is None:
            default = self.suggested_path("pdf")
            default = default.with_name(default.stem + "-da-ky.pdf")
            chosen, _ = QFileDialog.getSaveFileName(
                self.page, self.tr("Lưu báo cáo đã ký"), str(default), _filter("pdf")
            )
            if not chosen:
                return
            out_path = chosen
        target = Path(out_path)
        unsigned = Path(self._tmp.name) / "chua-ky.pdf"
        write = self._write_job(unsigned, "pdf")
        store, emit, today = self.store, throttled(self.progress.emit), self._today()
        record = None if self.is_sheet() else self.record_from_page()

        def job() -> Any:
            write()
            return signing.sign_report(
                store,
                unsigned,
                target,
                config,
                signer_name=record.signer_name if record else None,
                signer_title=record.signer_title if record else None,
                progress=emit,
                today=today,
            )

        def done(result: Any) -> None:
            self.page.status.setText(self.tr("Đã ký số: {path}").format(path=result.path))
            self.signed.emit(str(result.path))

        self._run(job, done, self.tr("Đang ký số…"))

    # ------------------------------------------------------------------ plumbing

    def _run(self, job: Callable[[], Any], on_success: Callable[[Any], None], message: str) -> None:
        if self.runner is None:
            return
        self.page.set_busy(True, message)

        def success(result: Any) -> None:
            self.page.set_busy(False)
            on_success(result)

        def failure(exc: BaseException) -> None:
            self.page.set_busy(False)
            self.page.status.setText(
                self.tr("Lỗi: {error}").format(error=str(exc) or exc.__class__.__name__)
            )
            self.failed.emit(str(exc) or exc.__class__.__name__)

        self.runner.run(job, success, failure)

    def _show_failure(self, message: str) -> None:
        if self.page.isVisible():
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Báo cáo"), message, parent=self.page
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()  # not exec(): the window goes on (and tests with it)


def paint_pages(printer: Any, images: list[QImage]) -> None:
    """Paint rendered pages on a printer, each filling its sheet; a landscape page on a
    portrait sheet is turned a quarter so that it prints whole."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise KehoachError(translate("ReportController", "Không mở được máy in."))
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            page = image
            if (image.width() > image.height()) != (area.width() > area.height()):
                page = image.transformed(QTransform().rotate(90))
            scale = min(area.width() / page.width(), area.height() / page.height())
            w, h = page.width() * scale, page.height() * scale
            target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2,
                            w, h)  # fmt: skip
            painter.drawImage(target, page)
    finally:
        painter.end()
