"""Import a Python file as a fresh module: the examples under docs/examples/ and the scripts
the tests load (benchmarks/import_check.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "docs" / "examples"


def load_file(
    path: Path, module_name: str, register: Optional[Callable[[ModuleType], None]] = None
) -> ModuleType:
    """Run `path` as a new module called `module_name`.

    `register` is called with the module before its code runs, for code that must find itself
    by name while it is imported (Django's URLconf, Celery's task names): pass, for example,
    ``lambda m: monkeypatch.setitem(sys.modules, name, m)``.
    """
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    if register is not None:
        register(module)
    spec.loader.exec_module(module)
    return module


def load_example(
    name: str,
    module_name: Optional[str] = None,
    register: Optional[Callable[[ModuleType], None]] = None,
) -> ModuleType:
    """Import docs/examples/<name>.py as a fresh module (``docs_example_<name>`` by default)."""
    return load_file(EXAMPLES / f"{name}.py", module_name or f"docs_example_{name}", register)
