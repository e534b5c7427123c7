# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type TransactionPartner."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class TransactionPartner(Model):
    """This object describes the source of a transaction, or its recipient for outgoing
    transactions. Currently, it can be one of
    - TransactionPartnerUser
    - TransactionPartnerChat
    - TransactionPartnerAffiliateProgram
    - TransactionPartnerFragment
    - TransactionPartnerTelegramAds
    - TransactionPartnerTelegramApi
    - TransactionPartnerOther

    See https://core.telegram.org/bots/api#transactionpartner
    """

    type: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (("type", "type", "str", 1),)
    _TAG_KEY: ClassVar[str] = "type"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "user": ("TransactionPartnerUser",),
        "chat": ("TransactionPartnerChat",),
        "affiliate_program": ("TransactionPartnerAffiliateProgram",),
        "fragment": ("TransactionPartnerFragment",),
        "telegram_ads": ("TransactionPartnerTelegramAds",),
        "telegram_api": ("TransactionPartnerTelegramApi",),
        "other": ("TransactionPartnerOther",),
    }
