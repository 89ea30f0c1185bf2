"""The build's adaptation of a newer libnode to an older system (cmake/adapt_libnode.py): the
ELF reading and weakening it relies on, its refusals, and the compat library's functions.

Small libraries are compiled here with the system's compiler to stand in for libnode and the
system: one built against a newer "provider" that defines a symbol version the older one
lacks, as libnode is against glibc 2.43."""

import ctypes
import math
import random
import shutil
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "cmake"))

import adapt_libnode  # noqa: E402
import elf_file  # noqa: E402

COMPILER = shutil.which("g++") or shutil.which("c++")
pytestmark = pytest.mark.skipif(COMPILER is None, reason="building toyjs needs a C++ compiler, and so do these tests")


def compile_library(folder: Path, name: str, source: str, *flags: str) -> Path:
    (folder / f"{name}.c").write_text(textwrap.dedent(source))
    output = folder / name
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", str(output), str(folder / f"{name}.c"), *flags],
        check=True, capture_output=True, text=True,
    )
    return output


@pytest.fixture
def newer_and_older(tmp_path):
    """libuser.so, linked against a provider whose PROV_2 version an older copy lacks."""
    newer, older = tmp_path / "newer", tmp_path / "older"
    newer.mkdir()
    older.mkdir()
    (tmp_path / "v2.map").write_text("PROV_1 { global: old_fn; local: *; };\nPROV_2 { global: new_fn; } PROV_1;\n")
    (tmp_path / "v1.map").write_text("PROV_1 { global: old_fn; local: *; };\n")
    provider = "int old_fn(void) { return 1; }\nint new_fn(void) { return 2; }\n"
    compile_library(newer, "libprov.so", provider, "-Wl,-soname,libprov.so", f"-Wl,--version-script={tmp_path / 'v2.map'}")
    compile_library(older, "libprov.so", "int old_fn(void) { return 1; }\n", "-Wl,-soname,libprov.so",
                    f"-Wl,--version-script={tmp_path / 'v1.map'}")
    user = compile_library(
        older, "libuser.so",
        "int old_fn(void); int new_fn(void);\nint user(void) { return old_fn() * 10 + new_fn(); }\n",
        "-Wl,-soname,libuser.so", f"-L{newer}", "-lprov", "-Wl,-z,now",
    )
    return user, older


def test_reading_needed_libraries_versions_and_requirements(newer_and_older):
    user, older = newer_and_older
    library = elf_file.read(user)
    assert library.soname == "libuser.so"
    assert "libprov.so" in library.needed
    assert {(r.file, r.version) for r in library.requirements if r.file == "libprov.so"} == {
        ("libprov.so", "PROV_1"), ("libprov.so", "PROV_2")
    }
    assert not any(r.weak for r in library.requirements)
    assert {(s.name, s.version) for s in library.undefined() if s.name.endswith("_fn")} == {
        ("old_fn", "PROV_1"), ("new_fn", "PROV_2")
    }
    provider = elf_file.read(older / "libprov.so")
    assert provider.versions_defined == {"PROV_1"}
    assert provider.defines("old_fn", "PROV_1") and not provider.defines("new_fn", "PROV_2")


def test_the_loader_refuses_a_missing_version_until_it_is_weak(newer_and_older, tmp_path):
    user, older = newer_and_older
    load = textwrap.dedent(
        """
        import ctypes, sys
        if len(sys.argv) > 2: ctypes.CDLL(sys.argv[2], mode=ctypes.RTLD_GLOBAL)
        print(ctypes.CDLL(sys.argv[1]).user())
        """
    )

    def run(*libraries):
        return subprocess.run([sys.executable, "-c", load, *map(str, libraries)], capture_output=True, text=True,
                              env={"LD_LIBRARY_PATH": str(older)})

    refused = run(user)
    assert refused.returncode != 0 and "PROV_2" in refused.stderr
    library = elf_file.read(user)
    elf_file.weaken(library, [r for r in library.requirements if r.version == "PROV_2"])
    assert [r.version for r in elf_file.read(user).requirements if r.weak] == ["PROV_2"]
    # weak, but new_fn is still defined nowhere: BIND_NOW fails on the symbol itself
    assert "new_fn" in run(user).stderr
    # an unversioned definition (as the compat library's) is what it then binds to
    supplier = compile_library(tmp_path, "libsupply.so", "int new_fn(void) { return 7; }\n")
    assert run(user, supplier).stdout.split() == ["17"]


def test_adaptation_refuses_versions_outside_its_list(newer_and_older):
    user, _ = newer_and_older
    libraries = adapt_libnode.closure(user, user.parent)
    to_weaken, to_supply, refusals = adapt_libnode.problems(libraries)
    assert refusals == ["libuser.so needs PROV_2 of libprov.so"]
    assert to_supply == {"new_fn"}


@pytest.fixture(scope="module")
def compat(tmp_path_factory):
    source = ROOT / "src/toyjs/_core/compat/libnode_compat.cpp"
    built = adapt_libnode.build_compat(COMPILER, source, tmp_path_factory.mktemp("compat"))
    return ctypes.CDLL(str(built.path))


def test_compat_defines_only_unversioned_symbols(compat):
    library = elf_file.read(Path(compat._name))
    assert library.versions_defined == set()
    defined = {s.name for s in library.symbols if s.defined}
    assert {"__isoc23_strtol", "fmod", "sqrtf", "__cxa_call_terminate", "uv_pipe_bind2"} <= defined


@pytest.mark.parametrize(
    ("text", "base", "value", "consumed"),
    [
        (b"0b101", 0, 5, 5),
        (b"  -0B11xyz", 2, -3, 7),
        (b"0b", 0, 0, 1),  # no binary digit: just the 0
        (b"0x1f", 0, 31, 4),
        (b"0b101", 10, 0, 1),
        (b"0b" + b"1" * 64, 0, 2**63 - 1, 66),  # overflow clamps
        (b"-0b" + b"1" + b"0" * 63, 0, -(2**63), 67),
    ],
)
def test_c23_strtol_reads_binary(compat, text, base, value, consumed):
    strtol = compat.__isoc23_strtol
    strtol.restype = ctypes.c_long
    strtol.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p), ctypes.c_int]
    buffer = ctypes.create_string_buffer(text)
    end = ctypes.c_char_p()
    assert strtol(buffer, ctypes.byref(end), base) == value
    assert ctypes.cast(end, ctypes.c_void_p).value - ctypes.addressof(buffer) == consumed


def test_c23_strtoul_negates_binary_as_unsigned(compat):
    strtoul = compat.__isoc23_strtoul
    strtoul.restype = ctypes.c_ulong
    strtoul.argtypes = [ctypes.c_char_p, ctypes.c_void_p, ctypes.c_int]
    assert strtoul(b"-0b1", None, 0) == 2**64 - 1
    assert strtoul(b"42", None, 0) == 42


def test_fmod_is_exact(compat):
    fmod = compat.fmod
    fmod.restype = ctypes.c_double
    fmod.argtypes = [ctypes.c_double, ctypes.c_double]
    rng = random.Random(7)
    cases = [(5.5, 2.0), (-5.5, 2.0), (5.5, -2.0), (-4.0, 2.0), (1e300, 3.0), (0.1, 1e-300), (7.0, math.inf)]
    cases += [(rng.uniform(-1e6, 1e6), rng.uniform(-1e3, 1e3)) for _ in range(2000)]
    for x, y in cases:
        assert struct.pack("<d", fmod(x, y)) == struct.pack("<d", math.fmod(x, y)), (x, y)
    assert math.isnan(fmod(1.0, 0.0)) and math.isnan(fmod(math.inf, 1.0))


def test_sqrtf_and_bfloat16(compat):
    compat.sqrtf.restype = ctypes.c_float
    compat.sqrtf.argtypes = [ctypes.c_float]
    assert compat.sqrtf(2.25) == 1.5
    assert math.isnan(compat.sqrtf(-1.0))
    extend = compat.__extendbfsf2
    extend.restype = ctypes.c_float
    extend.argtypes = [ctypes.c_float]
    # the bfloat16 of 1.5 is 0x3FC0, carried in the low 16 bits of the argument register
    carrier = struct.unpack("<f", struct.pack("<I", 0x3FC0))[0]
    assert extend(carrier) == 1.5


def test_string_replace_cold_handles_overlapping_text(compat):
    replace = compat["_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE15_M_replace_coldEPcmPKcmm"]
    replace.restype = None
    replace.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t]
    # "abcdefgh": replace "cd" (at 2) by "efgh" taken from the string itself; tail "efgh" moves
    buffer = ctypes.create_string_buffer(b"abcdefgh", 16)
    base = ctypes.addressof(buffer)
    replace(None, base + 2, 2, base + 4, 4, 4)
    assert buffer.raw[:10] == b"abefghefgh"


def test_a_system_library_too_old_for_libnode_is_shipped_from_the_packages(tmp_path, monkeypatch):
    system, packages = tmp_path / "system", tmp_path / "packages"
    system.mkdir()
    packages.mkdir()
    compile_library(system, "libdep.so", "int dep_a(void) { return 1; }\n", "-Wl,-soname,libdep.so")
    compile_library(packages, "libdep.so", "int dep_a(void) { return 1; }\nint dep_b(void) { return 2; }\n",
                    "-Wl,-soname,libdep.so")
    top = compile_library(packages, "libtop.so", "int dep_a(void); int dep_b(void);\nint top(void) { return dep_a() + dep_b(); }\n",
                          "-Wl,-soname,libtop.so", f"-L{packages}", "-ldep")
    real = adapt_libnode.system_library
    monkeypatch.setattr(adapt_libnode, "system_library", lambda soname: system / soname if (system / soname).exists() else real(soname))
    # the system's libdep lacks dep_b, which the compat library does not supply either
    libraries, _, to_supply, refusals = adapt_libnode.plan(top, supplied=set())
    assert libraries["libdep.so"][1], "shipped"
    assert libraries["libdep.so"][0].path == packages / "libdep.so"
    assert (to_supply, refusals) == (set(), [])
    # when the system's copy is enough, it is the one used
    compile_library(system, "libdep.so", "int dep_a(void) { return 1; }\nint dep_b(void) { return 2; }\n",
                    "-Wl,-soname,libdep.so")
    libraries, _, _, _ = adapt_libnode.plan(top, supplied=set())
    assert libraries["libdep.so"][0].path == system / "libdep.so" and not libraries["libdep.so"][1]
