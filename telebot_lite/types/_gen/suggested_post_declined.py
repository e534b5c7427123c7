# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type SuggestedPostDeclined."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field

if TYPE_CHECKING:
    from .message import Message


@attrs.frozen(kw_only=True, slots=False)
class SuggestedPostDeclined(Model):
    """Describes a service message about the rejection of a suggested post.

    See https://core.telegram.org/bots/api#suggestedpostdeclined
    """

    suggested_post_message: Optional[Message] = None
    comment: Optional[str] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("suggested_post_message", "suggested_post_message", "Message", 0),
        ("comment", "comment", "str", 0),
    )
