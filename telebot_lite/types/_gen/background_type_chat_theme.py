# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundTypeChatTheme."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .background_type import BackgroundType


@attrs.frozen(kw_only=True, slots=False)
class BackgroundTypeChatTheme(BackgroundType):
    """The background is taken directly from a built-in chat theme.

    See https://core.telegram.org/bots/api#backgroundtypechattheme
    """

    type: str = "chat_theme"
    theme_name: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("theme_name", "theme_name", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "chat_theme")
