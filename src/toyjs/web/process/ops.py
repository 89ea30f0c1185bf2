"""The Python side of `process`: argv, a read-only view of the environment (gated by the env
permission), exit, cwd (gated by read access to it, as Deno's ``Deno.cwd()``)."""

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

    def get_env(name: str) -> Any:
        runtime.permissions.check("env", name)
        return os.environ.get(name, undefined)

    def env_keys() -> list[str]:
        runtime.permissions.check("env", None)
        return list(os.environ)

    def cwd() -> str:
        path = os.getcwd()
        check_hiding_target(runtime.permissions, "read", path, WORKING_DIRECTORY)
        return path

    return {
        "processInfo": process_info,
        "getEnv": get_env,
        "envKeys": env_keys,
        "exit": exit_process,
        "cwd": cwd,
    }
