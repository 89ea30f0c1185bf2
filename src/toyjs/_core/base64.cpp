#include "base64.h"

#include "common.h"

#include <cstdint>
#include <string>

namespace toyjs {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::int8_t kNotBase64 = -1;

// The 6-bit value of each byte that is a base64 digit, kNotBase64 for the others.
struct DigitValues {
  std::int8_t of[256];
  constexpr DigitValues() : of() {
    for (int i = 0; i < 256; i++) of[i] = kNotBase64;
    for (int i = 0; i < 64; i++) of[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
  }
};
constexpr DigitValues kDigits;

bool is_ascii_whitespace(unsigned char c) { return c == 0x09 || c == 0x0a || c == 0x0c || c == 0x0d || c == 0x20; }

// Calls use(data, size) with the characters of a string argument when all fit in one byte
// (read in place where V8 lets us: `use` must not touch V8); false otherwise.
template <class Use>
bool with_latin1_argument(const v8::FunctionCallbackInfo<v8::Value>& info, Use use) {
  if (!info[0]->IsString()) return false;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> text = info[0].As<v8::String>();
#if V8_MAJOR_VERSION >= 12
  {
    v8::String::ValueView view(isolate, text);
    if (view.is_one_byte()) {
      use(view.data8(), static_cast<std::size_t>(view.length()));
      return true;
    }
  }
#endif
  if (!text->ContainsOnlyOneByte()) return false;
  std::string copy(static_cast<std::size_t>(text->Length()), '\0');
  auto* data = reinterpret_cast<std::uint8_t*>(copy.data());
  if (!copy.empty()) {
#if V8_MAJOR_VERSION >= 13
    text->WriteOneByteV2(isolate, 0, text->Length(), data);
#else
    text->WriteOneByte(isolate, data, 0, text->Length(), v8::String::NO_NULL_TERMINATION);
#endif
  }
  use(data, copy.size());
  return true;
}

// The output buffer of this thread's calls, reused (no allocation per call; no JS runs while
// one is in use). One grown past 1 MiB is let go once its result is made.
std::string& output_buffer() {
  thread_local std::string buffer;
  return buffer;
}

// Returns `bytes` (the output buffer) as a string of Latin-1 characters.
void return_latin1(const v8::FunctionCallbackInfo<v8::Value>& info, std::string& bytes) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> result;
  if (bytes.size() > static_cast<std::size_t>(v8::String::kMaxLength) ||
      !v8::String::NewFromOneByte(isolate, reinterpret_cast<const std::uint8_t*>(bytes.data()),
                                  v8::NewStringType::kNormal, static_cast<int>(bytes.size()))
           .ToLocal(&result)) {
    isolate->ThrowException(v8::Exception::RangeError(v8_str(isolate, "Invalid string length")));
  } else {
    info.GetReturnValue().Set(result);
  }
  if (bytes.capacity() > (1u << 20)) std::string().swap(bytes);
}

}  // namespace

void base64_encode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string& encoded = output_buffer();
  bool latin1 = with_latin1_argument(info, [&](const std::uint8_t* in, std::size_t size) {
    encoded.assign((size + 2) / 3 * 4, '=');
    char* out = encoded.data();
    std::size_t i = 0;
    for (; i + 3 <= size; i += 3, out += 4) {
      std::uint32_t group = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
      out[0] = kAlphabet[group >> 18];
      out[1] = kAlphabet[(group >> 12) & 63];
      out[2] = kAlphabet[(group >> 6) & 63];
      out[3] = kAlphabet[group & 63];
    }
    if (i < size) {  // one or two bytes left: two or three digits, then the '=' already there
      std::uint32_t group = (in[i] << 16) | (i + 1 < size ? in[i + 1] << 8 : 0);
      out[0] = kAlphabet[group >> 18];
      out[1] = kAlphabet[(group >> 12) & 63];
      if (i + 1 < size) out[2] = kAlphabet[(group >> 6) & 63];
    }
  });
  if (!latin1) return info.GetReturnValue().SetNull();
  return_latin1(info, encoded);
}

namespace {

// Forgiving-base64 decoding of text[0, size) into `out`; 0, or why the text is refused.
int decode_base64(const std::uint8_t* text, std::size_t size, std::string& out) {
  out.resize(size / 4 * 3 + 3);
  char* write = out.data();
  // Whole groups of four digits, the common case, four at a time.
  std::size_t i = 0;
  for (; i + 4 <= size; i += 4) {
    int a = kDigits.of[text[i]], b = kDigits.of[text[i + 1]], c = kDigits.of[text[i + 2]], d = kDigits.of[text[i + 3]];
    if ((a | b | c | d) < 0) break;  // whitespace, padding or a wrong character: the general way
    std::uint32_t group = (a << 18) | (b << 12) | (c << 6) | d;
    write[0] = static_cast<char>(group >> 16);
    write[1] = static_cast<char>((group >> 8) & 0xff);
    write[2] = static_cast<char>(group & 0xff);
    write += 3;
  }
  // The rest, one digit at a time: its digits without whitespace, then the rules.
  std::string rest;
  for (std::size_t j = i; j < size; j++) {
    if (!is_ascii_whitespace(text[j])) rest += static_cast<char>(text[j]);
  }
  std::size_t count = rest.size();
  // Up to two '=' may end a text whose digit count is a multiple of four (the whole groups
  // above do not change that count modulo four); nothing else is padding.
  if (count % 4 == 0) {
    for (int pad = 0; pad < 2 && count > 0 && rest[count - 1] == '='; pad++) count--;
  }
  for (std::size_t j = 0; j < count; j++) {
    if (kDigits.of[static_cast<unsigned char>(rest[j])] == kNotBase64) return kNotADigit;
  }
  if (count % 4 == 1) return kIncompleteGroup;
  std::uint32_t bits = 0;
  int held = 0;
  for (std::size_t j = 0; j < count; j++) {
    bits = (bits << 6) | static_cast<std::uint32_t>(kDigits.of[static_cast<unsigned char>(rest[j])]);
    held += 6;
    if (held >= 8) {
      held -= 8;
      *write++ = static_cast<char>((bits >> held) & 0xff);
    }
  }
  out.resize(static_cast<std::size_t>(write - out.data()));
  return 0;
}

}  // namespace

void base64_decode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  std::string& decoded = output_buffer();
  int refused = kNotADigit;  // (a character past U+00FF, unless the text is read)
  with_latin1_argument(info, [&](const std::uint8_t* text, std::size_t size) {
    refused = decode_base64(text, size, decoded);
  });
  if (refused != 0) return info.GetReturnValue().Set(refused);
  return_latin1(info, decoded);
}

}  // namespace toyjs
