"""WebCrypto's algorithms of the Modern Algorithms draft that need pycryptodome (KMAC, cSHAKE,
AES-OCB's shorter tags and nonces, ML-KEM-512), and MessagePort transfers: the same output as
Node 24 (captured in programs/*.node24.txt: the test extra has no Node 24), which includes the
public test vectors (NIST SP 800-185's KMAC and cSHAKE samples, RFC 7253's OCB test of many
inputs); what Node 24 lacks is written out here."""

from pathlib import Path

PROGRAMS = Path(__file__).parent / "programs"

# SP 800-185's samples and RFC 7253 appendix A's outputs: the captured output must hold them.
PUBLIC_VECTORS = [
    "KMAC128 4 e5780b0d3ea6f7d3a429c5706aa43a00fadbd7d49628839e3187243f456ee14e true",
    "KMAC256 200 b58618f71f92e1d56c1b8c55ddd7cd188b97b4ca4d99831eb2699a837da2e4d970fbacfde50033aea585f1a2708510c32d07880801bd182898fe476876fc8965 true",
    "cSHAKE128 4 c1c36925b6409a04f1b504fcbca9d82b4017277cb5ed2b2065fc1d3814d5aaf5",
    "cSHAKE256 200 07dc27b11e51fbac75bc7b3c1d983e8b4b85fb1defaf218912ac86430273091727f42b17ed1df63e8ec118f04b23633c1dfb1574c8fb55cb45da8e25afb092bb",
    "AES-128-OCB tag 128: 67e944d23256c5e0b6c61fa22fdf1ea2",
    "AES-192-OCB tag 96: 05d56ead2752c86be6932c5e",
    "AES-256-OCB tag 64: 7d4ea5d445501cbe",
]

# KMAC is the cSHAKE named "KMAC" of its encoded input (SP 800-185 4.3), so the digest with a
# function name gives the tag; the earlier draft's `length` works as `outputLength`; the other
# function name's output is pycryptodome's cSHAKE128 with N = "A".
FUNCTION_NAME = """\
KMAC128 1f5b4e6cca02209e true true
KMAC256 b58618f71f92e1d5 true true
another function name: a215d777ce878f0a
supports cSHAKE with a length: true false
cSHAKE as HMAC's hash: NotSupportedError
"""


def test_kmac_cshake_ocb_and_ml_kem_512_as_node_24(toyjs):
    expected = (PROGRAMS / "modern_crypto.node24.txt").read_text(encoding="utf-8")
    for line in PUBLIC_VECTORS:
        assert line in expected.splitlines()
    result = toyjs("run", PROGRAMS / "modern_crypto.mjs", cwd=PROGRAMS, timeout=120)
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == expected


def test_cshake_takes_a_function_name_and_kmac_the_earlier_length(toyjs):
    result = toyjs("run", PROGRAMS / "cshake_function_name.mjs", cwd=PROGRAMS)
    assert (result.code, result.stdout, result.stderr) == (0, FUNCTION_NAME, "")


def test_message_ports_transfer_as_node_24(toyjs):
    result = toyjs("run", PROGRAMS / "message_port_transfer.mjs", cwd=PROGRAMS)
    expected = (PROGRAMS / "message_port_transfer.node24.txt").read_text(encoding="utf-8")
    assert (result.code, result.stdout, result.stderr) == (0, expected, "")
