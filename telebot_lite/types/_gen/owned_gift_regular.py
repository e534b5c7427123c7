# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type OwnedGiftRegular."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import freeze_optional_array

from .owned_gift import OwnedGift

if TYPE_CHECKING:
    from .gift import Gift
    from .message_entity import MessageEntity
    from .user import User


@attrs.frozen(kw_only=True, slots=False)
class OwnedGiftRegular(OwnedGift):
    """Describes a regular gift owned by a user or a chat.

    See https://core.telegram.org/bots/api#ownedgiftregular
    """

    type: str = "regular"
    gift: Gift
    owned_gift_id: Optional[str] = None
    sender_user: Optional[User] = None
    text: Optional[str] = None
    entities: Optional[tuple[MessageEntity, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    is_private: Optional[bool] = None
    is_saved: Optional[bool] = None
    can_be_upgraded: Optional[bool] = None
    was_refunded: Optional[bool] = None
    convert_star_count: Optional[int] = None
    prepaid_upgrade_star_count: Optional[int] = None
    is_upgrade_separate: Optional[bool] = None
    unique_gift_number: Optional[int] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("gift", "gift", "Gift", 1),
        ("owned_gift_id", "owned_gift_id", "str", 0),
        ("sender_user", "sender_user", "User", 0),
        ("send_date", "send_date", "date", 1),
        ("text", "text", "str", 0),
        ("entities", "entities", ("list", "MessageEntity"), 0),
        ("is_private", "is_private", "bool", 0),
        ("is_saved", "is_saved", "bool", 0),
        ("can_be_upgraded", "can_be_upgraded", "bool", 0),
        ("was_refunded", "was_refunded", "bool", 0),
        ("convert_star_count", "convert_star_count", "int", 0),
        ("prepaid_upgrade_star_count", "prepaid_upgrade_star_count", "int", 0),
        ("is_upgrade_separate", "is_upgrade_separate", "bool", 0),
        ("unique_gift_number", "unique_gift_number", "int", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "regular")
