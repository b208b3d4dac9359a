import Bindings

/// Node's command-line rules: options come before the script; everything after the script (or
/// after `--`) belongs to the script. NODE_OPTIONS is parsed first and is not part of execArgv.
public enum CommandLineParser {
    public struct BadOption: Error, Equatable {
        public let message: String
    }

    enum Arity { case flag, value }

    /// Options Apus accepts, by canonical name (V8 options accept `_` for `-`).
    static let known: [String: Arity] = [
        "--eval": .value, "--print": .flag, "--require": .value, "--version": .flag, "--help": .flag,
        "--interactive": .flag, "--check": .flag, "--expose-gc": .flag, "--expose-internals": .flag,
        "--no-warnings": .flag, "--trace-warnings": .flag, "--no-deprecation": .flag,
        "--throw-deprecation": .flag, "--pending-deprecation": .flag, "--trace-deprecation": .flag,
        "--stack-trace-limit": .value, "--unhandled-rejections": .value, "--max-old-space-size": .value,
        "--max-semi-space-size": .value, "--stack-size": .value, "--abort-on-uncaught-exception": .flag,
        "--zero-fill-buffers": .flag, "--preserve-symlinks": .flag, "--preserve-symlinks-main": .flag,
        "--input-type": .value, "--enable-source-maps": .flag, "--title": .value, "--trace-uncaught": .flag,
        "--no-force-async-hooks-checks": .flag, "--force-async-hooks-checks": .flag, "--allow-natives-syntax": .flag,
        "--expose-externalize-string": .flag, "--no-experimental-global-webcrypto": .flag, "--trace-exit": .flag,
        "--warnings": .flag, "--deprecation": .flag, "--insecure-http-parser": .flag, "--no-addons": .flag,
        "--conditions": .value, "--no-extra-info-on-fatal-exception": .flag, "--frozen-intrinsics": .flag,
        "--disable-proto": .value, "--env-file": .value, "--test": .flag, "--jitless": .flag,
        "--trace-sigint": .flag, "--no-global-search-paths": .flag, "--openssl-legacy-provider": .flag,
        "--redirect-warnings": .value, "--disallow-code-generation-from-strings": .flag,
        "--max-http-header-size": .value, "--security-revert": .value, "--expose-gc-as": .value,
        "--experimental-default-type": .value, "--experimental-detect-module": .flag,
        "--huge-max-old-generation-size": .flag, "--max-heap-size": .value, "--gc-interval": .value,
        "--harmony": .flag, "--no-harmony": .flag, "--report-on-fatalerror": .flag, "--tls-min-v1.0": .flag,
        "--tls-min-v1.1": .flag, "--tls-min-v1.2": .flag, "--tls-min-v1.3": .flag, "--tls-max-v1.2": .flag,
        "--tls-max-v1.3": .flag, "--dns-result-order": .value, "--diagnostic-dir": .value,
        "--experimental-vm-modules": .flag, "--inspect": .flag,
        "--no-node-snapshot": .flag, "--experimental-permission": .flag, "--use-largepages": .value,
        "--heapsnapshot-near-heap-limit": .value, "--secure-heap": .value, "--secure-heap-min": .value,
        "--icu-data-dir": .value, "--experimental-shadow-realm": .flag, "--experimental-wasm-modules": .flag,
        "--experimental-import-meta-resolve": .flag, "--experimental-network-imports": .flag,
        "--experimental-json-modules": .flag, "--experimental-abortcontroller": .flag,
        "--experimental-worker": .flag, "--experimental-report": .flag, "--experimental-websocket": .flag,
        "--experimental-global-customevent": .flag, "--experimental-global-webcrypto": .flag,
        "--experimental-fetch": .flag, "--no-experimental-fetch": .flag, "--experimental-eventsource": .flag,
        "--experimental-require-module": .flag, "--experimental-loader": .value, "--loader": .value,
        "--import": .value, "--experimental-specifier-resolution": .value, "--watch": .flag,
        "--experimental-sea-config": .value, "--track-heap-objects": .flag, "--v8-pool-size": .value,
        "--perf-basic-prof": .flag, "--perf-prof": .flag, "--interpreted-frames-native-stack": .flag,
        "--predictable-gc-schedule": .flag, "--single-threaded": .flag, "--single-threaded-gc": .flag,
        "--no-opt": .flag, "--always-opt": .flag, "--no-concurrent-array-buffer-sweeping": .flag,
        "--experimental-policy": .value, "--policy-integrity": .value, "--es-module-specifier-resolution": .value,
        "--build-code-cache": .value, "--test-only": .flag, "--use-strict": .flag,
    ]

    /// Options that only make sense on the command line itself.
    static let notAllowedInEnvironment: Set<String> = [
        "--eval", "--print", "--check", "--help", "--version", "--interactive", "--test", "--expose-internals",
        "--allow-natives-syntax", "--harmony", "--no-harmony", "--single-threaded",
        "--no-opt", "--always-opt", "--predictable-gc-schedule", "--build-code-cache",
    ]

    /// process.allowedNodeEnvironmentFlags: what NODE_OPTIONS accepts.
    public static var allowedEnvironmentFlags: [String] {
        known.keys.filter { !notAllowedInEnvironment.contains($0) }.sorted() + ["-r", "-C"]
    }

    static let shortAliases: [String: String] = [
        "-e": "--eval", "-p": "--print", "-r": "--require", "-v": "--version", "-h": "--help",
        "-i": "--interactive", "-c": "--check", "-C": "--conditions",
    ]

    static func canonical(_ name: String) -> String {
        // V8 options may be written with underscores: --expose_gc == --expose-gc.
        "--" + String(name.dropFirst(2).map { $0 == "_" ? "-" : $0 })
    }

    static func isKnown(_ name: String) -> Bool {
        if known[name] != nil { return true }
        for prefix in ["--harmony-", "--no-harmony-", "--experimental-", "--no-experimental-", "--inspect-",
                       "--trace-", "--no-trace-", "--max-", "--allow-", "--no-allow-"]
        where name.hasPrefix(prefix) { return true }
        return false
    }

    public static func parse(arguments: [String], nodeOptions: String?) throws -> ProcessOptions {
        var options = ProcessOptions()
        options.argv0 = arguments.first ?? "apus"
        if let nodeOptions, !nodeOptions.isEmpty {
            var envOptions = ProcessOptions()
            let words = splitNodeOptions(nodeOptions)
            let rest = try parseOptions(words, into: &envOptions, recordExecArgv: false, fromEnvironment: true)
            if !rest.isEmpty { throw BadOption(message: "\(rest[0]) is not allowed in NODE_OPTIONS") }
            options.flags = envOptions.flags
            options.requires = envOptions.requires
            options.imports = envOptions.imports
            options.envFiles = envOptions.envFiles
            options.conditions = envOptions.conditions
            if envOptions.mode != .stdin { options.mode = envOptions.mode }
        }
        let rest = try parseOptions(Array(arguments.dropFirst()), into: &options, recordExecArgv: true,
                                    fromEnvironment: false)
        if options.flags["--check"] != nil && (options.mode == .eval || options.mode == .print) {
            throw BadOption(message: "either --check or --eval can be used, not both")
        }
        switch options.mode {
        case .eval, .print, .help, .version:
            options.scriptArgs = rest
        default:
            if let script = rest.first, script != "-" {
                options.mode = .file
                options.scriptPath = script
                options.scriptArgs = Array(rest.dropFirst())
            } else {
                options.mode = .stdin
                options.scriptArgs = Array(rest.dropFirst())
            }
        }
        return options
    }

    /// Consumes options from the front of `words`; returns the script and its arguments.
    static func parseOptions(_ words: [String], into options: inout ProcessOptions, recordExecArgv: Bool,
                             fromEnvironment: Bool) throws -> [String] {
        var index = 0
        while index < words.count {
            let word = words[index]
            if word == "--" { return Array(words[(index + 1)...]) }
            if word == "-" || !word.hasPrefix("-") { return Array(words[index...]) }
            var name = word, value: String?
            if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                value = String(word[word.index(after: equals)...])
            }
            if name == "-pe" || name == "-ep" { name = "--print"; options.mode = .print; name = "--eval" }
            if let long = shortAliases[name] { name = long }
            name = name.hasPrefix("--") ? canonical(name) : name
            // `--no-x` turns a boolean option off: `--x` leaves the flags and `--no-x` is there
            // instead, as for a listed `--no-x` (such as --no-warnings); the last of the two wins.
            if known[name] == nil, name.hasPrefix("--no-"), let positive = known["--" + name.dropFirst(5)] {
                guard positive == .flag else {
                    throw BadOption(message: "\(word) is an invalid negation because it is not a boolean option")
                }
                options.flags.removeValue(forKey: "--" + name.dropFirst(5))
                options.flags[name] = ""
                if recordExecArgv { options.execArgv.append(word) }
                index += 1
                continue
            }
            guard isKnown(name) else { throw BadOption(message: "bad option: \(word)") }
            if name.hasPrefix("--no-") { options.flags.removeValue(forKey: "--" + name.dropFirst(5)) }
            else { options.flags.removeValue(forKey: "--no-" + name.dropFirst(2)) }
            if fromEnvironment && notAllowedInEnvironment.contains(name) {
                throw BadOption(message: "\(word) is not allowed in NODE_OPTIONS")
            }
            let consumedStart = index
            if known[name] == .value && value == nil {
                guard index + 1 < words.count else { throw BadOption(message: "\(word) requires an argument") }
                index += 1
                value = words[index]
            }
            switch name {
            case "--eval":
                if options.mode != .print { options.mode = .eval }
                options.evalSource = unescapedScript(value ?? "")
            case "--print":
                options.mode = .print
                // `-p script` takes the next word as the script when no --eval came first and
                // that word is no option (`-p -e code`).
                if options.evalSource == nil, value == nil, index + 1 < words.count, !words[index + 1].hasPrefix("-") {
                    index += 1
                    options.evalSource = unescapedScript(words[index])
                }
            case "--require": options.requires.append(value ?? "")
            case "--import": options.imports.append(value ?? "")
            case "--env-file": options.envFiles.append(value ?? "")
            case "--conditions": options.conditions.append(value ?? "")
            case "--version": if options.mode == .stdin { options.mode = .version }
            case "--help": if options.mode == .stdin { options.mode = .help }
            case "--interactive": options.forceRepl = true
            default: break
            }
            options.flags[name] = value ?? ""
            if recordExecArgv { options.execArgv.append(contentsOf: words[consumedStart...index]) }
            index += 1
        }
        return []
    }

    /// Code for -e/-p that begins with `\-` is written so to not be read as an option: the
    /// backslash is dropped, as Node does.
    static func unescapedScript(_ text: String) -> String {
        text.hasPrefix("\\-") ? String(text.dropFirst()) : text
    }

    /// Splits NODE_OPTIONS on spaces, honouring double quotes and backslash escapes.
    static func splitNodeOptions(_ text: String) -> [String] {
        var words: [String] = [], current = "", inQuotes = false, escaping = false, hasWord = false
        for character in text {
            if escaping { current.append(character); escaping = false; continue }
            switch character {
            case "\\" where inQuotes: escaping = true
            case "\"": inQuotes.toggle(); hasWord = true
            case " " where !inQuotes:
                if hasWord || !current.isEmpty { words.append(current) }
                current = ""; hasWord = false
            default: current.append(character)
            }
        }
        if hasWord || !current.isEmpty { words.append(current) }
        return words
    }
}
