#pragma once
// A fresh process that reads a large answer touches some 70 MB of new memory, and on a virtual
// machine each 4 KB page's first touch is costly: 18 000 page faults were half of the CLI's
// time for a 23 MB answer. This lets the heap grow in one step into memory the kernel may back
// with 2 MB pages (transparent huge pages, where the system allows them on request).

namespace ssbtek::largeheap {

// Called first thing by a program that may read large answers. With glibc on Linux: keeps
// large blocks and freed memory in the main heap, grows it by 128 MB at once (address space,
// not memory) and asks for huge pages there. Elsewhere, or where the kernel declines, nothing.
void prepare();

} // namespace ssbtek::largeheap
