"""Qt test helpers: every test starts and ends in Vietnamese, whatever it switched to."""

import pytest


@pytest.fixture(autouse=True)
def _vietnamese_interface(qapp):  # type: ignore[no-untyped-def]
    from kehoach_desktop.qt.i18n import VIETNAMESE, install_translators

    install_translators(VIETNAMESE)
    yield
    install_translators(VIETNAMESE)
