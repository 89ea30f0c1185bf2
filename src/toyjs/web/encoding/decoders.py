"""The decoders of the WHATWG Encoding Standard's legacy encodings, as its algorithms describe
them: a handler fed one byte at a time (or END at the end of the input) that returns
characters, CONTINUE, ERROR or FINISHED, and may put bytes back in front of the input.
(UTF-8 and UTF-16 are Python's codecs, which decode as the standard does.)
"""

from __future__ import annotations

import codecs
import functools
from collections import deque

from . import indexes

END = -1
CONTINUE = ""
ERROR = object()
FINISHED = object()
Result = object  # a str (CONTINUE is the empty one), ERROR or FINISHED


class InvalidData(Exception):
    """An error result while decoding with the fatal flag set."""


class Decoder:
    """One encoding's handler and state; `decode` runs it over some input."""

    def handle(self, byte: int, queue: deque[int]) -> Result:
        raise NotImplementedError

    def decode(self, data: bytes, final: bool, fatal: bool) -> str:
        """Decodes ``data`` after what earlier calls left pending; ``final``: the input ends here."""
        queue = deque(data)
        out: list[str] = []
        while True:
            if queue:
                byte = queue.popleft()
            elif final:
                byte = END
            else:
                break
            result = self.handle(byte, queue)
            if result is FINISHED:
                break
            if result is ERROR:
                if fatal:
                    raise InvalidData
                out.append("\ufffd")
            else:
                out.append(result)  # type: ignore[arg-type]
        return "".join(out)


def _put_back(queue: deque[int], *data: int) -> None:
    """Puts bytes back in front of the input, in order (END is never put back: it comes again)."""
    for byte in reversed(data):
        if byte != END:
            queue.appendleft(byte)


def _paired(char: str | None, byte: int, queue: deque[int]) -> Result:
    """What a lead byte and the byte after it decode to: the index's code point, else an error,
    the second byte put back to be read again when it is ASCII (the multi-byte decoders' rule)."""
    if char is not None:
        return char
    if byte < 0x80:
        _put_back(queue, byte)
    return ERROR


class SingleByte(Decoder):
    """Stateless, so the whole input goes through Python's charmap decoder at once (U+FFFE in
    its table marks a byte with no pointer)."""

    def __init__(self, name: str) -> None:
        self.charmap = _charmap(name)

    def decode(self, data: bytes, final: bool, fatal: bool) -> str:
        try:
            return codecs.charmap_decode(data, "strict" if fatal else "replace", self.charmap)[0]
        except UnicodeDecodeError as error:
            raise InvalidData from error


@functools.cache
def _charmap(name: str) -> str:
    high = "".join(char or "\ufffe" for char in indexes.single_byte(name))
    return "".join(map(chr, range(0x80))) + high


class UserDefined(Decoder):
    """x-user-defined: the high bytes are private-use characters."""

    def handle(self, byte: int, queue: deque[int]) -> Result:
        if byte == END:
            return FINISHED
        return chr(byte) if byte < 0x80 else chr(0xF780 + byte - 0x80)


class Gb18030(Decoder):
    def __init__(self) -> None:
        self.first = self.second = self.third = 0
        self.index = indexes.gb18030()

    def handle(self, byte: int, queue: deque[int]) -> Result:
        if byte == END:
            if self.first == self.second == self.third == 0:
                return FINISHED
            self.first = self.second = self.third = 0
            return ERROR
        if self.third:
            if not 0x30 <= byte <= 0x39:
                _put_back(queue, self.second, self.third, byte)
                self.first = self.second = self.third = 0
                return ERROR
            pointer = (((self.first - 0x81) * 10 + self.second - 0x30) * 126 + self.third - 0x81) * 10 + byte - 0x30
            self.first = self.second = self.third = 0
            return indexes.gb18030_four_byte(pointer) or ERROR
        if self.second:
            if 0x81 <= byte <= 0xFE:
                self.third = byte
                return CONTINUE
            _put_back(queue, self.second, byte)
            self.first = self.second = 0
            return ERROR
        if self.first:
            if 0x30 <= byte <= 0x39:
                self.second = byte
                return CONTINUE
            lead, self.first = self.first, 0
            char = None
            if 0x40 <= byte <= 0x7E or 0x80 <= byte <= 0xFE:
                char = self.index.get((lead - 0x81) * 190 + byte - (0x40 if byte < 0x7F else 0x41))
            return _paired(char, byte, queue)
        if byte < 0x80:
            return chr(byte)
        if byte == 0x80:
            return "\u20ac"
        if byte <= 0xFE:
            self.first = byte
            return CONTINUE
        return ERROR


class DoubleByte(Decoder):
    """The shape Big5, EUC-KR and Shift_JIS share: a lead byte, then a trail byte that with it
    makes a pointer into an index (an ASCII trail byte of a bad pair is read again)."""

    def __init__(self) -> None:
        self.lead = 0

    def single(self, byte: int) -> Result:
        """A byte with no lead before it: a character, CONTINUE after taking it as a lead, or
        ERROR. Big5's and EUC-KR's rule: ASCII as is, 0x81-0xFE leads."""
        if byte < 0x80:
            return chr(byte)
        if 0x81 <= byte <= 0xFE:
            self.lead = byte
            return CONTINUE
        return ERROR

    def pair(self, lead: int, byte: int) -> str | None:
        raise NotImplementedError

    def handle(self, byte: int, queue: deque[int]) -> Result:
        if byte == END:
            if self.lead:
                self.lead = 0
                return ERROR
            return FINISHED
        if self.lead:
            lead, self.lead = self.lead, 0
            char = self.pair(lead, byte)
            return _paired(char, byte, queue)
        return self.single(byte)


class Big5(DoubleByte):
    def __init__(self) -> None:
        super().__init__()
        self.index = indexes.big5()

    def pair(self, lead: int, byte: int) -> str | None:
        if not (0x40 <= byte <= 0x7E or 0xA1 <= byte <= 0xFE):
            return None
        return self.index.get((lead - 0x81) * 157 + byte - (0x40 if byte < 0x7F else 0x62))


class EucKr(DoubleByte):
    def __init__(self) -> None:
        super().__init__()
        self.index = indexes.euc_kr()

    def pair(self, lead: int, byte: int) -> str | None:
        if not 0x41 <= byte <= 0xFE:
            return None
        return self.index.get((lead - 0x81) * 190 + byte - 0x41)


class ShiftJis(DoubleByte):
    def __init__(self) -> None:
        super().__init__()
        self.index = indexes.jis0208()

    def single(self, byte: int) -> Result:
        if byte <= 0x80:
            return chr(byte)
        if 0xA1 <= byte <= 0xDF:
            return chr(0xFF61 - 0xA1 + byte)  # halfwidth katakana
        if 0x81 <= byte <= 0x9F or 0xE0 <= byte <= 0xFC:
            self.lead = byte
            return CONTINUE
        return ERROR

    def pair(self, lead: int, byte: int) -> str | None:
        if not (0x40 <= byte <= 0x7E or 0x80 <= byte <= 0xFC):
            return None
        pointer = (lead - (0x81 if lead < 0xA0 else 0xC1)) * 188 + byte - (0x40 if byte < 0x7F else 0x41)
        if 8836 <= pointer <= 10715:
            return chr(0xE000 - 8836 + pointer)  # user-defined rows: private use
        return self.index.get(pointer)


class EucJp(Decoder):
    def __init__(self) -> None:
        self.lead = 0
        self.jis0212 = False

    def handle(self, byte: int, queue: deque[int]) -> Result:
        if byte == END:
            if self.lead:
                self.lead = 0
                return ERROR
            return FINISHED
        if self.lead == 0x8E and 0xA1 <= byte <= 0xDF:
            self.lead = 0
            return chr(0xFF61 - 0xA1 + byte)
        if self.lead == 0x8F and 0xA1 <= byte <= 0xFE:
            self.jis0212 = True
            self.lead = byte
            return CONTINUE
        if self.lead:
            lead, self.lead = self.lead, 0
            char = None
            if 0xA1 <= lead <= 0xFE and 0xA1 <= byte <= 0xFE:
                index = indexes.jis0212() if self.jis0212 else indexes.jis0208()
                char = index.get((lead - 0xA1) * 94 + byte - 0xA1)
            self.jis0212 = False
            return _paired(char, byte, queue)
        if byte < 0x80:
            return chr(byte)
        if byte in (0x8E, 0x8F) or 0xA1 <= byte <= 0xFE:
            self.lead = byte
            return CONTINUE
        return ERROR


# ISO-2022-JP's states.
ASCII, ROMAN, KATAKANA, LEAD_BYTE, TRAIL_BYTE, ESCAPE_START, ESCAPE = range(7)
# Escape sequences (ESC, then these two bytes) and the state each switches to.
ISO_2022_JP_ESCAPES = {(0x28, 0x42): ASCII, (0x28, 0x4A): ROMAN, (0x28, 0x49): KATAKANA,
                       (0x24, 0x40): LEAD_BYTE, (0x24, 0x42): LEAD_BYTE}


class Iso2022Jp(Decoder):
    def __init__(self) -> None:
        self.state = self.output_state = ASCII
        self.lead = 0
        self.output = False  # an escape sequence was the last thing read

    def handle(self, byte: int, queue: deque[int]) -> Result:
        state = self.state
        if state == ESCAPE_START:
            if byte in (0x24, 0x28):
                self.lead = byte
                self.state = ESCAPE
                return CONTINUE
            _put_back(queue, byte)
            self.output = False
            self.state = self.output_state
            return ERROR
        if state == ESCAPE:
            lead, self.lead = self.lead, 0
            switched = ISO_2022_JP_ESCAPES.get((lead, byte))
            if switched is not None:
                self.state = self.output_state = switched
                after_escape, self.output = self.output, True
                return ERROR if after_escape else CONTINUE
            _put_back(queue, lead, byte)
            self.output = False
            self.state = self.output_state
            return ERROR
        if byte == 0x1B:
            if state == TRAIL_BYTE:
                self.state = ESCAPE_START
                return ERROR
            self.state = ESCAPE_START
            return CONTINUE
        if byte == END:
            if state == TRAIL_BYTE:
                self.state = LEAD_BYTE
                return ERROR
            return FINISHED
        if state == TRAIL_BYTE:
            self.state = LEAD_BYTE
            if 0x21 <= byte <= 0x7E:
                char = indexes.jis0208().get((self.lead - 0x21) * 94 + byte - 0x21)
                return char if char is not None else ERROR
            return ERROR
        self.output = False
        if state == ASCII and byte < 0x80 and byte not in (0x0E, 0x0F):
            return chr(byte)
        if state == ROMAN and byte < 0x80 and byte not in (0x0E, 0x0F):
            return "\u00a5" if byte == 0x5C else "\u203e" if byte == 0x7E else chr(byte)
        if state == KATAKANA and 0x21 <= byte <= 0x5F:
            return chr(0xFF61 - 0x21 + byte)
        if state == LEAD_BYTE and 0x21 <= byte <= 0x7E:
            self.lead = byte
            self.state = TRAIL_BYTE
            return CONTINUE
        return ERROR


LEGACY_MULTI_BYTE = {
    "gbk": Gb18030, "gb18030": Gb18030, "big5": Big5, "euc-jp": EucJp, "iso-2022-jp": Iso2022Jp,
    "shift_jis": ShiftJis, "euc-kr": EucKr, "x-user-defined": UserDefined,
}


def legacy_decoder(name: str) -> Decoder:
    """A fresh decoder for a legacy encoding (by its name in lower case)."""
    make = LEGACY_MULTI_BYTE.get(name)
    return make() if make is not None else SingleByte(name)
