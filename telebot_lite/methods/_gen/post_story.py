# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method postStory."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Optional, Union

import attrs

from telebot_lite.methods._base import SECONDS, TIME, Duration, Method, check_seconds

if TYPE_CHECKING:
    from telebot_lite.types._gen.input_story_content import InputStoryContent
    from telebot_lite.types._gen.message_entity import MessageEntity
    from telebot_lite.types._gen.story import Story  # noqa: F401
    from telebot_lite.types._gen.story_area import StoryArea


@attrs.frozen(kw_only=True)
class PostStory(Method["Story"]):
    """Posts a story on behalf of a managed business account. Requires the can_manage_stories
    business bot right. Returns Story on success.

    See https://core.telegram.org/bots/api#poststory
    """

    api_method: ClassVar[str] = "postStory"
    result_type: ClassVar[Any] = "Story"

    business_connection_id: str
    content: Union[InputStoryContent, Mapping[str, Any]]
    active_period: Duration = attrs.field(validator=check_seconds, metadata={TIME: SECONDS})
    caption: Optional[str] = None
    parse_mode: Optional[str] = None
    caption_entities: Optional[Sequence[Union[MessageEntity, Mapping[str, Any]]]] = None
    areas: Optional[Sequence[Union[StoryArea, Mapping[str, Any]]]] = None
    post_to_chat_page: Optional[bool] = None
    protect_content: Optional[bool] = None
