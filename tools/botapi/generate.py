"""Generate telebot_lite's Bot API types, method classes, Bot methods and reference pages.

Usage::

    python tools/botapi/generate.py           # write every generated file
    python tools/botapi/generate.py --check   # exit 1 if writing would change anything

Inputs (all inside the repository, see tools/botapi/spec/PROVENANCE.rst):

- ``spec/aiogram-schema-10.2.stripped.json``: every method, type and field of Bot API 10.2;
- ``spec/api-10.1.json``: the return types of the methods that existed in 10.1 (the 10.2 schema
  has none); newer methods get theirs from the "Returns ..."/"On success, ..." sentence;
- ``overrides.json``: the polish that is data (hand-written classes, validators, doc notes).

Outputs (each file starts with the GENERATED banner): ``telebot_lite/types/``,
``telebot_lite/methods/__init__.py``, ``telebot_lite/methods/_gen/``,
``telebot_lite/_generated/``, ``docs/reference/`` and ``telebot_lite/testing/_gen/`` (the fake
server's table). Standard library only; not shipped.
"""

from __future__ import annotations

import argparse
import ast
import json
import keyword
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent
SCHEMA = HERE / "spec" / "aiogram-schema-10.2.stripped.json"
RETURNS = HERE / "spec" / "api-10.1.json"
OVERRIDES = HERE / "overrides.json"
COMMAND = "python tools/botapi/generate.py"
BANNER = f"# generated, do not edit; run {COMMAND}\n"
RST_BANNER = f".. generated, do not edit; run {COMMAND}\n\n"

#: Folders whose every file is generated (stale files there are removed).
GENERATED_DIRS = (
    "telebot_lite/types",
    "telebot_lite/methods/_gen",
    "telebot_lite/_generated",
    "docs/reference",
    "telebot_lite/testing/_gen",
)
#: Generated files that share a folder with hand-written ones.
GENERATED_FILES = ("telebot_lite/methods/__init__.py",)

WIDTH = 100
Kind = Union[str, tuple[Any, ...]]


# -- reading the spec ------------------------------------------------------------------------


def snake(name: str) -> str:
    """``sendMessage`` -> ``send_message``, ``InlineQueryResultMpeg4Gif`` -> ``..._mpeg4_gif``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def pascal(name: str) -> str:
    return name[0].upper() + name[1:]


def ascii_text(text: str) -> str:
    """Docstrings stay ASCII-clean for linters: the spec's typographic marks become plain."""
    table = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": "--"}
    table.update({"\u2013": "-", "\u2026": "...", "\u00a0": " ", "\u2212": "-"})
    for old, new in table.items():
        text = text.replace(old, new)
    return text


@dataclass
class Spec:
    version: str
    release_date: str
    types: dict[str, dict[str, Any]]
    methods: dict[str, dict[str, Any]]
    returns: dict[str, list[str]]


def load_spec() -> Spec:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    types: dict[str, dict[str, Any]] = {}
    methods: dict[str, dict[str, Any]] = {}
    for section in schema["items"]:
        for child in section["children"]:
            (methods if child["name"][0].islower() else types)[child["name"]] = child
    old = json.loads(RETURNS.read_text(encoding="utf-8"))
    returns = {name: m["returns"] for name, m in old["methods"].items()}
    return Spec(schema["api"]["version"], schema["api"]["release_date"], types, methods, returns)


PRIMITIVES = {
    "Integer": "int",
    "Int": "int",
    "String": "str",
    "Boolean": "bool",
    "True": "bool",
    "Float": "float",
    "Float number": "float",
    "InputFile": "file",
}


def parse_type(text: str) -> Kind:
    """A spec type expression as a kind: "int", "Name", ("list", k) or ("union", k, ...)."""
    text = text.strip()
    if text.startswith("Array of "):
        return ("list", parse_type(text[len("Array of ") :]))
    parts = [p for p in re.split(r"\s+or\s+|,\s*|\s+and\s+", text) if p]
    if len(parts) > 1:
        return ("union", *(parse_type(p) for p in parts))
    return PRIMITIVES.get(text, text)


def return_kind(spec: Spec, method: str) -> Kind:
    """The return type: api.json 10.1's list, else the description's sentence."""
    listed = spec.returns.get(method)
    if listed:
        kinds = [parse_type(r) for r in listed]
        return kinds[0] if len(kinds) == 1 else ("union", *kinds)
    text = spec.methods[method]["description"]
    found = re.search(
        r"(?:On success,|Returns)\s+(?:[a-z]+ )*(True|Array of [A-Z]\w+|[A-Z]\w+)", text
    )
    if found is None:
        raise SystemExit(f"generate: no return type found for {method}")
    word = found.group(1)
    if word in ("True", "Boolean"):
        return "bool"
    return parse_type(word)


# -- the model of what we generate -------------------------------------------------------


@dataclass
class Field:
    name: str  # Python name
    key: str  # JSON key
    spec_type: str
    kind: Kind
    required: bool
    description: str
    time: Optional[str] = None  # "point", "duration" or None


@dataclass
class TypeDef:
    name: str
    description: str
    fields: list[Field]
    module: str
    abstract: bool = False
    members: list[str] = field(default_factory=list)
    parent: Optional[str] = None  # the abstract type it inherits from
    tag: Optional[tuple[str, str]] = None  # (key, value) for a member of an abstract type


@dataclass
class MethodDef:
    name: str
    cls: str
    snake: str
    description: str
    fields: list[Field]
    result: Kind
    hand: Optional[str] = None  # "module:Class"
    module: str = ""
    bot_name: str = ""  # the Bot method's name


def _field(raw: dict[str, Any], for_method: bool) -> Field:
    key = raw["name"]
    name = "from_user" if key == "from" else (key + "_" if keyword.iskeyword(key) else key)
    kind = parse_type(raw["type"])
    description = ascii_text(raw["description"])
    time = None
    if kind == "int" and re.search(r"unix", description, re.I):
        time = "point"
        if not for_method:
            kind = "date"
    elif for_method and kind == "int" and re.search(r"\bseconds\b", description):
        time = "duration"
    return Field(name, key, raw["type"], kind, bool(raw["required"]), description, time)


def build(spec: Spec, overrides: dict[str, Any]) -> tuple[dict[str, TypeDef], list[MethodDef]]:
    types: dict[str, TypeDef] = {}
    for name, raw in spec.types.items():
        if name == "InputFile":
            continue  # not a JSON object: the upload itself (see methods._base.InputFileParam)
        members = re.findall(r"^\s*-\s*(\w+)\s*$", raw["description"], re.M)
        members = [m for m in members if m in spec.types]
        fields = [_field(a, False) for a in raw.get("annotations", [])]
        types[name] = TypeDef(
            name,
            ascii_text(raw["description"]),
            fields,
            snake(name),
            abstract=bool(members) and not fields,
            members=members if not fields else [],
        )
    # Membership: a concrete type inherits from its abstract type when it belongs to only one.
    belongs: dict[str, list[str]] = {}
    for t in types.values():
        for m in t.members:
            belongs.setdefault(m, []).append(t.name)
    no_inherit = set(overrides.get("abstract_pickers", {})) - {"_comment"}
    for member, parents in belongs.items():
        if len(parents) == 1 and parents[0] not in no_inherit:
            types[member].parent = parents[0]
    for t in types.values():
        if not t.abstract:
            continue
        key = _tag_key(types, t)
        for m in t.members:
            for f in types[m].fields:
                if f.key == key:
                    found = re.search(r"(?:always|must be) '?\"?([\w]+)", f.description)
                    if found:
                        types[m].tag = (key, found.group(1))
    methods = []
    hand = overrides["hand_methods"]
    for name, raw in spec.methods.items():
        fields = [_field(a, True) for a in raw.get("annotations", [])]
        methods.append(
            MethodDef(
                name,
                pascal(name),
                snake(name),
                ascii_text(raw["description"]),
                fields,
                return_kind(spec, name),
                hand=hand.get(name),
                module=snake(name),
                bot_name=overrides.get("bot_method_names", {}).get(name, snake(name)),
            )
        )
    return types, methods


def _tag_key(types: dict[str, TypeDef], t: TypeDef) -> Optional[str]:
    """The discriminator field every member of abstract `t` fixes ('type', 'status', ...)."""
    for candidate in ("type", "status", "source"):
        ok = True
        for m in t.members:
            hit = [f for f in types[m].fields if f.key == candidate]
            if not hit or not re.search(r"(?:always|must be)", hit[0].description):
                ok = False
        if ok:
            return candidate
    return None


def base_fields(types: dict[str, TypeDef], t: TypeDef) -> list[Field]:
    """Fields an abstract base declares: required in every member with the same spec type."""
    inheriting = [types[m] for m in t.members if types[m].parent == t.name]
    if not inheriting:
        return []
    first = inheriting[0]
    out = []
    for f in first.fields:
        if not f.required:
            continue
        same = all(
            any(g.key == f.key and g.spec_type == f.spec_type and g.required for g in m.fields)
            for m in inheriting
        )
        if same:
            out.append(f)
    return out


# -- annotations ---------------------------------------------------------------------------


class Names:
    """Collects what a generated module must import under TYPE_CHECKING."""

    def __init__(self) -> None:
        self.types: set[str] = set()
        self.typing: set[str] = set()
        self.params: set[str] = set()
        self.datetime = False
        self.sequence = False
        self.mapping = False


def model_items(types: dict[str, TypeDef], name: str, names: Names) -> list[str]:
    """The alternatives a value of model type `name` may be (an abstract type's members)."""
    t = types[name]
    if name == "RichText":
        names.typing.add("Any")
        names.types.add("RichText")
        return ["str", "tuple[Any, ...]", "RichText"]
    if t.abstract and any(types[m].parent != name for m in t.members):
        names.types.update(t.members)
        names.types.add(name)
        return [*t.members, name]
    names.types.add(name)
    return [name]


def union(items: list[str], names: Names) -> str:
    items = list(dict.fromkeys(items))
    if len(items) == 1:
        return items[0]
    names.typing.add("Union")
    return "Union[" + ", ".join(items) + "]"


def model_annotation(types: dict[str, TypeDef], name: str, names: Names) -> str:
    return union(model_items(types, name, names), names)


def type_annotation(types: dict[str, TypeDef], kind: Kind, names: Names) -> str:
    """The annotation of a model field of `kind`."""
    if isinstance(kind, tuple):
        if kind[0] == "list":
            return f"tuple[{type_annotation(types, kind[1], names)}, ...]"
        items: list[str] = []
        for k in kind[1:]:
            if isinstance(k, str) and k in types:
                items.extend(model_items(types, k, names))
            else:
                items.append(type_annotation(types, k, names))
        return union(items, names)
    if kind in ("int", "str", "bool", "float"):
        return kind
    if kind == "date":
        names.datetime = True
        return "datetime"
    if kind == "file":
        names.typing.add("Any")
        return "Any"
    return model_annotation(types, kind, names)


def param_annotation(types: dict[str, TypeDef], f: Field, kind: Kind, names: Names) -> str:
    """The annotation of a method parameter: models also as plain mappings, times widened."""
    if f.time == "point" and kind == "int":
        names.params.add("ExpireDate")
        return "ExpireDate"
    if f.time == "duration" and kind == "int":
        names.params.add("Duration")
        return "Duration"
    if isinstance(kind, tuple) and kind[0] == "list":
        names.sequence = True
        return f"Sequence[{param_annotation(types, f, kind[1], names)}]"
    if kind in ("int", "str", "bool", "float"):
        return str(kind)
    alternatives = kind[1:] if isinstance(kind, tuple) else (kind,)
    if "file" in alternatives:
        names.params.add("InputFileParam")
        return "InputFileParam"
    if list(alternatives) == ["int", "str"]:
        names.params.add("ChatId")
        return "ChatId"
    items: list[str] = []
    models = False
    for k in alternatives:
        if isinstance(k, str) and k in types:
            items.extend(model_items(types, k, names))
            models = True
        else:
            items.append(param_annotation(types, f, k, names))
    if models:
        names.mapping = True
        names.typing.add("Any")
        items.append("Mapping[str, Any]")
    return union(items, names)


def runtime_kind(types: dict[str, TypeDef], kind: Kind) -> Kind:
    """The kind the model decoder reads (see telebot_lite._model)."""
    if isinstance(kind, tuple):
        if kind[0] == "list":
            return ("list", runtime_kind(types, kind[1]))
        alts = [runtime_kind(types, k) for k in kind[1:]]
        if all(a in ("int", "str", "bool", "float", "any", "file") for a in alts):
            return "any"
        return ("union", *alts)
    if kind == "file":
        return "any"
    if kind == "RichText":
        return "richtext"
    return kind


def result_annotation(types: dict[str, TypeDef], kind: Kind, names: Names) -> str:
    if isinstance(kind, tuple):
        if kind[0] == "list":
            return f"list[{result_annotation(types, kind[1], names)}]"
        return union([result_annotation(types, k, names) for k in kind[1:]], names)
    if kind in ("int", "str", "bool", "float"):
        return kind
    return model_annotation(types, kind, names)


# -- emitting Python -------------------------------------------------------------------------


def split_top(text: str) -> list[str]:
    """Split on the commas that are not inside brackets."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:i].strip())
            start = i + 1
    out.append(text[start:].strip())
    return out


class Aliases:
    """Long annotations become type aliases defined under TYPE_CHECKING, one item per line."""

    def __init__(self) -> None:
        self.defs: dict[str, tuple[str, list[str]]] = {}  # alias -> (annotation, items)

    def shorten(self, hint: str, line: str, ann: str) -> str:
        """Replace the longest ``Union[...]`` inside `ann` by an alias until `line` fits."""
        while len(line) > WIDTH and "Union[" in ann:
            start = ann.index("Union[")
            depth, end = 0, start
            for i in range(start + 5, len(ann)):
                if ann[i] == "[":
                    depth += 1
                elif ann[i] == "]":
                    depth -= 1
                    if depth == 0:
                        end = i
                        break
            inner = ann[start : end + 1]
            name = self._name(hint, inner)
            ann = ann[:start] + name + ann[end + 1 :]
            line = line.replace(inner, name)
        return ann

    def _name(self, hint: str, inner: str) -> str:
        for alias, (text, _) in self.defs.items():
            if text == inner:
                return alias
        base = "_" + "".join(p.capitalize() for p in hint.split("_"))
        alias, n = base, 2
        while alias in self.defs:
            alias, n = f"{base}{n}", n + 1
        self.defs[alias] = (inner, split_top(inner[len("Union[") : -1]))
        return alias

    def lines(self) -> list[str]:
        out: list[str] = []
        for alias, (_, items) in self.defs.items():
            out.extend(expanded(f"{alias} = Union[", items, "]", ""))
        return out


def docstring(text: str, indent: str, extra: tuple[str, ...] = ()) -> list[str]:
    """A triple-quoted docstring wrapped to the line length, stable under ruff format."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    paragraphs.extend(extra)
    width = WIDTH - len(indent)
    lines: list[str] = []
    for i, para in enumerate(paragraphs):
        if i:
            lines.append("")
        for line in para.split("\n"):
            lines.extend(textwrap.wrap(line.strip(), width=width - 3, break_on_hyphens=False))
    if len(lines) == 1 and len(lines[0]) + len(indent) + 6 <= WIDTH:
        body = lines[0]
        if body.endswith('"'):
            body += " "
        return [f'{indent}"""{body}"""']
    out = [f'{indent}"""{lines[0]}']
    out.extend(f"{indent}{line}" if line else "" for line in lines[1:])
    if out[-1].endswith('"'):
        out[-1] += " "
    out.append(f'{indent}"""')
    return out


def literal_lines(value: Any, indent: str, suffix: str = ",") -> list[str]:
    """A tuple/str/int literal as ruff formats it: one line if it fits, else exploded."""
    one = f"{indent}{py_literal(value)}{suffix}"
    if len(one) <= WIDTH or not isinstance(value, tuple):
        return [one]
    out = [f"{indent}("]
    for item in value:
        out += literal_lines(item, indent + "    ")
    out.append(f"{indent}){suffix}")
    return out


def py_literal(value: Any) -> str:
    if value == ():
        return "()"
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return json.dumps(value)


def pep604(annotation: str) -> str:
    """``Union[A, B]`` -> ``A | B`` (only inside strings: Python 3.9 cannot evaluate it)."""
    while "Union[" in annotation:
        start = annotation.index("Union[")
        depth = 0
        for i in range(start + 5, len(annotation)):
            if annotation[i] == "[":
                depth += 1
            elif annotation[i] == "]":
                depth -= 1
                if depth == 0:
                    inner = split_top(annotation[start + 6 : i])
                    annotation = annotation[:start] + " | ".join(inner) + annotation[i + 1 :]
                    break
    return annotation


def kind_literal(kind: Kind) -> str:
    if isinstance(kind, tuple):
        return (
            "(" + ", ".join(kind_literal(k) for k in kind) + ("," if len(kind) == 1 else "") + ")"
        )
    return json.dumps(kind)


def expanded(head: str, items: list[str], tail: str, indent: str) -> list[str]:
    """``head`` + one item per line with a magic trailing comma + ``tail``."""
    return [f"{indent}{head}", *(f"{indent}    {item}," for item in items), f"{indent}{tail}"]


def isort_key(name: str) -> tuple[int, str]:
    """ruff's order within one import: CONSTANTS, then Classes, then functions."""
    if name.isupper() or (name.upper() == name and "_" in name):
        return (0, name)
    return (1 if name[0].isupper() else 2, name)


def from_import(module: str, items: list[str], indent: str = "") -> list[str]:
    """One ``from module import ...`` as ruff's isort writes it (wrapped when too long)."""
    line = f"{indent}from {module} import {', '.join(items)}"
    if len(line) <= WIDTH:
        return [line]
    return expanded(f"from {module} import (", items, ")", indent)


def typing_imports(names: Names, always: set[str]) -> list[str]:
    want = sorted(names.typing | always, key=isort_key)
    return [f"from typing import {', '.join(want)}"] if want else []


def type_checking_block(lines: list[str]) -> list[str]:
    return (
        ["if TYPE_CHECKING:", *(f"    {line}" if line else "" for line in lines)] if lines else []
    )


def import_types_lines(
    names: set[str], types: dict[str, TypeDef], here: str, prefix: str
) -> list[str]:
    out: list[str] = []
    for n in sorted(names, key=lambda n: types[n].module):
        if n != here:
            out += from_import(f"{prefix}{types[n].module}", [n])
    return out


def emit_type(types: dict[str, TypeDef], overrides: dict[str, Any], t: TypeDef) -> str:
    names = Names()
    names.typing.update({"Any", "ClassVar"})
    own_fields = t.fields
    inherited: set[str] = set()
    if t.parent:
        inherited = {f.key for f in base_fields(types, types[t.parent])}
    if t.abstract:
        own_fields = base_fields(types, t)
    doc = overrides.get("type_docs", {}).get(t.name) or t.description
    doc_extra = (f"See https://core.telegram.org/bots/api#{t.name.lower()}",)
    body: list[str] = []
    spec_rows: list[Any] = []
    aliases = Aliases()
    converters: set[str] = set()
    for f in own_fields:
        if f.key in inherited and not (t.tag and f.key == t.tag[0]):
            pass
        elif t.tag and f.key == t.tag[0]:
            body.append(f'    {f.name}: str = "{t.tag[1]}"')
        else:
            ann = type_annotation(types, f.kind, names)
            if not f.required:
                names.typing.add("Optional")
                ann = f"Optional[{ann}]"
            args = [] if f.required else ["default=None"]
            if isinstance(f.kind, tuple) and f.kind[0] == "list":
                # Lists given by hand become tuples (mypy sees the converter's Iterable too).
                converter = "freeze_array" if f.required else "freeze_optional_array"
                args.append(f"converter={converter}")
                converters.add(converter)
            if f.name != f.key:
                args.append(f'metadata={{JSON_KEY: "{f.key}"}}')
            tail = (
                ""
                if not args
                else " = None"
                if args == ["default=None"]
                else f" = attrs.field({', '.join(args)})"
            )
            ann = aliases.shorten(f.name, f"    {f.name}: {ann}{tail}", ann)
            body.append(f"    {f.name}: {ann}{tail}")
        spec_rows.append((f.name, f.key, runtime_kind(types, f.kind), int(f.required)))
    if not t.parent:
        names.mapping = True
        body.append("    extra: Mapping[str, Any] = extra_field()")
    # The field plan the decoder reads: (name, JSON key, kind, required); see _model.
    classvars: list[str] = []
    head_line = "    _SPEC: ClassVar[tuple[Any, ...]] = "
    spec_lines = literal_lines(tuple(spec_rows), "    ", "")
    if len(spec_lines) == 1 and len(head_line) + len(spec_lines[0]) - 4 <= WIDTH:
        classvars.append(head_line + spec_lines[0].strip())
    else:
        classvars.append(head_line + "(")
        for row in spec_rows:
            classvars += literal_lines(row, "        ")
        classvars.append("    )")
    if t.abstract:
        classvars.extend(abstract_classvars(types, overrides, t))
    if t.tag:
        classvars.append(
            f"    _TAG: ClassVar[tuple[str, str]] = ({t.tag[0]!r}, {t.tag[1]!r})".replace("'", '"')
        )
    update_kinds: list[str] = []
    if t.name == "Update":
        update_kinds = [f.name for f in t.fields if not f.required]
        classvars.extend(
            expanded(
                "_KINDS: ClassVar[tuple[str, ...]] = (",
                [json.dumps(k) for k in update_kinds],
                ")",
                "    ",
            )
        )
    files = [
        f.name for f in t.fields if "file" in json.dumps(f.kind) or "attach://" in f.description
    ]
    if files:
        classvars.append(f"    _FILES: ClassVar[tuple[str, ...]] = {py_literal(tuple(files))}")

    if aliases.defs:
        names.typing.add("Union")
    mixin = overrides.get("type_mixins", {}).get(t.name)
    bases = []
    head: list[str] = [
        BANNER.rstrip("\n"),
        f'"""The Bot API type {t.name}."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    imports = []
    if names.mapping or not t.parent:
        imports.append("from collections.abc import Mapping")
    tc: list[str] = []
    if names.datetime:
        tc.append("from datetime import datetime")
    imports_typing = set(names.typing)
    if (names.types - {t.name, t.parent}) or names.datetime or aliases.defs:
        imports_typing.add("TYPE_CHECKING")
    imports.extend(typing_imports(Names(), imports_typing))
    imports.append("")
    imports.append("import attrs")
    imports.append("")
    model_imports = []
    if t.parent:
        bases.append(t.parent)
        model_imports.append(f"from .{types[t.parent].module} import {t.parent}")
    else:
        bases.append("Model")
    pkg_model = ["Model", "extra_field"] if not t.parent else []
    if any(f.name != f.key for f in own_fields):
        pkg_model.insert(0, "JSON_KEY")
    if mixin:
        cls = mixin.split(":")[1]
        bases.insert(0, cls)
        pkg_model.append(cls)
    pkg_model.extend(converters)
    if pkg_model:
        # First-party absolute imports and relative ones are separate isort sections.
        model_imports[0:0] = from_import(
            "telebot_lite._model", sorted(set(pkg_model), key=isort_key)
        ) + ([""] if model_imports else [])
    local = import_types_lines(
        names.types - ({t.parent} if t.parent else set()), types, t.name, "."
    )
    if tc and local:
        tc.append("")
    tc.extend(local)
    if aliases.defs:
        names.typing.add("Union")
        tc += ["", *aliases.lines()]
    lines = head + imports + model_imports
    if tc:
        lines += ["", *type_checking_block(tc)]
    lines += [
        "",
        "",
        "@attrs.frozen(kw_only=True, slots=False)",
        f"class {t.name}({', '.join(bases)}):",
    ]
    lines += docstring(doc, "    ", doc_extra)
    lines.append("")
    lines += body
    if body:
        lines.append("")
    lines += classvars
    return "\n".join(_fix_long(lines)) + "\n"


def _fix_long(lines: list[str]) -> list[str]:
    """Break field lines longer than the limit the way ruff format would."""
    out: list[str] = []
    for line in lines:
        if (
            len(line) <= WIDTH
            or line.lstrip().startswith(('"""', "#"))
            or not line.startswith("    ")
            or line.startswith("        ")
        ):
            out.append(line)
            continue
        m = re.match(r"^(    \w+): (.+?) = attrs\.field\((.*)\)$", line)
        if m:
            out.append(f"{m.group(1)}: {m.group(2)} = attrs.field(")
            out.append(f"        {m.group(3)}")
            out.append("    )")
            if len(out[-3]) > WIDTH:
                raise SystemExit(f"generate: line too long: {line}")
            continue
        m = re.match(r"^(    \w+): Optional\[(.+)\] = None$", line)
        if m:
            out.append(f"{m.group(1)}: Optional[")
            out.append(f"        {m.group(2)}")
            out.append("    ] = None")
            continue
        m = re.match(r"^(    \w+): (.+)$", line)
        if m and len(m.group(2)) + 8 <= WIDTH:
            out.append(f"{m.group(1)}: (")
            out.append(f"        {m.group(2)}")
            out.append("    )")
            continue
        out.append(line)
    return out


def abstract_classvars(
    types: dict[str, TypeDef], overrides: dict[str, Any], t: TypeDef
) -> list[str]:
    """How from_dict of an abstract type picks its subtype: by tag, or by the keys present."""
    picker = overrides.get("abstract_pickers", {}).get(t.name)
    key = _tag_key(types, t)
    lines: list[str] = []
    if key is not None:
        tags: dict[str, list[str]] = {}
        for m in t.members:
            if types[m].tag:
                tags.setdefault(types[m].tag[1], []).append(m)
        rows = []
        for value, ms in tags.items():
            ms.sort(key=lambda n: -len([f for f in types[n].fields if f.required]))
            rows.append(f'"{value}": {py_literal(tuple(ms))}')
        lines.append(f'    _TAG_KEY: ClassVar[str] = "{key}"')
        lines.extend(
            expanded("_TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {", rows, "}", "    ")
        )
    else:
        ordered = sorted(t.members, key=lambda n: -len([f for f in types[n].fields if f.required]))
        lines.extend(
            expanded(
                "_MEMBERS: ClassVar[tuple[str, ...]] = (",
                [json.dumps(m) for m in ordered],
                ")",
                "    ",
            )
        )
    if picker:
        lines.append(f'    _PICKER: ClassVar[str] = "{picker}"')
    return lines


def emit_types_init(types: dict[str, TypeDef], spec: Spec) -> str:
    names = sorted(types)
    lines = [
        BANNER.rstrip("\n"),
        f'"""Every type of Bot API {spec.version}: frozen attrs models (from_dict, to_dict).',
        "",
        "Field names are the Bot API's, except ``from``, which is ``from_user``. Unix times are",
        "timezone-aware UTC datetimes that convert back to the same integer. Keys a newer Bot API",
        "adds are kept in ``extra``. Each class loads on first use (importing one type does not",
        "load the others; parsing one message loads only the types it contains).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        f'API_VERSION = "{spec.version}"',
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [
        f"    from ._gen.{types[n].module} import {n}"
        for n in sorted(names, key=lambda n: types[n].module)
    ]
    lines += [
        "",
        "# The one table of lazily loaded names: type name -> module in telebot_lite.types._gen.",
    ]
    lines += expanded(
        "_LAZY: dict[str, str] = {", [f'"{n}": "{types[n].module}"' for n in names], "}", ""
    )
    lines += [""]
    lines += expanded("__all__ = [", ['"API_VERSION"', *(f'"{n}"' for n in names)], "]", "")
    lines += [
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _LAZY.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f"{__name__}._gen.{module}"), name)',
        "    globals()[name] = value  # later lookups skip this function",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(set(globals()) | set(__all__))",
    ]
    return "\n".join(lines) + "\n"


# -- methods ---------------------------------------------------------------------------------


def method_field_lines(
    types: dict[str, TypeDef], overrides: dict[str, Any], f: Field, names: Names, aliases: Aliases
) -> str:
    validators = overrides["parameter_validators"]
    ann = overrides["parameter_types"].get(f.key) if f.kind == ("union", "int", "str") else None
    ann = ann or param_annotation(types, f, f.kind, names)
    if ann in ("ChatId",):
        names.params.add("ChatId")
    args: list[str] = []
    if not f.required:
        args.append("default=None")
    rule = validators.get(f.key)
    if rule and rule["spec_type"] == f.spec_type:
        check = rule["validator"] + ("" if f.required else "_or_none")
        args.append(f"validator={check}")
        names.params.add(check)
    elif f.time == "point":
        args.append("validator=check_point")
        names.params.add("check_point")
    elif f.time == "duration":
        args.append("validator=check_seconds")
        names.params.add("check_seconds")
    if f.time:
        args.append(f"metadata={{TIME: {'MOMENT' if f.time == 'point' else 'SECONDS'}}}")
        names.params.add("TIME")
        names.params.add("MOMENT" if f.time == "point" else "SECONDS")
    full = ann if f.required else f"Optional[{ann}]"
    if not f.required:
        names.typing.add("Optional")
    tail = (
        ""
        if not args
        else " = None"
        if args == ["default=None"]
        else f" = attrs.field({', '.join(args)})"
    )
    full = aliases.shorten(f.name, f"    {f.name}: {full}{tail}", full)
    return f"    {f.name}: {full}{tail}"


def emit_method(types: dict[str, TypeDef], overrides: dict[str, Any], m: MethodDef) -> str:
    names = Names()
    names.typing.update({"Any", "ClassVar"})
    rnames = Names()
    result_annotation(types, m.result, rnames)
    base_result = pep604(result_annotation(types, m.result, Names()))
    names.types |= rnames.types
    # Required first: attrs needs no order with kw_only, but the docs read better.
    aliases = Aliases()
    field_names = Names()
    field_lines = [method_field_lines(types, overrides, f, field_names, aliases) for f in m.fields]
    names.types |= field_names.types
    names.typing |= field_names.typing
    names.params |= field_names.params
    names.sequence, names.mapping = field_names.sequence, field_names.mapping
    if aliases.defs:
        names.typing.add("Union")
    note = overrides.get("method_notes", {}).get(m.name)
    extra = ((note,) if note else ()) + (
        f"See https://core.telegram.org/bots/api#{m.name.lower()}",
    )
    files = [f.name for f in m.fields if "file" in json.dumps(f.kind)]
    lines = [
        BANNER.rstrip("\n"),
        f'"""The Bot API method {m.name}."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    if names.sequence or names.mapping:
        abc = [n for n, on in (("Mapping", names.mapping), ("Sequence", names.sequence)) if on]
        lines.append(f"from collections.abc import {', '.join(abc)}")
    typing_names = set(names.typing)
    if names.types or aliases.defs:
        typing_names.add("TYPE_CHECKING")
    lines.extend(typing_imports(Names(), typing_names))
    lines += ["", "import attrs", ""]
    base_names = {"Method", *names.params}
    lines += from_import("telebot_lite.methods._base", sorted(base_names, key=isort_key))
    result_only = rnames.types - field_names.types
    tc = []
    for line in import_types_lines(names.types, types, "", "telebot_lite.types._gen."):
        used_in_base_only = line.rstrip(",").split()[-1] in result_only
        # The Method["..."] base names it as a string, which the linter does not read.
        tc.append(line + "  # noqa: F401" if used_in_base_only and not line.endswith("(") else line)
    if aliases.defs:
        tc += ["", *aliases.lines()]
    if tc:
        lines += ["", *type_checking_block(tc)]
    lines += ["", "", "@attrs.frozen(kw_only=True)", f'class {m.cls}(Method["{base_result}"]):']
    lines += docstring(m.description, "    ", extra)
    lines.append("")
    lines.append(f'    api_method: ClassVar[str] = "{m.name}"')
    lines.append(f"    result_type: ClassVar[Any] = {kind_literal(runtime_kind(types, m.result))}")
    if files:
        lines.append(f"    _FILES: ClassVar[tuple[str, ...]] = {py_literal(tuple(files))}")
    if field_lines:
        lines.append("")
        lines += field_lines
    return "\n".join(_fix_long(lines)) + "\n"


@dataclass
class Param:
    name: str
    annotation: str
    required: bool


def hand_params(hand: str) -> tuple[list[Param], str, str]:
    """Read a hand-written method class: its fields, result annotation and first doc line."""
    module, cls = hand.split(":")
    path = ROOT / (module.replace(".", "/") + ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            result = (
                ast.unparse(node.bases[0].slice)
                if isinstance(node.bases[0], ast.Subscript)
                else "Any"
            )
            params = []
            for stmt in node.body:
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                    ann = ast.unparse(stmt.annotation)
                    if ann.startswith("ClassVar"):
                        continue
                    required = stmt.value is None or not _has_default(stmt.value)
                    # A converter widens what the caller may pass: its parameter's annotation.
                    accepted = _converter_input(tree, stmt.value)
                    if accepted:
                        ann = f"Optional[{accepted}]" if ann.startswith("Optional[") else accepted
                    params.append(Param(stmt.target.id, ann, required))
            # The whole docstring but its link: the warnings it carries matter at the call too.
            text = re.sub(r"\s*See https://\S+", "", ast.get_docstring(node) or "")
            doc = "\n\n".join(p.replace("\n", " ") for p in text.split("\n\n") if p.strip())
            return params, result, doc
    raise SystemExit(f"generate: hand-written class {hand} not found")


def _converter_input(tree: ast.Module, value: Optional[ast.expr]) -> Optional[str]:
    """The annotation of the first parameter of a field's ``converter=``, found by ``ast``."""
    if not isinstance(value, ast.Call):
        return None
    converter = next((k.value for k in value.keywords if k.arg == "converter"), None)
    if not isinstance(converter, ast.Name):
        return None
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and any(a.name == converter.id for a in node.names):
            path = ROOT / ((node.module or "").replace(".", "/") + ".py")
            for fn in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(fn, ast.FunctionDef) and fn.name == converter.id:
                    first = fn.args.args[0].annotation
                    return ast.unparse(first) if first is not None else None
    return None


def params_module_names() -> set[str]:
    """Top-level names of telebot_lite/_params.py (type aliases hand classes may use)."""
    tree = ast.parse((ROOT / "telebot_lite/_params.py").read_text(encoding="utf-8"))
    out = set()
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            out.update(t.id for t in targets if isinstance(t, ast.Name))
    return out


def _has_default(value: ast.expr) -> bool:
    if isinstance(value, ast.Call) and ast.unparse(value.func).endswith("field"):
        return any(k.arg in ("default", "factory") for k in value.keywords)
    return True


def emit_bot_methods(
    types: dict[str, TypeDef], overrides: dict[str, Any], methods: list[MethodDef]
) -> str:
    names = Names()
    names.typing.update({"Optional", "TypeVar", "Any"})
    long_poll = overrides.get("long_poll_methods", {})
    body: list[str] = []
    aliases = Aliases()
    from_params: set[str] = set()
    params_names = params_module_names()
    for m in methods:
        if m.hand:
            params, result, doc = hand_params(m.hand)
            for p in params:
                for word in re.findall(r"[A-Za-z_]\w*", p.annotation):
                    if word in types:
                        names.types.add(word)
                    elif word in ("ChatId", "ExpireDate", "Duration", "InputFileParam"):
                        names.params.add(word)
                    elif word in ("Optional", "Union", "Any"):
                        names.typing.add(word)
                    elif word in params_names:
                        from_params.add(word)
            for word in re.findall(r"[A-Za-z_]\w*", result):
                if word in types:
                    names.types.add(word)
            summary = doc
        else:
            params = []
            for f in m.fields:
                ann = (
                    overrides["parameter_types"].get(f.key)
                    if f.kind == ("union", "int", "str")
                    else None
                )
                ann = ann or param_annotation(types, f, f.kind, names)
                if not f.required:
                    ann = f"Optional[{ann}]"
                params.append(Param(f.name, ann, f.required))
            rn = Names()
            result = result_annotation(types, m.result, rn)
            names.types |= rn.types
            names.typing |= rn.typing
            summary = re.split(r"(?<=\.)\s", m.description, maxsplit=1)[0]
        poll = long_poll.get(m.name)
        sig = ["self"]
        for p in params:
            tail = "" if p.required else " = None"
            p.annotation = aliases.shorten(
                p.name, f"        {p.name}: {p.annotation}{tail},", p.annotation
            )
        sig += [f"{p.name}: {p.annotation}" for p in params if p.required]
        optional = [f"{p.name}: {p.annotation} = None" for p in params if not p.required]
        if not poll:
            optional.append("timeout: Optional[Timeout] = None")
        if optional:
            sig.append("*")
            sig += optional
        body.append("")
        body.extend(expanded(f"def {m.bot_name}(", sig, f") -> {result}:", "    "))
        see = f"See :class:`~telebot_lite.methods.{m.cls}`."
        if poll:
            see += (
                f" ``{poll}`` is the long poll in seconds; the HTTP read timeout is the Bot's"
                f" read timeout plus ``{poll}``."
            )
        body += docstring(ascii_text(summary), "        ", (see,))
        call_args = [f"{p.name}={p.name}" for p in params]
        # The class loads on first use through the methods package's one lazy table; later
        # calls find it as a plain module attribute (cheaper than an import statement).
        cls = f"_methods.{m.cls}"
        inner = (
            expanded(f"{cls}(", call_args, "),", "            ")
            if call_args
            else [f"            {cls}(),"]
        )
        when = f"long_poll_timeout(self._timeout, {poll})" if poll else "timeout"
        body.append("        return self(")
        body += inner
        body.append(f"            timeout={when},")
        body.append("        )")
    head = [
        BANNER.rstrip("\n"),
        '"""One thin method per Bot API method: what ``Bot`` inherits (static, IDE-completable).',
        "",
        "Each builds the method object (validated, nothing sent yet; its class loads on first",
        "use) and sends it with ``self(...)``; ``timeout=`` is the HTTP timeout of that one call.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping, Sequence",
        "from typing import "
        + ", ".join(sorted(names.typing | {"TYPE_CHECKING", "Union"}, key=isort_key)),
        "",
        "from telebot_lite import methods as _methods",
        "from telebot_lite.methods._base import long_poll_timeout",
        "",
        "if TYPE_CHECKING:",
        "    from telebot_lite._settings import Timeout",
    ]
    if from_params:
        where = head.index("    from telebot_lite._settings import Timeout")
        head[where:where] = from_import(
            "telebot_lite._params", sorted(from_params, key=isort_key), "    "
        )
    head += from_import(
        "telebot_lite.methods._base", sorted(names.params | {"Method"}, key=isort_key), "    "
    )
    head += [
        f"    {line}"
        for line in import_types_lines(names.types, types, "", "telebot_lite.types._gen.")
    ]
    if aliases.defs:
        head += [""] + [f"    {line}" if line else "" for line in aliases.lines()]
    head += [
        "",
        'T = TypeVar("T")',
        "",
        "",
        "class BotMethods:",
        '    """Every Bot API method as a Bot method; see :class:`telebot_lite.Bot`."""',
        "",
        "    __slots__ = ()",
        "",
        "    if TYPE_CHECKING:",
        "        _timeout: Timeout",
        "",
        "        def __call__("
        + "self, method: Method[T], *, timeout: Optional[Timeout] = None) -> T: ...",
    ]
    text = "\n".join(head + body) + "\n"
    if "Mapping[" not in "\n".join(body):
        text = text.replace(
            "from collections.abc import Mapping, Sequence", "from collections.abc import Sequence"
        )
    return text


def emit_methods_init(methods: list[MethodDef], spec: Spec) -> str:
    rows = []
    for m in sorted(methods, key=lambda m: m.cls):
        where = m.hand.split(":")[0].rsplit(".", 1)[1] if m.hand else f"_gen.{m.module}"
        rows.append((m.cls, where))
    lines = [
        BANNER.rstrip("\n"),
        f'"""Method objects: one frozen, validated attrs class per Bot API {spec.version} method.',
        "",
        "A method object is a request that has not been sent. Build it (bad input raises",
        ":class:`~telebot_lite.InvalidArgument` right there), then send it with",
        "``bot(method)``, or return ``method.as_webhook_reply()`` as a webhook answer::",
        "",
        "    link = bot(CreateChatInviteLink(chat_id=-1001234567890, member_limit=1))",
        "",
        "Each class says whether it is :attr:`~Method.safe_to_resend` (one table,",
        "``telebot_lite._resend``). Classes load on first use.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "from ._base import Method",
        "",
        "if TYPE_CHECKING:",
    ]
    by_module: dict[str, list[str]] = {}
    for cls, where in sorted(rows, key=lambda r: (r[1], r[0])):
        by_module.setdefault(where, []).append(cls)
    for where, classes in by_module.items():
        lines += from_import(f".{where}", classes, "    ")
    lines += ["", "# The one table of lazily loaded names: class name -> module in this package."]
    lines += expanded("_LAZY: dict[str, str] = {", [f'"{c}": "{w}"' for c, w in rows], "}", "")
    lines += [""]
    lines += expanded("__all__ = [", ['"Method"', *(f'"{c}"' for c, _ in rows)], "]", "")
    lines += [
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    module = _LAZY.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)',
        "    globals()[name] = value  # later lookups skip this function",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted(set(globals()) | set(__all__))",
    ]
    return "\n".join(lines) + "\n"


# -- docs ------------------------------------------------------------------------------------


def rst_text(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("`", "'")
        .replace("|", "\\|")
        .replace("_", "\\_")
    )


def emit_docs(types: dict[str, TypeDef], methods: list[MethodDef], spec: Spec) -> dict[str, str]:
    mlines = [
        RST_BANNER.rstrip("\n"),
        "",
        "Methods",
        "=======",
        "",
        f"Every method of Bot API {spec.version}, as a method object in",
        ":mod:`telebot_lite.methods` and as a :class:`~telebot_lite.Bot` method (its",
        "``snake_case`` name). Parameters in bold are required; the Bot method takes them",
        "positionally, in this order, and the rest by keyword.",
        "",
    ]
    for m in sorted(methods, key=lambda m: m.name):
        result = pep604(result_annotation(types, m.result, Names()))
        if m.hand:
            # Hand-written: its own docstring (it carries the polish), then the generated facts.
            mlines += [f".. autoclass:: telebot_lite.methods.{m.cls}", "   :no-members:", ""]
        else:
            mlines += [f".. py:class:: telebot_lite.methods.{m.cls}", ""]
            mlines += [f"   {rst_text(m.description)}".replace("\n", " "), ""]
        mlines += [f"   ``Bot.{m.bot_name}(...)`` returns ``{result}``.", ""]
        for f in m.fields:
            name = f"**{f.name}**" if f.required else f"``{f.name}``"
            text = f"   - {name} ({rst_text(f.spec_type)}): {rst_text(f.description)}"
            mlines.append(text.replace("\n", " "))
        mlines.append("")
    tlines = [
        RST_BANNER.rstrip("\n"),
        "",
        "Types",
        "=====",
        "",
        f"Every type of Bot API {spec.version} in :mod:`telebot_lite.types`. Fields in bold are",
        "required; ``from`` is ``from_user``; Unix times are aware UTC datetimes.",
        "",
    ]
    for t in sorted(types.values(), key=lambda t: t.name):
        tlines += [f".. py:class:: telebot_lite.types.{t.name}", ""]
        desc = rst_text(t.description).replace("\n", " ")
        tlines += [f"   {desc}", ""]
        if t.parent:
            tlines += [
                f'   A :class:`{t.parent}` (``{t.tag[0]} == "{t.tag[1]}"``).'
                if t.tag
                else f"   A :class:`{t.parent}`.",
                "",
            ]
        for f in t.fields:
            name = f"**{f.name}**" if f.required else f"``{f.name}``"
            tlines.append(
                f"   - {name} ({rst_text(f.spec_type)}): {rst_text(f.description)}".replace(
                    "\n", " "
                )
            )
        tlines.append("")
    index = [
        RST_BANNER.rstrip("\n"),
        "",
        "Bot API reference",
        "=================",
        "",
        f"Generated from the pinned Bot API {spec.version} spec ({spec.release_date}).",
        "",
        ".. toctree::",
        "   :maxdepth: 1",
        "",
        "   methods",
        "   types",
    ]
    return {
        "docs/reference/index.rst": "\n".join(index) + "\n",
        "docs/reference/methods.rst": "\n".join(mlines).rstrip("\n") + "\n",
        "docs/reference/types.rst": "\n".join(tlines).rstrip("\n") + "\n",
    }


# -- the fake server's table (telebot_lite/testing/_gen/) ----------------------------------

#: The folder of the fake's table: FakeTelegram reads it and never imports the SDK.
FAKE_SPEC_DIR = "telebot_lite/testing/_gen"


def fake_expr(text: str, date: bool = False) -> str:
    """A spec type as the fake's compact expression: ``int``, ``[X]``, ``A|B``, ``true``..."""
    text = text.strip()
    if text.startswith("Array of "):
        return "[" + fake_expr(text[len("Array of ") :]) + "]"
    parts = [p for p in re.split(r"\s+or\s+|,\s*|\s+and\s+", text) if p]
    if len(parts) > 1:
        return "|".join(fake_expr(p) for p in parts)
    simple = {"Integer": "int", "Int": "int", "String": "str", "Boolean": "bool", "True": "true"}
    simple.update({"Float": "float", "Float number": "float", "InputFile": "file"})
    found = simple.get(text, text)
    return "date" if date and found == "int" else found


def fake_result(kind: Kind) -> str:
    """A method's result kind as the fake's expression (a Boolean result is always True)."""
    if isinstance(kind, tuple):
        if kind[0] == "list":
            return "[" + fake_result(kind[1]) + "]"
        return "|".join(fake_result(k) for k in kind[1:])
    return {"bool": "true"}.get(kind, kind)


def _fake_rows(fields: list[Field], indent: str, dates: bool) -> list[str]:
    """One ``(name, type, required)`` tuple per field, laid out as ruff format lays them out."""
    rows = []
    for f in fields:
        items = [json.dumps(f.key), json.dumps(fake_expr(f.spec_type, dates and f.kind == "date"))]
        items.append(repr(f.required))
        line = f"{indent}({', '.join(items)}),"
        if len(line) > WIDTH:
            rows += [f"{indent}(", *[f"{indent}    {i}," for i in items], f"{indent}),"]
        else:
            rows.append(line)
    return rows


def _fake_tuple(head: str, fields: list[Field], indent: str, dates: bool) -> list[str]:
    """``head(rows...),`` with the rows exploded, or on one line when there is one that fits."""
    if not fields:
        return [f"{indent}{head}(),"]
    if len(fields) == 1:
        one = _fake_rows(fields, "", dates)
        line = f"{indent}{head}({one[0]}),"
        if len(one) == 1 and len(line) <= WIDTH:
            return [line]
    return [f"{indent}{head}(", *_fake_rows(fields, indent + "    ", dates), f"{indent}),"]


def emit_fake_spec(types: dict[str, TypeDef], methods: list[MethodDef], spec: Spec) -> str:
    """The table FakeTelegram checks parameters and builds results from."""
    q = json.dumps
    lines = [
        BANNER.rstrip("\n"),
        f'"""Bot API {spec.version} ({spec.release_date}) as FakeTelegram reads it: data, no code.',
        "",
        "Types are written ``int``, ``str``, ``bool``, ``true`` (always True), ``float``,",
        "``date`` (a Unix time), ``file`` (an upload), a type's name, ``[X]`` (an Array of X)",
        "and ``A|B`` (either).",
        '"""',
        "",
        f"VERSION = {q(spec.version)}",
        "",
        "#: Method -> (result type, ((parameter, type, required), ...) in the spec's order).",
        "METHODS: dict[str, tuple[str, tuple[tuple[str, str, bool], ...]]] = {",
    ]
    for m in sorted(methods, key=lambda m: m.name):
        lines += [f"    {q(m.name)}: (", f"        {q(fake_result(m.result))},"]
        lines += _fake_tuple("", m.fields, "        ", False)
        lines.append("    ),")
    lines += [
        "}",
        "",
        "#: Type -> ((field, type, required), ...) in the spec's order.",
        "TYPES: dict[str, tuple[tuple[str, str, bool], ...]] = {",
    ]
    for t in sorted(types.values(), key=lambda t: t.name):
        if not t.abstract:
            lines += _fake_tuple(f"{q(t.name)}: ", t.fields, "    ", True)
    lines += [
        "}",
        "",
        "#: Abstract type -> its kinds; the fake builds the first one when the state says nothing.",
        "ABSTRACT: dict[str, tuple[str, ...]] = {",
    ]
    for t in sorted(types.values(), key=lambda t: t.name):
        if t.abstract:
            lines += [f"    {q(t.name)}: (", *[f"        {q(m)}," for m in t.members], "    ),"]
    lines += [
        "}",
        "",
        "#: Kind of an abstract type -> (the field that tells it, its value).",
        "TAGS: dict[str, tuple[str, str]] = {",
    ]
    for t in sorted(types.values(), key=lambda t: t.name):
        if t.tag:
            lines.append(f"    {q(t.name)}: ({q(t.tag[0])}, {q(t.tag[1])}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


# -- driver ----------------------------------------------------------------------------------


def render() -> dict[str, str]:
    """Every generated file: repository-relative path -> content."""
    spec = load_spec()
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    types, methods = build(spec, overrides)
    out: dict[str, str] = {}
    out["telebot_lite/types/__init__.py"] = emit_types_init(types, spec)
    out["telebot_lite/types/_gen/__init__.py"] = BANNER + '"""One module per Bot API type."""\n'
    for t in types.values():
        out[f"telebot_lite/types/_gen/{t.module}.py"] = emit_type(types, overrides, t)
    out["telebot_lite/methods/__init__.py"] = emit_methods_init(methods, spec)
    out["telebot_lite/methods/_gen/__init__.py"] = BANNER + '"""One module per Bot API method."""\n'
    for m in methods:
        if not m.hand:
            out[f"telebot_lite/methods/_gen/{m.module}.py"] = emit_method(types, overrides, m)
    out["telebot_lite/_generated/__init__.py"] = (
        BANNER + '"""Generated code that is not a type or a method class."""\n'
    )
    out["telebot_lite/_generated/bot_methods.py"] = emit_bot_methods(types, overrides, methods)
    out.update(emit_docs(types, methods, spec))
    out[f"{FAKE_SPEC_DIR}/__init__.py"] = BANNER + '"""Generated data for FakeTelegram."""\n'
    out[f"{FAKE_SPEC_DIR}/spec.py"] = emit_fake_spec(types, methods, spec)
    return out


def stale(out: dict[str, str]) -> list[Path]:
    """Files in the generated folders that the generator no longer writes."""
    found = []
    for folder in GENERATED_DIRS:
        for path in (ROOT / folder).rglob("*"):
            relative = str(path.relative_to(ROOT))
            if path.is_file() and "__pycache__" not in path.parts and relative not in out:
                found.append(path)
    return found


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if anything would change")
    args = parser.parse_args(argv)
    out = render()
    changed = [
        p
        for p, text in out.items()
        if not (ROOT / p).is_file() or (ROOT / p).read_text(encoding="utf-8") != text
    ]
    old = stale(out)
    if args.check:
        for p in changed:
            print(f"would change: {p}")
        for path in old:
            print(f"would remove: {path.relative_to(ROOT)}")
        if changed or old:
            print(f"generated files are out of date: run {COMMAND}")
            return 1
        print(f"generated files are up to date ({len(out)} files)")
        return 0
    for p in changed:
        target = ROOT / p
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(out[p], encoding="utf-8")
    for path in old:
        path.unlink()
    print(f"wrote {len(changed)} of {len(out)} files, removed {len(old)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
