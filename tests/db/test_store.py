"""The store: WAL, foreign keys, transactions, change sequence, migrations from an old store."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, select

from kehoach_desktop.core.domain import KehoachError
from kehoach_desktop.db import engine as _engine  # noqa: F401  (engine registers all tables)
from kehoach_desktop.db import models
from kehoach_desktop.db.engine import latest_version, migrate, migrations, store_version
from kehoach_desktop.db.models import Commune, Hamlet, WeeklyCount
from kehoach_desktop.services.store import open_store


def test_new_store_is_wal_with_foreign_keys_and_latest_schema(data_dir: Path) -> None:
    store = open_store(data_dir)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert store_version(store.path) == latest_version() >= 2
    assert store.path.parent == data_dir.resolve()


def test_migrated_schema_matches_the_models(data_dir: Path) -> None:
    """The SQL scripts and the sqlmodel tables must describe the same columns."""
    store = open_store(data_dir)
    inspector = inspect(store.engine)
    for name, table in SQLModel.metadata.tables.items():
        assert name in inspector.get_table_names(), name
        in_db = {c["name"] for c in inspector.get_columns(name)}
        assert in_db == {c.name for c in table.columns}, name
    unique = inspector.get_unique_constraints("weekly_count")
    assert any(set(u["column_names"]) == {"hamlet_id", "week", "metric"} for u in unique)


def test_foreign_keys_are_enforced(data_dir: Path) -> None:
    store = open_store(data_dir)
    with pytest.raises(IntegrityError):
        with store.session() as session:
            session.add(Hamlet(commune_id="không-tồn-tại", name="Ấp 1"))


def test_a_failed_unit_of_work_writes_nothing(data_dir: Path) -> None:
    store = open_store(data_dir)
    with pytest.raises(RuntimeError):
        with store.session() as session:
            session.add(Commune(name="Tà Lài"))
            session.flush()
            raise RuntimeError("boom")
    with store.session() as session:
        assert session.exec(select(Commune)).all() == []


def test_natural_key_of_weekly_counts_is_unique(data_dir: Path) -> None:
    store = open_store(data_dir)
    with store.session() as session:
        commune = Commune(name="Tà Lài")
        hamlet = Hamlet(commune_id=commune.id, name="Ấp 1")
        session.add_all([commune, hamlet])
        session.add(WeeklyCount(hamlet_id=hamlet.id, week="2026-W10", metric="vneid", value=3))
    with pytest.raises(IntegrityError):
        with store.session() as session:
            session.add(WeeklyCount(hamlet_id=hamlet.id, week="2026-W10", metric="vneid", value=5))


def test_every_write_gets_a_new_change_sequence_and_uuid(data_dir: Path) -> None:
    store = open_store(data_dir)
    with store.session() as session:
        commune = Commune(name="Tà Lài")
        session.add(commune)
        session.add(Hamlet(commune_id=commune.id, name="Ấp 1"))
    with store.session() as session:
        first = {h.name: h.change_seq for h in session.exec(select(Hamlet))}
        stored = session.get(Commune, commune.id)
        assert stored is not None and len(stored.id) == 36
        created_seq, created_at = stored.change_seq, stored.updated_at
        stored.place_name = "Tà Lài"
    with store.session() as session:
        again = session.get(Commune, commune.id)
        assert again is not None
        assert again.change_seq > max(created_seq, first["Ấp 1"])
        assert again.updated_at >= created_at
        assert first["Ấp 1"] != created_seq


def _make_v1_store(path: Path) -> None:
    version, _name, sql = migrations()[0]
    conn = sqlite3.connect(path)
    conn.executescript(sql + f"\nPRAGMA user_version = {version};")
    conn.execute(
        "INSERT INTO commune (id, created_at, updated_at, change_seq, deleted, name, province, "
        "issuing_body, parent_body, place_name, signer_authority, signer_title, signer_name, "
        "recipients_json, office_unit_short) VALUES ('c1', '2026-01-01', '2026-01-01', 1, 0, "
        "'Tà Lài', 'Đồng Nai', '', '', '', '', '', '', '[]', 'VHXH')"
    )
    conn.execute(
        "INSERT INTO hamlet (id, created_at, updated_at, change_seq, deleted, commune_id, name, "
        "code, sort_order) VALUES ('h1', '2026-01-01', '2026-01-01', 2, 0, 'c1', 'Ấp 1', 'A01', 0)"
    )
    conn.execute(
        "INSERT INTO hamlet_figure (id, created_at, updated_at, change_seq, deleted, hamlet_id, "
        "as_of, population, adults, households, source) VALUES ('f1', '2026-01-01', "
        "'2026-01-01', 3, 0, 'h1', '2026-01-01', 1842, 1290, 512, '')"
    )
    conn.commit()
    conn.close()


def test_upgrading_an_old_store_keeps_its_data_and_backs_it_up(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "kehoach.sqlite3"
    _make_v1_store(path)
    assert store_version(path) == 1
    store = open_store(data_dir)
    assert store_version(path) == latest_version()
    with store.session() as session:
        figure = session.get(models.HamletFigure, "f1")
        assert figure is not None and figure.population == 1842
        assert figure.vneid_accounts is None  # the column 0002 added
        session.add(models.IssuedDocument(doc_type="KH", number="64/KH-UBND", subject="Kế hoạch"))
    backups = list((data_dir / "backups").glob("truoc-nang-cap-v1-*.sqlite3"))
    assert len(backups) == 1
    assert store_version(backups[0]) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT name FROM hamlet").fetchone()[0] == "Ấp 1"


def test_a_store_from_a_newer_app_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "kehoach.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    with pytest.raises(KehoachError, match="phiên bản mới hơn"):
        migrate(path)
