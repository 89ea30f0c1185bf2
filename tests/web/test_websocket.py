"""WebSocket, CloseEvent and EventSource against a local aiohttp server (websocket_servers.py).

The expected outputs are Node 24's (node 20, the suite's reference, has no WebSocket), but
where noted: there the standard is followed and Node is not.
"""

import datetime
import ipaddress
import ssl
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

sys.path.insert(0, str(Path(__file__).parent))
from websocket_servers import serving  # noqa: E402

PROGRAMS = Path(__file__).parent / "websocket_programs"


@pytest.fixture(scope="module")
def port():
    with serving() as number:
        yield number


def run(toyjs, program, *args, allow="--allow-net=127.0.0.1"):
    flags = [allow] if allow else []
    return toyjs("run", *flags, PROGRAMS / program, *args)


def lines(text, port):
    return text.replace(f"127.0.0.1:{port}", "SERVER").splitlines()


def test_text_and_binary_messages_are_echoed_with_both_binary_types(toyjs, port):
    result = run(toyjs, "echo.mjs", f"ws://127.0.0.1:{port}")
    assert (result.code, result.stderr) == (0, "")
    assert lines(result.stdout, port) == [
        "constructed 0 ws://SERVER/echo blob 0 \"\"",
        'open Event 1 "permessage-deflate"',
        "bufferedAmount after a text 6",
        "bufferedAmount after all 26",
        'message MessageEvent ws://SERVER "" null "héllo"',
        'message MessageEvent ws://SERVER "" null Blob("") 01 02 03',
        'message MessageEvent ws://SERVER "" null Blob("") 02 01',
        'message MessageEvent ws://SERVER "" null ArrayBuffer 08 07',
        'message MessageEvent ws://SERVER "" null ArrayBuffer 62 6c 6f 62',
        'message MessageEvent ws://SERVER "" null "an object"',
        "bufferedAmount once echoed 0",
        "closing 2",
        'close CloseEvent 1000 "" true 3',
    ]


def test_close_codes_and_reasons_both_ways(toyjs, port):
    result = run(toyjs, "closes.mjs", f"ws://127.0.0.1:{port}")
    assert (result.code, result.stderr) == (0, "")
    assert lines(result.stdout, port) == [
        '/echo close 4001 "server says bye" true',
        '/echo close 1000 "" true',
        '/echo?name=a close 1000 "" true',
        '/echo?name=b close 1000 "" true',
        '/echo?name=c close 1000 "" true',
        '/echo?name=d close 1000 "" true',  # (the echoes come once the close began: dropped)
        "a server saw 3001 'client says bye ✓'",
        # (Node sends a Close frame without a code here, which the server sees as 0: aiohttp
        # always sends one, and 1000 is what a close without a code means)
        "b server saw 1000 ''",
        # (the first close() counts; the second and the send after it do nothing)
        "c server saw 4999 ''",
        "d server saw sent, before, 3002 ''",  # (sends before close() go before it)
        "/drop message bye",  # (Node loses the message sent just before the drop)
        "/drop error",
        '/drop close 1006 "" false',
    ]


def test_failed_connections_fire_error_then_close_1006(toyjs, port):
    result = run(toyjs, "failures.mjs", f"ws://127.0.0.1:{port}", "ws://127.0.0.1:1")
    assert (result.code, result.stderr) == (0, "")
    failed = 'ErrorEvent true 3, close 1006 "" false 3'
    assert lines(result.stdout, port) == [
        f"REFUSED undefined {failed}",
        f"/missing undefined {failed}",
        f"/redirect undefined {failed}",  # (the standard's redirect mode for the handshake is "error")
        f'/echo ["nope"] {failed}',  # (no requested subprotocol was accepted)
        '/protocols ["nope","superchat"] open "superchat", close 1000 "" true 3',
        # (Node fires error and close inside close() itself; the standard, and we, later)
        "closed while connecting 2",
        f"/echo [] {failed}",
        f"ws://127.0.0.1:6000/ undefined {failed}",  # (a bad port, as for fetch)
    ]


def test_what_the_constructor_send_and_close_throw(toyjs, port):
    result = run(toyjs, "errors.mjs", f"ws://127.0.0.1:{port}")
    assert (result.code, result.stderr) == (0, "")
    syntax = "throws DOMException SyntaxError 12"
    protocol = f'{syntax} "Invalid Sec-WebSocket-Protocol value"'
    access = 'throws DOMException InvalidAccessError 15 "invalid code"'
    assert lines(result.stdout, port) == [
        f'new WebSocket("foo") {syntax} "TypeError: Invalid URL"',
        f'new WebSocket("/relative") {syntax} "TypeError: Invalid URL"',
        f'new WebSocket("ftp://example.com/") {syntax} "expected a ws: or wss: url"',
        f'new WebSocket("ws://example.com/#fragment") {syntax} "hash"',
        f'new WebSocket("ws://example.com/#") {syntax} "hash"',
        'new WebSocket("http://127.0.0.1:1/a?b") -> WebSocket ws://127.0.0.1:1/a?b',
        'new WebSocket("https://127.0.0.1:1/") -> WebSocket wss://127.0.0.1:1/',
        'new WebSocket("ws://127.0.0.1:1/with space") -> WebSocket ws://127.0.0.1:1/with%20space',
        'new WebSocket("WSS://127.0.0.1:1") -> WebSocket wss://127.0.0.1:1/',
        f'protocols ["a","a"] {protocol}',
        f'protocols ["a","A"] {protocol}',
        f'protocols ["a b"] {protocol}',
        f'protocols ["ä"] {protocol}',
        f'protocols [""] {protocol}',
        f'protocols "" {protocol}',
        f'protocols ["x,y"] {protocol}',
        "protocols [] -> WebSocket ws://127.0.0.1:1/",
        'protocols "chat" -> WebSocket ws://127.0.0.1:1/',
        'protocols ["chat","superchat"] -> WebSocket ws://127.0.0.1:1/',
        "protocols [1] -> WebSocket ws://127.0.0.1:1/",
        'no argument throws TypeError TypeError undefined "WebSocket constructor: 1 argument required, but 0 found."',
        # (Node's class is named _WebSocket inside)
        "without new throws TypeError TypeError undefined \"Class constructor WebSocket cannot be invoked without 'new'\"",
        'CloseEvent without type throws TypeError TypeError undefined "CloseEvent constructor: 1 argument required, but 0 found."',
        'send while connecting throws DOMException InvalidStateError 11 "Sent before connected."',
        'send without argument throws TypeError TypeError undefined "WebSocket.send: 1 argument required, but 0 found."',
        f"close(999) {access}",
        f"close(1001) {access}",
        f"close(2999) {access}",
        f"close(5000) {access}",
        f'close("abc") {access}',
        f"close(null) {access}",
        f"close(-1) {access}",
        f"close(66536) {access}",  # ([Clamp]ed to 65535)
        f'close(1000, 124 bytes) {syntax} "Reason must be less than 123 bytes; received 124"',
        f'close(undefined, 124 bytes) {syntax} "Reason must be less than 123 bytes; received 124"',
        f"close(999, 124 bytes) {access}",
        'send on another object throws TypeError TypeError ERR_INVALID_THIS "Illegal invocation"',
        'readyState of the prototype throws TypeError TypeError ERR_INVALID_THIS "Illegal invocation"',
        "binaryType blob",
        "binaryType arraybuffer",
        "0 1 2 3 3 1",
        "[object WebSocket] true",
        "1000 r true 0 \"\"",
        "error",
        "close 1006 false",
    ]


def test_process_exit_ends_a_program_with_an_open_websocket(toyjs, port):
    result = run(toyjs, "lifetime.mjs", f"ws://127.0.0.1:{port}", "exit")
    assert (result.code, result.stdout, result.stderr) == (3, "open\n", "")


def test_an_error_a_listener_throws_ends_the_program_and_its_connection(toyjs, port):
    result = run(toyjs, "lifetime.mjs", f"ws://127.0.0.1:{port}", "throw")
    assert (result.code, result.stdout) == (1, "open\n")
    assert "\n\nError: thrown by a listener of ping\n" in result.stderr


@pytest.mark.parametrize("allow", [None, "--allow-net=example.com"])
def test_without_the_net_permission_the_constructors_throw_not_capable(toyjs, port, allow):
    result = run(toyjs, "permissions.mjs", f"ws://127.0.0.1:{port}/echo", f"http://127.0.0.1:{port}/events", allow=allow)
    assert (result.code, result.stderr) == (0, "")
    flag = "--allow-net"
    assert lines(result.stdout, port) == [
        f'WebSocket NotCapable ERR_ACCESS_DENIED Requires net access to "SERVER", run again with {flag}',
        f'EventSource NotCapable ERR_ACCESS_DENIED Requires net access to "SERVER", run again with {flag}',
    ]


def test_event_source_parses_the_stream_and_reconnects_with_the_last_event_id(toyjs, port):
    result = run(toyjs, "eventsource.mjs", f"http://127.0.0.1:{port}")
    assert (result.code, result.stderr) == (0, "")
    origin = "http://SERVER"
    assert lines(result.stdout, port) == [
        "constructed 0 http://SERVER/events false",
        "open Event 1",
        f'message MessageEvent "first" "" {origin}',  # (the BOM is not part of the field's name)
        f'message MessageEvent "two\\n lines" "" {origin}',  # (a comment; CRLF; one space removed)
        'named "with a type" "7"',  # (lines ended by CR alone)
        f'message MessageEvent "split across\\nchunks" "7" {origin}',  # (a CRLF in two chunks)
        f'message MessageEvent "" "7" {origin}',  # ("data" without a colon; an id with NUL ignored)
        f'message MessageEvent "retry follows" "7" {origin}',
        # The stream ended (its unended event dropped): an error, and a reconnection after the
        # retry field's 10 ms. (Node's EventSource lets the program end while it waits.)
        "error Event 0",
        "open Event 1",
        f"message MessageEvent \"again after '7'\" \"7\" {origin}",
        f'message MessageEvent "id cleared" "" {origin}',
        'done "end" ""',
        "closed 2",
    ]


def test_event_source_fails_for_good_on_a_response_it_cannot_use(toyjs, port):
    result = run(toyjs, "eventsource_failures.mjs", f"http://127.0.0.1:{port}")
    assert (result.code, result.stderr) == (0, "")
    assert lines(result.stdout, port) == [
        "/events-missing error Event 2 true",
        "/events-plain error Event 2 true",
        '[] TypeError TypeError "EventSource constructor: 1 argument required, but 0 found."',
        '["foo"] DOMException SyntaxError "TypeError: Invalid URL"',
        '["http://["] DOMException SyntaxError "TypeError: Invalid URL"',
        "0 1 2 2",
    ]


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    certificate_file, key_file = folder / "certificate.pem", folder / "key.pem"
    certificate_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption(),
    ))
    return certificate_file, key_file


def test_wss_goes_through_tls_and_checks_the_certificate(toyjs, tmp_path, monkeypatch):
    certificate, key = self_signed(tmp_path)
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(certificate, key)
    with serving(tls) as tls_port:
        url = f"wss://127.0.0.1:{tls_port}"
        untrusted = run(toyjs, "echo.mjs", url)
        monkeypatch.setenv("SSL_CERT_FILE", str(certificate))  # (trusted by the host's TLS from now on)
        trusted = run(toyjs, "echo.mjs", url)
    assert (untrusted.code, untrusted.stderr) == (0, "")
    assert lines(untrusted.stdout, tls_port)[-1] == 'close CloseEvent 1006 "" false 3'
    assert "error TypeError: self-signed certificate\n" in untrusted.stdout  # (the ErrorEvent's error says why)
    assert (trusted.code, trusted.stderr) == (0, "")
    assert lines(trusted.stdout, tls_port)[-1] == 'close CloseEvent 1000 "" true 3'
    assert 'message MessageEvent wss://SERVER "" null "héllo"' in lines(trusted.stdout, tls_port)
