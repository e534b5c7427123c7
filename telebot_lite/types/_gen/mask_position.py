# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type MaskPosition."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class MaskPosition(Model):
    """This object describes the position on faces where a mask should be placed by default.

    See https://core.telegram.org/bots/api#maskposition
    """

    point: str
    x_shift: float
    y_shift: float
    scale: float
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("point", "point", "str", 1),
        ("x_shift", "x_shift", "float", 1),
        ("y_shift", "y_shift", "float", 1),
        ("scale", "scale", "float", 1),
    )
