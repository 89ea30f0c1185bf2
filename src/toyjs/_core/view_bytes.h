// The bytes a typed array or DataView covers: read (ViewBytes) or written (WritableViewBytes)
// in place.
#pragma once

#include <v8.h>

#include <cstddef>
#include <cstdint>

namespace toyjs {

// Where the `length` bytes a view covers are in its buffer's memory as it is now (a resizable
// buffer may have grown or shrunk, a detached one covers nothing), or null when the view
// reaches past its buffer. (ArrayBufferView::CopyContents would miss the bytes of a view that
// tracks a resizable buffer's length.) Asking for the buffer gives a view kept on V8's heap
// (a small typed array made by JS) memory of its own, which V8 frees later.
inline std::uint8_t* view_memory(v8::Local<v8::ArrayBufferView> view, std::size_t length) {
  v8::Local<v8::ArrayBuffer> buffer = view->Buffer();
  std::size_t offset = view->ByteOffset();
  std::size_t size = buffer->ByteLength();
  if (buffer->Data() == nullptr || offset > size || length > size - offset) return nullptr;
  return static_cast<std::uint8_t*>(buffer->Data()) + offset;
}

// The bytes a view covers, to be read; `data` is null when the view reaches past its buffer.
// A view still on V8's heap (V8 keeps typed arrays of up to 64 bytes there until something
// asks for their buffer) is copied instead: a server's small writes are often such arrays,
// and giving each its own memory made V8's worker thread free as many later. Valid while this
// object lives and JS does not run.
class ViewBytes {
 public:
  explicit ViewBytes(v8::Local<v8::ArrayBufferView> view) : length(view->ByteLength()) {
    if (length == 0) {
      data = copy_;
    } else if (!view->HasBuffer() && length <= sizeof(copy_)) {
      view->CopyContents(copy_, length);
      data = copy_;
    } else {
      data = view_memory(view, length);
    }
  }
  ViewBytes(const ViewBytes&) = delete;
  ViewBytes& operator=(const ViewBytes&) = delete;

  std::size_t length;
  const std::uint8_t* data = nullptr;

 private:
  std::uint8_t copy_[64];
};

// The bytes a view covers, to be written; `data` is null when the view reaches past its
// buffer. Valid until JS runs again.
struct WritableViewBytes {
  explicit WritableViewBytes(v8::Local<v8::ArrayBufferView> view)
      : length(view->ByteLength()), data(length == 0 ? nullptr : view_memory(view, length)) {}

  std::size_t length;
  std::uint8_t* data;
};

}  // namespace toyjs
