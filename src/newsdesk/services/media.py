"""The media library: images stored once, by the SHA-256 of their bytes, in the database.

Content addressing is what lets a body refer to an image as ``newsdesk-media:<sha256>`` and a
package carry it to another desk unchanged: the same photo added twice, or by two reporters, is
one row. Every image is decoded with Pillow before it is stored, so a renamed PDF, a truncated
download or a decompression bomb is refused with a message instead of breaking an export later.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from newsdesk.services.dto import MediaAsset
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.storage import media as queries
from newsdesk.storage.db import Database
from newsdesk.storage.models import MediaAssetRecord, utcnow

#: Formats a news page can show; everything else is refused.
ALLOWED_FORMATS = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}
#: 40 MB covers any camera JPEG; a bigger file is almost certainly not a photo for the web.
MAX_BYTES = 40 * 1024 * 1024
#: 60 megapixels (a 9,500 x 6,300 frame); decoding more costs hundreds of MB of memory.
MAX_PIXELS = 60_000_000
THUMBNAIL_SIZE = (320, 320)
MAX_TEXT = 2000
MAX_CREDIT = 300


def _open_checked(data: bytes, name: str) -> Image.Image:
    if not data:
        raise ValidationError("{name} is empty", code="media.empty", name=name)
    if len(data) > MAX_BYTES:
        raise ValidationError(
            "{name} is {size_mb:.1f} MB; images up to {limit_mb} MB are accepted",
            code="media.too_large",
            name=name,
            size_mb=len(data) / 1024 / 1024,
            limit_mb=MAX_BYTES // 1024 // 1024,
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            if probe.format not in ALLOWED_FORMATS:
                raise ValidationError(
                    "{name} is a {kind} image; use JPEG, PNG, GIF or WebP",
                    code="media.wrong_format",
                    name=name,
                    kind=probe.format or "unknown",
                )
            width, height = probe.size
            if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
                raise ValidationError(
                    "{name} is {width} x {height} pixels; images up to {limit} megapixels "
                    "are accepted",
                    code="media.too_many_pixels",
                    name=name,
                    width=width,
                    height=height,
                    limit=MAX_PIXELS // 1_000_000,
                )
            probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(
            "{name} decompresses to too many pixels: {detail}",
            code="media.bomb",
            name=name,
            detail=str(exc),
        ) from exc
    except UnidentifiedImageError as exc:
        raise ValidationError(
            "{name} is not an image Newsdesk can read", code="media.unreadable", name=name
        ) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            "{name} is damaged or truncated: {detail}",
            code="media.damaged",
            name=name,
            detail=str(exc),
        ) from exc
    return image


def _thumbnail(image: Image.Image) -> bytes:
    shown = ImageOps.exif_transpose(image)
    has_alpha = shown.mode in ("RGBA", "LA", "PA") or "transparency" in shown.info
    shown = shown.convert("RGBA" if has_alpha else "RGB")
    shown.thumbnail(THUMBNAIL_SIZE)
    out = io.BytesIO()
    if has_alpha:
        shown.save(out, "PNG", optimize=True)
    else:
        shown.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def _to_asset(record: MediaAssetRecord) -> MediaAsset:
    return MediaAsset(
        id=record.id,
        uuid=record.uuid,
        sha256=record.sha256,
        mime_type=record.mime_type,
        filename=record.filename,
        width=record.width,
        height=record.height,
        caption=record.caption,
        credit=record.credit,
        alt_text=record.alt_text,
        created_at=record.created_at,
        thumbnail=record.thumbnail or b"",
    )


def _clean(value: str, what: str, limit: int = MAX_TEXT) -> str:
    clean = " ".join(value.split())
    if len(clean) > limit:
        raise ValidationError(
            "the {what} has {count} characters; the limit is {limit}",
            code="media.text_too_long",
            what=what,
            count=len(clean),
            limit=limit,
        )
    return clean


class MediaService:
    """Adding, listing and describing images of the media library."""

    def __init__(self, database: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = database
        self.clock = clock

    def add_bytes(
        self,
        data: bytes,
        filename: str = "",
        *,
        caption: str = "",
        credit: str = "",
        alt_text: str = "",
    ) -> MediaAsset:
        """Store an image; the same bytes added again return the stored asset unchanged."""
        name = filename or "the image"
        sha256 = hashlib.sha256(data).hexdigest()
        with self.db.read() as session:
            existing = queries.by_sha(session, sha256)
            if existing is not None:
                return _to_asset(existing)
        image = _open_checked(data, name)
        shown = ImageOps.exif_transpose(image)
        record = MediaAssetRecord(
            sha256=sha256,
            mime_type=ALLOWED_FORMATS[str(image.format)],
            filename=Path(filename).name[:300],
            width=shown.width,
            height=shown.height,
            data=data,
            thumbnail=_thumbnail(image),
            caption=_clean(caption, "caption"),
            credit=_clean(credit, "credit", MAX_CREDIT),
            alt_text=_clean(alt_text, "alt text"),
            created_at=self.clock(),
        )
        with self.db.write() as session:
            # Another desk may have added the same bytes since we looked.
            existing = queries.by_sha(session, sha256)
            if existing is not None:
                return _to_asset(existing)
            session.add(record)
            session.flush()
            return _to_asset(record)

    def add_file(self, path: Path | str, **fields: str) -> MediaAsset:
        """Store the image in ``path`` (its file name is kept for the library's list)."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(
                "cannot read {path}: {detail}",
                code="media.cannot_read",
                path=str(path),
                detail=str(exc.strerror or exc),
            ) from exc
        return self.add_bytes(data, path.name, **fields)

    def list(self, limit: int | None = None) -> list[MediaAsset]:
        """The library, newest first, with thumbnails but without the full bytes."""
        with self.db.read() as session:
            return [_to_asset(r) for r in queries.newest_first(session, limit)]

    def get(self, sha256: str) -> MediaAsset:
        with self.db.read() as session:
            record = queries.by_sha(session, sha256)
            if record is None:
                raise NotFoundError(
                    "no image {sha}… in the media library", code="media.not_found", sha=sha256[:12]
                )
            return _to_asset(record)

    def data(self, sha256: str) -> bytes:
        """The stored bytes of an image, exactly as they were added."""
        with self.db.read() as session:
            data = queries.data_of(session, sha256)
        if data is None:
            raise NotFoundError(
                "no image {sha}… in the media library", code="media.not_found", sha=sha256[:12]
            )
        return data

    def update(
        self,
        sha256: str,
        *,
        caption: str | None = None,
        credit: str | None = None,
        alt_text: str | None = None,
    ) -> MediaAsset:
        """Change what is said about an image (the bytes never change: they are its name)."""
        with self.db.write() as session:
            record = queries.by_sha(session, sha256)
            if record is None:
                raise NotFoundError(
                    "no image {sha}… in the media library", code="media.not_found", sha=sha256[:12]
                )
            if caption is not None:
                record.caption = _clean(caption, "caption")
            if credit is not None:
                record.credit = _clean(credit, "credit", MAX_CREDIT)
            if alt_text is not None:
                record.alt_text = _clean(alt_text, "alt text")
            session.flush()
            return _to_asset(record)
