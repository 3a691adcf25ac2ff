"""The Báo cáo page through its widgets (offscreen, synchronous runner): choose a period, edit
a free text, preview, export, print to a PDF printer, the hamlet sheet, and its place in the
main window."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from kehoach_desktop.qt.app import create_window
from kehoach_desktop.qt.controllers.report_controller import ReportController
from kehoach_desktop.qt.task_runner import SyncTaskRunner
from kehoach_desktop.qt.views.report_page import HAMLET_SHEET, ReportPage
from kehoach_desktop.services.reporting import get_report
from tests.conftest import DEMO_TODAY
from tests.qt.typing import type_text
from tests.reports.conftest import pdf_text

OWN_TEXT = "Sóng di động ở ấp Bù Chà Rát còn yếu, người dân khó đăng nhập VNeID."


@pytest.fixture
def page(qtbot, demo_store):  # type: ignore[no-untyped-def]
    page = ReportPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    controller = ReportController(page, runner=SyncTaskRunner(), store=demo_store,
                                  today=DEMO_TODAY)  # fmt: skip
    page.controller = controller
    return page


def _choose(page: ReportPage, kind: str, index: int, year: int = 2026) -> None:
    page.period_kind.setCurrentIndex(page.period_kind.findData(kind))
    page.year.setValue(year)
    page.period_index.setCurrentIndex(page.period_index.findData(index))


def test_opens_on_the_last_closed_quarter(page) -> None:  # type: ignore[no-untyped-def]
    # 22/11/2026 is in Quý IV (15/9–14/12): the report being written is Quý III
    assert page.period_code() == "2026-Q3"
    assert page.period_index.currentText() == "Quý III"
    assert page.window_label.text() == "Quý III/2026: số liệu từ 15/06/2026 đến 14/09/2026"
    assert page.signer_name.text() == "Nguyễn Phạm Tuyển"
    assert page.number.text() == "01/BC-UBND" and page.number_auto.isChecked()
    assert page.text_edits["difficulties"].toPlainText().startswith("- Còn")
    assert page.legal_bases.count() == 4
    assert all(
        page.legal_bases.item(i).checkState() == Qt.CheckState.Checked
        for i in range(page.legal_bases.count())
    )


def test_choosing_a_period_reloads_the_draft(page) -> None:  # type: ignore[no-untyped-def]
    _choose(page, "month", 3)
    assert page.period_code() == "2026-03"
    assert page.window_label.text() == "Tháng 3/2026: số liệu từ 15/02/2026 đến 14/03/2026"
    page.calendar.setChecked(True)
    assert page.window_label.text() == "Tháng 3/2026: số liệu từ 01/03/2026 đến 31/03/2026"
    _choose(page, "half", 1)
    assert page.period_code() == "2026-H1"
    assert page.window_label.text().startswith("6 tháng đầu năm 2026")


def test_edit_a_free_text_then_export_pdf_docx_xlsx(page, demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _choose(page, "quarter", 3)
    edit = page.text_edits["difficulties"]
    edit.clear()
    type_text(edit, OWN_TEXT)
    page.date.setDate(QDate(2026, 9, 8))
    page.number.setValue(5)
    page.legal_bases.item(1).setCheckState(Qt.CheckState.Unchecked)
    exported: list[str] = []
    page.controller.exported.connect(exported.append)
    for fmt in ("pdf", "docx", "xlsx"):
        page.controller.export(fmt, tmp_path / f"bao-cao.{fmt}")
    assert exported == [str(tmp_path / f"bao-cao.{fmt}") for fmt in ("pdf", "docx", "xlsx")]
    text = " ".join(pdf_text(tmp_path / "bao-cao.pdf", layout=False).split())
    assert OWN_TEXT in text
    assert "Số: 05/BC-UBND" in text and "Tà Lài, ngày 08 tháng 9 năm 2026" in text
    assert "Căn cứ Kế hoạch số 92/KH-UBND" not in text  # unchecked
    assert "Căn cứ Kế hoạch số 03-KH/BCĐ" in text
    record = get_report(demo_store, "2026-Q3")
    assert record.difficulties == OWN_TEXT and record.directions is None  # IV left as suggested
    assert record.number == 5 and len(record.legal_bases) == 3
    assert page.status.text() == f"Đã ghi {tmp_path / 'bao-cao.xlsx'}"


def test_preview_shows_the_pages(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.show()
    with qtbot.waitSignal(page.controller.previewed, timeout=30000) as blocker:
        page.preview_button.click()
    count = blocker.args[0]
    assert count >= 3
    assert len(page.preview.page_labels) == count
    assert all(not label.pixmap().isNull() for label in page.preview.page_labels)
    path = page.controller.preview_path
    assert len(PdfReader(path).pages) == count
    assert page.status.text() == f"Xem trước: {count} trang."
    # a landscape appendix page is wider than it is tall
    last = page.preview.images[-1]
    assert last.width() > last.height()


def test_preview_follows_the_page_not_the_saved_record(page) -> None:  # type: ignore[no-untyped-def]
    page.date_blank.setChecked(True)
    page.number_blank.setChecked(True)
    page.controller.preview()
    first = pdf_text(page.controller.preview_path, first=1, last=1)
    assert "Số: 01/BC-UBND" not in first and "Số:" in first
    assert get_report(page.controller.store, "2026-Q3") is None  # nothing saved by a preview


def test_print_to_a_pdf_printer(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    printed: list[int] = []
    page.controller.printed.connect(printed.append)
    page.controller.print_report(printer)
    assert printed and printed[0] >= 3
    pages = PdfReader(tmp_path / "in.pdf").pages
    assert len(pages) == printed[0]
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert width < height  # portrait sheets; landscape pages are turned to fit


def test_hamlet_sheet_through_the_page(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.report_kind.setCurrentIndex(page.report_kind.findData(HAMLET_SHEET))
    assert page.export_docx_button.isHidden() and page.texts_box.isHidden()
    _choose(page, "month", 3)
    assert page.hamlet.count() == 21  # every hamlet, then the 20 hamlets
    page.hamlet.setCurrentIndex(page.hamlet.findData("Ấp Phú Lâm"))
    page.controller.preview()
    assert len(page.preview.page_labels) == 1
    page.controller.export("pdf", tmp_path / "phieu.pdf")
    assert "ẤP PHÚ LÂM" in pdf_text(tmp_path / "phieu.pdf")


def test_restore_the_suggested_text(page) -> None:  # type: ignore[no-untyped-def]
    edit = page.text_edits["proposals"]
    suggested = edit.toPlainText()
    edit.setPlainText("Tạm thời")
    page.text_tabs.setCurrentIndex(2)
    asked: list[str] = []
    page.controller.confirm = lambda _title, question: asked.append(question) or False
    page.restore_button.click()
    assert edit.toPlainText() == "Tạm thời"  # the officer said no: their words stay
    assert "V. Đề xuất, kiến nghị" in asked[0]
    page.controller.confirm = lambda *_: True
    page.restore_button.click()
    assert edit.toPlainText() == suggested


def test_a_clashing_number_is_reported_on_the_page(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.controller.export("pdf", tmp_path / "q3.pdf")  # Quý III takes 01
    _choose(page, "quarter", 2)
    page.number.setValue(1)
    failures: list[str] = []
    page.controller.failed.connect(failures.append)
    page.controller.export("pdf", tmp_path / "q2.pdf")
    assert failures and "01/BC-UBND năm 2026 đã dùng cho báo cáo Quý III/2026" in failures[0]
    assert page.status.text().startswith("Lỗi: ")
    assert not (tmp_path / "q2.pdf").exists()
    assert page.preview_button.isEnabled()  # not left busy


def test_the_page_in_the_main_window(qtbot, demo_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window, controller = create_window(demo_dir, SyncTaskRunner())
    controller.today = DEMO_TODAY
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    controller.start()
    qtbot.wait(10)  # the report controller finds the main controller on the next event
    report: ReportController = window.report_controller
    with qtbot.waitSignal(report.previewed, timeout=30000):
        window.show_page("bao-cao")
    assert window.report_page.period_code() == "2026-Q3"
    assert len(window.report_page.preview.page_labels) >= 3
    assert window.report_page.minimumSizeHint().width() <= 1366 - 220  # fits a small screen


def test_add_to_the_outbox(page, demo_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.services.outbox import add_destination, list_outbox

    failures: list[str] = []
    page.controller.failed.connect(failures.append)
    page.controller.add_to_outbox()  # no destination yet: the outbox says how to add one
    assert failures and "Chưa có nơi gửi nào" in failures[0]
    add_destination(demo_store, "thu-muc", (tmp_path / "gui").as_uri())
    queued: list[str] = []
    page.controller.queued.connect(queued.append)
    page.controller.add_to_outbox()  # one destination: no question asked
    assert queued == [str(demo_store.folder / "bao-cao" / "bao-cao-2026-Q3.pdf")]
    (item,) = list_outbox(demo_store)
    assert (item.file_name, item.destination, item.state) == (
        "bao-cao-2026-Q3.pdf", "thu-muc", "pending"
    )  # fmt: skip
    assert "hàng đợi gửi tới thu-muc" in page.status.text()


def test_sign_the_report(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.reports.signing import Pkcs12Signer
    from tests.reports.pki import P12_PASSPHRASE, make_ca, make_signer, validate, write_p12

    ca = make_ca()
    p12 = write_p12(tmp_path / "ky.p12", make_signer(ca), ca)
    signed: list[str] = []
    page.controller.signed.connect(signed.append)
    page.controller.sign(Pkcs12Signer(p12, P12_PASSPHRASE), tmp_path / "da-ky.pdf")
    assert signed == [str((tmp_path / "da-ky.pdf").resolve())]
    status, _attrs, _sig = validate(tmp_path / "da-ky.pdf", [ca.asn1])
    assert status.bottom_line
    assert "Ký bởi:" in pdf_text(tmp_path / "da-ky.pdf", layout=False)


def test_blank_numbers_by_setting(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    from kehoach_desktop.services.reporting import ReportSettings, save_report_settings

    save_report_settings(demo_store, ReportSettings(numbering="blank"))
    page = ReportPage()
    qtbot.addWidget(page)
    ReportController(page, runner=SyncTaskRunner(), store=demo_store, today=DEMO_TODAY)
    assert page.number_blank.isChecked() and not page.number.isEnabled()
