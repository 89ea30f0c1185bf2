"""node:stream against node: each program runs small scenarios that print a trace of events
(their order, and whether they come synchronously or on a later tick), return values, states
and errors (codes and messages), compared byte for byte."""

import pytest

from conftest import assert_same_as_node

PROGRAMS = [
    "stream_readable.mjs",  # modes, read(n), setEncoding, unshift, destroy, from, operators
    "stream_writable.mjs",  # write/drain, cork and _writev, _final, errors, _construct
    "stream_duplex.cjs",  # Duplex, Transform, PassThrough, subclassing, legacy modules
    "stream_pipeline.mjs",  # pipe, pipeline, finished, compose, Duplex.from, addAbortSignal
    "stream_web.mjs",  # toWeb/fromWeb, stream/consumers, stream/web
]


@pytest.mark.parametrize("program", PROGRAMS)
def test_same_output_as_node(toyjs, node, programs, program):
    folder = programs / "node"
    assert_same_as_node(toyjs("run", folder / program, cwd=folder), node(folder / program, cwd=folder))
