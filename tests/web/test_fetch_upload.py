"""fetch with a ReadableStream body: uploaded as it is read (chunked), compared with node; and
the Fetch Standard's rule node's fetch does not keep (a chunk must be a Uint8Array)."""


def test_a_stream_body_is_uploaded_as_it_is_read(same_as_node, programs):
    same_as_node(programs / "fetch_upload.mjs", "--allow-net")


def test_a_chunk_that_is_not_bytes_fails_the_fetch(toyjs, tmp_path):
    program = tmp_path / "text_chunk.mjs"
    program.write_text(
        'import http from "node:http";\n'
        'const server = http.createServer((req, res) => { req.resume(); req.on("end", () => res.end("ok")); });\n'
        'server.listen(0, "127.0.0.1", async () => {\n'
        '  const body = new ReadableStream({ start(c) { c.enqueue("text"); c.close(); } });\n'
        '  try { await fetch(`http://127.0.0.1:${server.address().port}/`, { method: "POST", body, duplex: "half" }); }\n'
        '  catch (error) { console.log(error.name, error.message, error.cause.name, error.cause.message); }\n'
        '  server.close();\n'
        '});\n'
    )
    result = toyjs("run", "--allow-net", program, timeout=30)
    assert (result.code, result.stdout) == (0, "TypeError fetch failed TypeError Received non-Uint8Array chunk\n")
