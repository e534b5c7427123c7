# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockListItem."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_array

if TYPE_CHECKING:
    from .rich_block import RichBlock


@attrs.frozen(kw_only=True, slots=False)
class RichBlockListItem(Model):
    """An item of a list.

    See https://core.telegram.org/bots/api#richblocklistitem
    """

    label: str
    blocks: tuple[RichBlock, ...] = attrs.field(converter=freeze_array)
    has_checkbox: Optional[bool] = None
    is_checked: Optional[bool] = None
    value: Optional[int] = None
    type: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("label", "label", "str", 1),
        ("blocks", "blocks", ("list", "RichBlock"), 1),
        ("has_checkbox", "has_checkbox", "bool", 0),
        ("is_checked", "is_checked", "bool", 0),
        ("value", "value", "int", 0),
        ("type", "type", "str", 0),
    )
