# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type GiftInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .gift import Gift
    from .message_entity import MessageEntity


@attrs.frozen(kw_only=True, slots=False)
class GiftInfo(Model):
    """Describes a service message about a regular gift that was sent or received.

    See https://core.telegram.org/bots/api#giftinfo
    """

    gift: Gift
    owned_gift_id: Optional[str] = None
    convert_star_count: Optional[int] = None
    prepaid_upgrade_star_count: Optional[int] = None
    is_upgrade_separate: Optional[bool] = None
    can_be_upgraded: Optional[bool] = None
    text: Optional[str] = None
    entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    is_private: Optional[bool] = None
    unique_gift_number: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("gift", "gift", "Gift", 1),
        ("owned_gift_id", "owned_gift_id", "str", 0),
        ("convert_star_count", "convert_star_count", "int", 0),
        ("prepaid_upgrade_star_count", "prepaid_upgrade_star_count", "int", 0),
        ("is_upgrade_separate", "is_upgrade_separate", "bool", 0),
        ("can_be_upgraded", "can_be_upgraded", "bool", 0),
        ("text", "text", "str", 0),
        ("entities", "entities", ("list", "MessageEntity"), 0),
        ("is_private", "is_private", "bool", 0),
        ("unique_gift_number", "unique_gift_number", "int", 0),
    )
