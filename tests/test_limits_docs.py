"""docs/scaling.rst: its example runs, and the facts it states hold."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from support.light_import import modules_after

import telebot_lite as tl
from telebot_lite.limits import LocalLimiter, RateLimited

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "docs" / "scaling.rst").read_text(encoding="utf-8")
_BLOCK = re.compile(r"^\.\. code-block:: python\n\n((?:(?:    .*)?\n)+)", re.MULTILINE)


def test_the_example_makes_a_bot_with_a_shared_limiter(
    redis_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("redis")
    monkeypatch.setenv(tl.TOKEN_ENV_VAR, "123456789:AAScalingDocsToken")
    [block] = [
        "\n".join(line[4:] for line in m.group(1).splitlines()) for m in _BLOCK.finditer(PAGE)
    ]
    assert "redis://localhost:6379/0" in block
    namespace: dict[str, Any] = {}
    exec(
        compile(block.replace("redis://localhost:6379/0", redis_url), "scaling.rst", "exec"),
        namespace,
    )
    bot = namespace["bot"]
    assert bot._limiter is namespace["limiter"]
    bot.close()


def test_the_limits_module_loads_redis_only_for_a_redis_limiter() -> None:
    assert "redis" not in modules_after("import telebot_lite.limits")


def test_the_defaults_are_the_documented_ones() -> None:
    limits = LocalLimiter()._limits
    assert (limits.per_bot, limits.per_chat, limits.per_group_per_minute) == (30, 1.0, 20)
    assert limits.margin == 0.1


def test_reads_are_never_held_back_even_when_the_bot_is_paused() -> None:
    limiter = LocalLimiter()
    limiter.flood_wait(1, "createChatInviteLink", {}, 60)
    assert limiter.acquire(1, "getUpdates", {}, 0.0) == 0.0
    with pytest.raises(RateLimited):
        limiter.acquire(1, "createChatInviteLink", {}, 0.0)


def test_one_evalsha_per_call(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("redis")
    from telebot_lite.limits import RedisLimiter

    limiter = RedisLimiter(redis_url)
    limiter.acquire(1, "sendMessage", {"chat_id": 0}, 1.0)  # the first call loads the script
    sent: list[str] = []
    execute = limiter.client.execute_command

    def counting(*args: Any, **options: Any) -> Any:
        sent.append(str(args[0]))
        return execute(*args, **options)

    monkeypatch.setattr(limiter.client, "execute_command", counting)
    for chat in range(1, 11):
        limiter.acquire(1, "sendMessage", {"chat_id": chat}, 1.0)
    assert sent == ["EVALSHA"] * 10
