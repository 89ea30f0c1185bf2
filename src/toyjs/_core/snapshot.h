// Startup snapshots: a runtime's own JS, run once in a v8::SnapshotCreator, then deserialized
// by every isolate made from the blob; a new runtime costs a deserialization, not a bootstrap.
#pragma once

#include "common.h"

#include <memory>
#include <string>

namespace toyjs {

// A snapshot blob, shared (not copied) by every isolate made from it: V8 reads it while the
// isolate lives.
struct Snapshot {
  std::shared_ptr<const std::string> blob;
};

void bind_snapshot(nb::module_& m);

}  // namespace toyjs
