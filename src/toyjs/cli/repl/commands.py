"""The REPL's commands: a line starting with a dot and a keyword (`.help`, `.load FILE`...)."""

from __future__ import annotations

from dataclasses import dataclass

from toyjs.cli.repl.completion import Candidates


@dataclass(frozen=True)
class Command:
    name: str
    help: str


# node's list and its descriptions.
COMMANDS = (
    Command("break", "Sometimes you get stuck, this gets you out"),
    Command("clear", "Alias for .break"),
    Command("editor", "Enter editor mode"),
    Command("exit", "Exit the REPL"),
    Command("help", "Print this help message"),
    Command("load", "Load JS from a file into the REPL session"),
    Command("save", "Save all evaluated commands in this REPL session to a file"),
)
NAMES = frozenset(command.name for command in COMMANDS)
HELP = "\n".join(f".{command.name:<9}{command.help}" for command in COMMANDS) + (
    "\n\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL"
)
EDITOR_BANNER = "// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)"
INVALID = "Invalid REPL keyword"


def parse(line: str) -> tuple[str, str] | None:
    """`(name, argument)` for a command line (`.save  out.js` is ("save", "out.js")), else None."""
    stripped = line.strip()
    if not stripped.startswith(".") or len(stripped) < 2 or not stripped[1].isalpha():
        return None
    name, _, argument = stripped[1:].partition(" ")
    return name, argument.strip()


def complete(text: str) -> Candidates | None:
    """Tab after a dot at the start of the line: the command names."""
    if not text.startswith(".") or " " in text:
        return None
    partial = text[1:]
    return text, [[f".{command.name}" for command in COMMANDS if command.name.startswith(partial)]]
