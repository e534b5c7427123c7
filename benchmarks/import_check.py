"""CI check: ``import telebot_lite`` loads nothing a call does not need.

Run as ``python benchmarks/import_check.py``. It imports the package in a fresh interpreter and
exits 1, naming each offender, if any module below was loaded: the fake server, the CLI, pytest,
or the standard-library modules only they use. Scripts and serverless functions pay the import
on every start (see docs/performance.rst).

A module that ``import requests, attrs`` loads by itself is not held against the package (some
urllib3 versions load ``csv`` through ``importlib.metadata``): only what telebot_lite adds counts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

#: Modules (and their submodules) that ``import telebot_lite`` must not load.
FORBIDDEN = (
    "pytest",
    "_pytest",
    "hypothesis",
    "telebot_lite.testing",
    "telebot_lite.cli",
    "telebot_lite.__main__",
    # The limiters and their optional Redis client: only for a Bot given limiter=...
    "telebot_lite.limits",
    "redis",
    # Loaded on first use only: webhooks, the module-level functions and the shared-Bot
    # registry behind them, every method class
    # and the models a call does not return.
    "telebot_lite._webhook",
    "telebot_lite._module_functions",
    "telebot_lite._shared_bots",
    "telebot_lite.methods._invite_links",
    "telebot_lite.methods._gen",
    "telebot_lite.types._gen.update",
    "telebot_lite.types._gen.message",
    "telebot_lite.types._gen.chat_member",
    "http.server",
    "socketserver",
    "argparse",
    "csv",
)

PROBE = "import sys, {what}; print({first}.__file__); print(*sorted(sys.modules))"


def loaded_modules(what: str = "telebot_lite") -> tuple[str, list[str]]:
    """Import `what` in a fresh interpreter: (where it came from, every module loaded)."""
    # The checkout first, so the check judges this code even where another copy is installed.
    repo = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(filter(None, [repo, os.environ.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(what=what, first=what.split(",")[0])],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        # `python -c` puts the working directory first on sys.path: make it the checkout too.
        cwd=repo,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"import_check: `import {what}` failed:\n{out.stderr}")
    where, modules = out.stdout.split("\n", 1)
    return where, modules.split()


def offenders(modules: list[str], baseline: Iterable[str] = ()) -> list[str]:
    """The loaded modules that are, or live inside, a forbidden one, and not in `baseline`."""
    allowed = set(baseline)
    return [
        name
        for name in modules
        if name not in allowed
        and any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    ]


def main() -> int:
    """Print the verdict; 0 when the import is clean, 1 naming the offenders otherwise."""
    where, modules = loaded_modules()
    _, dependencies = loaded_modules("requests, attrs")
    bad = offenders(modules, dependencies)
    if bad:
        print(f"import_check: `import telebot_lite` ({where}) loaded modules it must not:")
        for name in bad:
            print(f"  {name}")
        print("Find the importer with: python -X importtime -c 'import telebot_lite'")
        return 1
    excused = offenders(modules)
    note = f" ({', '.join(excused)}: loaded by requests/attrs themselves)" if excused else ""
    print(
        f"import_check: ok, `import telebot_lite` ({where}) loads {len(modules)} modules, "
        f"none forbidden{note}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
