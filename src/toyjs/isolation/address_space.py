"""The address-space limit (RLIMIT_AS) of a process sandbox's child, sized from its tenant's
configuration.

The limit is a backstop for what the heap limits cannot stop (memory V8 or the host allocate
outside the JS heap, a builtin running past its lent headroom), not the memory limit itself:
it must leave room for everything the configuration allows, or a tenant within its limits
would crash. It counts address space, and V8 reserves far more than it commits. Measured on
V8 13.6 and 10.2: each isolate reserves a code range as large as its heap limit (V8 sizes it
so, up to 512 MiB on 13.6 and 128 MiB on 10.2; read here from ``heap_statistics()``, not
assumed) and ~2 MiB more before its heap grows; each worker's thread adds its stack (8 MiB
by default) and, up to glibc's cap of eight per core, a 64 MiB malloc arena; the first
isolate of a process brings V8's platform, ~460 MiB. Sixty-four idle workers at the default
64 MiB heap limit so span 6.2 GiB while committing ~180 MiB, and the fixed 2 GiB limit this
replaces made V8 fail to reserve a code range at 16 workers. Sized from the configuration,
the limit at the defaults is ~18 GiB: room for every isolate's heap and ArrayBuffers at
their limits. Without a heap limit nothing bounds the tenant's memory, and the child gets no
address-space limit either.

Capping the code range below the heap limit (``ResourceConstraints::
set_code_range_size_in_bytes``) was not chosen: machine code counts against the heap limit,
which is why V8 sizes the range to it; a smaller range could fill first, and a full code
range is a V8 fatal error, not a `HeapLimitError`.
"""

from __future__ import annotations

import resource
import threading
from typing import TYPE_CHECKING

from toyjs.web.workers.threads import MAX_LIVE_WORKERS

if TYPE_CHECKING:
    from toyjs.runtime import Runtime

MiB = 2**20
# V8's per-isolate mappings besides its heap and code range (measured ~2 MiB), generously.
ISOLATE_MAPPINGS = 8 * MiB
# glibc's malloc arena for a new thread on 64-bit systems (its HEAP_MAX_SIZE).
MALLOC_ARENA = 64 * MiB
# The least the heap-limit callback first lends a terminating script to unwind: the limit
# again, at least this (isolate.cpp).
MIN_LENT_HEADROOM = 256 * MiB
# glibc's thread stack when RLIMIT_STACK is unlimited: 2 MiB on x86-64, at most 32 MiB elsewhere.
UNLIMITED_STACK_FALLBACK = 32 * MiB


def tenant_address_space(runtime: Runtime) -> int | None:
    """The address space the process needs for ``runtime`` (already created, the tenant's)
    and the most workers it may start, each with the same heap limit; ``None`` when the
    runtime has no heap limit, since nothing then bounds its ArrayBuffers either."""
    if runtime.heap_limit is None:
        return None
    statistics = runtime.isolate.heap_statistics()
    heap = statistics["heap_size_limit"]
    # An isolate: its heap, its ArrayBuffer budget (the heap limit again), its code range and
    # V8's other mappings; a worker adds its thread's stack and malloc arena.
    isolate = heap + runtime.heap_limit + statistics["code_range_size"] + ISOLATE_MAPPINGS
    worker = isolate + thread_stack_size() + MALLOC_ARENA
    lent = max(heap, MIN_LENT_HEADROOM)
    return address_space_in_use() + isolate + lent + MAX_LIVE_WORKERS * worker


def limit_address_space(size: int) -> None:
    """Cap this process's address space at ``size`` bytes (or the hard limit already set,
    if lower), for good: the hard limit is lowered too."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        size = min(size, hard)
    resource.setrlimit(resource.RLIMIT_AS, (size, size))


def address_space_in_use() -> int:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[0])
    return pages * resource.getpagesize()


def thread_stack_size() -> int:
    """The stack a new Python thread gets: threading's setting, else the C library's default."""
    chosen = threading.stack_size()
    if chosen:
        return chosen
    soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
    return soft if soft != resource.RLIM_INFINITY else UNLIMITED_STACK_FALLBACK

