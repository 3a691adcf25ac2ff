"""Parts every small form dialog has: the red line that says what is wrong, and the
"Lưu" / "Hủy" buttons."""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from ..i18n import translate

_SAVE = QT_TRANSLATE_NOOP("DialogParts", "Lưu")
_CANCEL = QT_TRANSLATE_NOOP("DialogParts", "Hủy")


def error_label(name: str = "") -> QLabel:
    """An empty, wrapping, red label for a form's refusal ("Hãy nhập tên xã.")."""
    label = QLabel("")
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    return label


def save_cancel(dialog: QDialog, save: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton]:
    """ "Lưu" calls ``save`` (which closes the dialog once the work is done), "Hủy" rejects it.
    Returns the button box and its "Lưu" button."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(translate("DialogParts", _SAVE))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("DialogParts", _CANCEL)
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
