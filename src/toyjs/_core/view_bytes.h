// The bytes a typed array or DataView covers, read in place (no copy).
#pragma once

#include <v8.h>

#include <cstddef>
#include <cstdint>

namespace toyjs {

// The memory a typed array or DataView covers, as it is now (a resizable buffer may have
// grown or shrunk, a detached one covers nothing); `data` is null when the view reaches past
// its buffer. (ArrayBufferView::CopyContents would miss the bytes of a view that tracks a
// resizable buffer's length.) Valid until JS runs again.
struct ViewBytes {
  explicit ViewBytes(v8::Local<v8::ArrayBufferView> view) : length(view->ByteLength()) {
    static const uint8_t none = 0;
    v8::Local<v8::ArrayBuffer> buffer = view->Buffer();
    size_t offset = view->ByteOffset();
    size_t size = buffer->ByteLength();
    if (length == 0) {
      data = &none;
    } else if (buffer->Data() != nullptr && offset <= size && length <= size - offset) {
      data = static_cast<const uint8_t*>(buffer->Data()) + offset;
    }
  }

  size_t length;
  const uint8_t* data = nullptr;
};

}  // namespace toyjs
