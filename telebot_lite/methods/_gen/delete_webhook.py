# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method deleteWebhook."""

from __future__ import annotations

from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import Method


@attrs.frozen(kw_only=True)
class DeleteWebhook(Method["bool"]):
    """Use this method to remove webhook integration if you decide to switch back to getUpdates.
    Returns True on success.

    See https://core.telegram.org/bots/api#deletewebhook
    """

    api_method: ClassVar[str] = "deleteWebhook"
    result_type: ClassVar[Any] = "bool"

    drop_pending_updates: Optional[bool] = None
