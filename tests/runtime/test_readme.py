"""The README's first screen is true: its REPL session and its TypeScript example print what it
shows."""

import re
from pathlib import Path

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()
CONSOLE_BLOCKS = re.findall(r"```console\n(.*?)```", README, re.S)


def block_starting(command: str) -> list[str]:
    return next(block for block in CONSOLE_BLOCKS if block.startswith(f"$ {command}\n")).splitlines()


def test_the_repl_session_prints_what_the_readme_shows(toyjs):
    lines = block_starting("toyjs")[1:]
    banner = lines[:2]
    inputs = [line[2:] for line in lines if line.startswith("> ")]
    results = [line for line in lines[2:] if not line.startswith("> ")]
    result = toyjs("repl", stdin="".join(f"{line}\n" for line in inputs))
    assert result.code == 0, result.stderr
    printed = result.stdout.splitlines()
    assert printed[0].startswith(banner[0].split(" (V8")[0])  # the versions change
    assert printed[1] == banner[1]
    assert [line.removeprefix("> ") for line in printed[2:-1]] == results


def test_the_typescript_example_prints_what_the_readme_shows(toyjs, tmp_path):
    lines = block_starting("cat greet.ts")
    run = lines.index("$ toyjs greet.ts")
    (tmp_path / "greet.ts").write_text("\n".join(lines[1:run]) + "\n")
    result = toyjs("greet.ts", cwd=tmp_path)
    assert (result.code, result.stdout.splitlines()) == (0, lines[run + 1 :])
