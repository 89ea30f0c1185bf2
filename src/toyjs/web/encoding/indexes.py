"""The index tables of the WHATWG Encoding Standard (pointer -> code points), built on first use
from Python's codecs where they agree with the standard, with the known differences patched
explicitly below.

Each multi-byte index is made by turning every pointer back into the bytes the standard's
decoder reads for it and asking the closest Python codec what those bytes are.
"""

from __future__ import annotations

import functools

Index = dict[int, str]


def _decode(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if text and "\ufffd" not in text else None


# --- single-byte encodings: the characters of bytes 0x80..0xFF (None: no pointer)
SINGLE_BYTE_CODECS = {
    "ibm866": "cp866", "iso-8859-2": "iso8859_2", "iso-8859-3": "iso8859_3", "iso-8859-4": "iso8859_4",
    "iso-8859-5": "iso8859_5", "iso-8859-6": "iso8859_6", "iso-8859-7": "iso8859_7", "iso-8859-8": "iso8859_8",
    "iso-8859-8-i": "iso8859_8", "iso-8859-10": "iso8859_10", "iso-8859-13": "iso8859_13",
    "iso-8859-14": "iso8859_14", "iso-8859-15": "iso8859_15", "iso-8859-16": "iso8859_16", "koi8-r": "koi8_r",
    "koi8-u": "koi8_u", "macintosh": "mac_roman", "windows-874": "cp874", "windows-1250": "cp1250",
    "windows-1251": "cp1251", "windows-1252": "cp1252", "windows-1253": "cp1253", "windows-1254": "cp1254",
    "windows-1255": "cp1255", "windows-1256": "cp1256", "windows-1257": "cp1257", "windows-1258": "cp1258",
    "x-mac-cyrillic": "mac_cyrillic",
}
# Where the standard's index differs from Python's codec (byte -> character).
SINGLE_BYTE_PATCHES = {
    # The standard's KOI8-U is KOI8-RU: two box-drawing characters are Belarusian letters.
    "koi8-u": {0xAE: "\u045e", 0xBE: "\u040e"},
    # HEBREW POINT HOLAM HASER FOR VAV, which Python's table predates.
    "windows-1255": {0xCA: "\u05ba"},
}


@functools.cache
def single_byte(name: str) -> tuple[str | None, ...]:
    codec = SINGLE_BYTE_CODECS[name]
    patches = SINGLE_BYTE_PATCHES.get(name, {})
    table = []
    for byte in range(0x80, 0x100):
        char = patches.get(byte) or _decode(bytes([byte]), codec)
        # The windows-* indexes give the bytes Windows leaves undefined in 0x80..0x9F the
        # C1 controls of the same number.
        if char is None and name.startswith("windows-") and byte <= 0x9F:
            char = chr(byte)
        table.append(char)
    return tuple(table)


# --- multi-byte indexes
# Where the standard's two-byte GB18030 differs from Python's codec (GB18030-2005's private-use
# characters): GB18030-2022's code points, 0xA8BC as GB18030-2005's U+1E3F (Python's has it
# four-byte) and 0xA3A0 as the ideographic space, as browsers have it.
GB18030_PATCHES = (
    (0xA3, 0xA0, "\u3000"), (0xA8, 0xBC, "\u1e3f"),
    (0xA6, 0xD9, "\ufe10"), (0xA6, 0xDA, "\ufe12"), (0xA6, 0xDB, "\ufe11"), (0xA6, 0xDC, "\ufe13"),
    (0xA6, 0xDD, "\ufe14"), (0xA6, 0xDE, "\ufe15"), (0xA6, 0xDF, "\ufe16"), (0xA6, 0xEC, "\ufe17"),
    (0xA6, 0xED, "\ufe18"), (0xA6, 0xF3, "\ufe19"), (0xFE, 0x59, "\u9fb4"), (0xFE, 0x61, "\u9fb5"),
    (0xFE, 0x66, "\u9fb6"), (0xFE, 0x67, "\u9fb7"), (0xFE, 0x6D, "\u9fb8"), (0xFE, 0x7E, "\u9fb9"),
    (0xFE, 0x90, "\u9fba"), (0xFE, 0xA0, "\u9fbb"),
)


def _gb18030_pointer(lead: int, trail: int) -> int:
    return (lead - 0x81) * 190 + trail - (0x40 if trail < 0x7F else 0x41)


@functools.cache
def gb18030() -> Index:
    """Pointers (lead - 0x81) * 190 + trail offset, for two-byte GB18030."""
    index: Index = {}
    for lead in range(0x81, 0xFF):
        for trail in (*range(0x40, 0x7F), *range(0x80, 0xFF)):
            char = _decode(bytes([lead, trail]), "gb18030")
            if char is not None:
                index[_gb18030_pointer(lead, trail)] = char
    for lead, trail, char in GB18030_PATCHES:
        index[_gb18030_pointer(lead, trail)] = char
    return index


def gb18030_four_byte(pointer: int) -> str | None:
    """The character of a four-byte GB18030 pointer (the standard's "index gb18030 ranges")."""
    if 39419 < pointer < 189000 or pointer > 1237575:
        return None
    if pointer >= 189000:
        return chr(0x10000 + pointer - 189000)
    if pointer == 7457:
        return "\ue7c7"
    return _four_byte_from_codec(pointer)


def _four_byte_from_codec(pointer: int) -> str | None:
    data = bytes([
        pointer // 12600 + 0x81, pointer % 12600 // 1260 + 0x30, pointer % 1260 // 10 + 0x81, pointer % 10 + 0x30,
    ])
    return _decode(data, "gb18030")


@functools.cache
def big5() -> Index:
    """Pointers (lead - 0x81) * 157 + trail offset; the standard's Big5 is Big5-HKSCS."""
    index: Index = {}
    for lead in range(0x87, 0xFF):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            pointer = (lead - 0x81) * 157 + trail - (0x40 if trail < 0x7F else 0x62)
            char = _decode(bytes([lead, trail]), "big5hkscs")
            if char is not None:
                index[pointer] = char
    return index


@functools.cache
def jis0208() -> Index:
    """JIS X 0208 with the NEC and IBM extensions, as Windows' Shift_JIS (cp932) has them;
    pointers are Shift_JIS's: (lead row) * 188 + trail offset."""
    index: Index = {}
    for pointer in range(0, 11280):
        if 8836 <= pointer <= 10715:
            continue  # the user-defined rows: no entries (Shift_JIS maps them to private use)
        row, cell = divmod(pointer, 188)
        lead = row + (0x81 if row < 0x1F else 0xC1)
        trail = cell + (0x40 if cell < 0x3F else 0x41)
        char = _decode(bytes([lead, trail]), "cp932")
        if char is not None:
            index[pointer] = char
    return index


@functools.cache
def jis0212() -> Index:
    """JIS X 0212, EUC-JP's three-byte (0x8F) plane; pointers (lead - 0xA1) * 94 + trail - 0xA1."""
    index: Index = {}
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            char = _decode(bytes([0x8F, lead, trail]), "euc_jp")
            if char is not None:
                index[(lead - 0xA1) * 94 + trail - 0xA1] = char
    return index


@functools.cache
def euc_kr() -> Index:
    """KS X 1001 with Windows' Unified Hangul Code (cp949); pointers (lead - 0x81) * 190 + trail - 0x41."""
    index: Index = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x41, 0xFF):
            char = _decode(bytes([lead, trail]), "cp949")
            if char is not None:
                index[(lead - 0x81) * 190 + trail - 0x41] = char
    return index

