"""An express application (tests/npm/apps/express_app.js) served by `toyjs run` and by node,
each sent the same real HTTP requests (urllib): routes with params, JSON bodies, static files,
a 404 and the error-handling middleware. Status, content type and body must be node's."""

import json
import select
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from contextlib import contextmanager

import pytest

from test_packages import HERE, installed_packages  # noqa: F401 (the fixture installs express)

APP = HERE / "apps" / "express_app.js"

REQUESTS = [
    ("GET", "/hello/ann", None),
    ("GET", "/hello/bob?punct=%3F", None),
    ("POST", "/notes", {"text": "first", "tags": ["a", "b"]}),
    ("POST", "/notes", {"text": "second"}),
    ("GET", "/notes/1", None),
    ("GET", "/notes/7", None),
    ("GET", "/notes/abc", None),
    ("POST", "/notes", {"tags": []}),
    ("POST", "/notes", b"{broken json"),
    ("GET", "/boom", None),
    ("GET", "/static/index.html", None),
    ("GET", "/static/", None),
    ("GET", "/static/css/site.css", None),
    ("GET", "/static/data.json", None),
    ("GET", "/static/missing.txt", None),
    ("HEAD", "/static/css/site.css", None),
    ("DELETE", "/hello/ann", None),
]


@contextmanager
def serving(command):
    """Starts the app and yields its base URL (from the port on its first stdout line); stops
    it afterwards."""
    process = subprocess.Popen(command, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "the app printed no port"
        port = process.stdout.readline().strip()
        assert port.isdigit(), f"not a port: {port!r}; stderr: {process.stderr.read() if process.poll() is not None else ''}"
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()


def send(base, method, path, body):
    """(status, content type, body text) of one request; error statuses are answers too."""
    if isinstance(body, dict):
        body = json.dumps(body).encode()
    headers = {"Content-Type": "application/json"} if body is not None else {}
    request = urllib.request.Request(base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers["Content-Type"], error.read().decode()


def answers(command):
    with serving(command) as base:
        return [(method, path, *send(base, method, path, body)) for method, path, body in REQUESTS]


@pytest.mark.usefixtures("installed_packages")
def test_express_app_answers_as_under_node():
    node = shutil.which("node")
    assert node, "node must be installed: it is the reference the runtime is compared with"
    theirs = answers([node, str(APP)])
    ours = answers([sys.executable, "-m", "toyjs", "run", "--allow-read", "--allow-env", "--allow-net=127.0.0.1", str(APP)])
    assert ours == theirs
    # The requests reached every part of the app (a check on the program, not on toyjs).
    assert {status for _, _, status, _, _ in theirs} == {200, 201, 400, 404, 422, 500}
