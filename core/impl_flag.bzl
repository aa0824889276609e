"""A string-valued command-line build setting with a fixed set of values.

Used by core/BUILD for `--@linux_syscall//core:impl=inline|trampoline`.
Skylib's string_flag would do the same, but Skylib cannot be fetched in the
offline Bazel 4.2.3 setup (third_party/bazel_offline/README.md), and this is
all of it that is needed.
"""

ImplFlagInfo = provider(
    doc = "The value of a string_choice_flag.",
    fields = {"value": "the chosen string"},
)

def _string_choice_flag_impl(ctx):
    value = ctx.build_setting_value
    if value not in ctx.attr.values:
        fail("%s: invalid value %r; expected one of: %s" % (
            ctx.label,
            value,
            ", ".join(ctx.attr.values),
        ))
    return [ImplFlagInfo(value = value)]

string_choice_flag = rule(
    implementation = _string_choice_flag_impl,
    build_setting = config.string(flag = True),
    attrs = {
        "values": attr.string_list(
            mandatory = True,
            doc = "The accepted values; anything else fails the build.",
        ),
    },
    doc = "A string build setting, settable on the command line, restricted to `values`.",
)
