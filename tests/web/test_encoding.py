"""Where the WHATWG Encoding Standard and node 20 differ, toyjs follows the standard."""

import toyjs


def test_windows_1252_maps_0x80_to_the_euro_sign():
    # node 20 decodes windows-1252 as ISO-8859-1; the standard's index has U+20AC at 0x80
    with toyjs.Runtime() as rt:
        assert rt.eval("new TextDecoder('windows-1252').decode(new Uint8Array([0x80, 0x81, 0xe9]))") == "€\x81é"
        assert rt.eval("new TextDecoder('latin1').encoding") == "windows-1252"


def test_legacy_single_byte_and_utf16be():
    with toyjs.Runtime() as rt:
        assert rt.eval("new TextDecoder('koi8-r').decode(new Uint8Array([0xc1, 0xc2]))") == "аб"
        assert rt.eval("new TextDecoder('utf-16be').decode(new Uint8Array([0xfe, 0xff, 0, 0x68]))") == "h"
        assert rt.eval("new TextDecoder('iso-8859-2').decode(new Uint8Array([0xa3]))") == "Ł"
