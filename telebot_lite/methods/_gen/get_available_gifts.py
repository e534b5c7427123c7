# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getAvailableGifts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.gifts import Gifts  # noqa: F401


@attrs.frozen(kw_only=True)
class GetAvailableGifts(Method["Gifts"]):
    """Returns the list of gifts that can be sent by the bot to users and channel chats. Requires no
    parameters. Returns a Gifts object.

    See https://core.telegram.org/bots/api#getavailablegifts
    """

    api_method: ClassVar[str] = "getAvailableGifts"
    result_type: ClassVar[Any] = "Gifts"
