import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge

/// `internalBinding('constants')`: `os.constants` (signals, errno, priority) from the C headers.
public enum ConstantsBinding: InternalBinding {
    public static let name = "constants"

    static let signals: [(String, Int32)] = [
        ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP),
        ("SIGABRT", SIGABRT), ("SIGIOT", SIGIOT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL),
        ("SIGUSR1", SIGUSR1), ("SIGSEGV", SIGSEGV), ("SIGUSR2", SIGUSR2), ("SIGPIPE", SIGPIPE), ("SIGALRM", SIGALRM),
        ("SIGTERM", SIGTERM), ("SIGCHLD", SIGCHLD), ("SIGSTKFLT", SIGSTKFLT), ("SIGCONT", SIGCONT),
        ("SIGSTOP", SIGSTOP), ("SIGTSTP", SIGTSTP), ("SIGTTIN", SIGTTIN), ("SIGTTOU", SIGTTOU), ("SIGURG", SIGURG),
        ("SIGXCPU", SIGXCPU), ("SIGXFSZ", SIGXFSZ), ("SIGVTALRM", SIGVTALRM), ("SIGPROF", SIGPROF),
        ("SIGWINCH", SIGWINCH), ("SIGIO", SIGIO), ("SIGPOLL", SIGPOLL), ("SIGPWR", SIGPWR), ("SIGSYS", SIGSYS),
    ]

    static let errnos: [(String, Int32)] = [
        ("E2BIG", E2BIG), ("EACCES", EACCES), ("EADDRINUSE", EADDRINUSE), ("EADDRNOTAVAIL", EADDRNOTAVAIL),
        ("EAFNOSUPPORT", EAFNOSUPPORT), ("EAGAIN", EAGAIN), ("EALREADY", EALREADY), ("EBADF", EBADF),
        ("EBADMSG", EBADMSG), ("EBUSY", EBUSY), ("ECANCELED", ECANCELED), ("ECHILD", ECHILD),
        ("ECONNABORTED", ECONNABORTED), ("ECONNREFUSED", ECONNREFUSED), ("ECONNRESET", ECONNRESET),
        ("EDEADLK", EDEADLK), ("EDESTADDRREQ", EDESTADDRREQ), ("EDOM", EDOM), ("EDQUOT", EDQUOT),
        ("EEXIST", EEXIST), ("EFAULT", EFAULT), ("EFBIG", EFBIG), ("EHOSTUNREACH", EHOSTUNREACH),
        ("EIDRM", EIDRM), ("EILSEQ", EILSEQ), ("EINPROGRESS", EINPROGRESS), ("EINTR", EINTR),
        ("EINVAL", EINVAL), ("EIO", EIO), ("EISCONN", EISCONN), ("EISDIR", EISDIR), ("ELOOP", ELOOP),
        ("EMFILE", EMFILE), ("EMLINK", EMLINK), ("EMSGSIZE", EMSGSIZE), ("EMULTIHOP", EMULTIHOP),
        ("ENAMETOOLONG", ENAMETOOLONG), ("ENETDOWN", ENETDOWN), ("ENETRESET", ENETRESET),
        ("ENETUNREACH", ENETUNREACH), ("ENFILE", ENFILE), ("ENOBUFS", ENOBUFS), ("ENODATA", ENODATA),
        ("ENODEV", ENODEV), ("ENOENT", ENOENT), ("ENOEXEC", ENOEXEC), ("ENOLCK", ENOLCK), ("ENOLINK", ENOLINK),
        ("ENOMEM", ENOMEM), ("ENOMSG", ENOMSG), ("ENOPROTOOPT", ENOPROTOOPT), ("ENOSPC", ENOSPC),
        ("ENOSR", ENOSR), ("ENOSTR", ENOSTR), ("ENOSYS", ENOSYS), ("ENOTCONN", ENOTCONN), ("ENOTDIR", ENOTDIR),
        ("ENOTEMPTY", ENOTEMPTY), ("ENOTSOCK", ENOTSOCK), ("ENOTSUP", ENOTSUP), ("ENOTTY", ENOTTY),
        ("ENXIO", ENXIO), ("EOPNOTSUPP", EOPNOTSUPP), ("EOVERFLOW", EOVERFLOW), ("EPERM", EPERM),
        ("EPIPE", EPIPE), ("EPROTO", EPROTO), ("EPROTONOSUPPORT", EPROTONOSUPPORT), ("EPROTOTYPE", EPROTOTYPE),
        ("ERANGE", ERANGE), ("EROFS", EROFS), ("ESPIPE", ESPIPE), ("ESRCH", ESRCH), ("ESTALE", ESTALE),
        ("ETIME", ETIME), ("ETIMEDOUT", ETIMEDOUT), ("ETXTBSY", ETXTBSY), ("EWOULDBLOCK", EWOULDBLOCK),
        ("EXDEV", EXDEV),
    ]

    static let priorities: [(String, Int32)] = [
        ("PRIORITY_LOW", 19), ("PRIORITY_BELOW_NORMAL", 10), ("PRIORITY_NORMAL", 0),
        ("PRIORITY_ABOVE_NORMAL", -7), ("PRIORITY_HIGH", -14), ("PRIORITY_HIGHEST", -20),
    ]

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        func table(_ entries: [(String, Int32)]) -> JSObjectRef {
            let object = js.object()
            for (name, value) in entries { js.set(object, name, js.number(value)) }
            return object
        }
        let os = js.object()
        js.set(os, "UV_UDP_REUSEADDR", js.number(4))
        js.set(os, "signals", table(ConstantsBinding.signals))
        js.set(os, "errno", table(ConstantsBinding.errnos))
        js.set(os, "priority", table(ConstantsBinding.priorities))
        let dlopen = js.object()
        for (name, value) in [("RTLD_LAZY", RTLD_LAZY), ("RTLD_NOW", RTLD_NOW), ("RTLD_GLOBAL", RTLD_GLOBAL),
                              ("RTLD_LOCAL", RTLD_LOCAL), ("RTLD_DEEPBIND", RTLD_DEEPBIND)] {
            js.set(dlopen, name, js.number(value))
        }
        js.set(os, "dlopen", dlopen)
        let binding = js.object()
        js.set(binding, "os", os)
        return binding
    }
}
