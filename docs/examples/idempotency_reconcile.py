"""Reconcile instead of re-sending: after a lost answer, ask Telegram what is true now."""

import telebot_lite as tl


def primary_link(bot, chat_id):
    """Return the chat's primary invite link as getChat reports it (None when there is none)."""
    return bot.call("getChat", {"chat_id": chat_id}).get("invite_link")


def rotate_primary_link(bot, chat_id):
    """Replace the chat's primary link (say, after it leaked) and return the new one, once."""
    before = primary_link(bot, chat_id)
    try:
        return bot.export_chat_invite_link(chat_id)
    except tl.TransportError as e:
        if not e.request_sent:
            raise  # nothing reached Telegram; the caller may simply try again
    except tl.ServerError:
        pass  # Telegram's side failed: the export may or may not have happened
    # Don't export blindly a second time: look. getChat is safe to re-send.
    after = primary_link(bot, chat_id)
    if after is not None and after != before:
        return after  # the export happened; only its answer was lost
    return bot.export_chat_invite_link(chat_id)  # it did not happen: this is no repeat
