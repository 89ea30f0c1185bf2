"""`toyjs serve`: a module's `export default { fetch }` answers HTTP, as `deno serve` has it.
Each test starts the command on 127.0.0.1 with --port 0, reads the port from its listening
line, and talks to it with urllib."""

import http.client
import json
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

APP = r"""
export default {
  async fetch(request) {
    const url = new URL(request.url);
    switch (url.pathname) {
      case "/text":
        return new Response(`hello ${request.method} ${url.host === request.headers.get("host")}`, {
          headers: { "x-reply": `got ${request.headers.get("x-request")}`, "content-type": "text/plain" },
        });
      case "/request": {
        // the Request as the handler gets it: a real one, its signal made when asked for
        const copy = new Request(request, { headers: { "x-copy": "1" } });
        const facts = {
          isRequest: request instanceof Request, method: request.method, url: request.url,
          signal: request.signal instanceof AbortSignal && !request.signal.aborted,
          same: request.signal === request.signal, redirect: request.redirect,
          repeated: request.headers.get("x-repeat"), spelled: [...request.headers.keys()].includes("x-repeat"),
          copy: [copy.url, copy.method, copy.headers.get("x-copy"), copy.signal instanceof AbortSignal],
          clone: request.clone().headers.get("x-repeat"), bodyUsed: request.bodyUsed, body: request.body,
        };
        const headers = new Headers({ "content-type": "application/json" });
        headers.append("set-cookie", "a=1");
        headers.append("set-cookie", "b=2");
        headers.append("x-list", "one");
        headers.append("x-list", "two");
        return new Response(JSON.stringify(facts), { headers });
      }
      case "/utf8":
        return new Response("\u00e9\ud800\u20ac"); // (a lone surrogate goes out as U+FFFD)
      case "/form":
        return new Response(new URLSearchParams({ q: "\u00e9 b" }));
      case "/echo": {
        const body = await request.json();
        return Response.json({ received: body, type: request.headers.get("content-type") }, { status: 201 });
      }
      case "/stream": {
        let count = 0;
        const body = new ReadableStream({
          pull(controller) {
            count += 1;
            if (count > 3) controller.close();
            else controller.enqueue(new TextEncoder().encode(`part ${count};`));
          },
        });
        return new Response(body);
      }
      case "/forever": {
        const chunk = new TextEncoder().encode("x".repeat(65536));
        const body = new ReadableStream({
          pull(controller) { controller.enqueue(chunk); },
          cancel() { console.error("the endless body was cancelled"); },
        });
        return new Response(body);
      }
      case "/boom":
        throw new Error("boom from the handler");
      case "/elsewhere":
        try {
          await fetch("http://127.0.0.1:9/");
          return new Response("reached");
        } catch (error) {
          return new Response(`${error.name}: ${error.message}`);
        }
      default:
        return new Response("no such page", { status: 404, statusText: "Not Here" });
    }
  },
  onListen({ hostname, port }) {
    console.error(`listening on ${hostname} ${port}`);
  },
};
"""

LISTENING = re.compile(r"listening on 127\.0\.0\.1 (\d+)")


SYNC_APP = r"""
export default {
  fetch(request) {
    const path = new URL(request.url).pathname;
    if (path === "/direct") return new Response(`direct ${request.method}`);
    if (path === "/thenable") return { then(resolve) { resolve(new Response("from a thenable")); } };
    if (path === "/bad-then") return { get then() { throw new Error("then getter failed"); } };
    return "not a response";
  },
  onListen({ hostname, port }) {
    console.error(`listening on ${hostname} ${port}`);
  },
};
"""


@pytest.fixture
def server(tmp_path):
    """The app served by `toyjs serve` (no permission flags); yields (base URL, process)."""
    yield from serving(tmp_path, APP)


@pytest.fixture
def sync_server(tmp_path):
    """SYNC_APP, whose handler is no async function, served as `server` serves APP."""
    yield from serving(tmp_path, SYNC_APP)


def serving(tmp_path, text):
    app = tmp_path / "app.js"
    app.write_text(text)
    process = subprocess.Popen(
        [sys.executable, "-m", "toyjs", "serve", "--host", "127.0.0.1", "--port", "0", str(app)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stderr.readline()
        found = LISTENING.search(line)
        assert found, line + process.stderr.read()
        port = int(found.group(1))
        assert port > 0
        yield f"http://127.0.0.1:{port}", process
    finally:
        process.kill()
        process.communicate(timeout=30)


def request(url, data=None, headers=None):
    """(status, reason, headers, body as text) of a request; an error status is an answer too."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}), timeout=30) as answer:
            return answer.status, answer.reason, answer.headers, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.reason, error.headers, error.read().decode()


def test_get_answers_with_the_body_and_headers_both_ways(server):
    base, _ = server
    status, _, headers, body = request(f"{base}/text", headers={"X-Request": "a value"})
    assert (status, body) == (200, "hello GET true")
    assert headers["x-reply"] == "got a value"
    assert headers["content-type"] == "text/plain"


def test_the_request_and_the_response_heads_as_the_standard_has_them(server):
    base, _ = server
    url = f"{base}/request?q=1"
    connection = http.client.HTTPConnection(urllib.parse.urlsplit(base).netloc, timeout=30)
    connection.putrequest("GET", "/request?q=1")
    connection.putheader("X-Repeat", "a")
    connection.putheader("x-repeat", "b")
    connection.endheaders()
    reply = connection.getresponse()
    headers, facts = reply.headers, json.loads(reply.read())
    connection.close()
    assert facts == {
        "isRequest": True, "method": "GET", "url": url, "signal": True, "same": True, "redirect": "follow",
        "repeated": "a, b", "spelled": True, "copy": [url, "GET", "1", True], "clone": "a, b", "bodyUsed": False,
        "body": None,
    }
    assert headers.get_all("set-cookie") == ["a=1", "b=2"]
    assert headers["x-list"] == "one, two"


def test_text_bodies_go_out_as_utf8_with_their_length(server):
    """A string or URLSearchParams body is sent as its UTF-8 (lone surrogates as U+FFFD),
    with the Content-Length of those bytes and the standard's content type."""
    base, _ = server
    host = urllib.parse.urlsplit(base).netloc
    for path, body, content_type in (
        ("/utf8", "é\ufffd€".encode(), "text/plain;charset=UTF-8"),
        ("/form", b"q=%C3%A9+b", "application/x-www-form-urlencoded;charset=UTF-8"),
    ):
        connection = http.client.HTTPConnection(host, timeout=30)
        connection.request("GET", path)
        reply = connection.getresponse()
        assert (reply.read(), reply.headers["content-length"], reply.headers["content-type"]) == (
            body, str(len(body)), content_type,
        )
        connection.close()


def test_a_json_post_streams_in_and_is_echoed(server):
    base, _ = server
    payload = {"name": "toyjs", "list": [1, 2, 3], "text": "é" * 5000}
    status, _, headers, body = request(
        f"{base}/echo", data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    assert status == 201
    assert headers["content-type"] == "application/json"
    assert json.loads(body) == {"received": payload, "type": "application/json"}


def test_a_readable_stream_body_is_sent_as_it_comes(server):
    base, _ = server
    status, _, headers, body = request(f"{base}/stream")
    assert (status, body) == (200, "part 1;part 2;part 3;")
    assert headers["transfer-encoding"] == "chunked"


def test_the_apps_own_404_and_status_text(server):
    base, _ = server
    assert request(f"{base}/missing")[:2] == (404, "Not Here")
    assert request(f"{base}/missing")[3] == "no such page"


def test_a_client_leaving_mid_body_cancels_it_and_the_server_goes_on(server):
    base, process = server
    port = int(base.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=30) as client:
        client.sendall(b"GET /forever HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert client.recv(100).startswith(b"HTTP/1.1 200 OK")
    assert request(f"{base}/text")[3] == "hello GET true"
    process.kill()
    _, errors = process.communicate(timeout=30)
    assert "the endless body was cancelled" in errors


def test_an_error_in_fetch_is_a_500_printed_and_the_server_goes_on(server):
    base, process = server
    status, _, _, body = request(f"{base}/boom")
    assert (status, body) == (500, "Internal Server Error")
    assert request(f"{base}/text")[3] == "hello GET true"
    process.kill()
    _, errors = process.communicate(timeout=30)
    assert "Error: boom from the handler" in errors
    assert "/app.js:" in errors  # the stack names the handler's file


def test_a_handler_that_returns_without_a_promise(sync_server):
    # (answered in the same task; a thenable is awaited; a `then` that throws is a 500)
    base, process = sync_server
    assert request(f"{base}/direct")[::3] == (200, "direct GET")
    assert request(f"{base}/thenable")[::3] == (200, "from a thenable")
    assert request(f"{base}/bad-then")[::3] == (500, "Internal Server Error")
    assert request(f"{base}/other")[::3] == (500, "Internal Server Error")
    assert request(f"{base}/direct")[::3] == (200, "direct GET")
    process.kill()
    _, errors = process.communicate(timeout=30)
    assert "Error: then getter failed" in errors
    assert "TypeError: the fetch handler must return a Response, not string" in errors


def test_serving_grants_only_the_served_address(server):
    base, _ = server
    status, _, _, body = request(f"{base}/elsewhere")
    assert status == 200
    assert body == 'NotCapable: Requires net access to "127.0.0.1:9", run again with --allow-net'


def test_default_listening_line(tmp_path):
    app = tmp_path / "plain.js"
    app.write_text("export default { fetch: () => new Response('plain') };\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "toyjs", "serve", "--host", "127.0.0.1", "--port", "0", str(app)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stderr.readline()
        found = re.fullmatch(r"toyjs serve: Listening on http://127\.0\.0\.1:(\d+)/\n", line)
        assert found, line
        assert request(f"http://127.0.0.1:{found.group(1)}/")[3] == "plain"
    finally:
        process.kill()
        process.communicate(timeout=30)


def test_a_default_export_without_fetch_is_an_error_naming_the_file(tmp_path, toyjs):
    app = tmp_path / "nofetch.js"
    app.write_text("export default { handler() {} };\n")
    done = toyjs("serve", "--port", "0", app)
    assert done.code == 1
    assert f"toyjs serve requires export default {{ fetch }} in the main module ({app})" in done.stderr
    assert done.stdout == ""


def test_what_follows_the_file_is_the_programs(tmp_path, toyjs):
    app = tmp_path / "args.js"
    app.write_text("console.log(JSON.stringify(process.argv.slice(2)));\nexport default {};\n")
    done = toyjs("serve", "--port", "0", app, "--allow-net", "--port", "1")
    assert done.stdout == '["--allow-net","--port","1"]\n'
    assert done.code == 1
