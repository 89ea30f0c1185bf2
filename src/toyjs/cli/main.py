"""`toyjs run FILE [ARGS...]`, `toyjs eval CODE`, `toyjs` (REPL), `--version`, `--help`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import toyjs
from toyjs.cli.flags import split_permission_flags
from toyjs.cli.report import report
from toyjs.engine import V8_SOURCE
from toyjs.errors import Error
from toyjs.host.loop import ProcessExit
from toyjs.isolation.permissions import Permissions
from toyjs.runtime import Runtime

EPILOG = """permissions (before the file; nothing is granted by default to `run`):
  --allow-net[=HOST[:PORT],...]    network access, to everything or the hosts listed
  --allow-read[=PATH,...]          file reads      --allow-write[=PATH,...]  file writes
  --allow-env[=NAME,...]           environment variables
  -A, --allow-all                  everything (the default for `eval` and the REPL, as in Deno)

examples:
  toyjs run --allow-net=api.example.com app.js --port 8080
                                   run an ES module; arguments follow the file
  toyjs eval "[1, 2].map((x) => x * 2)"
  toyjs                            open the REPL
"""


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="toyjs",
        description="A JavaScript runtime for Python, built on V8.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"toyjs {toyjs.__version__} (V8 {toyjs.V8_VERSION})\nV8 from {V8_SOURCE}")
    limits = argparse.ArgumentParser(add_help=False)
    limits.add_argument("--heap-limit", type=int, metavar="MIB", help="cap the JS heap at MIB mebibytes")
    limits.add_argument("--timeout", type=float, metavar="SECONDS", help="stop the program after SECONDS")
    commands = main.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser("run", parents=[limits], help="run a JS file (an ES module)")
    run.add_argument("file")
    run.add_argument("args", nargs=argparse.REMAINDER, help="passed to the program as process.argv[2:]")
    evaluate = commands.add_parser("eval", parents=[limits], help="evaluate code and print the result")
    evaluate.add_argument("code")
    commands.add_parser("repl", parents=[limits], help="open the interactive REPL (the default)")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    permissions, arguments = split_permission_flags(sys.argv[1:] if argv is None else argv)
    options = parser().parse_args(arguments)
    if permissions is None:
        permissions = Permissions.deny_all() if options.command == "run" else Permissions.allow_all()
    heap_limit = options.heap_limit * 2**20 if getattr(options, "heap_limit", None) else None
    try:
        runtime = Runtime(heap_limit=heap_limit, permissions=permissions)
    except (ValueError, Error) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with runtime:
        try:
            if options.command == "run":
                return runtime.run(options.file, options.args, timeout=options.timeout)
            if options.command == "eval":
                return evaluate(runtime, options.code)
            from toyjs.cli.repl import repl

            return repl(runtime)
        except ProcessExit as exit:
            return exit.code
        except KeyboardInterrupt:
            return 130
        except Error as error:
            return report(error)


def evaluate(runtime: Runtime, code: str) -> int:
    """Node's `-p`: evaluate a script, print its value as console.log would, run the loop."""
    value = runtime.eval_handle(code, "[eval]")
    print(runtime.core.format(value), flush=True)
    return runtime.finish()


def command() -> None:
    """The `toyjs` command's process: `main`, then a quick exit. Once the program has ended
    and its runtime is closed, nothing is left for the interpreter's teardown to release
    that the process's end does not (it spent ~13% of a short run collecting garbage and
    unloading modules), so the output is flushed and the process ends without it."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a reader that has gone, a closed stream: nothing more can reach them
    os._exit(code)


if __name__ == "__main__":
    command()
