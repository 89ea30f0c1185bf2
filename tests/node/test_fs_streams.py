"""fs.createReadStream and fs.createWriteStream against node: each program runs under both in a
fresh temporary directory (argv[2]) and prints nothing that names it: event traces, ranges,
encodings, chunking, descriptors, custom fs functions, FileHandle streams, errors, and files
piped to files and through hashes and ciphers. Then what only toyjs does: the permission checks."""

import hashlib

import pytest


FLAGS = ("--allow-read", "--allow-write")


@pytest.mark.parametrize("name", ["fs_streams_read.mjs", "fs_streams_write.mjs"])
def test_same_output_as_node(same_as_node, programs, tmp_path, name):
    same_as_node(programs / "node" / name, *FLAGS, scratch=tmp_path, cwd=tmp_path)


def run_toyjs(toyjs, tmp_path, source, *flags):
    program = tmp_path / "program.mjs"
    program.write_text(source)
    return toyjs("run", *flags, program, cwd=tmp_path)


STREAM_ERRORS = """
    import fs from "node:fs";
    const report = (label, stream) => new Promise((resolve) => {
      stream.on("error", (error) => console.log(label, "error", error.name, error.code, error.message.replace(/".*"/, "PATH")));
      stream.on("open", () => console.log(label, "open"));
      stream.on("close", () => { console.log(label, "close"); resolve(); });
      stream.resume?.();
    });
    await report("read", fs.createReadStream("secret.txt"));
    const writing = fs.createWriteStream("new.txt");
    writing.end("x");
    await report("write", writing);
"""


def test_streams_need_permissions(toyjs, tmp_path):
    (tmp_path / "secret.txt").write_text("secret")
    done = run_toyjs(toyjs, tmp_path, STREAM_ERRORS)
    assert done.code == 0, done.stderr
    assert done.stdout.splitlines() == [
        "read error NotCapable ERR_ACCESS_DENIED Requires read access to PATH, run again with --allow-read",
        "read close",
        "write error NotCapable ERR_ACCESS_DENIED Requires write access to PATH, run again with --allow-write",
        "write close",
    ]
    assert not (tmp_path / "new.txt").exists()


def test_reading_granted_does_not_grant_writing(toyjs, tmp_path):
    (tmp_path / "secret.txt").write_text("secret")
    done = run_toyjs(toyjs, tmp_path, STREAM_ERRORS, "--allow-read")
    assert done.code == 0, done.stderr
    assert done.stdout.splitlines() == [
        "read open",
        "read close",
        "write error NotCapable ERR_ACCESS_DENIED Requires write access to PATH, run again with --allow-write",
        "write close",
    ]
    assert not (tmp_path / "new.txt").exists()


def test_a_large_file_streams_in_high_water_mark_chunks(toyjs, tmp_path):
    data = bytes(range(256)) * 4099  # 1,049,344 bytes: 16 full chunks of 64 KiB and a part
    (tmp_path / "large.bin").write_bytes(data)
    done = run_toyjs(toyjs, tmp_path, """
        import fs from "node:fs";
        import crypto from "node:crypto";
        const sizes = [];
        const hash = crypto.createHash("sha256").setEncoding("hex");
        fs.createReadStream("large.bin").on("data", (chunk) => sizes.push(chunk.length)).pipe(hash);
        hash.on("data", (digest) => console.log(digest, sizes.length, new Set(sizes.slice(0, -1)).size, sizes[0], sizes.at(-1)));
    """, "--allow-read")
    assert done.code == 0, done.stderr
    assert done.stdout.split() == [hashlib.sha256(data).hexdigest(), "17", "1", "65536", str(len(data) - 16 * 65536)]
