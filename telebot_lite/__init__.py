"""telebot_lite: a synchronous, typed SDK for the Telegram Bot API, on requests and attrs.

Four ways to create an invite link::

    import telebot_lite as tl

    link = tl.create_chat_invite_link(chat_id, member_limit=1)      # a function, for scripts
    with tl.Bot(token) as bot:
        link = bot.create_chat_invite_link(chat_id, member_limit=1)  # a Bot method
        link = bot(tl.methods.CreateChatInviteLink(chat_id=chat_id))  # a method object
    reply = tl.methods.ApproveChatJoinRequest(chat_id=c, user_id=u).as_webhook_reply()
"""

import importlib
from typing import TYPE_CHECKING, Any

from . import methods, types
from ._bot import BASE_URL_ENV_VAR, DEFAULT_BASE_URL, DEFAULT_TIMEOUT, TOKEN_ENV_VAR, Bot
from ._errors import (
    ApiError,
    BadRequest,
    BotClosed,
    ChatMigrated,
    ChatNotFound,
    Conflict,
    EntityTooLarge,
    Forbidden,
    InvalidArgument,
    InvalidResponse,
    InviteLinkExpired,
    JoinRequestAlreadyHandled,
    NetworkError,
    NotEnoughRights,
    NotFound,
    PrivateChatHasNoLinks,
    RetryAfter,
    ServerError,
    TelegramError,
    TimedOut,
    TransportError,
    Unauthorized,
)
from ._redact import RedactingFilter, redact
from ._version import __version__

if TYPE_CHECKING:
    from ._module_functions import (
        approve_chat_join_request,
        create_chat_invite_link,
        create_chat_subscription_invite_link,
        decline_chat_join_request,
        edit_chat_invite_link,
        edit_chat_subscription_invite_link,
        export_chat_invite_link,
        get_me,
        revoke_chat_invite_link,
    )
    from ._shared_bots import close_shared_bots, shared_bot
    from ._webhook import SECRET_TOKEN_HEADER, check_secret_token, parse_update
    from .types import (
        Chat,
        ChatInviteLink,
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
        User,
    )

# The one table of names loaded on first use (PEP 562): name -> the module that defines it.
# A call loads only its own method class and result types; the module-level functions (and the
# invite-link classes they build), the webhook helpers and each model load on first use.
_LAZY = {
    **dict.fromkeys(
        [
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
        ],
        ".types",
    ),
    **dict.fromkeys(["parse_update", "check_secret_token", "SECRET_TOKEN_HEADER"], "._webhook"),
    **dict.fromkeys(
        [
            "approve_chat_join_request",
            "create_chat_invite_link",
            "create_chat_subscription_invite_link",
            "decline_chat_join_request",
            "edit_chat_invite_link",
            "edit_chat_subscription_invite_link",
            "export_chat_invite_link",
            "get_me",
            "revoke_chat_invite_link",
        ],
        "._module_functions",
    ),
    **dict.fromkeys(["shared_bot", "close_shared_bots"], "._shared_bots"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "__version__",
    # the client
    "Bot",
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "TOKEN_ENV_VAR",
    "BASE_URL_ENV_VAR",
    "methods",
    "types",
    # module-level functions
    "create_chat_invite_link",
    "edit_chat_invite_link",
    "revoke_chat_invite_link",
    "export_chat_invite_link",
    "create_chat_subscription_invite_link",
    "edit_chat_subscription_invite_link",
    "approve_chat_join_request",
    "decline_chat_join_request",
    "get_me",
    "shared_bot",
    "close_shared_bots",
    # models
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
    # webhooks
    "parse_update",
    "check_secret_token",
    "SECRET_TOKEN_HEADER",
    # errors
    "TelegramError",
    "InvalidArgument",
    "ApiError",
    "BadRequest",
    "ChatNotFound",
    "NotEnoughRights",
    "ChatMigrated",
    "JoinRequestAlreadyHandled",
    "InviteLinkExpired",
    "PrivateChatHasNoLinks",
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "Conflict",
    "EntityTooLarge",
    "RetryAfter",
    "ServerError",
    "TransportError",
    "NetworkError",
    "TimedOut",
    "InvalidResponse",
    "BotClosed",
    # logging
    "RedactingFilter",
    "redact",
]
