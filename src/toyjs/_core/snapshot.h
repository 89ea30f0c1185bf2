// Startup snapshots: a runtime's own JS, run once in a v8::SnapshotCreator, then deserialized
// by every isolate made from the blob; a new runtime costs a deserialization, not a bootstrap.
#pragma once

#include "common.h"

namespace toyjs {

void bind_snapshot(nb::module_& m);

}  // namespace toyjs
