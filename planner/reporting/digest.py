"""The canonical person list of a manifest, its SHA-256 digest, the QR payload and verification.

Canonical person list (version 1): one UTF-8 line per person, in manifest sequence order,
each line terminated by LF::

    <seq>|<ref>|<document_number>|<date_of_birth>

`seq` is the 1-based sequence number (the position in the list), `document_number` is empty when
there is none, `date_of_birth` is ISO 8601 (YYYY-MM-DD) or empty. In each field `%`, `|`, CR and LF
are written as `%25`, `%7C`, `%0D`, `%0A`; leading and trailing whitespace is removed. The digest
is the lower-case hex SHA-256 of those bytes.

QR payload (version 1)::

    REPATPLAN-MANIFEST|v1|<manifest number>|r<revision>|<head count>|<sha256 hex>

The same payload is written to the PDF's document information (/Subject and /Keywords).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

if TYPE_CHECKING:
    from planner.reporting.model import ManifestData

PAYLOAD_PREFIX = "REPATPLAN-MANIFEST"
PAYLOAD_VERSION = "v1"


class DigestPerson(Protocol):
    """What the digest needs of a person: a ManifestPerson or a planner.db.models.Person."""

    @property
    def ref(self) -> str: ...

    @property
    def document_number(self) -> str | None: ...

    @property
    def date_of_birth(self) -> dt.date | None: ...


def _field(value: str | None) -> str:
    text = (value or "").strip()
    return (text.replace("%", "%25").replace("|", "%7C").replace("\r", "%0D")
            .replace("\n", "%0A"))


def canonical_person_list(people: Sequence[DigestPerson]) -> bytes:
    """The canonical person list (see the module doc) of people in manifest sequence order."""
    lines = []
    for seq, p in enumerate(people, start=1):
        dob = p.date_of_birth.isoformat() if p.date_of_birth else ""
        lines.append(f"{seq}|{_field(p.ref)}|{_field(p.document_number)}|{dob}\n")
    return "".join(lines).encode("utf-8")


def manifest_digest(people: Sequence[DigestPerson]) -> str:
    """Hex SHA-256 of the canonical person list."""
    return hashlib.sha256(canonical_person_list(people)).hexdigest()


@dataclass(frozen=True)
class QrPayload:
    number: str
    revision: int
    count: int
    digest: str


def qr_payload(data: ManifestData) -> str:
    """The payload of a manifest's QR code and PDF metadata."""
    return format_payload(QrPayload(data.number, data.revision, len(data.people),
                                    manifest_digest(data.people)))


def format_payload(p: QrPayload) -> str:
    return "|".join((PAYLOAD_PREFIX, PAYLOAD_VERSION, p.number, f"r{p.revision}", str(p.count),
                     p.digest))


def parse_qr_payload(text: str) -> QrPayload:
    """Parse a payload; raises ValueError (in words) when it is not a version 1 payload."""
    parts = text.strip().split("|")
    if len(parts) != 6 or parts[0] != PAYLOAD_PREFIX:
        raise ValueError("not a repatplan manifest payload")
    _, version, number, rev, count, digest = parts
    if version != PAYLOAD_VERSION:
        raise ValueError(f"unsupported payload version {version!r}")
    if not rev.startswith("r") or not rev[1:].isdigit():
        raise ValueError(f"bad revision field {rev!r}")
    if not count.isdigit():
        raise ValueError(f"bad head count field {count!r}")
    if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError("bad digest field")
    return QrPayload(number, int(rev[1:]), int(count), digest)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    payload: QrPayload | None
    expected_digest: str
    expected_count: int
    mismatches: tuple[str, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        if self.ok:
            return "The manifest matches: same number, head count and person list."
        return "The manifest does NOT match: " + "; ".join(self.mismatches) + "."


def read_pdf_payload(path: Path | str | BinaryIO) -> QrPayload:
    """The payload stored in a manifest PDF's document information."""
    from pypdf import PdfReader

    meta = PdfReader(path).metadata
    if meta is None:
        raise ValueError("the PDF has no document information")
    errors = []
    for key in ("/Subject", "/Keywords"):
        value = meta.get(key)
        if value:
            try:
                return parse_qr_payload(str(value))
            except ValueError as exc:
                errors.append(str(exc))
    raise ValueError("no manifest payload in the PDF" + (f" ({errors[0]})" if errors else ""))


def _documents_not_on_paper(path: Path | str | BinaryIO,
                            people: Sequence[DigestPerson]) -> list[str]:
    """Refs of expected people whose document number is not in the PDF's text (best effort)."""
    from pypdf import PdfReader

    try:
        if not isinstance(path, (str, Path)):
            path.seek(0)
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    except Exception:
        return []
    return [p.ref for p in people if p.document_number and p.document_number not in text]


def verify_manifest_pdf(path: Path | str | BinaryIO, expected_people: Sequence[DigestPerson], *,
                        expected_number: str | None = None,
                        expected_revision: int | None = None) -> VerifyResult:
    """Compare a manifest PDF with the people it should list (in manifest sequence order).

    Checks the manifest number and revision (when given), the head count and the digest of the
    canonical person list; every difference is described in words in `mismatches`.
    """
    count = len(expected_people)
    digest = manifest_digest(expected_people)
    try:
        found = read_pdf_payload(path)
    except Exception as exc:  # unreadable file or no payload: a mismatch, not a crash
        return VerifyResult(False, None, digest, count, (f"cannot read the manifest: {exc}",))
    problems = []
    if expected_number is not None and found.number != expected_number:
        problems.append(f"manifest number is {found.number}, expected {expected_number}")
    if expected_revision is not None and found.revision != expected_revision:
        problems.append(f"revision is {found.revision}, expected {expected_revision}")
    if found.count != count:
        problems.append(f"head count on the paper is {found.count}, expected {count}")
    if found.digest != digest:
        problems.append("the person list differs (references, document numbers, dates of birth "
                        "or order)")
        missing = _documents_not_on_paper(path, expected_people)
        if missing:
            shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more"
                                               if len(missing) > 10 else "")
            problems.append(f"document numbers of expected people not printed: {shown} "
                            f"(refs as in the expected list)")
    return VerifyResult(not problems, found, digest, count, tuple(problems))
