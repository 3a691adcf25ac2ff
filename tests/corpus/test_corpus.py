"""Every importer against the hostile and broken input corpus (tests/corpus/build.py).

Each file goes through the services (preview and import) and through the real command line in
a child process. Each must end in a KehoachError — never another exception — whose one-line
Vietnamese message names the file (and the entry, sheet or table where there is one) and says
what is wrong; the command must exit with code 1 and that message on stderr, no traceback; and
the store must hold exactly what it held before (every row of every table).
"""

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.services.plan_import import commit_import, preview_import
from kehoach_desktop.services.sync_import import import_package, preview_package
from tests.fingerprints import store_fingerprint

from .build import CASES, PACKAGE, PLAN, Case, Sources, build_case, make_sources

SERVICES: dict[str, list[Callable[[Any, Path], object]]] = {
    PLAN: [preview_import, commit_import],
    PACKAGE: [preview_package, import_package],
}
COMMANDS = {PLAN: ("import",), PACKAGE: ("package", "import")}
QUOTED_NAME = {PLAN: "Tệp “{}”", PACKAGE: "Gói “{}”"}


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sources]:
    made = make_sources(tmp_path_factory.mktemp("corpus"))
    yield made
    made.office.store.close()


def _says(message: str, case: Case, path: Path) -> None:
    assert message.startswith(QUOTED_NAME[case.importer].format(path.name)), message
    assert "\n" not in message and "Traceback" not in message, message
    for fragment in case.fragments:
        assert fragment in message, message


def test_the_corpus_covers_every_kind_of_bad_input_for_both_importers() -> None:
    kinds = (
        "empty",
        "truncated",
        "renamed",
        "oversize",
        "zip-bomb",
        "path",
        "symlink-entry",
        "symlink-to-device",
    )
    for importer in (PLAN, PACKAGE):
        ids = [c.id for c in CASES if c.importer == importer]
        assert all(any(kind in i for i in ids) for kind in kinds), (importer, ids)
    package_only = ("schema-version", "bad-signature", "foreign-hamlet", "foreign-commune")
    assert all(any(kind in c.id for c in CASES) for kind in package_only)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_importer_refuses_the_file_and_leaves_the_store_as_it_was(
    case: Case, sources: Sources, tmp_path: Path
) -> None:
    store = sources.office.store
    path = build_case(case, sources, tmp_path)
    before = store_fingerprint(store.path)

    for attempt in SERVICES[case.importer]:
        with pytest.raises(KehoachError) as refused:
            attempt(store, path)
        _says(str(refused.value), case, path)
    assert store_fingerprint(store.path) == before

    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "kehoach_desktop",
            "--data-dir",
            str(store.folder),
            *COMMANDS[case.importer],
            str(path),
        ],
        capture_output=True,
        timeout=120,
    )
    err = run.stderr.decode("utf-8")
    assert run.returncode == 1, err
    assert err.startswith("Lỗi: ") and err.count("\n") == 1, err
    _says(err.removeprefix("Lỗi: ").rstrip("\n"), case, path)
    assert run.stdout == b""
    assert store_fingerprint(store.path) == before
