# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputStoryContentPhoto."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .input_story_content import InputStoryContent


@attrs.frozen(kw_only=True, slots=False)
class InputStoryContentPhoto(InputStoryContent):
    """Describes a photo to post as a story.

    See https://core.telegram.org/bots/api#inputstorycontentphoto
    """

    type: str = "photo"
    photo: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("photo", "photo", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "photo")
    _FILES: ClassVar[tuple[str, ...]] = ("photo",)
