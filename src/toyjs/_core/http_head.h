// The head of an HTTP/1.1 request, read in the native core: node:http's server parses every
// request's head here, and keeps its JS parser (internal/http/parser.js) for what this one
// hands back: heads that are not whole yet, malformed ones (whose errors it words as node
// does), and the rarer forms (no version, Transfer-Encoding, a long head).
#pragma once

#include <v8.h>

namespace toyjs {

// parseRequestHead(bytes, start, end, maxHeaderSize) -> null, or, for a well-formed request
// head whole in bytes[start, end): [method, url, versionMajor, versionMinor, rawHeaders,
// contentLength (-1 for none), connection (its value, lower case; "" for none), upgrade (an
// Upgrade header was there), the head's length with its blank line].
void parse_request_head(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace toyjs
