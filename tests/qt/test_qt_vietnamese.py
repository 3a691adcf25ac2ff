"""Qt's own texts (standard buttons, context menus, the file dialog) in Vietnamese through
translations/qtbase_vi.ts, and in English again after switching. Qt ships no qtbase_vi.qm: without
ours these widgets would read "Yes", "Cancel", "Look in:" in the Vietnamese interface."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QTreeView,
)

from kehoach_desktop.qt import i18n

QT_OWN_TS = Path(__file__).resolve().parents[2] / "translations" / "qtbase_vi.ts"
Button = QMessageBox.StandardButton
BoxButton = QDialogButtonBox.StandardButton


def _message_box_buttons() -> dict[str, str]:
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y", Button.Yes | Button.No | Button.Cancel)
    return {name: box.button(getattr(Button, name)).text() for name in ("Yes", "No", "Cancel")}


def _button_box_buttons() -> dict[str, str]:
    wanted = ("Ok", "Cancel", "Save", "Close")
    flags = BoxButton.NoButton
    for name in wanted:
        flags |= getattr(BoxButton, name)
    box = QDialogButtonBox(flags)
    return {name: box.button(getattr(BoxButton, name)).text() for name in wanted}


def _menu_texts(menu: QMenu) -> list[str]:
    """The actions' texts without the shortcut Qt appends after a tab ("&Undo\tCtrl+Z")."""
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_message_box_buttons(qapp) -> None:  # type: ignore[no-untyped-def]
    assert _message_box_buttons() == {"Yes": "&Có", "No": "&Không", "Cancel": "Hủy"}
    i18n.install_translators(i18n.ENGLISH)
    assert _message_box_buttons() == {"Yes": "&Yes", "No": "&No", "Cancel": "Cancel"}


def test_dialog_button_box_buttons(qapp) -> None:  # type: ignore[no-untyped-def]
    assert _button_box_buttons() == {
        "Ok": "Đồng ý",
        "Cancel": "Hủy",
        "Save": "Lưu",
        "Close": "Đóng",
    }
    i18n.install_translators(i18n.ENGLISH)
    assert _button_box_buttons() == {
        "Ok": "OK",
        "Cancel": "Cancel",
        "Save": "Save",
        "Close": "Close",
    }


def test_context_menus_of_line_and_text_edits(qapp) -> None:  # type: ignore[no-untyped-def]
    vietnamese = ["&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    assert _menu_texts(QLineEdit("abc").createStandardContextMenu()) == vietnamese
    # QPlainTextEdit (notes, lists of names) draws its menu from QWidgetTextControl.
    assert _menu_texts(QPlainTextEdit("abc").createStandardContextMenu()) == vietnamese
    i18n.install_translators(i18n.ENGLISH)
    english = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]
    assert _menu_texts(QLineEdit("abc").createStandardContextMenu()) == english
    assert _menu_texts(QPlainTextEdit("abc").createStandardContextMenu()) == english


def _file_dialog_texts(folder: Path, mode: QFileDialog.AcceptMode) -> dict[str, str]:
    dialog = QFileDialog(None, "x", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.show()
    QApplication.processEvents()
    texts = {
        name: dialog.findChild(QLabel, name).text()
        for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
    }
    for name in ("backButton", "forwardButton", "toParentButton", "newFolderButton"):
        texts[name] = dialog.findChild(QToolButton, name).toolTip()
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    texts["accept"] = next(
        b.text()
        for b in buttons.buttons()
        if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    )
    texts["cancel"] = buttons.button(BoxButton.Cancel).text()
    header: QHeaderView = dialog.findChild(QTreeView, "treeView").header()
    model = header.model()
    texts["columns"] = ", ".join(model.headerData(i, header.orientation()) for i in range(4))
    texts["filter"] = dialog.nameFilters()[0]
    dialog.close()
    return texts


def test_file_dialog_of_qt_itself(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert _file_dialog_texts(tmp_path, QFileDialog.AcceptMode.AcceptOpen) == {
        "lookInLabel": "Tìm &trong:",
        "fileNameLabel": "Tê&n tệp:",
        "fileTypeLabel": "&Kiểu tệp:",
        "backButton": "Lùi lại",
        "forwardButton": "Tiến tới",
        "toParentButton": "Thư mục cha",
        "newFolderButton": "Tạo thư mục mới",
        "accept": "&Mở",
        "cancel": "Hủy",
        "columns": "Tên, Kích cỡ, Loại, Ngày sửa",
        "filter": "Tất cả các tệp (*)",
    }
    assert _file_dialog_texts(tmp_path, QFileDialog.AcceptMode.AcceptSave)["accept"] == "&Lưu"
    i18n.install_translators(i18n.ENGLISH)
    english = _file_dialog_texts(tmp_path, QFileDialog.AcceptMode.AcceptOpen)
    assert english["lookInLabel"] == "&Look in:"
    assert english["fileNameLabel"] == "File &name:"
    assert english["accept"] == "&Open"
    assert english["columns"] == "Name, Size, Type, Date Modified"


def test_file_dialog_asks_in_vietnamese_before_replacing_a_file(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "bao-cao.docx").write_bytes(b"")
    dialog = QFileDialog(None, "Lưu báo cáo", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    asked: list[tuple[str, list[str]]] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append((box.text(), [b.text() for b in box.buttons()]))
            box.button(Button.No).click()
        else:
            QTimer.singleShot(20, answer_no)

    QTimer.singleShot(20, answer_no)
    dialog.findChild(QLineEdit, "fileNameEdit").setText("bao-cao.docx")
    dialog.accept()
    dialog.close()
    assert asked == [
        ("bao-cao.docx đã có.\nBạn có muốn thay thế tệp này không?", ["&Có", "&Không"])
    ]


def test_every_message_of_qtbase_vi_is_translated_with_its_placeholders() -> None:
    messages = 0
    for context in ET.parse(QT_OWN_TS).iter("context"):
        for message in context.iter("message"):
            messages += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") is None, source
            text = translation.text or ""
            assert text.strip(), source
            assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", source)), source
            assert text.count("\n") == source.count("\n"), source
            # An accelerator where Qt has one, and never two in a text.
            assert text.replace("&&", "").count("&") == min(
                source.replace("&&", "").count("&"), 1
            ), source
    assert messages > 100
