# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichMessage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from .input_rich_block import InputRichBlock
    from .input_rich_message_media import InputRichMessageMedia


@attrs.frozen(kw_only=True, slots=False)
class InputRichMessage(Model):
    """Describes a rich message to be sent. Exactly one of the fields html, markdown, or blocks must
    be used.

    See https://core.telegram.org/bots/api#inputrichmessage
    """

    blocks: Optional[tuple[InputRichBlock, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    html: Optional[str] = None
    markdown: Optional[str] = None
    media: Optional[tuple[InputRichMessageMedia, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    is_rtl: Optional[bool] = None
    skip_entity_detection: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("blocks", "blocks", ("list", "InputRichBlock"), 0),
        ("html", "html", "str", 0),
        ("markdown", "markdown", "str", 0),
        ("media", "media", ("list", "InputRichMessageMedia"), 0),
        ("is_rtl", "is_rtl", "bool", 0),
        ("skip_entity_detection", "skip_entity_detection", "bool", 0),
    )
