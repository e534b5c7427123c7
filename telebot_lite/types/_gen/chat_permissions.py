# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type ChatPermissions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class ChatPermissions(Model):
    """Describes actions that a non-administrator user is allowed to take in a chat.

    See https://core.telegram.org/bots/api#chatpermissions
    """

    can_send_messages: Optional[bool] = None
    can_send_audios: Optional[bool] = None
    can_send_documents: Optional[bool] = None
    can_send_photos: Optional[bool] = None
    can_send_videos: Optional[bool] = None
    can_send_video_notes: Optional[bool] = None
    can_send_voice_notes: Optional[bool] = None
    can_send_polls: Optional[bool] = None
    can_send_other_messages: Optional[bool] = None
    can_add_web_page_previews: Optional[bool] = None
    can_react_to_messages: Optional[bool] = None
    can_edit_tag: Optional[bool] = None
    can_change_info: Optional[bool] = None
    can_invite_users: Optional[bool] = None
    can_pin_messages: Optional[bool] = None
    can_manage_topics: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("can_send_messages", "can_send_messages", "bool", 0),
        ("can_send_audios", "can_send_audios", "bool", 0),
        ("can_send_documents", "can_send_documents", "bool", 0),
        ("can_send_photos", "can_send_photos", "bool", 0),
        ("can_send_videos", "can_send_videos", "bool", 0),
        ("can_send_video_notes", "can_send_video_notes", "bool", 0),
        ("can_send_voice_notes", "can_send_voice_notes", "bool", 0),
        ("can_send_polls", "can_send_polls", "bool", 0),
        ("can_send_other_messages", "can_send_other_messages", "bool", 0),
        ("can_add_web_page_previews", "can_add_web_page_previews", "bool", 0),
        ("can_react_to_messages", "can_react_to_messages", "bool", 0),
        ("can_edit_tag", "can_edit_tag", "bool", 0),
        ("can_change_info", "can_change_info", "bool", 0),
        ("can_invite_users", "can_invite_users", "bool", 0),
        ("can_pin_messages", "can_pin_messages", "bool", 0),
        ("can_manage_topics", "can_manage_topics", "bool", 0),
    )
