"""node:crypto against node: hashes and HMACs, randomness (by shape and range), PBKDF2, scrypt
and HKDF, AES and ChaCha20-Poly1305 ciphers, keys and signatures with fixed keys
(tests/programs/node/crypto_fixture_keys.mjs), the callback forms, the stream side (hashes and
ciphers as Transforms, Sign and Verify as Writables), and the errors' codes and messages."""

import pytest



@pytest.mark.parametrize("program", ["crypto_hash", "crypto_random", "crypto_kdf", "crypto_cipher", "crypto_keys", "crypto_streams"])
def test_same_output_as_node(same_as_node, programs, program):
    same_as_node(programs / "node" / f"{program}.mjs", "--allow-read")
