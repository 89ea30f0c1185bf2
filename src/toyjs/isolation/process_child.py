"""What runs in a process sandbox's child: a `TenantRuntime` answering calls from a pipe.

The conversation, each message pickled: the child says ``("warm", None)`` once toyjs is
imported; the parent sends ``(options, exposed)``; the child answers ``("ready", None)``, or
``("raised", error)`` and ends; then for each ``(method, args)`` it answers ``("ok", value)``
or ``("raised", error)``. Exposed functions cross as their own pickles, so that one this
process cannot load is a `TypeError` for the caller.

Any exception raised while serving a call is sent back and the child goes on, its tenant's
state intact: only a crash (a V8 fatal error, a signal, running out of address space) ends it.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from typing import Any

from toyjs.engine import undefined
from toyjs.errors import JS_ERROR_FIELDS, Error, JSError
from toyjs.isolation.address_space import limit_address_space, tenant_address_space
from toyjs.isolation.tenant_runtime import TenantRuntime


def serve(connection: Connection) -> None:
    """The child process's main function."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is the host's to handle
    connection.send(("warm", None))
    try:
        options, exposed = connection.recv()
    except EOFError:
        return
    try:
        tenant = TenantRuntime(**options)
        for name, pickled in exposed:
            tenant.expose(name, load_exposed(name, pickled))
        address_space = tenant_address_space(tenant.runtime)
        if address_space is not None:
            limit_address_space(address_space)
    except Exception as error:
        connection.send(("raised", portable(error)))
        return
    connection.send(("ready", None))
    handlers: dict[str, Callable[..., Any]] = {
        "eval": tenant.eval,
        "call": tenant.call,
        "run_module": tenant.run_module,
        "expose": lambda name, pickled: tenant.expose(name, load_exposed(name, pickled)),
    }
    while True:
        try:
            method, args = connection.recv()
            reply = ("ok", plain(handlers[method](*args)))
        except EOFError:
            return
        except Exception as error:
            reply = ("raised", portable(error))
        connection.send(reply)


def load_exposed(name: str, pickled: bytes) -> Callable[..., Any]:
    try:
        return ForkingPickler.loads(pickled)
    except Exception as error:
        raise TypeError(f"the function exposed as {name!r} cannot be loaded in the sandbox process: {error}") from None


def plain(value: Any) -> Any:
    """A JS result as plain data, which pickles: live handles cannot leave the process."""
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if value is undefined:
        return None
    raise Error(f"a {type(value).__name__} cannot leave the sandbox process: only plain data crosses")


def portable(error: Exception) -> BaseException:
    """``error`` as it can cross to the parent: itself when it survives pickling (a JSError's
    thrown value made plain first), else an instance of the nearest base class that does, its
    message naming the original type (`Exception` always does)."""
    if isinstance(error, JSError):
        fields = {key: getattr(error, key) for key in JS_ERROR_FIELDS}
        fields["value"] = _plain_or_none(error.value)
        error = type(error)(*error.args, **fields)
    return next(candidate for candidate in _stand_ins(error) if _pickles(candidate))


def _stand_ins(error: Exception) -> Iterator[BaseException]:
    yield error
    described = f"{type(error).__module__}.{type(error).__qualname__}: {error}"
    for kind in type(error).__mro__[1:]:
        try:
            yield kind(described)
        except Exception:  # a constructor that wants more than a message, or object's
            continue


def _pickles(error: BaseException) -> bool:
    try:
        ForkingPickler.loads(ForkingPickler.dumps(error))
    except Exception:
        return False
    return True


def _plain_or_none(value: Any) -> Any:
    try:
        return plain(value)
    except Error:
        return None
