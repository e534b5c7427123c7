"""The ``slow`` marker's default: slow tests run only when the -m expression names them."""

from __future__ import annotations

from typing import Any


def leave_out_slow(config: Any, items: list[Any]) -> None:
    """Deselect the items marked ``slow`` unless ``-m`` mentions slow (``-m slow`` runs them).

    Slow tests start real worker processes or run whole benchmark scripts; .ci/run runs them in
    a second pytest invocation (see tests/README.rst). Called from tests/conftest.py's
    ``pytest_collection_modifyitems``.
    """
    if "slow" in (config.option.markexpr or ""):
        return
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker("slow") is None]
