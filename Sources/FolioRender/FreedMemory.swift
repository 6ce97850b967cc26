#if canImport(Glibc)
import CMalloc
import Glibc
#endif

/// Memory the program has freed, given back to the system between the steps of a build.
///
/// glibc keeps freed memory in the arena of the thread that allocated it: what the check freed on its worker threads,
/// or the layout thread between pages, stays resident while the next step allocates elsewhere (qpdf's object table on
/// the main thread), so a build's peak is the sum of its steps rather than the largest. `release()` hands the free
/// pages of every arena back (`malloc_trim`), so the next step starts from what is live.
public enum FreedMemory {
    /// Gives the free pages of every malloc arena back to the system; nothing on a C library without `malloc_trim`.
    public static func release() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }

    /// Unmaps the pages of the program's own code and read-only tables that the steps so far touched, before the
    /// finishing step: loading, checking and laying out run code all over the executable (with the Swift runtime
    /// and Foundation linked statically, 15–20 MiB of it stay resident), qpdf needs almost none of it. The pages are
    /// clean copies of the file, still in the page cache: what is used again comes back on its first touch, without
    /// reading the disk. Only the executable's read-only, executable segments (never written, so nothing is lost);
    /// nothing on a system without ELF auxiliary vectors.
    public static func releaseProgramCode() {
        #if canImport(Glibc) && arch(x86_64) || canImport(Glibc) && arch(arm64)
        let address = UInt(getauxval(UInt(AT_PHDR))), count = Int(getauxval(UInt(AT_PHNUM)))
        guard address != 0, count > 0, count < 256, let first = UnsafePointer<Elf64_Phdr>(bitPattern: address)
        else { return }
        let headers = UnsafeBufferPointer(start: first, count: count)
        // The load bias: where the headers are minus where the file says they are.
        guard let own = headers.first(where: { $0.p_type == UInt32(PT_PHDR) }), address >= UInt(own.p_vaddr) else {
            return
        }
        let bias = address - UInt(own.p_vaddr), page = UInt(max(4096, sysconf(Int32(_SC_PAGESIZE))))
        for header in headers
        where header.p_type == UInt32(PT_LOAD) && header.p_flags & UInt32(PF_X) != 0
            && header.p_flags & UInt32(PF_W) == 0
        {
            let start = (bias + UInt(header.p_vaddr)) & ~(page - 1)
            let end = (bias + UInt(header.p_vaddr) + UInt(header.p_memsz) + page - 1) & ~(page - 1)
            _ = madvise(UnsafeMutableRawPointer(bitPattern: start), Int(end - start), MADV_DONTNEED)
        }
        #endif
    }
}
