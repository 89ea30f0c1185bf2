#include "platform.h"

#include <memory>
#include <mutex>

namespace toyjs {

namespace {
std::once_flag platform_once;
std::unique_ptr<v8::Platform> platform_instance;

// V8 flags are process-wide and must be set before V8::Initialize.
constexpr const char kFlags[] =
    "--harmony-import-assertions "
    // V8 would checksum the whole startup snapshot (adler32, ~5% of making an isolate) for
    // every isolate. Ours is built in memory by this process or read from the disk cache,
    // whose bytes are checked against a SHA-256 digest first (toyjs/host/snapshot.py), and
    // it is immutable afterwards.
    "--no-verify-snapshot-checksum "
    // Unbounded wasm memories would bypass the ArrayBuffer budget; 16384 pages = 1 GiB.
    "--wasm-max-mem-pages=16384";
}  // namespace

v8::Platform* platform() {
  std::call_once(platform_once, [] {
    v8::V8::SetFlagsFromString(kFlags);
    platform_instance = v8::platform::NewDefaultPlatform();
    v8::V8::InitializePlatform(platform_instance.get());
    v8::V8::Initialize();
  });
  return platform_instance.get();
}

}  // namespace toyjs
