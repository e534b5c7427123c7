# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method repostStory."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import SECONDS, TIME, Duration, Method, check_seconds

if TYPE_CHECKING:
    from telebot_lite.types._gen.story import Story  # noqa: F401


@attrs.frozen(kw_only=True)
class RepostStory(Method["Story"]):
    """Reposts a story on behalf of a business account from another business account. Both business
    accounts must be managed by the same bot, and the story on the source account must have been
    posted (or reposted) by the bot. Requires the can_manage_stories business bot right for both
    business accounts. Returns Story on success.

    See https://core.telegram.org/bots/api#repoststory
    """

    api_method: ClassVar[str] = "repostStory"
    result_type: ClassVar[Any] = "Story"

    business_connection_id: str
    from_chat_id: int
    from_story_id: int
    active_period: Duration = attrs.field(validator=check_seconds, metadata={TIME: SECONDS})
    post_to_chat_page: Optional[bool] = None
    protect_content: Optional[bool] = None
