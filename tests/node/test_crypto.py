"""node:crypto against node: hashes and HMACs, randomness (by shape and range), PBKDF2, scrypt
and HKDF, AES and ChaCha20-Poly1305 ciphers, keys and signatures with fixed keys
(tests/programs/node/crypto_fixture_keys.mjs), the callback forms, the stream side (hashes and
ciphers as Transforms, Sign and Verify as Writables), JWK export and import, RSA encryption,
ECDH and finite-field Diffie-Hellman, secret key generation and primes, X509Certificate with
fixed certificates (tests/programs/node/crypto_fixture_certs.mjs), what JWT libraries do, and
the errors' codes and messages."""

import pytest

PROGRAMS = [
    "crypto_hash", "crypto_random", "crypto_kdf", "crypto_cipher", "crypto_keys", "crypto_streams",
    "crypto_jwk", "crypto_rsa_encrypt", "crypto_dh", "crypto_x509", "crypto_primes", "crypto_jwt_flows",
]


@pytest.mark.parametrize("program", PROGRAMS)
def test_same_output_as_node(same_as_node, programs, program):
    same_as_node(programs / "node" / f"{program}.mjs", "--allow-read")
