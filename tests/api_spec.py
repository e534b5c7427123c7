"""The pinned Bot API spec as the tests see it, and spec-shaped values built from it.

The tests read the same vendored files and the same parsing as tools/botapi/generate.py, so a
table-driven test covers every method and type the generator emitted.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Optional

from support.examples import load_file

ROOT = Path(__file__).resolve().parent.parent
generate = load_file(
    ROOT / "tools/botapi/generate.py",
    "botapi_generate",
    lambda module: sys.modules.__setitem__("botapi_generate", module),
)

SPEC = generate.load_spec()
OVERRIDES = generate.json.loads(generate.OVERRIDES.read_text(encoding="utf-8"))
TYPES, METHODS = generate.build(SPEC, OVERRIDES)
METHODS_BY_NAME = {m.name: m for m in METHODS}


UNIX = 1_700_000_000

#: Values a hand-written class accepts (its validators check limits the spec states in prose).
HAND_VALUES = {
    "member_limit": 1,
    "subscription_period": 2592000,
    "subscription_price": 50,
    "invite_link": "https://t.me/+AbC",
    "name": "customer 42",
    "user_id": 42,
    "expire_date": UNIX + 3600,  # after the moment of sending the tests use (now=UNIX)
}


def concrete(name: str) -> str:
    """A concrete type standing for `name` (the first member of an abstract type)."""
    t = TYPES[name]
    return t.members[0] if t.abstract else name


def value(kind: Any, depth: int, every: bool, *, member: Optional[str] = None) -> Any:
    """A JSON value of `kind`: every optional field filled while `depth` lasts."""
    if isinstance(kind, tuple):
        if kind[0] == "list":
            return [value(kind[1], depth, every)]
        return value(kind[1], depth, every)
    simple = {"int": 7, "date": UNIX, "str": "s", "bool": True, "float": 1.5, "file": "file_id"}
    if kind in simple:
        return simple[kind]
    if kind == "RichText":
        return "rich"
    return object_of(member or concrete(kind), depth, every)


def object_of(name: str, depth: int = 2, every: bool = True) -> dict[str, Any]:
    """A JSON object of type `name`: required fields always, optional ones while depth lasts."""
    t = TYPES[name]
    out: dict[str, Any] = {}
    for f in t.fields:
        if not f.required and not (every and depth > 0):
            continue
        if t.tag and f.key == t.tag[0]:
            out[f.key] = t.tag[1]
            continue
        out[f.key] = value(f.kind, depth - 1, every)
    if name == "InaccessibleMessage":
        out["date"] = 0  # Telegram's marker of an inaccessible message
    return out
