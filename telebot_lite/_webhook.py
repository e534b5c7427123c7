"""Webhook helpers: parse an update body and check Telegram's secret-token header."""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from typing import Any, Optional, Union

from ._errors import InvalidArgument
from ._updates import Update

__all__ = ["parse_update", "check_secret_token", "SECRET_TOKEN_HEADER", "MAX_UPDATE_BYTES"]

#: The header Telegram sends the webhook's ``secret_token`` in.
SECRET_TOKEN_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: Bodies larger than this are refused before parsing; real updates are a few kilobytes.
MAX_UPDATE_BYTES = 1 << 20


def parse_update(body: Union[bytes, bytearray, str, Mapping[str, Any]]) -> Update:
    """Return the :class:`Update` in a webhook body (bytes, str, or an already decoded mapping).

    :raises InvalidArgument: the body is too large, not JSON, not a JSON object, or not an update.
    """
    if isinstance(body, Mapping):
        data: Any = body
    else:
        if isinstance(body, (bytes, bytearray, str)):
            if len(body) > MAX_UPDATE_BYTES:
                raise InvalidArgument(
                    f"update body is larger than {MAX_UPDATE_BYTES} bytes", parameter="body"
                )
            try:
                data = json.loads(body)
            except (ValueError, RecursionError) as exc:
                problem = f"{type(exc).__name__}: {exc}"[:200]
            else:
                problem = ""
            if problem:
                raise InvalidArgument(f"update body is not JSON ({problem})", parameter="body")
        else:
            raise InvalidArgument(
                f"update body must be bytes, str or a mapping, not {type(body).__name__}",
                parameter="body",
            )
    if not isinstance(data, Mapping):
        raise InvalidArgument(
            f"update body must be a JSON object, got {type(data).__name__}", parameter="body"
        )
    try:
        return Update.from_dict(data)
    except RecursionError:
        problem = "nested too deeply"
    raise InvalidArgument(f"update body is {problem}", parameter="body")


def check_secret_token(received: Optional[str], expected: Optional[str]) -> bool:
    """Return whether the ``X-Telegram-Bot-Api-Secret-Token`` header matches, in constant time.

    A missing header (None) never matches, and neither does anything when `expected` is empty or
    None: a webhook whose secret is unset refuses every request instead of trusting anyone who
    sends an empty header.
    """
    if not isinstance(received, str) or not isinstance(expected, str) or not expected:
        return False
    # surrogatepass: a lone surrogate (possible in a str decoded leniently) must not raise.
    return hmac.compare_digest(
        received.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )
