"""node:zlib against node: the bytes of the sync functions for fixed inputs (levels, strategies,
windows, dictionaries, Brotli params), the callback forms and streams (event order, chunkSize
pieces, flush, params, close, pipeline), errors (zlib's and Brotli's codes and errnos, Node's
option checks), crc32 and the constants; and what each runtime compresses, the other reads.

Node's zlib is Chromium's, whose match finder differs from zlib's: for longer inputs with the
default strategies both make valid but different bytes, hence the cross-reading test."""

import pytest



@pytest.mark.parametrize("program", ["zlib_sync", "zlib_errors", "zlib_streams"])
def test_same_output_as_node(same_as_node, programs, program):
    same_as_node(programs / "node" / f"{program}.mjs")


def test_each_reads_what_the_other_compressed(toyjs, node, programs, tmp_path):
    folder = programs / "node"
    made_by_us = toyjs("run", folder / "zlib_interop_make.mjs", cwd=folder)
    made_by_node = node(folder / "zlib_interop_make.mjs", cwd=folder)
    assert made_by_us.code == 0, made_by_us.stderr
    (tmp_path / "ours.txt").write_text(made_by_us.stdout)
    (tmp_path / "theirs.txt").write_text(made_by_node.stdout)
    read_by_node = node(folder / "zlib_interop_read.mjs", tmp_path / "ours.txt", cwd=folder)
    read_by_us = toyjs("run", "--allow-read", folder / "zlib_interop_read.mjs", tmp_path / "theirs.txt", cwd=folder)
    assert read_by_us.code == 0, read_by_us.stderr
    assert read_by_node.stdout == read_by_us.stdout
    assert read_by_node.stdout.count(" true\n") == 11
