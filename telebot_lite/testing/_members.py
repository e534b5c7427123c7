"""Moderation and the bot's own settings: ban, unban, restrict, promote, count, leave, commands.

Rights are checked as TDLib does, after the chat and membership checks: the bot must be the
owner, or an administrator with the right the method needs. Every change of a member's status
queues the ``chat_member`` update (``my_chat_member`` when the member is a bot).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ._entities import (
    ADMIN_RIGHTS,
    CHANNEL_RIGHTS,
    GROUP_RIGHTS,
    INT32_MAX,
    RESTRICTED_FLAGS,
    BotAccount,
    Chat,
    Json,
    Member,
    bad,
    get_int,
    to_bool,
    user_id_param,
)
from ._state import State, handler

__all__ = ["change_status"]

_RESTRICT_RIGHTS = "not enough rights to restrict/unrestrict chat member"
_PRIVATE = "chat member status can't be changed in private chats"
_COMMAND_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
# Telegram treats a ban or restriction for less than 30 seconds or more than 366 days as forever.
_FOREVER_BELOW, _FOREVER_ABOVE = 30, 366 * 86400


def change_status(state: State, chat: Chat, actor: BotAccount, new: Member) -> None:
    """Give a member a new status and queue the chat_member or my_chat_member update."""
    old = chat.members.get(new.user_id) or Member(new.user_id, "left")
    new.via_link = old.via_link if new.is_member else None
    before = state.member_json(chat, old)
    if new.status == "left":
        chat.members.pop(new.user_id, None)
    else:
        chat.members[new.user_id] = new
    after = state.member_json(chat, new)
    payload = state.member_update(chat, actor.user, before, after)
    target = state.bots.get(new.user_id)
    if target is not None:
        state.queue(target, "my_chat_member", payload)
    for bot in state.admin_bots(chat):
        if bot.user.id != new.user_id:
            state.queue(bot, "chat_member", dict(payload))


def _bot_member(chat: Chat, bot: BotAccount) -> Member:
    return chat.members.get(bot.user.id) or Member(bot.user.id, "left")


def _has_right(chat: Chat, bot: BotAccount, right: str) -> bool:
    member = _bot_member(chat, bot)
    return member.status == "creator" or (
        member.status == "administrator" and member.flags.get(right, False)
    )


def _target(state: State, chat: Chat, user_id: int) -> Member:
    if user_id not in state.users:
        bad("PARTICIPANT_ID_INVALID")
    return chat.members.get(user_id) or Member(user_id, "left")


def _until(state: State, params: Mapping[str, str]) -> int:
    until = get_int(params, "until_date", 0, 0, INT32_MAX)
    if until and not _FOREVER_BELOW <= until - state.now() <= _FOREVER_ABOVE:
        return 0
    return until


def _moderated(state: State, bot: BotAccount, params: Mapping[str, str]) -> tuple[Chat, Member]:
    user_id = user_id_param(params)
    chat = state.check_chat(bot, params, write=True)
    if chat.type == "private":
        bad(_PRIVATE)
    if not _has_right(chat, bot, "can_restrict_members"):
        bad(_RESTRICT_RIGHTS)
    member = _target(state, chat, user_id)
    if member.status == "creator":
        bad("can't remove chat owner")
    return chat, member


@handler("banChatMember")
def ban_chat_member(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """banChatMember: the user is removed and cannot come back until unbanned or until_date."""
    chat, member = _moderated(state, bot, params)
    if member.status == "administrator":
        bad("user is an administrator of the chat")
    change_status(
        state, chat, bot, Member(member.user_id, "kicked", until_date=_until(state, params))
    )
    return True


@handler("unbanChatMember")
def unban_chat_member(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """unbanChatMember: a banned user may join again; a member is removed unless only_if_banned."""
    chat, member = _moderated(state, bot, params)
    if member.status == "kicked" or (
        member.is_member and not to_bool(params.get("only_if_banned"))
    ):
        if member.status == "administrator":
            bad("user is an administrator of the chat")
        change_status(state, chat, bot, Member(member.user_id, "left"))
    return True


@handler("restrictChatMember")
def restrict_chat_member(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """restrictChatMember: set a supergroup member's permissions (all granted: a member again)."""
    user_id = user_id_param(params)
    chat = state.check_chat(bot, params, write=True)
    if chat.type != "supergroup":
        bad("method is available only for supergroups")
    if not _has_right(chat, bot, "can_restrict_members"):
        bad(_RESTRICT_RIGHTS)
    try:
        permissions = json.loads(params.get("permissions", ""))
    except ValueError:
        permissions = None
    if not isinstance(permissions, dict):
        bad("can't parse permissions JSON object")
    member = _target(state, chat, user_id)
    if member.status in ("creator", "administrator"):
        bad("user is an administrator of the chat")
    flags = {name: permissions.get(name) is True for name in RESTRICTED_FLAGS}
    if not to_bool(params.get("use_independent_chat_permissions")) and any(
        flags[name] for name in RESTRICTED_FLAGS if name.startswith("can_send_")
    ):
        flags["can_send_messages"] = True  # dependent permissions imply sending messages
    until = _until(state, params)
    if all(flags.values()) and member.status != "kicked":
        new = Member(user_id, "member" if member.is_member else "left")
    else:
        flags["is_member"] = member.is_member
        new = Member(user_id, "restricted", flags, until_date=until)
    change_status(state, chat, bot, new)
    return True


@handler("promoteChatMember")
def promote_chat_member(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """promoteChatMember: grant administrator rights the bot has itself (none: demote)."""
    user_id = user_id_param(params)
    chat = state.check_chat(bot, params, write=True)
    if chat.type == "private":
        bad(_PRIVATE)
    if not _has_right(chat, bot, "can_promote_members"):
        bad("not enough rights")
    member = _target(state, chat, user_id)
    if member.status == "creator":
        bad("can't demote chat creator")
    if not member.is_member:
        bad("USER_NOT_PARTICIPANT")
    extra = CHANNEL_RIGHTS if chat.type == "channel" else GROUP_RIGHTS
    rights = {name: to_bool(params.get(name)) for name in ADMIN_RIGHTS + extra}
    mine = _bot_member(chat, bot)
    if mine.status != "creator" and any(
        value and not mine.flags.get(name, name == "can_manage_chat")
        for name, value in rights.items()
    ):
        bad("RIGHT_FORBIDDEN")
    if any(rights.values()):
        rights["can_manage_chat"] = True  # every other right implies managing the chat
        new = Member(user_id, "administrator", rights, member.custom_title)
    else:
        new = Member(user_id, "member")
    change_status(state, chat, bot, new)
    return True


@handler("getChatMemberCount")
def get_chat_member_count(state: State, bot: BotAccount, params: Mapping[str, str]) -> int:
    """getChatMemberCount: the members, owner and administrators included."""
    chat = state.check_chat(bot, params, write=False)
    if chat.type == "private":
        return 2
    return sum(1 for member in chat.members.values() if member.is_member)


@handler("leaveChat")
def leave_chat(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """leaveChat: the bot leaves the group or channel."""
    chat = state.check_chat(bot, params, write=True)
    if chat.type == "private":
        bad(_PRIVATE)
    if _bot_member(chat, bot).status == "creator":
        bad("CHAT_ADMIN_REQUIRED")
    change_status(state, chat, bot, Member(bot.user.id, "left"))
    return True


# ----------------------------------------------------------------- commands


def _scope_key(params: Mapping[str, str]) -> str:
    raw = params.get("scope", "")
    scope: Any = {"type": "default"}
    if raw:
        try:
            scope = json.loads(raw)
        except ValueError:
            scope = None
        if not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
            bad("can't parse BotCommandScope JSON object")
    language = params.get("language_code", "")
    if language and not (len(language) == 2 and language.isalpha()):
        bad("invalid language code specified")
    return json.dumps([scope, language], sort_keys=True)


def _commands(raw: str) -> list[Json]:
    try:
        commands = json.loads(raw)
    except ValueError:
        commands = None
    if not isinstance(commands, list):
        bad("can't parse commands JSON object")
    if len(commands) > 100:
        bad("too many commands specified")
    result: list[Json] = []
    for item in commands:
        if not isinstance(item, dict):
            bad("can't parse BotCommand JSON object")
        command = str(item.get("command", "")).lstrip("/").lower()
        description = str(item.get("description", "")).strip()
        if not 1 <= len(command) <= 32 or not set(command) <= _COMMAND_CHARS:
            bad("BOT_COMMAND_INVALID")
        if not 1 <= len(description) <= 256:
            bad("BOT_COMMAND_DESCRIPTION_INVALID")
        result.append({"command": command, "description": description})
    return result


@handler("setMyCommands")
def set_my_commands(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """setMyCommands: store the list for the scope and language."""
    commands = _commands(params.get("commands", ""))
    key = _scope_key(params)
    if commands:
        bot.commands[key] = commands
    else:
        bot.commands.pop(key, None)
    return True


@handler("getMyCommands")
def get_my_commands(state: State, bot: BotAccount, params: Mapping[str, str]) -> list[Json]:
    """getMyCommands: the list stored for exactly this scope and language (empty if none)."""
    return [dict(command) for command in bot.commands.get(_scope_key(params), [])]


@handler("deleteMyCommands")
def delete_my_commands(state: State, bot: BotAccount, params: Mapping[str, str]) -> bool:
    """deleteMyCommands: forget the list for the scope and language."""
    bot.commands.pop(_scope_key(params), None)
    return True
