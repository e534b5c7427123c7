"""Point the bot's updates at your webhook, with a secret token Telegram sends back each time."""

import secrets


def new_secret_token():
    """Return a fresh secret token: 1-256 characters from A-Z, a-z, 0-9, _ and -."""
    return secrets.token_urlsafe(32)  # run once, keep the value in your settings


def register_webhook(bot, url, secret_token):
    """Ask Telegram to POST updates to `url`, including the kinds this site handles."""
    bot.call(
        "setWebhook",
        {
            "url": url,
            "secret_token": secret_token,
            # chat_member is only sent when asked for by name; the list replaces the old one.
            "allowed_updates": ["chat_join_request", "chat_member"],
        },
    )
