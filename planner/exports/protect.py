"""Password protection of export files (docs/exports.md, "Encrypted exports").

* XLSX: Office's own encryption (ECMA-376 agile: AES-256-CBC, SHA-512, 100,000 spins), written
  by msoffcrypto-tool; Excel and LibreOffice ask for the password when they open the file.
* Every other format (CSV, iCalendar, JSON, PAXLST): the file alone in a 7-Zip archive with
  AES-256 and encrypted headers (so not even the file name shows without the password), written
  by py7zr; 7-Zip on Windows, p7zip or Keka elsewhere open it.

The password is never stored or logged; the export's audit entry names the method only.
"""

from __future__ import annotations

import io
from pathlib import Path

MIN_PASSWORD = 10
XLSX_METHOD = "xlsx-agile-aes256"
ARCHIVE_METHOD = "7z-aes256"
ARCHIVE_SUFFIX = ".7z"
#: profile fields whose exports must be encrypted
SENSITIVE_FIELDS = ("medical",)


class PasswordError(ValueError):
    """A password that is refused (too short, empty); the message says why."""


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise PasswordError(f"the export password must have at least {MIN_PASSWORD} "
                            f"characters (it has {len(password)})")
    if not password.strip():
        raise PasswordError("the export password must not be only spaces")


def requires_encryption(fields: tuple[str, ...] | list[str]) -> bool:
    """A profile that gets medical data may only receive encrypted files."""
    return any(f in SENSITIVE_FIELDS for f in fields)


def method_for(fmt: str) -> str:
    return XLSX_METHOD if fmt == "xlsx" else ARCHIVE_METHOD


def protected_path(out: Path, fmt: str) -> Path:
    """Where the encrypted file goes: an XLSX keeps its name; anything else becomes an archive
    (`schedule.csv` → `schedule.csv.7z`) unless the name already ends in `.7z`."""
    if fmt == "xlsx" or out.suffix.lower() == ARCHIVE_SUFFIX:
        return out
    return out.with_name(out.name + ARCHIVE_SUFFIX)


def inner_name(out: Path) -> str:
    """The name of the file inside the archive `out`."""
    name = out.name
    return name[: -len(ARCHIVE_SUFFIX)] if name.lower().endswith(ARCHIVE_SUFFIX) else name


def encrypt_xlsx(plain: Path, dest: Path, password: str) -> None:
    """Write `plain` (an XLSX) to `dest` encrypted with Office's agile encryption."""
    from msoffcrypto.format.ooxml import OOXMLFile

    check_password(password)
    buf = io.BytesIO()
    with plain.open("rb") as fh:
        OOXMLFile(fh).encrypt(password, buf)
    dest.write_bytes(buf.getvalue())


def decrypt_xlsx(path: Path, password: str) -> bytes:
    """The plain XLSX bytes of an encrypted workbook; raises `PasswordError` for a wrong
    password (used by tests and by `export verify`-style checks)."""
    import msoffcrypto.exceptions
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    with path.open("rb") as fh:
        f = OOXMLFile(fh)
        try:
            f.load_key(password=password, verify_password=True)
            f.decrypt(out)
        except (msoffcrypto.exceptions.InvalidKeyError, msoffcrypto.exceptions.DecryptionError
                ) as e:
            raise PasswordError("wrong password for this workbook") from e
    return out.getvalue()


def seal_7z(plain: Path, dest: Path, password: str, arcname: str) -> None:
    """Write `plain` into the archive `dest` as `arcname`: LZMA2, AES-256, encrypted header."""
    import py7zr

    check_password(password)
    filters = [{"id": py7zr.FILTER_LZMA2, "preset": 7},
               {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
    with py7zr.SevenZipFile(dest, "w", password=password, header_encryption=True,
                            filters=filters) as z:
        z.write(plain, arcname)


def open_7z(path: Path, password: str) -> dict[str, bytes]:
    """Every file of an encrypted archive by name; `PasswordError` for a wrong password."""
    import py7zr

    try:
        with py7zr.SevenZipFile(path, "r", password=password) as z:
            names = z.getnames()
            factory = py7zr.io.BytesIOFactory(limit=1 << 31)
            z.extractall(factory=factory)
            out: dict[str, bytes] = {}
            for n in names:
                f = factory.get(n)
                f.seek(0)
                out[n] = f.read()
            return out
    except FileNotFoundError:
        raise
    except Exception as e:  # a wrong key decrypts the header to garbage: any parse error
        raise PasswordError("wrong password for this archive (or not a 7-Zip file)") from e


def protect(plain: Path, dest: Path, fmt: str, password: str) -> str:
    """Encrypt the finished export `plain` into `dest`; returns the method's name."""
    if fmt == "xlsx":
        encrypt_xlsx(plain, dest, password)
    else:
        seal_7z(plain, dest, password, plain.name)
    return method_for(fmt)
