"""Updates and webhooks: getUpdates' long poll and the webhook settings a bot can record."""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Mapping
from urllib.parse import urlsplit

from ._delivery import is_loopback
from ._entities import (
    INT32_MAX,
    BotAccount,
    Described,
    Json,
    Webhook,
    bad,
    fail,
    get_int,
    parse_allowed_updates,
    to_bool,
)
from ._state import State, handler

__all__ = ["preset_allowed_updates"]

_SECRET_TOKEN = re.compile(r"^[A-Za-z0-9_-]*$")
_CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
_CONFLICT_WEBHOOK_ACTIVE = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_CONFLICT_SET_WEBHOOK = "Conflict: terminated by setWebhook request"


def preset_allowed_updates(state: State, bot_id: int, raw: str) -> None:
    """Set the update kinds a bot receives as if it had called getUpdates with `raw`."""
    with state.cond:
        _set_allowed(state.setup_bot(bot_id), raw)


def _set_allowed(bot: BotAccount, raw: str) -> None:
    if raw:
        allowed = parse_allowed_updates(raw)
        if allowed is not None:
            bot.allowed, bot.allowed_explicit = allowed, True


@handler("getUpdates")
def get_updates(state: State, bot: BotAccount, params: Mapping[str, str]) -> list[Json]:
    """getUpdates: confirm by offset, then answer at once or long-poll up to `timeout`."""
    if bot.webhook is not None:
        fail(409, _CONFLICT_WEBHOOK_ACTIVE)
    offset = get_int(params, "offset", 0, -INT32_MAX - 1, INT32_MAX)
    limit = get_int(params, "limit", 100, 1, 100)
    timeout = get_int(params, "timeout", 0, 0, 50)
    _set_allowed(bot, params.get("allowed_updates", ""))
    if offset > 0:
        bot.queue = [u for u in bot.queue if u["update_id"] >= offset]
    elif offset < 0:
        bot.queue = bot.queue[offset:]
    bot.poll_generation += 1
    generation = bot.poll_generation
    state.cond.notify_all()  # ends an older poll of the same bot with a 409
    deadline = time.monotonic() + timeout
    while not bot.queue and not state.stopping:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        state.cond.wait(remaining)
        if bot.webhook is not None:
            fail(409, _CONFLICT_SET_WEBHOOK)
        if bot.poll_generation != generation:
            fail(409, _CONFLICT_POLL)
    return copy.deepcopy(bot.queue[:limit])


@handler("setWebhook")
def set_webhook(state: State, bot: BotAccount, params: Mapping[str, str]) -> Described:
    """setWebhook: record the settings (the delivery thread then POSTs the updates to a
    loopback URL); an empty URL removes it."""
    url = params.get("url", "")
    if not url:
        return delete_webhook(state, bot, params)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        bad("invalid webhook URL specified")
    if parts.scheme == "http" and not is_loopback(url):
        # The fake delivers over plain HTTP, but only to this machine, as a local server does.
        bad("bad webhook: An HTTPS URL must be provided for webhook")
    secret = params.get("secret_token", "")
    if len(secret) > 256:
        bad("secret token is too long")
    if not _SECRET_TOKEN.match(secret):
        bad("secret token contains unallowed characters")
    _set_allowed(bot, params.get("allowed_updates", ""))
    if to_bool(params.get("drop_pending_updates")):
        bot.queue.clear()
    webhook = Webhook(
        url,
        get_int(params, "max_connections", 40, 1, 100),
        "certificate" in params,
        params.get("ip_address", ""),
        secret,
    )
    already = bot.webhook == webhook
    if not already:
        bot.failed_attempts, bot.next_attempt = 0, 0.0
        bot.last_error_date, bot.last_error_message = 0, ""
    bot.webhook = webhook
    bot.poll_generation += 1
    state.cond.notify_all()  # ends a waiting poll with "terminated by setWebhook request"
    return Described(True, "Webhook is already set" if already else "Webhook was set")


@handler("deleteWebhook")
def delete_webhook(state: State, bot: BotAccount, params: Mapping[str, str]) -> Described:
    """deleteWebhook: forget the webhook, optionally dropping pending updates."""
    if to_bool(params.get("drop_pending_updates")):
        bot.queue.clear()
    was_set = bot.webhook is not None
    bot.webhook = None
    return Described(True, "Webhook was deleted" if was_set else "Webhook is already deleted")


@handler("getWebhookInfo")
def get_webhook_info(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """getWebhookInfo: the recorded webhook settings and the pending update count."""
    webhook = bot.webhook
    info: Json = {
        "url": webhook.url if webhook else "",
        "has_custom_certificate": bool(webhook and webhook.has_custom_certificate),
        "pending_update_count": len(bot.queue),
    }
    if webhook is not None:
        if webhook.ip_address:
            info["ip_address"] = webhook.ip_address
        if bot.last_error_date:
            info["last_error_date"] = bot.last_error_date
            info["last_error_message"] = bot.last_error_message
        info["max_connections"] = webhook.max_connections
        if bot.allowed_explicit:
            info["allowed_updates"] = sorted(bot.allowed)
    return info
