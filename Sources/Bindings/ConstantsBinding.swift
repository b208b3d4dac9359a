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
        let fs = table([
            ("UV_FS_SYMLINK_DIR", 1), ("UV_FS_SYMLINK_JUNCTION", 2), ("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY),
            ("O_RDWR", O_RDWR), ("UV_DIRENT_UNKNOWN", 0), ("UV_DIRENT_FILE", 1), ("UV_DIRENT_DIR", 2),
            ("UV_DIRENT_LINK", 3), ("UV_DIRENT_FIFO", 4), ("UV_DIRENT_SOCKET", 5), ("UV_DIRENT_CHAR", 6),
            ("UV_DIRENT_BLOCK", 7), ("S_IFMT", 0o170000), ("S_IFREG", 0o100000), ("S_IFDIR", 0o40000),
            ("S_IFCHR", 0o20000), ("S_IFBLK", 0o60000), ("S_IFIFO", 0o10000),
            ("S_IFLNK", 0o120000), ("S_IFSOCK", 0o140000), ("O_CREAT", O_CREAT), ("O_EXCL", O_EXCL),
            ("UV_FS_O_FILEMAP", 0), ("O_NOCTTY", O_NOCTTY), ("O_TRUNC", O_TRUNC), ("O_APPEND", O_APPEND),
            ("O_DIRECTORY", O_DIRECTORY), ("O_NOATIME", 0o1000000), ("O_NOFOLLOW", O_NOFOLLOW), ("O_SYNC", O_SYNC),
            ("O_DSYNC", O_DSYNC), ("O_DIRECT", 0o40000), ("O_NONBLOCK", O_NONBLOCK), ("S_IRWXU", 0o700),
            ("S_IRUSR", 0o400), ("S_IWUSR", 0o200), ("S_IXUSR", 0o100), ("S_IRWXG", 0o70), ("S_IRGRP", 0o40),
            ("S_IWGRP", 0o20), ("S_IXGRP", 0o10), ("S_IRWXO", 0o7), ("S_IROTH", 0o4), ("S_IWOTH", 0o2),
            ("S_IXOTH", 0o1), ("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK),
            ("UV_FS_COPYFILE_EXCL", 1), ("COPYFILE_EXCL", 1), ("UV_FS_COPYFILE_FICLONE", 2), ("COPYFILE_FICLONE", 2),
            ("UV_FS_COPYFILE_FICLONE_FORCE", 4), ("COPYFILE_FICLONE_FORCE", 4),
        ])
        let binding = js.object()
        js.set(binding, "os", os)
        js.set(binding, "fs", fs)
        return binding
    }
}
