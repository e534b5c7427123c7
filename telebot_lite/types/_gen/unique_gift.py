# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type UniqueGift."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .chat import Chat
    from .unique_gift_backdrop import UniqueGiftBackdrop
    from .unique_gift_colors import UniqueGiftColors
    from .unique_gift_model import UniqueGiftModel
    from .unique_gift_symbol import UniqueGiftSymbol


@attrs.frozen(kw_only=True, slots=False)
class UniqueGift(Model):
    """This object describes a unique gift that was upgraded from a regular gift.

    See https://core.telegram.org/bots/api#uniquegift
    """

    gift_id: str
    base_name: str
    name: str
    number: int
    model: UniqueGiftModel
    symbol: UniqueGiftSymbol
    backdrop: UniqueGiftBackdrop
    is_premium: Optional[bool] = None
    is_burned: Optional[bool] = None
    is_from_blockchain: Optional[bool] = None
    colors: Optional[UniqueGiftColors] = None
    publisher_chat: Optional[Chat] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("gift_id", "gift_id", "str", 1),
        ("base_name", "base_name", "str", 1),
        ("name", "name", "str", 1),
        ("number", "number", "int", 1),
        ("model", "model", "UniqueGiftModel", 1),
        ("symbol", "symbol", "UniqueGiftSymbol", 1),
        ("backdrop", "backdrop", "UniqueGiftBackdrop", 1),
        ("is_premium", "is_premium", "bool", 0),
        ("is_burned", "is_burned", "bool", 0),
        ("is_from_blockchain", "is_from_blockchain", "bool", 0),
        ("colors", "colors", "UniqueGiftColors", 0),
        ("publisher_chat", "publisher_chat", "Chat", 0),
    )
