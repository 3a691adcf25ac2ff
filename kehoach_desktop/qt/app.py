"""Starting the desktop app: show the window first, load the store in the background.

The first paint costs little more than an empty window: ``run`` shows the main window's
navigation column before the pages exist, then — once it has painted — starts opening the
store on a worker and builds the pages (and imports them) on the GUI thread meanwhile.

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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QThread, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__, paths
from .i18n import (
    current_language,
    install_translators,
    save_language,
    saved_language,
    translate,
)
from .style import style_sheet
from .task_runner import TaskRunner
from .views.main_window import LATER_PAGES, PAGES, MainWindow

if TYPE_CHECKING:
    from .controllers.main_controller import MainController

SCREENSHOT_SIZE = (1366, 768)


def ui_settings(data_dir: Path) -> QSettings:
    """The UI state (window, layout, language, first-run choice): an INI in the data folder."""
    return QSettings(str(Path(data_dir) / "giao-dien.ini"), QSettings.Format.IniFormat)


class Desktop(QObject):
    """The app's main window and controller, rebuilt in place when the language changes.

    With ``defer_pages`` the window is made without its pages (and without a controller): the
    pages and the controller are made by :meth:`start`, which the app calls once the window
    has painted. ``loaded`` and ``failed`` repeat the current controller's signals.
    """

    window_replaced = Signal(object)
    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        runner: Any = None,
        today: date | None = None,
        offer_first_run: bool = False,
        remember_layout: bool = True,
        defer_pages: bool = False,
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
        self.controller: MainController | None = None
        self._build(defer_pages=defer_pages)

    def _build(self, store: Any = None, defer_pages: bool = False) -> None:
        window = MainWindow(self.settings if self.remember_layout else None, defer_pages)
        window.setWindowTitle(f"{APP_NAME} {__version__}")
        window.desktop = self  # type: ignore[attr-defined]  # keeps the Desktop alive
        self.window, self.controller = window, None
        self._deferred = defer_pages
        self.language = current_language()
        if not defer_pages:
            self._wire()
            if store is not None:
                self.controller.adopt(store)  # type: ignore[union-attr]

    def _wire(self) -> "MainController":
        """The window's pages and its controller (made once)."""
        if self.controller is not None:
            return self.controller
        from PySide6.QtCore import Qt

        from .controllers.main_controller import MainController

        window = self.window
        if self._deferred:
            # The Báo cáo and Đồng bộ pages come just after the data is shown.
            window.build_pages(later=LATER_PAGES)
        else:
            window.build_pages()
        controller = MainController(window, self.runner, str(self.data_dir), self.today)
        if self._deferred:
            controller.loaded.connect(
                lambda: QTimer.singleShot(0, window.build_later_pages),
                Qt.ConnectionType.SingleShotConnection,
            )
        window.settings_page.language_chosen.connect(self.set_language)
        controller.first_run.connect(self._first_run)
        controller.loaded.connect(self.loaded)
        controller.failed.connect(self.failed)
        self.controller = controller
        return controller

    def start(self) -> None:
        """Open the store and show it. With the pages still to build, the store is opened on
        the worker first and the pages are built meanwhile (its result waits for them)."""
        if self.controller is not None:
            self.controller.start()
            return
        from .controllers.main_controller import open_job

        self.runner.run(
            open_job(str(self.data_dir), self.today),
            lambda result: self._wire().show_opened(result),
            lambda exc: self._wire().show_failure(exc),
        )
        self._wire()

    def set_language(self, language: str) -> None:
        """Switch the interface language and rebuild the window in it (saved in QSettings)."""
        save_language(self.settings, language)
        if install_translators(language) != self.language:
            self.rebuild()

    def rebuild(self) -> None:
        old, store = self.window, self._wire().store
        old.save_state()
        if hasattr(old, "sync_controller"):
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

        self.first_run = FirstRunController(self._wire(), self.settings)
        self.first_run.offer()


def create_window(data_dir: Path, runner: Any = None) -> tuple[MainWindow, "MainController"]:
    """The main window and its controller on the store in ``data_dir`` (not yet loaded)."""
    desktop = Desktop(data_dir, runner)
    return desktop.window, desktop._wire()


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

    def __init__(self, window: QObject, then: Callable[[], None], at_once: bool = False) -> None:
        super().__init__(window)
        self.then = then
        self.at_once = at_once
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self.at_once:
                self.then()
            else:
                QTimer.singleShot(0, self.then)
        return False


def _bench_exit(desktop: Desktop) -> None:
    """KEHOACH_BENCH_EXIT=first-paint|loaded: say so on stdout at that point, then quit
    (benchmarks/startup.py times the line's arrival)."""
    when = os.environ.get("KEHOACH_BENCH_EXIT")

    def mark() -> None:
        # Said at once (as the baseline window does), quitting once the event loop is free.
        print(f"KEHOACH_BENCH {when}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    if when == "first-paint":
        _AfterFirstPaint(desktop.window, mark, at_once=True)
    elif when == "loaded":
        desktop.loaded.connect(mark)


def run(data_dir: Path, screenshots: Path | None = None, language: str | None = None) -> int:
    """The desktop app on ``data_dir``; with ``screenshots`` save one PNG per page and quit.

    ``language`` ("vi" or "en") overrides the language chosen in Cài đặt for this run.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.app_icon())))
    app.setStyleSheet(style_sheet(app.font()))
    install_translators(language or saved_language(ui_settings(data_dir)))
    desktop = Desktop(
        data_dir,
        offer_first_run=screenshots is None,
        remember_layout=screenshots is None,
        defer_pages=True,
    )
    if screenshots is not None:
        desktop.window.resize(*SCREENSHOT_SIZE)

        def shoot() -> None:
            if getattr(desktop, "shot", False):
                return  # the store was loaded again meanwhile: one set of pictures is enough
            desktop.shot = True  # type: ignore[attr-defined]
            for path in save_screenshots(desktop.window, screenshots, desktop.runner):
                print(path)
            app.quit()

        desktop.loaded.connect(lambda: QTimer.singleShot(200, shoot))

        def failed(message: str) -> None:
            sys.stderr.write(translate("Desktop", "Lỗi: {error}").format(error=message) + "\n")
            app.exit(1)

        desktop.failed.connect(failed)
    _bench_exit(desktop)
    # Show first, fill in after: the pages are built and the store (and the ORM) is opened
    # once the window has painted, so neither delays the first paint.
    _AfterFirstPaint(desktop.window, desktop.start)
    desktop.window.show()
    code = app.exec()
    if hasattr(desktop.window, "sync_controller"):
        desktop.window.sync_controller.stop()
    desktop.runner.wait(10000)
    return code
