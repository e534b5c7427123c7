# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method giftPremiumSubscription."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.message_entity import MessageEntity


@attrs.frozen(kw_only=True)
class GiftPremiumSubscription(Method["bool"]):
    """Gifts a Telegram Premium subscription to the given user. Returns True on success.

    See https://core.telegram.org/bots/api#giftpremiumsubscription
    """

    api_method: ClassVar[str] = "giftPremiumSubscription"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    month_count: int
    star_count: int
    text: Optional[str] = None
    text_parse_mode: Optional[str] = None
    text_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
