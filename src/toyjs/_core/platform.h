// The process-wide V8 platform: initialised once, on first use.
#pragma once

#include "common.h"

namespace toyjs {

v8::Platform* platform();

// A process forked after V8 started has V8's memory but none of its threads (the platform's
// workers, the isolates' watchdogs): nothing of V8 may run there. Raises RuntimeError in
// such a child, saying so.
void refuse_if_forked();
bool forked_after_start();

}  // namespace toyjs
