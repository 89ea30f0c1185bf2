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


class _BlockingEngine:
    """An engine whose process() waits until the test lets it go, recording what happens."""

    def __init__(self) -> None:
        import threading

        self.entered = threading.Event()
        self.release = threading.Event()
        self.events: list[str] = []

    def process(self, data: bytes, flush: int) -> bytes:
        self.entered.set()
        self.release.wait(10)
        self.events.append("processed")
        return b"out"

    def close(self) -> None:
        self.events.append("closed")


def test_a_close_during_a_write_frees_the_engine_once_the_write_is_done():
    import threading

    from toyjs.node.zlib.ops import Handle

    engine = _BlockingEngine()
    handle = Handle(engine)
    results = []
    worker = threading.Thread(target=lambda: results.append(handle.process(b"in", 0)))
    worker.start()
    assert engine.entered.wait(10)
    handle.close()  # from the JS thread, while the worker is inside the engine
    assert engine.events == []
    engine.release.set()
    worker.join(10)
    assert results == [b"out"]
    assert engine.events == ["processed", "closed"]
    assert handle.process(b"more", 4) == b""  # after the close: no engine is touched
    handle.close()
    assert engine.events == ["processed", "closed"]


def test_every_engine_closes_and_a_closed_handle_does_no_more_work():
    from toyjs.node.zlib.ops import Handle, new_engine

    for mode, options in [(9, {"params": {1: 5}}), (8, {}), (2, {"windowBits": 15}),
                          (3, {"level": 6, "windowBits": 15, "memLevel": 8, "strategy": 0})]:
        handle = Handle(new_engine(mode, options))
        handle.close()
        assert handle.process(b"abc", 4) == b""
