# generated, do not edit; run python tools/botapi/generate.py
"""The Bot API method getFile."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from telebot_lite.methods._base import Method

if TYPE_CHECKING:
    from telebot_lite.types._gen.file import File  # noqa: F401


@attrs.frozen(kw_only=True)
class GetFile(Method["File"]):
    """Use this method to get basic information about a file and prepare it for downloading. For the
    moment, bots can download files of up to 20MB in size. On success, a File object is returned.
    The file can then be downloaded via the link
    https://api.telegram.org/file/bot<token>/<file_path>, where <file_path> is taken from the
    response. It is guaranteed that the link will be valid for at least 1 hour. When the link
    expires, a new one can be requested by calling getFile again.
    Note: This function may not preserve the original file name and MIME type. You should save
    the file's MIME type and name (if available) when the File object is received.

    See https://core.telegram.org/bots/api#getfile
    """

    api_method: ClassVar[str] = "getFile"
    result_type: ClassVar[Any] = "File"

    file_id: str
