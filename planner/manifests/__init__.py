"""Handover manifests: assembly from a plan, storage with revisions, handover records."""
