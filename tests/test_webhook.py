"""Webhook helpers: parse_update over every input form, and the secret-token check."""

from __future__ import annotations

import json
from typing import Any, Optional

import pytest

import telebot_lite as tl
from telebot_lite import _webhook

UPDATE: dict[str, Any] = {
    "update_id": 5,
    "chat_join_request": {
        "chat": {"id": -1001, "type": "supergroup", "title": "G"},
        "from": {"id": 9, "is_bot": False, "first_name": "Ann"},
        "user_chat_id": 9,
        "date": 1767225600,
    },
}


@pytest.mark.parametrize(
    "body",
    [
        json.dumps(UPDATE).encode(),
        bytearray(json.dumps(UPDATE).encode()),
        json.dumps(UPDATE),
        UPDATE,
    ],
    ids=["bytes", "bytearray", "str", "mapping"],
)
def test_parse_update_accepts_bytes_str_and_mappings(body: Any) -> None:
    """parse_update returns the typed Update from bytes, bytearray, str or a mapping."""
    update = tl.parse_update(body)
    assert isinstance(update, tl.Update)
    assert update.kind == "chat_join_request"
    assert update.chat_join_request is not None
    assert update.chat_join_request.from_user.id == 9


@pytest.mark.parametrize("body", ["[1, 2]", "42", '"text"', "null", b"true"])
def test_parse_update_refuses_json_that_is_not_an_object(body: Any) -> None:
    """A JSON body that is not an object raises InvalidArgument."""
    with pytest.raises(tl.InvalidArgument, match="must be a JSON object") as info:
        tl.parse_update(body)
    assert info.value.parameter == "body"


@pytest.mark.parametrize("body", [b"{not json", "", b"\xff\xfe"])
def test_parse_update_refuses_text_that_is_not_json(body: Any) -> None:
    """A body that is not JSON raises InvalidArgument, not a json exception."""
    with pytest.raises(tl.InvalidArgument, match="is not JSON"):
        tl.parse_update(body)


def test_parse_update_refuses_deep_nesting_as_not_json() -> None:
    """A body nested too deeply for the JSON decoder raises InvalidArgument."""
    with pytest.raises(tl.InvalidArgument, match="is not JSON"):
        tl.parse_update("[" * 200_000 + "]" * 200_000)


def test_parse_update_refuses_bodies_over_one_mebibyte() -> None:
    """A body over 1 MiB is refused before it is parsed."""
    body = b'{"update_id": 1, "pad": "' + b"x" * (1 << 20) + b'"}'
    with pytest.raises(tl.InvalidArgument, match="larger than 1048576 bytes"):
        tl.parse_update(body)


def test_parse_update_accepts_a_body_of_exactly_one_mebibyte() -> None:
    """A body of exactly 1 MiB is still parsed."""
    head = b'{"update_id": 1, "pad": "'
    body = head + b"x" * ((1 << 20) - len(head) - 2) + b'"}'
    assert len(body) == 1 << 20
    assert tl.parse_update(body).extra["pad"].startswith("x")


@pytest.mark.parametrize("body", [None, 5, [UPDATE]])
def test_parse_update_refuses_other_types(body: Any) -> None:
    """Anything but bytes, str or a mapping raises InvalidArgument naming the type."""
    with pytest.raises(tl.InvalidArgument, match="bytes, str or a mapping"):
        tl.parse_update(body)


def test_parse_update_refuses_an_object_that_is_not_an_update() -> None:
    """A JSON object without update_id raises InvalidArgument."""
    with pytest.raises(tl.InvalidArgument, match="update_id"):
        tl.parse_update(b'{"some_kind": {}}')


def test_parse_update_turns_recursion_exhaustion_into_invalid_argument(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If building the Update exhausts the recursion limit, the caller gets InvalidArgument."""

    class _Deep:
        @staticmethod
        def from_dict(data: Any) -> Any:
            raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(_webhook, "Update", _Deep)
    with pytest.raises(tl.InvalidArgument, match="nested too deeply"):
        tl.parse_update(b'{"update_id": 1}')


# -- check_secret_token ----------------------------------------------------------------------


def test_secret_token_header_name() -> None:
    """The header name is Telegram's."""
    assert tl.SECRET_TOKEN_HEADER == "X-Telegram-Bot-Api-Secret-Token"


def test_matching_secret_token_is_accepted() -> None:
    """The same secret matches."""
    assert tl.check_secret_token("s3cr3t-Value_1", "s3cr3t-Value_1") is True


@pytest.mark.parametrize("received", ["s3cr3t", "S3CR3T-VALUE_1", "", "s3cr3t-Value_1 "])
def test_different_secret_token_is_refused(received: str) -> None:
    """Any other value, including a prefix or a case change, does not match."""
    assert tl.check_secret_token(received, "s3cr3t-Value_1") is False


def test_missing_header_never_matches() -> None:
    """A missing header (None) is refused."""
    assert tl.check_secret_token(None, "s3cr3t") is False


@pytest.mark.parametrize("received", ["", "anything", None])
@pytest.mark.parametrize("expected", ["", None], ids=["empty", "none"])
def test_an_empty_expected_secret_never_matches(
    received: Optional[str], expected: Optional[str]
) -> None:
    """An unset secret authenticates nobody, not even an equally empty header."""
    assert tl.check_secret_token(received, expected) is False


def test_non_str_values_never_match() -> None:
    """bytes received or a non-str expected value is refused rather than raising."""
    assert tl.check_secret_token(b"s3cr3t", "s3cr3t") is False  # type: ignore[arg-type]
    assert tl.check_secret_token("s3cr3t", None) is False  # type: ignore[arg-type]


def test_lone_surrogate_does_not_raise() -> None:
    """A header with a lone surrogate is compared, not crashed on."""
    assert tl.check_secret_token("\udcff", "s3cr3t") is False


def test_compare_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The comparison goes through hmac.compare_digest."""
    seen: list[tuple[bytes, bytes]] = []

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return a == b

    monkeypatch.setattr(_webhook.hmac, "compare_digest", spy)
    assert tl.check_secret_token("abc", "abc") is True
    assert seen == [(b"abc", b"abc")]
