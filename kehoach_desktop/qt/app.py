"""Starting the desktop app: show the window first, load the store in the background."""

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
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


class _AfterFirstPaint(QObject):
    """Calls ``then`` once the watched window has painted for the first time."""

    def __init__(self, window: QObject, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def _bench_exit(window: MainWindow, controller: MainController) -> None:
    """KEHOACH_BENCH_EXIT=first-paint|loaded: say so on stdout at that point, then quit
    (benchmarks/startup.py times the line's arrival)."""
    when = os.environ.get("KEHOACH_BENCH_EXIT")

    def mark() -> None:
        print(f"KEHOACH_BENCH {when}", flush=True)
        QApplication.quit()

    if when == "first-paint":
        _AfterFirstPaint(window, mark)
    elif when == "loaded":
        controller.loaded.connect(lambda: QTimer.singleShot(0, mark))


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
    _bench_exit(window, controller)
    # Show first, fill in after: the store (and the ORM) is opened once the window has painted,
    # so the worker's imports never delay the first paint.
    _AfterFirstPaint(window, controller.start)
    window.show()
    code = app.exec()
    controller.runner.wait(10000)
    return code
