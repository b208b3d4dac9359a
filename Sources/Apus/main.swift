import Glibc
import Runtime
import Bindings

/// `apus [options] [script.js | -e code | -p code | -] [arguments]`
var arguments = CommandLine.arguments
let options: ProcessOptions
do {
    var parsed = try CommandLineParser.parse(arguments: arguments, nodeOptions: getenv("NODE_OPTIONS").map { String(cString: $0) })
    parsed.execPath = executablePath() ?? arguments[0]
    options = parsed
} catch let error as CommandLineParser.BadOption {
    let text = "\(CommandLine.arguments[0].split(separator: "/").last ?? "apus"): \(error.message)\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(9)
}

func executablePath() -> String? {
    guard let path = realpath("/proc/self/exe", nil) else { return nil }
    defer { free(path) }
    return String(cString: path)
}

Startup.configureEngine(options)
let environment = Environment(options: options)
exit(environment.start())
