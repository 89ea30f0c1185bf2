"""The compiler launcher of toyjs's C++ build: compiles one file, or reuses its object from the
previous build when nothing it was made from changed, and says which (cmake/progress.py).

Run by ninja for every object: ``compile.py CACHE_DIR TOTAL -- COMPILER ARGS...``. pip builds
each time in a fresh isolated environment, and scikit-build-core then reconfigures the build
tree from scratch, deleting every object; this cache outlives that. An object is reused when
the compile command is the same and every file its dependency list names (the source and each
header the compiler read, from the ``-MF`` file) has the same bytes as when it was made.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import progress


def _option(args: list[str], name: str) -> str:
    return args[args.index(name) + 1]


def _dependencies(depfile: Path) -> list[str]:
    """The files a Make-style dependency file lists after its target."""
    text = depfile.read_text().replace("\\\n", " ")
    names = text.split(":", 1)[1].replace("\\ ", "\0").split()
    return [name.replace("\0", " ") for name in names]


def _digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _unchanged(manifest: dict[str, str]) -> bool:
    try:
        return all(_digest(path) == digest for path, digest in manifest.items())
    except OSError:
        return False


def _counted(cache: Path, name: str) -> int:
    """This build's count of objects made so far, this one included (CMakeLists.txt empties
    the folder of marks when it configures the build)."""
    marks = cache / "this-build"
    marks.mkdir(parents=True, exist_ok=True)
    (marks / name).touch()
    return sum(1 for _ in marks.iterdir())


def main() -> int:
    cache, total = Path(sys.argv[1]), sys.argv[2]
    command = sys.argv[sys.argv.index("--") + 1 :]
    target, depfile, source = Path(_option(command, "-o")), Path(_option(command, "-MF")), _option(command, "-c")
    name = hashlib.sha256(str(target.resolve()).encode()).hexdigest()
    entry = cache / name
    key = hashlib.sha256(json.dumps(command).encode()).hexdigest()
    number = f"{_counted(cache, name)} of {total}"
    try:
        stored = json.loads((entry / "manifest.json").read_text())
    except (OSError, ValueError):
        stored = {}
    if stored.get("command") == key and _unchanged(stored["files"]):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(entry / "object", target)
        shutil.copyfile(entry / "depfile", depfile)
        progress.say(f"reusing {Path(source).name} ({number}, unchanged)")
        return 0
    progress.say(f"compiling {Path(source).name} ({number})")
    result = subprocess.run(command)
    if result.returncode != 0:
        return result.returncode
    entry.mkdir(parents=True, exist_ok=True)
    files = {path: _digest(path) for path in _dependencies(depfile)}
    shutil.copyfile(target, entry / "object")
    shutil.copyfile(depfile, entry / "depfile")
    (entry / "manifest.json").write_text(json.dumps({"command": key, "files": files}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
