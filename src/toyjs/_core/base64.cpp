#include "base64.h"

#include "common.h"

#include <cstdint>
#include <cstring>
#include <memory>
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
// one is in use); its bytes are not initialized. One grown past 1 MiB is let go once its
// result is made.
class OutputBuffer {
 public:
  char* reserve(std::size_t size) {
    if (size > capacity_) {
      bytes_.reset(new char[size]);
      capacity_ = size;
    }
    return bytes_.get();
  }
  void release_if_large() {
    if (capacity_ > (1u << 20)) {
      bytes_.reset();
      capacity_ = 0;
    }
  }

 private:
  std::unique_ptr<char[]> bytes_;
  std::size_t capacity_ = 0;
};

OutputBuffer& output_buffer() {
  thread_local OutputBuffer buffer;
  return buffer;
}

// Returns out[0, size) (the output buffer's bytes) as a string of Latin-1 characters.
void return_latin1(const v8::FunctionCallbackInfo<v8::Value>& info, const char* out, std::size_t size) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::String> result;
  if (size > static_cast<std::size_t>(v8::String::kMaxLength) ||
      !v8::String::NewFromOneByte(isolate, reinterpret_cast<const std::uint8_t*>(out), v8::NewStringType::kNormal,
                                  static_cast<int>(size))
           .ToLocal(&result)) {
    isolate->ThrowException(v8::Exception::RangeError(v8_str(isolate, "Invalid string length")));
  } else {
    info.GetReturnValue().Set(result);
  }
  output_buffer().release_if_large();
}

// The two base64 digits of each 12-bit value: a group of three bytes is two lookups.
struct DigitPairs {
  char of[4096][2];
  constexpr DigitPairs() : of() {
    for (int i = 0; i < 4096; i++) {
      of[i][0] = kAlphabet[i >> 6];
      of[i][1] = kAlphabet[i & 63];
    }
  }
};
constexpr DigitPairs kPairs;

}  // namespace

void base64_encode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char* encoded = nullptr;
  std::size_t encoded_size = 0;
  bool latin1 = with_latin1_argument(info, [&](const std::uint8_t* in, std::size_t size) {
    encoded_size = (size + 2) / 3 * 4;
    encoded = output_buffer().reserve(encoded_size);
    char* out = encoded;
    std::size_t i = 0;
    for (; i + 3 <= size; i += 3, out += 4) {
      std::uint32_t group = (in[i] << 16) | (in[i + 1] << 8) | in[i + 2];
      std::memcpy(out, kPairs.of[group >> 12], 2);
      std::memcpy(out + 2, kPairs.of[group & 0xfff], 2);
    }
    if (i < size) {  // one or two bytes left: two or three digits, then '=' padding
      std::uint32_t group = (in[i] << 16) | (i + 1 < size ? in[i + 1] << 8 : 0);
      out[0] = kAlphabet[group >> 18];
      out[1] = kAlphabet[(group >> 12) & 63];
      out[2] = i + 1 < size ? kAlphabet[(group >> 6) & 63] : '=';
      out[3] = '=';
    }
  });
  if (!latin1) return info.GetReturnValue().SetNull();
  return_latin1(info, encoded, encoded_size);
}

namespace {

// Each digit's value already shifted to its place in a group of four (the first digit's by
// 18 bits, ... the last's by 0); any other byte is kOutOfGroup, which no four digits reach.
constexpr std::uint32_t kOutOfGroup = 1u << 24;
struct PlacedDigits {
  std::uint32_t at[4][256];
  constexpr PlacedDigits() : at() {
    for (int place = 0; place < 4; place++) {
      for (int byte = 0; byte < 256; byte++) {
        int value = kDigits.of[byte];
        at[place][byte] = value == kNotBase64 ? kOutOfGroup : static_cast<std::uint32_t>(value) << (18 - 6 * place);
      }
    }
  }
};
constexpr PlacedDigits kPlaced;

// Forgiving-base64 decoding of text[0, size) into `out` (room for size / 4 * 3 + 3 bytes);
// 0 and the count written in `*written`, or why the text is refused.
int decode_base64(const std::uint8_t* text, std::size_t size, char* out, std::size_t* written) {
  char* write = out;
  // Whole groups of four digits, the common case, four at a time.
  std::size_t i = 0;
  for (; i + 4 <= size; i += 4) {
    std::uint32_t group = kPlaced.at[0][text[i]] | kPlaced.at[1][text[i + 1]] | kPlaced.at[2][text[i + 2]] |
                          kPlaced.at[3][text[i + 3]];
    if (group >= kOutOfGroup) break;  // whitespace, padding or a wrong character: the general way
    // Its three bytes, most significant first, in one store (the fourth byte written is the
    // next group's first, or beyond the result: `out` has room for it).
    std::uint32_t bytes = __builtin_bswap32(group << 8);
    std::memcpy(write, &bytes, 4);
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
  *written = static_cast<std::size_t>(write - out);
  return 0;
}

}  // namespace

void base64_decode(const v8::FunctionCallbackInfo<v8::Value>& info) {
  char* decoded = nullptr;
  std::size_t decoded_size = 0;
  int refused = kNotADigit;  // (a character past U+00FF, unless the text is read)
  with_latin1_argument(info, [&](const std::uint8_t* text, std::size_t size) {
    decoded = output_buffer().reserve(size / 4 * 3 + 3);
    refused = decode_base64(text, size, decoded, &decoded_size);
  });
  if (refused != 0) return info.GetReturnValue().Set(refused);
  return_latin1(info, decoded, decoded_size);
}

}  // namespace toyjs
