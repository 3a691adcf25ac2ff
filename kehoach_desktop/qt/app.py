"""Starting the desktop app: show the window first, load the store in the background."""

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from .controllers.main_controller import MainController
from .style import STYLE_SHEET
from .task_runner import TaskRunner
from .views.main_window import PAGES, MainWindow


def _settings(data_dir: Path) -> QSettings:
    return QSettings(str(data_dir / "giao-dien.ini"), QSettings.Format.IniFormat)


def create_window(data_dir: Path, runner=None) -> tuple[MainWindow, MainController]:  # type: ignore[no-untyped-def]
    """The main window and its controller on the store in ``data_dir`` (not yet loaded)."""
    window = MainWindow(_settings(data_dir))
    window.setWindowTitle(f"{APP_NAME} {__version__}")
    runner = runner or TaskRunner(window)
    controller = MainController(window, runner, str(data_dir))
    return window, controller


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    """One PNG per navigation page, named by page."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index, (key, _label) in enumerate(PAGES):
        window.ui.navigation.setCurrentRow(index)
        QApplication.processEvents()
        path = folder / f"{index + 1:02d}-{key}.png"
        window.grab().save(str(path))
        written.append(path)
    return written


def run(data_dir: Path, screenshots: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE_SHEET)
    window, controller = create_window(data_dir)
    if screenshots is not None:
        window.resize(1366, 768)

        def shoot() -> None:
            for path in save_screenshots(window, screenshots):
                print(path)
            app.quit()

        controller.loaded.connect(lambda: QTimer.singleShot(200, shoot))
        controller.failed.connect(lambda _msg: app.exit(1))
    window.show()
    QTimer.singleShot(0, controller.start)
    return app.exec()
