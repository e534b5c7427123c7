# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API type PassportElementErrorTranslationFiles."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from telebot_lite._model import freeze_array

from .passport_element_error import PassportElementError


@attrs.frozen(kw_only=True, slots=False)
class PassportElementErrorTranslationFiles(PassportElementError):
    """Represents an issue with the translated version of a document. The error is considered
    resolved when a file with the document translation change.

    See https://core.telegram.org/bots/api#passportelementerrortranslationfiles
    """

    source: str = "translation_files"
    file_hashes: tuple[str, ...] = attrs.field(converter=freeze_array)

    _SPEC: ClassVar[tuple[Any, ...]] = (
        ("source", "source", "str", 1),
        ("type", "type", "str", 1),
        ("file_hashes", "file_hashes", ("list", "str"), 1),
        ("message", "message", "str", 1),
    )
    _TAG: ClassVar[tuple[str, str]] = ("source", "translation_files")
