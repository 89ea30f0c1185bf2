"""CommonJS against node, Node 24 and Deno: require() of a 1,000-file graph, and of lodash
(installed with npm into a scratch folder for the run).

Run alone: python -m bench.commonjs.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.suite import Measure, Peers, print_table, wall_ms

AREA = "commonjs"
LODASH = "4.17.21"


def require_graph(folder: Path, size: int = 1000) -> Path:
    """A main file requiring `size` files, each requiring the one before it."""
    folder.mkdir()
    # (Deno runs a .js file as CommonJS only where package.json says so; node and toyjs
    # need not be told.)
    (folder / "package.json").write_text('{"type": "commonjs"}\n')
    for i in range(size):
        previous = f'require("./m{i - 1}.js").value' if i else "0"
        (folder / f"m{i}.js").write_text(f"exports.value = {previous} + {i};\n")
    main = folder / "main.js"
    main.write_text("".join(f'require("./m{i}.js");\n' for i in range(size)) + 'console.log("loaded");\n')
    return main


def lodash_program(folder: Path) -> Path | None:
    """A program requiring lodash and using it, or None when npm cannot install it."""
    npm = shutil.which("npm")
    if npm is None:
        return None
    folder.mkdir()
    (folder / "package.json").write_text('{"name": "bench-lodash", "private": true, "type": "commonjs"}\n')
    done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", f"lodash@{LODASH}"],
                          cwd=folder, capture_output=True, timeout=300)
    if done.returncode != 0:
        return None
    main = folder / "main.js"
    main.write_text('const _ = require("lodash");\nconsole.log(_.chunk([1, 2, 3, 4], 2).length);\n')
    return main


def measure(peers: Peers) -> list[Measure]:
    measures = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        programs = {"require: 1,000-file graph": require_graph(folder / "graph")}
        lodash = lodash_program(folder / "lodash")
        if lodash is not None:
            programs[f"require('lodash') {LODASH} and one call"] = lodash
        for name, program in programs.items():
            row = Measure(AREA, name, "ms, wall", note="wall time of the whole process, start-up included")
            for runtime, command in peers.runners.items():
                row.values[runtime] = wall_ms([*command, str(program)])
            measures.append(row)
    return measures


if __name__ == "__main__":
    print_table(measure(Peers.find()))
