// Strings to bytes and back in UTF-8 and Latin-1, by V8's own encoders and decoders. Node's
// Buffer uses the same ones, so lone surrogates (written as U+FFFD), ill-formed UTF-8 (each
// maximal ill-formed part read as one U+FFFD) and characters that do not fit whole (left out)
// come out as in Node by construction.
//
// Every function checks its arguments' types and ranges itself: JS passes them from
// internal/buffer/encodings.js, but a wrong call must throw, never read or write out of bounds.

#include "text.h"

#include "base64.h"
#include "function_table.h"
#include "view_bytes.h"

#include <cstdint>
#include <utility>

namespace toyjs {

namespace {

void throw_type_error(v8::Isolate* isolate, const char* message) {
  isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, message)));
}

// An index argument: an integer from 0 to `limit`; false (and a RangeError thrown) otherwise.
bool index_argument(const v8::FunctionCallbackInfo<v8::Value>& info, int at, std::size_t limit, std::size_t& out) {
  v8::Local<v8::Value> value = info[at];
  double number = value->IsNumber() ? value.As<v8::Number>()->Value() : -1;
  if (!(number >= 0 && number <= static_cast<double>(limit)) || number != static_cast<double>(static_cast<std::size_t>(number))) {
    info.GetIsolate()->ThrowException(v8::Exception::RangeError(v8_str(info.GetIsolate(), "index out of range")));
    return false;
  }
  out = static_cast<std::size_t>(number);
  return true;
}

// (bytes, text, offset, limit): the writable range bytes[offset, offset + limit), or null data
// (an exception thrown) when the arguments are wrong.
struct WriteTarget {
  std::uint8_t* data = nullptr;
  std::size_t capacity = 0;
  v8::Local<v8::String> text;
};

bool write_target(const v8::FunctionCallbackInfo<v8::Value>& info, WriteTarget& target) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsArrayBufferView() || !info[1]->IsString()) {
    throw_type_error(isolate, "write(bytes, text, offset, limit) takes a typed array and a string");
    return false;
  }
  WritableViewBytes bytes(info[0].As<v8::ArrayBufferView>());
  if (bytes.data == nullptr) bytes.length = 0;
  std::size_t offset, limit;
  if (!index_argument(info, 2, bytes.length, offset) || !index_argument(info, 3, bytes.length - offset, limit)) {
    return false;
  }
  target.data = bytes.data + offset;
  target.capacity = limit;
  target.text = info[1].As<v8::String>();
  return true;
}

void utf8_length(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString()) return throw_type_error(isolate, "utf8Length(text) takes a string");
#if V8_MAJOR_VERSION >= 13
  double length = static_cast<double>(info[0].As<v8::String>()->Utf8LengthV2(isolate));
#else
  double length = info[0].As<v8::String>()->Utf8Length(isolate);
#endif
  info.GetReturnValue().Set(length);
}

// writeUtf8(bytes, text, offset, limit) -> bytes written (whole characters only).
void write_utf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WriteTarget target;
  if (!write_target(info, target)) return;
  if (target.capacity == 0) return info.GetReturnValue().Set(0);
  v8::Isolate* isolate = info.GetIsolate();
  char* buffer = reinterpret_cast<char*>(target.data);
#if V8_MAJOR_VERSION >= 13
  std::size_t written =
      target.text->WriteUtf8V2(isolate, buffer, target.capacity, v8::String::WriteFlags::kReplaceInvalidUtf8);
#else
  int capacity = target.capacity > INT32_MAX ? INT32_MAX : static_cast<int>(target.capacity);
  std::size_t written = static_cast<std::size_t>(target.text->WriteUtf8(
      isolate, buffer, capacity, nullptr, v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8));
#endif
  info.GetReturnValue().Set(static_cast<double>(written));
}

// encodeUtf8Into(bytes, text) -> {read, written}: TextEncoder's encodeInto, as much of the
// text's UTF-8 as fits in whole characters, `read` counted in UTF-16 code units.
void encode_utf8_into(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsArrayBufferView() || !info[1]->IsString()) {
    return throw_type_error(isolate, "encodeUtf8Into(bytes, text) takes a typed array and a string");
  }
  WritableViewBytes bytes(info[0].As<v8::ArrayBufferView>());
  if (bytes.data == nullptr) bytes.length = 0;
  v8::Local<v8::String> text = info[1].As<v8::String>();
  char* buffer = reinterpret_cast<char*>(bytes.data);
  double read = 0, written = 0;
  if (bytes.length > 0) {
#if V8_MAJOR_VERSION >= 13
    std::size_t processed = 0;
    written = static_cast<double>(
        text->WriteUtf8V2(isolate, buffer, bytes.length, v8::String::WriteFlags::kReplaceInvalidUtf8, &processed));
    read = static_cast<double>(processed);
#else
    int capacity = bytes.length > INT32_MAX ? INT32_MAX : static_cast<int>(bytes.length);
    int processed = 0;
    written = text->WriteUtf8(isolate, buffer, capacity, &processed,
                              v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
    read = processed;
#endif
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  if (result->CreateDataProperty(context, v8_str(isolate, "read"), v8::Number::New(isolate, read)).IsNothing() ||
      result->CreateDataProperty(context, v8_str(isolate, "written"), v8::Number::New(isolate, written)).IsNothing()) {
    return;
  }
  info.GetReturnValue().Set(result);
}

// writeLatin1(bytes, text, offset, limit) -> characters written, one byte each (a character
// past U+00FF keeps its low byte).
void write_latin1(const v8::FunctionCallbackInfo<v8::Value>& info) {
  WriteTarget target;
  if (!write_target(info, target)) return;
  v8::Isolate* isolate = info.GetIsolate();
  std::size_t count = static_cast<std::size_t>(target.text->Length());
  if (count > target.capacity) count = target.capacity;
  if (count > 0) {
#if V8_MAJOR_VERSION >= 13
    target.text->WriteOneByteV2(isolate, 0, static_cast<std::uint32_t>(count), target.data);
#else
    target.text->WriteOneByte(isolate, target.data, 0, static_cast<int>(count), v8::String::NO_NULL_TERMINATION);
#endif
  }
  info.GetReturnValue().Set(static_cast<double>(count));
}

// decode(bytes, start, end) -> the string `make(isolate, data, count)` gives for the bytes'
// range, or null when it would be longer than V8's longest string.
template <class Make>
void decode(const v8::FunctionCallbackInfo<v8::Value>& info, Make make) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsArrayBufferView()) return throw_type_error(isolate, "decode(bytes, start, end) takes a typed array");
  ViewBytes bytes(info[0].As<v8::ArrayBufferView>());
  if (bytes.data == nullptr) bytes.length = 0;
  std::size_t start, end;
  if (!index_argument(info, 1, bytes.length, start) || !index_argument(info, 2, bytes.length, end)) return;
  if (end < start) end = start;
  // (no string is longer than INT32_MAX units; Latin-1 takes one per byte, UTF-8 at most one)
  if (end - start > static_cast<std::size_t>(INT32_MAX)) return info.GetReturnValue().SetNull();
  v8::Local<v8::String> text;
  if (!make(isolate, bytes.data + start, static_cast<int>(end - start)).ToLocal(&text)) {
    return info.GetReturnValue().SetNull();
  }
  info.GetReturnValue().Set(text);
}

void decode_utf8(const v8::FunctionCallbackInfo<v8::Value>& info) {
  decode(info, [](v8::Isolate* isolate, const std::uint8_t* data, int count) {
    return v8::String::NewFromUtf8(isolate, reinterpret_cast<const char*>(data), v8::NewStringType::kNormal, count);
  });
}

void decode_latin1(const v8::FunctionCallbackInfo<v8::Value>& info) {
  decode(info, [](v8::Isolate* isolate, const std::uint8_t* data, int count) {
    return v8::String::NewFromOneByte(isolate, data, v8::NewStringType::kNormal, count);
  });
}

}  // namespace

nb::object text_functions(const std::shared_ptr<ContextCore>& ctx) {
  return function_table(ctx, {
                                 {"utf8Length", utf8_length},
                                 {"writeUtf8", write_utf8},
                                 {"encodeUtf8Into", encode_utf8_into},
                                 {"writeLatin1", write_latin1},
                                 {"decodeUtf8", decode_utf8},
                                 {"decodeLatin1", decode_latin1},
                                 {"base64Encode", base64_encode},
                                 {"base64Decode", base64_decode},
                             });
}

}  // namespace toyjs
