# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichBlock."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class RichBlock(Model):
    """This object represents a block in a rich formatted message. Currently, it can be any of the
    following types:
    - RichBlockParagraph
    - RichBlockSectionHeading
    - RichBlockPreformatted
    - RichBlockFooter
    - RichBlockDivider
    - RichBlockMathematicalExpression
    - RichBlockAnchor
    - RichBlockList
    - RichBlockBlockQuotation
    - RichBlockPullQuotation
    - RichBlockCollage
    - RichBlockSlideshow
    - RichBlockTable
    - RichBlockDetails
    - RichBlockMap
    - RichBlockAnimation
    - RichBlockAudio
    - RichBlockPhoto
    - RichBlockVideo
    - RichBlockVoiceNote
    - RichBlockThinking

    See https://core.telegram.org/bots/api#richblock
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "paragraph": ("RichBlockParagraph",),
        "heading": ("RichBlockSectionHeading",),
        "pre": ("RichBlockPreformatted",),
        "footer": ("RichBlockFooter",),
        "divider": ("RichBlockDivider",),
        "mathematical_expression": ("RichBlockMathematicalExpression",),
        "anchor": ("RichBlockAnchor",),
        "list": ("RichBlockList",),
        "blockquote": ("RichBlockBlockQuotation",),
        "pullquote": ("RichBlockPullQuotation",),
        "collage": ("RichBlockCollage",),
        "slideshow": ("RichBlockSlideshow",),
        "table": ("RichBlockTable",),
        "details": ("RichBlockDetails",),
        "map": ("RichBlockMap",),
        "animation": ("RichBlockAnimation",),
        "audio": ("RichBlockAudio",),
        "photo": ("RichBlockPhoto",),
        "video": ("RichBlockVideo",),
        "voice_note": ("RichBlockVoiceNote",),
        "thinking": ("RichBlockThinking",),
    }
