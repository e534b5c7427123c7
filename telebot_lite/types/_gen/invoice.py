# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type Invoice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class Invoice(Model):
    """This object contains basic information about an invoice.

    See https://core.telegram.org/bots/api#invoice
    """

    title: str
    description: str
    start_parameter: str
    currency: str
    total_amount: int
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("title", "title", "str", 1),
        ("description", "description", "str", 1),
        ("start_parameter", "start_parameter", "str", 1),
        ("currency", "currency", "str", 1),
        ("total_amount", "total_amount", "int", 1),
    )
