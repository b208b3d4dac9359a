import CJavaScriptCore
import CLibUV
import JSBridge

/// `internalBinding('performance')`: the process's start-up milestones and the loop's idle time,
/// from which lib/internal/perf builds `performance.nodeTiming` and event-loop utilization.
public enum PerformanceBinding: InternalBinding {
    public static let name = "performance"

    /// Must match kMilestones in lib/internal/perf/nodetiming.js.
    public enum Milestone: Int, CaseIterable {
        case nodeStart, v8Start, environment, bootstrapComplete, loopStart, loopExit
    }

    /// uv_hrtime() at each milestone; 0 until it is reached.
    nonisolated(unsafe) public static var milestones = [UInt64](repeating: 0, count: Milestone.allCases.count)

    public static func mark(_ milestone: Milestone) {
        milestones[milestone.rawValue] = uv_hrtime()
    }

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            // milestones(out: Float64Array): each milestone's hrtime in nanoseconds, 0 if not reached.
            NativeMethod("milestones") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let out = try f.bytes(0).bindMemory(to: Double.self)
                    for (i, time) in PerformanceBinding.milestones.enumerated() where i < out.count { out[i] = Double(time) }
                    return nil
                }
            },
            // loopIdleTime(): milliseconds the loop has spent waiting for events.
            NativeMethod("loopIdleTime") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(Double(uv_metrics_idle_time(currentHost.loop.raw)) / 1e6) }
            },
        ])
    }
}
