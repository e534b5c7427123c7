"""The "Testing your bot" guide: every example it shows is a file the suite runs with pytest."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "testing.rst"
_INCLUDE = re.compile(r"^\.\. literalinclude:: (\S+)$", re.MULTILINE)


def included_examples() -> list[Path]:
    """Return the example files the guide includes, in page order."""
    return [PAGE.parent / name for name in _INCLUDE.findall(PAGE.read_text(encoding="utf-8"))]


def test_guide_includes_only_testing_examples() -> None:
    """The guide shows at least four examples, all existing docs/examples/testing_*.py files."""
    examples = included_examples()
    assert len(examples) >= 4
    for path in examples:
        assert path.is_file(), path
        assert path.name.startswith("testing_"), path


def test_guide_has_no_unexecuted_python_blocks() -> None:
    """Python code on the page comes only from included files (which are run below)."""
    assert ".. code-block:: python" not in PAGE.read_text(encoding="utf-8")


def test_every_example_file_passes_under_pytest() -> None:
    """Each included example runs as a pytest module, with the plugin's fixtures, and passes."""
    examples = included_examples()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-v", "-p", "no:cacheprovider", *map(str, examples)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for path in examples:
        assert f"{path.name}::" in result.stdout, f"no test ran from {path.name}"
    assert "SKIPPED" not in result.stdout
