# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ForumTopicEdited."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ForumTopicEdited(Model):
    """This object represents a service message about an edited forum topic.

    See https://core.telegram.org/bots/api#forumtopicedited
    """

    name: Optional[str] = None
    icon_custom_emoji_id: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("name", "name", "str", 0),
        ("icon_custom_emoji_id", "icon_custom_emoji_id", "str", 0),
    )
