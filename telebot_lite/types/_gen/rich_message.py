# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .rich_block import RichBlock


@attrs.frozen(kw_only=True, slots=False)
class RichMessage(Model):
    """Rich formatted message.

    See https://core.telegram.org/bots/api#richmessage
    """

    blocks: tuple[RichBlock, ...] = attrs.field(converter=freeze_array)
    is_rtl: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("blocks", "blocks", ("list", "RichBlock"), 1),
        ("is_rtl", "is_rtl", "bool", 0),
    )
