// A second HTTP load generator for bench/http.py, beside wrk: CONNECTIONS keep-alive
// connections to 127.0.0.1:PORT, each sending `GET /` again as soon as its last response is
// whole, every request timed from its write to the end of its response. After WARMUP seconds
// it counts for SECONDS more and prints one line: requests, seconds, then percentiles in us.
//
// Why a second one: wrk's latency and the server's own view disagree for some servers (its
// tail moves with how its single thread and the server share the cores), and a figure is
// worth more from two instruments. This one does one thing per event: read, and write the
// next request at once.
//
// usage: loadgen PORT [CONNECTIONS=50] [SECONDS=5] [WARMUP=1]
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { kBufferSize = 16384, kEventBatch = 256 };
static const char kRequest[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

struct Connection {
  int fd;
  double sent_at;  // us, when its request in flight was written
  size_t filled;
  char bytes[kBufferSize + 1];
};

static double now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int by_value(const void* left, const void* right) {
  double a = *(const double*)left, b = *(const double*)right;
  return (a > b) - (a < b);
}

// The length of the whole response at the front of the buffer, or 0 while it is not whole.
// The bodies here are framed by Content-Length or chunked (a hello server's are).
static size_t whole_response(struct Connection* connection) {
  connection->bytes[connection->filled] = '\0';
  const char* head_end = strstr(connection->bytes, "\r\n\r\n");
  if (head_end == NULL) return 0;
  size_t head = (size_t)(head_end + 4 - connection->bytes);
  const char* length = strcasestr(connection->bytes, "\r\ncontent-length:");
  if (length != NULL && length < head_end) {
    size_t whole = head + strtoul(length + 17, NULL, 10);
    return connection->filled >= whole ? whole : 0;
  }
  const char* last_chunk = strstr(head_end + 4, "\r\n0\r\n\r\n");
  if (last_chunk == NULL) last_chunk = strncmp(head_end + 4, "0\r\n\r\n", 5) == 0 ? head_end + 2 : NULL;
  return last_chunk == NULL ? 0 : (size_t)(last_chunk + 7 - connection->bytes);
}

static void send_request(struct Connection* connection) {
  connection->sent_at = now_us();
  if (write(connection->fd, kRequest, sizeof kRequest - 1) != (ssize_t)(sizeof kRequest - 1)) {
    perror("loadgen: write");
    exit(1);
  }
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: loadgen PORT [CONNECTIONS] [SECONDS] [WARMUP]\n");
    return 2;
  }
  int port = atoi(argv[1]);
  int count = argc > 2 ? atoi(argv[2]) : 50;
  double seconds = argc > 3 ? atof(argv[3]) : 5, warmup = argc > 4 ? atof(argv[4]) : 1;

  struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  int poller = epoll_create1(0);
  struct Connection* connections = calloc((size_t)count, sizeof *connections);
  size_t capacity = 1 << 22, taken = 0;
  double* latencies = malloc(capacity * sizeof *latencies);
  if (poller < 0 || connections == NULL || latencies == NULL) {
    perror("loadgen");
    return 1;
  }
  for (int i = 0; i < count; i++) {
    int fd = socket(AF_INET, SOCK_STREAM, 0), on = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    if (connect(fd, (struct sockaddr*)&address, sizeof address) != 0) {
      perror("loadgen: connect");
      return 1;
    }
    struct epoll_event interest = {.events = EPOLLIN, .data.u32 = (unsigned)i};
    epoll_ctl(poller, EPOLL_CTL_ADD, fd, &interest);
    connections[i].fd = fd;
  }
  for (int i = 0; i < count; i++) send_request(&connections[i]);

  double counted_from = now_us() + warmup * 1e6, until = counted_from + seconds * 1e6;
  struct epoll_event events[kEventBatch];
  while (now_us() < until) {
    int ready = epoll_wait(poller, events, kEventBatch, 100);
    for (int j = 0; j < ready; j++) {
      struct Connection* connection = &connections[events[j].data.u32];
      ssize_t got = read(connection->fd, connection->bytes + connection->filled, kBufferSize - connection->filled);
      if (got <= 0) {
        fprintf(stderr, "loadgen: the server closed a connection\n");
        return 1;
      }
      connection->filled += (size_t)got;
      size_t used = whole_response(connection);
      if (used == 0) {
        if (connection->filled == kBufferSize) {
          fprintf(stderr, "loadgen: a response larger than %d bytes\n", kBufferSize);
          return 1;
        }
        continue;
      }
      double done = now_us();
      if (connection->sent_at >= counted_from) {
        if (taken == capacity) {  // (every request counts: the list grows rather than drops any)
          capacity *= 2;
          latencies = realloc(latencies, capacity * sizeof *latencies);
          if (latencies == NULL) {
            perror("loadgen");
            return 1;
          }
        }
        latencies[taken++] = done - connection->sent_at;
      }
      connection->filled -= used;
      memmove(connection->bytes, connection->bytes + used, connection->filled);
      send_request(connection);  // (one request in flight per connection: nothing is left over)
    }
  }
  if (taken == 0) {
    fprintf(stderr, "loadgen: no response in the measured time\n");
    return 1;
  }
  qsort(latencies, taken, sizeof *latencies, by_value);
  printf("requests=%zu seconds=%g", taken, seconds);
  const double percentiles[] = {50, 90, 99, 99.9};
  for (size_t i = 0; i < sizeof percentiles / sizeof *percentiles; i++) {
    printf(" p%g=%.0f", percentiles[i], latencies[(size_t)(taken * percentiles[i] / 100)]);
  }
  printf(" max=%.0f\n", latencies[taken - 1]);
  return 0;
}
