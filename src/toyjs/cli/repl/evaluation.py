"""Evaluating the REPL's input: the JS helper (host/repl.js) turns it into a script (a leading
`{` as an object, top-level await), the script runs, an awaited one is waited for while the
event loop goes on, and `_` / `_error` take the result / the thrown value."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from toyjs.cli.repl.completion import Candidates
from toyjs.errors import JSError
from toyjs.host.loop import promise_future
from toyjs.runtime import Runtime

HELPER = Path(__file__).resolve().parents[2] / "host" / "repl.js"


class Evaluator:
    """Its methods call into JS: they run on the event loop's thread (see LoopThread)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        factory = runtime.context.eval(HELPER.read_text(encoding="utf-8"), "toyjs:repl", as_handle=True)
        self.helper = factory.call_handle(None, runtime.core, runtime.context.globals)

    async def evaluate(self, source: str) -> Any:
        """The value of ``source`` as a handle; a thrown value is raised as JSError (and is
        `_error` from then on)."""
        try:
            awaited, value = self._macrotask(self._start, source)
            if awaited:
                await promise_future(value)
                value = self._macrotask(self.helper["takeAwaited"].call_handle, None)
        except JSError as error:
            if not incomplete(error):
                self._macrotask(self.helper["setError"], getattr(error, "value", None))
            raise
        self._macrotask(self.helper["setResult"], value)
        return value

    async def show(self, value: Any, colours: bool) -> str:
        """The value as console.log shows it, coloured or not (a custom inspect method may
        throw)."""
        return self._macrotask(self.runtime.core.inspect, value, {"colors": colours})

    async def has_colours(self) -> bool:
        """Whether results are coloured: as console.log colours what it inspects on stdout (a
        terminal that has colours, unless NO_COLOR and the like say otherwise)."""
        return bool(self._macrotask(self.runtime.core.standardStreamHasColors, 1))

    def _start(self, source: str) -> tuple[bool, Any]:
        """Run the script for ``source``: (False, its value), or (True, a promise of it)."""
        prepared = self.helper["prepare"](source)
        value = self.runtime._evaluate_for_repl(prepared["code"])
        if prepared["awaited"]:
            return True, self.helper["track"].call_handle(None, value)
        return False, value

    def _macrotask(self, function: Callable[..., Any], *args: Any) -> Any:
        """A call into JS as one of the event loop's macrotasks; what it throws (or a Ctrl-C
        that stopped it) is raised here."""
        loop = self.runtime.loop
        value = loop.macrotask(function, *args)
        loop.raise_fatal()
        return value

    def complete(self, text: str) -> Candidates:
        found = self._macrotask(self.helper["complete"], text)
        return found["prefix"], [list(group) for group in found["groups"]]


# V8's messages for input that more lines could complete.
INCOMPLETE = (
    "Unexpected end of input",
    "Unterminated template literal",
    "missing ) after argument list",
    "Unterminated regular expression",
)


def incomplete(error: JSError) -> bool:
    return error.name == "SyntaxError" and any(error.message.startswith(text) for text in INCOMPLETE)
