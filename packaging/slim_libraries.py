"""Smaller stand-ins, made at build time, for libraries the bundle must carry but whose bulk
the app never uses. installer.spec swaps them in for the originals (`slim`).

- **FFmpeg's encoder, network and device libraries** in PyAV's wheel (Linux, av.libs: x265
  20.6 MB, SVT-AV1 7.1 MB, libvpx 2.3 MB, x264 2.2 MB, LAME 0.4 MB; GnuTLS 2.3 MB for
  https:// with the 2.9 MB it needs (libunistring, GMP, Nettle); ALSA 1.2 MB for sound
  devices; Intel's VPL 0.4 MB for hardware codecs). FFmpeg links to them, so they cannot
  simply be left out, but the app only decodes files it hands over itself
  (services/media_probe.py) and FFmpeg decodes H.264, HEVC, VP8/9, MP3 and the rest with its
  own decoders (AV1 with dav1d, kept). Each is replaced by a stub of a few kilobytes with the
  same name that defines what the bundle's libraries take from it: functions that return 0
  (x265_api_get's "not available", gnutls_global_init's success; an encoder that would open
  fails) and zeroed data. A library that only a replaced one needed goes. x264 and x265 are
  GPL: with the stubs no GPL code is left in the bundle.
  - Linux (ELF): under the same soname and symbol versions, built with `cc`; read with
    binutils (`nm`, `readelf`).
  - Windows (PE, av.libs, delvewheel's names): x265 12.7 MB, SVT-AV1 7.7 MB, libvpx 2.6 MB,
    x264 2.3 MB, VPL 0.4 MB, LAME 0.4 MB; then libstdc++ (2.7 MB) and libgcc_s_seh go. A DLL
    of the same file name exporting by name what the import tables of the others take from
    it, without a C runtime; built with MinGW-w64's gcc (`gcc` there, the cross compiler
    elsewhere; $STUB_CC to choose).
  - macOS (Mach-O, av/.dylibs, delocate's): x265, SVT-AV1, libvpx, x264, LAME (arm64 14 MB,
    x86_64 32 MB). A dylib with the original's install name, current and compatibility
    versions, minimum macOS and architecture, defining what the others bind to it (two-level
    namespace); built with Apple's clang (`cc`; $STUB_CC to choose).
  The PE and Mach-O files are read here (`read_pe`, `read_macho`: no tools needed), and each
  built stub is read back: the build stops if it lacks a symbol a dependent takes.
- **ICU's data** (Linux: libicudata, 32 MB, linked by QtCore). Qt uses ICU for collation
  (QCollator: Qt's own file dialog sorts names with it) and, past that, for things the app
  does not do (time-zone names, legacy text encodings; no break iterators: Qt breaks lines
  itself). The stand-in keeps
  the collation of every language, the core property and normalization files and the small
  non-locale tables, and drops converters, break iterators and the display names of locales,
  currencies, units, regions and zones (5 MB kept).

Loaded by file path from installer.spec, like bundle_rules.py.
"""

from __future__ import annotations

import functools
import os
import re
import struct
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

# av.libs/libx265-f5385bb8.so.216 -> "x265"
STUBBED = re.compile(
    r"(?:^|/)av\.libs/lib(x264|x265|SvtAv1Enc|vpx|mp3lame|gnutls|asound|vpl)-[0-9a-f]+\.so[.0-9]*$"
)
# Libraries that go when nothing kept links to them any more.
DROPPABLE = re.compile(r"(?:^|/)av\.libs/[^/]+$")
ICU_DATA = re.compile(r"(?:^|/)libicudata\.so\.(\d+)$")
# Windows (delvewheel's names): av.libs/libx264-165-f3a909470ddc2d85ed21eda3d0fb7954.dll
STUBBED_DLL = re.compile(
    r"(?:^|/)av\.libs/lib(x264|x265|SvtAv1Enc|vpx|mp3lame|vpl)(?:-\d+)?-[0-9a-f]+\.dll$", re.I
)
# macOS (delocate's folder): av/.dylibs/libx264.165.dylib
STUBBED_DYLIB = re.compile(
    r"(?:^|/)av/\.dylibs/lib(x264|x265|SvtAv1Enc|vpx|mp3lame)\.[.0-9]*dylib$"
)
DROPPABLE_DYLIB = re.compile(r"(?:^|/)av/\.dylibs/[^/]+$")


class System(NamedTuple):
    """How one system's libraries are read and stood in for."""

    stubbed: re.Pattern[str]
    droppable: re.Pattern[str]
    name: Callable[[Path], str]  # the name other binaries link to the library by
    needed: Callable[[Path], set[str]]  # the names a binary links to
    make_stub: Callable[[Path, Iterable[Path], Path], Path]
    icu_data: bool  # whether ICU's data is trimmed too (Linux: Qt's own libicudata)


def system_for(platform: str = sys.platform) -> System:
    if platform == "win32":
        return System(STUBBED_DLL, DROPPABLE, pe_name, pe_needed, make_pe_stub, False)
    if platform == "darwin":
        return System(
            STUBBED_DYLIB, DROPPABLE_DYLIB, macho_name, macho_needed, make_macho_stub, False
        )
    return System(STUBBED, DROPPABLE, _soname, _needed, make_stub, True)


def slim(
    binaries: list[tuple[str, str, str]], workdir: Path, platform: str = sys.platform
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """`binaries` (PyInstaller's TOC) with FFmpeg's unused libraries (and on Linux ICU's
    data) replaced by stand-ins built in `workdir`, and a line for each replacement saying
    what it saved."""
    system = system_for(platform)
    sources = [Path(source) for _dest, source, kind in binaries if kind != "SYMLINK"]
    result: list[tuple[str, str, str]] = []
    lines: list[str] = []
    for dest, source, kind in binaries:
        name = dest.replace("\\", "/")
        if kind == "SYMLINK":  # a link to a library: it follows the library
            result.append((dest, source, kind))
            continue
        if system.stubbed.search(name):
            wanted = system.name(Path(source))
            dependents = [path for path in sources if wanted in system.needed(path)]
            made = system.make_stub(Path(source), dependents, workdir)
        elif system.icu_data and (icu := ICU_DATA.search(name)) is not None:
            made = make_icu_data(Path(source), icu.group(1), workdir)
        else:
            result.append((dest, source, kind))
            continue
        lines.append(
            f"{Path(dest).name}: {Path(source).stat().st_size / 1e6:.1f} MB"
            f" -> {made.stat().st_size / 1e6:.2f} MB"
        )
        result.append((dest, str(made), kind))
    return _without_orphans(result, lines, system)


def _without_orphans(
    binaries: list[tuple[str, str, str]], lines: list[str], system: System | None = None
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop the droppable libraries nothing kept links to (what only a stub's original
    needed), until none is left."""
    system = system or system_for("linux")
    while True:
        needed: set[str] = set()
        for _dest, source, kind in binaries:
            if kind != "SYMLINK":
                needed |= system.needed(Path(source))
        orphans = {
            dest
            for dest, source, kind in binaries
            if kind != "SYMLINK"
            and system.droppable.search(dest.replace("\\", "/"))
            and system.name(Path(source)) not in needed
        }
        if not orphans:
            return binaries, lines
        for dest, source, _kind in binaries:
            if dest in orphans:
                lines.append(
                    f"{Path(dest).name}: {Path(source).stat().st_size / 1e6:.1f} MB -> gone"
                )
        binaries = [entry for entry in binaries if entry[0] not in orphans]


# x264's and x265's libraries by file name, whatever the system names them.
_GPL = re.compile(r"(?:^|[/\\])(?:lib)?x26[45][-.][^/\\]*$", re.I)


def gpl_left(binaries: Iterable[tuple[str, str, str]]) -> list[str]:
    """The bundle's x264 and x265 libraries that are not stubs (a stub is a few kilobytes,
    the real ones megabytes): installer.spec stops the build if there is one."""
    return [
        dest
        for dest, source, kind in binaries
        if kind != "SYMLINK" and _GPL.search(dest) and Path(source).stat().st_size > 100_000
    ]


# -- stubs ----------------------------------------------------------------------------------


def stub_source(symbols: dict[str, tuple[bool, int]], *, strip: str = "") -> str:
    """C that defines `symbols` (name -> (a function?, size in bytes)): functions that
    return 0, zeroed data. `strip`: the prefix the system's C compiler adds (Mach-O: "_")."""
    lines = ["/* Stand-in for a library the app never uses: made by slim_libraries.py */"]
    for symbol, (function, size) in sorted(symbols.items()):
        name = symbol.removeprefix(strip)
        if not symbol.startswith(strip) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise SystemExit(f"{symbol}: not a C name, no stub for it")
        if function:
            lines.append(f"long {name}(void) {{ return 0; }}")
        else:
            lines.append(f"char {name}[{min(max(size, 1), _MOST_DATA)}] = {{0}};")
    return "\n".join(lines) + "\n"


# A data symbol's size where the format does not record it is the room up to the next symbol:
# that can be more than the real object (zeroed, in .bss, so it costs no disk), kept sane.
_MOST_DATA = 1 << 20


def make_stub(library: Path, dependents: Iterable[Path], workdir: Path) -> Path:
    """A library with `library`'s soname defining what `dependents` take from it."""
    workdir.mkdir(parents=True, exist_ok=True)
    # name -> the version the dependents ask for ("" when unversioned)
    wanted: dict[str, str] = {}
    for dependent in dependents:
        wanted.update(_undefined_symbols(dependent))
    symbols: dict[str, tuple[bool, int]] = {}
    versions: dict[str, list[str]] = {}
    for symbol, (kind, size) in _defined_symbols(library).items():
        if symbol not in wanted:
            continue
        symbols[symbol] = (kind in "TtWwi", size)
        if wanted[symbol]:
            versions.setdefault(wanted[symbol], []).append(symbol)
    soname = _soname(library)
    source = workdir / f"{soname}.c"
    source.write_text(stub_source(symbols))
    stub = workdir / library.name
    command = ["cc", "-shared", "-fPIC", "-O2", "-fno-builtin", "-w", f"-Wl,-soname,{soname}"]
    if versions:
        script = workdir / f"{soname}.map"
        script.write_text(
            "".join(
                f"{version} {{ global: {'; '.join(symbols)}; }};\n"
                for version, symbols in sorted(versions.items())
            )
        )
        command.append(f"-Wl,--version-script={script}")
    _run([*command, "-o", str(stub), str(source)])
    return stub


@functools.cache
def _needed(binary: Path) -> set[str]:
    """The sonames an ELF file links to (nothing for what is not a shared library)."""
    is_library = binary.suffix == ".so" or ".so." in binary.name
    if not (is_library and binary.is_file()):
        return set()
    dynamic = _run(["readelf", "-dW", str(binary)], check=False)
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^]]+)\]", dynamic))


@functools.cache
def _soname(library: Path) -> str:
    match = re.search(r"Library soname: \[([^]]+)\]", _run(["readelf", "-dW", str(library)]))
    return match.group(1) if match else library.name


def _undefined_symbols(binary: Path) -> dict[str, str]:
    """What `binary` takes from other libraries: name -> version ("" when unversioned)."""
    out = _run(["nm", "-D", "--undefined-only", str(binary)])
    symbols = {}
    for line in out.splitlines():
        if line.strip():
            name, _, version = line.split()[1].partition("@")
            symbols[name] = version.lstrip("@")
    return symbols


def _defined_symbols(library: Path) -> dict[str, tuple[str, int]]:
    """Exported symbols: name -> (nm's type letter, size in bytes)."""
    symbols: dict[str, tuple[str, int]] = {}
    for line in _run(["nm", "-D", "-S", "--defined-only", str(library)]).splitlines():
        fields = line.split()
        if len(fields) == 4:
            _address, size, kind, name = fields
        elif len(fields) == 3:
            _address, kind, name = fields
            size = "0"
        else:
            continue
        symbols[name.partition("@")[0]] = (kind, int(size, 16))
    return symbols


# -- Windows (PE) and macOS (Mach-O) ---------------------------------------------------------


class _Section(NamedTuple):
    address: int  # where it is loaded (PE: relative to the image)
    size: int
    offset: int  # where it is in the file
    raw_size: int
    code: bool


class Binary(NamedTuple):
    """What a PE or Mach-O file takes from the libraries it links to and what it exports."""

    imports: dict[str, set[str]]  # library's name (PE: lowercase) -> symbols taken from it
    exports: dict[str, tuple[bool, int]]  # name -> (a function?, size in bytes)
    libraries: tuple[str, ...]  # what it links to (Mach-O: also those it takes nothing from)
    install_name: str = ""  # Mach-O: the library's own (LC_ID_DYLIB)
    current_version: int = 0
    compatibility_version: int = 0
    minimum_macos: int = 0
    arch: str = ""


def _c_string(data: bytes, offset: int) -> str:
    return data[offset : data.index(b"\0", offset)].decode("ascii", "replace")


def _sizes(
    symbols: dict[str, int], sections: list[_Section], code: Callable[[int], bool]
) -> dict[str, tuple[bool, int]]:
    """name -> (a function?, the room up to the next symbol or the end of its section)."""
    starts = sorted(set(symbols.values()))
    result = {}
    for name, address in symbols.items():
        section = next((s for s in sections if s.address <= address < s.address + s.size), None)
        end = section.address + section.size if section else address + 1
        following = next((a for a in starts if a > address), end)
        result[name] = (code(address), min(following, end) - address)
    return result


@functools.cache
def read_pe(binary: Path) -> Binary | None:
    """A PE file's import and export tables (None for anything else)."""
    data = binary.read_bytes()
    if data[:2] != b"MZ":
        return None
    header = struct.unpack_from("<I", data, 0x3C)[0]
    if data[header : header + 4] != b"PE\0\0":
        return None
    count, optional_size = struct.unpack_from("<H12xH", data, header + 6)
    optional = header + 24
    wide = struct.unpack_from("<H", data, optional)[0] == 0x20B  # PE32+
    directories = optional + (112 if wide else 96)
    sections = []
    for index in range(count):
        virtual_size, address, raw_size, offset = struct.unpack_from(
            "<IIII", data, optional + optional_size + 40 * index + 8
        )
        flags = struct.unpack_from("<I", data, optional + optional_size + 40 * index + 36)[0]
        code = bool(flags & 0x20000020)  # IMAGE_SCN_MEM_EXECUTE | IMAGE_SCN_CNT_CODE
        sections.append(_Section(address, virtual_size, offset, raw_size, code))

    def at(address: int) -> int:
        for section in sections:
            if section.address <= address < section.address + section.raw_size:
                return section.offset + address - section.address
        raise SystemExit(f"{binary.name}: address {address:#x} is in no section")

    imports: dict[str, set[str]] = {}
    table = struct.unpack_from("<I", data, directories + 8)[0]
    while table:
        lookup, _stamp, _chain, name, first = struct.unpack_from("<IIIII", data, at(table))
        if not name:
            break
        symbols = imports.setdefault(_c_string(data, at(name)).lower(), set())
        thunk, step = at(lookup or first), 8 if wide else 4
        by_ordinal = 1 << (63 if wide else 31)
        while value := struct.unpack_from("<Q" if wide else "<I", data, thunk)[0]:
            ordinal = value & 0xFFFF
            symbols.add(f"#{ordinal}" if value & by_ordinal else _c_string(data, at(value) + 2))
            thunk += step
        table += 20
    exported: dict[str, int] = {}
    table, table_size = struct.unpack_from("<II", data, directories)
    if table:
        # NumberOfNames, AddressOfFunctions, AddressOfNames, AddressOfNameOrdinals
        names, functions, name_table, ordinals = struct.unpack_from("<IIII", data, at(table) + 24)
        for index in range(names):
            name = _c_string(
                data, at(struct.unpack_from("<I", data, at(name_table) + 4 * index)[0])
            )
            ordinal = struct.unpack_from("<H", data, at(ordinals) + 2 * index)[0]
            exported[name] = struct.unpack_from("<I", data, at(functions) + 4 * ordinal)[0]

    def is_code(address: int) -> bool:
        if table <= address < table + table_size:  # forwarded to another DLL
            return True
        return any(s.code for s in sections if s.address <= address < s.address + s.size)

    return Binary(imports, _sizes(exported, sections, is_code), tuple(imports))


def pe_name(library: Path) -> str:
    """The name PE files import a DLL by: its file name (delvewheel's, with the hash)."""
    return library.name.lower()


def pe_needed(binary: Path) -> set[str]:
    read = read_pe(binary) if binary.suffix.lower() in (".dll", ".pyd", ".exe") else None
    return set(read.libraries) if read else set()


def pe_stub_command(library: Path, dependents: Iterable[Path], workdir: Path) -> list[str]:
    """Writes the C source and the export list (.def) of a DLL named like `library` that
    exports what `dependents` import from it; returns the command (MinGW-w64's gcc: `gcc`
    on Windows, the cross compiler elsewhere, or $STUB_CC) that builds it."""
    real = read_pe(library)
    if real is None:
        raise SystemExit(f"{library}: not a PE file")
    wanted = _wanted([read_pe(path) for path in dependents], pe_name(library), real.exports)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"{library.stem}.c"
    source.write_text(
        stub_source({name: real.exports[name] for name in wanted})
        # No C runtime: the entry point the linker looks for, which only says "loaded".
        + "int __stdcall DllMainCRTStartup(void *module, unsigned long why, void *unused)"
        " { return 1; }\n"
    )
    exports = workdir / f"{library.stem}.def"
    exports.write_text(
        f'LIBRARY "{library.name}"\nEXPORTS\n'
        + "".join(
            f"    {name}{'' if real.exports[name][0] else ' DATA'}\n" for name in sorted(wanted)
        )
    )
    compiler = os.environ.get("STUB_CC") or (
        "gcc" if sys.platform == "win32" else "x86_64-w64-mingw32-gcc"
    )
    return [
        compiler, "-shared", "-nostdlib", "-O2", "-fno-builtin", "-w", "-s",
        "-Wl,--entry,DllMainCRTStartup", "-o", str(workdir / library.name), str(source),
        str(exports),
    ]  # fmt: skip


def make_pe_stub(library: Path, dependents: Iterable[Path], workdir: Path) -> Path:
    dependents = list(dependents)
    _run(pe_stub_command(library, dependents, workdir))
    stub = workdir / library.name
    _check_stub(read_pe(stub), [read_pe(path) for path in dependents], pe_name(library), stub)
    return stub


_LOAD_DYLIB = {0xC, 0x18 | 0x80000000, 0x1F | 0x80000000, 0x20, 0x23 | 0x80000000}
_ARCHES = {0x01000007: "x86_64", 0x0100000C: "arm64"}


@functools.cache
def read_macho(binary: Path) -> Binary | None:
    """A 64-bit Mach-O file's symbols (by the library each is bound to: two-level
    namespace), its own install name, versions, minimum macOS and architecture."""
    with binary.open("rb") as file:
        magic = file.read(4)
    if magic in (b"\xca\xfe\xba\xbe", b"\xbe\xba\xfe\xca"):
        raise SystemExit(f"{binary}: a universal binary, not handled (the wheels are thin)")
    if magic != b"\xcf\xfa\xed\xfe":
        return None
    data = binary.read_bytes()
    cpu, commands, flags = struct.unpack_from("<I8xI4xI", data, 4)
    if not flags & 0x80:  # MH_TWOLEVEL
        raise SystemExit(f"{binary}: flat namespace, not handled")
    sections: list[_Section] = []
    libraries: list[str] = []
    own = ("", 0, 0)
    symtab = (0, 0, 0)
    minimum = 0
    at = 32
    for _ in range(commands):
        command, size = struct.unpack_from("<II", data, at)
        if command == 0x19:  # LC_SEGMENT_64
            for index in range(struct.unpack_from("<I", data, at + 64)[0]):
                header = at + 72 + 80 * index
                address, length, offset = struct.unpack_from("<QQI", data, header + 32)
                section_flags = struct.unpack_from("<I", data, header + 64)[0]
                code = bool(section_flags & 0x80000400)  # PURE_ or SOME_INSTRUCTIONS
                sections.append(_Section(address, length, offset, length, code))
        elif command == 0x2:  # LC_SYMTAB
            symtab = struct.unpack_from("<III", data, at + 8)
        elif command in _LOAD_DYLIB or command == 0xD:  # LC_ID_DYLIB
            name_at, _stamp, current, compatibility = struct.unpack_from("<IIII", data, at + 8)
            path = _c_string(data, at + name_at)
            if command == 0xD:
                own = (path, current, compatibility)
            else:
                libraries.append(path.rsplit("/", 1)[-1])
        elif command == 0x32:  # LC_BUILD_VERSION
            minimum = struct.unpack_from("<I", data, at + 12)[0]
        elif command == 0x24:  # LC_VERSION_MIN_MACOSX
            minimum = struct.unpack_from("<I", data, at + 8)[0]
        at += size
    imports: dict[str, set[str]] = {}
    defined: dict[str, int] = {}
    external: set[str] = set()
    symbol_at, count, strings = symtab
    for index in range(count):
        name_at, kind, section, description, value = struct.unpack_from(
            "<IBBHQ", data, symbol_at + 16 * index
        )
        if kind & 0xE0:  # debugging entries
            continue
        name = _c_string(data, strings + name_at)
        ordinal = description >> 8
        if kind & 0x0E == 0 and kind & 1 and 1 <= ordinal <= len(libraries):  # undefined
            imports.setdefault(libraries[ordinal - 1], set()).add(name)
        elif kind & 0x0E == 0xE and section:  # defined in a section
            defined[name] = value
            if kind & 0x11 == 0x01:  # external, not private
                external.add(name)

    def is_code(address: int) -> bool:
        return any(s.code for s in sections if s.address <= address < s.address + s.size)

    sizes = _sizes(defined, sections, is_code)
    exports = {name: sizes[name] for name in external}
    return Binary(imports, exports, tuple(libraries), *own, minimum, _ARCHES.get(cpu, ""))


def macho_name(library: Path) -> str:
    """The name Mach-O files link to a library by: its install name's last part
    (delocate's @loader_path/libx264.165.dylib, PyInstaller's @rpath/libx264.165.dylib)."""
    read = read_macho(library)
    return (read.install_name if read and read.install_name else str(library)).rsplit("/", 1)[-1]


def macho_needed(binary: Path) -> set[str]:
    read = read_macho(binary) if binary.is_file() else None
    return set(read.libraries) if read else set()


def _version(value: int) -> str:
    return f"{value >> 16}.{(value >> 8) & 0xFF}.{value & 0xFF}"


def macho_stub_command(library: Path, dependents: Iterable[Path], workdir: Path) -> list[str]:
    """Writes the C source of a dylib with `library`'s install name, versions, minimum
    macOS and architecture that exports what `dependents` take from it; returns the
    command (Apple's clang, `cc`, or $STUB_CC) that builds it."""
    real = read_macho(library)
    if real is None or not real.install_name:
        raise SystemExit(f"{library}: not a Mach-O library")
    wanted = _wanted([read_macho(path) for path in dependents], macho_name(library), real.exports)
    workdir.mkdir(parents=True, exist_ok=True)
    source = workdir / f"{library.name}.c"
    source.write_text(stub_source({name: real.exports[name] for name in wanted}, strip="_"))
    command = [os.environ.get("STUB_CC", "cc"), "-dynamiclib", "-arch", real.arch]
    if real.minimum_macos:
        command.append(f"-mmacosx-version-min={_version(real.minimum_macos)}")
    command += ["-O2", "-fno-builtin", "-w", "-install_name", real.install_name]
    # dyld refuses a library older than the compatibility version its dependents recorded.
    if real.current_version:
        command += ["-current_version", _version(real.current_version)]
    if real.compatibility_version:
        command += ["-compatibility_version", _version(real.compatibility_version)]
    # Room for PyInstaller to rewrite the install name (@rpath/...).
    command += ["-headerpad_max_install_names", "-o", str(workdir / library.name), str(source)]
    return command


def make_macho_stub(library: Path, dependents: Iterable[Path], workdir: Path) -> Path:
    dependents = list(dependents)
    _run(macho_stub_command(library, dependents, workdir))
    stub = workdir / library.name
    read = [read_macho(path) for path in dependents]
    _check_stub(read_macho(stub), read, macho_name(library), stub)
    return stub


def _wanted(
    dependents: list[Binary | None], name: str, exports: dict[str, tuple[bool, int]]
) -> set[str]:
    """What the dependents take from the library called `name`, all of which it must export."""
    wanted = set().union(*(read.imports.get(name, set()) for read in dependents if read))
    if missing := sorted(wanted - set(exports)):
        raise SystemExit(f"{name}: its dependents take {missing[:5]}, which it does not export")
    return wanted


def _check_stub(
    stub: Binary | None, dependents: list[Binary | None], name: str, path: Path
) -> None:
    """The built stub exports everything its dependents take from it."""
    exports = set(stub.exports) if stub else set()
    wanted = set().union(*(read.imports.get(name, set()) for read in dependents if read))
    if missing := sorted(wanted - exports):
        raise SystemExit(f"{path}: the stub does not export {missing[:5]}")


# -- ICU data --------------------------------------------------------------------------------

# Kept of ICU's data, by item name (without the "icudt73l/" prefix).
_ICU_KEPT_TREES = ("coll/",)
# Top-level .res files named like a locale ("de", "zh_Hant_TW") hold its display names and
# formats; the others (root, pool, likelySubtags, supplementalData...) are shared tables.
_LOCALE_RES = re.compile(r"^(?!root\.|pool\.|res_index\.)[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")


def keep_icu_item(name: str) -> bool:
    """Whether an item of ICU's common data (its name without the package prefix) stays."""
    if name.startswith(_ICU_KEPT_TREES):
        return True
    if "/" in name:  # brkitr, curr, lang, rbnf, region, translit, unit, zone
        return False
    if name.endswith(".cnv"):  # legacy text encodings; UTF-8/16/32 and Latin-1 are Qt's own
        return False
    return not _LOCALE_RES.match(name)


def make_icu_data(library: Path, version: str, workdir: Path) -> Path:
    """libicudata.so.NN holding only the items `keep_icu_item` accepts."""
    workdir.mkdir(parents=True, exist_ok=True)
    symbol = f"icudt{version}_dat"
    blob = _symbol_bytes(library, symbol)
    trimmed = workdir / f"icudt{version}l.dat"
    trimmed.write_bytes(trim_icu_package(blob, keep_icu_item))
    assembly = workdir / f"icudt{version}.S"
    assembly.write_text(
        "\n".join(
            [
                "    .section .rodata",
                f"    .globl {symbol}",
                f"    .type {symbol}, @object",
                "    .balign 16",
                f"{symbol}:",
                f'    .incbin "{trimmed}"',
                f"    .size {symbol}, . - {symbol}",
                '    .section .note.GNU-stack,"",@progbits',
                "",
            ]
        )
    )
    out = workdir / library.name
    _run(
        ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(assembly)]
    )
    return out


def trim_icu_package(blob: bytes, keep: Callable[[str], bool]) -> bytes:
    """ICU common data (the "CmnD" package format: a header, then a table of contents of
    name and data offsets, the names, then the items) with only the items `keep(name)`
    accepts, in the same (sorted) order. Items stay 16-byte aligned, as ICU wants."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise SystemExit("not ICU common data")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items: list[tuple[bytes, bytes]] = []
    for index, (name_offset, data_offset) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        full_name = toc[name_offset : toc.index(b"\0", name_offset)]
        short = full_name.decode("ascii").split("/", 1)[1]
        if keep(short):
            items.append((full_name, toc[data_offset:end]))
    table_size = 4 + 8 * len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    name_offsets, offset = [], table_size
    for name, _ in items:
        name_offsets.append(offset)
        offset += len(name) + 1
    data = bytearray()
    data_start = _align(table_size + len(names), 16)
    # Header + table of contents: the header's size keeps the first item aligned in memory.
    data_offsets = []
    for _name, item in items:
        data_offsets.append(data_start + len(data))
        data += item
        data += b"\0" * (_align(len(data), 16) - len(data))
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    body = table + names
    body += b"\0" * (data_start - len(body))
    return blob[:header_size] + body + bytes(data)


def _align(value: int, to: int) -> int:
    return (value + to - 1) // to * to


def _symbol_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of a defined data symbol, found through the file's program headers."""
    address = size = None
    for line in _run(["nm", "-D", "-S", "--defined-only", str(library)]).splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            address, size = int(fields[0], 16), int(fields[1], 16)
    if address is None or size is None:
        raise SystemExit(f"{library.name}: no symbol {symbol}")
    for line in _run(["readelf", "-lW", str(library)]).splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesz:
                with library.open("rb") as file:
                    file.seek(offset + address - vaddr)
                    return file.read(size)
    raise SystemExit(f"{library.name}: {symbol} is in no loaded segment")


def _run(command: list[str], *, check: bool = True) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr[-2000:]}")
    return result.stdout
