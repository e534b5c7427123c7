"""A Retry-After header only means flood control on a 429: a 5xx stays a server error."""

from __future__ import annotations

import telebot_lite as tl
from telebot_lite._errors import error_from_answer

METHOD = "createChatInviteLink"


def test_non_json_503_with_retry_after_is_a_server_error() -> None:
    """A proxy's 503 page with Retry-After is a ServerError (maybe executed), not a RetryAfter."""
    error = error_from_answer(METHOD, 503, None, {"Retry-After": "5"})
    assert type(error) is tl.ServerError
    assert error.http_status == 503
    assert error.parameters == {}


def test_ok_false_500_with_retry_after_header_gets_no_retry_after() -> None:
    """An ok:false 500 with a Retry-After header stays a ServerError without retry_after."""
    answer = {"ok": False, "error_code": 500, "description": "Internal Server Error"}
    error = error_from_answer(METHOD, 500, answer, {"Retry-After": "5"})
    assert type(error) is tl.ServerError
    assert "retry_after" not in error.parameters
