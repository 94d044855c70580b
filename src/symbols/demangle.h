/* C++ names as people write them: "ns::Class::method(int)" for
 * "_ZN2ns5Class6methodEi". The demangler is the C++ runtime's own
 * (__cxa_demangle from libstdc++, opened at run time, so bpfscope does
 * not depend on it); without it names stay as they are. */
#ifndef BPFSCOPE_SYMBOLS_DEMANGLE_H
#define BPFSCOPE_SYMBOLS_DEMANGLE_H

#include <stdbool.h>

/* The demangled form of `name`, or `name` itself when it is not a C++
 * mangled name. The result lives as long as the process. */
const char *demangle(const char *name);

/* The demangled name without its parameter list: "ns::f" for "ns::f(int)". */
const char *demangle_no_params(const char *name);

#endif
