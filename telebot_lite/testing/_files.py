"""Files: sendPhoto and sendDocument store uploads; getFile and the download path serve them.

An upload arrives as a multipart part (named after the parameter, or any name given as
``attach://<name>``); a string is the ``file_id`` of a file the fake already holds. The fake
cannot fetch HTTP URLs, so it answers them as Telegram answers a URL it cannot download.
"""

from __future__ import annotations

import hashlib
import mimetypes
import secrets
import struct
from collections.abc import Mapping
from typing import Any, Optional

from ._entities import BotAccount, Json, StoredFile, bad
from ._messages import post, target_chat, text_and_entities
from ._state import State, handler

__all__ = ["download"]

_WRONG_FILE = "wrong file identifier/HTTP URL specified"
# Telegram's default for a JPEG it cannot measure is irrelevant here; a fixed size keeps the
# required PhotoSize fields present for any bytes.
_UNKNOWN_SIZE = (320, 320)


def _image_size(data: bytes) -> tuple[int, int]:
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    return _UNKNOWN_SIZE


def _store(state: State, upload: Any, folder: str) -> StoredFile:
    data: bytes = upload.data
    unique = "AgAD" + hashlib.sha256(data).hexdigest()[:12]
    file_id = "BQAC" + secrets.token_urlsafe(24)
    name = upload.filename or "file"
    mime = upload.content_type
    # A part without a Content-Type reads as text/plain; the file name then says more.
    if mime in ("", "text/plain", "application/octet-stream"):
        mime = mimetypes.guess_type(name)[0] or mime or "application/octet-stream"
    extension = mimetypes.guess_extension(mime) or ""
    path = f"{folder}/file_{len(state.files)}{extension}"
    stored = StoredFile(file_id, unique, path, data, name, mime)
    state.files[file_id] = stored
    return stored


def _input_file(state: State, params: Mapping[str, str], key: str, folder: str) -> StoredFile:
    files: Mapping[str, Any] = getattr(params, "files", {})
    raw = params.get(key, "")
    if raw.startswith("attach://"):
        upload = files.get(raw[len("attach://") :])
        if upload is None:
            bad(f"there is no {key} in the request")
        return _store(state, upload, folder)
    if key in files:
        return _store(state, files[key], folder)
    if not raw:
        bad(f"there is no {key} in the request")
    found = state.files.get(raw)
    if found is None:
        bad(_WRONG_FILE if "://" in raw else "wrong remote file identifier specified")
    return found


def _caption(params: Mapping[str, str], content: Json) -> Json:
    caption, entities = text_and_entities(params, "caption", "caption_entities", 1024)
    if caption:
        content["caption"] = caption
    if entities:
        content["caption_entities"] = entities
    return content


@handler("sendPhoto")
def send_photo(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """sendPhoto: an uploaded image (or a known file_id), with a caption."""
    chat = target_chat(state, bot, params, "can_send_photos", "photos")
    stored = _input_file(state, params, "photo", "photos")
    width, height = _image_size(stored.data)
    size = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "width": width,
        "height": height,
        "file_size": len(stored.data),
    }
    content = _caption(params, {"photo": [size]})
    if params.get("has_spoiler") in ("true", "1"):
        content["has_media_spoiler"] = True
    return post(state, bot, chat, content, params)


@handler("sendDocument")
def send_document(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """sendDocument: an uploaded file (or a known file_id), with a caption."""
    chat = target_chat(state, bot, params, "can_send_documents", "documents")
    stored = _input_file(state, params, "document", "documents")
    document = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_name": stored.file_name,
        "mime_type": stored.mime_type,
        "file_size": len(stored.data),
    }
    return post(state, bot, chat, _caption(params, {"document": document}), params)


@handler("getFile")
def get_file(state: State, bot: BotAccount, params: Mapping[str, str]) -> Json:
    """getFile: the File with the path to download it from."""
    file_id = params.get("file_id", "")
    if not file_id:
        bad("file_id not specified")
    stored = state.files.get(file_id)
    if stored is None:
        bad("invalid file_id")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": len(stored.data),
        "file_path": stored.file_path,
    }


def download(state: State, path: str) -> Optional[tuple[bytes, str]]:
    """Serve ``/file/bot<token>/<file_path>``: the file's bytes and type, or None (404)."""
    token, slash, file_path = path[len("/file/bot") :].partition("/")
    with state.cond:
        if not slash or state.bot_for_token(token) is None:
            return None
        for stored in state.files.values():
            if stored.file_path == file_path:
                return stored.data, stored.mime_type
    return None
