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


def decode(rt, label, data):
    """What new TextDecoder(label).decode(bytes) returns in toyjs."""
    return rt.eval(f"new TextDecoder({label!r}).decode(new Uint8Array({list(data)!r}))")


def test_legacy_multi_byte_encodings():
    with toyjs.Runtime() as rt:
        assert decode(rt, "shift_jis", b"\x93\xfa\x96\x7b\xb1\xf0\x40") == "日本ｱ\ue000"  # halfwidth katakana, user-defined row
        assert decode(rt, "euc-jp", b"\xc6\xfc\xcb\xdc\x8e\xb1") == "日本ｱ"
        assert decode(rt, "iso-2022-jp", b"\x1b$B\x46\x7c\x4b\x5c\x1b(J\x5c\x1b(BA") == "日本¥A"
        assert decode(rt, "big5", b"\xa4\xa4\xa4\xe5\x88\x62") == "中文\u00ca\u0304"  # a pointer of two code points
        assert decode(rt, "euc-kr", b"\xc7\xd1\xb1\xdb\x81\x41") == "한글갂"
        assert decode(rt, "gbk", b"\x80\xd6\xd0\xa8\xbc") == "€中\u1e3f"
        # four-byte GB18030, GB18030-2022's code points, and the one private-use exception
        assert decode(rt, "gb18030", b"\x90\x30\x81\x30\xa6\xd9\xfe\x59\x81\x35\xf4\x37") == "\U00010000\ufe10\u9fb4\ue7c7"
        assert decode(rt, "x-user-defined", b"A\x80\xff") == "A\uf780\uf7ff"


def test_single_byte_differences_from_pythons_codecs_are_patched():
    with toyjs.Runtime() as rt:
        assert decode(rt, "koi8-u", b"\xae\xbe") == "\u045e\u040e"
        assert decode(rt, "windows-1255", b"\xca") == "\u05ba"
        assert decode(rt, "windows-1253", b"\x81\xaa") == "\x81\ufffd"  # C1 where Windows has nothing; 0xAA has no pointer


def test_a_bad_pair_rereads_an_ascii_trail_byte():
    with toyjs.Runtime() as rt:
        assert decode(rt, "big5", b"\x81\x40") == "\ufffd@"
        assert decode(rt, "big5", b"\x87\x87\x40") == "\ufffd@"
        assert decode(rt, "gb18030", b"\x81\x30\xff") == "\ufffd0\ufffd"
        assert decode(rt, "shift_jis", b"\x81") == "\ufffd"
        assert decode(rt, "iso-2022-jp", b"\x1b$B\x46") == "\ufffd"


def test_legacy_decoders_keep_state_across_streamed_chunks():
    with toyjs.Runtime() as rt:
        assert rt.eval("""
            const decoder = new TextDecoder("euc-jp");
            const parts = [[0xc6], [0xfc, 0x8f], [0xb0], [0xa1]].map((bytes) => decoder.decode(new Uint8Array(bytes), { stream: true }));
            parts.push(decoder.decode());
            JSON.stringify(parts)
        """) == '["","日","","丂",""]'


def test_fatal_errors_and_replacement_labels():
    with toyjs.Runtime() as rt:
        assert rt.eval("""
            let caught;
            try { new TextDecoder("shift_jis", { fatal: true }).decode(new Uint8Array([0x82, 0x20])); } catch (error) { caught = error; }
            [caught.name, caught.code, caught.message].join("|")
        """) == "TypeError|ERR_ENCODING_INVALID_ENCODED_DATA|The encoded data was not valid for encoding shift_jis"
        # TextDecoder refuses the "replacement" encoding's labels, as an unknown label
        assert rt.eval("""
            ["iso-2022-kr", "hz-gb-2312", "replacement", "utf-7"].map((label) => {
              try { new TextDecoder(label); return "made"; } catch (error) { return error.name; }
            }).join()
        """) == "RangeError,RangeError,RangeError,RangeError"
        assert rt.eval("new TextDecoder(' \\n SJIS\\t').encoding") == "shift_jis"


def test_utf8_errors_python_holds_back_come_at_once_when_streaming():
    with toyjs.Runtime() as rt:
        assert rt.eval("""
            const decoder = new TextDecoder();
            JSON.stringify([decoder.decode(new Uint8Array([0xed, 0xa0]), { stream: true }), decoder.decode(new Uint8Array([0x80]))])
        """) == '["\ufffd\ufffd","\ufffd"]'
