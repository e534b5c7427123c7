# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputRichBlock."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class InputRichBlock(Model):
    """This object represents a block in a rich formatted message to be sent. Currently, it can be
    any of the following types:
    - InputRichBlockParagraph
    - InputRichBlockSectionHeading
    - InputRichBlockPreformatted
    - InputRichBlockFooter
    - InputRichBlockDivider
    - InputRichBlockMathematicalExpression
    - InputRichBlockAnchor
    - InputRichBlockList
    - InputRichBlockBlockQuotation
    - InputRichBlockPullQuotation
    - InputRichBlockCollage
    - InputRichBlockSlideshow
    - InputRichBlockTable
    - InputRichBlockDetails
    - InputRichBlockMap
    - InputRichBlockAnimation
    - InputRichBlockAudio
    - InputRichBlockPhoto
    - InputRichBlockVideo
    - InputRichBlockVoiceNote
    - InputRichBlockThinking

    See https://core.telegram.org/bots/api#inputrichblock
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "paragraph": ("InputRichBlockParagraph",),
        "heading": ("InputRichBlockSectionHeading",),
        "pre": ("InputRichBlockPreformatted",),
        "footer": ("InputRichBlockFooter",),
        "divider": ("InputRichBlockDivider",),
        "mathematical_expression": ("InputRichBlockMathematicalExpression",),
        "anchor": ("InputRichBlockAnchor",),
        "list": ("InputRichBlockList",),
        "blockquote": ("InputRichBlockBlockQuotation",),
        "pullquote": ("InputRichBlockPullQuotation",),
        "collage": ("InputRichBlockCollage",),
        "slideshow": ("InputRichBlockSlideshow",),
        "table": ("InputRichBlockTable",),
        "details": ("InputRichBlockDetails",),
        "map": ("InputRichBlockMap",),
        "animation": ("InputRichBlockAnimation",),
        "audio": ("InputRichBlockAudio",),
        "photo": ("InputRichBlockPhoto",),
        "video": ("InputRichBlockVideo",),
        "voice_note": ("InputRichBlockVoiceNote",),
        "thinking": ("InputRichBlockThinking",),
    }
