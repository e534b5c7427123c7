# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type WriteAccessAllowed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class WriteAccessAllowed(Model):
    """This object represents a service message about a user allowing a bot to write messages after
    adding it to the attachment menu, launching a Web App from a link, or accepting an explicit
    request from a Web App sent by the method requestWriteAccess.

    See https://core.telegram.org/bots/api#writeaccessallowed
    """

    from_request: Optional[bool] = None
    web_app_name: Optional[str] = None
    from_attachment_menu: Optional[bool] = None
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("from_request", "from_request", "bool", 0),
        ("web_app_name", "web_app_name", "str", 0),
        ("from_attachment_menu", "from_attachment_menu", "bool", 0),
    )
