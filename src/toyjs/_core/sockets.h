// Native TCP sockets: a context's plain (non-TLS) connections and listeners, served from one
// epoll set without a trip through Python per read or write (see sockets.cpp).
#pragma once

#include "common.h"

#include <memory>

namespace toyjs {

struct ContextCore;
class SocketSet;

// The context's socket set as a Python object (made on first use, kept by the context).
nb::object context_sockets(const std::shared_ptr<ContextCore>& ctx);

// Before the context's V8 state goes (the isolate held): the set lets go of its V8 handles.
void forget_js_objects(SocketSet& set);

void bind_sockets(nb::module_& m);

}  // namespace toyjs
