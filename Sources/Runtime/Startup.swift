import Glibc
import Bindings

/// Process-wide settings made before the first JavaScript context exists.
public enum Startup {
    public static func configureEngine(_ options: ProcessOptions) {
        // Engine options are read from the environment when the first VM is created.
        setenv("JSC_useSharedArrayBuffer", "1", 0)
        // No proper tail calls (this engine makes `return f()` in strict code one): V8 has none,
        // so Node programs expect unbounded tail recursion to throw RangeError rather than loop
        // forever, and every caller to appear in error stacks.
        setenv("JSC_useTailCalls", "0", 0)
        // Node ignores SIGPIPE: a write to a closed pipe is an EPIPE error, not a death.
        signal(SIGPIPE, SIG_IGN)
    }
}
