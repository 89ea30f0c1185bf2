"""Which encoded Ed25519 points a verification may take: those that decode as RFC 8032 says
(5.1.3: no y of p or more) and do not have a small order (1, 2, 4 or 8).

WebCrypto's Ed25519 verification must return false when the public key or the signature's R is
any other (the Secure Curves in WebCrypto draft); OpenSSL's verification accepts some of them.
The test is the curve's arithmetic, done here on Python integers: decode the point and see
whether eight times it is the neutral element. Public values only: no secret
ever goes through this code, so its timing tells nothing.
"""

from __future__ import annotations

P = 2**255 - 19
D = (-121665 * pow(121666, -1, P)) % P
SQRT_MINUS_ONE = pow(2, (P - 1) // 4, P)

Point = tuple[int, int]  # affine (x, y) on -x^2 + y^2 = 1 + d x^2 y^2
NEUTRAL: Point = (0, 1)


def decode(encoded: bytes) -> Point | None:
    """The point a 32-byte encoding stands for, or None where it stands for none (a y of p or
    more, no square root for x, or x = 0 with its sign bit set)."""
    if len(encoded) != 32:
        return None
    number = int.from_bytes(encoded, "little")
    sign = number >> 255
    y = number & ((1 << 255) - 1)
    if y >= P:
        return None
    u = (y * y - 1) % P
    v = (D * y * y + 1) % P
    x = (u * pow(v, 3, P) * pow(u * pow(v, 7, P), (P - 5) // 8, P)) % P
    check = (v * x * x) % P
    if check == (-u) % P:
        x = (x * SQRT_MINUS_ONE) % P
    elif check != u:
        return None
    if x == 0 and sign == 1:
        return None
    if x & 1 != sign:
        x = P - x
    return (x, y)


def add(a: Point, b: Point) -> Point:
    """a + b (the twisted Edwards addition law, complete on this curve)."""
    (x1, y1), (x2, y2) = a, b
    t = (D * x1 * x2 * y1 * y2) % P
    x3 = ((x1 * y2 + y1 * x2) * pow(1 + t, -1, P)) % P
    y3 = ((y1 * y2 + x1 * x2) * pow(1 - t, -1, P)) % P
    return (x3, y3)


def is_verifiable(encoded: bytes) -> bool:
    """Whether the encoding stands for a point whose order does not divide 8."""
    point = decode(encoded)
    if point is None:
        return False
    for _ in range(3):  # 8P, by three doublings
        point = add(point, point)
    return point != NEUTRAL
