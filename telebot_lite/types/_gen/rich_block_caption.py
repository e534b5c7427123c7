# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlockCaption."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .rich_text import RichText


@attrs.frozen(kw_only=True, slots=False)
class RichBlockCaption(Model):
    """Caption of a rich formatted block.

    See https://core.telegram.org/bots/api#richblockcaption
    """

    text: Union[str, tuple[Any, ...], RichText]
    credit: Optional[Union[str, tuple[Any, ...], RichText]] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("text", "text", "richtext", 1),
        ("credit", "credit", "richtext", 0),
    )
