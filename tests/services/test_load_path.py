"""The desktop app's start-up load path reads the store with plain sqlite3: it must not import
the ORM (sqlmodel, sqlalchemy, pydantic), which alone takes longer than the whole load."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kehoach_desktop.services.devices import claim_hamlet
from kehoach_desktop.services.overview import open_for_app
from kehoach_desktop.services.store import open_store
from tests.conftest import DEMO_TODAY

# What kehoach_desktop/qt/controllers/main_controller.py runs on its worker at start-up.
LOAD_PATH = """
import json, sys
from datetime import date
from kehoach_desktop.services.device_mode import device_mode
from kehoach_desktop.services.first_run import first_run_state
from kehoach_desktop.services.overview import load_overview, open_for_app

store, created = open_for_app(sys.argv[1])
overview = load_overview(store, date.fromisoformat(sys.argv[2]))
mode = device_mode(store)
first_run = first_run_state(store)
print(json.dumps({
    "orm": sorted(m for m in ("sqlalchemy", "sqlmodel", "pydantic") if m in sys.modules),
    "created": created,
    "tasks": len(overview.tasks),
    "hamlets": len(overview.hamlets),
    "is_demo": overview.is_demo,
    "mode": [mode.role, mode.hamlet],
    "untouched": first_run.untouched,
}))
"""


def _load_in_a_fresh_process(folder: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", LOAD_PATH, str(folder), DEMO_TODAY.isoformat()],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded: dict[str, object] = json.loads(done.stdout)
    return loaded


def test_the_office_load_path_imports_no_orm(demo_dir: Path) -> None:
    loaded = _load_in_a_fresh_process(demo_dir)
    assert loaded["orm"] == []
    assert loaded["created"] is False and loaded["is_demo"] is True
    assert loaded["tasks"] and loaded["hamlets"]
    assert loaded["mode"] == ["office", None]
    assert loaded["untouched"] is True


def test_a_hamlet_device_load_path_imports_no_orm(demo_dir: Path) -> None:
    store = open_store(demo_dir)
    claim_hamlet(store, "Ấp Phú Lâm")
    store.close()
    loaded = _load_in_a_fresh_process(demo_dir)
    assert loaded["orm"] == []
    assert loaded["mode"] == ["hamlet", "Ấp Phú Lâm"]


@pytest.mark.parametrize("backup", [False, True])
def test_the_daily_backup_can_be_left_to_later(demo_dir: Path, backup: bool) -> None:
    daily = demo_dir / "backups" / f"hang-ngay-{date.today().isoformat()}.sqlite3"
    daily.unlink(missing_ok=True)
    store, _created = open_for_app(str(demo_dir), backup=backup)
    store.close()
    assert daily.exists() is backup
