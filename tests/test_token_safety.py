"""Token safety: the secret never shows in exceptions, tracebacks, pickles, reprs or log records."""

from __future__ import annotations

import logging
import pickle
import sys
import traceback
from typing import Any

import pytest
import requests
import responses
import urllib3.exceptions as u3
from support.tokens import API, SECRET, TOKEN

import telebot_lite as tl
from telebot_lite.testing import FakeTelegram

SHORT_TOKEN = "42:xyz"  # too short for the generic token pattern: only the Bot knows it
URL_IN_TEXT = (
    "HTTPSConnectionPool(host='api.telegram.org', port=443): "
    f"Max retries exceeded with url: /bot{TOKEN}/createChatInviteLink"
)


def everything_about(exc: BaseException) -> str:
    """Every text a user could see of `exc`: str, repr, traceback with its chain, the pickle."""
    parts = [str(exc), repr(exc)]
    parts.extend(traceback.format_exception(type(exc), exc, exc.__traceback__))
    parts.append(pickle.dumps(exc).decode("latin-1"))
    return "\n".join(parts)


def _api_error(code: int, description: str, **parameters: int) -> dict[str, Any]:
    answer: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        answer["parameters"] = parameters
    return {"status": code, "json": answer}


_REFUSED = requests.ConnectionError(
    u3.MaxRetryError(
        None,  # type: ignore[arg-type]
        f"/bot{TOKEN}/x",
        u3.NewConnectionError(None, f"GET /bot{TOKEN}/x refused"),  # type: ignore[arg-type]
    )
)

FAILURES: list[tuple[str, dict[str, Any]]] = [
    ("refused", {"body": _REFUSED}),
    ("connect timeout", {"body": requests.ConnectTimeout(URL_IN_TEXT)}),
    ("read timeout", {"body": requests.ReadTimeout(URL_IN_TEXT)}),
    ("dropped", {"body": requests.ConnectionError(URL_IN_TEXT)}),
    ("ssl", {"body": requests.exceptions.SSLError(URL_IN_TEXT)}),
    ("proxy", {"body": requests.exceptions.ProxyError(URL_IN_TEXT)}),
    ("os error", {"body": OSError(f"socket for /bot{TOKEN}/ failed")}),
    ("html 502", {"status": 502, "body": "<html>502</html>"}),
    ("not json", {"status": 200, "body": "oops"}),
    ("flood", _api_error(429, "Too Many Requests: retry after 5", retry_after=5)),
    ("bad request", _api_error(400, "Bad Request: chat not found")),
    ("unauthorized", _api_error(401, "Unauthorized")),
    ("bad result", {"status": 200, "json": {"ok": True, "result": {"invite_link": 5}}}),
]


@pytest.mark.parametrize(("name", "answer"), FAILURES, ids=[f[0] for f in FAILURES])
def test_no_failure_path_shows_the_secret(
    api: responses.RequestsMock, name: str, answer: dict[str, Any]
) -> None:
    """Whatever fails, the raised exception's every text is free of the secret."""
    api.post(API + "createChatInviteLink", **answer)
    with tl.Bot(TOKEN, sleep=lambda s: None) as bot, pytest.raises(tl.TelegramError) as info:
        bot.create_chat_invite_link(1)
    assert SECRET not in everything_about(info.value)


@pytest.mark.parametrize(("name", "answer"), FAILURES[:7], ids=[f[0] for f in FAILURES[:7]])
def test_transport_failures_chain_nothing(
    api: responses.RequestsMock, name: str, answer: dict[str, Any]
) -> None:
    """Transport exceptions carry no __cause__ or __context__ (requests' text holds the URL)."""
    api.post(API + "createChatInviteLink", **answer)
    with tl.Bot(TOKEN, sleep=lambda s: None) as bot, pytest.raises(tl.TransportError) as info:
        bot.create_chat_invite_link(1)
    assert info.value.__cause__ is None
    assert info.value.__context__ is None
    assert info.value.__suppress_context__ is False


def test_detail_is_kept_with_the_secret_redacted(api: responses.RequestsMock) -> None:
    """The failure text keeps its useful detail with the bot id, the secret replaced."""
    api.post(API + "createChatInviteLink", body=requests.ConnectionError(URL_IN_TEXT))
    with tl.Bot(TOKEN) as bot, pytest.raises(tl.NetworkError) as info:
        bot.create_chat_invite_link(1)
    assert "/bot123456:***/createChatInviteLink" in str(info.value)


def test_short_secret_is_redacted_by_the_bot_that_knows_it() -> None:
    """A token too short for the generic pattern is still redacted from transport errors."""
    url = f"https://api.telegram.org/bot{SHORT_TOKEN}/getMe"
    with responses.RequestsMock() as mock:
        mock.post(url, body=requests.ReadTimeout(f"read timed out on /bot{SHORT_TOKEN}/getMe"))
        with tl.Bot(SHORT_TOKEN) as bot, pytest.raises(tl.TimedOut) as info:
            bot.get_me()
    assert "xyz" not in str(info.value)
    assert "/bot42:***/getMe" in str(info.value)


def test_repr_of_bot_has_no_secret() -> None:
    """repr and str of a Bot show only its id."""
    bot = tl.Bot(TOKEN)
    assert SECRET not in repr(bot)
    assert SECRET not in str(bot)


@pytest.mark.parametrize(
    "token", [TOKEN + " ", TOKEN + "\n", "bot" + TOKEN, TOKEN.replace(":", "/"), TOKEN + "/x"]
)
def test_refused_token_is_never_echoed(token: str) -> None:
    """A token refused for its shape is not quoted in the error."""
    with pytest.raises(tl.InvalidArgument) as info:
        tl.Bot(token)
    assert SECRET not in everything_about(info.value)


def test_bad_base_url_message_does_not_carry_the_token() -> None:
    """Refusing a base URL quotes the URL, never the token."""
    with pytest.raises(tl.InvalidArgument) as info:
        tl.Bot(TOKEN, base_url="api.telegram.org")
    assert SECRET not in str(info.value)


def test_sdk_log_records_have_no_secret(
    api: responses.RequestsMock, caplog: pytest.LogCaptureFixture
) -> None:
    """The SDK's DEBUG records, for success and failure, never carry the secret."""
    api.post(
        API + "getMe", json={"ok": True, "result": {"id": 1, "is_bot": True, "first_name": "B"}}
    )
    api.post(API + "createChatInviteLink", body=requests.ConnectionError(URL_IN_TEXT))
    with caplog.at_level(logging.DEBUG, logger="telebot_lite"), tl.Bot(TOKEN) as bot:
        bot.get_me()
        with pytest.raises(tl.NetworkError):
            bot.create_chat_invite_link(1)
    records = [r for r in caplog.records if r.name == "telebot_lite"]
    assert len(records) == 2
    for record in records:
        assert SECRET not in record.getMessage()
        assert SECRET not in str(record.args)


# -- redact and RedactingFilter --------------------------------------------------------------


def test_redact_keeps_the_bot_id() -> None:
    """redact replaces the secret with *** and keeps the id."""
    assert tl.redact(f"POST /bot{TOKEN}/getMe HTTP/1.1") == "POST /bot123456:***/getMe HTTP/1.1"


def test_redact_leaves_ordinary_text_alone() -> None:
    """Text without a token is unchanged, including times like 12:30."""
    assert tl.redact("at 12:30 the call took 5 ms") == "at 12:30 the call took 5 ms"


def _record(msg: str, args: Any = None, **extra: Any) -> logging.LogRecord:
    record = logging.LogRecord(
        "urllib3.connectionpool", logging.DEBUG, __file__, 1, msg, args, None
    )
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def test_filter_redacts_the_message() -> None:
    """A token in the record's msg is redacted and the record is kept."""
    record = _record(f"POST /bot{TOKEN}/getMe")
    assert tl.RedactingFilter().filter(record) is True
    assert record.getMessage() == "POST /bot123456:***/getMe"


def test_filter_redacts_arguments() -> None:
    """A token passed through %-args (urllib3's way) is redacted and the args dropped."""
    record = _record(
        '%s://%s:%s "%s %s %s" %s %s',
        ("https", "api.telegram.org", 443, "POST", f"/bot{TOKEN}/getMe", "HTTP/1.1", 200, 5),
    )
    tl.RedactingFilter().filter(record)
    assert record.args is None
    assert SECRET not in record.getMessage()
    assert "/bot123456:***/getMe" in record.getMessage()


def test_filter_formats_args_even_without_a_token() -> None:
    """Records with args are pre-formatted, so nothing later can reintroduce a secret."""
    record = _record("%d connections", (3,))
    tl.RedactingFilter().filter(record)
    assert (record.msg, record.args) == ("3 connections", None)


def test_filter_leaves_a_clean_record_untouched() -> None:
    """A record without token or args keeps its original msg object."""
    message = "Starting new HTTPS connection (1): api.telegram.org:443"
    record = _record(message)
    tl.RedactingFilter().filter(record)
    assert record.msg is message


def test_filter_redacts_exception_text() -> None:
    """The traceback text attached to a record is redacted."""
    try:
        raise ValueError(f"failed on /bot{TOKEN}/getMe")
    except ValueError:
        record = _record("boom", exc_info=sys.exc_info())
    tl.RedactingFilter().filter(record)
    assert record.exc_text is not None
    assert SECRET not in record.exc_text
    assert "/bot123456:***/getMe" in record.exc_text
    assert SECRET not in logging.Formatter().format(record)


def test_filter_redacts_existing_exception_text_and_stack() -> None:
    """An already-formatted exc_text and a stack_info are redacted too."""
    record = _record("boom", exc_text=f"Traceback: /bot{TOKEN}/x", stack_info=f"at /bot{TOKEN}/y")
    tl.RedactingFilter().filter(record)
    assert record.exc_text == "Traceback: /bot123456:***/x"
    assert record.stack_info == "at /bot123456:***/y"


def test_urllib3_debug_lines_of_a_real_call_are_redacted_at_source(
    telegram: FakeTelegram, telegram_token: str
) -> None:
    """urllib3's real DEBUG line for a call reaches a handler without a filter, token redacted."""
    secret = telegram_token.split(":", 1)[1]
    bot_id = telegram_token.split(":", 1)[0]
    raw: list[str] = []

    class KeepRaw(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            raw.append(record.getMessage())

    raw_handler = KeepRaw(logging.DEBUG)
    logger = logging.getLogger("urllib3")
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(raw_handler)
    try:
        with tl.Bot(telegram_token, base_url=telegram.base_url) as bot:
            bot.get_me()
    finally:
        logger.removeHandler(raw_handler)
        logger.setLevel(old_level)
    assert any(f"/bot{bot_id}:***/getMe" in line for line in raw)
    assert all(secret not in line for line in raw)


def test_urllib3_loggers_get_one_filter_however_many_bots() -> None:
    """Each Bot makes sure urllib3's URL-printing loggers carry exactly one RedactingFilter."""
    tl.Bot(TOKEN).close()
    tl.Bot(TOKEN).close()
    for name in ("urllib3.connectionpool", "urllib3.poolmanager", "urllib3.util.retry"):
        filters = logging.getLogger(name).filters
        assert sum(isinstance(f, tl.RedactingFilter) for f in filters) == 1


def test_redact_finds_any_secret_inside_a_bot_api_path() -> None:
    """A secret too short or too odd for the generic pattern is still redacted in a URL path."""
    line = '"POST /bot12:a.b~c/createChatInviteLink HTTP/1.1" 200'
    assert tl.redact(line) == '"POST /bot12:***/createChatInviteLink HTTP/1.1" 200'


def test_pickled_api_errors_hold_no_secret(api: responses.RequestsMock) -> None:
    """An ApiError's pickle holds the method and Telegram's text, never the URL."""
    api.post(
        API + "getMe",
        status=401,
        json={"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    with tl.Bot(TOKEN) as bot, pytest.raises(tl.Unauthorized) as info:
        bot.get_me()
    copy = pickle.loads(pickle.dumps(info.value))
    assert SECRET not in everything_about(copy)
    assert copy.method == "getMe"
