"""Reading a Bot API request's body: Content-Length or chunked, and its four encodings.

Everything here is pure parsing of bytes already read or of a file-like reader; nothing knows
about the Bot API's methods. A body that cannot be read or parsed raises :class:`BodyError`,
which the HTTP layer answers with a bare status, as the real server does.
"""

from __future__ import annotations

import email.message
import io
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from ._entities import Json

__all__ = ["BodyError", "UploadedFile", "decode_params", "read_body"]

MAX_BODY = 64 * 1024 * 1024
_HEX_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")
_DECIMAL = re.compile(r"[0-9]{1,20}")
_MAX_LINE = 1024
_MAX_TRAILERS = 64


class BodyError(Exception):
    """The request body cannot be read or parsed; answered with a bare status, no JSON."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request (for example setWebhook's ``certificate``)."""

    filename: str
    content_type: str
    data: bytes


def read_body(rfile: io.BufferedIOBase, content_length: str, chunked: bool) -> bytes:
    """Read a body of `content_length` bytes, or a chunked one; raise BodyError when malformed.

    Nothing is read beyond what the framing announces, and never more than ``MAX_BODY``.
    """
    if chunked:
        return _read_chunked(rfile)
    text = content_length.strip()
    if not text:
        return b""
    # int() would accept "+5", "1_0" and other scripts' digits; HTTP allows ASCII digits only.
    if not _DECIMAL.fullmatch(text):
        raise BodyError(400)
    length = int(text)
    if length > MAX_BODY:
        raise BodyError(413)
    body = rfile.read(length) if length else b""
    if len(body) < length:
        raise BodyError(400)  # the client closed before sending what it announced
    return body


def _line(rfile: io.BufferedIOBase) -> bytes:
    line = rfile.readline(_MAX_LINE)
    if not line.endswith(b"\n"):
        raise BodyError(400)  # the connection ended, or the line is absurdly long
    return line


def _read_chunked(rfile: io.BufferedIOBase) -> bytes:
    parts = []
    total = 0
    while True:
        size_text = _line(rfile).split(b";", 1)[0].strip()
        if not _HEX_SIZE.fullmatch(size_text):
            raise BodyError(400)  # "-1", "0x10", "" ... would otherwise read to the end
        size = int(size_text, 16)
        if size == 0:
            break
        total += size
        if total > MAX_BODY:
            raise BodyError(413)
        data = rfile.read(size)
        if len(data) < size or _line(rfile).strip():
            raise BodyError(400)
        parts.append(data)
    for _ in range(_MAX_TRAILERS):
        if not _line(rfile).strip():
            return b"".join(parts)  # trailers carry nothing a Bot API call uses
    raise BodyError(400)


def _json_text(value: Any) -> str:
    # The real server keeps a JSON body's non-string values as their JSON text.
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _parse_multipart(body: bytes, content_type: str) -> tuple[list[tuple[str, str]], Json]:
    header = email.message.Message()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise BodyError(400)
    delimiter = b"--" + boundary.encode("latin-1")  # header text is Latin-1 already
    raw: list[tuple[str, str]] = []
    decoded: Json = {}
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[chunk.find(b"\n") + 1 :]
        head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            head, sep, content = chunk.partition(b"\n\n")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        elif content.endswith(b"\n"):
            content = content[:-1]
        part = email.message.Message()
        for line in head.decode("utf-8", "replace").splitlines():
            key, colon, value = line.partition(":")
            if colon:
                part[key.strip()] = value.strip()
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = part.get_filename()
        if filename is not None:
            decoded[name] = UploadedFile(filename, part.get_content_type(), content)
            raw.append((name, "attach"))
        else:
            try:
                text = content.decode(part.get_content_charset() or "utf-8")
            except LookupError:  # a charset Python does not know: the part cannot be read
                raise BodyError(400) from None
            decoded[name] = text
            raw.append((name, text))
    return raw, decoded


def decode_params(query: str, content_type: str, body: bytes) -> tuple[dict[str, str], Json, str]:
    """Return (raw string params, decoded params, encoding) for a request.

    Raises UnicodeDecodeError for bad UTF-8 and ``BodyError`` for a body that cannot be parsed.
    """
    pairs = parse_qsl(query, keep_blank_values=True, errors="strict") if query else []
    decoded: Json = {}
    for key, value in pairs:
        decoded.setdefault(key, value)
    encoding = "query"
    body_pairs: list[tuple[str, str]] = []
    if body:
        kind = content_type.split(";", 1)[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            encoding = "urlencoded"
            body_pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
            for key, value in body_pairs:
                decoded.setdefault(key, value)
        elif kind == "application/json":
            encoding = "json"
            try:
                obj = json.loads(body.decode("utf-8"))
            except ValueError:
                raise BodyError(400) from None
            if not isinstance(obj, dict):
                raise BodyError(400)
            body_pairs = [(key, _json_text(value)) for key, value in obj.items()]
            for key, value in obj.items():
                decoded.setdefault(key, value)
        elif kind == "multipart/form-data":
            encoding = "multipart"
            body_pairs, parts = _parse_multipart(body, content_type)
            for key, value in parts.items():
                decoded.setdefault(key, value)
    raw: dict[str, str] = {}
    # Query-string arguments come first and the first occurrence wins, as in the real server.
    for key, value in pairs:
        raw.setdefault(key, value)
    for key, value in body_pairs:
        raw.setdefault(key, value)
    return raw, decoded, encoding
