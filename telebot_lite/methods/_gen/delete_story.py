# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteStory."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class DeleteStory(Method["bool"]):
    """Deletes a story previously posted by the bot on behalf of a managed business account.
    Requires the can_manage_stories business bot right. Returns True on success.

    See https://core.telegram.org/bots/api#deletestory
    """

    api_method: ClassVar[str] = "deleteStory"
    result_type: ClassVar[Any] = "bool"

    business_connection_id: str
    story_id: int
