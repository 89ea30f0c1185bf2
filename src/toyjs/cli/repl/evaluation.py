"""Evaluating the REPL's input: the JS helper (host/repl.js) turns it into a script (a leading
`{` as an object, top-level await), the script runs, an awaited one is waited for while the
event loop goes on, and `_` / `_error` take the result / the thrown value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
        loop = self.runtime.loop
        try:
            prepared = loop.macrotask(self.helper["prepare"], source)
            value = loop.macrotask(self.runtime._evaluate_for_repl, prepared["code"])
            loop.raise_fatal()
            if prepared["awaited"]:
                await promise_future(loop.macrotask(self.helper["track"].call_handle, None, value))
                value = self.helper["takeAwaited"].call_handle(None)
        except JSError as error:
            if not incomplete(error):
                self.helper["setError"](getattr(error, "value", None))
            raise
        self.helper["setResult"](value)
        return value

    def complete(self, text: str) -> Candidates:
        found = self.helper["complete"](text)
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
