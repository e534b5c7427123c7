# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichTextDateTime."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from .rich_text import RichText

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class RichTextDateTime(RichText):
    """Formatted date and time.

    See https://core.telegram.org/bots/api#richtextdatetime
    """

    type: str = "date_time"
    text: Union[str, tuple[Any, ...], RichText]
    unix_time: datetime
    date_time_format: str

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("text", "text", "richtext", 1),
        ("unix_time", "unix_time", "date", 1),
        ("date_time_format", "date_time_format", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "date_time")
