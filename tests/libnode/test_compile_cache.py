"""The build's compiler launcher (cmake/compile.py): each object is announced with its number,
and reused from the previous build when its command and every file it was made from are
unchanged, so that a second `pip install .` does not compile everything again."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "cmake" / "compile.py"


def launch(build: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """Compile build/main.cpp through the launcher as ninja would. A new session has no
    controlling terminal, so the launcher speaks on stderr."""
    command = [
        sys.executable, str(LAUNCHER), str(cache), "1", "--",
        "g++", "-MD", "-MT", "main.o", "-MF", "main.o.d", "-o", "main.o", "-c", "main.cpp",
    ]
    return subprocess.run(command, cwd=build, capture_output=True, text=True, start_new_session=True)


def compile_once(build: Path, cache: Path) -> str:
    """What the launcher said while it compiled (or reused) main.o."""
    result = launch(build, cache)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_an_unchanged_object_is_reused_and_a_changed_header_recompiles(tmp_path):
    build, cache = tmp_path / "build", tmp_path / "cache"
    build.mkdir()
    (build / "value.h").write_text("#define VALUE 1\n")
    (build / "main.cpp").write_text('#include "value.h"\nint value() { return VALUE; }\n')

    assert compile_once(build, cache) == "toyjs build: compiling main.cpp (1 of 1)\n"
    first = (build / "main.o").read_bytes()

    (build / "main.o").unlink()  # as when the build tree is configured afresh
    (build / "main.o.d").unlink()
    (cache / "this-build").rename(tmp_path / "previous-build")
    assert compile_once(build, cache) == "toyjs build: reusing main.cpp (1 of 1, unchanged)\n"
    assert (build / "main.o").read_bytes() == first
    assert "value.h" in (build / "main.o.d").read_text()

    (build / "value.h").write_text("#define VALUE 2\n")
    assert "compiling main.cpp" in compile_once(build, cache)
    assert (build / "main.o").read_bytes() != first


def test_a_failed_compile_fails_and_caches_nothing(tmp_path):
    build, cache = tmp_path / "build", tmp_path / "cache"
    build.mkdir()
    (build / "main.cpp").write_text("int broken( {\n")
    result = launch(build, cache)
    assert result.returncode != 0
    assert "main.cpp:1" in result.stderr  # the compiler's own message comes through
    assert not any(path.name == "manifest.json" for path in cache.rglob("*"))
