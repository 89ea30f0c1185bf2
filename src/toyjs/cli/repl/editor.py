"""A line editor on a terminal in raw mode: the REPL's prompt, with the keys node's REPL has
(arrows, Home/End, Ctrl-A/E/B/F/K/U/W/L, Backspace/Delete, up and down through the history,
Tab to complete, Ctrl-C, Ctrl-D).

Our own rather than Python's readline because output that arrives while the prompt waits (a
timer's console.log, written on the event loop's thread) must appear above the prompt, which
is then drawn again with what was typed so far: `write_above` does that under the same lock as
the editing. The terminal is in raw mode only while a line is read, so Ctrl-C while JS runs is
still the terminal's SIGINT. Output processing stays on (a "\\n" written is "\\r\\n").
"""

from __future__ import annotations

import codecs
import os
import shutil
import termios
import threading
from typing import Any, Callable

from toyjs.cli.repl.completion import Candidates, columns, common_prefix
from toyjs.cli.repl.history import History

CLEAR_LINE = "\x1b[1G\x1b[0J"  # to the first column, then erase to the end of the screen


class Interrupted(KeyboardInterrupt):
    """Ctrl-C, with the text that was on the line when it came."""

    def __init__(self, partial_line: str) -> None:
        super().__init__()
        self.partial_line = partial_line


class LineEditor:
    def __init__(self, history: History, complete: Callable[[str], Candidates], fd_in: int = 0, fd_out: int = 1) -> None:
        self.history = history
        self.complete = complete
        self.fd_in = fd_in
        self.fd_out = fd_out
        self._lock = threading.RLock()
        self._active = False  # a prompt is on the screen, being edited
        self._prompt = ""
        self._buffer = ""
        self._cursor = 0
        self._original: list[Any] | None = None  # the terminal's attributes before the REPL

    # --- output
    def _write_bytes(self, data: bytes, fd: int | None = None) -> None:
        while data:
            data = data[os.write(self.fd_out if fd is None else fd, data) :]

    def _write(self, text: str) -> None:
        self._write_bytes(text.encode("utf-8", "replace"))

    def _render(self) -> None:
        column = len(self._prompt) + self._cursor + 1
        self._write(f"{CLEAR_LINE}{self._prompt}{self._buffer}\x1b[{column}G")

    def write_above(self, data: bytes, fd: int) -> None:
        """Output from elsewhere (any thread): while a prompt is being edited, it goes on the
        prompt's line, ended if it does not end itself, and the prompt is drawn again below."""
        with self._lock:
            if not self._active:
                self._write_bytes(data, fd)
                return
            self._write(CLEAR_LINE)
            self._write_bytes(data + (b"" if data.endswith(b"\n") else b"\n"), fd)
            self._render()

    # --- reading
    def read_line(self, prompt: str, more: bool = False) -> str:
        """The next line; EOFError on Ctrl-D at an empty line, Interrupted on Ctrl-C. ``more``:
        another line is read right after (.editor), so Ctrl-C stays a key in between."""
        self._set_mode(keys_signal=False)
        with self._lock:
            self._prompt, self._buffer, self._cursor = prompt, "", 0
            self._active = True
            self._render()
        try:
            return self._edit(more)
        finally:
            with self._lock:
                self._active = False
            self._set_mode(keys_signal=not more)  # while JS runs, Ctrl-C is SIGINT (and not echoed)

    def _set_mode(self, keys_signal: bool) -> None:
        if self._original is None:
            self._original = termios.tcgetattr(self.fd_in)
        mode = termios.tcgetattr(self.fd_in)
        mode[0] &= ~(termios.ICRNL | termios.IXON)
        mode[3] &= ~(termios.ICANON | termios.ECHO | termios.IEXTEN | termios.ISIG)
        if keys_signal:
            mode[3] |= termios.ISIG
        mode[6][termios.VMIN], mode[6][termios.VTIME] = 1, 0
        termios.tcsetattr(self.fd_in, termios.TCSADRAIN, mode)

    def close(self) -> None:
        """The terminal as it was before the first line was read."""
        if self._original is not None:
            termios.tcsetattr(self.fd_in, termios.TCSADRAIN, self._original)

    def _edit(self, more: bool) -> str:
        decoder = codecs.getincrementaldecoder("utf-8")("replace")
        recalled = len(self.history.entries)  # the history entry shown (len: the line being typed)
        draft = ""
        tabbed = False
        while True:
            key = self._read_key(decoder)
            with self._lock:
                if key == "\t":
                    self._tab(listing=tabbed)
                    tabbed = True
                    continue
                tabbed = False
                if key in ("\r", "\n"):
                    if self._cursor != len(self._buffer):
                        self._cursor = len(self._buffer)
                        self._render()
                    self._active = False
                    self._set_mode(keys_signal=not more)  # before the line ends on the screen: from
                    self._write("\r\n")                 # then on, Ctrl-C stops the line's JS
                    return self._buffer
                if key == "\x03":
                    self._write("\r\n")
                    raise Interrupted(self._buffer)
                if key == "\x04" and not self._buffer:
                    self._write("\r\n")
                    raise EOFError
                if key in ("\x1b[A", "\x1bOA", "\x10", "\x1b[B", "\x1bOB", "\x0e"):
                    older = key in ("\x1b[A", "\x1bOA", "\x10")
                    if recalled == len(self.history.entries):
                        draft = self._buffer
                    recalled = max(0, recalled - 1) if older else min(len(self.history.entries), recalled + 1)
                    entries = self.history.entries
                    self._buffer = entries[recalled] if recalled < len(entries) else draft
                    self._cursor = len(self._buffer)
                    self._render()
                    continue
                self._edit_key(key)

    def _edit_key(self, key: str) -> None:
        buffer, cursor = self._buffer, self._cursor
        if key in ("\x7f", "\x08"):
            buffer, cursor = buffer[: max(0, cursor - 1)] + buffer[cursor:], max(0, cursor - 1)
        elif key in ("\x04", "\x1b[3~"):
            buffer = buffer[:cursor] + buffer[cursor + 1 :]
        elif key in ("\x1b[D", "\x1bOD", "\x02"):
            cursor = max(0, cursor - 1)
        elif key in ("\x1b[C", "\x1bOC", "\x06"):
            cursor = min(len(buffer), cursor + 1)
        elif key in ("\x01", "\x1b[H", "\x1bOH", "\x1b[1~", "\x1b[7~"):
            cursor = 0
        elif key in ("\x05", "\x1b[F", "\x1bOF", "\x1b[4~", "\x1b[8~"):
            cursor = len(buffer)
        elif key == "\x0b":
            buffer = buffer[:cursor]
        elif key == "\x15":
            buffer, cursor = buffer[cursor:], 0
        elif key == "\x17":
            start = len(buffer[:cursor].rstrip())
            while start > 0 and (buffer[start - 1].isalnum() or buffer[start - 1] in "_$"):
                start -= 1
            buffer, cursor = buffer[:start] + buffer[cursor:], start
        elif key == "\x0c":
            self._write("\x1b[H\x1b[2J")
        elif key.isprintable():
            if cursor == len(buffer):  # typing at the end: the characters alone, as node writes them
                self._buffer, self._cursor = buffer + key, cursor + len(key)
                self._write(key)
                return
            buffer, cursor = buffer[:cursor] + key + buffer[cursor:], cursor + len(key)
        else:
            return  # a key the editor does not use
        self._buffer, self._cursor = buffer, cursor
        self._render()

    def _read_key(self, decoder: codecs.IncrementalDecoder) -> str:
        """One key: a character, or an escape sequence (ESC [ ... final byte, ESC O x)."""
        first = self._read_char(decoder)
        if first != "\x1b":
            return first
        second = self._read_char(decoder)
        if second == "O":
            return first + second + self._read_char(decoder)
        if second != "[":
            return first + second
        sequence = first + second
        while True:
            char = self._read_char(decoder)
            sequence += char
            if "\x40" <= char <= "\x7e":
                return sequence

    def _read_char(self, decoder: codecs.IncrementalDecoder) -> str:
        while True:
            data = os.read(self.fd_in, 1)
            if not data:
                raise EOFError
            text = decoder.decode(data)
            if text:
                return text

    # --- completion
    def _tab(self, listing: bool) -> None:
        """Complete the text before the cursor: as far as all candidates agree; a second Tab
        lists them (a group per object of the prototype chain, as node lists them)."""
        before = self._buffer[: self._cursor]
        prefix, groups = self.complete(before)
        names = [name for group in groups for name in group]
        if not names:
            return
        shared = common_prefix(names)
        if len(shared) > len(prefix):
            addition = shared[len(prefix) :]
            self._buffer = before + addition + self._buffer[self._cursor :]
            self._cursor += len(addition)
            self._render()
        elif listing and len(names) > 1:
            width = shutil.get_terminal_size((80, 24)).columns
            self._write("\r\n" + columns(groups, width) + "\r\n")
            self._render()
