"""Flood control before Telegram's: limiters a :class:`~telebot_lite.Bot` asks before each send.

``Bot(..., limiter=...)`` asks the limiter before every attempt and tells it about every 429.
:class:`LocalLimiter` keeps the limits in one process; :class:`RedisLimiter` shares them between
every process and host that uses the same Redis (the ``redis`` extra). See the "Scaling out"
page of the documentation. ``import telebot_lite`` never loads this module.
"""

from ._common import (
    CHAT_METHODS,
    Limiter,
    LimiterUnavailable,
    RateLimited,
    counts_per_bot,
    is_chat_method,
)
from ._local import LocalLimiter
from ._redis import RedisLimiter

__all__ = [
    "Limiter",
    "LocalLimiter",
    "RedisLimiter",
    "RateLimited",
    "LimiterUnavailable",
    "CHAT_METHODS",
    "is_chat_method",
    "counts_per_bot",
]
