"""The hand-written method classes: invite links, join requests and getMe.

Their validation needs code (a rule across two parameters, Telegram's silent truncation and
clamping), so tools/botapi/overrides.json points the generator at them; it emits everything
around them (the Bot method, the lazy name, the docs entry) and a conformance test keeps them
matching the spec.
"""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._errors import InvalidArgument
from telebot_lite._params import (
    ChatId,
    Duration,
    ExpireDate,
    check_chat_id,
    check_expire_date,
    check_flag,
    check_invite_link,
    check_member_limit,
    check_name,
    check_subscription_period,
    check_subscription_price,
    check_user_id,
    invite_link_text,
)
from telebot_lite.methods._base import _DURATION, _POINT, _TIME, Method
from telebot_lite.types import ChatInviteLink, User

__all__ = [
    "CreateChatInviteLink",
    "EditChatInviteLink",
    "RevokeChatInviteLink",
    "ExportChatInviteLink",
    "CreateChatSubscriptionInviteLink",
    "EditChatSubscriptionInviteLink",
    "ApproveChatJoinRequest",
    "DeclineChatJoinRequest",
    "GetMe",
]


def _check_limit_without_join_request(method: Any) -> None:
    if method.member_limit is not None and method.creates_join_request:
        raise InvalidArgument(
            "member_limit can't be combined with creates_join_request=True: a link that needs "
            "administrator approval has no member limit",
            parameter="member_limit",
        )


@attrs.frozen(kw_only=True)
class CreateChatInviteLink(Method[ChatInviteLink]):
    """Create an additional invite link for a chat where the bot is an administrator.

    `expire_date` is an aware datetime, a timedelta counted from the moment of sending, or Unix
    time (int or float); it must lie after the moment of sending and not after
    2038-01-19T03:14:07Z. `name` must reach Telegram unchanged: no control or invisible
    characters, no space at either end or next to another.
    Re-sending mints a second link, so it is never re-sent after it may have arrived.
    See https://core.telegram.org/bots/api#createchatinvitelink
    """

    api_method: ClassVar[str] = "createChatInviteLink"
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    name: Optional[str] = attrs.field(default=None, validator=check_name)
    expire_date: Optional[ExpireDate] = attrs.field(
        default=None, validator=check_expire_date, metadata={_TIME: _POINT}
    )
    member_limit: Optional[int] = attrs.field(default=None, validator=check_member_limit)
    creates_join_request: Optional[bool] = attrs.field(default=None, validator=check_flag)

    def __attrs_post_init__(self) -> None:
        _check_limit_without_join_request(self)


@attrs.frozen(kw_only=True)
class EditChatInviteLink(Method[ChatInviteLink]):
    """Edit a non-primary invite link the bot created.

    **Telegram replaces every optional field you do not send**: leaving out `expire_date` removes
    the expiry, leaving out `member_limit` removes the limit. Pass every value you want to keep.
    `invite_link` is the URL or the :class:`~telebot_lite.types.ChatInviteLink` itself.
    Safe to re-send. See https://core.telegram.org/bots/api#editchatinvitelink
    """

    api_method: ClassVar[str] = "editChatInviteLink"
    safe_to_resend: ClassVar[bool] = True
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    invite_link: str = attrs.field(converter=invite_link_text, validator=check_invite_link)
    name: Optional[str] = attrs.field(default=None, validator=check_name)
    expire_date: Optional[ExpireDate] = attrs.field(
        default=None, validator=check_expire_date, metadata={_TIME: _POINT}
    )
    member_limit: Optional[int] = attrs.field(default=None, validator=check_member_limit)
    creates_join_request: Optional[bool] = attrs.field(default=None, validator=check_flag)

    def __attrs_post_init__(self) -> None:
        _check_limit_without_join_request(self)


@attrs.frozen(kw_only=True)
class RevokeChatInviteLink(Method[ChatInviteLink]):
    """Revoke an invite link the bot created; revoking the primary link mints a new primary one.

    Returns the revoked link. Safe to re-send.
    See https://core.telegram.org/bots/api#revokechatinvitelink
    """

    api_method: ClassVar[str] = "revokeChatInviteLink"
    safe_to_resend: ClassVar[bool] = True
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    invite_link: str = attrs.field(converter=invite_link_text, validator=check_invite_link)


@attrs.frozen(kw_only=True)
class ExportChatInviteLink(Method[str]):
    """Mint a new primary invite link for the chat and revoke the bot's previous primary link.

    Returns the new link as a string. Every call mints a new link, so it is never re-sent after it
    may have arrived. See https://core.telegram.org/bots/api#exportchatinvitelink
    """

    api_method: ClassVar[str] = "exportChatInviteLink"
    result_type: ClassVar[Any] = str

    chat_id: ChatId = attrs.field(validator=check_chat_id)


@attrs.frozen(kw_only=True)
class CreateChatSubscriptionInviteLink(Method[ChatInviteLink]):
    """Create a paid subscription invite link for a channel (Telegram Stars).

    `subscription_period` is a duration (int seconds or a timedelta); Telegram accepts only 30 days
    (2592000 seconds), so any other period is refused before sending. `subscription_price` is
    1..10000 Stars per period. Never re-sent
    after it may have arrived. See https://core.telegram.org/bots/api#createchatsubscriptioninvitelink
    """

    api_method: ClassVar[str] = "createChatSubscriptionInviteLink"
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    subscription_period: Duration = attrs.field(
        validator=check_subscription_period, metadata={_TIME: _DURATION}
    )
    subscription_price: int = attrs.field(validator=check_subscription_price)
    name: Optional[str] = attrs.field(default=None, validator=check_name)


@attrs.frozen(kw_only=True)
class EditChatSubscriptionInviteLink(Method[ChatInviteLink]):
    """Rename a subscription invite link the bot created (the name is all that can change).

    Safe to re-send. See https://core.telegram.org/bots/api#editchatsubscriptioninvitelink
    """

    api_method: ClassVar[str] = "editChatSubscriptionInviteLink"
    safe_to_resend: ClassVar[bool] = True
    result_type: ClassVar[Any] = ChatInviteLink

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    invite_link: str = attrs.field(converter=invite_link_text, validator=check_invite_link)
    name: Optional[str] = attrs.field(default=None, validator=check_name)


@attrs.frozen(kw_only=True)
class ApproveChatJoinRequest(Method[bool]):
    """Approve a pending join request; a good webhook reply.

    Not re-sent after it may have arrived: a second approval would fail with
    :class:`~telebot_lite.JoinRequestAlreadyHandled` and hide the first one's success.
    See https://core.telegram.org/bots/api#approvechatjoinrequest
    """

    api_method: ClassVar[str] = "approveChatJoinRequest"
    result_type: ClassVar[Any] = bool

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)


@attrs.frozen(kw_only=True)
class DeclineChatJoinRequest(Method[bool]):
    """Decline a pending join request; a good webhook reply.

    Not re-sent after it may have arrived, for the same reason as approval.
    See https://core.telegram.org/bots/api#declinechatjoinrequest
    """

    api_method: ClassVar[str] = "declineChatJoinRequest"
    result_type: ClassVar[Any] = bool

    chat_id: ChatId = attrs.field(validator=check_chat_id)
    user_id: int = attrs.field(validator=check_user_id)


@attrs.frozen(kw_only=True)
class GetMe(Method[User]):
    """Return the bot's own user: the cheapest check that a token works.

    Safe to re-send. See https://core.telegram.org/bots/api#getme
    """

    api_method: ClassVar[str] = "getMe"
    safe_to_resend: ClassVar[bool] = True
    result_type: ClassVar[Any] = User
