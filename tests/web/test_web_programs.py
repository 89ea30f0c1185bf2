"""Each web API's program must print exactly what node prints."""

import pytest

WEB_PROGRAMS = [
    "events.mjs",
    "encoding.mjs",
    "structured_clone.mjs",
    "crypto_performance.mjs",
    "subtle_crypto.mjs",
    "url.mjs",
    "form_data.mjs",
    "streams.mjs",
    "web_streams.mjs",  # byte streams, tee, from, strategies, abort paths, pipeTo, compression
    "messaging.mjs",
    "web_inspect.mjs",
]


@pytest.mark.parametrize("name", WEB_PROGRAMS)
def test_same_output_as_node(toyjs, node, programs, name):
    ours = toyjs("run", programs / name, cwd=programs)
    theirs = node(programs / name, cwd=programs)
    assert theirs.code == 0, theirs.stderr
    assert (ours.code, ours.stdout, ours.stderr) == (theirs.code, theirs.stdout, theirs.stderr)
