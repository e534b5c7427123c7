"""The Bot API types this SDK models: frozen attrs classes, built with ``from_dict``.

Field names are the Bot API's, except ``from``, which is ``from_user``. Unix times are
timezone-aware UTC datetimes. Keys a newer Bot API adds are kept in ``extra``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, Optional

import attrs

from ._model import Model, extra_field

__all__ = [
    "User",
    "Chat",
    "ChatInviteLink",
    "ChatMember",
    "ChatMemberOwner",
    "ChatMemberAdministrator",
    "ChatMemberMember",
    "ChatMemberRestricted",
    "ChatMemberLeft",
    "ChatMemberBanned",
    "ChatJoinRequest",
    "ChatMemberUpdated",
    "Update",
]


@attrs.frozen(kw_only=True)
class User(Model):
    """A Telegram user or bot."""

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


@attrs.frozen(kw_only=True)
class ChatInviteLink(Model):
    """An invite link for a chat; ``expire_date`` is an aware UTC datetime."""

    invite_link: str
    creator: User
    creates_join_request: bool
    is_primary: bool
    is_revoked: bool
    name: Optional[str] = None
    expire_date: Optional[datetime] = None
    member_limit: Optional[int] = None
    pending_join_request_count: Optional[int] = None
    subscription_period: Optional[int] = None
    subscription_price: Optional[int] = None
    extra: Mapping[str, Any] = extra_field()


# The update-side models, defined in ``_updates`` and loaded on first use (PEP 562): a call never
# needs them, and each costs about a millisecond of attrs code generation at import.
_UPDATE_MODEL_NAMES = frozenset(__all__) - {"User", "ChatInviteLink"}

if TYPE_CHECKING:
    from ._updates import (
        Chat,
        ChatJoinRequest,
        ChatMember,
        ChatMemberAdministrator,
        ChatMemberBanned,
        ChatMemberLeft,
        ChatMemberMember,
        ChatMemberOwner,
        ChatMemberRestricted,
        ChatMemberUpdated,
        Update,
    )


def __getattr__(name: str) -> Any:
    if name in _UPDATE_MODEL_NAMES:
        from . import _updates

        # Bind them all here, so that later lookups (and vars(types)) find them directly.
        globals().update({lazy: getattr(_updates, lazy) for lazy in _UPDATE_MODEL_NAMES})
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
