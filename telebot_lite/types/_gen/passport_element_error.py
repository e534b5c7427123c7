# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PassportElementError."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from telebot_lite._model import Model, extra_field


@attrs.frozen(kw_only=True, slots=False)
class PassportElementError(Model):
    """This object represents an error in the Telegram Passport element which was submitted that
    should be resolved by the user. It should be one of:
    - PassportElementErrorDataField
    - PassportElementErrorFrontSide
    - PassportElementErrorReverseSide
    - PassportElementErrorSelfie
    - PassportElementErrorFile
    - PassportElementErrorFiles
    - PassportElementErrorTranslationFile
    - PassportElementErrorTranslationFiles
    - PassportElementErrorUnspecified

    See https://core.telegram.org/bots/api#passportelementerror
    """

    source: str
    type: str
    message: str
    extra: Mapping[str, Any] = extra_field()

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("source", "source", "str", 1),
        ("type", "type", "str", 1),
        ("message", "message", "str", 1),
    )
    _TAG_KEY: ClassVar[str] = "source"
    _TAGS: ClassVar[Mapping[str, tuple[str, ...]]] = {
        "data": ("PassportElementErrorDataField",),
        "front_side": ("PassportElementErrorFrontSide",),
        "reverse_side": ("PassportElementErrorReverseSide",),
        "selfie": ("PassportElementErrorSelfie",),
        "file": ("PassportElementErrorFile",),
        "files": ("PassportElementErrorFiles",),
        "translation_file": ("PassportElementErrorTranslationFile",),
        "translation_files": ("PassportElementErrorTranslationFiles",),
        "unspecified": ("PassportElementErrorUnspecified",),
    }
