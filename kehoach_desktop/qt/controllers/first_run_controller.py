"""The first-run assistant's behaviour: keep the demo, import the commune's plan (through the
plan controller's preview), or create a new commune by hand (services.first_run)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog

from ..views.first_run import FirstRunDialog

DISMISSED_KEY = "first_run/dismissed"


class FirstRunController(QObject):
    created = Signal(str)  # the new commune's name

    def __init__(self, main: Any, settings: QSettings | None) -> None:
        super().__init__(main)
        self.main = main
        self.settings = settings
        self.dialog: FirstRunDialog | None = None
        # Asks for the plan file; replaced in tests. None when cancelled.
        self.choose_file: Callable[[], str | None] = self._choose_file

    def dismissed(self) -> bool:
        if self.settings is None:
            return False
        return str(self.settings.value(DISMISSED_KEY, "false")).lower() == "true"

    def dismiss(self) -> None:
        if self.settings is not None:
            self.settings.setValue(DISMISSED_KEY, True)
            self.settings.sync()

    def offer(self) -> bool:
        """Show the assistant unless the officer has already dismissed it; True if shown."""
        if self.dismissed():
            return False
        dialog = FirstRunDialog(self.main.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.demo_chosen.connect(self.use_demo)
        dialog.import_chosen.connect(self.import_plan)
        dialog.create_requested.connect(self.create_commune)
        dialog.rejected.connect(self.dismiss)  # closed: keep the demo, do not ask again
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        return True

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.done(0)

    def use_demo(self) -> None:
        self.dismiss()
        self._close()

    def _choose_file(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.dialog,
            self.tr("Chọn tệp kế hoạch của xã (Word hoặc Excel)"),
            "",
            self.tr("Kế hoạch (*.docx *.xlsx);;Word (*.docx);;Excel (*.xlsx);;Mọi tệp (*)"),
        )
        return path or None

    def import_plan(self) -> None:
        """The plan controller previews the file; its dialog's "Ghi vào kho" replaces the demo.
        Cancelled, the demo stays and the assistant comes back on the next start."""
        path = self.choose_file()
        if not path:
            return
        self.main.window.show_page("ke-hoach")
        if self.dialog is not None:
            self.dialog.hide()
        self.main.plan.preview_file(Path(path))

    def create_commune(self, values: dict[str, str]) -> None:
        store = self.main.store

        def job() -> Any:
            from ...services.first_run import start_new_commune

            return start_new_commune(store, **values)

        def done(_backup: Any) -> None:
            self._close()
            self.main.reload()
            self.main.settings.load()
            self.main.window.show_page("cai-dat")
            self.main.window.settings_page.show_hamlets_tab()  # the plan lists no hamlets
            self.created.emit(values["name"])

        def failed(exc: BaseException) -> None:
            if self.dialog is not None:
                self.dialog.show_error(str(exc) or exc.__class__.__name__)

        self.main.runner.run(job, done, failed)
