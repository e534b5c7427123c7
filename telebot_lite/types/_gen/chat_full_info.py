# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatFullInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from datetime import datetime

    from .accepted_gift_types import AcceptedGiftTypes
    from .audio import Audio
    from .birthdate import Birthdate
    from .business_intro import BusinessIntro
    from .business_location import BusinessLocation
    from .business_opening_hours import BusinessOpeningHours
    from .chat import Chat
    from .chat_location import ChatLocation
    from .chat_permissions import ChatPermissions
    from .chat_photo import ChatPhoto
    from .community import Community
    from .message import Message
    from .reaction_type import ReactionType
    from .unique_gift_colors import UniqueGiftColors
    from .user import User
    from .user_rating import UserRating


@attrs.frozen(kw_only=True, slots=False)
class ChatFullInfo(Model):
    """This object contains full information about a chat.

    See https://core.telegram.org/bots/api#chatfullinfo
    """

    id: int
    type: str
    title: Optional[str] = None
    username: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    is_forum: Optional[bool] = None
    is_direct_messages: Optional[bool] = None
    accent_color_id: int
    max_reaction_count: int
    photo: Optional[ChatPhoto] = None
    active_usernames: Optional[tuple[str, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    birthdate: Optional[Birthdate] = None
    business_intro: Optional[BusinessIntro] = None
    business_location: Optional[BusinessLocation] = None
    business_opening_hours: Optional[BusinessOpeningHours] = None
    personal_chat: Optional[Chat] = None
    parent_chat: Optional[Chat] = None
    available_reactions: Optional[tuple[ReactionType, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    background_custom_emoji_id: Optional[str] = None
    profile_accent_color_id: Optional[int] = None
    profile_background_custom_emoji_id: Optional[str] = None
    emoji_status_custom_emoji_id: Optional[str] = None
    emoji_status_expiration_date: Optional[datetime] = None
    bio: Optional[str] = None
    has_private_forwards: Optional[bool] = None
    has_restricted_voice_and_video_messages: Optional[bool] = None
    join_to_send_messages: Optional[bool] = None
    join_by_request: Optional[bool] = None
    description: Optional[str] = None
    invite_link: Optional[str] = None
    pinned_message: Optional[Message] = None
    permissions: Optional[ChatPermissions] = None
    accepted_gift_types: AcceptedGiftTypes
    can_send_paid_media: Optional[bool] = None
    slow_mode_delay: Optional[int] = None
    unrestrict_boost_count: Optional[int] = None
    message_auto_delete_time: Optional[int] = None
    has_aggressive_anti_spam_enabled: Optional[bool] = None
    has_hidden_members: Optional[bool] = None
    has_protected_content: Optional[bool] = None
    has_visible_history: Optional[bool] = None
    sticker_set_name: Optional[str] = None
    can_set_sticker_set: Optional[bool] = None
    custom_emoji_sticker_set_name: Optional[str] = None
    linked_chat_id: Optional[int] = None
    location: Optional[ChatLocation] = None
    rating: Optional[UserRating] = None
    first_profile_audio: Optional[Audio] = None
    unique_gift_colors: Optional[UniqueGiftColors] = None
    paid_message_star_count: Optional[int] = None
    guard_bot: Optional[User] = None
    community: Optional[Community] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "int", 1),
        ("type", "type", "str", 1),
        ("title", "title", "str", 0),
        ("username", "username", "str", 0),
        ("first_name", "first_name", "str", 0),
        ("last_name", "last_name", "str", 0),
        ("is_forum", "is_forum", "bool", 0),
        ("is_direct_messages", "is_direct_messages", "bool", 0),
        ("accent_color_id", "accent_color_id", "int", 1),
        ("max_reaction_count", "max_reaction_count", "int", 1),
        ("photo", "photo", "ChatPhoto", 0),
        ("active_usernames", "active_usernames", ("list", "str"), 0),
        ("birthdate", "birthdate", "Birthdate", 0),
        ("business_intro", "business_intro", "BusinessIntro", 0),
        ("business_location", "business_location", "BusinessLocation", 0),
        ("business_opening_hours", "business_opening_hours", "BusinessOpeningHours", 0),
        ("personal_chat", "personal_chat", "Chat", 0),
        ("parent_chat", "parent_chat", "Chat", 0),
        ("available_reactions", "available_reactions", ("list", "ReactionType"), 0),
        ("background_custom_emoji_id", "background_custom_emoji_id", "str", 0),
        ("profile_accent_color_id", "profile_accent_color_id", "int", 0),
        ("profile_background_custom_emoji_id", "profile_background_custom_emoji_id", "str", 0),
        ("emoji_status_custom_emoji_id", "emoji_status_custom_emoji_id", "str", 0),
        ("emoji_status_expiration_date", "emoji_status_expiration_date", "date", 0),
        ("bio", "bio", "str", 0),
        ("has_private_forwards", "has_private_forwards", "bool", 0),
        (
            "has_restricted_voice_and_video_messages",
            "has_restricted_voice_and_video_messages",
            "bool",
            0,
        ),
        ("join_to_send_messages", "join_to_send_messages", "bool", 0),
        ("join_by_request", "join_by_request", "bool", 0),
        ("description", "description", "str", 0),
        ("invite_link", "invite_link", "str", 0),
        ("pinned_message", "pinned_message", "Message", 0),
        ("permissions", "permissions", "ChatPermissions", 0),
        ("accepted_gift_types", "accepted_gift_types", "AcceptedGiftTypes", 1),
        ("can_send_paid_media", "can_send_paid_media", "bool", 0),
        ("slow_mode_delay", "slow_mode_delay", "int", 0),
        ("unrestrict_boost_count", "unrestrict_boost_count", "int", 0),
        ("message_auto_delete_time", "message_auto_delete_time", "int", 0),
        ("has_aggressive_anti_spam_enabled", "has_aggressive_anti_spam_enabled", "bool", 0),
        ("has_hidden_members", "has_hidden_members", "bool", 0),
        ("has_protected_content", "has_protected_content", "bool", 0),
        ("has_visible_history", "has_visible_history", "bool", 0),
        ("sticker_set_name", "sticker_set_name", "str", 0),
        ("can_set_sticker_set", "can_set_sticker_set", "bool", 0),
        ("custom_emoji_sticker_set_name", "custom_emoji_sticker_set_name", "str", 0),
        ("linked_chat_id", "linked_chat_id", "int", 0),
        ("location", "location", "ChatLocation", 0),
        ("rating", "rating", "UserRating", 0),
        ("first_profile_audio", "first_profile_audio", "Audio", 0),
        ("unique_gift_colors", "unique_gift_colors", "UniqueGiftColors", 0),
        ("paid_message_star_count", "paid_message_star_count", "int", 0),
        ("guard_bot", "guard_bot", "User", 0),
        ("community", "community", "Community", 0),
    )
