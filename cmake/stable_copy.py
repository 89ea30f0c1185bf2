"""Mirror a directory into the build tree, rewriting only the files whose bytes changed.

Run by CMakeLists.txt at configure time: ``stable_copy.py SOURCE DESTINATION``. pip builds in
a fresh isolated environment each time, so a build dependency's files (nanobind's headers and
sources) sit at a new path with new times on every install; compiled against that path,
every object would be rebuilt. Compiled against the mirror, whose path and unchanged files'
times stay put, a second install of the same checkout compiles only what changed.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def mirror(source: Path, destination: Path) -> None:
    wanted = set()
    for path in source.rglob("*"):
        if path.is_dir() or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(source)
        wanted.add(relative)
        target = destination / relative
        if target.is_file() and target.read_bytes() == path.read_bytes():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    for path in sorted(destination.rglob("*"), reverse=True):  # files before their folders
        if path.is_file() and path.relative_to(destination) not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


if __name__ == "__main__":
    mirror(Path(sys.argv[1]), Path(sys.argv[2]))
