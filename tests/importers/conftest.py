"""Plan files built at test time from the generator (binaries are never committed)."""

from pathlib import Path

import pytest

from kehoach_desktop.importers import ImportedPlan, read_plan
from tests.importers.fixtures.make_fixtures import build_all


@pytest.fixture(scope="session")
def plan_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every generated fixture, by file name."""
    return build_all(tmp_path_factory.mktemp("plans"))


@pytest.fixture(scope="session")
def plans(plan_files: dict[str, Path]) -> dict[str, ImportedPlan]:
    """Every fixture read once."""
    return {name: read_plan(path) for name, path in plan_files.items()}
