#include "url.h"

#include "function_table.h"

#include <dlfcn.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <type_traits>

namespace toyjs {

namespace {

// The part of Ada's C API (ada_c.h of the ada-url package) used here.
using AdaUrl = void*;
struct AdaString {
  const char* data;
  std::size_t length;
};
struct AdaComponents {  // offsets into the href; kOmitted where a part is absent
  std::uint32_t protocol_end, username_end, host_start, host_end, port, pathname_start, search_start, hash_start;
};
constexpr int kComponentCount = 8;
using AdaSetter = bool (*)(AdaUrl, const char*, std::size_t);
using AdaVoidSetter = void (*)(AdaUrl, const char*, std::size_t);

struct Ada {
  AdaUrl (*parse)(const char*, std::size_t) = nullptr;
  AdaUrl (*parse_with_base)(const char*, std::size_t, const char*, std::size_t) = nullptr;
  bool (*is_valid)(AdaUrl) = nullptr;
  void (*free)(AdaUrl) = nullptr;
  AdaString (*get_href)(AdaUrl) = nullptr;
  const AdaComponents* (*get_components)(AdaUrl) = nullptr;
  AdaSetter set_protocol = nullptr, set_username = nullptr, set_password = nullptr, set_host = nullptr,
            set_hostname = nullptr, set_port = nullptr, set_pathname = nullptr;
  AdaVoidSetter set_search = nullptr, set_hash = nullptr;
  std::string error;  // why loading failed, when it did
};

// Ada's functions, loaded from `library` by the first call in the process (every runtime
// passes the same path: the installed ada-url package's).
const Ada& ada(const std::string& library) {
  static Ada api;
  static std::once_flag loaded;
  std::call_once(loaded, [&] {
    void* handle = dlopen(library.c_str(), RTLD_LAZY | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* why = dlerror();
      api.error = why != nullptr ? why : library;
      return;
    }
    auto find = [&](auto& slot, const char* name) {
      slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(dlsym(handle, name));
      if (slot == nullptr && api.error.empty()) api.error = std::string(name) + " is missing from " + library;
    };
    find(api.parse, "ada_parse");
    find(api.parse_with_base, "ada_parse_with_base");
    find(api.is_valid, "ada_is_valid");
    find(api.free, "ada_free");
    find(api.get_href, "ada_get_href");
    find(api.get_components, "ada_get_components");
    find(api.set_protocol, "ada_set_protocol");
    find(api.set_username, "ada_set_username");
    find(api.set_password, "ada_set_password");
    find(api.set_host, "ada_set_host");
    find(api.set_hostname, "ada_set_hostname");
    find(api.set_port, "ada_set_port");
    find(api.set_pathname, "ada_set_pathname");
    find(api.set_search, "ada_set_search");
    find(api.set_hash, "ada_set_hash");
  });
  return api;
}

// The library path each function was made with.
const std::string& library_of(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return *static_cast<const std::string*>(info.Data().As<v8::External>()->Value());
}

// Ada's API, or null with a JS Error thrown when it could not be loaded.
const Ada* loaded_ada(const v8::FunctionCallbackInfo<v8::Value>& info) {
  const Ada& api = ada(library_of(info));
  if (!api.error.empty()) {
    v8::Isolate* isolate = info.GetIsolate();
    std::string message = "URL parsing needs Ada's library (the ada-url package): " + api.error;
    isolate->ThrowException(v8::Exception::Error(v8_str(isolate, message.c_str())));
    return nullptr;
  }
  return &api;
}

// A JS string's UTF-8 (lone surrogates as U+FFFD, as WebIDL's USVString has them), in place
// for short ones (most URLs) and on the heap for the rest.
class Utf8Text {
 public:
  Utf8Text(v8::Isolate* isolate, v8::Local<v8::String> text) {
#if V8_MAJOR_VERSION >= 13
    size_ = text->Utf8LengthV2(isolate);
#else
    size_ = static_cast<std::size_t>(text->Utf8Length(isolate));
#endif
    if (size_ >= sizeof inline_) {
      heap_.resize(size_ + 1);
      data_ = heap_.data();
    }
#if V8_MAJOR_VERSION >= 13
    text->WriteUtf8V2(isolate, data_, size_ + 1,
                      v8::String::WriteFlags::kNullTerminate | v8::String::WriteFlags::kReplaceInvalidUtf8);
#else
    text->WriteUtf8(isolate, data_, static_cast<int>(size_ + 1), nullptr, v8::String::REPLACE_INVALID_UTF8);
#endif
  }
  Utf8Text(const Utf8Text&) = delete;
  Utf8Text& operator=(const Utf8Text&) = delete;

  const char* data() const { return data_; }
  std::size_t size() const { return size_; }

 private:
  char inline_[512];
  std::string heap_;
  char* data_ = inline_;
  std::size_t size_ = 0;
};

// A parsed URL, freed when it goes out of scope.
class ParsedUrl {
 public:
  ParsedUrl(const Ada& api, AdaUrl url) : api_(api), url_(url) {}
  ~ParsedUrl() {
    if (url_ != nullptr) api_.free(url_);
  }
  ParsedUrl(const ParsedUrl&) = delete;
  ParsedUrl& operator=(const ParsedUrl&) = delete;

  bool valid() const { return url_ != nullptr && api_.is_valid(url_); }
  AdaUrl get() const { return url_; }

  // The serialized URL as a JS string (ASCII: the URL Standard's serializer percent-encodes
  // everything else, and hosts are punycode), its components' offsets written to `offsets`.
  v8::Local<v8::Value> href(v8::Isolate* isolate, std::uint32_t* offsets) const {
    const AdaComponents* components = api_.get_components(url_);
    const std::uint32_t values[kComponentCount] = {
        components->protocol_end,   components->username_end, components->host_start,   components->host_end,
        components->port,           components->pathname_start, components->search_start, components->hash_start,
    };
    std::memcpy(offsets, values, sizeof values);
    AdaString href = api_.get_href(url_);
    v8::Local<v8::String> text;
    if (!v8::String::NewFromOneByte(isolate, reinterpret_cast<const std::uint8_t*>(href.data),
                                    v8::NewStringType::kNormal, static_cast<int>(href.length))
             .ToLocal(&text)) {
      return v8::Null(isolate);
    }
    return text;
  }

 private:
  const Ada& api_;
  AdaUrl url_;
};

// Where the components' offsets go: a Uint32Array of at least kComponentCount elements passed
// as argument `at`; null (and a TypeError thrown) otherwise.
std::uint32_t* offsets_argument(const v8::FunctionCallbackInfo<v8::Value>& info, int at) {
  v8::Local<v8::Value> value = info[at];
  if (value->IsUint32Array()) {
    v8::Local<v8::Uint32Array> array = value.As<v8::Uint32Array>();
    v8::Local<v8::ArrayBuffer> buffer = array->Buffer();
    std::size_t offset = array->ByteOffset();
    std::size_t size = kComponentCount * sizeof(std::uint32_t);
    if (array->Length() >= kComponentCount && buffer->Data() != nullptr && offset % alignof(std::uint32_t) == 0 &&
        offset + size <= buffer->ByteLength()) {
      return reinterpret_cast<std::uint32_t*>(static_cast<char*>(buffer->Data()) + offset);
    }
  }
  v8::Isolate* isolate = info.GetIsolate();
  isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "URL offsets must be a Uint32Array of 8")));
  return nullptr;
}

// parse(input, base, offsets): base is a string or null/undefined. Strings are taken as USVStrings
// (lone surrogates become U+FFFD), as WebIDL converts them.
void parse(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString() || !(info[1]->IsString() || info[1]->IsNullOrUndefined())) {
    isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "parse(input, base) takes strings")));
    return;
  }
  std::uint32_t* offsets = offsets_argument(info, 2);
  const Ada* api = offsets != nullptr ? loaded_ada(info) : nullptr;
  if (api == nullptr) return;
  Utf8Text input(isolate, info[0].As<v8::String>());
  AdaUrl url;
  if (info[1]->IsString()) {
    Utf8Text base(isolate, info[1].As<v8::String>());
    url = api->parse_with_base(input.data(), input.size(), base.data(), base.size());
  } else {
    url = api->parse(input.data(), input.size());
  }
  ParsedUrl parsed(*api, url);
  if (!parsed.valid()) return info.GetReturnValue().SetNull();
  info.GetReturnValue().Set(parsed.href(isolate, offsets));
}

// update(href, component, value, offsets).
void update(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (!info[0]->IsString() || !info[1]->IsString() || !info[2]->IsString()) {
    isolate->ThrowException(
        v8::Exception::TypeError(v8_str(isolate, "update(href, component, value) takes strings")));
    return;
  }
  std::uint32_t* offsets = offsets_argument(info, 3);
  const Ada* api = offsets != nullptr ? loaded_ada(info) : nullptr;
  if (api == nullptr) return;
  Utf8Text href(isolate, info[0].As<v8::String>());
  Utf8Text component(isolate, info[1].As<v8::String>());
  Utf8Text value(isolate, info[2].As<v8::String>());
  const std::pair<const char*, AdaSetter> setters[] = {
      {"protocol", api->set_protocol}, {"username", api->set_username}, {"password", api->set_password},
      {"host", api->set_host},         {"hostname", api->set_hostname}, {"port", api->set_port},
      {"pathname", api->set_pathname},
  };
  ParsedUrl parsed(*api, api->parse(href.data(), href.size()));
  if (!parsed.valid()) return info.GetReturnValue().SetNull();
  bool known = false;
  for (const auto& [name, setter] : setters) {
    if (std::strcmp(component.data(), name) == 0) {
      setter(parsed.get(), value.data(), value.size());  // a refused value leaves the URL as it was
      known = true;
    }
  }
  if (std::strcmp(component.data(), "search") == 0) {
    api->set_search(parsed.get(), value.data(), value.size());
    known = true;
  } else if (std::strcmp(component.data(), "hash") == 0) {
    api->set_hash(parsed.get(), value.data(), value.size());
    known = true;
  }
  if (!known) {
    isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "update: unknown URL component")));
    return;
  }
  info.GetReturnValue().Set(parsed.href(isolate, offsets));
}

}  // namespace

nb::object url_functions(const std::shared_ptr<ContextCore>& ctx, const std::string& library) {
  // The path lives as long as the process: functions of every runtime may point at it.
  static std::mutex paths_lock;
  static std::string* path = nullptr;
  {
    std::lock_guard<std::mutex> hold(paths_lock);
    if (path == nullptr) path = new std::string(library);
  }
  return function_table(ctx, {{"parse", parse}, {"update", update}}, path);
}

}  // namespace toyjs
