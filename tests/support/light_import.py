"""The "importing stays light" check, shared: benchmarks/import_check.py and the tests that ask
which modules a snippet loads in a fresh interpreter.

:func:`modules_after` runs code in a fresh interpreter with this checkout first on ``sys.path``
(as import_check does) and returns every module it loaded; :func:`import_check` is the script
itself, for its ``FORBIDDEN`` list and ``offenders``.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from types import ModuleType

from support.examples import ROOT, load_file

PROBE = "{code}\nimport sys\nprint(*sorted(sys.modules))"


@functools.cache
def import_check() -> ModuleType:
    """benchmarks/import_check.py as a module (loaded once)."""
    return load_file(ROOT / "benchmarks" / "import_check.py", "import_check")


def modules_after(code: str) -> set[str]:
    """Every module loaded after running `code` in a fresh interpreter of this checkout."""
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(code=code)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split())
