"""FileReader, blob: URLs and relative URLs in fetch: node 20 has none of them, so the output
is the File API's and the Fetch Standard's, written out here."""

FILE_READER_OUTPUT = """\
[
  'state 1 loadstart(0/6) progress(6/6) load(6/6) loadend(6/6)',
  2,
  'hi'
]
[
  'state 1 loadstart(0/3) progress(3/3) load(3/3) loadend(3/3)',
  2,
  'Ã¯x'
]
[ 'state 1 loadstart(0/0) load(0/0) loadend(0/0)', 2, '' ]
[
  'state 1 loadstart(0/4) progress(4/4) load(4/4) loadend(4/4)',
  2,
  'data:application/octet-stream;base64,VEVTVA=='
]
[
  'state 1 loadstart(0/2) progress(2/2) load(2/2) loadend(2/2)',
  2,
  'Aÿ'
]
true [ 97, 98 ]
InvalidStateError The object is in an invalid state.
abort, state 2 result null
TypeError Failed to execute 'readAsText' on 'FileReader': parameter 1 is not of type 'Blob'.
0 1 2 0
true 46
200 text/x-demo 11 from a blob
kept by the Request: from a blob
TypeError fetch failed | no Blob is registered for this blob: URL
TypeError fetch failed | blob: URLs can only be fetched with GET, not POST
"""


def test_file_reader_and_blob_urls(toyjs, programs):
    # (the UTF-16BE BOM decides readAsText's encoding; a label given beats the type's charset)
    result = toyjs("run", programs / "file_reader.mjs")
    assert (result.code, result.stdout, result.stderr) == (0, FILE_READER_OUTPUT, "")


def test_relative_urls_resolve_against_location(toyjs, tmp_path, http_server):
    program = tmp_path / "relative.mjs"
    program.write_text(
        "try { new Request('text'); } catch (error) { console.log(error.name, error.message); }\n"
        "globalThis.location = { href: process.argv[2] + '/redirect/3' };\n"
        "console.log(new Request('../text').url === process.argv[2] + '/text');\n"
        "console.log(await (await fetch('/text')).text());\n"
        "console.log(Response.redirect('json').headers.get('location') === process.argv[2] + '/redirect/json');\n"
    )
    result = toyjs("run", "--allow-net=127.0.0.1", program, http_server)
    assert (result.code, result.stdout, result.stderr) == (
        0, "TypeError Failed to parse URL from text\ntrue\nhello from the server\ntrue\n", "",
    )


def test_blob_slice_positions_types_and_options_as_webidl_converts_them(toyjs, tmp_path):
    # node 20 aborts on a fractional position (its native slice asserts a Uint32)
    program = tmp_path / "blob.mjs"
    program.write_text(
        "const blob = new Blob(['abcd']);\n"
        "console.log([0.5, 1.5, 2.5, 3.5, -1.5, NaN, Infinity, -Infinity].map((start) => blob.slice(start).size).join());\n"
        "console.log(blob.slice(0, 4, null).type, JSON.stringify(blob.slice(0, 4).type), blob.slice(0, 4, 'TEXT/Plain').type);\n"
        "for (const options of [123, 'abc', { endings: 'other' }]) {\n"
        "  try { new Blob([], options); console.log('made'); } catch (error) { console.log(error.name); }\n"
        "}\n"
        "const parts = ['a', 'b'];\n"
        "const seen = [];\n"
        "const blob2 = new Blob({ [Symbol.iterator]() { seen.push('iterator'); return parts[Symbol.iterator](); } });\n"
        "console.log(seen.join(), blob2.size);\n"
    )
    result = toyjs("run", program)
    assert (result.code, result.stdout, result.stderr) == (
        0, "4,2,2,0,2,4,0,4\nnull \"\" text/plain\nTypeError\nTypeError\nTypeError\niterator 2\n", "",
    )
