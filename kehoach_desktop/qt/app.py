"""Starting the desktop app: show the window first, load the store in the background.

:class:`Desktop` owns what outlives one main window: the data folder, the UI settings
(QSettings), the task runner, the interface language. Choosing another language in Cài đặt
rebuilds the main window in place on the store already open, so that every page is built
again through ``tr()`` in the new language (and keeps its page, size and column widths).
"""

import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from .controllers.main_controller import MainController
from .i18n import current_language, install_translators, save_language, saved_language
from .style import style_sheet
from .task_runner import TaskRunner
from .views.main_window import PAGES, MainWindow

SCREENSHOT_SIZE = (1366, 768)


def ui_settings(data_dir: Path) -> QSettings:
    """The UI state (window, layout, language, first-run choice): an INI in the data folder."""
    return QSettings(str(Path(data_dir) / "giao-dien.ini"), QSettings.Format.IniFormat)


class Desktop(QObject):
    """The app's main window and controller, rebuilt in place when the language changes."""

    window_replaced = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        runner: Any = None,
        today: date | None = None,
        offer_first_run: bool = False,
        remember_layout: bool = True,
    ) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.settings = ui_settings(self.data_dir)
        self.runner = runner if runner is not None else TaskRunner(self)
        self.today = today
        self.offer_first_run = offer_first_run
        # Screenshots show the pages as they come, not as someone last arranged them.
        self.remember_layout = remember_layout
        self.first_run: Any = None  # the FirstRunController once the assistant was offered
        self.language = current_language()
        self.window: MainWindow
        self.controller: MainController
        self._build()

    def _build(self, store: Any = None) -> None:
        window = MainWindow(self.settings if self.remember_layout else None)
        window.setWindowTitle(f"{APP_NAME} {__version__}")
        window.desktop = self  # type: ignore[attr-defined]  # keeps the Desktop alive
        controller = MainController(window, self.runner, str(self.data_dir), self.today)
        window.settings_page.language_chosen.connect(self.set_language)
        controller.first_run.connect(self._first_run)
        self.window, self.controller = window, controller
        self.language = current_language()
        if store is not None:
            controller.adopt(store)

    def start(self) -> None:
        self.controller.start()

    def set_language(self, language: str) -> None:
        """Switch the interface language and rebuild the window in it (saved in QSettings)."""
        save_language(self.settings, language)
        if install_translators(language) != self.language:
            self.rebuild()

    def rebuild(self) -> None:
        old, store = self.window, self.controller.store
        old.save_state()
        old.sync_controller.stop()
        self._build(store)
        new = self.window
        new.setWindowState(old.windowState())
        new.show_page(old.current_page_key())
        if old.isVisible():
            new.show()
        old.hide()
        old.deleteLater()
        self.window_replaced.emit(new)

    def _first_run(self) -> None:
        if not self.offer_first_run or self.first_run is not None:
            return
        from .controllers.first_run_controller import FirstRunController

        self.first_run = FirstRunController(self.controller, self.settings)
        self.first_run.offer()


def create_window(data_dir: Path, runner: Any = None) -> tuple[MainWindow, MainController]:
    """The main window and its controller on the store in ``data_dir`` (not yet loaded)."""
    desktop = Desktop(data_dir, runner)
    return desktop.window, desktop.controller


def wait_until_idle(runner: Any, timeout_s: float = 60.0) -> None:
    """Process events until the runner has no job left and the event queue is drained (the
    report page lays its preview out in the background once it is shown)."""
    deadline = time.monotonic() + timeout_s
    quiet = 0
    while time.monotonic() < deadline and quiet < 3:
        QApplication.processEvents()
        if runner.busy():
            quiet = 0
            QThread.msleep(20)
        else:
            quiet += 1
    QApplication.processEvents()


def save_screenshots(window: MainWindow, folder: Path, runner: Any = None) -> list[Path]:
    """One PNG per navigation page the window offers, named by page, each taken once the page
    has finished loading what it shows."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    visible = window.visible_page_keys()
    for index, (key, _label) in enumerate(PAGES):
        if key not in visible:
            continue
        window.ui.navigation.setCurrentRow(index)
        if runner is not None:
            wait_until_idle(runner)
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


def run(data_dir: Path, screenshots: Path | None = None, language: str | None = None) -> int:
    """The desktop app on ``data_dir``; with ``screenshots`` save one PNG per page and quit.

    ``language`` ("vi" or "en") overrides the language chosen in Cài đặt for this run.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setStyleSheet(style_sheet(app.font()))
    install_translators(language or saved_language(ui_settings(data_dir)))
    desktop = Desktop(
        data_dir, offer_first_run=screenshots is None, remember_layout=screenshots is None
    )
    window, controller = desktop.window, desktop.controller
    if screenshots is not None:
        window.resize(*SCREENSHOT_SIZE)

        def shoot() -> None:
            if getattr(desktop, "shot", False):
                return  # the store was loaded again meanwhile: one set of pictures is enough
            desktop.shot = True  # type: ignore[attr-defined]
            for path in save_screenshots(desktop.window, screenshots, desktop.runner):
                print(path)
            app.quit()

        controller.loaded.connect(lambda: QTimer.singleShot(200, shoot))
        controller.failed.connect(lambda _msg: app.exit(1))
    _bench_exit(window, controller)
    # Show first, fill in after: the store (and the ORM) is opened once the window has painted,
    # so the worker's imports never delay the first paint.
    _AfterFirstPaint(window, desktop.start)
    window.show()
    code = app.exec()
    desktop.window.sync_controller.stop()
    desktop.runner.wait(10000)
    return code
