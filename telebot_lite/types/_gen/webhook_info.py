# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type WebhookInfo."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Optional

import attrs

from telebot_lite._model import Model, extra_field, freeze_optional_array

if TYPE_CHECKING:
    from datetime import datetime


@attrs.frozen(kw_only=True, slots=False)
class WebhookInfo(Model):
    """Describes the current status of a webhook.

    See https://core.telegram.org/bots/api#webhookinfo
    """

    url: str
    has_custom_certificate: bool
    pending_update_count: int
    ip_address: Optional[str] = None
    last_error_date: Optional[datetime] = None
    last_error_message: Optional[str] = None
    last_synchronization_error_date: Optional[datetime] = None
    max_connections: Optional[int] = None
    allowed_updates: Optional[tuple[str, ...]] = attrs.field(
        default=None, converter=freeze_optional_array
    )
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("url", "url", "str", 1),
        ("has_custom_certificate", "has_custom_certificate", "bool", 1),
        ("pending_update_count", "pending_update_count", "int", 1),
        ("ip_address", "ip_address", "str", 0),
        ("last_error_date", "last_error_date", "date", 0),
        ("last_error_message", "last_error_message", "str", 0),
        ("last_synchronization_error_date", "last_synchronization_error_date", "date", 0),
        ("max_connections", "max_connections", "int", 0),
        ("allowed_updates", "allowed_updates", ("list", "str"), 0),
    )
