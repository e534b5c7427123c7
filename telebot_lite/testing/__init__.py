"""A fake Telegram Bot API server for testing bots without Telegram: ``FakeTelegram``.

It runs a real HTTP/1.1 server on 127.0.0.1 (stdlib only) that models bots, people, chats,
administrator rights, invite links, join requests, messages, files, moderation, updates and
webhook delivery, with Telegram's error strings, so that whole bots can run against it.
This package is never imported by ``import telebot_lite``.
"""

from ._entities import ApiFailure, FakeTelegramError
from ._server import FAULTS, FakeTelegram, RecordedRequest, UploadedFile

__all__ = [
    "FAULTS",
    "ApiFailure",
    "FakeTelegram",
    "FakeTelegramError",
    "RecordedRequest",
    "UploadedFile",
]
