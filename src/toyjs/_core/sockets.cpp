// Native TCP sockets for node:net. Python opens the sockets (permissions, binding and name
// lookups stay there) and hands their descriptors over; from then on accepting, reading,
// writing and closing happen here, on one epoll set per context. The host watches the set's
// own descriptor on its asyncio loop and, when it is ready, runs one JS task that calls
// poll(): the events come back as one flat array [handle, kind, value, ...] that JS hands to
// each socket. A request on a kept-alive connection thus crosses into Python once per wake-up
// of the loop, not once per read or write.
//
// Everything here runs on the thread that runs the context (JS calls, or Python calls made
// while no JS runs): no locking.

#include "sockets.h"

#include "allocator.h"
#include "clone.h"
#include "context.h"
#include "errors.h"
#include "function_table.h"
#include "isolate.h"
#include "view_bytes.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>
#include <unordered_map>
#include <vector>

namespace toyjs {

namespace {

// What poll() reports, numbered as node/net/native.js names them.
enum EventKind : int { kConnection = 0, kConnect = 1, kData = 2, kEnd = 3, kDrain = 4, kClose = 5 };

constexpr std::size_t kReadSize = 64 * 1024;
// Reads up to kSlabPiece bytes (an HTTP request, most messages) are copied into a slab that
// many reads share, as node's Buffer pool does for small buffers: a store of their own would
// be an allocation here and a free on V8's worker thread for every read, both under malloc's
// arena lock (at 80k requests a second that thread ran 10x node's, preempting the client).
constexpr std::size_t kSlabSize = 64 * 1024;
constexpr std::size_t kSlabPiece = 4 * 1024;
constexpr std::size_t kWriteBufferLimit = 64 * 1024;  // as net/ops.py's transports
constexpr int kPollBatch = 256;
constexpr int kAcceptBatch = 64;
constexpr std::uint64_t kWakeKey = 0;  // the eventfd's key in the epoll set; sockets use their ids

struct Socket {
  int fd = -1;
  bool listener = false;
  bool connecting = false;
  bool reading = false;
  bool refed = true;
  bool eof = false;            // the peer shut its side
  bool end_pending = false;    // shut our side once the queue is sent
  bool close_pending = false;  // close once the queue is sent
  bool owes_drain = false;     // a write answered "full": 'drain' comes when the queue empties
  bool parked = false;         // out of the epoll set: hung up while nothing is asked of it
  std::uint32_t mask = 0;      // what epoll watches for
  std::string queue;           // bytes the kernel did not take yet
  std::size_t sent = 0;        // how much of `queue` went since

  std::size_t queued() const { return queue.size() - sent; }
  std::uint32_t wanted() const {
    if (listener) return EPOLLIN;
    std::uint32_t events = 0;
    if (reading && !eof && !connecting) events |= EPOLLIN;
    if (connecting || queued() > 0) events |= EPOLLOUT;
    return events;
  }
};

int pending_error(int fd) {
  int error = 0;
  socklen_t length = sizeof error;
  if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) < 0) return errno;
  return error;
}

}  // namespace

class SocketSet {
 public:
  explicit SocketSet(std::shared_ptr<ArrayBufferBudget> budget)
      : budget_(std::move(budget)), read_buffer_(kReadSize) {
    epoll_fd_ = epoll_create1(EPOLL_CLOEXEC);
    wake_fd_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (epoll_fd_ < 0 || wake_fd_ < 0) {
      int error = errno;
      release_descriptors();
      throw std::system_error(error, std::generic_category(), "cannot make the socket set");
    }
    control(EPOLL_CTL_ADD, wake_fd_, EPOLLIN, kWakeKey);
  }
  ~SocketSet() {
    close_all();
    release_descriptors();
  }
  SocketSet(const SocketSet&) = delete;
  SocketSet& operator=(const SocketSet&) = delete;

  int fileno() const { return epoll_fd_; }
  int next_id() { return next_id_++; }
  // What keeps the loop alive: open sockets not unref'd, and events not handed to JS yet (the
  // 'close' of the last connection, say).
  int refed() const { return refed_open_ + static_cast<int>(pending_.size()); }

  // Takes over a socket Python opened: a bound, listening one ("listener"), or one whose
  // non-blocking connect() was started ("connecting", with the errno connect() gave).
  int adopt(int fd, const std::string& kind, int error) {
    int id = next_id();
    if (kind == "connecting" && error != 0 && error != EINPROGRESS) {
      ::close(fd);
      report(id, kConnect, error);
      return id;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    Socket socket;
    socket.fd = fd;
    socket.listener = kind == "listener";
    socket.connecting = kind == "connecting";
    add(id, std::move(socket));
    return id;
  }

  // The context is going (its isolate is held): the set may outlive it in a Python object,
  // but no V8 handle may outlive the isolate.
  void forget_js_objects() {
    slab_buffer_.Reset();
    slab_.reset();
    slab_used_ = 0;
  }

  void close_all() {
    for (auto& [id, socket] : sockets_) ::close(socket.fd);
    sockets_.clear();
    pending_.clear();
    refed_open_ = 0;
  }

  // --- what JS calls

  v8::Local<v8::Array> poll(v8::Isolate* isolate, v8::Local<v8::Context> context) {
    std::vector<v8::Local<v8::Value>> out;
    polling_ = true;
    take_reported(isolate, out);  // what happened since the last poll (closes, failed connects)
    epoll_event events[kPollBatch];
    int count = epoll_wait(epoll_fd_, events, kPollBatch, 0);
    for (int i = 0; i < count; i++) {
      std::uint64_t key = events[i].data.u64;
      if (key == kWakeKey) {
        std::uint64_t value;
        while (read(wake_fd_, &value, sizeof value) > 0) {
        }
        continue;
      }
      int id = static_cast<int>(key);
      auto found = sockets_.find(id);
      if (found == sockets_.end()) continue;  // closed by an earlier event of this batch
      Socket& socket = found->second;
      std::uint32_t ready = events[i].events;
      if (socket.listener) {
        accept_on(isolate, context, id, socket, out);
      } else if (socket.connecting) {
        finish_connect(isolate, context, id, socket, ready, out);
      } else {
        serve(isolate, id, socket, ready, out);
      }
    }
    take_reported(isolate, out);  // failures met while polling, after that socket's earlier events
    polling_ = false;
    return v8::Array::New(isolate, out.data(), out.size());
  }

  // Sends what the kernel takes now and queues the rest; false when the queue is past its
  // limit ('drain' follows once it empties) or the socket is closing.
  bool write(int id, const std::uint8_t* data, std::size_t size) {
    Socket* socket = find(id);
    if (socket == nullptr) return true;
    if (socket->close_pending || socket->listener) return false;
    if (socket->queued() == 0 && !socket->connecting && !socket->parked) {
      ssize_t sent = send_some(socket->fd, data, size);
      if (sent < 0) {
        fail(id, errno);
        return true;  // the failure reaches JS as the socket's close
      }
      data += sent;
      size -= static_cast<std::size_t>(sent);
      if (size == 0) return true;
    }
    if (socket->sent == socket->queue.size()) {
      socket->queue.clear();
      socket->sent = 0;
    }
    socket->queue.append(reinterpret_cast<const char*>(data), size);
    watch(id, *socket);
    if (socket->queued() <= kWriteBufferLimit) return true;
    socket->owes_drain = true;
    return false;
  }

  // Shuts our side once what is queued was sent.
  void end(int id) {
    Socket* socket = find(id);
    if (socket == nullptr) return;
    if (socket->queued() == 0 && !socket->connecting) {
      shutdown(socket->fd, SHUT_WR);
    } else {
      socket->end_pending = true;
    }
  }

  // Closes a listener at once; a connection after its queue was sent (graceful) or at once.
  // A connection's 'close' comes from the next poll.
  void close(int id, bool graceful) {
    Socket* socket = find(id);
    if (socket == nullptr) return;
    if (socket->listener) {
      drop(id, *socket);
    } else if (graceful && socket->queued() > 0) {
      socket->close_pending = true;
      socket->reading = false;
      watch(id, *socket);
    } else {
      drop(id, *socket);
      report(id, kClose, 0);
    }
  }

  // Closes a connection with a reset (RST) rather than an orderly end, as node's
  // resetAndDestroy: what was not sent yet is dropped.
  void reset(int id) {
    Socket* socket = find(id);
    if (socket == nullptr) return;
    if (!socket->listener) {
      linger abrupt{1, 0};
      setsockopt(socket->fd, SOL_SOCKET, SO_LINGER, &abrupt, sizeof abrupt);
    }
    close(id, false);
  }

  void set_reading(int id, bool reading) {
    Socket* socket = find(id);
    if (socket == nullptr || socket->close_pending) return;
    socket->reading = reading;
    watch(id, *socket);
  }

  void set_ref(int id, bool refed) {
    Socket* socket = find(id);
    if (socket == nullptr || socket->refed == refed) return;
    socket->refed = refed;
    refed_open_ += refed ? 1 : -1;
  }

  void set_option(int id, int level, int option, int value) {
    Socket* socket = find(id);
    if (socket != nullptr) setsockopt(socket->fd, level, option, &value, sizeof value);
  }

  // JS left polled events for a later task (one threw): poll again on the next turn.
  void wake() {
    std::uint64_t one = 1;
    ssize_t written = ::write(wake_fd_, &one, sizeof one);
    (void)written;  // a full counter is already a wake-up
  }

 private:
  Socket* find(int id) {
    auto found = sockets_.find(id);
    return found == sockets_.end() ? nullptr : &found->second;
  }

  void add(int id, Socket socket) {
    socket.mask = socket.wanted();
    control(EPOLL_CTL_ADD, socket.fd, socket.mask, static_cast<std::uint64_t>(id));
    refed_open_++;
    sockets_.emplace(id, std::move(socket));
  }

  // Adds (or changes) a descriptor in the set: the events to watch for, and its key in reports.
  void control(int operation, int fd, std::uint32_t events, std::uint64_t key) {
    epoll_event event{};
    event.events = events;
    event.data.u64 = key;
    epoll_ctl(epoll_fd_, operation, fd, &event);
  }

  // Asks epoll for what the socket wants now (a parked one rejoins when it wants anything).
  void watch(int id, Socket& socket) {
    std::uint32_t wanted = socket.wanted();
    if (socket.parked) {
      if (wanted == 0) return;
      socket.parked = false;
      socket.mask = wanted;
      control(EPOLL_CTL_ADD, socket.fd, wanted, static_cast<std::uint64_t>(id));
      return;
    }
    if (wanted == socket.mask) return;
    socket.mask = wanted;
    control(EPOLL_CTL_MOD, socket.fd, wanted, static_cast<std::uint64_t>(id));
  }

  // A hung-up socket is always ready: it leaves the set until JS asks something of it.
  void park(Socket& socket) {
    epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, socket.fd, nullptr);
    socket.parked = true;
  }

  // Closes the descriptor and forgets the socket (no event).
  void drop(int id, Socket& socket) {
    if (!socket.parked) epoll_ctl(epoll_fd_, EPOLL_CTL_DEL, socket.fd, nullptr);
    ::close(socket.fd);
    if (socket.refed) refed_open_--;
    sockets_.erase(id);
  }

  void fail(int id, int error) {
    Socket* socket = find(id);
    if (socket == nullptr) return;
    drop(id, *socket);
    report(id, kClose, error);
  }

  // An event met outside poll (or a failure inside it): handed to JS by the next poll.
  void report(int id, int kind, int error) {
    pending_.push_back({id, kind, error});
    if (!polling_) wake();
  }

  void take_reported(v8::Isolate* isolate, std::vector<v8::Local<v8::Value>>& out) {
    for (const Reported& event : pending_) {
      v8::Local<v8::Value> value = v8::Undefined(isolate);
      if (event.error != 0) value = v8::Integer::New(isolate, event.error);
      push(isolate, out, event.id, event.kind, value);
    }
    pending_.clear();
  }

  static void push(v8::Isolate* isolate, std::vector<v8::Local<v8::Value>>& out, int id, int kind,
                   v8::Local<v8::Value> value) {
    out.push_back(v8::Integer::New(isolate, id));
    out.push_back(v8::Integer::New(isolate, kind));
    out.push_back(value);
  }

  void accept_on(v8::Isolate* isolate, v8::Local<v8::Context> context, int listener_id, Socket& listener,
                 std::vector<v8::Local<v8::Value>>& out) {
    for (int i = 0; i < kAcceptBatch; i++) {
      int fd = accept4(listener.fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) {
        if (errno == EINTR || errno == ECONNABORTED) continue;
        return;  // EAGAIN: none left; EMFILE and kin: the rest wait in the backlog
      }
      Socket socket;
      socket.fd = fd;
      socket.reading = true;  // an accepted connection reads at once
      int id = next_id();
      add(id, std::move(socket));
      push(isolate, out, listener_id, kConnection, facts(isolate, context, id, fd));
    }
  }

  void finish_connect(v8::Isolate* isolate, v8::Local<v8::Context> context, int id, Socket& socket,
                      std::uint32_t ready, std::vector<v8::Local<v8::Value>>& out) {
    int error = pending_error(socket.fd);
    if (error == 0 && (ready & (EPOLLERR | EPOLLHUP))) error = ECONNREFUSED;
    if (error != 0) {
      drop(id, socket);
      push(isolate, out, id, kConnect, v8::Integer::New(isolate, error));
      return;
    }
    socket.connecting = false;
    watch(id, socket);
    push(isolate, out, id, kConnect, facts(isolate, context, id, socket.fd));
    if (socket.end_pending || socket.queued() > 0) flush(id, socket);
  }

  void serve(v8::Isolate* isolate, int id, Socket& socket, std::uint32_t ready,
             std::vector<v8::Local<v8::Value>>& out) {
    if (ready & EPOLLERR) {
      int error = pending_error(socket.fd);
      fail(id, error != 0 ? error : EIO);
      return;
    }
    if ((ready & EPOLLOUT) && !flush(id, socket)) return;
    if ((ready & (EPOLLIN | EPOLLHUP)) && socket.reading && !socket.eof) {
      read_from(isolate, id, socket, out);
    } else if (ready & EPOLLHUP) {
      park(socket);
    }
  }

  // Sends from the queue; false when the socket is gone (failed, or closed once sent).
  bool flush(int id, Socket& socket) {
    while (socket.queued() > 0) {
      ssize_t sent = send_some(socket.fd, reinterpret_cast<const std::uint8_t*>(socket.queue.data()) + socket.sent,
                               socket.queued());
      if (sent < 0) {
        fail(id, errno);
        return false;
      }
      if (sent == 0) break;
      socket.sent += static_cast<std::size_t>(sent);
    }
    if (socket.queued() > 0) return true;
    socket.queue.clear();
    socket.sent = 0;
    if (socket.close_pending) {
      drop(id, socket);
      report(id, kClose, 0);
      return false;
    }
    if (socket.end_pending) {
      socket.end_pending = false;
      shutdown(socket.fd, SHUT_WR);
    }
    if (socket.owes_drain) {
      socket.owes_drain = false;
      report(id, kDrain, 0);
    }
    watch(id, socket);
    return true;
  }

  // send() of what the kernel takes now: the count (0 when it takes nothing), or -1 with errno.
  static ssize_t send_some(int fd, const std::uint8_t* data, std::size_t size) {
    while (true) {
      ssize_t sent = send(fd, data, size, MSG_NOSIGNAL);
      if (sent >= 0) return sent;
      if (errno == EINTR) continue;
      if (errno == EAGAIN || errno == EWOULDBLOCK) return 0;
      return -1;
    }
  }

  void read_from(v8::Isolate* isolate, int id, Socket& socket, std::vector<v8::Local<v8::Value>>& out) {
    ssize_t count;
    do {
      count = ::read(socket.fd, read_buffer_.data(), read_buffer_.size());
    } while (count < 0 && errno == EINTR);
    if (count < 0) {
      if (errno != EAGAIN && errno != EWOULDBLOCK) fail(id, errno);
      return;
    }
    if (count == 0) {
      socket.eof = true;
      watch(id, socket);
      push(isolate, out, id, kEnd, v8::Undefined(isolate));
      return;
    }
    v8::Local<v8::Uint8Array> bytes = received(isolate, static_cast<std::size_t>(count));
    if (bytes.IsEmpty()) {  // the isolate's ArrayBuffer budget is spent: the connection cannot go on
      fail(id, ENOBUFS);
      return;
    }
    push(isolate, out, id, kData, bytes);
  }

  // The `size` bytes just read, as JS gets them: a piece of the slab when small, else bytes of
  // their own. Empty when the budget refuses the memory.
  v8::Local<v8::Uint8Array> received(v8::Isolate* isolate, std::size_t size) {
    if (size > kSlabPiece) {
      std::unique_ptr<v8::BackingStore> store = new_budgeted_backing_store(budget_, size);
      if (!store) return {};
      std::memcpy(store->Data(), read_buffer_.data(), size);
      return v8::Uint8Array::New(v8::ArrayBuffer::New(isolate, std::move(store)), 0, size);
    }
    if (!slab_ || kSlabSize - slab_used_ < size) {
      std::unique_ptr<v8::BackingStore> store = new_budgeted_backing_store(budget_, kSlabSize);
      if (!store) return {};
      slab_ = std::move(store);  // (the full one lives on while JS holds pieces of it)
      slab_used_ = 0;
      // One ArrayBuffer for the slab's life: V8 counts each ArrayBuffer's whole store as
      // external memory (what its full collections are timed by), and one made per poll()
      // counted 64 KiB for each, ~130 MB/s under load. (A transfer of one piece's buffer
      // would empty every other piece: it is untransferable.)
      v8::Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, slab_);
      mark_untransferable(isolate->GetCurrentContext(), buffer);
      slab_buffer_.Reset(isolate, buffer);
    }
    std::size_t at = slab_used_;
    std::memcpy(static_cast<std::uint8_t*>(slab_->Data()) + at, read_buffer_.data(), size);
    slab_used_ = (at + size + 7) & ~std::size_t{7};  // (pieces start 8-aligned, as typed arrays like)
    return v8::Uint8Array::New(slab_buffer_.Get(isolate), at, size);
  }

  // {handle, local, remote}: what JS learns of a new connection.
  static v8::Local<v8::Value> facts(v8::Isolate* isolate, v8::Local<v8::Context> context, int id, int fd) {
    v8::Local<v8::Object> facts = v8::Object::New(isolate);
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    v8::Local<v8::Value> local = v8::Object::New(isolate);
    v8::Local<v8::Value> remote = v8::Object::New(isolate);
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) local = address_facts(isolate, context, address);
    length = sizeof address;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) remote = address_facts(isolate, context, address);
    set(context, facts, "handle", v8::Integer::New(isolate, id));
    set(context, facts, "local", local);
    set(context, facts, "remote", remote);
    return facts;
  }

  // {address, family, port}, as node's address().
  static v8::Local<v8::Object> address_facts(v8::Isolate* isolate, v8::Local<v8::Context> context,
                                             const sockaddr_storage& address) {
    char text[INET6_ADDRSTRLEN] = "";
    int port = 0;
    const char* family = "IPv4";
    if (address.ss_family == AF_INET6) {
      const auto* ip6 = reinterpret_cast<const sockaddr_in6*>(&address);
      inet_ntop(AF_INET6, &ip6->sin6_addr, text, sizeof text);
      port = ntohs(ip6->sin6_port);
      family = "IPv6";
    } else {
      const auto* ip4 = reinterpret_cast<const sockaddr_in*>(&address);
      inet_ntop(AF_INET, &ip4->sin_addr, text, sizeof text);
      port = ntohs(ip4->sin_port);
    }
    v8::Local<v8::Object> facts = v8::Object::New(isolate);
    set(context, facts, "address", v8_str(isolate, text));
    set(context, facts, "family", v8_str(isolate, family));
    set(context, facts, "port", v8::Integer::New(isolate, port));
    return facts;
  }

  static void set(v8::Local<v8::Context> context, v8::Local<v8::Object> object, const char* name,
                  v8::Local<v8::Value> value) {
    object->CreateDataProperty(context, v8_str(context->GetIsolate(), name), value).Check();
  }

  void release_descriptors() {
    if (wake_fd_ >= 0) ::close(wake_fd_);
    if (epoll_fd_ >= 0) ::close(epoll_fd_);
    wake_fd_ = epoll_fd_ = -1;
  }

  struct Reported {
    int id;
    int kind;
    int error;  // an errno, or 0
  };

  std::shared_ptr<ArrayBufferBudget> budget_;
  std::shared_ptr<v8::BackingStore> slab_;  // where small reads go; bytes below slab_used_ are JS's
  std::size_t slab_used_ = 0;
  v8::Global<v8::ArrayBuffer> slab_buffer_;  // the slab's ArrayBuffer (see forget_js_objects)
  std::vector<char> read_buffer_;
  int epoll_fd_ = -1;
  int wake_fd_ = -1;
  int next_id_ = 1;
  int refed_open_ = 0;  // open sockets that keep the loop alive
  bool polling_ = false;
  std::unordered_map<int, Socket> sockets_;
  std::vector<Reported> pending_;
};

namespace {

// ---- the JS functions (their data: the SocketSet, which the context keeps while it is open)

SocketSet& set_of(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return *static_cast<SocketSet*>(info.Data().As<v8::External>()->Value());
}

// The handle every function takes first; false (and a TypeError thrown) when it is not a number.
bool handle_argument(const v8::FunctionCallbackInfo<v8::Value>& info, int& id) {
  if (!info[0]->IsNumber()) {
    v8::Isolate* isolate = info.GetIsolate();
    isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "a socket handle must be a number")));
    return false;
  }
  id = static_cast<int>(info[0].As<v8::Number>()->Value());
  return true;
}

void js_poll(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  info.GetReturnValue().Set(set_of(info).poll(isolate, isolate->GetCurrentContext()));
}

void js_write(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int id;
  if (!handle_argument(info, id)) return;
  if (!info[1]->IsArrayBufferView()) {
    v8::Isolate* isolate = info.GetIsolate();
    isolate->ThrowException(v8::Exception::TypeError(v8_str(isolate, "write(handle, bytes) takes a typed array")));
    return;
  }
  ViewBytes bytes(info[1].As<v8::ArrayBufferView>());
  if (bytes.data == nullptr) bytes.length = 0;
  info.GetReturnValue().Set(set_of(info).write(id, bytes.data, bytes.length));
}

void js_end(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int id;
  if (handle_argument(info, id)) set_of(info).end(id);
}

void js_close(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int id;
  if (handle_argument(info, id)) set_of(info).close(id, info[1]->BooleanValue(info.GetIsolate()));
}

void js_reset(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int id;
  if (handle_argument(info, id)) set_of(info).reset(id);
}

void js_set_reading(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int id;
  if (handle_argument(info, id)) set_of(info).set_reading(id, info[1]->BooleanValue(info.GetIsolate()));
}

void js_ref(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int id;
  if (handle_argument(info, id)) set_of(info).set_ref(id, info[1]->BooleanValue(info.GetIsolate()));
}

void js_no_delay(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int id;
  if (!handle_argument(info, id)) return;
  set_of(info).set_option(id, IPPROTO_TCP, TCP_NODELAY, info[1]->BooleanValue(info.GetIsolate()) ? 1 : 0);
}

// keepAlive(handle, enable, initialDelaySeconds)
void js_keep_alive(const v8::FunctionCallbackInfo<v8::Value>& info) {
  int id;
  if (!handle_argument(info, id)) return;
  bool enable = info[1]->BooleanValue(info.GetIsolate());
  SocketSet& set = set_of(info);
  set.set_option(id, SOL_SOCKET, SO_KEEPALIVE, enable ? 1 : 0);
  int delay = info[2]->IsNumber() ? static_cast<int>(info[2].As<v8::Number>()->Value()) : 0;
  if (enable && delay > 0) set.set_option(id, IPPROTO_TCP, TCP_KEEPIDLE, delay);
}

void js_wake(const v8::FunctionCallbackInfo<v8::Value>& info) { set_of(info).wake(); }

// The Python face of a context's socket set.
struct PySockets {
  std::shared_ptr<ContextCore> ctx;
  std::shared_ptr<SocketSet> set;

  SocketSet& live() {
    if (ctx->closed) raise_error(ErrorKind::closed, "the context is closed");
    return *set;
  }
};

nb::object js_functions(PySockets& self) {
  self.live();
  return function_table(self.ctx,
                        {
                            {"poll", js_poll}, {"write", js_write}, {"end", js_end}, {"close", js_close}, {"reset", js_reset},
                            {"setReading", js_set_reading}, {"ref", js_ref}, {"noDelay", js_no_delay},
                            {"keepAlive", js_keep_alive}, {"wake", js_wake},
                        },
                        self.set.get());
}

}  // namespace

void forget_js_objects(SocketSet& set) { set.forget_js_objects(); }

nb::object context_sockets(const std::shared_ptr<ContextCore>& ctx) {
  if (ctx->closed || !ctx->state) raise_error(ErrorKind::closed, "the context is closed");
  if (!ctx->state->sockets) {
    try {
      ctx->state->sockets = std::make_shared<SocketSet>(ctx->iso->budget);
    } catch (const std::system_error& error) {
      errno = error.code().value();
      PyErr_SetFromErrno(PyExc_OSError);
      throw nb::python_error();
    }
  }
  return nb::cast(PySockets{ctx, ctx->state->sockets});
}

void bind_sockets(nb::module_& m) {
  nb::class_<PySockets>(m, "Sockets", "A context's native TCP sockets (node:net's plain connections).")
      .def("fileno", [](PySockets& self) { return self.live().fileno(); },
           "The epoll descriptor: readable when poll() has events.")
      .def("adopt", [](PySockets& self, int fd, const std::string& kind, int error) {
             if (kind != "listener" && kind != "connecting") {
               raise_error(ErrorKind::value, "kind must be 'listener' or 'connecting', not '" + kind + "'");
             }
             return self.live().adopt(fd, kind, error);
           }, nb::arg("fd"), nb::arg("kind"), nb::arg("error") = 0,
           "Take over a socket (its descriptor is the set's from now on); returns its handle.")
      .def("next_id", [](PySockets& self) { return self.live().next_id(); },
           "A handle number no socket of the set has (for the host's own handles).")
      .def("refed", [](PySockets& self) { return self.set->refed(); },
           "How many open sockets (and events not taken yet) keep the loop alive.")
      .def("close_all", [](PySockets& self) { self.set->close_all(); },
           "Close every socket at once, with no events.")
      .def("functions", &js_functions, "The JS functions that drive the sockets (node/net/native.js).");
}

}  // namespace toyjs
