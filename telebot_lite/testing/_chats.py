"""Chats and their members: getMe, getChat, getChatMember(s), and leaving and upgrading."""

from __future__ import annotations

from collections.abc import Mapping

from ._entities import BotAccount, Chat, Json, Member, bad, to_bool, user_id_param
from ._links import primary_link
from ._state import State, handler

__all__ = ["leave", "member_status", "migrate"]


def migrate(state: State, chat_id: int) -> int:
    """Upgrade a basic group to a new supergroup that takes its members and links."""
    with state.cond:
        chat = state.setup_chat(chat_id)
        if chat.type != "group" or chat.migrated_to is not None:
            raise ValueError(f"chat {chat_id} is not a basic group that can be upgraded")
        new_id = state.new_channel_id()
        state.chats[new_id] = Chat(
            new_id,
            "supergroup",
            title=chat.title,
            join_by_request=chat.join_by_request,
            members=chat.members,
            links=chat.links,
            requests=chat.requests,
            answered=chat.answered,
        )
        chat.members, chat.links, chat.requests, chat.answered = {}, {}, {}, set()
        chat.migrated_to = new_id
        return new_id


def leave(state: State, chat_id: int, user_id: int) -> None:
    """Have a member leave the chat, which frees a place on the link they joined through."""
    with state.cond:
        chat = state.setup_chat(chat_id)
        member = chat.members.get(user_id)
        if member is None or not member.is_member:
            raise ValueError(f"user {user_id} is not a member of chat {chat_id}")
        old = state.member_json(chat, member)
        chat.members[user_id] = Member(user_id, "left")
        new = state.member_json(chat, chat.members[user_id])
        user = state.users[user_id]
        for bot in state.admin_bots(chat):
            if bot.user.id != user_id:
                state.queue(bot, "chat_member", state.member_update(chat, user, old, new))


def member_status(state: State, chat_id: int, user_id: int) -> str:
    """Return the member's status in the chat (``"left"`` when not in it)."""
    with state.cond:
        member = state.setup_chat(chat_id).members.get(user_id)
        return member.status if member else "left"


@handler("getMe")
def get_me(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """getMe: the bot's User with the fields only getMe returns."""
    data = bot.user.as_json()
    data.update(
        can_join_groups=True,
        can_read_all_group_messages=not bot.privacy,
        supports_inline_queries=False,
        can_connect_to_business=False,
        has_main_web_app=False,
        has_topics_enabled=False,
        allows_users_to_create_topics=False,
        can_manage_bots=False,
        supports_guest_queries=False,
        supports_join_request_queries=False,
    )
    return data


@handler("getChat")
def get_chat(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """getChat: a ChatFullInfo, with the bot's primary link when it may manage links."""
    chat = state.check_chat(bot, params, write=False)
    data = chat.as_json()
    data.update(
        accent_color_id=-chat.id % 7,
        max_reaction_count=11,
        accepted_gift_types={
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    )
    if chat.type == "private":
        return data
    if chat.join_by_request:
        data["join_by_request"] = True
    if chat.migrated_to is not None:
        return data
    if state.can_manage_links(chat, bot):
        primary = primary_link(chat, bot.user.id)
        if primary is not None:
            data["invite_link"] = primary.url
    return data


@handler("getChatMember")
def get_chat_member(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """getChatMember: the member's ChatMember, ``left`` for a known user who is not in it."""
    user_id = user_id_param(params)
    chat = state.check_chat(bot, params, write=False)
    user = state.users.get(user_id)
    if user is None:
        bad("user not found")
    if chat.type == "private":
        return {"status": "member", "user": user.as_json()}
    member = chat.members.get(user_id) or Member(user_id, "left")
    return state.member_json(chat, member)


@handler("getChatAdministrators")
def get_chat_administrators(state: State, bot: BotAccount, params: Mapping[str, str]) -> list[Json]:
    """getChatAdministrators: the owner and admins; other bots only with return_bots."""
    return_bots = to_bool(params.get("return_bots"))
    chat = state.check_chat(bot, params, write=False)
    if chat.type == "private":
        bad("there are no administrators in the private chat")
    admins = [m for m in chat.members.values() if m.status in ("creator", "administrator")]
    admins.sort(key=lambda m: m.status != "creator")
    return [
        state.member_json(chat, m)
        for m in admins
        if return_bots or m.user_id == bot.user.id or not state.users[m.user_id].is_bot
    ]
