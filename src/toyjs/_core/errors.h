// Exceptions across the boundary: JS exceptions and terminations become the Python error
// classes that engine.py registers; Python exceptions raised in callables become JS Errors.
#pragma once

#include "common.h"
#include "isolate.h"

#include <memory>

namespace toyjs {

struct ContextCore;

enum class ErrorKind { closed, runtime, type, value, invalid_state };

// Raise a Python exception of the given kind (toyjs.ClosedError, RuntimeError, ...).
[[noreturn]] void raise_error(ErrorKind kind, const std::string& message);

// TypeError "<what> must be a str, not <type>" unless value is a str.
void require_str(nb::handle value, const char* what);

// Register the Python classes toyjs.Error, JSError, TerminatedError, HeapLimitError,
// ClosedError (called once by engine.py); toyjs.errors.SourceExcerpt is looked up then too.
void set_error_types(nb::dict types);

// After a call into JS returned nothing: raise TerminatedError / HeapLimitError / JSError
// (with the thrown value converted) or re-raise a pending Python BaseException.
// Only the outermost call (top_level) consumes a pending BaseException.
[[noreturn]] void raise_from_js(const std::shared_ptr<ContextCore>& ctx, v8::TryCatch& try_catch,
                                bool top_level);

// Inside a JS->Python callback, with the GIL held and a Python exception set: make it a JS
// exception (or, for KeyboardInterrupt/SystemExit, terminate and re-raise it at the top).
void throw_python_error_into_js(const std::shared_ptr<ContextCore>& ctx);

}  // namespace toyjs
