#include "largeheap.h"

#include <cstdint>
#include <cstdlib>

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ssbtek::largeheap {

void prepare()
{
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t MiB = 1024 * 1024;
    constexpr std::size_t Pad = 128 * MiB;
    constexpr std::uintptr_t HugePage = 2 * MiB;
    // Blocks up to 32 MB (glibc's largest threshold) from the heap rather than from mmaps of
    // their own, which would start cold each time; and freed memory stays, so the heap is
    // never shrunk and regrown without the advice below.
    if (mallopt(M_MMAP_THRESHOLD, 32 * MiB) != 1 || mallopt(M_TRIM_THRESHOLD, 2 * Pad) != 1
        || mallopt(M_TOP_PAD, Pad) != 1)
        return;
    void *probe = std::malloc(MiB); // grows the heap by the block and the pad
    if (!probe)
        return;
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t begin = (end - Pad + HugePage - 1) & ~(HugePage - 1);
    if (end != std::uintptr_t(-1) && begin < end)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // advice; a refusal changes nothing
    std::free(probe);
#endif
}

} // namespace ssbtek::largeheap
