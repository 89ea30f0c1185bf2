"""The Web IDL shape of the web APIs' classes (web/webidl): compared with node where node
follows Web IDL (tests/programs/webidl.mjs), with Node 24's output for the classes node 20
lacks (programs/webidl_node24.mjs), and written out here where node does not."""

import textwrap
from pathlib import Path

from conftest import assert_same_as_node


def test_same_shape_as_node(toyjs, node, programs):
    ours = toyjs("run", programs / "webidl.mjs", cwd=programs)
    theirs = node(programs / "webidl.mjs", cwd=programs)
    assert_same_as_node(ours, theirs)


def run_js(toyjs, tmp_path, source: str) -> str:
    program = tmp_path / "program.mjs"
    program.write_text(textwrap.dedent(source), encoding="utf-8")
    result = toyjs("run", program, cwd=tmp_path)
    assert result.code == 0, result.stderr
    return result.stdout


def test_static_operations_are_enumerable_and_check_their_arguments(toyjs, tmp_path):
    # (node 20 has no URL.parse, and its AbortSignal statics are not enumerable)
    out = run_js(toyjs, tmp_path, """
        const enumerable = (object, key) => Object.getOwnPropertyDescriptor(object, key).enumerable;
        console.log(URL.parse("https://a.example/x?y").search, URL.parse("not a url"), URL.parse("b", "https://a.example/"));
        console.log(URL.parse.length, enumerable(URL, "parse"), enumerable(URL, "canParse"));
        console.log(["abort", "timeout", "any"].map((key) => `${key}:${AbortSignal[key].length}:${enumerable(AbortSignal, key)}`));
        console.log(enumerable(AbortSignal.prototype, "throwIfAborted"), AbortController.prototype.abort.length);
        for (const call of [() => URL.parse(), () => URL.canParse(), () => AbortSignal.timeout()]) {
          try { call(); } catch (error) { console.log(error.constructor.name, error.message); }
        }
    """)
    assert out == textwrap.dedent("""\
        ?y null URL {
          href: 'https://a.example/b',
          origin: 'https://a.example',
          protocol: 'https:',
          username: '',
          password: '',
          host: 'a.example',
          hostname: 'a.example',
          port: '',
          pathname: '/b',
          search: '',
          searchParams: URLSearchParams {},
          hash: ''
        }
        1 true true
        [ 'abort:0:true', 'timeout:1:true', 'any:1:true' ]
        true 0
        TypeError URL.parse: 1 argument required, but 0 found.
        TypeError URL.canParse: 1 argument required, but 0 found.
        TypeError AbortSignal.timeout: 1 argument required, but 0 found.
    """)


def test_interface_objects_that_cannot_be_constructed_have_length_0(toyjs, tmp_path):
    out = run_js(toyjs, tmp_path, """
        console.log([AbortSignal, Crypto, CryptoKey, SubtleCrypto, Performance, MessagePort, PerformanceEntry].map((c) => c.length));
        for (const cls of [Crypto, Performance]) {
          try { new cls(); } catch (error) { console.log(cls.name, error.message); }
        }
    """)
    assert out == "[\n  0, 0, 0, 0,\n  0, 0, 0\n]\nCrypto Illegal constructor\nPerformance Illegal constructor\n"


def test_members_check_this_in_every_area(toyjs, tmp_path):
    # A getter that reads no state (FileReader's handlers, Performance's timeOrigin, a
    # MessageChannel's ports) checks its `this` all the same; a setter too.
    out = run_js(toyjs, tmp_path, """
        const attempts = {
          "FileReader onload": () => FileReader.prototype.onload,
          "Performance timeOrigin": () => Performance.prototype.timeOrigin,
          "performance.now": () => performance.now.call({}),
          "MessageChannel port1": () => MessageChannel.prototype.port1,
          "URL href setter": () => { Object.getOwnPropertyDescriptor(URL.prototype, "href").set.call({}, "x"); },
          "TextEncoderStream encoding": () => TextEncoderStream.prototype.encoding,
          "ProgressEvent loaded": () => ProgressEvent.prototype.loaded,
          "Request duplex": () => Request.prototype.duplex,
        };
        for (const [what, attempt] of Object.entries(attempts)) {
          try { attempt(); console.log(what, "did not throw"); }
          catch (error) { console.log(what, error.constructor.name, error.code, error.message); }
        }
        console.log(new Request("https://a.example/").duplex);
        await crypto.subtle.encrypt.call({}, "AES-GCM").catch((error) => console.log("encrypt rejects:", error.code, error.message));
    """)
    assert out == textwrap.dedent("""\
        FileReader onload TypeError ERR_INVALID_THIS Value of "this" must be of type FileReader
        Performance timeOrigin TypeError ERR_INVALID_THIS Value of "this" must be of type Performance
        performance.now TypeError ERR_INVALID_THIS Value of "this" must be of type Performance
        MessageChannel port1 TypeError ERR_INVALID_THIS Value of "this" must be of type MessageChannel
        URL href setter TypeError ERR_INVALID_THIS Value of "this" must be of type URL
        TextEncoderStream encoding TypeError ERR_INVALID_THIS Value of "this" must be of type TextEncoderStream
        ProgressEvent loaded TypeError ERR_INVALID_THIS Value of "this" must be of type ProgressEvent
        Request duplex TypeError ERR_INVALID_THIS Illegal invocation
        half
        encrypt rejects: ERR_INVALID_THIS Value of "this" must be of type SubtleCrypto
    """)


def test_optional_arguments_are_not_required(toyjs, tmp_path):
    # Members whose optional arguments were once counted: called without them, they work.
    out = run_js(toyjs, tmp_path, """
        performance.mark("a");
        performance.clearMarks();
        performance.clearMeasures();
        console.log(performance.getEntriesByName("a").length, performance.measure("m").name);
        const params = new URLSearchParams("a=1&a=2");
        params.delete("a", "1");
        console.log(params.has("a"), params.has("a", "1"), String(params));
        console.log(new TextDecoder().decode(), new AbortController().abort());
        console.log(console.assert.length, console.dir.length, console.table.length);
        console.log(Reflect.ownKeys(Object.getPrototypeOf(console)).length);
    """)
    assert out == "0 m\ntrue false a=2\n undefined\n0 0 0\n0\n"


PROGRAMS = Path(__file__).parent / "programs"


def test_classes_node_20_lacks_have_node_24s_shape(toyjs):
    # WebSocket, CloseEvent, EventSource, URLPattern, Navigator: what Node 24 printed for the
    # program (programs/webidl_node24.txt; the test extra has no Node 24).
    done = toyjs("run", "--allow-net=127.0.0.1", PROGRAMS / "webidl_node24.mjs", cwd=PROGRAMS)
    assert (done.code, done.stderr) == (0, "")
    assert done.stdout == (PROGRAMS / "webidl_node24.txt").read_text(encoding="utf-8")


def test_where_node_24_does_not_follow_web_idl(toyjs, tmp_path):
    # Node 24's EventSource and Navigator getters read a private field unchecked (a bare
    # "Cannot read private member" TypeError), its URLPattern's "Illegal invocation" has no
    # code, its URLPattern getters are named "", its EventSource prototype has no
    # @@toStringTag, and its BroadcastChannel's onmessage works on any EventTarget. Ours are
    # Web IDL's: brand checks with node's code, named accessors, EventSource's tag.
    out = run_js(toyjs, tmp_path, """
        const accessor = (cls, name) => Object.getOwnPropertyDescriptor(cls.prototype, name);
        const attempts = {
          "EventSource url": () => accessor(EventSource, "url").get.call({}),
          "EventSource onopen": () => accessor(EventSource, "onopen").get.call(new EventTarget()),
          "Navigator userAgent": () => accessor(Navigator, "userAgent").get.call({}),
          "Navigator language of the prototype": () => Navigator.prototype.language,
          "URLPattern search": () => accessor(URLPattern, "search").get.call({}),
          "BroadcastChannel onmessage": () => accessor(BroadcastChannel, "onmessage").get.call(new EventTarget()),
        };
        for (const [what, attempt] of Object.entries(attempts)) {
          try { console.log(what, "->", attempt()); }
          catch (error) { console.log(what, error.constructor.name, error.code, error.message); }
        }
        console.log(accessor(URLPattern, "pathname").get.name, Object.prototype.toString.call(EventSource.prototype));
    """)
    assert out == textwrap.dedent("""\
        EventSource url TypeError ERR_INVALID_THIS Illegal invocation
        EventSource onopen TypeError ERR_INVALID_THIS Illegal invocation
        Navigator userAgent TypeError ERR_INVALID_THIS Value of "this" must be of type Navigator
        Navigator language of the prototype TypeError ERR_INVALID_THIS Value of "this" must be of type Navigator
        URLPattern search TypeError ERR_INVALID_THIS Illegal invocation
        BroadcastChannel onmessage TypeError ERR_INVALID_THIS Value of "this" must be of type BroadcastChannel
        get pathname [object EventSource]
    """)
