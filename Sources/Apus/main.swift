import Glibc
import Runtime
import Bindings
import CLibUV

/// `apus [options] [script.js | -e code | -p code | -] [arguments]`

// A standard descriptor the parent closed would otherwise be reused by the first file the
// runtime opens, and output meant for stdout would land in it: each is pointed at /dev/null.
for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
    let opened = open("/dev/null", fd == 0 ? O_RDONLY : O_RDWR)
    if opened != fd, opened >= 0 { close(opened) }
}
// libuv needs the original argv memory to change the process title later.
_ = uv_setup_args(CommandLine.argc, CommandLine.unsafeArgv)
var arguments = CommandLine.arguments
let options: ProcessOptions
do {
    var parsed = try CommandLineParser.parse(arguments: arguments, nodeOptions: getenv("NODE_OPTIONS").map { String(cString: $0) })
    parsed.execPath = executablePath() ?? arguments[0]
    parsed.allowedEnvironmentFlags = { CommandLineParser.allowedEnvironmentFlags }
    options = parsed
} catch let error as CommandLineParser.BadOption {
    // Named as the program was invoked (argv[0]), as Node does.
    let text = "\(CommandLine.arguments.first ?? "apus"): \(error.message)\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(9)
}

func executablePath() -> String? {
    guard let path = realpath("/proc/self/exe", nil) else { return nil }
    defer { free(path) }
    return String(cString: path)
}

Startup.configureEngine(options)
if let cachePath = options.flags["--build-code-cache"] {
    exit(Startup.buildCodeCache(to: cachePath))
}
Startup.useCodeCache(beside: options.execPath)
let environment = Environment(options: options)
exit(environment.start())
