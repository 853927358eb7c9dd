"""PAdES signatures of manifest PDFs (pyHanko): sign with an agency's PKCS#12 certificate, and
check a signed file.

A signature is PAdES B-B (CMS subfilter ``ETSI.CAdES.detached``, SHA-256, signing-certificate-v2
attribute), invisible, and made as the last step, so its byte range covers the whole file.
`check_signature` says whether the file is signed, whether the signed bytes are intact, whether
the signature covers the whole file (nothing appended after signing), who signed, and whether the
signer's certificate chains to one of the trust anchors given (none by default: an agency's own
or self-signed certificate is then "valid but not from a trusted authority").

The PKCS#12 password is only ever passed in by the caller; it is never stored or logged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:  # pyHanko, asn1crypto and cryptography load only when signing or checking
    from asn1crypto import x509 as asn1_x509

#: Environment variable that holds the PKCS#12 password (else the CLI asks for it).
ENV_PASSWORD = "REPATPLAN_SIGNING_PASSWORD"
FIELD_NAME = "RepatplanSignature"


class SigningError(Exception):
    """A certificate that cannot be used or a file that cannot be signed; says why."""


@dataclass(frozen=True)
class ManifestSigner:
    """A loaded signing key with its certificate (from a PKCS#12 file)."""

    signer: object  # pyhanko.sign.signers.SimpleSigner (kept opaque: pyHanko is imported lazily)
    subject: str
    not_before: dt.datetime
    not_after: dt.datetime


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def load_signer(p12: Path, password: str | None,
                now: dt.datetime | None = None) -> ManifestSigner:
    """Open a PKCS#12 file (key, certificate, chain). Raises SigningError naming the problem:
    missing file, wrong password or not PKCS#12, no key, certificate not valid now."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        pkcs12,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        blob = Path(p12).read_bytes()
    except OSError as exc:
        raise SigningError(f"cannot read the signing certificate {p12}: "
                           f"{exc.strerror or exc}") from None
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(
            blob, password.encode() if password else None)
    except (ValueError, TypeError):
        raise SigningError(f"cannot open {Path(p12).name}: wrong password, or not a PKCS#12 "
                           "(.p12/.pfx) file") from None
    if key is None or cert is None:
        raise SigningError(f"{Path(p12).name} holds no private key with its certificate")
    when = _utc(now or dt.datetime.now(dt.UTC))
    start, end = _utc(cert.not_valid_before_utc), _utc(cert.not_valid_after_utc)
    if when > end:
        raise SigningError(f"the signing certificate in {Path(p12).name} expired on "
                           f"{end:%Y-%m-%d}")
    if when < start:
        raise SigningError(f"the signing certificate in {Path(p12).name} is valid only from "
                           f"{start:%Y-%m-%d}")
    asn_cert = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
    asn_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    others = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in chain or ()]
    signer = SimpleSigner(signing_cert=asn_cert, signing_key=asn_key,
                          cert_registry=SimpleCertificateStore.from_certs([asn_cert, *others]))
    return ManifestSigner(signer, asn_cert.subject.human_friendly, start, end)


def sign_pdf(pdf: bytes, signer: ManifestSigner, *, reason: str = "",
             location: str = "") -> bytes:
    """The PDF with an invisible PAdES B-B signature over the whole file."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None)
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        signers.sign_pdf(writer, meta, signer=signer.signer, output=out)  # type: ignore[arg-type]
    except Exception as exc:  # pyHanko raises many types; the message says what
        raise SigningError(f"cannot sign the PDF: {exc}") from None
    return out.getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    """What a signature check found; `problems` say in words why a signature is not good."""

    signed: bool
    intact: bool = False
    valid: bool = False
    whole_file: bool = False
    trusted: bool = False
    subject: str = ""
    signed_at: dt.datetime | None = None
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Unsigned, or signed and intact, sound and over the whole file (trust aside)."""
        return not self.signed or (self.intact and self.valid and self.whole_file
                                   and not self.problems)

    def summary(self) -> str:
        if not self.signed:
            return "Signature: not signed."
        if not self.ok:
            return "Signature: INVALID — " + "; ".join(self.problems) + "."
        when = f" on {self.signed_at:%Y-%m-%d %H:%M} UTC" if self.signed_at else ""
        trust = ("the certificate is from a trusted authority" if self.trusted else
                 "valid but not from a trusted authority (give its CA with --trust CERT.pem)")
        return (f"Signature: intact, covers the whole document, signed by {self.subject}"
                f"{when}; {trust}.")


def load_trust(paths: Sequence[Path]) -> list[asn1_x509.Certificate]:
    """Trust anchors from PEM or DER certificate files (SigningError naming a bad file)."""
    from pyhanko.keys import load_certs_from_pemder

    out: list[asn1_x509.Certificate] = []
    for p in paths:
        try:
            certs = list(load_certs_from_pemder([str(p)]))
            for c in certs:
                _ = c.subject.human_friendly, c.public_key.algorithm  # parse now, not later
        except OSError as exc:
            raise SigningError(f"cannot read the trusted certificate {p}: "
                               f"{exc.strerror or exc}") from None
        except Exception:
            raise SigningError(f"{p} is not a PEM or DER certificate") from None
        if not certs:
            raise SigningError(f"{p} holds no certificate")
        out.extend(certs)
    return out


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs failed path building with the certificate subject; keep it out of logs."""
    log = logging.getLogger("pyhanko")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(level)


def _read(source: Path | bytes | BinaryIO) -> bytes:
    if isinstance(source, bytes):
        return source
    if isinstance(source, Path | str):
        return Path(source).read_bytes()
    source.seek(0)
    data = source.read()
    source.seek(0)
    return data


def check_signature(source: Path | bytes | BinaryIO,
                    trust: Sequence[Path] = ()) -> SignatureCheck:
    """Check the manifest's signature (the last one, if several). An unreadable file or
    signature is an invalid signature with the reason, not an exception; a bad trust file is a
    SigningError."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    roots = load_trust(trust)
    data = _read(source)
    try:
        sigs = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception as exc:
        if b"/ByteRange" not in data:
            return SignatureCheck(signed=False)
        return SignatureCheck(True, problems=(f"the signed file cannot be read ({exc})",))
    if not sigs:
        return SignatureCheck(signed=False)
    sig = sigs[-1]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        with _quiet_pyhanko():
            status = validate_pdf_signature(sig, signer_validation_context=context)
    except (SignatureValidationError, ValueError, KeyError) as exc:
        return SignatureCheck(True, problems=(f"the signature cannot be checked ({exc})",))
    problems: list[str] = []
    if not status.intact:
        problems.append("the document was changed after signing: its hash no longer matches "
                        "the signed hash")
    elif not status.valid:
        problems.append("the cryptographic signature does not verify with the signer's key")
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if status.intact and not whole:
        extra = len(data) - _signed_length(sig.byte_range)
        problems.append("the signature does not cover the whole document: "
                        + (f"{extra} bytes were added after signing" if extra > 0 else
                           "part of the file is outside the signed range"))
    subject = status.signing_cert.subject.human_friendly
    when = status.signer_reported_dt
    return SignatureCheck(
        signed=True, intact=bool(status.intact), valid=bool(status.valid), whole_file=whole,
        trusted=bool(status.trusted), subject=subject,
        signed_at=when.astimezone(dt.UTC).replace(tzinfo=None) if when else None,
        problems=tuple(problems))


def _signed_length(byte_range: Sequence[int]) -> int:
    """End of the signed byte range (offset + length of its last part)."""
    return int(byte_range[-2]) + int(byte_range[-1]) if len(byte_range) >= 2 else 0
