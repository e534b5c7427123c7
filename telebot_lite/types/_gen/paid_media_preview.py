# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PaidMediaPreview."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .paid_media import PaidMedia


@attrs.frozen(kw_only=True, slots=False)
class PaidMediaPreview(PaidMedia):
    """The paid media isn't available before the payment.

    See https://core.telegram.org/bots/api#paidmediapreview
    """

    type: str = "preview"
    width: Optional[int] = None
    height: Optional[int] = None
    duration: Optional[int] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("width", "width", "int", 0),
        ("height", "height", "int", 0),
        ("duration", "duration", "int", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "preview")
