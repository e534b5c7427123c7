# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type InputMediaLink."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .input_poll_option_media import InputPollOptionMedia


@attrs.frozen(kw_only=True, slots=False)
class InputMediaLink(InputPollOptionMedia):
    """Represents an HTTP link to be sent.

    See https://core.telegram.org/bots/api#inputmedialink
    """

    type: str = "link"
    url: str

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1), ("url", "url", "str", 1))
    _TAG: ClassVar[tuple[str, str]] = ("type", "link")
