"""The exception tree and the one mapping table from Telegram answers to exception classes."""

from __future__ import annotations

import json
import pickle
from typing import Any, Optional

import pytest

import telebot_lite as tl
from telebot_lite._errors import ERROR_TABLE, UNKNOWN_FLOOD_WAIT, error_from_answer

METHOD = "createChatInviteLink"


def _answer(code: int, description: str, parameters: Optional[dict[str, Any]] = None) -> Any:
    answer: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters is not None:
        answer["parameters"] = parameters
    return answer


def _map(code: int, description: str, parameters: Optional[dict[str, Any]] = None) -> Any:
    return error_from_answer(METHOD, code, _answer(code, description, parameters), {})


# Each row of ERROR_TABLE, with a real Telegram answer (error code, description, parameters)
# that it must match.
TABLE_CASES = [
    (429, "Too Many Requests: retry after 7", {"retry_after": 7}, tl.RetryAfter),
    (
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        {"migrate_to_chat_id": -1001234567890},
        tl.ChatMigrated,
    ),
    (400, "Bad Request: chat not found", None, tl.ChatNotFound),
    (400, "Bad Request: not enough rights to manage chat invite link", None, tl.NotEnoughRights),
    (400, "Bad Request: CHAT_ADMIN_REQUIRED", None, tl.NotEnoughRights),
    (400, "Bad Request: HIDE_REQUESTER_MISSING", None, tl.JoinRequestAlreadyHandled),
    (400, "Bad Request: USER_ALREADY_PARTICIPANT", None, tl.JoinRequestAlreadyHandled),
    (400, "Bad Request: INVITE_HASH_EXPIRED", None, tl.InviteLinkExpired),
    (400, "Bad Request: can't invite members to a private chat", None, tl.PrivateChatHasNoLinks),
    (400, "Bad Request: the chat can't have join requests", None, tl.PrivateChatHasNoLinks),
    (400, "Bad Request: USAGE_LIMIT_INVALID", None, tl.BadRequest),
    (401, "Unauthorized", None, tl.Unauthorized),
    (403, "Forbidden: bot was kicked from the supergroup chat", None, tl.Forbidden),
    (404, "Not Found", None, tl.NotFound),
    (409, "Conflict: terminated by other getUpdates request", None, tl.Conflict),
    (413, "Request Entity Too Large", None, tl.EntityTooLarge),
    (500, "Internal Server Error: restart", None, tl.ServerError),
]


def test_every_table_row_has_a_case() -> None:
    """The cases below cover each class of ERROR_TABLE, so a new row needs a new case."""
    assert {row[3] for row in ERROR_TABLE} == {case[3] for case in TABLE_CASES}
    assert len(TABLE_CASES) == len(ERROR_TABLE)


@pytest.mark.parametrize(("code", "description", "parameters", "cls"), TABLE_CASES)
def test_table_row_maps_to_its_class(
    code: int, description: str, parameters: Optional[dict[str, Any]], cls: type
) -> None:
    """A real Telegram answer maps to exactly the class of its table row."""
    error = _map(code, description, parameters)
    assert type(error) is cls
    assert error.description == description
    assert error.error_code == code


@pytest.mark.parametrize(("code", "description", "parameters", "cls"), TABLE_CASES)
def test_every_mapped_error_pickles_with_its_fields(
    code: int, description: str, parameters: Optional[dict[str, Any]], cls: type
) -> None:
    """Every mapped exception survives a pickle round trip with all its fields."""
    error = _map(code, description, parameters)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert (copy.method, copy.error_code, copy.description) == (METHOD, code, description)
    assert copy.parameters == error.parameters
    assert copy.http_status == code
    assert str(copy) == str(error)


def test_description_fragments_match_case_insensitively() -> None:
    """A reworded, differently cased description still maps by its fragment."""
    error = _map(400, "Bad Request: CHAT NOT FOUND (reworded)", None)
    assert type(error) is tl.ChatNotFound


def test_older_export_wording_maps_to_not_enough_rights() -> None:
    """The older 'not enough rights to export chat invite link' wording is NotEnoughRights."""
    assert type(_map(400, "Bad Request: not enough rights to export chat invite link")) is (
        tl.NotEnoughRights
    )


def test_join_request_rights_wording_maps_to_not_enough_rights() -> None:
    """'not enough rights to manage chat join requests' is NotEnoughRights."""
    error = _map(400, "Bad Request: not enough rights to manage chat join requests")
    assert type(error) is tl.NotEnoughRights


def test_description_fragment_only_counts_under_its_status() -> None:
    """'chat not found' in a 403 is a Forbidden, not a ChatNotFound."""
    assert type(_map(403, "Forbidden: chat not found")) is tl.Forbidden


@pytest.mark.parametrize(("code", "cls"), [(400, tl.BadRequest), (500, tl.ServerError)])
def test_retry_after_on_another_code_keeps_its_class(code: int, cls: type) -> None:
    """Only a 429 is flood control: retry_after on a 400 or 500 keeps that code's class."""
    error = _map(code, "slow down", {"retry_after": 3})
    assert type(error) is cls
    assert error.parameters["retry_after"] == 3


def test_http_429_is_flood_control_whatever_error_code_says() -> None:
    """An HTTP 429 whose body claims another error_code is still RetryAfter."""
    answer = {"ok": False, "error_code": 400, "description": "slow", "parameters": {}}
    assert type(error_from_answer(METHOD, 429, answer, {})) is tl.RetryAfter


def test_unknown_status_falls_back_to_api_error() -> None:
    """An error code no row knows gives the ApiError base class."""
    error = _map(418, "I'm a teapot")
    assert type(error) is tl.ApiError
    assert str(error) == f"{METHOD}: [418] I'm a teapot"


def test_ok_false_with_http_200_maps_by_error_code() -> None:
    """ok:false delivered with HTTP 200 maps by the body's error_code."""
    error = error_from_answer(METHOD, 200, _answer(400, "Bad Request: chat not found"), {})
    assert type(error) is tl.ChatNotFound
    assert error.http_status == 200
    assert error.error_code == 400


def test_missing_error_code_falls_back_to_http_status() -> None:
    """ok:false without an int error_code maps by the HTTP status."""
    error = error_from_answer(METHOD, 403, {"ok": False, "error_code": "403"}, {})
    assert type(error) is tl.Forbidden
    assert error.error_code == 403


def test_non_str_description_and_non_object_parameters_are_tolerated() -> None:
    """An odd description or parameters value becomes '' and {} instead of raising."""
    error = error_from_answer(
        METHOD, 400, {"ok": False, "error_code": 400, "description": 5, "parameters": [1]}, {}
    )
    assert type(error) is tl.BadRequest
    assert error.description == ""
    assert error.parameters == {}


def test_str_of_api_error_is_method_code_description() -> None:
    """str(ApiError) is exactly '{method}: [{error_code}] {description}'."""
    assert str(_map(400, "Bad Request: chat not found")) == (
        "createChatInviteLink: [400] Bad Request: chat not found"
    )


def test_repr_of_api_error_names_class_and_fields() -> None:
    """repr(ApiError) shows the class and its fields."""
    text = repr(_map(403, "Forbidden: x"))
    assert text.startswith("Forbidden(method='createChatInviteLink', error_code=403")
    assert "description='Forbidden: x'" in text


def test_api_error_http_status_defaults_to_error_code() -> None:
    """An ApiError built without http_status takes the error code as status."""
    assert tl.ApiError(method="m", error_code=409, description="d").http_status == 409


def test_bad_request_is_not_a_transport_error() -> None:
    """A 400 is never caught by an `except TransportError` retry loop."""
    assert not issubclass(tl.BadRequest, tl.TransportError)
    assert issubclass(tl.InvalidArgument, ValueError)
    assert issubclass(tl.TimedOut, tl.NetworkError)
    assert issubclass(tl.JoinRequestAlreadyHandled, tl.BadRequest)
    assert issubclass(tl.InviteLinkExpired, tl.BadRequest)
    assert issubclass(tl.PrivateChatHasNoLinks, tl.BadRequest)


# -- ChatMigrated and RetryAfter fields ------------------------------------------------------


def test_chat_migrated_exposes_migrate_to_chat_id() -> None:
    """ChatMigrated.migrate_to_chat_id is the id from parameters."""
    error = _map(400, "Bad Request: group chat was upgraded", {"migrate_to_chat_id": -100987})
    assert error.migrate_to_chat_id == -100987


def test_chat_migrated_with_non_int_id_gives_zero() -> None:
    """A migrate_to_chat_id that is not an int reads as 0 instead of raising."""
    error = _map(400, "Bad Request: group chat was upgraded", {"migrate_to_chat_id": "-100"})
    assert error.migrate_to_chat_id == 0


def test_retry_after_from_parameters() -> None:
    """retry_after comes from parameters first."""
    assert _map(429, "Too Many Requests: retry after 9", {"retry_after": 4}).retry_after == 4


def test_retry_after_from_retry_after_header() -> None:
    """Without parameters.retry_after, the Retry-After header fills it in."""
    error = error_from_answer(
        METHOD, 429, _answer(429, "Too Many Requests"), {"Retry-After": " 12 "}
    )
    assert error.retry_after == 12
    assert error.parameters == {"retry_after": 12}


def test_retry_after_parameters_beat_the_header() -> None:
    """parameters.retry_after is kept when the header disagrees."""
    answer = _answer(429, "Too Many Requests", {"retry_after": 2})
    assert error_from_answer(METHOD, 429, answer, {"Retry-After": "50"}).retry_after == 2


def test_retry_after_from_description_text() -> None:
    """Without parameters or header, 'retry after N' in the description gives N."""
    assert _map(429, "Too Many Requests: retry after 17").retry_after == 17


def test_retry_after_text_is_capped() -> None:
    """A huge number in the description is capped instead of overflowing int()."""
    assert _map(429, "Too Many Requests: retry after " + "9" * 5000).retry_after == 999_999_999


def test_retry_after_without_any_hint_is_conservative() -> None:
    """With no usable hint, retry_after is UNKNOWN_FLOOD_WAIT (60 s), never a quick 1 s."""
    assert _map(429, "Too Many Requests").retry_after == UNKNOWN_FLOOD_WAIT == 60


def test_retry_after_of_zero_in_text_is_unknown() -> None:
    """'retry after 0' says nothing usable: the conservative wait applies."""
    assert _map(429, "Too Many Requests: retry after 0").retry_after == UNKNOWN_FLOOD_WAIT


@pytest.mark.parametrize("value", [0, -5, True, float("nan"), None, [1]])
def test_retry_after_ignores_unusable_parameter_values(value: object) -> None:
    """A non-positive, bool or NaN parameters.retry_after falls back to the description."""
    assert _map(429, "Too Many Requests: retry after 6", {"retry_after": value}).retry_after == 6


@pytest.mark.parametrize(
    ("value", "seconds"),
    [("7", 7), (" 7 ", 7), (0.5, 1), (2.5, 3), (float("inf"), 999_999_999), (10**12, 999_999_999)],
)
def test_retry_after_reads_odd_values_as_meant(value: object, seconds: int) -> None:
    """ "7" is 7 s, fractions round up, huge or infinite values (JSON 1e400) are capped."""
    answer = _answer(429, "Too Many Requests", {"retry_after": value})
    assert error_from_answer(METHOD, 429, answer, {}).retry_after == seconds


def test_retry_after_of_1e400_in_json_is_capped() -> None:
    """A JSON body with retry_after 1e400 (float infinity once parsed) waits the cap."""
    answer = json.loads(
        '{"ok":false,"error_code":429,"description":"x","parameters":{"retry_after":1e400}}'
    )
    assert error_from_answer(METHOD, 429, answer, {}).retry_after == 999_999_999


@pytest.mark.parametrize("header", ["soon", "", "²", "-1", "Wed, 21 Oct 2030 07:28:00 GMT"])
def test_odd_retry_after_headers_are_ignored(header: str) -> None:
    """A Retry-After header that is not ASCII digits is ignored."""
    error = error_from_answer(
        METHOD, 429, _answer(429, "Too Many Requests"), {"Retry-After": header}
    )
    assert error.parameters == {}
    assert error.retry_after == UNKNOWN_FLOOD_WAIT


# -- answers that are not Bot API JSON -------------------------------------------------------


def test_html_502_is_a_server_error() -> None:
    """A proxy's non-JSON 502 page is a ServerError carrying the status."""
    error = error_from_answer(METHOD, 502, None, {})
    assert type(error) is tl.ServerError
    assert error.http_status == 502
    assert "HTTP 502" in error.description


def test_non_json_429_with_header_is_retry_after() -> None:
    """A proxy's flood page with a Retry-After header is flood control, not an odd answer."""
    error = error_from_answer(METHOD, 429, None, {"Retry-After": "8"})
    assert type(error) is tl.RetryAfter
    assert error.retry_after == 8
    assert error.http_status == 429


def test_non_json_429_without_header_is_invalid_response() -> None:
    """A non-JSON 429 with no Retry-After is an InvalidResponse."""
    error = error_from_answer(METHOD, 429, None, {})
    assert type(error) is tl.InvalidResponse
    assert error.http_status == 429


def test_non_json_404_is_invalid_response() -> None:
    """A non-JSON, non-5xx answer is an InvalidResponse that may have been executed."""
    error = error_from_answer(METHOD, 404, "<html>", {})
    assert type(error) is tl.InvalidResponse
    assert error.request_sent is True
    assert error.http_status == 404


def test_json_object_without_ok_false_is_invalid_response() -> None:
    """A JSON object that is not an ok:false answer is an InvalidResponse."""
    assert type(error_from_answer(METHOD, 400, {"ok": True}, {})) is tl.InvalidResponse


# -- InvalidArgument and TransportError ------------------------------------------------------


def test_invalid_argument_keeps_message_and_parameter_through_pickle() -> None:
    """InvalidArgument pickles with its message and parameter."""
    copy = pickle.loads(pickle.dumps(tl.InvalidArgument("name too long", parameter="name")))
    assert (str(copy), copy.parameter) == ("name too long", "name")
    assert repr(copy) == "InvalidArgument(message='name too long', parameter='name')"


@pytest.mark.parametrize("cls", [tl.TransportError, tl.NetworkError, tl.TimedOut])
def test_transport_errors_pickle_with_request_sent(cls: type) -> None:
    """Transport errors pickle with method, message and request_sent."""
    copy = pickle.loads(pickle.dumps(cls("refused", method="getMe", request_sent=False)))
    assert type(copy) is cls
    assert (copy.message, copy.method, copy.request_sent) == ("refused", "getMe", False)


def test_base_error_pickles_and_has_a_plain_repr() -> None:
    """A bare TelegramError pickles and shows its class name."""
    copy = pickle.loads(pickle.dumps(tl.TelegramError()))
    assert type(copy) is tl.TelegramError
    assert repr(copy) == "TelegramError()"


def test_transport_error_str_says_whether_request_was_sent() -> None:
    """str(TransportError) tells whether the request may have been executed."""
    assert str(tl.NetworkError("x", method="m", request_sent=False)) == "m: x (request not sent)"
    assert str(tl.NetworkError("x", method="m", request_sent=True)) == (
        "m: x (request may have been executed)"
    )


def test_invalid_response_pickles_with_http_status() -> None:
    """InvalidResponse keeps http_status through pickling."""
    copy = pickle.loads(pickle.dumps(tl.InvalidResponse("bad", method="getMe", http_status=200)))
    assert (copy.http_status, copy.request_sent, copy.method) == (200, True, "getMe")


# -- a Retry-After header only means flood control on a 429 -----------------------------------


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
