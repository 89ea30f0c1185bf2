// What a libnode built for a newer Debian expects from the system and an older one lacks.
//
// Debian's Node 24 packages (V8 13.6) are built against glibc 2.43, GCC 15's libstdc++ and
// libgcc, OpenSSL 3.5, libuv 1.52 and Brotli 1.1. The build (cmake/modern_libnode.py) marks
// each version requirement an older system cannot meet as weak; the loader then binds those
// references to any unversioned definition it finds, and this library, built without symbol
// versions and loaded with the extension, is where it finds them. Every definition here is
// the explicit list of what toyjs supplies: the build refuses a libnode that needs anything
// else from a newer system, and falls back to an older V8.
//
// Two kinds of definitions:
// - newer entry points of libraries the system has (C23 number parsing, new symbol versions
//   of fmod and sqrtf, libstdc++ 13 helpers, bfloat16 conversion): real implementations;
// - functions only Node's own code calls (TLS certificate compression, Brotli dictionaries,
//   newer libuv calls), which the V8 embedder API never reaches: they abort with a message
//   naming the function, should that ever change.

#include <cxxabi.h>

#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>  // with libstdc++ 12, including it initialises the standard streams at load
#include <limits>
#include <memory>
#include <type_traits>

namespace {

// C23's strtol family also reads "0b101" (with base 0 or 2). Returns where the binary digits
// start and whether a minus sign came before the prefix, or nullptr when there is no such prefix.
const char* binary_digits(const char* text, int base, bool* negative) {
  if (base != 0 && base != 2) return nullptr;
  const char* at = text;
  while (*at == ' ' || (*at >= '\t' && *at <= '\r')) ++at;
  *negative = *at == '-';
  if (*at == '+' || *at == '-') ++at;
  if (at[0] == '0' && (at[1] == 'b' || at[1] == 'B') && (at[2] == '0' || at[2] == '1')) return at + 2;
  return nullptr;
}

// The C23 parse of one of the four integer types: the binary form by hand (as the magnitude,
// then the sign, with the C rules for overflow), every other form by the C99 function.
template <typename Int, typename Parse>
Int parse_integer(const char* text, char** end, int base, Parse c99) {
  bool negative = false;
  const char* digits = binary_digits(text, base, &negative);
  if (digits == nullptr) return c99(text, end, base);
  errno = 0;
  char* stop = nullptr;
  unsigned long long magnitude = std::strtoull(digits, &stop, 2);
  bool overflow = errno == ERANGE;
  if (end != nullptr) *end = stop;
  if constexpr (std::is_signed_v<Int>) {
    using Unsigned = std::make_unsigned_t<Int>;
    const auto limit = static_cast<unsigned long long>(std::numeric_limits<Int>::max()) + (negative ? 1 : 0);
    if (overflow || magnitude > limit) {
      errno = ERANGE;
      return negative ? std::numeric_limits<Int>::min() : std::numeric_limits<Int>::max();
    }
    return negative ? static_cast<Int>(Unsigned{0} - static_cast<Unsigned>(magnitude)) : static_cast<Int>(magnitude);
  } else {
    if (overflow || magnitude > std::numeric_limits<Int>::max()) {
      errno = ERANGE;
      return std::numeric_limits<Int>::max();
    }
    return negative ? static_cast<Int>(0 - static_cast<Int>(magnitude)) : static_cast<Int>(magnitude);
  }
}

[[noreturn]] void node_only(const char* name) {
  std::fprintf(stderr,
               "toyjs: libnode called %s, a function of a newer system library that toyjs "
               "does not supply (only Node's own code should reach it)\n",
               name);
  std::abort();
}

}  // namespace

extern "C" {

// glibc 2.38: the C23 forms of the number parsers.
long __isoc23_strtol(const char* text, char** end, int base) {
  return parse_integer<long>(text, end, base, std::strtol);
}
unsigned long __isoc23_strtoul(const char* text, char** end, int base) {
  return parse_integer<unsigned long>(text, end, base, std::strtoul);
}
long long __isoc23_strtoll(const char* text, char** end, int base) {
  return parse_integer<long long>(text, end, base, std::strtoll);
}
unsigned long long __isoc23_strtoull(const char* text, char** end, int base) {
  return parse_integer<unsigned long long>(text, end, base, std::strtoull);
}
// The scanf forms differ from C99's only in %i reading "0b" and the new %b, which none of
// the callers' formats use.
int __isoc23_sscanf(const char* text, const char* format, ...) {
  va_list args;
  va_start(args, format);
  int count = std::vsscanf(text, format, args);
  va_end(args);
  return count;
}
int __isoc23_fscanf(FILE* stream, const char* format, ...) {
  va_list args;
  va_start(args, format);
  int count = std::vfscanf(stream, format, args);
  va_end(args);
  return count;
}

// glibc 2.38 gave fmod a new symbol version (no SVID error handling); same result. The
// remainder is exact, and so is adding |y| back: the sum, fmod's result, is representable.
double fmod(double x, double y) noexcept {
  double r = std::remainder(std::fabs(x), std::fabs(y));
  if (r < 0) r += std::fabs(y);
  return std::copysign(r, x);
}

// glibc 2.43 gave sqrtf a new symbol version. Compiled with -fno-math-errno, the builtin is
// the processor's instruction, not a call back into this function.
float sqrtf(float x) noexcept {
  if (x < 0) errno = EDOM;
  return __builtin_sqrtf(x);
}

// libgcc 13: bfloat16 -> float. A bfloat16 is the upper half of a float's bits; it arrives in
// the low 16 bits of the register that carries a float argument (x86-64 and arm64 alike).
float __extendbfsf2(float carrier) {
  std::uint32_t bits;
  std::memcpy(&bits, &carrier, sizeof bits);
  bits = (bits & 0xFFFFu) << 16;
  float value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

// libstdc++ 13 (CXXABI_1.3.15): an exception left a noexcept function.
[[noreturn]] void __cxa_call_terminate(void* exception) noexcept {
  if (exception != nullptr) __cxxabiv1::__cxa_begin_catch(exception);
  std::terminate();
}

// libstdc++ 13: std::string::_M_replace_cold(char* at, size_t old_length, const char* text,
// size_t new_length, size_t tail), the in-place replacement taken when `text` may lie inside
// the string itself. The caller has checked the capacity and sets the new length afterwards.
void toyjs_string_replace_cold(void* /*self*/, char* at, std::size_t old_length, const char* text,
                               std::size_t new_length, std::size_t tail)
    __asm__("_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE15_M_replace_coldEPcmPKcmm");
void toyjs_string_replace_cold(void*, char* at, std::size_t old_length, const char* text,
                               std::size_t new_length, std::size_t tail) {
  std::unique_ptr<char[]> copy(new char[new_length ? new_length : 1]);
  std::memcpy(copy.get(), text, new_length);         // the text, before the tail moves over it
  std::memmove(at + new_length, at + old_length, tail);
  std::memcpy(at, copy.get(), new_length);
}

// libstdc++ 13 initialises the standard streams itself; code built with it only references
// this function to require that. Here the streams are initialised when this library loads
// (<iostream> above); a call makes sure of it.
void toyjs_ios_base_library_init() __asm__("_ZSt21ios_base_library_initv");
void toyjs_ios_base_library_init() { static std::ios_base::Init streams; }

// Node-only functions of OpenSSL 3.2+ and 3.4, of OpenSSL's optional zlib support, of
// Brotli 1.1 and of libuv 1.45+.
#define TOYJS_NODE_ONLY(name) \
  void name() { node_only(#name); }
TOYJS_NODE_ONLY(BIO_f_brotli)
TOYJS_NODE_ONLY(BIO_f_zlib)
TOYJS_NODE_ONLY(BIO_f_zstd)
TOYJS_NODE_ONLY(EVP_MD_CTX_get_size_ex)
TOYJS_NODE_ONLY(OSSL_set_max_threads)
TOYJS_NODE_ONLY(SSL_CTX_compress_certs)
TOYJS_NODE_ONLY(SSL_CTX_get1_compressed_cert)
TOYJS_NODE_ONLY(SSL_CTX_set1_cert_comp_preference)
TOYJS_NODE_ONLY(SSL_get0_group_name)
TOYJS_NODE_ONLY(SSL_set1_cert_comp_preference)
TOYJS_NODE_ONLY(SSL_set1_compressed_cert)
TOYJS_NODE_ONLY(BrotliDecoderAttachDictionary)
TOYJS_NODE_ONLY(BrotliEncoderAttachPreparedDictionary)
TOYJS_NODE_ONLY(BrotliEncoderDestroyPreparedDictionary)
TOYJS_NODE_ONLY(BrotliEncoderPrepareDictionary)
TOYJS_NODE_ONLY(uv_get_available_memory)
TOYJS_NODE_ONLY(uv_getrusage_thread)
TOYJS_NODE_ONLY(uv_metrics_info)
TOYJS_NODE_ONLY(uv_pipe_bind2)
TOYJS_NODE_ONLY(uv_pipe_connect2)
TOYJS_NODE_ONLY(uv_tcp_keepalive_ex)
TOYJS_NODE_ONLY(uv_thread_setname)
#undef TOYJS_NODE_ONLY

}  // extern "C"
