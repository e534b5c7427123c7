# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BackgroundFillSolid."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .background_fill import BackgroundFill


@attrs.frozen(kw_only=True, slots=False)
class BackgroundFillSolid(BackgroundFill):
    """The background is filled using the selected color.

    See https://core.telegram.org/bots/api#backgroundfillsolid
    """

    type: str = "solid"
    color: int

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("color", "color", "int", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "solid")
