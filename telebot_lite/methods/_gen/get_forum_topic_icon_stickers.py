# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getForumTopicIconStickers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.sticker import Sticker  # noqa: F401


@attrs.frozen(kw_only=True)
class GetForumTopicIconStickers(Method["list[Sticker]"]):
    """Use this method to get custom emoji stickers, which can be used as a forum topic icon by any
    user. Requires no parameters. Returns an Array of Sticker objects.

    See https://core.telegram.org/bots/api#getforumtopiciconstickers
    """

    api_method: ClassVar[str] = "getForumTopicIconStickers"
    result_type: ClassVar[Any] = ("list", "Sticker")
