"""Small helpers so messages read as a coordinator would write them."""

from __future__ import annotations


def people_count(n: int) -> str:
    """'1 person', '2 people', '8,390 people'."""
    return "1 person" if n == 1 else f"{n:,} people"
