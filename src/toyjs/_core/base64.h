// HTML's btoa and forgiving-base64 atob on strings of Latin-1 characters (text.cpp lists them
// with the other text functions).
#pragma once

#include <v8.h>

namespace toyjs {

// base64Encode(text) -> its base64, or null when a character is past U+00FF.
void base64_encode(const v8::FunctionCallbackInfo<v8::Value>& info);

// What base64Decode returns for text that is not forgiving-base64 (after ASCII whitespace is
// removed): a character that is not a base64 digit (or misplaced padding), or a count of
// digits no encoding gives (4n + 1). Node's atob words the two differently.
constexpr int kNotADigit = 1;
constexpr int kIncompleteGroup = 2;

// base64Decode(text) -> the bytes as Latin-1 characters, or one of the numbers above.
void base64_decode(const v8::FunctionCallbackInfo<v8::Value>& info);

}  // namespace toyjs
