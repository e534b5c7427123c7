# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatMemberRestricted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from .chat_member import ChatMember

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class ChatMemberRestricted(ChatMember):
    """Represents a chat member that is under certain restrictions in the chat. Supergroups only.

    See https://core.telegram.org/bots/api#chatmemberrestricted
    """

    status: str = "restricted"
    tag: Optional[str] = None
    is_member: bool
    can_send_messages: bool
    can_send_audios: bool
    can_send_documents: bool
    can_send_photos: bool
    can_send_videos: bool
    can_send_video_notes: bool
    can_send_voice_notes: bool
    can_send_polls: bool
    can_send_other_messages: bool
    can_add_web_page_previews: bool
    can_react_to_messages: bool
    can_edit_tag: bool
    can_change_info: bool
    can_invite_users: bool
    can_pin_messages: bool
    can_manage_topics: bool
    until_date: datetime

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("status", "status", "str", 1),
        ("tag", "tag", "str", 0),
        ("user", "user", "User", 1),
        ("is_member", "is_member", "bool", 1),
        ("can_send_messages", "can_send_messages", "bool", 1),
        ("can_send_audios", "can_send_audios", "bool", 1),
        ("can_send_documents", "can_send_documents", "bool", 1),
        ("can_send_photos", "can_send_photos", "bool", 1),
        ("can_send_videos", "can_send_videos", "bool", 1),
        ("can_send_video_notes", "can_send_video_notes", "bool", 1),
        ("can_send_voice_notes", "can_send_voice_notes", "bool", 1),
        ("can_send_polls", "can_send_polls", "bool", 1),
        ("can_send_other_messages", "can_send_other_messages", "bool", 1),
        ("can_add_web_page_previews", "can_add_web_page_previews", "bool", 1),
        ("can_react_to_messages", "can_react_to_messages", "bool", 1),
        ("can_edit_tag", "can_edit_tag", "bool", 1),
        ("can_change_info", "can_change_info", "bool", 1),
        ("can_invite_users", "can_invite_users", "bool", 1),
        ("can_pin_messages", "can_pin_messages", "bool", 1),
        ("can_manage_topics", "can_manage_topics", "bool", 1),
        ("until_date", "until_date", "date", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("status", "restricted")
