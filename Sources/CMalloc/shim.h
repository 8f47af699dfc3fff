// glibc's malloc tuning (mallopt, malloc_trim), which Glibc's Swift module leaves out; used by the
// queue_log bulk import only.
#if defined(__linux__)
#include <malloc.h>
#endif
