# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method uploadStickerFile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import InputFileParam, Method, check_user_id

if TYPE_CHECKING:
    from telebot_lite.types._gen.file import File  # noqa: F401


@attrs.frozen(kw_only=True)
class UploadStickerFile(Method["File"]):
    """Use this method to upload a file with a sticker for later use in the createNewStickerSet,
    addStickerToSet, or replaceStickerInSet methods (the file can be used multiple times).
    Returns the uploaded File on success.

    See https://core.telegram.org/bots/api#uploadstickerfile
    """

    api_method: ClassVar[str] = "uploadStickerFile"
    result_type: ClassVar[Any] = "File"
    _FILES: ClassVar[tuple[str, ...]] = ("sticker",)

    user_id: int = attrs.field(validator=check_user_id)
    sticker: InputFileParam
    sticker_format: str
