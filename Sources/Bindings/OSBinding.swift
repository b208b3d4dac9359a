import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('os')`: the libuv system-information calls behind lib/os.js.
public enum OSBinding: InternalBinding {
    public static let name = "os"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("getHostname") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.string(try OSBinding.string("uv_os_gethostname", uv_os_gethostname)) }
            },
            NativeMethod("getUptime") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var uptime = 0.0
                    let status = uv_uptime(&uptime)
                    if status < 0 { throw UVError(status).thrown(syscall: "uv_uptime") }
                    return f.js.number(uptime)
                }
            },
            NativeMethod("getLoadAvg") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let out = try f.bytes(0).bindMemory(to: Double.self)
                    var loads = (0.0, 0.0, 0.0)
                    withUnsafeMutablePointer(to: &loads) {
                        $0.withMemoryRebound(to: Double.self, capacity: 3) { uv_loadavg($0) }
                    }
                    out[0] = loads.0; out[1] = loads.1; out[2] = loads.2
                    return nil
                }
            },
            NativeMethod("getTotalMem") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(Double(uv_get_total_memory())) }
            },
            NativeMethod("getFreeMem") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(Double(uv_get_free_memory())) }
            },
            NativeMethod("getAvailableParallelism") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(Double(uv_available_parallelism())) }
            },
            NativeMethod("getUname") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var info = uv_utsname_t()
                    let status = uv_os_uname(&info)
                    if status < 0 { throw UVError(status).thrown(syscall: "uv_os_uname") }
                    let fields = withUnsafeBytes(of: &info) { raw -> [String] in
                        (0..<4).map { i in String(cString: raw.baseAddress!.advanced(by: i * 256).assumingMemoryBound(to: CChar.self)) }
                    }
                    return f.js.array(of: fields) { f.js.string($0) }
                }
            },
            NativeMethod("getHomeDirectory") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.string(try OSBinding.string("uv_os_homedir", uv_os_homedir)) }
            },
            NativeMethod("getUserInfo") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var passwd = uv_passwd_t()
                    let status = uv_os_get_passwd(&passwd)
                    if status < 0 { throw UVError(status).thrown(syscall: "uv_os_get_passwd") }
                    defer { uv_os_free_passwd(&passwd) }
                    let js = f.js, info = js.object()
                    js.set(info, "uid", js.number(Double(passwd.uid)))
                    js.set(info, "gid", js.number(Double(passwd.gid)))
                    js.set(info, "username", js.string(String(cString: passwd.username)))
                    js.set(info, "homedir", js.string(String(cString: passwd.homedir)))
                    js.set(info, "shell", passwd.shell.map { js.string(String(cString: $0)) } ?? js.null)
                    return info
                }
            },
            NativeMethod("getCPUs") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var cpus: UnsafeMutablePointer<uv_cpu_info_t>?
                    var count: Int32 = 0
                    let status = uv_cpu_info(&cpus, &count)
                    if status < 0 { throw UVError(status).thrown(syscall: "uv_cpu_info") }
                    defer { uv_free_cpu_info(cpus, count) }
                    return f.js.array { values in
                        for i in 0..<Int(count) {
                            let cpu = cpus![i]
                            values.append(f.js.string(String(cString: cpu.model)))
                            for number in [Double(cpu.speed), Double(cpu.cpu_times.user), Double(cpu.cpu_times.nice),
                                           Double(cpu.cpu_times.sys), Double(cpu.cpu_times.idle), Double(cpu.cpu_times.irq)] {
                                values.append(f.js.number(number))
                            }
                        }
                    }
                }
            },
            NativeMethod("getInterfaceAddresses") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var interfaces: UnsafeMutablePointer<uv_interface_address_t>?
                    var count: Int32 = 0
                    let status = uv_interface_addresses(&interfaces, &count)
                    if status < 0 { throw UVError(status).thrown(syscall: "uv_interface_addresses") }
                    defer { uv_free_interface_addresses(interfaces, count) }
                    return f.js.array { values in
                        for i in 0..<Int(count) {
                            var item = interfaces![i]
                            let mac = withUnsafeBytes(of: &item.phys_addr) { $0.map { String(format2: $0) }.joined(separator: ":") }
                            let (address, family) = OSBinding.sockaddrString(&item.address)
                            let (netmask, _) = OSBinding.sockaddrString(&item.netmask)
                            for text in [String(cString: item.name), address, netmask, family, mac] {
                                values.append(f.js.string(text))
                            }
                            values.append(f.js.bool(item.is_internal != 0))
                            values.append(f.js.number(family == "IPv6" ? Double(item.address.address6.sin6_scope_id) : -1))
                        }
                    }
                }
            },
            NativeMethod("getPriority") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var priority: Int32 = 0
                    let status = uv_os_getpriority(try f.int32(0), &priority)
                    if status < 0 { throw UVError(status).thrown(syscall: "uv_os_getpriority") }
                    return f.js.number(priority)
                }
            },
            NativeMethod("setPriority") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let status = uv_os_setpriority(try f.int32(0), try f.int32(1))
                    if status < 0 { throw UVError(status).thrown(syscall: "uv_os_setpriority") }
                    return nil
                }
            },
        ])
    }

    /// A libuv string result, or the Node error for `syscall`.
    static func string(_ syscall: String, _ fill: (UnsafeMutablePointer<CChar>, UnsafeMutablePointer<Int>) -> Int32) throws -> String {
        do {
            return try uvString(syscall: syscall, fill)
        } catch let failure as UVError {
            throw failure.thrown(syscall: syscall)
        }
    }

    static func sockaddrString(_ address: UnsafeMutableRawPointer) -> (String, String) {
        var buffer = [CChar](repeating: 0, count: 64)
        let family = address.assumingMemoryBound(to: sockaddr.self).pointee.sa_family
        if family == UInt16(AF_INET6) {
            uv_ip6_name(address.assumingMemoryBound(to: sockaddr_in6.self), &buffer, buffer.count)
            return (String(cString: buffer), "IPv6")
        }
        uv_ip4_name(address.assumingMemoryBound(to: sockaddr_in.self), &buffer, buffer.count)
        return (String(cString: buffer), "IPv4")
    }
}

extension String {
    /// Two lowercase hex digits.
    init(format2 byte: UInt8) {
        let digits = Array("0123456789abcdef")
        self = String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
