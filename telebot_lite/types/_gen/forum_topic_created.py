# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ForumTopicCreated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ForumTopicCreated(Model):
    """This object represents a service message about a new forum topic created in the chat.

    See https://core.telegram.org/bots/api#forumtopiccreated
    """

    name: str
    icon_color: int
    icon_custom_emoji_id: Optional[str] = None
    is_name_implicit: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("name", "name", "str", 1),
        ("icon_color", "icon_color", "int", 1),
        ("icon_custom_emoji_id", "icon_custom_emoji_id", "str", 0),
        ("is_name_implicit", "is_name_implicit", "bool", 0),
    )
