# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputProfilePhotoStatic."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .input_profile_photo import InputProfilePhoto


@attrs.frozen(kw_only=True, slots=False)
class InputProfilePhotoStatic(InputProfilePhoto):
    """A static profile photo in the .JPG format.

    See https://core.telegram.org/bots/api#inputprofilephotostatic
    """

    type: str = "static"
    photo: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("photo", "photo", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "static")
    _FILES: ClassVar[tuple[str, ...]] = ("photo",)
