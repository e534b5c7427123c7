# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type RichText."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class RichText(Model):
    """This object represents a rich formatted text. Currently, it can be either a String for plain
    text, an Array of RichText, or any of the following types:
    - RichTextBold
    - RichTextItalic
    - RichTextUnderline
    - RichTextStrikethrough
    - RichTextSpoiler
    - RichTextDateTime
    - RichTextTextMention
    - RichTextSubscript
    - RichTextSuperscript
    - RichTextMarked
    - RichTextCode
    - RichTextCustomEmoji
    - RichTextMathematicalExpression
    - RichTextUrl
    - RichTextEmailAddress
    - RichTextPhoneNumber
    - RichTextBankCardNumber
    - RichTextMention
    - RichTextHashtag
    - RichTextCashtag
    - RichTextBotCommand
    - RichTextAnchor
    - RichTextAnchorLink
    - RichTextReference
    - RichTextReferenceLink

    See https://core.telegram.org/bots/api#richtext
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "bold": ("RichTextBold",),
        "italic": ("RichTextItalic",),
        "underline": ("RichTextUnderline",),
        "strikethrough": ("RichTextStrikethrough",),
        "spoiler": ("RichTextSpoiler",),
        "date_time": ("RichTextDateTime",),
        "text_mention": ("RichTextTextMention",),
        "subscript": ("RichTextSubscript",),
        "superscript": ("RichTextSuperscript",),
        "marked": ("RichTextMarked",),
        "code": ("RichTextCode",),
        "custom_emoji": ("RichTextCustomEmoji",),
        "mathematical_expression": ("RichTextMathematicalExpression",),
        "url": ("RichTextUrl",),
        "email_address": ("RichTextEmailAddress",),
        "phone_number": ("RichTextPhoneNumber",),
        "bank_card_number": ("RichTextBankCardNumber",),
        "mention": ("RichTextMention",),
        "hashtag": ("RichTextHashtag",),
        "cashtag": ("RichTextCashtag",),
        "bot_command": ("RichTextBotCommand",),
        "anchor": ("RichTextAnchor",),
        "anchor_link": ("RichTextAnchorLink",),
        "reference": ("RichTextReference",),
        "reference_link": ("RichTextReferenceLink",),
    }
