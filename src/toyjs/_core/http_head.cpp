#include "http_head.h"

#include "common.h"
#include "view_bytes.h"

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace toyjs {

namespace {

// Characters of a token (a header's name, RFC 9110's tchar).
bool is_token(std::uint8_t c) {
  if (c >= '0' && c <= '9') return true;
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  return c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

// Characters a header's value may have: tab, visible ASCII and space, and obs-text.
bool is_value_char(std::uint8_t c) { return c == '\t' || (c >= 0x20 && c != 0x7f); }

// What is trimmed off a value: the blanks around it (HTTP's OWS).
bool is_trimmed(std::uint8_t c) { return c == '\t' || c == ' '; }

bool equals_lower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
    if (c != lower[i]) return false;
  }
  return true;
}

v8::Local<v8::String> latin1(v8::Isolate* isolate, std::string_view text,
                             v8::NewStringType type = v8::NewStringType::kNormal) {
  // (a head is at most the bytes of one read: far below V8's longest string)
  return v8::String::NewFromOneByte(isolate, reinterpret_cast<const std::uint8_t*>(text.data()), type,
                                    static_cast<int>(text.size()))
      .ToLocalChecked();
}

// The fields of a request head, as views into its bytes; false when the head is not one
// this parser takes (the JS parser then reads it, and words any error).
struct RequestHead {
  std::string_view method, url;
  int major = 0, minor = 0;
  std::vector<std::string_view> raw_headers;  // name, value, name, value...
  double content_length = -1;
  std::string connection;
  bool upgrade = false;

  bool parse_request_line(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && ((line[i] >= 'A' && line[i] <= 'Z') || line[i] == '-')) i++;
    if (i == 0 || i == line.size() || line[i] != ' ') return false;
    method = line.substr(0, i);
    while (i < line.size() && line[i] == ' ') i++;
    std::size_t url_start = i;
    while (i < line.size() && line[i] >= 0x21 && line[i] <= 0x7e) i++;
    url = line.substr(url_start, i - url_start);
    std::string_view version = line.substr(i);
    if (url.empty() || version.size() != 9 || version.substr(0, 6) != " HTTP/" || version[7] != '.' ||
        version[6] < '0' || version[6] > '9' || version[8] < '0' || version[8] > '9') {
      return false;
    }
    major = version[6] - '0';
    minor = version[8] - '0';
    return true;
  }

  bool parse_header_line(std::string_view line) {
    std::size_t colon = 0;
    while (colon < line.size() && is_token(static_cast<std::uint8_t>(line[colon]))) colon++;
    if (colon == 0 || colon == line.size() || line[colon] != ':') return false;
    for (std::size_t i = colon + 1; i < line.size(); i++) {
      if (!is_value_char(static_cast<std::uint8_t>(line[i]))) return false;
    }
    std::string_view name = line.substr(0, colon);
    std::size_t from = colon + 1, to = line.size();
    while (from < to && is_trimmed(static_cast<std::uint8_t>(line[from]))) from++;
    while (to > from && is_trimmed(static_cast<std::uint8_t>(line[to - 1]))) to--;
    std::string_view value = line.substr(from, to - from);
    raw_headers.push_back(name);
    raw_headers.push_back(value);
    if (equals_lower(name, "content-length")) {
      if (content_length >= 0 || value.empty() || value.size() > 15) return false;
      double length = 0;
      for (char c : value) {
        if (c < '0' || c > '9') return false;
        length = length * 10 + (c - '0');
      }
      content_length = length;
    } else if (equals_lower(name, "transfer-encoding")) {
      return false;
    } else if (equals_lower(name, "connection")) {
      connection.clear();
      for (char c : value) {
        if (static_cast<std::uint8_t>(c) >= 0x80) return false;  // (lower case beyond ASCII: the JS parser's)
        connection += (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
      }
    } else if (equals_lower(name, "upgrade")) {
      upgrade = true;
    }
    return true;
  }

  bool parse(std::string_view head) {
    std::size_t line_end = head.find("\r\n");
    if (!parse_request_line(head.substr(0, line_end))) return false;
    while (line_end != std::string_view::npos) {
      std::size_t start = line_end + 2;
      line_end = head.find("\r\n", start);
      if (!parse_header_line(head.substr(start, line_end == std::string_view::npos ? std::string_view::npos
                                                                                   : line_end - start))) {
        return false;
      }
    }
    return true;
  }
};

bool index_argument(v8::Local<v8::Value> value, std::size_t limit, std::size_t& out) {
  if (!value->IsNumber()) return false;
  double number = value.As<v8::Number>()->Value();
  if (!(number >= 0 && number <= static_cast<double>(limit))) return false;
  out = static_cast<std::size_t>(number);
  return static_cast<double>(out) == number;
}

}  // namespace

void parse_request_head(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::size_t start, end, limit;
  if (!info[0]->IsArrayBufferView()) {
    isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "parseRequestHead takes a typed array")));
    return;
  }
  ViewBytes bytes(info[0].As<v8::ArrayBufferView>());
  if (bytes.data == nullptr || !index_argument(info[2], bytes.length, end) || !index_argument(info[1], end, start) ||
      !index_argument(info[3], SIZE_MAX, limit)) {
    isolate->ThrowException(v8::Exception::RangeError(v8_str(isolate, "parseRequestHead: bad range")));
    return;
  }
  info.GetReturnValue().SetNull();
  std::string_view data(reinterpret_cast<const char*>(bytes.data) + start, end - start);
  std::size_t head_end = data.find("\r\n\r\n");
  if (head_end == std::string_view::npos || head_end >= limit) return;
  RequestHead head;
  if (!head.parse(data.substr(0, head_end))) return;

  std::vector<v8::Local<v8::Value>> raw;
  raw.reserve(head.raw_headers.size());
  for (std::string_view field : head.raw_headers) raw.push_back(latin1(isolate, field));
  v8::Local<v8::Value> fields[] = {
      latin1(isolate, head.method, v8::NewStringType::kInternalized),
      latin1(isolate, head.url),
      v8::Integer::New(isolate, head.major),
      v8::Integer::New(isolate, head.minor),
      v8::Array::New(isolate, raw.data(), raw.size()),
      v8::Number::New(isolate, head.content_length),
      latin1(isolate, head.connection),
      v8::Boolean::New(isolate, head.upgrade),
      v8::Number::New(isolate, static_cast<double>(head_end + 4)),
  };
  info.GetReturnValue().Set(v8::Array::New(isolate, fields, sizeof fields / sizeof fields[0]));
}

}  // namespace toyjs
