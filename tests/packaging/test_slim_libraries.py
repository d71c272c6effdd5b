"""The stand-ins the Linux bundle carries (packaging/slim_libraries.py): an encoder library's
stub satisfies what links to it, and ICU's trimmed data still sorts by each language's rules."""

from __future__ import annotations

import ctypes
import os
import struct
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from tests.packaging.conftest import PACKAGING, load_module, require_tool

slim = load_module("slim_libraries", PACKAGING / "slim_libraries.py")

ICU_DATA = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))


def _compile(folder: Path, name: str, code: str, *options: str) -> Path:
    source = folder / f"{name}.c"
    source.write_text(code)
    out = folder / f"lib{name}.so"
    command = ["cc", "-shared", "-fPIC", "-o", str(out), str(source), f"-Wl,-soname,lib{name}.so"]
    subprocess.run([*command, f"-L{folder}", *options], check=True)
    return out


def _encoder_and_codec(folder: Path) -> tuple[Path, Path, Path]:
    """An encoder (with a symbol version, as GnuTLS and ALSA have) that needs a helper, and
    a codec that links to the encoder, as libavcodec links to x264."""
    folder.mkdir()
    helper = _compile(folder, "helper", "int helper_add(int a) { return a + 40; }\n")
    (folder / "enc.map").write_text("ENC_1 { global: enc_open; };\n")
    encoder = _compile(
        folder,
        "enc",
        "int helper_add(int);\n"
        "int enc_levels[40] = {7};\n"
        "int enc_open(int q) { return helper_add(q + 1); }\n"
        "int enc_unused(void) { return 5; }\n",
        f"-Wl,--version-script={folder / 'enc.map'}",
        "-lhelper",
    )
    codec = _compile(
        folder,
        "codec",
        "extern int enc_levels[40];\nint enc_open(int);\n"
        "int codec_try(void) { return enc_open(1) + enc_levels[0]; }\n",
        "-lenc",
    )
    return helper, encoder, codec


def test_a_stub_stands_in_for_an_encoder(tmp_path: Path) -> None:
    require_tool("cc", "gcc")
    _helper, encoder, codec = _encoder_and_codec(tmp_path / "real")
    stub = slim.make_stub(encoder, [codec], tmp_path / "work")
    assert stub.name == encoder.name
    assert stub.stat().st_size < encoder.stat().st_size * 2  # a stub, not a copy
    defined = slim._defined_symbols(stub)
    assert {"enc_open", "enc_levels"} <= set(defined)
    assert "enc_unused" not in defined  # only what the codec takes
    assert defined["enc_levels"][1] == 160  # the data keeps its size
    assert slim._needed(stub) == set()  # not the helper
    assert "enc_open@@ENC_1" in slim._run(["nm", "-D", str(stub)])  # the version the codec asks

    # The codec loads against the stub (RTLD_NOW resolves everything now) and runs.
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / encoder.name).write_bytes(stub.read_bytes())
    (bundle / codec.name).write_bytes(codec.read_bytes())
    ctypes.CDLL(str(bundle / encoder.name), mode=os.RTLD_NOW | os.RTLD_GLOBAL)
    loaded = ctypes.CDLL(str(bundle / codec.name), mode=os.RTLD_NOW)
    assert loaded.codec_try() == 0  # the real pair gives 49


def test_what_only_a_stubbed_library_needed_goes(tmp_path: Path) -> None:
    require_tool("cc", "gcc")
    helper, encoder, codec = _encoder_and_codec(tmp_path / "real")
    toc = [
        ("av/_core.so", str(codec), "EXTENSION"),
        ("av.libs/libenc-0a1b2c3d.so.1", str(encoder), "BINARY"),
        ("av.libs/libhelper-0a1b2c3d.so.1", str(helper), "BINARY"),
    ]
    assert slim._without_orphans(toc, []) == (toc, [])  # the encoder still needs the helper
    stub = slim.make_stub(encoder, [codec], tmp_path / "work")
    toc[1] = ("av.libs/libenc-0a1b2c3d.so.1", str(stub), "BINARY")
    kept, lines = slim._without_orphans(toc, [])
    assert kept == toc[:2]
    assert lines == [f"libhelper-0a1b2c3d.so.1: {helper.stat().st_size / 1e6:.1f} MB -> gone"]


def _items(package: bytes) -> dict[str, bytes]:
    header = struct.unpack_from("<H", package, 0)[0]
    toc = package[header:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = {}
    for index, (name_at, data_at) in enumerate(entries):
        assert (header + data_at) % 16 == 0  # ICU reads items in place
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        name = toc[name_at : toc.index(b"\0", name_at)].decode().split("/", 1)[1]
        items[name] = toc[data_at:end]
    return items


def test_icu_data_keeps_collation_and_shared_tables() -> None:
    require_tool("nm", "binutils")
    whole = slim._symbol_bytes(ICU_DATA, "icudt" + ICU_DATA.name.rsplit(".", 1)[1] + "_dat")
    trimmed = slim.trim_icu_package(whole, slim.keep_icu_item)
    before, after = _items(whole), _items(trimmed)
    assert len(trimmed) < len(whole) / 4
    assert list(after) == sorted(after)  # ICU finds items by binary search
    for name in ("coll/root.res", "coll/ucadata.icu", "coll/ja.res", "coll/zh.res", "coll/sv.res"):
        assert after[name].rstrip(b"\0") == before[name].rstrip(b"\0")
    for name in ("root.res", "pool.res", "res_index.res", "likelySubtags.res", "cnvalias.icu"):
        assert name in after
    for name in ("de.res", "zh_Hant_TW.res", "brkitr/cjdict.dict", "zone/ja.res", "gb18030.cnv"):
        assert name in before and name not in after


def test_qt_sorts_with_the_trimmed_icu_data(tmp_path: Path) -> None:
    require_tool("cc", "gcc")
    version = ICU_DATA.name.rsplit(".", 1)[1]
    library = slim.make_icu_data(ICU_DATA, version, tmp_path)
    assert library.stat().st_size < 8_000_000  # from 32 MB
    check = (
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop import self_test_slim\n"
        "app = QCoreApplication([])\n"
        "print(self_test_slim.check_collation().line())\n"
    )
    # The stand-in loaded first takes the place of the wheel's libicudata (same soname).
    env = {**os.environ, "LD_PRELOAD": str(library), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", check], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("PASS  collation"), result.stdout + result.stderr
    assert "Could not create collator" not in result.stderr


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("coll/de.res", True),
        ("uprops.icu", True),
        ("nfkc.nrm", True),
        ("supplementalData.res", True),
        ("en.res", False),
        ("sr_Latn_BA.res", False),
        ("ibm-943_P15A-2003.cnv", False),
        ("curr/fr.res", False),
        ("translit/root.res", False),
    ],
)
def test_which_icu_items_stay(name: str, kept: bool) -> None:
    assert slim.keep_icu_item(name) is kept
