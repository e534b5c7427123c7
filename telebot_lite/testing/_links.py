"""Invite links and join requests: the eight Bot API methods, and people joining by a link."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any, Optional

from ._entities import (
    INT32_MAX,
    ApiFailure,
    BotAccount,
    Chat,
    FakeTelegramError,
    InviteLink,
    JoinRequest,
    Json,
    Member,
    User,
    bad,
    clean_name,
    get_int,
    link_hash,
    to_bool,
    user_id_param,
)
from ._state import State, handler

__all__ = ["add_invite_link", "invite_links", "join", "join_requests", "primary_link"]

# Not taken from Telegram: no source shows the answer for a subscription link outside a channel.
_SUBSCRIPTION_NOT_CHANNEL = "Bad Request: subscription links can be created only in channels"
_LIMIT_WITH_APPROVAL = "member limit can't be specified for links requiring administrator approval"


# ----------------------------------------------------------------- set-up and inspection


def add_invite_link(
    state: State,
    chat_id: int,
    creator_id: int,
    name: str,
    expire_date: int,
    member_limit: int,
    creates_join_request: bool,
    is_primary: bool,
) -> str:
    """Create a link made by `creator_id` (e.g. a human admin) and return its URL."""
    with state.cond:
        chat = state.setup_chat(chat_id)
        state.setup_user(creator_id)
        if is_primary:
            old = primary_link(chat, creator_id)
            if old is not None:
                old.is_revoked = True
        link = _new_link(
            chat,
            creator_id,
            name=clean_name(name),
            expire_date=expire_date,
            member_limit=member_limit,
            creates_join_request=creates_join_request,
            is_primary=is_primary,
        )
        return link.url


def join(state: State, chat_id: int, user_id: int, invite_link: Optional[str]) -> str:
    """Have a person use `invite_link` (or join a public chat); return the resulting status."""
    with state.cond:
        chat = state.setup_chat(chat_id)
        while chat.migrated_to is not None:
            chat = state.chats[chat.migrated_to]
        user = state.setup_user(user_id)
        if user.is_bot:
            raise ValueError("bots cannot join chats through invite links")
        if chat.type == "private":
            raise ValueError("nobody can join a private chat")
        existing = chat.members.get(user_id)
        if existing is not None and existing.status == "kicked":
            raise FakeTelegramError("USER_BANNED_IN_CHANNEL", "the user is banned in the chat")
        if existing is not None and existing.is_member:
            raise FakeTelegramError("USER_ALREADY_PARTICIPANT", "the user is already a member")
        link = None
        if invite_link is None:
            if not chat.username:
                raise FakeTelegramError("CHANNEL_PRIVATE", "a private chat needs a link")
            needs_approval = chat.join_by_request
        else:
            link = chat.links.get(link_hash(invite_link))
            if link is None:
                raise FakeTelegramError("INVITE_HASH_INVALID", "no such link in this chat")
            if link.is_revoked:
                raise FakeTelegramError("INVITE_HASH_EXPIRED", "the link was revoked")
            if link.expire_date and state.now() >= link.expire_date:
                raise FakeTelegramError("INVITE_HASH_EXPIRED", "the link has expired")
            if link.member_limit and _joined_via(chat, link) >= link.member_limit:
                raise FakeTelegramError("INVITE_HASH_EXPIRED", "the member limit is reached")
            needs_approval = link.creates_join_request
        if needs_approval:
            if user_id not in chat.requests:
                _add_request(state, chat, user, link)
            return "pending"
        until = state.now() + link.subscription_period if link and link.subscription_price else 0
        _admit(state, chat, user, link, actor=user, until_date=until, via_request=False)
        return "member"


def join_requests(state: State, chat_id: int) -> list[int]:
    """Return the ids of the users whose join requests are pending, oldest first."""
    with state.cond:
        return list(state.setup_chat(chat_id).requests)


def invite_links(state: State, chat_id: int) -> list[Json]:
    """Return every link of the chat, revoked ones included, in creation order."""
    with state.cond:
        chat = state.setup_chat(chat_id)
        return [_link_json(state, chat, link, viewer=None) for link in chat.links.values()]


def primary_link(chat: Chat, creator_id: int) -> Optional[InviteLink]:
    """Return the creator's primary link that is still in force, if any."""
    for link in chat.links.values():
        if link.creator_id == creator_id and link.is_primary and not link.is_revoked:
            return link
    return None


# ----------------------------------------------------------------- the Bot API


@handler("createChatInviteLink")
def create_chat_invite_link(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """createChatInviteLink: a new additional link made by the bot."""
    fields = _link_fields(params)
    chat = state.check_chat(bot, params, write=True)
    _check_link_rights(state, chat, bot)
    _check_link_fields(state, *fields)
    name, expire_date, member_limit, creates_join_request = fields
    link = _new_link(
        chat,
        bot.user.id,
        name=name,
        expire_date=expire_date,
        member_limit=member_limit,
        creates_join_request=creates_join_request,
    )
    return _link_json(state, chat, link, viewer=bot)


@handler("editChatInviteLink")
def edit_chat_invite_link(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """editChatInviteLink: replace all four optional fields of the bot's additional link."""
    fields = _link_fields(params)
    chat = state.check_chat(bot, params, write=True)
    _check_link_rights(state, chat, bot)
    name, expire_date, member_limit, creates_join_request = fields
    if creates_join_request and member_limit:
        bad(_LIMIT_WITH_APPROVAL)
    link = _own_link(state, chat, bot, params)
    if link.is_revoked:
        bad("INVITE_HASH_EXPIRED")
    if link.is_primary:
        bad("CHAT_INVITE_PERMANENT")
    _check_link_fields(state, *fields)
    # The server sends every field on each edit, so a field left out is cleared.
    link.name, link.expire_date = name, expire_date
    link.member_limit, link.creates_join_request = member_limit, creates_join_request
    return _link_json(state, chat, link, viewer=bot)


@handler("revokeChatInviteLink")
def revoke_chat_invite_link(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """revokeChatInviteLink: revoke the bot's link; a revoked primary link is replaced."""
    chat = state.check_chat(bot, params, write=True)
    _check_link_rights(state, chat, bot)
    link = _own_link(state, chat, bot, params)
    if not link.is_revoked:
        link.is_revoked = True
        if link.is_primary:
            _new_link(chat, bot.user.id, is_primary=True)
    return _link_json(state, chat, link, viewer=bot)


@handler("exportChatInviteLink")
def export_chat_invite_link(state: State, bot: BotAccount, params: Mapping[str, str]) -> str:
    """exportChatInviteLink: a new primary link, revoking the bot's previous primary link."""
    chat = state.check_chat(bot, params, write=True)
    _check_link_rights(state, chat, bot)
    old = primary_link(chat, bot.user.id)
    if old is not None:
        old.is_revoked = True
    return _new_link(chat, bot.user.id, is_primary=True).url


@handler("createChatSubscriptionInviteLink")
def create_chat_subscription_invite_link(
    state: State, bot: BotAccount, params: Mapping[str, str]
) -> Json:
    """createChatSubscriptionInviteLink: a paid link for a channel."""
    name = clean_name(params.get("name", ""))
    period = get_int(params, "subscription_period", 0, 0, 1_000_000_000)
    price = get_int(params, "subscription_price", 0, 0, 1_000_000)
    chat = state.check_chat(bot, params, write=True)
    _check_link_rights(state, chat, bot)
    if period <= 0 or price <= 0:
        bad("invalid subscription pricing specified")
    if chat.type != "channel":
        raise ApiFailure(400, _SUBSCRIPTION_NOT_CHANNEL)
    if period != 2_592_000:
        bad("SUBSCRIPTION_PERIOD_INVALID")
    if price > 10_000:
        bad("PRICING_CHAT_INVALID")
    link = _new_link(
        chat, bot.user.id, name=name, subscription_period=period, subscription_price=price
    )
    return _link_json(state, chat, link, viewer=bot)


@handler("editChatSubscriptionInviteLink")
def edit_chat_subscription_invite_link(
    state: State, bot: BotAccount, params: Mapping[str, str]
) -> Json:
    """editChatSubscriptionInviteLink: change only the name of the bot's link."""
    name = clean_name(params.get("name", ""))
    chat = state.check_chat(bot, params, write=True)
    _check_link_rights(state, chat, bot)
    link = _own_link(state, chat, bot, params)
    if link.is_revoked:
        bad("INVITE_HASH_EXPIRED")
    link.name = name
    return _link_json(state, chat, link, viewer=bot)


@handler("approveChatJoinRequest")
def approve_chat_join_request(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """approveChatJoinRequest: make the requester a member and queue a chat_member update."""
    user_id = user_id_param(params)
    chat = state.check_chat(bot, params, write=True)
    _check_request_rights(state, chat, bot)
    member = chat.members.get(user_id)
    if member is not None and member.is_member:
        bad("USER_ALREADY_PARTICIPANT")
    request = _take_request(chat, user_id)
    link = chat.links.get(request.link) if request.link else None
    user = state.users[user_id]
    _admit(state, chat, user, link, actor=bot.user, until_date=0, via_request=link is None)
    return True


@handler("declineChatJoinRequest")
def decline_chat_join_request(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """declineChatJoinRequest: drop the pending request."""
    user_id = user_id_param(params)
    chat = state.check_chat(bot, params, write=True)
    _check_request_rights(state, chat, bot)
    _take_request(chat, user_id)
    return True


# ----------------------------------------------------------------- internals


def _take_request(chat: Chat, user_id: int) -> JoinRequest:
    request = chat.requests.pop(user_id, None)
    if request is None:
        # Telegram tells a request already answered apart from one that was never made.
        bad("HIDE_REQUESTER_MISSING" if user_id in chat.answered else "USER_ID_INVALID")
    chat.answered.add(user_id)
    return request


def _link_fields(params: Mapping[str, str]) -> tuple[str, int, int, bool]:
    return (
        clean_name(params.get("name", "")),
        get_int(params, "expire_date", 0, 0, INT32_MAX),
        get_int(params, "member_limit", 0, 0, 100_000),
        to_bool(params.get("creates_join_request")),
    )


def _check_link_rights(state: State, chat: Chat, bot: BotAccount) -> None:
    if chat.type == "private":
        bad("can't invite members to a private chat")
    if not state.can_manage_links(chat, bot):
        bad("not enough rights to manage chat invite link")


def _check_request_rights(state: State, chat: Chat, bot: BotAccount) -> None:
    if chat.type == "private":
        bad("the chat can't have join requests")
    if not state.can_manage_links(chat, bot):
        bad("not enough rights to manage chat join requests")


def _check_link_fields(
    state: State, name: str, expire_date: int, member_limit: int, creates_join_request: bool
) -> None:
    if creates_join_request and member_limit:
        bad(_LIMIT_WITH_APPROVAL)
    if member_limit > 99_999:
        bad("USAGE_LIMIT_INVALID")
    if expire_date and expire_date <= state.now():
        bad("EXPIRE_DATE_INVALID")


def _own_link(state: State, chat: Chat, bot: BotAccount, params: Mapping[str, str]) -> InviteLink:
    raw = params.get("invite_link", "")
    if raw == "":
        bad("invite link must be non-empty")
    link = chat.links.get(link_hash(raw))
    # Telegram answers the same for an unknown link, another admin's link and an expired one.
    if (
        link is None
        or link.creator_id != bot.user.id
        or (link.expire_date and link.expire_date <= state.now())
    ):
        bad("INVITE_HASH_EXPIRED")
    return link


def _new_link(chat: Chat, creator_id: int, **fields: Any) -> InviteLink:
    link_id = secrets.token_urlsafe(16)  # 22 URL-safe characters, like Telegram's hashes
    link = InviteLink(link_id, creator_id, **fields)
    chat.links[link_id] = link
    return link


def _joined_via(chat: Chat, link: InviteLink) -> int:
    return sum(1 for m in chat.members.values() if m.via_link == link.hash and m.is_member)


def _link_json(state: State, chat: Chat, link: InviteLink, viewer: Optional[BotAccount]) -> Json:
    url = link.url
    if viewer is not None and viewer.user.id != link.creator_id:
        # Bots see other admins' links with the second half hidden.
        url = url[: len(url) // 2] + "..."
    data: Json = {
        "invite_link": url,
        "creator": state.users[link.creator_id].as_json(),
        "creates_join_request": link.creates_join_request,
        "is_primary": link.is_primary,
        "is_revoked": link.is_revoked,
    }
    if link.name:
        data["name"] = link.name
    if link.expire_date:
        data["expire_date"] = link.expire_date
    if link.member_limit:
        data["member_limit"] = link.member_limit
    pending = sum(1 for r in chat.requests.values() if r.link == link.hash)
    if pending:
        data["pending_join_request_count"] = pending
    if link.subscription_price:
        data["subscription_period"] = link.subscription_period
        data["subscription_price"] = link.subscription_price
    return data


def _add_request(state: State, chat: Chat, user: User, link: Optional[InviteLink]) -> None:
    request = JoinRequest(user.id, state.now(), link.hash if link else None)
    chat.requests[user.id] = request
    chat.answered.discard(user.id)
    for bot in state.admin_bots(chat, need_invite=True):
        payload: Json = {
            "chat": chat.as_json(),
            "from": user.as_json(),
            "user_chat_id": user.id,
            "date": request.date,
        }
        if link is not None:
            payload["invite_link"] = _link_json(state, chat, link, viewer=bot)
        state.queue(bot, "chat_join_request", payload)


def _admit(
    state: State,
    chat: Chat,
    user: User,
    link: Optional[InviteLink],
    actor: User,
    until_date: int,
    via_request: bool,
) -> None:
    previous = chat.members.get(user.id) or Member(user.id, "left")
    old = state.member_json(chat, previous)
    member = Member(user.id, "member", until_date=until_date)
    member.via_link = link.hash if link else None
    chat.members[user.id] = member
    new = state.member_json(chat, member)
    for bot in state.admin_bots(chat):
        payload = state.member_update(chat, actor, old, new)
        if link is not None:
            payload["invite_link"] = _link_json(state, chat, link, viewer=bot)
        if via_request:
            payload["via_join_request"] = True
        state.queue(bot, "chat_member", payload)
