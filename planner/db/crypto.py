"""Encryption at rest with SQLCipher: file states, keyed URLs, changing the passphrase,
encrypting a plain file, and (when the user asks) keeping the passphrase in the OS keychain.

The passphrase never goes to logs; it lives in the engine's URL (in memory) while a database
is open. SQLCipher 4 defaults: AES-256, PBKDF2-HMAC-SHA512 with 256,000 iterations, HMAC per page.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.engine import URL, Engine

ENV_KEY = "REPATPLAN_KEY"
ENV_NO_ENCRYPTION = "REPATPLAN_NO_ENCRYPTION"
KEYRING_SERVICE = "repatplan"
SQLITE_HEADER = b"SQLite format 3\x00"

FileState = Literal["new", "plain", "encrypted"]


class DatabaseOpenError(Exception):
    """A database cannot be opened; the message says why and what to do."""


class PassphraseRequired(DatabaseOpenError):
    pass


class WrongPassphrase(DatabaseOpenError):
    pass


class NotEncrypted(DatabaseOpenError):
    pass


class DatabaseDamaged(DatabaseOpenError):
    pass


class KeychainError(DatabaseOpenError):
    pass


#: Files this process has open through SQLite, and what they are. Reading a live file's header
#: with open()/close() would drop the POSIX locks SQLite holds on it (a close of *any* descriptor
#: releases all of a process's locks on the file), and another process could then take the
#: database for unused and delete its WAL under the open connections.
_LIVE: dict[str, FileState] = {}


def remember_state(path: Path, state: FileState) -> None:
    """Record what a file this process now has open is (see :data:`_LIVE`)."""
    _LIVE[str(path.resolve())] = state


def file_state(path: Path) -> FileState:
    """new (missing or empty), plain (an SQLite header) or encrypted (anything else: SQLCipher
    files look like random bytes, and so would a damaged file). A file this process already
    has open is not read again (see :data:`_LIVE`)."""
    try:
        if path.stat().st_size == 0:
            return "new"
    except FileNotFoundError:
        return "new"
    known = _LIVE.get(str(path.resolve()))
    if known is not None and known != "new":
        return known
    with path.open("rb") as fh:
        head = fh.read(16)
    return "plain" if head == SQLITE_HEADER else "encrypted"


def cipher_url(path: Path, key: str) -> URL:
    if not key:
        raise PassphraseRequired("an empty passphrase is not allowed")
    return URL.create("sqlite+pysqlcipher", password=key, database=str(path))


def engine_key(engine: Engine) -> str | None:
    """The passphrase an SQLCipher engine was opened with (None for plain or server DBs)."""
    if engine.url.drivername != "sqlite+pysqlcipher":
        return None
    return engine.url.password if isinstance(engine.url.password, str) else None


def _quote(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def cipher_connect(path: Path, key: str) -> Any:
    """A raw SQLCipher connection with the key applied and checked."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(key)}")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise WrongPassphrase(f"cannot read {path}: wrong passphrase, or the file is damaged"
                              ) from None
    return conn


def rekey(path: Path, old_key: str, new_key: str) -> None:
    """Change the passphrase of an encrypted file (every page is re-encrypted, in place and
    atomically by SQLCipher). No other program may have the database open."""
    if not new_key:
        raise PassphraseRequired("the new passphrase is empty")
    conn = cipher_connect(path, old_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = {_quote(new_key)}")
        conn.commit()
    finally:
        conn.close()
    cipher_connect(path, new_key).close()


def encrypt_file(path: Path, new_key: str) -> Path:
    """Encrypt a plain SQLite file with `new_key` (sqlcipher_export into a new file, then
    swapped in); the plain original is removed after the encrypted copy checks out. Returns
    the path of the encrypted file."""
    import sqlcipher3

    if file_state(path) != "plain":
        raise NotEncrypted(f"{path} is not a plain SQLite database")
    if not new_key:
        raise PassphraseRequired("the new passphrase is empty")
    tmp = path.with_name(path.name + ".encrypting")
    tmp.unlink(missing_ok=True)
    src = sqlcipher3.connect(str(path))
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        src.execute(f"ATTACH DATABASE ? AS enc KEY {_quote(new_key)}", (str(tmp),))
        src.execute("SELECT sqlcipher_export('enc')")
        version = src.execute("PRAGMA user_version").fetchone()[0]
        src.execute(f"PRAGMA enc.user_version = {int(version)}")
        src.commit()
        src.execute("DETACH DATABASE enc")
    finally:
        src.close()
    check = cipher_connect(tmp, new_key)
    try:
        ok = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise DatabaseDamaged(f"encrypting {path} failed its check: {ok}")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)
    remember_state(path, "encrypted")
    return path


def plain_requested(flag: bool = False) -> bool:
    """--no-encryption, or REPATPLAN_NO_ENCRYPTION=1."""
    return flag or os.environ.get(ENV_NO_ENCRYPTION, "") in ("1", "true", "yes")


# -- OS keychain (only when the user asks) ---------------------------------------------------

def _keyring() -> Any:
    try:
        import keyring
    except ImportError:  # pragma: no cover - keyring is a dependency
        raise KeychainError("the keyring package is not installed") from None
    return keyring


def keychain_get(path: Path) -> str | None:
    """The passphrase kept for this file, or None (no keychain available counts as none)."""
    kr = _keyring()
    try:
        value = kr.get_password(KEYRING_SERVICE, str(path.resolve()))
    except Exception:
        return None
    return value if isinstance(value, str) and value else None


def keychain_set(path: Path, key: str) -> None:
    kr = _keyring()
    try:
        kr.set_password(KEYRING_SERVICE, str(path.resolve()), key)
    except Exception as e:
        raise KeychainError(f"could not store the passphrase in the OS keychain: "
                            f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
                            ) from None


def keychain_forget(path: Path) -> bool:
    kr = _keyring()
    try:
        kr.delete_password(KEYRING_SERVICE, str(path.resolve()))
    except Exception:
        return False
    return True


def unlock_from_environment(path: Path | None) -> dict[str, Any]:
    """Keyword arguments for :func:`planner.db.engine.open_database` from the environment
    alone (no prompt): ``REPATPLAN_KEY``, else a passphrase kept in the OS keychain for this
    file, else ``REPATPLAN_NO_ENCRYPTION=1`` for an unencrypted file. Callers that can ask the
    user (the GUI's dialog, the CLI's prompt) do so when this yields no key."""
    key = os.environ.get(ENV_KEY) or None
    if key is None and path is not None and not plain_requested():
        key = keychain_get(path)
    if key is not None:
        return {"key": key}
    return {"allow_plain": plain_requested()}
