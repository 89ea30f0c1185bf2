"""What the dynamic loader sees in a shared library: its soname, the libraries it needs, the
symbols it defines and the ones it expects others to define, with their symbol versions.

Only 64-bit little-endian ELF (x86-64 and arm64 Linux), which is all Debian's libnode comes as.
Used at build time to check a libnode built for a newer Debian against this system's libraries,
and to mark the version requirements this system cannot meet as weak (see ``weaken``).
"""

from __future__ import annotations

import functools
import struct
from dataclasses import dataclass, field
from pathlib import Path

SHT_DYNSYM = 11
SHT_DYNAMIC = 6
SHT_GNU_VERDEF = 0x6FFFFFFD
SHT_GNU_VERNEED = 0x6FFFFFFE
SHT_GNU_VERSYM = 0x6FFFFFFF
DT_NEEDED = 1
DT_SONAME = 14
SHN_UNDEF = 0
STB_WEAK = 2
VER_FLG_WEAK = 0x2
VERSYM_HIDDEN = 0x8000


class NotELF(Exception):
    pass


@dataclass(frozen=True)
class Symbol:
    name: str
    version: str | None  # None: unversioned
    defined: bool
    weak: bool
    hidden: bool = False  # an old version kept for old binaries: only references to it bind


@dataclass
class Requirement:
    """One entry of .gnu.version_r: ``version`` of the library ``file``, and where its flags are."""

    file: str
    version: str
    weak: bool
    flags_offset: int  # file offset of the entry's vna_flags


@dataclass
class SharedLibrary:
    path: Path
    soname: str | None = None
    needed: list[str] = field(default_factory=list)
    symbols: list[Symbol] = field(default_factory=list)
    versions_defined: set[str] = field(default_factory=set)
    requirements: list[Requirement] = field(default_factory=list)

    @functools.cached_property
    def definitions(self) -> dict[str, list[Symbol]]:
        """The symbols defined here, by name."""
        found: dict[str, list[Symbol]] = {}
        for symbol in self.symbols:
            if symbol.defined:
                found.setdefault(symbol.name, []).append(symbol)
        return found

    def defines(self, name: str, version: str | None) -> bool:
        """Whether a reference to name (at version, or unversioned) can bind here."""
        for symbol in self.definitions.get(name, ()):
            if (symbol.version in (None, version)) if version else not symbol.hidden:
                return True
        return False

    def undefined(self) -> list[Symbol]:
        """The references the loader must satisfy elsewhere (weak ones may stay unbound)."""
        return [s for s in self.symbols if not s.defined and not s.weak]


def _cstring(data: bytes, offset: int) -> str:
    return data[offset : data.index(b"\0", offset)].decode()


def read(path: Path) -> SharedLibrary:
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise NotELF(f"{path} is not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = []
    for i in range(shnum):
        _name, kind, _flags, _addr, offset, size, link, info, _align, entsize = struct.unpack_from(
            "<IIQQQQIIQQ", data, shoff + i * shentsize
        )
        sections.append((kind, offset, size, link, info, entsize))

    def strings_of(index: int) -> int:
        return sections[index][1]  # a string table's file offset

    library = SharedLibrary(path)
    version_names: dict[int, str] = {}
    for kind, offset, size, link, info, _ in sections:
        strtab = strings_of(link) if kind in (SHT_DYNAMIC, SHT_GNU_VERDEF, SHT_GNU_VERNEED, SHT_DYNSYM) else 0
        if kind == SHT_DYNAMIC:
            for at in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", data, at)
                if tag == DT_NEEDED:
                    library.needed.append(_cstring(data, strtab + value))
                elif tag == DT_SONAME:
                    library.soname = _cstring(data, strtab + value)
        elif kind == SHT_GNU_VERDEF:
            at = offset
            for _ in range(info):
                _v, flags, index, _cnt, _hash, aux, next_ = struct.unpack_from("<HHHHIII", data, at)
                name_offset, = struct.unpack_from("<I", data, at + aux)
                if not flags & 0x1:  # VER_FLG_BASE names the file itself, not a version
                    name = _cstring(data, strtab + name_offset)
                    version_names[index] = name
                    library.versions_defined.add(name)
                at += next_
        elif kind == SHT_GNU_VERNEED:
            at = offset
            for _ in range(info):
                _v, count, file_offset, aux, next_ = struct.unpack_from("<HHIII", data, at)
                file = _cstring(data, strtab + file_offset)
                entry = at + aux
                for _ in range(count):
                    _hash, flags, index, name_offset, next_aux = struct.unpack_from("<IHHII", data, entry)
                    name = _cstring(data, strtab + name_offset)
                    version_names[index] = name
                    library.requirements.append(Requirement(file, name, bool(flags & VER_FLG_WEAK), entry + 4))
                    entry += next_aux
                at += next_

    versym = next((s for s in sections if s[0] == SHT_GNU_VERSYM), None)
    for kind, offset, size, link, _info, entsize in sections:
        if kind != SHT_DYNSYM:
            continue
        strtab = strings_of(link)
        for i in range(1, size // entsize):
            name_offset, st_info, _other, shndx, _value, _size = struct.unpack_from("<IBBHQQ", data, offset + i * entsize)
            ndx = 0
            if versym is not None:
                ndx, = struct.unpack_from("<H", data, versym[1] + 2 * i)
            library.symbols.append(
                Symbol(
                    _cstring(data, strtab + name_offset),
                    version_names.get(ndx & ~VERSYM_HIDDEN),  # 0 and 1 mean unversioned
                    shndx != SHN_UNDEF,
                    st_info >> 4 == STB_WEAK,
                    bool(ndx & VERSYM_HIDDEN),
                )
            )
    return library


def weaken(library: SharedLibrary, requirements: list[Requirement]) -> None:
    """Mark version requirements weak, in place: the loader then accepts a system that lacks
    those versions, and binds their symbols to any unversioned definition it finds (ours)."""
    with open(library.path, "r+b") as file:
        for requirement in requirements:
            file.seek(requirement.flags_offset)
            flags, = struct.unpack("<H", file.read(2))
            file.seek(requirement.flags_offset)
            file.write(struct.pack("<H", flags | VER_FLG_WEAK))
            requirement.weak = True
