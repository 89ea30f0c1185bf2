"""Transferring a ReadableStream through structuredClone, as the Streams and HTML standards
say (node 20 throws a TypeError for a locked stream, clones an untransferred one, and loses the
cancel reason; Node 24 and WPT's structured-clone tests follow the standards)."""


def test_a_transferred_stream_reads_the_original(toyjs, programs):
    result = toyjs("run", programs.parent / "web" / "programs" / "stream_transfer.mjs")
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [
        "true false true false",  # a new stream; the original is locked by the transfer
        "[ 'a', 'b' ]",
        "true",  # a subclass's instance arrives as a ReadableStream
        "DataCloneError",  # a locked stream cannot be transferred
        "DataCloneError",  # nor cloned without the transfer list
        "errored TypeError boom",
        "cancel why",
    ]
