"""The media library on both databases: content addressing, checks, thumbnails, featured images."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.media import MAX_PIXELS


def image_bytes(
    size: tuple[int, int] = (800, 600), fmt: str = "JPEG", colour: str = "teal"
) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA" if fmt == "PNG" else "RGB", size, colour).save(out, fmt)
    return out.getvalue()


def test_add_stores_size_mime_and_a_thumbnail(services: Services) -> None:
    data = image_bytes((1600, 900))
    asset = services.media.add_bytes(data, "/tmp/سوق.jpg", caption="سوق  عمّان", credit="AFP")
    assert (asset.width, asset.height, asset.mime_type) == (1600, 900, "image/jpeg")
    assert asset.filename == "سوق.jpg" and asset.caption == "سوق عمّان"
    thumb = Image.open(io.BytesIO(asset.thumbnail))
    assert max(thumb.size) == 320 and thumb.format == "JPEG"
    assert services.media.data(asset.sha256) == data


def test_same_bytes_are_stored_once(services: Services) -> None:
    data = image_bytes(fmt="PNG")
    first = services.media.add_bytes(data, "a.png", caption="أول")
    again = services.media.add_bytes(data, "b.png", caption="ثان")
    assert again.id == first.id and again.caption == "أول"
    assert len(services.media.list()) == 1
    assert Image.open(io.BytesIO(first.thumbnail)).format == "PNG"  # alpha kept


def test_refuses_what_is_not_a_usable_image(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not an image"):
        services.media.add_bytes(b"%PDF-1.4 not an image", "report.pdf")
    with pytest.raises(ValidationError, match="empty"):
        services.media.add_bytes(b"", "x.jpg")
    with pytest.raises(ValidationError, match="damaged or truncated"):
        services.media.add_bytes(image_bytes()[:300], "cut.jpg")
    bmp = io.BytesIO()
    Image.new("RGB", (4, 4)).save(bmp, "BMP")
    with pytest.raises(ValidationError, match="BMP"):
        services.media.add_bytes(bmp.getvalue(), "x.bmp")
    with pytest.raises(ValidationError, match="cannot read"):
        services.media.add_file(tmp_path / "missing.jpg")
    assert services.media.list() == []


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a huge size: what a decompression bomb looks like from outside."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )


def test_refuses_huge_images_before_decoding(services: Services) -> None:
    side = int(MAX_PIXELS**0.5) + 10
    with pytest.raises(ValidationError, match="megapixels"):
        services.media.add_bytes(_png_header_only(side, side), "bomb.png")


def test_update_and_errors(services: Services) -> None:
    asset = services.media.add_bytes(image_bytes(), "x.jpg")
    changed = services.media.update(asset.sha256, caption="مظاهرة", credit="رويترز", alt_text="حشد")
    assert (changed.caption, changed.credit, changed.alt_text) == ("مظاهرة", "رويترز", "حشد")
    assert services.media.get(asset.sha256).caption == "مظاهرة"
    with pytest.raises(NotFoundError):
        services.media.update("0" * 64, caption="x")
    with pytest.raises(ValidationError, match="limit"):
        services.media.update(asset.sha256, credit="x" * 400)


def test_featured_image_travels_with_the_story(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(image_bytes())
    asset = services.media.add_file(path, alt_text="صورة")
    story = services.stories.create(StoryInput(headline="عنوان", featured_media=asset.sha256))
    assert story.featured_media is not None and story.featured_media.alt_text == "صورة"
    assert story.to_input().featured_media == asset.sha256
    cleared = services.stories.save(
        story.id, StoryInput(headline="عنوان"), expected_version=story.version
    )
    assert cleared.featured_media is None
    with pytest.raises(ValidationError, match="media library"):
        services.stories.create(StoryInput(headline="x", featured_media="f" * 64))
