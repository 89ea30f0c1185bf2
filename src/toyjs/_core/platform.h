// The process-wide V8 platform: initialised once, on first use.
#pragma once

#include "common.h"

namespace toyjs {

v8::Platform* platform();

}  // namespace toyjs
