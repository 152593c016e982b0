"""Input shapes and bad input: clear errors, never a bare traceback, and no line lost."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import random
import struct
import sys
import zipfile
import zlib

import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from conftest import is_blank
from newsclean import InputError, NewscleanError


def test_bytes_are_decoded_as_utf8_and_bad_bytes_replaced() -> None:
    article = newsclean.clean("Café on the corner reopens after a long winter break, the owner said.".encode())
    assert article.paragraphs == ("Café on the corner reopens after a long winter break, the owner said.",)
    placements = newsclean.clean(b"Broken \xff byte").placements
    assert [p.text for p in placements] == ["Broken \ufffd byte"]


def test_utf16_with_bom() -> None:
    text = "Die Brücke über den Fluss wurde am Montag nach zwei Jahren Bauzeit für den Verkehr freigegeben."
    assert newsclean.clean(text.encode("utf-16")).body == newsclean.clean(text).body


@pytest.mark.parametrize("bad", [None, 12, ["a list"], {"text": "dict"}])
def test_wrong_type_is_a_clear_error(bad: object) -> None:
    with pytest.raises(InputError, match="clean\\(\\) takes str or bytes"):
        newsclean.clean(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # InputError is a TypeError too
        newsclean.clean(bad)  # type: ignore[arg-type]
    assert issubclass(InputError, NewscleanError)


@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "\ufeff"])
def test_empty_input_gives_an_empty_article(text: str) -> None:
    article = newsclean.clean(text)
    assert article.paragraphs == () and article.removed == () and article.title is None


def test_to_dict_keys_and_json() -> None:
    article = newsclean.clean("Headline | Site\n\nA sentence of the article body that runs for a while.")
    data = json.loads(article.to_json())
    assert set(data) == {
        "title",
        "site_name",
        "language",
        "byline",
        "dateline",
        "date_modified",
        "url",
        "image",
        "body",
        "paragraphs",
        "captions",
        "tags",
        "confidence",
        "removed",
    }
    assert data == article.to_dict()


def test_article_is_immutable() -> None:
    article = newsclean.clean("Some text of an article that is long enough to be a paragraph.")
    with pytest.raises(AttributeError):
        article.title = "changed"  # type: ignore[misc]


lines = st.lists(
    st.one_of(
        st.text(max_size=200),
        st.sampled_from(["Advertisement", "Home", "© 2024 Site", "Share", "TAGS: a, b", "Photo: AP Photo"]),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(lines)
def test_every_non_blank_line_is_accounted_for(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    article = newsclean.clean(text)
    expected = [n for n, line in enumerate(text.splitlines(), start=1) if not is_blank(line)]
    assert [p.line for p in article.placements] == expected
    fields = {p.field for p in article.placements}
    assert fields <= {"body", "removed", "title", "captions", "tags", "site_name", "byline", "dateline"}
    assert len(article.removed) == sum(p.field == "removed" for p in article.placements)
    assert len(article.paragraphs) == sum(p.field == "body" for p in article.placements)


PROSE = "The council said on Tuesday that it would review the plan again before the spring, the mayor said."


def test_lone_surrogates_from_scraped_json_become_replacement_characters() -> None:
    record = json.loads('{"text": "Cut emoji \\ud83d in the headline\\n\\n' + PROSE + ' \\udc00"}')
    article = newsclean.clean(record["text"])
    article.to_json().encode("utf-8")  # raised UnicodeEncodeError before
    texts = [p.text for p in article.placements]
    assert texts == ["Cut emoji \ufffd in the headline", PROSE + " \ufffd"]
    for text in texts:
        text.encode("utf-8")


def test_a_surrogate_pair_written_as_two_code_points_is_its_character() -> None:
    article = newsclean.clean(f"{PROSE} \ud83d\ude00")
    assert article.paragraphs == (f"{PROSE} \U0001f600",)


def _png() -> bytes:
    """A 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", PROSE)
    return buffer.getvalue()


ARTICLE_BYTES = f"Headline\n\n{PROSE}\n".encode()


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (gzip.compress(ARTICLE_BYTES), "gzip"),
        (zstandard.ZstdCompressor().compress(ARTICLE_BYTES), "zstd"),
        (bz2.compress(ARTICLE_BYTES), "bzip2"),
        (lzma.compress(ARTICLE_BYTES), "xz"),
        (_zip(), "zip"),
    ],
    ids=["gzip", "zstd", "bzip2", "xz", "zip"],
)
def test_compressed_bytes_are_an_input_error_saying_decompress_first(data: bytes, named: str) -> None:
    with pytest.raises(InputError) as raised:
        newsclean.clean(data)
    message = str(raised.value)
    assert named in message and "decompress" in message and ".gz" in message and ".zst" in message


@pytest.mark.parametrize(
    ("data", "named"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", "PDF"),
        (_png(), "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,", "GIF"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x03\x00\x3e\x00\x01\x00\x00\x00", "ELF"),
    ],
    ids=["pdf", "png", "jpeg", "gif", "elf"],
)
def test_documents_images_and_executables_are_named(data: bytes, named: str) -> None:
    with pytest.raises(InputError, match=named):
        newsclean.clean(data)


def test_the_running_interpreter_is_binary() -> None:
    with open(sys.executable, "rb") as handle:
        data = handle.read(1 << 16)
    with pytest.raises(InputError, match=r"executable|binary data"):
        newsclean.clean(data)


@pytest.mark.parametrize(
    "data",
    [
        struct.pack("<1000I", *range(1000)),  # a table of numbers
        random.Random(7).randbytes(5000),  # noise: compressed or encrypted without a header
        bytes(64),
        ARTICLE_BYTES.replace(b" ", b"\x00"),
    ],
    ids=["numbers", "noise", "zeros", "nul-for-space"],
)
def test_other_binary_data_says_how_many_nul_bytes_it_holds(data: bytes) -> None:
    with pytest.raises(InputError) as raised:
        newsclean.clean(data)
    message = str(raised.value)
    sample = data[:4096]
    assert "binary data" in message and f"{sample.count(0)} NUL" in message and f"first {len(sample)} bytes" in message


@pytest.mark.parametrize(
    "data",
    [
        (PROSE + "\n").encode() * 20 + b"A stray \x00 NUL.\n",  # one stray NUL in a long article
        f"Head\x00line\n{PROSE}\x07\x1b[0m\n\x0c\x0b".encode(),  # NUL and control characters
        "Le conseil a dit mardi qu'il allait revoir le plan et demander l'avis des habitants.".encode("latin-1"),
        b"\tIndented\r\n" + PROSE.encode() + b"\r\n\x0cNext page\x08\x08\r\n",
    ],
    ids=["stray-nul", "controls", "latin-1", "tabs-form-feed-backspace"],
)
def test_text_with_a_few_odd_bytes_is_still_text(data: bytes) -> None:
    article = newsclean.clean(data)
    assert article.paragraphs or article.removed


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "text",
    [
        f"Storm closes harbour\n\n{PROSE}\n\nDie Brücke über den Fluss wurde für den Verkehr freigegeben.",
        "Москва и Берлин сказали во вторник, что план будет пересмотрен ещё раз до весны, сообщил мэр города.",
    ],
    ids=["latin", "cyrillic"],
)
def test_utf16_without_a_byte_order_mark(encoding: str, text: str) -> None:
    article = newsclean.clean(text.encode(encoding))
    assert article == newsclean.clean(text)
    assert "\x00" not in article.to_json()
