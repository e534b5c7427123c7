"""tests/README.rst keeps its word: the commands it and README.rst state are the ones .ci/run runs,
test files follow the placement rule, and the shared helpers are not written again."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from support.markers import leave_out_slow

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
RULES = (TESTS / "README.rst").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _commands(text: str) -> list[str]:
    """The indented command lines of the rst literal blocks that start with `coverage`."""
    return [line.strip() for line in text.splitlines() if line.startswith("    coverage ")]


def test_every_command_the_rules_give_for_everything_is_in_ci() -> None:
    """The "everything" commands of tests/README.rst are .ci/run's lines, in that order."""
    everything = _commands(RULES.split("Everything, as ``.ci/run`` runs it::", 1)[1])[:3]
    assert everything == [
        "coverage run -m pytest --hypothesis-profile=thorough",
        "coverage run -a -m pytest -m slow",
        "coverage report",
    ]
    lines = [line.strip() for line in CI.splitlines()]
    assert [lines.index(command) for command in everything] == sorted(
        lines.index(command) for command in everything
    )


def test_the_readme_gives_the_same_two_commands() -> None:
    """README.rst's everyday command and its "everything" line match tests/README.rst."""
    readme = _commands((ROOT / "README.rst").read_text(encoding="utf-8"))
    assert "coverage run -m pytest --hypothesis-profile=thorough && coverage run -a -m pytest" in (
        " ".join(readme)
    )
    assert "pip install -e '.[test]' && coverage run -m pytest && coverage report" in RULES


def test_top_level_test_files_follow_the_placement_rule() -> None:
    """One family by topic: no test_core_/test_unit_ split, and every file's family is listed."""
    names = sorted(p.name for p in TESTS.glob("test_*.py"))
    assert not [n for n in names if n.startswith(("test_core_", "test_unit_"))]
    families = ("test_api_", "test_cli_", "test_limits_", "test_webhook_", "test_recipe_")
    for name in names:
        listed = f"``{name}``" in RULES or name.startswith(families)
        assert listed or name.endswith(("_doc.py", "_docs.py")), name


@pytest.mark.parametrize(
    "pattern",
    [
        r"ThreadingHTTPServer\(",
        r"^class \w*Clock\b",
        r"^TOKEN = \"123456:ABC-DEF1234",
        r"spec_from_file_location\(",
    ],
)
def test_shared_helpers_are_not_written_again(pattern: str) -> None:
    """Loopback servers, fake clocks, the common token and file loaders live in tests/support/.

    The fake server's own suite (tests/testing/) is left out: its helpers follow its package.
    """
    found = [
        str(path.relative_to(TESTS))
        for path in TESTS.rglob("*.py")
        if path.parts[len(TESTS.parts)] not in ("support", "testing")
        and re.search(pattern, path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert found == []


class _Config:
    """Just what the collection hook reads of pytest's config."""

    def __init__(self, markexpr: str) -> None:
        self.option = type("Option", (), {"markexpr": markexpr})()
        self.deselected: list[Any] = []
        self.hook = type("Hook", (), {"pytest_deselected": self._deselected})()

    def _deselected(self, items: list[Any]) -> None:
        self.deselected.extend(items)


class _Item:
    def __init__(self, slow: bool) -> None:
        self.slow = slow

    def get_closest_marker(self, name: str) -> Any:
        return object() if name == "slow" and self.slow else None


@pytest.mark.parametrize(("markexpr", "kept"), [("", 1), ("not soak", 1), ("slow", 2)])
def test_slow_tests_run_only_when_the_marker_expression_names_them(
    markexpr: str, kept: int
) -> None:
    """A plain run leaves slow tests out (and says so); ``-m slow`` keeps them."""
    items: list[Any] = [_Item(slow=False), _Item(slow=True)]
    config = _Config(markexpr)
    leave_out_slow(config, items)
    assert len(items) == kept
    assert len(config.deselected) == 2 - kept


def test_the_default_hypothesis_profile_is_the_quick_one() -> None:
    """Without --hypothesis-profile, property tests draw the quick count."""
    assert settings.get_profile("quick").max_examples == 40
    assert settings.get_profile("thorough").max_examples == 150
