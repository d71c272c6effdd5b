"""Smaller stand-ins, made at build time on Linux, for libraries the bundle must carry but
whose bulk the app never uses. installer.spec swaps them in for the originals (`slim`).

- **FFmpeg's encoder, network and device libraries** in PyAV's wheel (av.libs: x265 20.6 MB,
  SVT-AV1 7.1 MB, libvpx 2.3 MB, x264 2.2 MB, LAME 0.4 MB; GnuTLS 2.3 MB for https:// with
  the 2.9 MB it needs (libunistring, GMP, Nettle); ALSA 1.2 MB for sound devices; Intel's
  VPL 0.4 MB for hardware codecs). FFmpeg links to them, so they cannot simply be left out,
  but the app only decodes files it hands over itself (services/media_probe.py) and FFmpeg
  decodes H.264, HEVC, VP8/9, MP3 and the rest with its own decoders (AV1 with dav1d, kept).
  Each is replaced by a stub of a few kilobytes with the same name that defines what the
  bundle's libraries take from it, under the same symbol versions: functions that return 0
  (x265_api_get's "not available", gnutls_global_init's success; an encoder that would open
  fails) and zeroed data. A library that only a replaced one needed goes. x264 and x265 are
  GPL: with the stubs no GPL code is left in the Linux bundle.
- **ICU's data** (libicudata, 32 MB, linked by QtCore). Qt uses ICU for collation
  (QCollator: Qt's own file dialog sorts names with it) and, past that, for things the app
  does not do (time-zone names, legacy text encodings; no break iterators: Qt breaks lines
  itself). The stand-in keeps
  the collation of every language, the core property and normalization files and the small
  non-locale tables, and drops converters, break iterators and the display names of locales,
  currencies, units, regions and zones (5 MB kept).

Needs a C compiler (`cc`) and binutils (`nm`, `readelf`, which PyInstaller's strip uses too).
Loaded by file path from installer.spec, like bundle_rules.py.
"""

from __future__ import annotations

import functools
import re
import struct
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

# av.libs/libx265-f5385bb8.so.216 -> "x265"
STUBBED = re.compile(
    r"(?:^|/)av\.libs/lib(x264|x265|SvtAv1Enc|vpx|mp3lame|gnutls|asound|vpl)-[0-9a-f]+\.so[.0-9]*$"
)
# Libraries that go when nothing kept links to them any more.
DROPPABLE = re.compile(r"(?:^|/)av\.libs/[^/]+$")
ICU_DATA = re.compile(r"(?:^|/)libicudata\.so\.(\d+)$")


def slim(
    binaries: list[tuple[str, str, str]], workdir: Path
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """`binaries` (PyInstaller's TOC) with FFmpeg's unused libraries and ICU's data replaced
    by stand-ins built in `workdir`, and a line for each replacement saying what it saved."""
    sources = [Path(source) for _dest, source, kind in binaries if kind != "SYMLINK"]
    result: list[tuple[str, str, str]] = []
    lines: list[str] = []
    for dest, source, kind in binaries:
        name = dest.replace("\\", "/")
        if kind == "SYMLINK":  # a link to a library: it follows the library
            result.append((dest, source, kind))
            continue
        if STUBBED.search(name):
            dependents = [path for path in sources if _needs(path, _soname(Path(source)))]
            made = make_stub(Path(source), dependents, workdir)
        elif (icu := ICU_DATA.search(name)) is not None:
            made = make_icu_data(Path(source), icu.group(1), workdir)
        else:
            result.append((dest, source, kind))
            continue
        lines.append(
            f"{Path(dest).name}: {Path(source).stat().st_size / 1e6:.1f} MB"
            f" -> {made.stat().st_size / 1e6:.2f} MB"
        )
        result.append((dest, str(made), kind))
    return _without_orphans(result, lines)


def _without_orphans(
    binaries: list[tuple[str, str, str]], lines: list[str]
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop the DROPPABLE libraries nothing kept links to (what only a stub's original
    needed), until none is left."""
    while True:
        needed: set[str] = set()
        for _dest, source, kind in binaries:
            if kind != "SYMLINK":
                needed |= _needed(Path(source))
        orphans = {
            dest
            for dest, source, kind in binaries
            if kind != "SYMLINK"
            and DROPPABLE.search(dest.replace("\\", "/"))
            and _soname(Path(source)) not in needed
        }
        if not orphans:
            return binaries, lines
        for dest, source, _kind in binaries:
            if dest in orphans:
                lines.append(
                    f"{Path(dest).name}: {Path(source).stat().st_size / 1e6:.1f} MB -> gone"
                )
        binaries = [entry for entry in binaries if entry[0] not in orphans]


# -- stubs ----------------------------------------------------------------------------------


def make_stub(library: Path, dependents: Iterable[Path], workdir: Path) -> Path:
    """A library with `library`'s soname defining what `dependents` take from it."""
    workdir.mkdir(parents=True, exist_ok=True)
    # name -> the version the dependents ask for ("" when unversioned)
    wanted: dict[str, str] = {}
    for dependent in dependents:
        wanted.update(_undefined_symbols(dependent))
    lines = ["/* Stand-in for a library the app never uses: made by slim_libraries.py */"]
    versions: dict[str, list[str]] = {}
    for symbol, (kind, size) in sorted(_defined_symbols(library).items()):
        if symbol not in wanted:
            continue
        if kind in "TtWwi":
            lines.append(f"long {symbol}(void) {{ return 0; }}")
        else:
            lines.append(f"char {symbol}[{max(size, 1)}] = {{0}};")
        if wanted[symbol]:
            versions.setdefault(wanted[symbol], []).append(symbol)
    soname = _soname(library)
    source = workdir / f"{soname}.c"
    source.write_text("\n".join(lines) + "\n")
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


def _needs(binary: Path, soname: str) -> bool:
    return soname in _needed(binary)


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
