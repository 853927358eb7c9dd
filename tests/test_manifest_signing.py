"""PAdES signatures of manifests: a throw-away CA and agency certificate made here (no keys in
the repository), sign, verify, trust, tampering, the signer setting and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pypdf import PdfReader
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from planner.audit import verify_chain
from planner.audit.models import AuditEntry
from planner.cli import manifest_extra
from planner.cli.main import main
from planner.reporting import render_manifest, verify_manifest_pdf
from planner.reporting.digest import read_pdf_payload
from planner.reporting.sample import sample_manifest
from planner.reporting.signing import (
    ENV_PASSWORD,
    SigningError,
    check_signature,
    load_signer,
    sign_pdf,
)
from tests.manifest_factories import build_planned

PASSWORD = "Pkcs12-pass-7781"
NUMBER = "M-CZ600-20250303-01"


@dataclass(frozen=True)
class Pki:
    ca_pem: Path
    p12: Path  # issued by the CA
    self_signed: Path
    expired: Path


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "TH"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Border Police"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _usage(ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=True, content_commitment=not ca,
                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                         key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False)


def _cert(subject: str, issuer: x509.Name, public: object, signing_key: object, *, ca: bool,
          start: dt.datetime, days: int) -> x509.Certificate:
    b = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(issuer)
         .public_key(public).serial_number(x509.random_serial_number())  # type: ignore[arg-type]
         .not_valid_before(start).not_valid_after(start + dt.timedelta(days=days))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
         .add_extension(_usage(ca), critical=True))
    return b.sign(signing_key, hashes.SHA256())  # type: ignore[arg-type]


def _p12(path: Path, key: rsa.RSAPrivateKey, cert: x509.Certificate,
         chain: list[x509.Certificate]) -> Path:
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"agency", key, cert, chain, serialization.BestAvailableEncryption(PASSWORD.encode())))
    return path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    d = tmp_path_factory.mktemp("pki")
    now = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _cert("Test Root CA", _name("Test Root CA"), ca_key.public_key(), ca_key, ca=True,
               start=now, days=60)
    (d / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    issued = _cert("Manifest Office Mae Sot", ca.subject, key.public_key(), ca_key, ca=False,
                   start=now, days=30)
    own = _cert("Self Signed Agency", _name("Self Signed Agency"), key.public_key(), key,
                ca=False, start=now, days=30)
    old = _cert("Old Agency", ca.subject, key.public_key(), ca_key, ca=False,
                start=now - dt.timedelta(days=400), days=30)
    return Pki(d / "ca.pem", _p12(d / "agency.p12", key, issued, [ca]),
               _p12(d / "self.p12", key, own, []), _p12(d / "old.p12", key, old, [ca]))


@pytest.fixture(scope="module")
def signed_sample(pki: Pki) -> tuple[bytes, bytes]:
    buf = io.BytesIO()
    render_manifest(sample_manifest(30, "KHM"), buf)
    return buf.getvalue(), sign_pdf(buf.getvalue(), load_signer(pki.p12, PASSWORD),
                                    reason="test")


def _flip_in_title(pdf: bytes) -> bytes:
    """One byte changed inside the signed range (the document title), the PDF still parses."""
    at = pdf.index(b"(Manifest M-") + 3
    changed = bytearray(pdf)
    changed[at] ^= 0x01
    return bytes(changed)


def test_signed_pdf_is_pades_over_the_whole_file(signed_sample: tuple[bytes, bytes]) -> None:
    plain, signed = signed_sample
    assert signed.startswith(plain)  # an incremental update: the rendered bytes are kept
    check = check_signature(signed)
    assert check.signed and check.intact and check.valid and check.whole_file and check.ok
    assert "Manifest Office Mae Sot" in check.subject and not check.trusted
    assert "valid but not from a trusted authority" in check.summary()
    sig = PdfReader(io.BytesIO(signed)).get_fields()
    assert sig is not None
    value = next(f for f in sig.values() if f.get("/FT") == "/Sig")["/V"]
    assert value["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    start, first, second, rest = (int(x) for x in value["/ByteRange"])
    assert start == 0 and second + rest == len(signed)  # the hash covers the whole file
    assert signed[first:first + 1] == b"<" and signed[second - 1:second] == b">"  # but /Contents
    # the paper's payload and person list still verify after signing
    data = sample_manifest(30, "KHM")
    assert read_pdf_payload(io.BytesIO(signed)).number == data.number
    assert verify_manifest_pdf(io.BytesIO(signed), list(data.people)).ok


def test_trust_anchor_makes_it_trusted(pki: Pki, signed_sample: tuple[bytes, bytes]) -> None:
    check = check_signature(signed_sample[1], [pki.ca_pem])
    assert check.ok and check.trusted
    assert "from a trusted authority" in check.summary()
    with pytest.raises(SigningError, match="not a PEM or DER certificate"):
        check_signature(signed_sample[1], [pki.p12])


def test_flipped_byte_and_appended_bytes_are_detected(
        signed_sample: tuple[bytes, bytes]) -> None:
    _, signed = signed_sample
    flipped = check_signature(_flip_in_title(signed))
    assert flipped.signed and not flipped.ok and not flipped.intact
    assert "changed after signing" in flipped.summary()
    appended = check_signature(signed + b"\n% added later\n")
    assert not appended.ok and not appended.whole_file
    assert "does not cover the whole document: 15 bytes were added" in appended.summary()
    assert check_signature(signed_sample[0]).summary() == "Signature: not signed."


def test_certificate_problems_are_named(pki: Pki, tmp_path: Path) -> None:
    with pytest.raises(SigningError, match="wrong password"):
        load_signer(pki.p12, "not-the-password")
    with pytest.raises(SigningError, match="expired on"):
        load_signer(pki.expired, PASSWORD)
    with pytest.raises(SigningError, match="cannot read the signing certificate"):
        load_signer(tmp_path / "missing.p12", PASSWORD)
    garbage = tmp_path / "x.p12"
    garbage.write_bytes(b"not a pkcs12 file")
    with pytest.raises(SigningError, match="not a PKCS#12"):
        load_signer(garbage, PASSWORD)


def test_cli_signs_and_verifies(engine: Engine, pki: Pki, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    assert manifest_extra.ENV_PASSWORD == ENV_PASSWORD
    build_planned(engine)
    db = ["--db", engine.url.render_as_string(hide_password=False)]
    monkeypatch.delenv(ENV_PASSWORD, raising=False)
    assert main([*db, "manifest", "signer", "show"]) == 0
    assert "printed unsigned" in capsys.readouterr().out
    # no password (and no terminal): a clear error, nothing stored
    assert main([*db, "manifest", "signer", "set", "--p12", str(pki.p12)]) == 2
    assert ENV_PASSWORD in capsys.readouterr().err
    monkeypatch.setenv(ENV_PASSWORD, "wrong")
    assert main([*db, "manifest", "signer", "set", "--p12", str(pki.p12)]) == 2
    assert "wrong password" in capsys.readouterr().err
    monkeypatch.setenv(ENV_PASSWORD, PASSWORD)
    assert main([*db, "manifest", "signer", "set", "--p12", str(pki.p12)]) == 0
    assert "Manifest Office Mae Sot" in capsys.readouterr().out
    assert main([*db, "manifest", "signer", "show"]) == 0
    assert str(pki.p12) in capsys.readouterr().out

    one = tmp_path / "one.pdf"
    assert main([*db, "manifest", "--handover", NUMBER, "-o", str(one)]) == 0
    assert "signed by" in capsys.readouterr().out
    assert main([*db, "manifest", "verify", str(one)]) == 0
    out = capsys.readouterr().out
    assert "matches" in out and "covers the whole document" in out
    assert "valid but not from a trusted authority" in out
    assert main([*db, "manifest", "verify", str(one), "--require-trusted"]) == 1
    capsys.readouterr()
    assert main([*db, "manifest", "verify", str(one), "--trust", str(pki.ca_pem)]) == 0
    assert "from a trusted authority" in capsys.readouterr().out

    bad = tmp_path / "tampered.pdf"
    bad.write_bytes(_flip_in_title(one.read_bytes()))
    assert main([*db, "manifest", "verify", str(bad)]) == 1
    assert "INVALID — the document was changed after signing" in capsys.readouterr().out

    # a self-signed agency certificate: valid, not from a trusted authority
    assert main([*db, "manifest", "signer", "set", "--p12", str(pki.self_signed)]) == 0
    own = tmp_path / "own.pdf"
    assert main([*db, "manifest", "--handover", NUMBER, "-o", str(own)]) == 0
    capsys.readouterr()
    assert main([*db, "manifest", "verify", str(own), "--trust", str(pki.ca_pem)]) == 0
    out = capsys.readouterr().out
    assert "Self Signed Agency" in out and "not from a trusted authority" in out

    # the certificate file moved away since it was set: a clear error, no file written
    moved = tmp_path / "moved.p12"
    moved.write_bytes(pki.p12.read_bytes())
    assert main([*db, "manifest", "signer", "set", "--p12", str(moved)]) == 0
    moved.unlink()
    assert main([*db, "manifest", "--handover", NUMBER, "-o", str(tmp_path / "no.pdf")]) == 2
    assert "cannot read the signing certificate" in capsys.readouterr().err
    assert not (tmp_path / "no.pdf").exists()

    assert main([*db, "manifest", "signer", "clear"]) == 0
    plain = tmp_path / "plain.pdf"
    assert main([*db, "manifest", "--handover", NUMBER, "-o", str(plain)]) == 0
    capsys.readouterr()
    assert main([*db, "manifest", "verify", str(plain)]) == 0
    assert "Signature: not signed." in capsys.readouterr().out

    with Session(engine) as s:
        settings = s.exec(select(AuditEntry).where(AuditEntry.action == "setting")).all()
        prints = s.exec(select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert len(settings) == 4 and len(prints) == 3
        assert all(PASSWORD not in (a.after_json or "") + (a.before_json or "")
                   for a in settings)
    assert verify_chain(engine).ok
    path = engine.url.database
    if engine.dialect.name == "sqlite" and path:
        with sqlite3.connect(path) as c:  # the password is nowhere in the database
            dump = "\n".join(c.iterdump())
        assert PASSWORD not in dump and "agency.p12" in dump
