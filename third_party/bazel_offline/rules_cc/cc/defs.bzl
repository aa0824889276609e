"""Offline stand-in for @rules_cc//cc:defs.bzl.

Debian's bazel-bootstrap 4.2.3 has no network access to fetch rules_cc, and
Debian's bazel-rules-cc 0.0.4 does not load under it. The C/C++ rules are
native in Bazel 4, so this file only re-exports them under the usual names,
which keeps every BUILD file written as `load("@rules_cc//cc:defs.bzl", ...)`
and portable to a real rules_cc.
"""

def cc_library(**attrs):
    native.cc_library(**attrs)

def cc_binary(**attrs):
    native.cc_binary(**attrs)

def cc_test(**attrs):
    native.cc_test(**attrs)

def cc_import(**attrs):
    native.cc_import(**attrs)

def cc_proto_library(**attrs):
    native.cc_proto_library(**attrs)

def cc_toolchain(**attrs):
    native.cc_toolchain(**attrs)

def cc_toolchain_suite(**attrs):
    native.cc_toolchain_suite(**attrs)

def fdo_prefetch_hints(**attrs):
    native.fdo_prefetch_hints(**attrs)

def fdo_profile(**attrs):
    native.fdo_profile(**attrs)

def objc_library(**attrs):
    native.objc_library(**attrs)

def objc_import(**attrs):
    native.objc_import(**attrs)
