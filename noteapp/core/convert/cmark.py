"""GitHub's cmark-gfm (the C library inside the ``cmarkgfm`` package), called through ctypes.

Why not ``cmarkgfm``'s own functions: they never free the parsed tree nor the HTML string
(a 5,000-line note leaked ~3.5 MB a render, 210 MB in 60 renders), and their CFFI calls
hold the GIL for part of each render.  The package's shared library exports the whole
cmark-gfm API, so this module calls it directly: ctypes releases the GIL for the length of
every foreign call (the preview renders in a worker thread while the GUI thread runs on),
and every tree and string is freed.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Sequence

# cmark's options (cmark-gfm.h).
OPT_DEFAULT = 0
OPT_SOURCEPOS = 1 << 1
GFM_EXTENSIONS = ("table", "autolink", "strikethrough", "tasklist")

_lock = threading.Lock()
_lib: ctypes.CDLL | None = None


class _Mem(ctypes.Structure):
    _fields_ = [
        ("calloc", ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_size_t, ctypes.c_size_t)),
        ("realloc", ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)),
        ("free", ctypes.CFUNCTYPE(None, ctypes.c_void_p)),
    ]


def _library() -> ctypes.CDLL:
    global _lib
    with _lock:
        if _lib is None:
            from cmarkgfm import _cmark  # the compiled module: its file is the library

            lib = ctypes.CDLL(_cmark.__file__)
            p, size, text = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p
            for name, result, args in (
                ("cmark_gfm_core_extensions_ensure_registered", None, []),
                ("cmark_find_syntax_extension", p, [text]),
                ("cmark_parser_new", p, [ctypes.c_int]),
                ("cmark_parser_attach_syntax_extension", ctypes.c_int, [p, p]),
                ("cmark_parser_feed", None, [p, text, size]),
                ("cmark_parser_finish", p, [p]),
                ("cmark_parser_get_syntax_extensions", p, [p]),
                ("cmark_render_html", p, [p, ctypes.c_int, p]),
                ("cmark_node_free", None, [p]),
                ("cmark_parser_free", None, [p]),
                ("cmark_get_default_mem_allocator", ctypes.POINTER(_Mem), []),
            ):
                function = getattr(lib, name)
                function.restype, function.argtypes = result, args
            lib.cmark_gfm_core_extensions_ensure_registered()
            _lib = lib
        return _lib


def to_html(
    markdown: str, extensions: Sequence[str] = GFM_EXTENSIONS, options: int = OPT_DEFAULT
) -> str:
    """CommonMark + the named GFM extensions, as HTML.  Raw HTML in ``markdown`` comes out
    as ``<!-- raw HTML omitted -->`` and unsafe link targets as ``""`` (cmark's safe mode)."""
    lib = _library()
    data = markdown.encode("utf-8", "surrogatepass")
    parser = lib.cmark_parser_new(options)
    root = html = None
    try:
        for name in extensions:
            extension = lib.cmark_find_syntax_extension(name.encode())
            if not extension:
                raise ValueError(f"cmark-gfm has no extension {name!r}")
            lib.cmark_parser_attach_syntax_extension(parser, extension)
        lib.cmark_parser_feed(parser, data, len(data))
        root = lib.cmark_parser_finish(parser)
        html = lib.cmark_render_html(root, options, lib.cmark_parser_get_syntax_extensions(parser))
        return ctypes.string_at(html).decode("utf-8", "surrogatepass")
    finally:
        if html:
            lib.cmark_get_default_mem_allocator().contents.free(html)
        if root:
            lib.cmark_node_free(root)
        lib.cmark_parser_free(parser)
