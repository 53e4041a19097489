"""The system libraries WeasyPrint loads, looked up once per process.

WeasyPrint opens Pango, HarfBuzz, fontconfig and GObject by trying several names for each (one per
platform). cffi answers every name it cannot open directly with `ctypes.util.find_library`, which
on Linux runs `ldconfig -p`, then gcc and ld, for each name: about 70 processes and a third of
WeasyPrint's import time at every start of `dossier` (issue 25; `benchmarks/demarrage.py`).

Around that import, `find_library` reads the linker cache once (`ldconfig -p`, the same lookup
ctypes makes first) and answers every name from it. The gcc and ld fallbacks, for libraries
outside the linker cache, are not tried: WeasyPrint's list of names includes each library's
Linux soname itself, which the dynamic loader opens directly, LD_LIBRARY_PATH included. Elsewhere
than Linux with ldconfig, the standard lookup is left untouched.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# ldconfig's name of the C library's ABI for a 64-bit process, by machine (as ctypes reads it)
_ABI_64 = {"x86_64": "libc6,x86-64", "ppc64": "libc6,64bit", "sparc64": "libc6,64bit", "s390x": "libc6,64bit",
           "ia64": "libc6,IA-64"}  # fmt: skip
_OCTETS_64_BITS = 8


def _abi() -> str:
    if struct.calcsize("l") < _OCTETS_64_BITS:
        return "libc6"
    return _ABI_64.get(os.uname().machine, "libc6")


@contextmanager
def recherche_unique() -> Iterator[None]:
    """For the time of the block, `ctypes.util.find_library` answers from one `ldconfig -p`."""
    ldconfig = shutil.which("ldconfig") or ("/sbin/ldconfig" if os.path.exists("/sbin/ldconfig") else None)
    if not sys.platform.startswith("linux") or ldconfig is None:
        yield
        return
    cache = subprocess.run(
        [ldconfig, "-p"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={"LC_ALL": "C", "LANG": "C"},
        check=False,
    ).stdout.decode("utf-8", "replace")
    abi = re.escape(_abi())

    def trouver(name: str) -> str | None:  # named as ctypes names it
        trouve = re.search(rf"\s+(lib{re.escape(name)}\.\S+)\s+\({abi}", cache)
        return trouve[1] if trouve else None

    standard = ctypes.util.find_library
    ctypes.util.find_library = trouver
    try:
        yield
    finally:
        ctypes.util.find_library = standard


def importer_weasyprint() -> None:
    """Import WeasyPrint inside `recherche_unique`, whoever imports it first: `render.pdf`, or the
    slow-path warning of `dossier build` (`render.systeme`), which runs before any rendering —
    imported there without it, WeasyPrint looked its libraries up the slow way (0.13 s) on every
    build. Once WeasyPrint is loaded, nothing is looked up again."""
    if "weasyprint.text.ffi" in sys.modules:
        return
    with recherche_unique():
        import weasyprint.text.ffi  # noqa: F401
