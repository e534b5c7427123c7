# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type LinkPreviewOptions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class LinkPreviewOptions(Model):
    """Describes the options used for link preview generation.

    See https://core.telegram.org/bots/api#linkpreviewoptions
    """

    is_disabled: Optional[bool] = None
    url: Optional[str] = None
    prefer_small_media: Optional[bool] = None
    prefer_large_media: Optional[bool] = None
    show_above_text: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("is_disabled", "is_disabled", "bool", 0),
        ("url", "url", "str", 0),
        ("prefer_small_media", "prefer_small_media", "bool", 0),
        ("prefer_large_media", "prefer_large_media", "bool", 0),
        ("show_above_text", "show_above_text", "bool", 0),
    )
