"""``python -m kehoach_desktop``, and the script of the PyInstaller build (build.spec)."""

import os
import sys


def give_windowed_build_streams() -> None:
    """A windowed Windows build (``kehoach.exe``) starts with no sys.stdout/sys.stderr, so
    ``kehoach.exe --version`` would fail on its first print. Write to the console it was started
    from, if any (the text comes after the prompt: cmd.exe does not wait for a windowed
    program; ``kehoach-cli.exe`` is the proper command line), else nowhere."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    console = None
    if sys.platform == "win32":
        try:
            import ctypes

            if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
                console = "CONOUT$"
        except (AttributeError, OSError):
            console = None
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            try:
                stream = open(console or os.devnull, "w", encoding="utf-8")
            except OSError:
                stream = open(os.devnull, "w", encoding="utf-8")
            setattr(sys, name, stream)


def main() -> int:
    give_windowed_build_streams()
    from kehoach_desktop.cli import main as command_line

    return command_line()


if __name__ == "__main__":
    sys.exit(main())
