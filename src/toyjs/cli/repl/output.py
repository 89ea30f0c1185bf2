"""sys.stdout and sys.stderr while the terminal REPL runs: what JS writes (console.log goes
through sys.stdout's binary buffer, see web/console/ops.py) passes to the line editor, which
puts it above a prompt being edited."""

from __future__ import annotations

from typing import Any, TextIO

from toyjs.cli.repl.editor import LineEditor


class _Bytes:
    def __init__(self, editor: LineEditor, target: TextIO) -> None:
        self._editor = editor
        self._target = target

    def write(self, data: bytes) -> int:
        self._target.flush()
        self._editor.write_above(bytes(data), self._target.fileno())
        return len(data)

    def flush(self) -> None:
        pass


class AbovePrompt:
    """A text stream over ``target`` (the real stdout or stderr) whose writes go through the
    editor; anything else (fileno, isatty, encoding) is the target's."""

    def __init__(self, editor: LineEditor, target: TextIO) -> None:
        self._target = target
        self.buffer = _Bytes(editor, target)
        self._pending = ""  # text up to its line's end (print writes a line's "\n" apart)

    def write(self, text: str) -> int:
        self._pending += text
        if self._pending.endswith("\n"):
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, ""
            self.buffer.write(pending.encode("utf-8", "replace"))
        self._target.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target, name)
