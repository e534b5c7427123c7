# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setWebhook."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite.methods._base import InputFileParam, Method


@attrs.frozen(kw_only=True)
class SetWebhook(Method["bool"]):
    """Use this method to specify a URL and receive incoming updates via an outgoing webhook.
    Whenever there is an update for the bot, we will send an HTTPS POST request to the specified
    URL, containing a JSON-serialized Update. In case of an unsuccessful request (a request with
    response HTTP status code different from 2XY), we will repeat the request and give up after a
    reasonable amount of attempts. Returns True on success.
    If you'd like to make sure that the webhook was set by you, you can specify secret data in
    the parameter secret_token. If specified, the request will contain a header
    'X-Telegram-Bot-Api-Secret-Token' with the secret token as content.
    Notes
    1. You will not be able to receive updates using getUpdates for as long as an outgoing
    webhook is set up.
    2. To use a self-signed certificate, you need to upload your public key certificate using
    certificate parameter. Please upload as InputFile, sending a String will not work.
    3. Ports currently supported for webhooks: 443, 80, 88, 8443.
    If you're having any trouble setting up webhooks, please check out this amazing guide to
    webhooks.

    See https://core.telegram.org/bots/api#setwebhook
    """

    api_method: ClassVar[str] = "setWebhook"
    result_type: ClassVar[Any] = "bool"
    _FILES: ClassVar[tuple[str, ...]] = ("certificate",)

    url: str
    certificate: Optional[InputFileParam] = None
    ip_address: Optional[str] = None
    max_connections: Optional[int] = None
    allowed_updates: Optional[Sequence[str]] = None
    drop_pending_updates: Optional[bool] = None
    secret_token: Optional[str] = None
