"""The Python side of `process`: argv, the environment (gated by the env permission; what a
program sets or deletes stays its own), exit, cwd (gated by read access to it, as Deno's
``Deno.cwd()``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Callable

from toyjs.engine import V8_VERSION, undefined
from toyjs.errors import HostError
from toyjs.host.loop import ProcessExit
from toyjs.host.permissions import WORKING_DIRECTORY, check_hiding_target

# The Node.js release whose behaviour toyjs follows, for code that checks process.version: the
# module system is Node 24's (require of ES modules, syntax detection), which 22.12 already has;
# the built-ins are compared with node 20 and 24.
NODE_COMPATIBLE_VERSION = "v22.12.0"
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
            "ppid": os.getppid(),
            "version": NODE_COMPATIBLE_VERSION,
            "versions": {"toyjs": __version__, "v8": V8_VERSION, "node": NODE_COMPATIBLE_VERSION[1:]},
            "execPath": sys.executable,
        }

    environment = runtime.environment

    def get_env(name: str) -> Any:
        runtime.permissions.check("env", name)
        value = environment.get(name)
        return undefined if value is None else value

    def env_keys() -> list[str]:
        runtime.permissions.check("env", None)
        return environment.names()

    def set_env(name: str, value: str) -> None:
        runtime.permissions.check("env", name)
        environment.set(name, value)

    def delete_env(name: str) -> None:
        runtime.permissions.check("env", name)
        environment.delete(name)

    def cwd() -> str:
        path = str(runtime.loader.working_directory())
        check_hiding_target(runtime.permissions, "read", path, WORKING_DIRECTORY)
        return path

    def chdir(directory: str) -> None:
        """process.chdir: the runtime's own working directory (the host's is never changed)."""
        target = Path(runtime.loader.working_directory(), directory).resolve()
        runtime.permissions.check("read", str(target))
        if not target.is_dir():
            raise HostError(f"ENOENT: no such file or directory, chdir {cwd()} -> '{directory}'", code="ENOENT")
        runtime.loader.working_directory = lambda: target

    def memory_usage() -> dict[str, int]:
        heap = runtime.isolate.heap_statistics()
        with open("/proc/self/statm", encoding="ascii") as statm:
            rss = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        return {
            "rss": rss,
            "heapTotal": heap["total_heap_size"],
            "heapUsed": heap["used_heap_size"],
            "external": heap["external_memory"],
            "arrayBuffers": heap["array_buffer_bytes"],
        }

    def user_ids() -> list[int]:
        runtime.permissions.check("env", None)  # who runs the host, as Deno's sys permission
        return [os.getuid(), os.geteuid(), os.getgid(), os.getegid()]

    def umask() -> int:
        mask = os.umask(0o022)
        os.umask(mask)
        return mask

    return {
        "processInfo": process_info,
        "getEnv": get_env,
        "envKeys": env_keys,
        "setEnv": set_env,
        "deleteEnv": delete_env,
        "exit": exit_process,
        "cwd": cwd,
        "chdir": chdir,
        "memoryUsage": memory_usage,
        "userIds": user_ids,
        "umask": umask,
    }
