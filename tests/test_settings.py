"""The Bot's settings are checked at construction (issue 10, items 6 and 8): base URL and numbers.

Bad values raise InvalidArgument before anything is sent, and the message never quotes a value
that may hold a token.
"""

from __future__ import annotations

from typing import Any

import pytest
import responses
from support.tokens import SECRET, TOKEN

import telebot_lite as tl

ENV = "TELEGRAM_BOT_API_URL"
ME = {"id": 123456, "is_bot": True, "first_name": "Bot"}


pytestmark = pytest.mark.usefixtures("no_base_url_env")


def _refused(**kwargs: Any) -> tl.InvalidArgument:
    with pytest.raises(tl.InvalidArgument) as info:
        tl.Bot(TOKEN, **kwargs)
    return info.value


# -- base URL (item 6) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "base_url",
    [
        "http://",
        "https://:8081",
        "http://localhost:99999",
        "http://localhost:0",
        "http://localhost:80x",
        "http://local host",
        "http://localhost/\tx",
        "https://api.telegram.org?x=1",
        "https://api.telegram.org/#frag",
        "https://[::1",
        "https://[::1]]:8081",
        "https://[not-ipv6]",
        "https://user:pass@api.telegram.org",
        "mailto:someone",
        "HTTPS//api.telegram.org",
    ],
)
def test_malformed_base_urls_are_refused(base_url: str) -> None:
    """Malformed base URLs are refused at construction, naming base_url."""
    assert _refused(base_url=base_url).parameter == "base_url"


@pytest.mark.parametrize(
    "base_url",
    [
        f"https://api.telegram.org/bot{TOKEN}",
        f"https://api.telegram.org/bot{TOKEN}/",
        f"https://api.telegram.org/bot{TOKEN}/getMe",
        f"http://localhost:8081/gateway/{TOKEN}",
        f"https://api.telegram.org/bot{TOKEN}?x=1",
    ],
)
def test_a_token_in_the_base_url_is_refused_without_echoing_it(base_url: str) -> None:
    """A token pasted into base_url is refused; neither message nor repr quotes the secret."""
    error = _refused(base_url=base_url)
    assert SECRET not in str(error)
    assert SECRET not in repr(error)


def test_a_token_pasted_into_the_base_url_is_explained() -> None:
    """The raw-API habit (`.../bot<token>`) gets a message saying where the token goes."""
    error = _refused(base_url=f"https://api.telegram.org/bot{TOKEN}")
    assert "contains a bot token" in str(error)


@pytest.mark.parametrize("base_url", ["https://api.telegram.org/bot", "http://localhost:8081/bot/"])
def test_a_base_url_ending_in_bot_says_to_drop_it(base_url: str) -> None:
    """python-telegram-bot's ".../bot" base URL is refused with a clear hint."""
    assert "drop the /bot" in str(_refused(base_url=base_url))


@pytest.mark.parametrize(
    ("base_url", "kept"),
    [
        ("http://127.0.0.1:8081/", "http://127.0.0.1:8081"),
        ("https://[::1]:8081", "https://[::1]:8081"),
        ("https://gateway.example/telegram", "https://gateway.example/telegram"),
        ("HTTPS://API.Telegram.org", "HTTPS://API.Telegram.org"),
    ],
)
def test_good_base_urls_are_kept(base_url: str, kept: str) -> None:
    """Well-formed base URLs (IPv6, a path prefix, any case) are accepted, without a final /."""
    assert tl.Bot(TOKEN, base_url=base_url).base_url == kept


def test_base_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """TELEGRAM_BOT_API_URL is read when base_url is None; calls go there."""
    monkeypatch.setenv(ENV, "http://127.0.0.1:8081/")
    bot = tl.Bot(TOKEN)
    assert bot.base_url == "http://127.0.0.1:8081"
    with responses.RequestsMock() as api:
        api.post(f"http://127.0.0.1:8081/bot{TOKEN}/getMe", json={"ok": True, "result": ME})
        assert bot.get_me().id == 123456


def test_an_explicit_base_url_beats_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """base_url=... wins over TELEGRAM_BOT_API_URL."""
    monkeypatch.setenv(ENV, "http://127.0.0.1:8081")
    assert tl.Bot(TOKEN, base_url="https://example.org").base_url == "https://example.org"


def test_without_base_url_anywhere_it_is_telegrams() -> None:
    """No argument and no environment variable: Telegram's own server."""
    assert tl.Bot(TOKEN).base_url == tl.DEFAULT_BASE_URL


def test_a_bad_base_url_in_the_environment_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A malformed TELEGRAM_BOT_API_URL is refused, and the message names the variable."""
    monkeypatch.setenv(ENV, f"https://api.telegram.org/bot{TOKEN}")
    error = _refused()
    assert ENV in str(error)
    assert SECRET not in str(error)


def test_the_shared_bots_read_the_environment_base_url(
    monkeypatch: pytest.MonkeyPatch, fresh_registry: None
) -> None:
    """The module functions' shared Bot uses TELEGRAM_BOT_API_URL too."""
    monkeypatch.setenv(ENV, "http://127.0.0.1:8081")
    assert tl.shared_bot(TOKEN).base_url == "http://127.0.0.1:8081"


# -- numbers (item 8) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "timeout",
    [
        float("inf"),
        float("nan"),
        1e12,
        86400.5,
        (5, 1e12),
        (float("inf"), 1),
        (1, float("nan")),
    ],
)
def test_infinite_huge_or_nan_timeouts_are_refused(timeout: Any) -> None:
    """inf, NaN and absurd timeouts are refused at construction (no OverflowError later)."""
    assert _refused(timeout=timeout).parameter == "timeout"


def test_an_infinite_call_timeout_is_refused_before_sending() -> None:
    """timeout=inf on one call: InvalidArgument and nothing sent."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as api:
        api.post(f"https://api.telegram.org/bot{TOKEN}/getMe", json={"ok": True, "result": ME})
        with pytest.raises(tl.InvalidArgument):
            tl.Bot(TOKEN).get_me(timeout=float("inf"))
        assert len(api.calls) == 0


@pytest.mark.parametrize("wait", [float("nan"), float("inf"), -1, 1e12, True, "5", None])
def test_bad_max_flood_waits_are_refused(wait: Any) -> None:
    """max_flood_wait must be finite seconds from 0 to a day."""
    assert _refused(max_flood_wait=wait).parameter == "max_flood_wait"


@pytest.mark.parametrize("wait", [0, 0.5, 60, 86400])
def test_good_max_flood_waits_are_accepted(wait: float) -> None:
    """0, fractions and up to a day are fine."""
    tl.Bot(TOKEN, max_flood_wait=wait)


@pytest.mark.parametrize("idle", [(1, 2), float("nan"), float("inf"), 0, -1, True, "30"])
def test_bad_idle_timeouts_are_refused(idle: Any) -> None:
    """idle_timeout is one finite number of seconds: a pair is InvalidArgument, not TypeError."""
    assert _refused(idle_timeout=idle).parameter == "idle_timeout"


@pytest.mark.parametrize("size", [0, 1023, 2.5, "1MB", None, True])
def test_bad_max_answer_sizes_are_refused(size: Any) -> None:
    """max_answer_size is an int of at least 1024 bytes."""
    assert _refused(max_answer_size=size).parameter == "max_answer_size"
