"""Encrypted exports (issue #6): an XLSX with Office's agile encryption read back with
msoffcrypto + openpyxl, other formats in an AES-256 7-Zip archive read back with py7zr; wrong
passwords fail, no name is readable in the files, the record and audit say "encrypted" and never
the password; a profile with medical data must be encrypted; cancel leaves nothing behind."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import msoffcrypto
import openpyxl
import py7zr
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.audit.models import AuditEntry
from planner.exports.profiles import set_profile
from planner.exports.protect import (
    ARCHIVE_METHOD,
    XLSX_METHOD,
    PasswordError,
    check_password,
    decrypt_xlsx,
    open_7z,
    protected_path,
)
from planner.exports.service import (
    EncryptionRequired,
    ExportCancelled,
    export_schedule,
    list_exports,
)
from planner.manifests.models import ExportRecord

PASSWORD = "Correct horse 电池 staple"
# A name in the caseload, in the bytes every export would carry it as.
NAMES = ("ZHANG Wei", "张伟", "NGUYỄN Jing")


def _no_names(raw: bytes) -> None:
    for name in NAMES:
        for enc in ("utf-8", "utf-16-le"):
            assert name.encode(enc) not in raw, (name, enc)
    assert b"E0070000" not in raw  # a document number


def test_encrypted_xlsx_opens_with_the_password_only(planned: Engine, out_dir: Path) -> None:
    out = out_dir / "bureau.xlsx"
    rec = export_schedule(planned, fmt="xlsx", partner="receiving-bureau", out=out,
                          actor="t", password=PASSWORD)
    assert rec.file_name == "bureau.xlsx" and not (out_dir / "bureau.xlsx.7z").exists()
    raw = out.read_bytes()
    assert raw[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE container, not a zip
    _no_names(raw)
    office = msoffcrypto.OfficeFile(io.BytesIO(raw))
    assert office.is_encrypted()
    office.load_key(password=PASSWORD, verify_password=True)
    plain = io.BytesIO()
    office.decrypt(plain)
    wb = openpyxl.load_workbook(plain)
    rows = [[c.value for c in r] for sh in wb for r in sh.iter_rows()]
    head = rows[0]
    body = [dict(zip(head, r, strict=True)) for r in rows if r != head]
    assert len(body) == rec.rows == 72 and rec.people == 36
    assert {r["latin_name"] for r in body} >= {"ZHANG Wei", "NGUYỄN Jing"}
    assert "medical" not in head
    assert decrypt_xlsx(out, PASSWORD) == plain.getvalue()
    with pytest.raises(PasswordError, match="wrong password"):
        decrypt_xlsx(out, "not the password")
    bad = msoffcrypto.OfficeFile(io.BytesIO(raw))
    with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
        bad.load_key(password=PASSWORD + "x", verify_password=True)


def test_encrypted_csv_is_a_7z_archive(planned: Engine, out_dir: Path) -> None:
    out = out_dir / "police.csv"
    rec = export_schedule(planned, fmt="csv", partner="foreign-police", out=out, actor="t",
                          password=PASSWORD)
    archive = out_dir / "police.csv.7z"
    assert rec.file_name == archive.name and not out.exists()
    assert sorted(p.name for p in out_dir.iterdir()) == ["police.csv.7z"]  # no leftovers
    raw = archive.read_bytes()
    assert raw[:6] == b"7z\xbc\xaf\x27\x1c"
    _no_names(raw)
    assert b"police.csv" not in raw  # the header is encrypted too
    with py7zr.SevenZipFile(archive, "r", password=PASSWORD) as z:
        assert z.needs_password() and z.getnames() == ["police.csv"]
        z.extractall(path=out_dir / "x")
    text = (out_dir / "x" / "police.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == rec.rows == 72 and "ZHANG Wei" in {r["latin_name"] for r in rows}
    assert open_7z(archive, PASSWORD)["police.csv"] == (out_dir / "x" / "police.csv").read_bytes()
    with pytest.raises(PasswordError):
        open_7z(archive, "a wrong password")


@pytest.mark.parametrize(("fmt", "partner", "name"), [
    ("json", "foreign-police", "s.json"), ("paxlst", "airline", "api.edi"),
    ("ics", "schedule-only", "s.ics"), ("json", "internal", "full.json.7z")])
def test_other_formats_encrypted(planned: Engine, out_dir: Path, fmt: str, partner: str,
                                 name: str) -> None:
    out = out_dir / name
    rec = export_schedule(planned, fmt=fmt, partner=partner, out=out, actor="t",
                          password=PASSWORD)
    archive = protected_path(out, fmt)
    assert archive.name == rec.file_name and archive.name.endswith(".7z")
    _no_names(archive.read_bytes())
    inner = open_7z(archive, PASSWORD)
    assert list(inner) == [name.removesuffix(".7z")]
    body = next(iter(inner.values()))
    if fmt == "json":
        assert json.loads(body)["batches"]
    assert len(body) > 100


def test_record_and_audit_say_encrypted_never_the_password(planned: Engine,
                                                          out_dir: Path) -> None:
    export_schedule(planned, fmt="csv", partner="foreign-police", out=out_dir / "a.csv",
                    actor="t")
    export_schedule(planned, fmt="xlsx", partner="airline", out=out_dir / "b.xlsx",
                    actor="t", password=PASSWORD)
    export_schedule(planned, fmt="csv", partner="airline", out=out_dir / "c.csv",
                    actor="t", password=PASSWORD)
    with Session(planned) as s:
        recs = s.exec(select(ExportRecord).order_by(ExportRecord.id)).all()  # type: ignore[arg-type]
        audits = s.exec(select(AuditEntry).where(AuditEntry.action == "export")
                        .order_by(AuditEntry.seq)).all()  # type: ignore[arg-type]
        everything = " ".join(f"{a.before_json} {a.after_json}" for a in s.exec(
            select(AuditEntry)).all())
    assert [r.file_name for r in recs] == ["a.csv", "b.xlsx", "c.csv.7z"]
    after = [json.loads(a.after_json or "{}") for a in audits]
    assert [a.get("encrypted", "") for a in after] == ["", XLSX_METHOD, ARCHIVE_METHOD]
    import hashlib

    assert after[1]["sha256"] == hashlib.sha256((out_dir / "b.xlsx").read_bytes()).hexdigest()
    assert after[1]["content_sha256"] == hashlib.sha256(
        decrypt_xlsx(out_dir / "b.xlsx", PASSWORD)).hexdigest()
    assert PASSWORD not in everything and "Correct horse" not in everything
    listed = list_exports(planned)
    assert [(r.file_name, r.encrypted) for r in listed] == [
        ("c.csv.7z", ARCHIVE_METHOD), ("b.xlsx", XLSX_METHOD), ("a.csv", "")]
    assert listed[0].fields == ("names", "date_of_birth", "sex", "nationality", "document")


def test_short_passwords_refused_and_nothing_written(planned: Engine, out_dir: Path) -> None:
    with pytest.raises(PasswordError, match="at least 10"):
        check_password("123456789")
    with pytest.raises(PasswordError, match="only spaces"):
        check_password(" " * 12)
    out = out_dir / "s.xlsx"
    with pytest.raises(PasswordError):
        export_schedule(planned, fmt="xlsx", partner="airline", out=out, actor="t",
                        password="short")
    assert list(out_dir.iterdir()) == [] and list_exports(planned) == []


def test_medical_profile_must_be_encrypted(planned: Engine, out_dir: Path) -> None:
    set_profile(planned, "receiving-bureau", actor="t", add=["medical"])
    out = out_dir / "m.csv"
    with pytest.raises(EncryptionRequired, match="medical data"):
        export_schedule(planned, fmt="csv", partner="receiving-bureau", out=out, actor="t")
    assert not out.exists()
    export_schedule(planned, fmt="ics", partner="receiving-bureau", out=out_dir / "c.ics",
                    actor="t")  # a calendar carries no personal data
    export_schedule(planned, fmt="csv", partner="receiving-bureau", out=out, actor="t",
                    password=PASSWORD)
    text = open_7z(out_dir / "m.csv.7z", PASSWORD)["m.csv"].decode("utf-8-sig")
    assert "insulin" in text


def test_cancel_leaves_nothing(planned: Engine, out_dir: Path) -> None:
    seen: list[tuple[int, int]] = []

    def stop() -> bool:
        return len(seen) >= 2  # after the content is written, before encryption

    out = out_dir / "s.csv"
    with pytest.raises(ExportCancelled):
        export_schedule(planned, fmt="csv", partner="airline", out=out, actor="t",
                        password=PASSWORD, on_progress=lambda d, t: seen.append((d, t)),
                        should_stop=stop)
    assert seen == [(0, 4), (1, 4)]
    assert list(out_dir.iterdir()) == [] and list_exports(planned) == []
    seen.clear()
    export_schedule(planned, fmt="csv", partner="airline", out=out, actor="t",
                    on_progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [p.name for p in out_dir.iterdir()] == ["s.csv"]
