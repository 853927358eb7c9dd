"""Printed documents: handover manifests (PDF) and their verification."""

from planner.reporting.digest import (
    QrPayload,
    VerifyResult,
    canonical_person_list,
    manifest_digest,
    parse_qr_payload,
    qr_payload,
    verify_manifest_pdf,
)
from planner.reporting.manifest import DEFAULT_CONFIDENTIAL_NOTE, render_manifest, totals
from planner.reporting.model import (
    Escort,
    ManifestData,
    ManifestFlags,
    ManifestKind,
    ManifestPerson,
    ManifestRenderInfo,
    Place,
)

__all__ = [
    "DEFAULT_CONFIDENTIAL_NOTE",
    "Escort",
    "ManifestData",
    "ManifestFlags",
    "ManifestKind",
    "ManifestPerson",
    "ManifestRenderInfo",
    "Place",
    "QrPayload",
    "VerifyResult",
    "canonical_person_list",
    "manifest_digest",
    "parse_qr_payload",
    "qr_payload",
    "render_manifest",
    "totals",
    "verify_manifest_pdf",
]
