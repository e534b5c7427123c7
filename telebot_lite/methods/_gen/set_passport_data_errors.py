# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method setPassportDataErrors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Union

import attrs

from telebot_lite.methods._base import Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.passport_element_error import PassportElementError


@attrs.frozen(kw_only=True)
class SetPassportDataErrors(Method["bool"]):
    """Informs a user that some of the Telegram Passport elements they provided contains errors. The
    user will not be able to re-submit their Passport to you until the errors are fixed (the
    contents of the field for which you returned the error must change). Returns True on success.
    Use this if the data submitted by the user doesn't satisfy the standards your service
    requires for any reason. For example, if a birthday date seems invalid, a submitted document
    is blurry, a scan shows evidence of tampering, etc. Supply some details in the error message
    to make sure the user knows how to correct the issues.

    See https://core.telegram.org/bots/api#setpassportdataerrors
    """

    api_method: ClassVar[str] = "setPassportDataErrors"
    result_type: ClassVar[Any] = "bool"

    user_id: int = attrs.field(validator=check_user_id)
    errors: Sequence[Union[PassportElementError, Mapping[str, Any]]]
