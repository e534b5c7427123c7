"""The base of every Bot API model: conversion between Bot API JSON dicts and frozen attrs classes.

Generated models (``telebot_lite.types``) carry their field plan as data, ``_SPEC``: rows of
(Python name, JSON key, kind, required), where a kind is ``"int"``, ``"str"``, ``"bool"``,
``"float"``, ``"date"`` (Unix time <-> aware UTC datetime), ``"any"`` (passed through), a type
name, ``("list", kind)``, ``("union", kind, ...)`` or ``"richtext"``. The plan is read on a class's
first decode, and a nested type is imported only when a value of it is first decoded, so parsing
one message loads only the types it contains. Hand-declared models (no ``_SPEC``) get their plan
from their annotations instead.

Shape errors raise :class:`InvalidResponse` naming the path (``message.chat.id``). This module
never does I/O and never parses JSON text: it works on already decoded dicts.
"""

from __future__ import annotations

import importlib
import typing
from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any, Callable, ClassVar, Optional, TypeVar, Union, cast

import attrs

from ._errors import InvalidArgument, InvalidResponse

__all__ = [
    "EMPTY_EXTRA",
    "JSON_KEY",
    "Model",
    "UpdateKindMixin",
    "extra_field",
    "freeze_array",
    "freeze_optional_array",
    "result_decoder",
]

M = TypeVar("M", bound="Model")

#: Metadata key naming the JSON key of a field whose Python name differs (``from_user``).
JSON_KEY = "telebot_lite.json_key"

#: The shared, empty ``extra`` mapping of models that carried no unknown keys.
EMPTY_EXTRA: Mapping[str, Any] = MappingProxyType({})

_Decode = Callable[[Any, str], Any]
_Encode = Callable[[Any], Any]
_new = object.__new__
_set = object.__setattr__
_UTC = timezone.utc


class _Plan:
    """How one model class converts: its fields by JSON key, required names, encoders."""

    __slots__ = ("bools", "by_key", "encoders", "fast", "picks", "required")

    def __init__(
        self,
        by_key: dict[str, tuple[str, Optional[type], _Decode]],
        required: frozenset[str],
        bools: tuple[str, ...],
        encoders: tuple[tuple[str, str, Optional[_Encode]], ...],
        picks: bool,
        fast: bool,
    ) -> None:
        #: JSON key -> (field name, the exact Python type that needs no decoding, decoder).
        self.by_key = by_key
        self.required = required
        #: Required Boolean fields: Telegram leaves false flags out, so missing reads False.
        self.bools = bools
        self.encoders = encoders
        #: Whether the class chooses a subclass by the data (ChatMember by ``status``).
        self.picks = picks
        #: Whether instances are built without ``__init__`` (generated dict classes).
        self.fast = fast


_PLANS: dict[type, _Plan] = {}


class ShapeError(InvalidResponse):
    """Bot API data of the wrong shape, found while decoding it (no call is involved yet).

    ``str()`` is the path and the problem; :meth:`Method.parse_result` re-raises it as a plain
    :class:`InvalidResponse` naming the method.
    """

    def __init__(
        self, message: str, *, method: str = "", request_sent: bool = True, http_status: int = 0
    ) -> None:
        super().__init__(message, method=method, request_sent=request_sent, http_status=http_status)

    def __str__(self) -> str:
        return self.message


def shape_error(path: str, expected: str, value: Any) -> InvalidResponse:
    """The error for a value of the wrong JSON type at `path`."""
    return ShapeError(f"{path}: expected {expected}, got {type(value).__name__}")


def _decode_float(value: Any, path: str) -> Any:
    if type(value) is int:
        return float(value)
    raise shape_error(path, "a number", value)


def _decode_date(value: Any, path: str) -> Any:
    if type(value) is int:
        try:
            return datetime.fromtimestamp(value, _UTC)
        except (OverflowError, OSError, ValueError):
            pass
    raise shape_error(path, "a Unix time", value)


def _pass(value: Any, path: str) -> Any:
    return value


def _refuse(expected: str) -> _Decode:
    def decode(value: Any, path: str) -> Any:
        raise shape_error(path, expected, value)

    return decode


# name -> (exact type, decoder for anything else)
_SIMPLE: dict[str, tuple[Optional[type], _Decode]] = {
    "str": (str, _refuse("a string")),
    "int": (int, _refuse("an integer")),
    "bool": (bool, _refuse("a boolean")),
    "float": (float, _decode_float),
    "date": (None, _decode_date),
    "any": (None, _pass),
}

_TYPES: dict[str, type[Model]] = {}


def resolve(name: str) -> type[Model]:
    """The generated model class called `name` (imports its module on first use)."""
    cls = _TYPES.get(name)
    if cls is None:
        types = importlib.import_module("telebot_lite.types")
        cls = _TYPES[name] = getattr(types, name)
    return cls


def _model_decoder(name: Union[str, type[Model]]) -> _Decode:
    target: list[type[Model]] = [name] if isinstance(name, type) else []

    def decode(value: Any, path: str) -> Any:
        if not target:
            target.append(resolve(cast(str, name)))
        if type(value) is not dict and not isinstance(value, Mapping):
            raise shape_error(path, "an object", value)
        return target[0].from_dict(value, _path=path)

    return decode


def _list_decoder(item: _Decode, exact: Optional[type]) -> _Decode:
    def decode(value: Any, path: str) -> Any:
        if type(value) is not list:
            raise shape_error(path, "an array", value)
        if exact is not None:
            for i, each in enumerate(value):
                if type(each) is not exact:
                    item(each, f"{path}[{i}]")
            return tuple(value)
        return tuple(item(each, f"{path}[{i}]") for i, each in enumerate(value))

    return decode


def _json_kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "object"
    if type(value) is list:
        return "array"
    return "scalar"


def _union_decoder(kinds: tuple[Any, ...]) -> _Decode:
    # Alternatives are told apart by JSON type: an object, an array, or a scalar.
    by_json: dict[str, list[Any]] = {}
    for kind in kinds:
        if isinstance(kind, tuple) and kind[0] == "list":
            group = "array"
        elif isinstance(kind, str) and (kind in _SIMPLE or kind == "richtext"):
            group = "object" if kind == "richtext" else "scalar"
        else:
            group = "object"
        by_json.setdefault(group, []).append(kind)

    def decode(value: Any, path: str) -> Any:
        group = by_json.get(_json_kind(value))
        if not group:
            raise shape_error(path, "one of " + " | ".join(map(str, kinds)), value)
        if len(group) == 1 or _json_kind(value) != "object":
            kind = group[0]
            if _json_kind(value) == "scalar":
                for each in group:
                    if _SIMPLE[each][0] is type(value) or each in ("any", "date"):
                        kind = each
                        break
            exact, dec = _decoder(kind)
            return value if type(value) is exact else dec(value, path)
        classes = [resolve(k) for k in group]
        return _choose(classes, value).from_dict(value, _path=path)

    return decode


def _richtext(value: Any, path: str) -> Any:
    # RichText is a string, an array of RichText, or one of the RichText* objects.
    if type(value) is str:
        return value
    if type(value) is list:
        return tuple(_richtext(each, f"{path}[{i}]") for i, each in enumerate(value))
    if isinstance(value, Mapping):
        return resolve("RichText").from_dict(value, _path=path)
    raise shape_error(path, "a string, an array or an object", value)


def _decoder(kind: Any) -> tuple[Optional[type], _Decode]:
    """(exact type needing no decoding, decoder) for a kind of the generated field plans."""
    if isinstance(kind, type):  # hand-declared models name their nested classes directly
        return None, _model_decoder(kind)
    if isinstance(kind, str):
        simple = _SIMPLE.get(kind)
        if simple is not None:
            return simple
        if kind == "richtext":
            return None, _richtext
        return None, _model_decoder(kind)
    if kind[0] == "list":
        exact, item = _decoder(kind[1])
        return None, _list_decoder(item, exact)
    return None, _union_decoder(kind[1:])


def _encode_date(value: datetime) -> int:
    if value.tzinfo is None:
        raise InvalidArgument(
            "a model date must be timezone-aware; got a naive datetime", parameter=None
        )
    return int(value.timestamp())


def encode_value(value: Any) -> Any:
    """A field value as JSON: models as objects, tuples as arrays, datetimes as Unix time."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [encode_value(each) for each in value]
    if isinstance(value, datetime):
        return _encode_date(value)
    return value


def _encoder(kind: Any) -> Optional[_Encode]:
    if kind in ("str", "int", "bool", "float", "any"):
        return None
    if kind == "date":
        return _encode_date
    return encode_value


def _choose(classes: list[type[Model]], data: Mapping[str, Any]) -> type[Model]:
    """The first class whose required (non-Boolean) fields are all in `data`, else the first."""
    for cls in classes:
        plan = _PLANS.get(cls) or _build_plan(cls)
        needed = plan.required.difference(plan.bools)
        names = {entry[0] for key, entry in plan.by_key.items() if key in data}
        if needed <= names:
            return cls
    return classes[0]


def _pick(cls: type[Model], data: Mapping[str, Any]) -> type[Model]:
    """The subtype of abstract `cls` that `data` describes; `cls` itself when none fits."""
    own = vars(cls)
    picker = own.get("_PICKER")
    if picker == "date_zero_is_inaccessible":
        # An inaccessible message is a Message with date 0 (Telegram's own marker).
        return resolve("InaccessibleMessage" if data.get("date") == 0 else "Message")
    key = own.get("_TAG_KEY")
    if key is not None:
        tag = data.get(key)
        # Only a str can name a subclass; a list or dict tag must not raise TypeError here.
        names = own["_TAGS"].get(tag) if isinstance(tag, str) else None
        if not names:
            return cls
        if len(names) == 1:
            return resolve(names[0])
        return _choose([resolve(n) for n in names], data)
    members = own.get("_MEMBERS")
    if members:
        chosen = _choose([resolve(n) for n in members], data)
        plan = _PLANS.get(chosen) or _build_plan(chosen)
        needed = plan.required.difference(plan.bools)
        names_present = {e[0] for k, e in plan.by_key.items() if k in data}
        return chosen if needed <= names_present else cls
    return cls


def _build_plan(cls: type[Model]) -> _Plan:
    spec = cls.__dict__.get("_SPEC")
    by_key: dict[str, tuple[str, Optional[type], _Decode]] = {}
    encoders: list[tuple[str, str, Optional[_Encode]]] = []
    required: set[str] = set()
    bools: list[str] = []
    if spec is not None:
        for name, key, kind, is_required in spec:
            exact, decode = _decoder(kind)
            by_key[key] = (name, exact, decode)
            encoders.append((name, key, _encoder(kind)))
            if is_required:
                required.add(name)
                if kind == "bool":
                    bools.append(name)
        # Instances are built by filling __dict__; absent optional fields read the class default.
        for attribute in attrs.fields(cast(Any, cls)):
            if attribute.default is not attrs.NOTHING:
                setattr(cls, attribute.name, attribute.default)
    else:
        _plan_from_hints(cls, by_key, encoders, required)
    # Only an abstract type itself (it declares how) chooses a subclass from the data.
    own = vars(cls)
    picks = "_TAG_KEY" in own or "_MEMBERS" in own or "_PICKER" in own
    picks = picks or any("_pick_class" in vars(k) for k in cls.__mro__ if k is not Model)
    fast = spec is not None and cls.__dictoffset__ != 0
    plan = _Plan(by_key, frozenset(required), tuple(bools), tuple(encoders), picks, fast)
    _PLANS[cls] = plan
    return plan


def _plan_from_hints(
    cls: type[Model],
    by_key: dict[str, tuple[str, Optional[type], _Decode]],
    encoders: list[tuple[str, str, Optional[_Encode]]],
    required: set[str],
) -> None:
    # Hand-declared models: the annotations say the types (resolved in the class's module).
    hints = typing.get_type_hints(cls)
    for attribute in attrs.fields(cast(Any, cls)):
        if attribute.name == "extra":
            continue
        key = attribute.metadata.get(JSON_KEY, attribute.name)
        kind = _kind_of_hint(hints[attribute.name])
        exact, decode = _decoder(kind) if kind is not None else (None, _pass)
        by_key[key] = (attribute.name, exact, decode)
        encoders.append((attribute.name, key, None if kind is None else _encoder(kind)))
        if attribute.default is attrs.NOTHING:
            required.add(attribute.name)


_HINT_KINDS = {str: "str", int: "int", bool: "bool", float: "float", datetime: "date"}


def _kind_of_hint(hint: Any) -> Any:
    if typing.get_origin(hint) is Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) != 1:
            return None  # a multi-type union passes through unchecked
        hint = args[0]
    if hint in _HINT_KINDS:
        return _HINT_KINDS[hint]
    if isinstance(hint, type) and issubclass(hint, Model):
        return hint
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if isinstance(item, type) and issubclass(item, Model):
            return ("list", item)
    return None


class Model:
    """The base of every Bot API model (frozen attrs classes).

    ``Model.from_dict(data)`` builds one from Bot API JSON and ``model.to_dict()`` gives the Bot
    API JSON back. Keys this version does not know are kept, read-only, in ``model.extra``.
    """

    __slots__ = ()

    extra: Mapping[str, Any]

    @classmethod
    def _pick_class(cls: type[M], data: Mapping[str, Any]) -> type[M]:
        return cast("type[M]", _pick(cls, data))

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any], *, _path: str = "") -> M:
        """Build the model from a Bot API JSON object; unknown keys go to ``extra``.

        A required Boolean that is missing reads as False (Telegram leaves false flags out).

        :raises InvalidResponse: `data` is not an object, lacks a required field, or a known
            field has the wrong JSON type; the message names the path (``chat.id``).
        """
        # type() first: JSON objects are dicts, and isinstance against the Mapping ABC is slow.
        if type(data) is not dict and not isinstance(data, Mapping):
            raise shape_error(_path or cls.__name__, "an object", data)
        plan = _PLANS.get(cls) or _build_plan(cls)
        if plan.picks:
            cls = cls._pick_class(data)
            plan = _PLANS.get(cls) or _build_plan(cls)
        by_key = plan.by_key
        kwargs: dict[str, Any] = {}
        extra: Optional[dict[str, Any]] = None
        for key, value in data.items():
            entry = by_key.get(key)
            if entry is None:
                if extra is None:
                    extra = {}
                extra[key] = value
            elif value is not None:
                name, exact, decode = entry
                if type(value) is exact:
                    kwargs[name] = value
                else:
                    kwargs[name] = decode(value, f"{_path}.{key}" if _path else key)
        if not kwargs.keys() >= plan.required:
            for name in plan.bools:
                kwargs.setdefault(name, False)
            if not kwargs.keys() >= plan.required:
                missing = sorted(plan.required.difference(kwargs))
                where = f"{_path}.{missing[0]}" if _path else missing[0]
                raise ShapeError(f"{cls.__name__}: missing required field {where}")
        if extra is not None:
            kwargs["extra"] = MappingProxyType(extra)
        if plan.fast:
            obj = _new(cls)
            _set(obj, "__dict__", kwargs)
            return obj
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        """Return the Bot API JSON object: Unix times, absent fields left out, extras kept."""
        cls = type(self)
        plan = _PLANS.get(cls) or _build_plan(cls)
        out: dict[str, Any] = {}
        for name, key, encode in plan.encoders:
            value = getattr(self, name)
            if value is not None:
                out[key] = value if encode is None else encode(value)
        if self.extra:
            out.update(self.extra)
        return out

    def __reduce__(self) -> tuple[Any, ...]:
        # The read-only ``extra`` mapping cannot be pickled itself: rebuild from plain fields
        # (not from to_dict(), which refuses a naive datetime a caller may have put in).
        cls = type(self)
        plan = _PLANS.get(cls) or _build_plan(cls)
        fields = {name: getattr(self, name) for name, _, _ in plan.encoders}
        fields["extra"] = dict(self.extra)
        return (_rebuild, (cls, fields))


def _rebuild(cls: type[M], fields: dict[str, Any]) -> M:
    """Unpickle a model: ``cls(**fields)``, with ``extra`` frozen again by its converter."""
    return cls(**fields)


def freeze_array(value: Iterable[Any]) -> tuple[Any, ...]:
    """An array given to a model's constructor (a list, say) stored as a tuple, nested ones too.

    Models are frozen and hashable, and ``from_dict`` gives tuples: a model built by hand with
    lists equals the same model decoded from JSON.
    """
    return tuple(freeze_array(v) if isinstance(v, (list, tuple)) else v for v in value)


def freeze_optional_array(value: Optional[Iterable[Any]]) -> Optional[tuple[Any, ...]]:
    """:func:`freeze_array` for an optional field: None stays None."""
    return None if value is None else freeze_array(value)


def extra_field() -> Any:
    """The ``extra`` attrs field every model declares last."""
    return attrs.field(default=EMPTY_EXTRA, repr=False, hash=False, converter=_freeze)


def _freeze(value: Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(value, MappingProxyType):
        return value
    return MappingProxyType(dict(value)) if value else EMPTY_EXTRA


class UpdateKindMixin:
    """Hand-written behaviour of the generated ``Update``: which kind of update it is."""

    __slots__ = ()

    _KINDS: ClassVar[tuple[str, ...]]
    extra: Mapping[str, Any]

    @property
    def kind(self) -> Optional[str]:
        """The name of the payload field, e.g. ``"message"``, or None if there is none.

        An update kind newer than this SDK is kept in ``extra``; its key is the kind then.
        """
        for name in self._KINDS:
            if getattr(self, name) is not None:
                return name
        return next(iter(self.extra), None)


def result_decoder(kind: Any) -> Callable[[Any], Any]:
    """How a method's ``result`` becomes its return value.

    `kind` is a generated result kind (see the module docstring; arrays become lists), or, for
    hand-written classes, ``bool`` (the result must be ``true``), ``str`` or a model class.
    """
    if kind is bool or kind == "bool":
        return _decode_true
    if kind is str:
        kind = "str"
    if isinstance(kind, type) and issubclass(kind, Model):
        cls = kind
        return lambda result: _model_decoder(cls)(result, "result")
    if isinstance(kind, tuple) and kind[0] == "union":
        # "Message or True": an object is the model, true is True.
        inner = _union_decoder(tuple(k for k in kind[1:] if k != "bool"))
        accepts_true = "bool" in kind[1:]

        def decode_union(result: Any) -> Any:
            if result is True and accepts_true:
                return True
            return inner(result, "result")

        return decode_union
    exact, decode = _decoder(kind)
    is_list = isinstance(kind, tuple) and kind[0] == "list"

    def decode_result(result: Any) -> Any:
        value: Any = result if type(result) is exact else decode(result, "result")
        return list(value) if is_list else value

    return decode_result


def _decode_true(result: Any) -> bool:
    if result is not True:
        raise ShapeError(f"expected the result true, got {result!r}")
    return True
