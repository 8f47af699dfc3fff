#if os(Linux)
    import CMalloc
#endif

/// glibc's malloc settings for the span of a bulk `acd import`. Each chunk's records, strings and blocks are
/// tens of megabytes freed once the chunk is written; by default glibc hands such blocks back to the kernel
/// (`munmap`, heap trimming) and the next chunk faults fresh zeroed pages in again. With a fixed mmap threshold
/// of 32 MiB and no trimming the freed memory is reused instead (README, Benchmarks). `end()` puts back glibc's
/// documented defaults and returns the free memory, so a shell that ran an import does not stay large.
struct BulkMemory {
    /// Starts reusing freed memory.
    static func begin() -> BulkMemory {
        #if os(Linux)
            mallopt(M_MMAP_THRESHOLD, 32 << 20)
            mallopt(M_TRIM_THRESHOLD, 1 << 30)
        #endif
        return BulkMemory()
    }

    /// Back to glibc's default values (128 KiB each; glibc no longer moves the mmap threshold by itself once it
    /// was set), the free memory returned to the kernel.
    func end() {
        #if os(Linux)
            mallopt(M_TRIM_THRESHOLD, 128 << 10)
            mallopt(M_MMAP_THRESHOLD, 128 << 10)
            malloc_trim(0)
        #endif
    }
}
