import Glibc
import CJavaScriptCore
import JSBridge

/// `internalBinding('tty_wrap')`: terminal queries for tty.WriteStream / tty.ReadStream. Writes
/// to a terminal go through fs' synchronous writer; this binding only asks the terminal driver.
public enum TTYWrapBinding: InternalBinding {
    public static let name = "tty_wrap"

    /// The termios each descriptor had before setRawMode(true), restored by setRawMode(false).
    nonisolated(unsafe) static var savedModes: [Int32: termios] = [:]

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("isTTY") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.bool(isatty(try f.int32(0)) == 1) }
            },
            // getWindowSize(fd, out): fills out[0] = columns, out[1] = rows; 0 or a negative errno.
            NativeMethod("getWindowSize") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let fd = try f.int32(0)
                    let out = try f.object(1)
                    var size = winsize()
                    guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 else { return f.js.number(-errno) }
                    f.js.set(out, 0, f.js.number(Int(size.ws_col)))
                    f.js.set(out, 1, f.js.number(Int(size.ws_row)))
                    return f.js.number(0)
                }
            },
            // setRawMode(fd, raw): 0 or a negative errno. Raw mode is what a line editor needs:
            // no echo, no line buffering, no signal keys, bytes as typed.
            NativeMethod("setRawMode") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let fd = try f.int32(0)
                    let raw = f.bool(1)
                    if raw {
                        var mode = termios()
                        guard tcgetattr(fd, &mode) == 0 else { return f.js.number(-errno) }
                        if TTYWrapBinding.savedModes[fd] == nil { TTYWrapBinding.savedModes[fd] = mode }
                        mode.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
                        mode.c_oflag |= tcflag_t(ONLCR)
                        mode.c_cflag |= tcflag_t(CS8)
                        mode.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
                        withUnsafeMutableBytes(of: &mode.c_cc) { cc in
                            cc[Int(VMIN)] = 1
                            cc[Int(VTIME)] = 0
                        }
                        guard tcsetattr(fd, TCSADRAIN, &mode) == 0 else { return f.js.number(-errno) }
                    } else if var saved = TTYWrapBinding.savedModes[fd] {
                        guard tcsetattr(fd, TCSADRAIN, &saved) == 0 else { return f.js.number(-errno) }
                        TTYWrapBinding.savedModes[fd] = nil
                    }
                    return f.js.number(0)
                }
            },
        ])
    }
}
