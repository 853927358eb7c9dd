"""Encryption at rest with SQLCipher: unreadable without the passphrase, wrong passphrase and
missing passphrase are clear errors, backups stay encrypted, the passphrase can be changed,
a plain file can be encrypted, and the OS keychain is used only when asked."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import func, select, text

from planner.cli.main import main
from planner.db.backup import backup_sqlite
from planner.db.crypto import (
    NotEncrypted,
    PassphraseRequired,
    WrongPassphrase,
    cipher_connect,
    file_state,
    keychain_get,
)
from planner.db.engine import open_database, transaction
from planner.db.models import Location
from planner.domain.enums import LocationKind

pytestmark = pytest.mark.sqlite_only
KEY = "correct horse battery staple"


def _add_site(engine, code: str = "S1") -> None:  # type: ignore[no-untyped-def]
    with transaction(engine, actor="t") as s:
        s.add(Location(code=code, name_en="Secret site", country="MMR",
                       kind=LocationKind.HOLDING_SITE))


def _sites(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(Location)).scalar_one())


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("REPATPLAN_NO_ENCRYPTION", raising=False)
    monkeypatch.setenv("REPATPLAN_KEY", KEY)
    return monkeypatch


def test_an_encrypted_file_is_unreadable_without_the_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "enc.sqlite"
    engine = open_database(path, key=KEY)
    _add_site(engine)
    engine.dispose()
    assert file_state(path) == "encrypted"
    assert b"Secret site" not in path.read_bytes()
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM location").fetchall()
    again = open_database(path, key=KEY)
    assert _sites(again) == 1
    again.dispose()


def test_wrong_missing_and_mismatched_passphrases_are_clear(tmp_path: Path) -> None:
    enc, plain = tmp_path / "enc.sqlite", tmp_path / "plain.sqlite"
    open_database(enc, key=KEY).dispose()
    open_database(plain, allow_plain=True).dispose()
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_database(enc, key="not the key")
    with pytest.raises(PassphraseRequired, match="is encrypted"):
        open_database(enc, allow_plain=True)
    with pytest.raises(PassphraseRequired, match="passphrase is needed"):
        open_database(tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()
    with pytest.raises(NotEncrypted, match="repatplan db encrypt"):
        open_database(plain, key=KEY)


def test_backups_of_an_encrypted_database_stay_encrypted(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "enc.sqlite", key=KEY)
    _add_site(engine)
    dest = backup_sqlite(engine, reason="manual")
    engine.dispose()
    assert file_state(dest) == "encrypted"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(dest).execute("SELECT * FROM location").fetchall()
    conn = cipher_connect(dest, KEY)
    assert conn.execute("SELECT name_en FROM location").fetchall() == [("Secret site",)]
    conn.close()


def test_cli_creates_encrypted_databases_and_changes_the_passphrase(
        tmp_path: Path, cli_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite")
    assert main(["init", "--db", db]) == 0
    assert file_state(Path(db)) == "encrypted"
    cli_env.setenv("REPATPLAN_NEW_KEY", "another long passphrase")
    assert main(["db", "rekey", "--db", db]) == 0
    capsys.readouterr()
    assert main(["status", "--db", db]) == 2
    assert "wrong passphrase" in capsys.readouterr().err
    cli_env.setenv("REPATPLAN_KEY", "another long passphrase")
    assert main(["status", "--db", db]) == 0
    cli_env.delenv("REPATPLAN_KEY")
    assert main(["status", "--db", db]) == 2  # no terminal to ask in, no key: one clear line
    err = capsys.readouterr().err
    assert "a passphrase is needed" in err and len(err.strip().splitlines()) == 1


def test_cli_plain_only_with_the_flag_and_encrypt_later(
        tmp_path: Path, cli_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "plain.sqlite"
    assert main(["init", "--no-encryption", "--db", str(db)]) == 0
    assert file_state(db) == "plain"
    plain = open_database(db, allow_plain=True)
    _add_site(plain)
    plain.dispose()
    assert main(["status", "--db", str(db)]) == 2
    assert "not encrypted" in capsys.readouterr().err
    assert main(["db", "encrypt", "--db", str(db)]) == 0
    assert file_state(db) == "encrypted"
    engine = open_database(db, key=KEY)
    assert _sites(engine) == 1
    engine.dispose()


def test_cli_restores_an_encrypted_backup(
        tmp_path: Path, cli_env: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.sqlite"
    engine = open_database(db, key=KEY)
    _add_site(engine)
    dest = backup_sqlite(engine, dest=tmp_path / "copy.sqlite")
    _add_site(engine, "S2")
    engine.dispose()
    assert main(["db", "restore", str(dest), "--db", str(db)]) == 0
    engine = open_database(db, key=KEY)
    assert _sites(engine) == 1
    engine.dispose()


def test_encrypted_connections_keep_wal_and_cipher(tmp_path: Path) -> None:
    db = tmp_path / "wal.sqlite"
    engine = open_database(db, key=KEY)
    with engine.connect() as c:
        assert c.execute(text("PRAGMA cipher_version")).scalar_one()
        assert c.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    engine.dispose()


class _MemoryKeyring(KeyringBackend):
    """A keyring backend holding secrets in memory (keyring's own plug-in interface)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_the_keychain_keeps_the_passphrase_only_when_asked(
        tmp_path: Path, cli_env: pytest.MonkeyPatch) -> None:
    previous = keyring.get_keyring()
    ring = _MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        db = tmp_path / "k.sqlite"
        assert main(["init", "--db", str(db)]) == 0
        assert ring.secrets == {}
        assert main(["status", "--remember-key", "--db", str(db)]) == 0
        assert keychain_get(db) == KEY
        cli_env.delenv("REPATPLAN_KEY")
        assert main(["status", "--db", str(db)]) == 0  # the keychain answers
    finally:
        keyring.set_keyring(previous)
