#include "platform.h"

#include "errors.h"

#include <pthread.h>

#include <atomic>
#include <memory>
#include <mutex>

namespace toyjs {

namespace {
std::once_flag platform_once;
std::atomic<bool> forked{false};
std::unique_ptr<v8::Platform> platform_instance;

// V8 flags are process-wide and must be set before V8::Initialize.
constexpr const char kFlags[] =
#if V8_MAJOR_VERSION >= 12
    // Turboshaft unrolls loops without the stack check that TerminateExecution relies on:
    // `while (true) { new Array(1000).fill(1) }` could then be neither timed out nor stopped
    // by the heap limit (the isolate runs out of memory and V8 aborts the process).
    "--no-turboshaft-loop-unrolling "
    // Allocation-site pretenuring decides from how many of a literal's objects survive a
    // scavenge. While Maglev ran an HTTP server's per-response code, V8 counted every memento
    // it created as found (ratio 1.0 each cycle; 0.03 for the same sites without Maglev), so
    // short-lived `[name, value]` arrays and `{ __proto__: null }` objects went straight to
    // old space: ~20 MB/s of garbage there and a mark-compact every 0.4 s, which doubled the
    // server's p99 latency. Without pretenuring they die young, as they should.
    "--no-allocation-site-pretenuring "
#else
    // JSON modules: `import data from "./x.json" assert { type: "json" }` (V8 12 ships
    // import attributes, `with { type: "json" }`, without a flag).
    "--harmony-import-assertions "
#endif
    // A function gets its feedback vector (what its optimized code is specialized on) from
    // its first call, not after ~8: calls before it would teach the optimizer nothing. In an
    // HTTP server loaded by wrk, the first clients' closed connections then deoptimized 31
    // functions mid-load (code whose early calls had gone unrecorded), 3 with this flag; p99
    // latency over the next 5 s fell from 1.07 to 0.94 ms (Node 24: 1.2). The cost: 0.4 MB
    // more heap once typescript and express are loaded (15.3 against 14.9), no measurable
    // startup time.
    "--no-lazy-feedback-allocation "
    // V8 would checksum the whole startup snapshot (adler32, ~5% of making an isolate) for
    // every isolate. Ours is built in memory by this process or read from the disk cache,
    // whose bytes are checked against a SHA-256 digest first (toyjs/host/snapshot.py), and
    // it is immutable afterwards.
    "--no-verify-snapshot-checksum "
    // Unbounded wasm memories would bypass the ArrayBuffer budget; 16384 pages = 1 GiB.
    "--wasm-max-mem-pages=16384";
}  // namespace

v8::Platform* platform() {
  refuse_if_forked();
  std::call_once(platform_once, [] {
    pthread_atfork(nullptr, nullptr, [] {
      forked = true;
      (void)platform_instance.release();  // its destructor would join threads the child lacks
    });
    v8::V8::SetFlagsFromString(kFlags);
    platform_instance = v8::platform::NewDefaultPlatform();
    v8::V8::InitializePlatform(platform_instance.get());
    v8::V8::Initialize();
  });
  return platform_instance.get();
}

bool forked_after_start() { return forked.load(); }

void refuse_if_forked() {
  if (forked.load()) {
    raise_error(ErrorKind::runtime,
                "toyjs cannot run in a process forked after V8 started in its parent (V8's threads do "
                "not survive fork()): fork before using toyjs, or start processes with multiprocessing's "
                "'spawn' or 'forkserver' method");
  }
}

}  // namespace toyjs
