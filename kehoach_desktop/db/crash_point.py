"""A test hook for crash safety: die here, as a power cut would stop the process.

With ``KEHOACH_TEST_KILL_AT`` set to a point's name, :func:`crash_point` kills its own process
with SIGKILL — no cleanup, no rollback, no ``finally``. The imports call it with every write of
their transaction done but not yet committed ("package-commit", "plan-commit"), and backups
call it with the copy written but not yet in place ("backup"), so that
tests/safety/test_crash_safety.py can show the store and its backups survive the worst moment.
Unset (always, outside that test) it costs one environment lookup.
"""

import os
import signal

KILL_AT_ENV = "KEHOACH_TEST_KILL_AT"


def crash_point(name: str) -> None:
    """Kill this process now if ``KEHOACH_TEST_KILL_AT`` names this point."""
    if os.environ.get(KILL_AT_ENV) == name:
        # Windows has no SIGKILL; there os.kill(SIGTERM) is TerminateProcess, just as abrupt.
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
