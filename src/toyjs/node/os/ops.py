"""The Python side of node:os: facts about the machine and the user, read as Node reads them
(/proc, /sys, the password database, getifaddrs).

Permissions: Deno puts hostname, the kernel's release, uptime, load average, network
interfaces, memory, CPUs, the home directory, the user's record and process priorities behind
its "sys" permission. toyjs has no such permission yet, so these ask for the env permission
(all of the environment), the nearest one in meaning: each reveals the machine or the user,
as environment variables do. Facts any program may know (platform, architecture, endianness,
the number of cores it may use) need nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno as errno_codes
import os
import pwd
import socket
import sys
from pathlib import Path
from typing import Any, Callable

from toyjs.engine import undefined

# Messages of the system errors node:os reports, worded as libuv words them.
ERROR_MESSAGES = {
    errno_codes.ESRCH: "no such process",
    errno_codes.EACCES: "permission denied",
    errno_codes.EPERM: "operation not permitted",
    errno_codes.EINVAL: "invalid argument",
    errno_codes.ENOENT: "no such file or directory",
}


def system_error(error: OSError, syscall: str) -> dict[str, Any]:
    """An OSError as node:os's JS turns it into a SystemError."""
    number = error.errno or errno_codes.EIO
    message = ERROR_MESSAGES.get(number, os.strerror(number).lower())
    return {"error": {"errno": -number, "code": errno_codes.errorcode.get(number, "EIO"), "message": message, "syscall": syscall}}


def cpus() -> list[dict[str, Any]]:
    """Each CPU's model, speed in MHz and times in milliseconds by mode."""
    models = [line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")]
    tick_ms = 1000 // os.sysconf("SC_CLK_TCK")
    result = []
    for line in _lines("/proc/stat"):
        name, *fields = line.split()
        if not name.startswith("cpu") or name == "cpu":
            continue
        index = int(name[3:])
        user, nice, system, idle, _iowait, irq = (int(value) * tick_ms for value in fields[:6])
        result.append(
            {
                "model": models[index] if index < len(models) else "unknown",
                "speed": _cpu_speed(index),
                "times": {"user": user, "nice": nice, "sys": system, "idle": idle, "irq": irq},
            }
        )
    return result


def _cpu_speed(index: int) -> int:
    # The current frequency the kernel reports in kHz; 0 where the machine gives none (VMs).
    try:
        return int(Path(f"/sys/devices/system/cpu/cpu{index}/cpufreq/scaling_cur_freq").read_text()) // 1000
    except (OSError, ValueError):
        return 0


def memory(field: str) -> int:
    """A /proc/meminfo field in bytes (MemTotal, MemAvailable)."""
    for line in _lines("/proc/meminfo"):
        name, _, rest = line.partition(":")
        if name == field:
            return int(rest.split()[0]) * 1024
    return 0


def uptime() -> float:
    return float(Path("/proc/uptime").read_text().split()[0])


def loadavg() -> list[float]:
    # As the kernel writes them (two decimals); getloadavg() would give its fixed-point values.
    return [float(field) for field in Path("/proc/loadavg").read_text().split()[:3]]


def _lines(path: str) -> list[str]:
    return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()


def user_info() -> dict[str, Any]:
    """The effective user's record in the password database: its strings as bytes and as text."""
    record = pwd.getpwuid(os.geteuid())
    text = {"username": record.pw_name, "homedir": record.pw_dir, "shell": record.pw_shell}
    return {
        "uid": record.pw_uid,
        "gid": record.pw_gid,
        "bytes": {field: os.fsencode(value) for field, value in text.items()},
        # Decoded as UTF-8 by Node's rules: what is not UTF-8 becomes U+FFFD.
        "text": {field: os.fsencode(value).decode("utf-8", "replace") for field, value in text.items()},
    }


def homedir() -> str:
    # HOME when set (even empty), else the password database's entry, as Node does.
    home = os.environ.get("HOME")
    return home if home is not None else pwd.getpwuid(os.geteuid()).pw_dir


class _SockAddr(ctypes.Structure):
    _fields_ = [("family", ctypes.c_ushort), ("data", ctypes.c_ubyte * 26)]


class _IfAddrs(ctypes.Structure):
    pass


_IfAddrs._fields_ = [
    ("next", ctypes.POINTER(_IfAddrs)),
    ("name", ctypes.c_char_p),
    ("flags", ctypes.c_uint),
    ("addr", ctypes.POINTER(_SockAddr)),
    ("netmask", ctypes.POINTER(_SockAddr)),
    ("broadaddr", ctypes.POINTER(_SockAddr)),
    ("data", ctypes.c_void_p),
]

IFF_UP = 0x1
IFF_LOOPBACK = 0x8
IFF_RUNNING = 0x40
AF_PACKET = 17


def network_interfaces() -> list[dict[str, Any]]:
    """The addresses of the interfaces that are up and running, in getifaddrs' order; each
    carries its interface's name and hardware address."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    head = ctypes.POINTER(_IfAddrs)()
    if libc.getifaddrs(ctypes.byref(head)) != 0:
        return []
    try:
        entries = []
        node = head
        while node:
            entries.append(node.contents)
            node = node.contents.next
        macs = {entry.name: _mac(entry.addr.contents) for entry in entries if entry.addr and entry.addr.contents.family == AF_PACKET}
        result = []
        for entry in entries:
            usable = entry.flags & IFF_UP and entry.flags & IFF_RUNNING and entry.addr
            if not usable or entry.addr.contents.family not in (socket.AF_INET, socket.AF_INET6):
                continue
            name = entry.name.decode(errors="replace")
            address = _address(entry.addr.contents)
            netmask = _address(entry.netmask.contents) if entry.netmask else {"address": ""}
            result.append(
                {
                    "name": name,
                    "address": address["address"],
                    "netmask": netmask["address"],
                    "family": "IPv4" if entry.addr.contents.family == socket.AF_INET else "IPv6",
                    "mac": macs.get(entry.name, "00:00:00:00:00:00"),
                    "internal": bool(entry.flags & IFF_LOOPBACK),
                    "scopeid": address.get("scopeid", undefined),
                }
            )
        return result
    finally:
        libc.freeifaddrs(head)


def _address(sockaddr: _SockAddr) -> dict[str, Any]:
    data = bytes(sockaddr.data)
    if sockaddr.family == socket.AF_INET:
        # sockaddr_in: port (2 bytes), then the address
        return {"address": socket.inet_ntop(socket.AF_INET, data[2:6])}
    # sockaddr_in6: port (2), flow information (4), the address (16), the scope id (4)
    return {
        "address": socket.inet_ntop(socket.AF_INET6, data[6:22]),
        "scopeid": int.from_bytes(data[22:26], sys.byteorder),
    }


def _mac(sockaddr: _SockAddr) -> str:
    # sockaddr_ll: protocol (2), interface index (4), hardware type (2), packet type (1),
    # address length (1), then the hardware address
    data = bytes(sockaddr.data)
    length = min(data[9], 6)
    hardware = data[10 : 10 + length] + bytes(6 - length)
    return ":".join(f"{byte:02x}" for byte in hardware)


def get_priority(pid: int) -> Any:
    try:
        return {"value": os.getpriority(os.PRIO_PROCESS, pid)}
    except OSError as error:
        return system_error(error, "uv_os_getpriority")


def set_priority(pid: int, priority: int) -> Any:
    try:
        os.setpriority(os.PRIO_PROCESS, pid, priority)
        return {"value": undefined}
    except OSError as error:
        return system_error(error, "uv_os_setpriority")


def ops(runtime: Any) -> dict[str, Callable[..., Any]]:
    def gated(read: Callable[..., Any]) -> Callable[..., Any]:
        def checked(*args: Any) -> Any:
            runtime.permissions.check("env", None)
            return read(*args)

        return checked

    machine = os.uname()
    return {
        "osFacts": lambda: {
            "type": machine.sysname,
            "machine": machine.machine,
            "endianness": "LE" if sys.byteorder == "little" else "BE",
            "availableParallelism": len(os.sched_getaffinity(0)) or 1,
        },
        "osRelease": gated(lambda: os.uname().release),
        "osVersion": gated(lambda: os.uname().version),
        "osHostname": gated(socket.gethostname),
        "osUptime": gated(uptime),
        "osLoadavg": gated(loadavg),
        "osTotalmem": gated(lambda: memory("MemTotal")),
        "osFreemem": gated(lambda: memory("MemAvailable")),
        "osCpus": gated(cpus),
        "osNetworkInterfaces": gated(network_interfaces),
        "osHomedir": gated(homedir),
        "osUserInfo": gated(user_info),
        "osGetPriority": gated(get_priority),
        "osSetPriority": gated(set_priority),
    }
