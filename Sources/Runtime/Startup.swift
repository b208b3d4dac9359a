import Glibc
import Bindings
import CShims

/// Process-wide settings made before the first JavaScript context exists.
public enum Startup {
    public static func configureEngine(_ options: ProcessOptions) {
        // Engine options are read from the environment when the first VM is created.
        setEngineVariable("JSC_useSharedArrayBuffer", "1")
        // No proper tail calls (this engine makes `return f()` in strict code one): V8 has none,
        // so Node programs expect unbounded tail recursion to throw RangeError rather than loop
        // forever, and every caller to appear in error stacks.
        setEngineVariable("JSC_useTailCalls", "0")
        // Node ignores SIGPIPE: a write to a closed pipe is an EPIPE error, not a death.
        signal(SIGPIPE, SIG_IGN)
        keepFreedBufferPages()
    }

    /// Large buffers (file reads, encodes, Buffer.allocUnsafe) are malloc'd and die in batches,
    /// at the engine's full collections (AdoptedMemory), tens of megabytes at once. By default
    /// glibc hands such a batch back to the kernel (the top of the heap past 2x the last freed
    /// size is trimmed), and the next buffers fault their pages in again, zeroed: decoding 10 MB
    /// of base64 in a loop took 2.5 ms a round instead of 1.25. Fixed thresholds keep up to
    /// one collection step of freed memory (AdoptedMemory.minimumStep) for reuse, and
    /// allocations under 32 MB (glibc's own ceiling for its adaptive threshold) in the heap.
    private static func keepFreedBufferPages() {
        _ = apus_set_malloc_thresholds(32 << 20, 64 << 20)
    }

    /// The variables set for the engine alone (not given by the user), removed once the engine
    /// has read them so that process.env and child processes do not see them.
    private static var engineVariables: [String] = []

    private static func setEngineVariable(_ name: String, _ value: String) {
        guard getenv(name) == nil else { return }
        setenv(name, value, 1)
        engineVariables.append(name)
    }

    /// Called once the first context exists: the engine has read its options by then.
    public static func forgetEngineVariables() {
        for name in engineVariables { unsetenv(name) }
        engineVariables = []
    }

    /// `apus --build-code-cache FILE`: the builtins' bytecode, for `useCodeCache`.
    public static func buildCodeCache(to path: String) -> Int32 {
        do {
            let skipped = try BuiltinsCodeCache.build(to: path)
            if skipped > 0 { fputs("apus: \(skipped) built-in modules left out of the code cache\n", stderr) }
            return 0
        } catch {
            fputs("apus: cannot build the code cache: \(error)\n", stderr)
            return 1
        }
    }

    /// Builtins take their bytecode from `<executable>.codecache` when it is there and current.
    public static func useCodeCache(beside executable: String) {
        BuiltinsCodeCache.path = executable + ".codecache"
    }
}
