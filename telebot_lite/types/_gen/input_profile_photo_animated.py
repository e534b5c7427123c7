# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputProfilePhotoAnimated."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from .input_profile_photo import InputProfilePhoto


@attrs.frozen(kw_only=True, slots=False)
class InputProfilePhotoAnimated(InputProfilePhoto):
    """An animated profile photo in the MPEG4 format.

    See https://core.telegram.org/bots/api#inputprofilephotoanimated
    """

    type: str = "animated"
    animation: str
    main_frame_timestamp: Optional[float] = None

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("type", "type", "str", 1),
        ("animation", "animation", "str", 1),
        ("main_frame_timestamp", "main_frame_timestamp", "float", 0),
    )
    _TAG: ClassVar[tuple[str, str]] = ("type", "animated")
    _FILES: ClassVar[tuple[str, ...]] = ("animation",)
