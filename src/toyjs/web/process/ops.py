"""The Python side of `process`: argv, the environment (gated by the env permission; what a
program sets or deletes stays its own), exit, cwd (gated by read access to it, as Deno's
``Deno.cwd()``)."""

from __future__ import annotations

import os
import sys
from typing import Any, Callable

from toyjs.engine import V8_VERSION, undefined
from toyjs.errors import HostError
from toyjs.host.loop import ProcessExit
from toyjs.host.permissions import WORKING_DIRECTORY, check_hiding_target

# The Node.js release whose behaviour toyjs follows, for code that checks process.version.
NODE_COMPATIBLE_VERSION = "v20.0.0"
ARCH = {"x86_64": "x64", "aarch64": "arm64", "arm64": "arm64"}


def exit_process(code: Any) -> None:
    try:
        number = int(code)
    except (TypeError, ValueError) as error:
        raise HostError(f'The "code" argument must be an integer. Received {code!r}', js_name="TypeError") from error
    raise ProcessExit(number)


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    from toyjs import __version__

    def process_info() -> dict[str, Any]:
        return {
            "argv": list(runtime.argv),
            "platform": sys.platform,
            "arch": ARCH.get(os.uname().machine, os.uname().machine),
            "pid": os.getpid(),
            "version": NODE_COMPATIBLE_VERSION,
            "versions": {"toyjs": __version__, "v8": V8_VERSION, "node": NODE_COMPATIBLE_VERSION[1:]},
            "execPath": sys.executable,
            "stdoutIsTTY": sys.stdout.isatty(),
            "stderrIsTTY": sys.stderr.isatty(),
        }

    # What the program set (a str) or deleted (None) in process.env: its own view, laid over
    # the host's environment, which a program never changes (the host may run others).
    changes: dict[str, str | None] = {}

    def get_env(name: str) -> Any:
        runtime.permissions.check("env", name)
        value = changes[name] if name in changes else os.environ.get(name)
        return undefined if value is None else value

    def env_keys() -> list[str]:
        runtime.permissions.check("env", None)
        names = {name: None for name in os.environ}
        names.update((name, None) for name, value in changes.items() if value is not None)
        return [name for name in names if changes.get(name, "") is not None]

    def set_env(name: str, value: str) -> None:
        runtime.permissions.check("env", name)
        changes[name] = value

    def delete_env(name: str) -> None:
        runtime.permissions.check("env", name)
        changes[name] = None

    def cwd() -> str:
        path = os.getcwd()
        check_hiding_target(runtime.permissions, "read", path, WORKING_DIRECTORY)
        return path

    return {
        "processInfo": process_info,
        "getEnv": get_env,
        "envKeys": env_keys,
        "setEnv": set_env,
        "deleteEnv": delete_env,
        "exit": exit_process,
        "cwd": cwd,
    }
