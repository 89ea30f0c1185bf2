// How the core hands the runtime's JS a set of native helpers (text, URL, sockets, vm): one JS
// object of functions, wrapped as a handle for Python to pass on.
#pragma once

#include "common.h"

#include <initializer_list>
#include <memory>
#include <utility>

namespace toyjs {

struct ContextCore;

using NativeFunctions = std::initializer_list<std::pair<const char*, v8::FunctionCallback>>;

// An object of `functions` made in `ctx`; `data`, when not null, reaches each callback as a
// v8::External in info.Data().
nb::object function_table(const std::shared_ptr<ContextCore>& ctx, NativeFunctions functions,
                          void* data = nullptr);

}  // namespace toyjs
