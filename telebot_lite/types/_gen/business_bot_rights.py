# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type BusinessBotRights."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class BusinessBotRights(Model):
    """Represents the rights of a business bot.

    See https://core.telegram.org/bots/api#businessbotrights
    """

    can_reply: Optional[bool] = None
    can_read_messages: Optional[bool] = None
    can_delete_sent_messages: Optional[bool] = None
    can_delete_all_messages: Optional[bool] = None
    can_edit_name: Optional[bool] = None
    can_edit_bio: Optional[bool] = None
    can_edit_profile_photo: Optional[bool] = None
    can_edit_username: Optional[bool] = None
    can_change_gift_settings: Optional[bool] = None
    can_view_gifts_and_stars: Optional[bool] = None
    can_convert_gifts_to_stars: Optional[bool] = None
    can_transfer_and_upgrade_gifts: Optional[bool] = None
    can_transfer_stars: Optional[bool] = None
    can_manage_stories: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("can_reply", "can_reply", "bool", 0),
        ("can_read_messages", "can_read_messages", "bool", 0),
        ("can_delete_sent_messages", "can_delete_sent_messages", "bool", 0),
        ("can_delete_all_messages", "can_delete_all_messages", "bool", 0),
        ("can_edit_name", "can_edit_name", "bool", 0),
        ("can_edit_bio", "can_edit_bio", "bool", 0),
        ("can_edit_profile_photo", "can_edit_profile_photo", "bool", 0),
        ("can_edit_username", "can_edit_username", "bool", 0),
        ("can_change_gift_settings", "can_change_gift_settings", "bool", 0),
        ("can_view_gifts_and_stars", "can_view_gifts_and_stars", "bool", 0),
        ("can_convert_gifts_to_stars", "can_convert_gifts_to_stars", "bool", 0),
        ("can_transfer_and_upgrade_gifts", "can_transfer_and_upgrade_gifts", "bool", 0),
        ("can_transfer_stars", "can_transfer_stars", "bool", 0),
        ("can_manage_stories", "can_manage_stories", "bool", 0),
    )
