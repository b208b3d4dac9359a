import Glibc
import CJavaScriptCore
import CLibUV
import CShims
import CBuiltins
import JSBridge
import EventLoop

/// `internalBinding('process_methods')`: the system calls behind `process.*`. Results that JS
/// reads often (hrtime, cpuUsage, memoryUsage) are written into typed arrays JS passes in.
public enum ProcessMethodsBinding: InternalBinding {
    public static let name = "process_methods"

    nonisolated(unsafe) public static var emitBeforeExit: JSObjectRef?
    nonisolated(unsafe) public static var emitExit: JSObjectRef?
    nonisolated(unsafe) public static var startTime: UInt64 = 0

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        let binding = js.object(methods: [
            NativeMethod("setProcessHooks") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    ProcessMethodsBinding.emitBeforeExit = try f.protectedFunction(0)
                    ProcessMethodsBinding.emitExit = try f.protectedFunction(1)
                    return nil
                }
            },
            NativeMethod("hrtime") { c, _, t, n, a, e in bridge(c, t, n, a, e, ProcessMethodsBinding.hrtime) },
            // hrtimeBigInt(): the monotonic clock in nanoseconds, for process.hrtime.bigint().
            NativeMethod("hrtimeBigInt") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in JSBigIntCreateWithUInt64(f.ctx, uv_hrtime(), nil) }
            },
            // hrtimeNanoseconds(): the same clock as a number, for the performance clock; exact
            // to the nanosecond for the first 104 days after boot, within a few ns after that.
            NativeMethod("hrtimeNanoseconds") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(Double(uv_hrtime())) }
            },
            // markBootstrapComplete(): start-up is done and the main script is about to run.
            NativeMethod("markBootstrapComplete") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { _ in PerformanceBinding.mark(.bootstrapComplete); return nil }
            },
            NativeMethod("cpuUsage") { c, _, t, n, a, e in bridge(c, t, n, a, e, ProcessMethodsBinding.cpuUsage) },
            NativeMethod("resourceUsage") { c, _, t, n, a, e in bridge(c, t, n, a, e, ProcessMethodsBinding.resourceUsage) },
            NativeMethod("memoryUsage") { c, _, t, n, a, e in bridge(c, t, n, a, e, ProcessMethodsBinding.memoryUsage) },
            NativeMethod("rss") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var rss = 0
                    try UVError.check(uv_resident_set_memory(&rss))
                    return f.js.number(rss)
                }
            },
            NativeMethod("uptime") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    f.js.number(Double(uv_hrtime() &- ProcessMethodsBinding.startTime) / 1e9)
                }
            },
            NativeMethod("cwd") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.string(try OSBinding.string("uv_cwd", uv_cwd)) }
            },
            NativeMethod("chdir") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    // chdir(directory, cwd): Node's error names the old directory and the target.
                    let path = try f.string(0)
                    let status = uv_chdir(path)
                    if status < 0 { throw UVError(status).thrown(syscall: "chdir", path: try f.string(1), dest: path) }
                    return nil
                }
            },
            NativeMethod("umask") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    if f.has(0) { return f.js.number(Glibc.umask(mode_t(try f.int(0)))) }
                    let old = Glibc.umask(0)
                    _ = Glibc.umask(old)
                    return f.js.number(old)
                }
            },
            NativeMethod("kill") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(uv_kill(try f.int32(0), try f.int32(1))) }
            },
            NativeMethod("reallyExit") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    fflush(nil)
                    exit(f.has(0) ? try f.int32(0) : 0)
                }
            },
            NativeMethod("abort") { _, _, _, _, _, _ in Glibc.abort() },
            NativeMethod("rawDebug") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let text = try f.string(0) + "\n"
                    _ = text.withCString { write(2, $0, strlen($0)) }
                    return nil
                }
            },
            NativeMethod("getTitle") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var buffer = [CChar](repeating: 0, count: 1024)
                    _ = uv_get_process_title(&buffer, buffer.count)
                    return f.js.string(String(cString: buffer))
                }
            },
            NativeMethod("setTitle") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in _ = uv_set_process_title(try f.string(0)); return nil }
            },
            NativeMethod("gc") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in JSSynchronousGarbageCollectForDebugging(f.ctx); return nil }
            },
            // dlopenCheck(path): the loader's error text, or null when the file loads (it is then
            // unloaded again: addons are not run).
            NativeMethod("dlopenCheck") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let handle = dlopen(try f.string(0), RTLD_LAZY) else {
                        return f.js.string(dlerror().map { String(cString: $0) } ?? "dlopen failed")
                    }
                    dlclose(handle)
                    return f.js.null
                }
            },
        ] + EnvObject.methods)
        let options = host.options
        js.set(binding, "pid", js.number(getpid()))
        js.set(binding, "ppid", js.number(getppid()))
        js.set(binding, "execPath", js.string(options.execPath))
        js.set(binding, "argv0", js.string(options.argv0))
        js.set(binding, "execArgv", js.array(of: options.execArgv) { js.string($0) })
        js.set(binding, "scriptArgs", js.array(of: options.scriptArgs) { js.string($0) })
        js.set(binding, "uvVersion", js.string(String(cString: uv_version_string())))
        js.set(binding, "opensslVersion", js.string(String(cString: apus_openssl_version())))
        js.set(binding, "allowedEnvironmentFlags", js.function("allowedEnvironmentFlags") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in f.js.array(of: currentHost.options.allowedEnvironmentFlags()) { f.js.string($0) } }
        })
        return binding
    }

    /// hrtime(out: Uint32Array(3)): seconds high word, low word, nanoseconds.
    static func hrtime(_ call: CallFrame) throws -> JSValueRef? {
        let out = try call.bytes(0).bindMemory(to: UInt32.self)
        let now = uv_hrtime()
        let seconds = now / 1_000_000_000
        out[0] = UInt32(truncatingIfNeeded: seconds >> 32)
        out[1] = UInt32(truncatingIfNeeded: seconds)
        out[2] = UInt32(now % 1_000_000_000)
        return nil
    }

    static func usage() throws -> uv_rusage_t {
        var usage = uv_rusage_t()
        try UVError.check(uv_getrusage(&usage))
        return usage
    }

    static func micros(_ time: uv_timeval_t) -> Double { Double(time.tv_sec) * 1e6 + Double(time.tv_usec) }

    /// cpuUsage(out: Float64Array(2)): user and system CPU time in microseconds.
    static func cpuUsage(_ call: CallFrame) throws -> JSValueRef? {
        let out = try call.bytes(0).bindMemory(to: Double.self)
        let usage = try usage()
        out[0] = micros(usage.ru_utime)
        out[1] = micros(usage.ru_stime)
        return nil
    }

    /// resourceUsage(out: Float64Array(16)) in the order of process.resourceUsage()'s fields.
    static func resourceUsage(_ call: CallFrame) throws -> JSValueRef? {
        let out = try call.bytes(0).bindMemory(to: Double.self)
        let u = try usage()
        let fields: [Double] = [micros(u.ru_utime), micros(u.ru_stime), Double(u.ru_maxrss), Double(u.ru_ixrss),
                                Double(u.ru_idrss), Double(u.ru_isrss), Double(u.ru_minflt), Double(u.ru_majflt),
                                Double(u.ru_nswap), Double(u.ru_inblock), Double(u.ru_oublock), Double(u.ru_msgsnd),
                                Double(u.ru_msgrcv), Double(u.ru_nsignals), Double(u.ru_nvcsw), Double(u.ru_nivcsw)]
        for (i, value) in fields.enumerated() { out[i] = value }
        return nil
    }

    /// The engine heap's size, capacity and extra (external) memory, in bytes: read directly when
    /// this engine build's heap could be located (see CShims), else through the slow statistics
    /// call that also counts every object.
    static func heapStatistics(_ ctx: JSContextRef) -> (size: Double, capacity: Double, extra: Double) {
        var heap: (size: Double, capacity: Double, extra: Double) = (0, 0, 0)
        let known = withUnsafeMutableBytes(of: &heap) {
            apus_heap_statistics(ctx, $0.baseAddress!.assumingMemoryBound(to: Double.self))
        }
        if known != 0 { return heap }
        let js = JS(ctx)
        let stats = JSGetMemoryUsageStatistics(ctx)!
        return (js.toNumber(js.get(stats, "heapSize")), js.toNumber(js.get(stats, "heapCapacity")),
                js.toNumber(js.get(stats, "extraMemorySize")))
    }

    /// memoryUsage(out: Float64Array(5)): rss, heapTotal, heapUsed, external, arrayBuffers.
    static func memoryUsage(_ call: CallFrame) throws -> JSValueRef? {
        let out = try call.bytes(0).bindMemory(to: Double.self)
        var rss = 0
        try UVError.check(uv_resident_set_memory(&rss))
        let heap = heapStatistics(call.ctx)
        // The engine's size and capacity include the extra memory (array buffers, large
        // strings), which Node reports apart as `external`.
        // The engine counts live bytes as the last collection marked them: none before the
        // first one, when all the capacity its blocks hold is reported as used instead.
        out[0] = Double(rss)
        out[1] = max(0, heap.capacity - heap.extra)
        out[2] = heap.size - heap.extra > 0 ? heap.size - heap.extra : out[1]
        out[3] = heap.extra
        out[4] = 0
        return nil
    }
}

/// `internalBinding('credentials')`: user and group ids, and environment reads that ignore
/// the environment when running set-uid.
public enum CredentialsBinding: InternalBinding {
    public static let name = "credentials"

    /// A numeric id, or the id of a user/group name; nil when the name is unknown.
    static func resolve(_ js: JS, _ value: JSValueRef, user: Bool) -> UInt32? {
        if JSValueIsNumber(js.ctx, value) { return UInt32.clamping(js.toNumber(value)) }
        let name = js.toString(value)
        if user { return getpwnam(name).map { $0.pointee.pw_uid } }
        return getgrnam(name).map { $0.pointee.gr_gid }
    }

    static func setId(_ call: CallFrame, user: Bool, _ set: (UInt32) -> Int32) throws -> JSValueRef? {
        guard let id = resolve(call.js, call[0], user: user) else { return call.js.string(user ? "User" : "Group") }
        if set(id) != 0 { return call.js.number(Double(-errno)) }
        return call.js.number(0)
    }

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("getuid") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in f.js.number(getuid()) } },
            NativeMethod("geteuid") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in f.js.number(geteuid()) } },
            NativeMethod("getgid") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in f.js.number(getgid()) } },
            NativeMethod("getegid") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in f.js.number(getegid()) } },
            NativeMethod("getgroups") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let count = getgroups(0, nil)
                    var groups = [gid_t](repeating: 0, count: Int(max(count, 0)))
                    let got = getgroups(count, &groups)
                    var list = Array(groups.prefix(Int(max(got, 0))))
                    let egid = getegid()
                    if !list.contains(egid) { list.append(egid) }
                    return f.js.array(list.map { f.js.number($0) })
                }
            },
            // setuid/setgid/seteuid/setegid(id | name): 0, or a string naming the unknown
            // credential kind ("User"/"Group"), or a negative errno.
            NativeMethod("setuid") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try CredentialsBinding.setId(f, user: true) { Glibc.setuid($0) } } },
            NativeMethod("seteuid") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try CredentialsBinding.setId(f, user: true) { Glibc.seteuid($0) } } },
            NativeMethod("setgid") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try CredentialsBinding.setId(f, user: false) { Glibc.setgid($0) } } },
            NativeMethod("setegid") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try CredentialsBinding.setId(f, user: false) { Glibc.setegid($0) } } },
            NativeMethod("setgroups") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let list = try f.object(0)
                    let count = max(0, Int.clamping(f.js.toNumber(f.js.get(list, "length"))))
                    var groups: [gid_t] = []
                    for i in 0..<count {
                        let value = JSObjectGetPropertyAtIndex(f.ctx, list, UInt32(i), nil)!
                        guard let gid = CredentialsBinding.resolve(f.js, value, user: false) else { return f.js.number(Double(i + 1)) }
                        groups.append(gid)
                    }
                    if Glibc.setgroups(groups.count, groups) != 0 { return f.js.number(Double(-errno)) }
                    return f.js.number(0)
                }
            },
            NativeMethod("initgroups") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    // Node resolves the group before the user.
                    guard let gid = CredentialsBinding.resolve(f.js, f[1], user: false) else { return f.js.string("Group") }
                    guard let uid = CredentialsBinding.resolve(f.js, f[0], user: true) else { return f.js.string("User") }
                    guard let entry = getpwuid(uid) else { return f.js.string("User") }
                    if Glibc.initgroups(entry.pointee.pw_name, gid) != 0 { return f.js.number(Double(-errno)) }
                    return f.js.number(0)
                }
            },
            NativeMethod("safeGetenv") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard getuid() == geteuid(), getgid() == getegid(), let value = getenv(try f.string(0)) else {
                        return f.js.undefined
                    }
                    return f.js.string(String(cString: value))
                }
            },
        ])
    }
}
