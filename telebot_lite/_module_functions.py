"""Module-level invite-link functions for scripts: each call goes through :func:`shared_bot`."""

from __future__ import annotations

from typing import Optional

from ._params import ChatId, Duration, ExpireDate, InviteLink
from ._redact import hide
from ._shared_bots import shared_bot
from ._transport import Timeout
from .methods import (
    ApproveChatJoinRequest,
    CreateChatInviteLink,
    CreateChatSubscriptionInviteLink,
    DeclineChatJoinRequest,
    EditChatInviteLink,
    EditChatSubscriptionInviteLink,
    ExportChatInviteLink,
    GetMe,
    RevokeChatInviteLink,
)
from .types import ChatInviteLink, User

__all__ = [
    "create_chat_invite_link",
    "edit_chat_invite_link",
    "revoke_chat_invite_link",
    "export_chat_invite_link",
    "create_chat_subscription_invite_link",
    "edit_chat_subscription_invite_link",
    "approve_chat_join_request",
    "decline_chat_join_request",
    "get_me",
]


def create_chat_invite_link(
    chat_id: ChatId,
    *,
    name: Optional[str] = None,
    expire_date: Optional[ExpireDate] = None,
    member_limit: Optional[int] = None,
    creates_join_request: Optional[bool] = None,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Create an additional invite link; :meth:`Bot.create_chat_invite_link` for scripts."""
    token = hide(token)  # this frame's locals show '123:***'
    method = CreateChatInviteLink(
        chat_id=chat_id,
        name=name,
        expire_date=expire_date,
        member_limit=member_limit,
        creates_join_request=creates_join_request,
    )
    return shared_bot(token, base_url)(method, timeout=timeout)


def edit_chat_invite_link(
    chat_id: ChatId,
    invite_link: InviteLink,
    *,
    name: Optional[str] = None,
    expire_date: Optional[ExpireDate] = None,
    member_limit: Optional[int] = None,
    creates_join_request: Optional[bool] = None,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Edit a link the bot created; **Telegram replaces every optional field left out**."""
    token = hide(token)  # this frame's locals show '123:***'
    method = EditChatInviteLink(
        chat_id=chat_id,
        invite_link=invite_link,
        name=name,
        expire_date=expire_date,
        member_limit=member_limit,
        creates_join_request=creates_join_request,
    )
    return shared_bot(token, base_url)(method, timeout=timeout)


def revoke_chat_invite_link(
    chat_id: ChatId,
    invite_link: InviteLink,
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Revoke a link the bot created and return it."""
    token = hide(token)  # this frame's locals show '123:***'
    method = RevokeChatInviteLink(chat_id=chat_id, invite_link=invite_link)
    return shared_bot(token, base_url)(method, timeout=timeout)


def export_chat_invite_link(
    chat_id: ChatId,
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> str:
    """Mint a new primary link (revoking the previous one) and return it."""
    token = hide(token)  # this frame's locals show '123:***'
    method = ExportChatInviteLink(chat_id=chat_id)
    return shared_bot(token, base_url)(method, timeout=timeout)


def create_chat_subscription_invite_link(
    chat_id: ChatId,
    subscription_period: Duration,
    subscription_price: int,
    *,
    name: Optional[str] = None,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Create a paid subscription link; the period must be 30 days, the only one Telegram takes."""
    token = hide(token)  # this frame's locals show '123:***'
    method = CreateChatSubscriptionInviteLink(
        chat_id=chat_id,
        subscription_period=subscription_period,
        subscription_price=subscription_price,
        name=name,
    )
    return shared_bot(token, base_url)(method, timeout=timeout)


def edit_chat_subscription_invite_link(
    chat_id: ChatId,
    invite_link: InviteLink,
    *,
    name: Optional[str] = None,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> ChatInviteLink:
    """Rename a subscription link the bot created."""
    token = hide(token)  # this frame's locals show '123:***'
    method = EditChatSubscriptionInviteLink(chat_id=chat_id, invite_link=invite_link, name=name)
    return shared_bot(token, base_url)(method, timeout=timeout)


def approve_chat_join_request(
    chat_id: ChatId,
    user_id: int,
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> bool:
    """Approve a pending join request."""
    token = hide(token)  # this frame's locals show '123:***'
    method = ApproveChatJoinRequest(chat_id=chat_id, user_id=user_id)
    return shared_bot(token, base_url)(method, timeout=timeout)


def decline_chat_join_request(
    chat_id: ChatId,
    user_id: int,
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> bool:
    """Decline a pending join request."""
    token = hide(token)  # this frame's locals show '123:***'
    method = DeclineChatJoinRequest(chat_id=chat_id, user_id=user_id)
    return shared_bot(token, base_url)(method, timeout=timeout)


def get_me(
    *,
    token: Optional[str] = None,
    base_url: Optional[str] = None,
    timeout: Optional[Timeout] = None,
) -> User:
    """Return the bot's own user: the cheapest check that a token works."""
    token = hide(token)  # this frame's locals show '123:***'
    return shared_bot(token, base_url)(GetMe(), timeout=timeout)
