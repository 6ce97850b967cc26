// libFuzzer's driver, shared by the fuzz targets: each target's `main` hands its command line and its entry point
// here. Compiled into normal builds too, where it is never called (the targets' mains are stubs there).

#if FUZZING
/// libFuzzer's driver (compiler-rt).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt
#endif

/// Runs libFuzzer over `entry` with the process's command line.
public enum FuzzDriver {
    /// Hands `argc`/`argv` and the target's entry point (`LLVMFuzzerTestOneInput`) to libFuzzer; its exit status.
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        _ entry: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt {
        #if FUZZING
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return runFuzzerDriver(&count, &arguments, entry)
        #else
        return 0
        #endif
    }
}
