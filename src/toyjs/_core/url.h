// WHATWG URL parsing for web/url: Ada (the parser Node uses) called through its C API, from
// the library of the ada-url package, so that parsing a URL is one native call.
#pragma once

#include "common.h"

#include <memory>
#include <string>

namespace toyjs {

struct ContextCore;

// A JS object of parse(input, base, offsets) -> href or null, and update(href, component,
// value, offsets) -> the href after setting the component (unchanged when the value is
// refused, as the URL Standard's setters leave it). Both write the href's components to
// `offsets`, a Uint32Array of 8, as Ada's url_components has them (protocol_end, username_end,
// host_start, host_end, port, pathname_start, search_start, hash_start; 0xffffffff for an
// absent port, query or fragment). `library` is the shared library holding Ada's C API; it is
// loaded on the first call.
nb::object url_functions(const std::shared_ptr<ContextCore>& ctx, const std::string& library);

}  // namespace toyjs
