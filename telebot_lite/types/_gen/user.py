# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type User."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class User(Model):
    """A Telegram user or bot.

    See https://core.telegram.org/bots/api#user
    """

    id: int
    is_bot: bool
    first_name: str
    last_name: Optional[str] = None
    username: Optional[str] = None
    language_code: Optional[str] = None
    is_premium: Optional[bool] = None
    added_to_attachment_menu: Optional[bool] = None
    can_join_groups: Optional[bool] = None
    can_read_all_group_messages: Optional[bool] = None
    supports_guest_queries: Optional[bool] = None
    supports_inline_queries: Optional[bool] = None
    can_connect_to_business: Optional[bool] = None
    has_main_web_app: Optional[bool] = None
    has_topics_enabled: Optional[bool] = None
    allows_users_to_create_topics: Optional[bool] = None
    can_manage_bots: Optional[bool] = None
    supports_join_request_queries: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("id", "id", "int", 1),
        ("is_bot", "is_bot", "bool", 1),
        ("first_name", "first_name", "str", 1),
        ("last_name", "last_name", "str", 0),
        ("username", "username", "str", 0),
        ("language_code", "language_code", "str", 0),
        ("is_premium", "is_premium", "bool", 0),
        ("added_to_attachment_menu", "added_to_attachment_menu", "bool", 0),
        ("can_join_groups", "can_join_groups", "bool", 0),
        ("can_read_all_group_messages", "can_read_all_group_messages", "bool", 0),
        ("supports_guest_queries", "supports_guest_queries", "bool", 0),
        ("supports_inline_queries", "supports_inline_queries", "bool", 0),
        ("can_connect_to_business", "can_connect_to_business", "bool", 0),
        ("has_main_web_app", "has_main_web_app", "bool", 0),
        ("has_topics_enabled", "has_topics_enabled", "bool", 0),
        ("allows_users_to_create_topics", "allows_users_to_create_topics", "bool", 0),
        ("can_manage_bots", "can_manage_bots", "bool", 0),
        ("supports_join_request_queries", "supports_join_request_queries", "bool", 0),
    )
