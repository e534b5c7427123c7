# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getWebhookInfo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.webhook_info import WebhookInfo  # noqa: F401


@attrs.frozen(kw_only=True)
class GetWebhookInfo(Method["WebhookInfo"]):
    """Use this method to get current webhook status. Requires no parameters. On success, returns a
    WebhookInfo object. If the bot is using getUpdates, will return an object with the url field
    empty.

    See https://core.telegram.org/bots/api#getwebhookinfo
    """

    api_method: ClassVar[str] = "getWebhookInfo"
    result_type: ClassVar[Any] = "WebhookInfo"
