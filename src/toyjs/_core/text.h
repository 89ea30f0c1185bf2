// Strings to bytes and back in the encodings V8 knows itself (UTF-8, Latin-1): node:buffer's
// hot paths, done by the engine instead of JS loops (see text.cpp).
#pragma once

#include "common.h"

#include <memory>

namespace toyjs {

struct ContextCore;

// A JS object of functions: utf8Length(text), writeUtf8(bytes, text, offset, limit),
// writeLatin1(bytes, text, offset, limit), decodeUtf8(bytes, start, end),
// decodeLatin1(bytes, start, end).
nb::object text_functions(const std::shared_ptr<ContextCore>& ctx);

}  // namespace toyjs
