"""`toyjs run FILE [ARGS...]`, `toyjs eval CODE`, `toyjs` (REPL), `--version`, `--help`."""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Sequence

import toyjs
from toyjs.cli import envfile, serve
from toyjs.cli.flags import split_permission_flags
from toyjs.cli.report import report
from toyjs.cli.stdin import run_stdin
from toyjs.cli.watch import report_reads_to_parent, watch
from toyjs.engine import V8_SOURCE, set_v8_flags
from toyjs.errors import Error
from toyjs.host.loop import ProcessExit
from toyjs.host.grants import Permissions
from toyjs.node.child_process.channel import take_inherited_channel
from toyjs.runtime import Runtime, run_with_time_limit, time_limit_message

PERMISSIONS = """permissions (before the file; nothing is granted by default to `run`;
`serve` gets the network for the address it serves, as in Deno):
  --allow-net[=HOST[:PORT],...]    network access, to everything or the hosts listed
  --allow-read[=PATH,...]          file reads      --allow-write[=PATH,...]  file writes
  --allow-env[=NAME,...]           environment variables
  --allow-run[=PROGRAM,...]        starting programs (child_process), any or those listed;
                                   fork() needs "toyjs" (its child gets no more than these)
  -A, --allow-all                  everything (the default for `eval` and the REPL, as in Deno)
"""
EXAMPLES = """
examples:
  toyjs run --allow-net=api.example.com app.js --port 8080
                                   run a program; arguments follow the file
  toyjs app.ts                     the same, as `node app.ts` (TypeScript: types are erased)
  echo "console.log(1)" | toyjs    a program on standard input (also `toyjs -`)
  toyjs serve --port 8080 server.js
                                   serve HTTP with the module's `export default { fetch }`
  toyjs eval "[1, 2].map((x) => x * 2)"
  toyjs                            open the REPL
"""
# Options that take a value, shared by every command: the permission flags are told which
# tokens are values, not the program's file.
LIMITS = {
    "--heap-limit": {"type": int, "metavar": "MIB", "help": "cap the JS heap at MIB mebibytes"},
    "--timeout": {"type": float, "metavar": "SECONDS", "help": "stop the program after SECONDS"},
    "--v8-flags": {"metavar": "FLAGS", "help": "V8's own flags, comma-separated (--v8-flags=--trace-gc), as Deno takes them"},
}


# What only `run` takes (--env-file's value is not the program's file either).
RUN_OPTIONS = {
    "--env-file": {
        "metavar": "FILE", "action": "append",
        "help": "add the variables of FILE (KEY=VALUE lines, as node reads them) to the environment; "
        "the program reads them with --allow-env",
    },
    "--watch": {"action": "store_true", "help": "run again when a file the program loaded changes (as node --watch)"},
}
VALUED = {*LIMITS, *serve.VALUED, "--env-file"}
COMMANDS = ("run", "serve", "eval", "repl")
STDIN = "-"


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="toyjs",
        description="A JavaScript runtime for Python, built on V8.",
        epilog=PERMISSIONS + EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    main.add_argument("--version", action="version", version=f"toyjs {toyjs.__version__} (V8 {toyjs.V8_VERSION})\nV8 from {V8_SOURCE}")
    limits = argparse.ArgumentParser(add_help=False)
    for option, settings in LIMITS.items():
        limits.add_argument(option, **settings)  # type: ignore[arg-type]
    commands = main.add_subparsers(dest="command", metavar="COMMAND")
    with_permissions = {"epilog": PERMISSIONS, "formatter_class": argparse.RawDescriptionHelpFormatter}
    run = commands.add_parser("run", parents=[limits], help="run a JS or TypeScript file", **with_permissions)
    for option, settings in RUN_OPTIONS.items():
        run.add_argument(option, **settings)  # type: ignore[arg-type]
    run.add_argument("file", help='the program; "-" reads it from standard input')
    run.add_argument("args", nargs=argparse.REMAINDER, help="passed to the program as process.argv[2:]")
    serve.add_parser(commands, [limits], **with_permissions)
    evaluate = commands.add_parser("eval", parents=[limits], help="evaluate code and print the result", **with_permissions)
    evaluate.add_argument("code")
    commands.add_parser("repl", parents=[limits], help="open the interactive REPL (the default)", **with_permissions)
    return main


def with_implicit_run(argv: Sequence[str]) -> list[str]:
    """Node's habits: `toyjs app.js` runs the file (a first operand that is no command names
    the program, which may then be missing, as in `node typo`), `toyjs -` runs standard
    input, and so does a bare `toyjs` whose standard input is not a terminal (the REPL is
    for terminals)."""
    skip_value = False
    for token in argv:
        if skip_value:
            skip_value = False
        elif token in VALUED:
            skip_value = True
        elif token == STDIN or not token.startswith("-"):
            if token not in COMMANDS:
                return ["run", *argv]
            return list(argv)
    if any(token in ("-h", "--help", "--version") for token in argv) or sys.stdin is None or sys.stdin.isatty():
        return list(argv)
    return ["run", *argv, STDIN]


def main(argv: Sequence[str] | None = None) -> int:
    command_line = with_implicit_run(sys.argv[1:] if argv is None else argv)
    permissions, arguments = split_permission_flags(command_line, valued=VALUED)
    options = parser().parse_args(arguments)
    if getattr(options, "watch", False):
        return watched(command_line, options)
    for env_file in getattr(options, "env_file", None) or ():
        try:
            envfile.load(env_file)
        except OSError as error:
            reason = "not found" if isinstance(error, FileNotFoundError) else (error.strerror or str(error)).lower()
            print(f"toyjs: {env_file}: {reason}", file=sys.stderr)
            return 9  # node's exit code for a bad option
    if permissions is None:
        permissions = Permissions.deny_all() if options.command in ("run", "serve") else Permissions.allow_all()
    permissions = dataclasses.replace(permissions, from_flags=True)
    if options.command == "serve":
        permissions = serve.with_served_address(permissions, options.host, options.port)
    if getattr(options, "v8_flags", None):
        set_v8_flags(options.v8_flags.replace(",", " "))
    heap_limit = options.heap_limit * 2**20 if getattr(options, "heap_limit", None) else None
    try:
        runtime = Runtime(heap_limit=heap_limit, permissions=permissions)
    except (ValueError, Error) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    with runtime:
        try:
            if options.command == "run":
                if options.file == STDIN:
                    return run_stdin(runtime, sys.stdin.read(), options.args, options.timeout)
                runtime.parent_channel = take_inherited_channel()  # forked by a program
                report_reads_to_parent(runtime.loader)
                return runtime.run(options.file, options.args, timeout=options.timeout)
            if options.command == "serve":
                return serve.serve(runtime, options)
            if options.command == "eval":
                return runtime._block_on(evaluate(runtime, options.code, options.timeout))
            from toyjs.cli.repl import repl

            runtime.isolate.call_timeout = getattr(options, "timeout", None)  # each line's
            return repl(runtime)
        except ProcessExit as exit:
            return exit.code
        except KeyboardInterrupt:
            return 130
        except Error as error:
            return report(error)


def watched(command_line: list[str], options: argparse.Namespace) -> int:
    """`toyjs run --watch ...`: the same command without --watch (before the file; what
    follows it is the program's), run again on changes."""
    if options.file == STDIN:
        print("error: --watch needs a file to watch, not standard input", file=sys.stderr)
        return 9
    if not os.path.isfile(options.file):
        print(f"error: Cannot find module '{os.path.abspath(options.file)}'", file=sys.stderr)
        return 1
    program_at = len(command_line) - len(options.args) - 1
    ours = [token for token in command_line[:program_at] if token != "--watch"]
    return watch([sys.executable, "-m", "toyjs", *ours, *command_line[program_at:]], options.file, options.file)


async def evaluate(runtime: Runtime, code: str, timeout: float | None) -> int:
    """Node's `-p`: evaluate a script, print its value as console.log would, run the loop;
    all of it within ``timeout`` seconds."""

    async def program() -> int:
        value = runtime._eval_handle(code, "[eval]")
        print(runtime.core.format(value), flush=True)
        return await runtime.finish_async()

    if timeout is None:
        return await program()
    return await run_with_time_limit(runtime, program(), timeout, time_limit_message(timeout))


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
