"""docs/reliability.rst names the tests that prove each fault class: those tests must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _defined_tests() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "tests").rglob("test_*.py"):
        names |= set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M))
    return names


def test_every_test_named_in_the_fault_table_exists() -> None:
    """A renamed or deleted test would leave the page citing proof that no longer runs."""
    page = (ROOT / "docs" / "reliability.rst").read_text(encoding="utf-8")
    table = page[page.index("Fault classes of the second review") :]
    named = set(re.findall(r"``(test_\w+)``", table))
    assert len(named) > 40
    assert named <= _defined_tests(), sorted(named - _defined_tests())
