"""The Python side of navigator: what the runtime says of itself and of the machine."""

from __future__ import annotations

import os
import sys
from typing import Any, Callable

import toyjs


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    return {"navigatorFacts": navigator_facts}


def navigator_facts() -> dict[str, Any]:
    return {
        "userAgent": f"toyjs/{toyjs.__version__}",
        "hardwareConcurrency": available_cpus(),
        "platform": platform_name(),
    }


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system has one), as node's
    hardwareConcurrency counts them."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def platform_name() -> str:
    """navigator.platform as browsers (and node) name systems: "MacIntel", "Win32", else the
    kernel's name and the machine ("Linux x86_64")."""
    if sys.platform == "darwin":
        return "MacIntel"
    if sys.platform == "win32":
        return "Win32"
    import platform  # (imported when navigator.platform is first read: it is slow to import)

    system = platform.uname()
    return f"{system.system} {system.machine}"
