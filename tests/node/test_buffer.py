"""node:buffer: programs whose output must equal node's, byte for byte."""

import pytest

PROGRAMS = [
    "buffer_create.mjs",
    "buffer_methods.mjs",
    "buffer_numbers.mjs",
    "buffer_search.mjs",
    "buffer_encodings.mjs",
    "buffer_edges.mjs",
    "buffer_transcode.mjs",
    "buffer_roundtrip.mjs",
    "buffer_more.mjs",
    "buffer_prototype.mjs",
    "buffer_shared.mjs",
    "buffer_write.mjs",
]


@pytest.mark.parametrize("name", PROGRAMS)
def test_same_output_as_node(toyjs, node, programs, name):
    folder = programs / "node"
    ours = toyjs("run", folder / name, cwd=folder)
    theirs = node(folder / name, cwd=folder)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)


def test_deprecated_constructor_as_node(toyjs, node, programs):
    # node also prints DEP0005 on stderr, with its pid; toyjs has no process warnings yet
    folder = programs / "node"
    ours = toyjs("run", folder / "buffer_legacy.mjs", cwd=folder)
    theirs = node(folder / "buffer_legacy.mjs", cwd=folder)
    assert "DEP0005" in theirs.stderr
    assert (ours.code, ours.stdout) == (theirs.code, theirs.stdout)
    assert ours.stderr == ""


def test_tampered_builtins_do_not_break_buffer(toyjs, tmp_path):
    program = tmp_path / "tamper.mjs"
    program.write_text(
        """
        Array.prototype.push = () => { throw new Error("push"); };
        Uint8Array.prototype.fill = () => { throw new Error("fill"); };
        Uint8Array.prototype.set = () => { throw new Error("set"); };
        Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), "length", { get() { return 1; } });
        String.prototype.charCodeAt = () => 0;
        for (const Typed of [Uint8Array, Uint16Array]) {
          Object.defineProperty(Typed, Symbol.species, { get() { throw new Error("species"); } });
        }
        RegExp.prototype.exec = () => null;
        const { Buffer } = await import("node:buffer");
        const b = Buffer.concat([Buffer.from("héllo"), Buffer.alloc(2, "ab")]);
        console.log(b.toString("hex"), b.toString(), b.readUInt16BE(0), Buffer.byteLength("héllo"));
        console.log(b.slice(1, 3).toString("hex"), b.subarray(-2).toString(), Buffer.from("€uro wörld").toString("latin1", 0, 4));
        """
    )
    done = toyjs("run", program)
    assert (done.code, done.stdout, done.stderr) == (0, "68c3a96c6c6f6162 hélloab 26819 6\nc3a9 ab â\x82¬u\n", "")


def test_ops_join_the_table_when_buffer_loads():
    # node/buffer/ops.py decodes long buffers: its ops exist once node:buffer has loaded
    import toyjs

    with toyjs.Runtime() as rt:
        assert "bufferDecode" not in rt.core.ops
        text = rt.eval('import("node:buffer").then(({ Buffer }) => Buffer.alloc(2000, 0xe9).toString("latin1"))')
        assert text == "\xe9" * 2000
        assert "bufferDecode" in rt.core.ops


def test_decoded_text_longer_than_a_js_string_is_refused(monkeypatch):
    # what Node reports as ERR_STRING_TOO_LONG for UTF-8: None, which the JS side turns into it
    from toyjs.node.buffer import ops

    monkeypatch.setattr(ops, "MAX_JS_STRING", 10)
    assert ops.decode(b"abcde", "utf8") == "abcde"
    assert ops.decode(("\U0001f600" * 5).encode(), "utf8") == "\U0001f600" * 5  # ten code units: fits
    assert ops.decode(("\U0001f600" * 5 + "a").encode(), "utf8") is None  # eleven
    assert ops.decode(b"a" * 11, "latin1") is None
