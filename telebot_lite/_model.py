"""The base of every Bot API model: conversion between Bot API JSON dicts and frozen attrs classes.

Models are declared as plain ``@attrs.frozen(kw_only=True)`` classes whose annotations say the
Bot API types; this module derives, once per class, how each JSON key is checked and converted.
It never does I/O and never parses JSON text: it works on already-decoded dicts.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from datetime import datetime, timezone
from types import MappingProxyType
from typing import Any, Callable, ClassVar, Optional, TypeVar, Union, cast

import attrs

from ._errors import InvalidArgument

__all__ = ["EMPTY_EXTRA", "JSON_KEY", "Model"]

M = TypeVar("M", bound="Model")

#: Metadata key naming the JSON key of a field whose Python name differs (``from_user``).
JSON_KEY = "telebot_lite.json_key"

#: The shared, empty ``extra`` mapping of models that carried no unknown keys.
EMPTY_EXTRA: Mapping[str, Any] = MappingProxyType({})

_Decode = Callable[[Any, str], Any]
_Encode = Callable[[Any], Any]


class _Plan:
    """How one model class converts: its fields by JSON key, required names, encoders."""

    __slots__ = ("by_key", "encoders", "picks", "required")

    def __init__(
        self,
        by_key: dict[str, tuple[str, Optional[_Decode]]],
        required: frozenset[str],
        encoders: tuple[tuple[str, str, Optional[_Encode]], ...],
        picks: bool,
    ) -> None:
        self.by_key = by_key
        self.required = required
        self.encoders = encoders
        #: Whether the class chooses a subclass by the data (ChatMember by ``status``).
        self.picks = picks


_PLANS: dict[type, _Plan] = {}


def _shape_error(key: str, expected: str, value: Any) -> InvalidArgument:
    return InvalidArgument(f"{key}: expected {expected}, got {type(value).__name__}", parameter=key)


def _decode_str(value: Any, key: str) -> Any:
    if type(value) is str:
        return value
    raise _shape_error(key, "a string", value)


def _decode_int(value: Any, key: str) -> Any:
    if type(value) is int:
        return value
    raise _shape_error(key, "an integer", value)


def _decode_bool(value: Any, key: str) -> Any:
    if type(value) is bool:
        return value
    raise _shape_error(key, "a boolean", value)


def _decode_float(value: Any, key: str) -> Any:
    if type(value) in (float, int):
        return float(value)
    raise _shape_error(key, "a number", value)


def _decode_date(value: Any, key: str) -> Any:
    if type(value) is int:
        try:
            return datetime.fromtimestamp(value, timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    raise _shape_error(key, "a Unix time", value)


def _encode_date(value: datetime) -> int:
    if value.tzinfo is None:
        raise InvalidArgument(
            "a model date must be timezone-aware; got a naive datetime", parameter=None
        )
    return int(value.timestamp())


def _encode_model(value: Model) -> dict[str, Any]:
    return value.to_dict()


def _encode_models(value: tuple[Model, ...]) -> list[dict[str, Any]]:
    return [item.to_dict() for item in value]


_PRIMITIVES: dict[Any, tuple[_Decode, Optional[_Encode]]] = {
    str: (_decode_str, None),
    int: (_decode_int, None),
    bool: (_decode_bool, None),
    float: (_decode_float, None),
    datetime: (_decode_date, _encode_date),
}


def _model_decoder(cls: type[Model]) -> _Decode:
    def decode(value: Any, key: str) -> Any:
        if not isinstance(value, Mapping):
            raise _shape_error(key, "an object", value)
        return cls.from_dict(value, _path=key)

    return decode


def _models_decoder(cls: type[Model]) -> _Decode:
    def decode(value: Any, key: str) -> Any:
        if not isinstance(value, list):
            raise _shape_error(key, "an array", value)
        return tuple(cls.from_dict(item, _path=f"{key}[{i}]") for i, item in enumerate(value))

    return decode


def _strip_optional(hint: Any) -> Any:
    if typing.get_origin(hint) is Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def _converters(hint: Any) -> tuple[Optional[_Decode], Optional[_Encode]]:
    hint = _strip_optional(hint)
    if hint in _PRIMITIVES:
        return _PRIMITIVES[hint]
    if isinstance(hint, type) and issubclass(hint, Model):
        return _model_decoder(hint), _encode_model
    if typing.get_origin(hint) is tuple:
        item = typing.get_args(hint)[0]
        if isinstance(item, type) and issubclass(item, Model):
            return _models_decoder(item), _encode_models
    # Anything else (e.g. raw JSON kept as Any) passes through unchecked.
    return None, None


def _build_plan(cls: type[Model]) -> _Plan:
    # No globalns: get_type_hints then resolves each class's annotations in its own module.
    hints = typing.get_type_hints(cls)
    by_key: dict[str, tuple[str, Optional[_Decode]]] = {}
    encoders: list[tuple[str, str, Optional[_Encode]]] = []
    required: set[str] = set()
    for field in attrs.fields(cast(Any, cls)):
        if field.name == "extra":
            continue
        key = field.metadata.get(JSON_KEY, field.name)
        decode, encode = _converters(hints[field.name])
        by_key[key] = (field.name, decode)
        encoders.append((field.name, key, encode))
        if field.default is attrs.NOTHING:
            required.add(field.name)
    # Only a class that overrides _pick_class (ChatMember) chooses a subclass from the data.
    picks = any("_pick_class" in vars(k) for k in cls.__mro__ if k is not Model)
    plan = _Plan(by_key, frozenset(required), tuple(encoders), picks)
    _PLANS[cls] = plan
    return plan


class Model:
    """The base of every Bot API model (frozen attrs classes).

    ``Model.from_dict(data)`` builds one from Bot API JSON and ``model.to_dict()`` gives the Bot
    API JSON back. Keys this version does not know are kept, read-only, in ``model.extra``.
    """

    __slots__ = ()

    extra: Mapping[str, Any]

    #: Subclasses chosen by a discriminator field; see :meth:`_pick_class`.
    _subclass_key: ClassVar[Optional[str]] = None

    @classmethod
    def _pick_class(cls: type[M], data: Mapping[str, Any]) -> type[M]:
        return cls

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any], *, _path: str = "") -> M:
        """Build the model from a Bot API JSON object; unknown keys go to ``extra``.

        :raises InvalidArgument: `data` is not an object, lacks a required field, or a known
            field has the wrong JSON type.
        """
        # type() first: JSON objects are dicts, and isinstance against the Mapping ABC is slow.
        if type(data) is not dict and not isinstance(data, Mapping):
            raise _shape_error(_path or cls.__name__, "an object", data)
        plan = _PLANS.get(cls) or _build_plan(cls)
        if plan.picks:
            cls = cls._pick_class(data)
            plan = _PLANS.get(cls) or _build_plan(cls)
        by_key = plan.by_key
        kwargs: dict[str, Any] = {}
        extra: Optional[dict[str, Any]] = None
        prefix = f"{_path}." if _path else ""
        for key, value in data.items():
            entry = by_key.get(key)
            if entry is None:
                if extra is None:
                    extra = {}
                extra[key] = value
            elif value is not None:
                name, decode = entry
                if decode is None:
                    kwargs[name] = value
                else:
                    kwargs[name] = decode(value, prefix + key if prefix else key)
        if not plan.required.issubset(kwargs):
            missing = sorted(plan.required.difference(kwargs))
            raise InvalidArgument(
                f"{cls.__name__}: missing required field {prefix}{missing[0]}",
                parameter=prefix + missing[0],
            )
        if extra is not None:
            kwargs["extra"] = MappingProxyType(extra)
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


def extra_field() -> Any:
    """The ``extra`` attrs field every model declares last."""
    return attrs.field(default=EMPTY_EXTRA, repr=False, hash=False, converter=_freeze)


def _freeze(value: Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(value, MappingProxyType):
        return value
    return MappingProxyType(dict(value)) if value else EMPTY_EXTRA
