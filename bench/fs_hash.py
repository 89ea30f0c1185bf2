"""File streams against node, Node 24 and Deno: a 100 MB file through fs.createReadStream piped
into crypto.createHash("sha256") (the target: within 1.5x of node), and, to tell the parts of
that cost apart, the same file streamed with nothing done to its chunks, and the same bytes
hashed from memory in 64 KiB pieces.

Run alone: python -m bench.fs_hash. The runtimes take turns, run after run (the machine is
shared: its load then weighs on each alike); each figure is the median of the runs, timed
inside the JS program.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench.suite import Measure, Peers, run_alone, within_node

AREA = "fs streams"
SIZE = 100 * 1000 * 1000
RUNS = 7

PIPED_HASH = """\
import fs from "node:fs";
import crypto from "node:crypto";
const start = performance.now();
const hash = crypto.createHash("sha256").setEncoding("hex");
fs.createReadStream(process.argv[2]).pipe(hash);
const digest = await new Promise((resolve, reject) => hash.on("data", resolve).on("error", reject));
console.log(digest, performance.now() - start);
"""
STREAM_ONLY = """\
import fs from "node:fs";
const start = performance.now();
let total = 0;
for await (const chunk of fs.createReadStream(process.argv[2])) total += chunk.length;
console.log(total, performance.now() - start);
"""
HASH_ONLY = """\
import fs from "node:fs";
import crypto from "node:crypto";
const bytes = fs.readFileSync(process.argv[2]);
const start = performance.now();
const hash = crypto.createHash("sha256");
for (let at = 0; at < bytes.length; at += 65536) hash.update(bytes.subarray(at, at + 65536));
console.log(hash.digest("hex"), performance.now() - start);
"""


def timed_in_turns(commands: dict[str, list[str]], runs: int = RUNS) -> dict[str, float]:
    """Each command's median of the milliseconds it prints last, the commands run in turns;
    the other figure printed (a digest, a byte count) must agree across runtimes."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    answers: dict[str, str] = {}
    for _ in range(runs):
        for name, command in commands.items():
            words = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()
            answers[name] = words[0]
            samples[name].append(float(words[-1]))
    if len(set(answers.values())) != 1:
        raise SystemExit(f"the runtimes disagree: {answers}")
    return {name: statistics.median(values) for name, values in samples.items()}


def measure(peers: Peers) -> list[Measure]:
    measures = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        data = folder / "data.bin"
        with data.open("wb") as out:
            for _ in range(SIZE // (1 << 20)):
                out.write(os.urandom(1 << 20))
            out.write(os.urandom(SIZE % (1 << 20)))
        cases = [
            ("100 MB file piped into sha256", "piped_hash.mjs", PIPED_HASH, "within 1.5x of node", within_node(peers, 1.5)),
            ("100 MB file streamed, chunks unused", "stream_only.mjs", STREAM_ONLY, "", None),
            ("100 MB hashed from memory, 64 KiB updates", "hash_only.mjs", HASH_ONLY, "", None),
        ]
        for name, file, source, target, met in cases:
            (folder / file).write_text(source)
            row = Measure(AREA, name, "ms", target=target, met=met)
            row.values = timed_in_turns({runtime: [*command, str(folder / file), str(data)] for runtime, command in peers.runners.items()})
            measures.append(row)
    return measures


if __name__ == "__main__":
    run_alone(measure)
