"""A deterministic demo database of the 2025 caseload (8,390 people × scale) and its network."""

from planner.demo.build import DemoError, DemoSummary, build_demo, generate_caseload
from planner.demo.network import network_document, write_network_json
from planner.demo.scenario import AREAS, HORIZON_START, horizon_days

__all__ = [
    "AREAS",
    "HORIZON_START",
    "DemoError",
    "DemoSummary",
    "build_demo",
    "generate_caseload",
    "horizon_days",
    "network_document",
    "write_network_json",
]
