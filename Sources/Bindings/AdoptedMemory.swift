import CJavaScriptCore
import CShims
import Glibc
import JSBridge
import Synchronization

/// ArrayBuffers over memory Apus allocated itself (malloc'd, not zeroed: Buffer.allocUnsafe,
/// Buffer.concat, file reads, string encodes), and the collections they need.
///
/// The engine sizes its next full collection from the heap it found live at the last one, and
/// counts array buffers in that heap: after a moment with a large live buffer (a 256 MB file
/// read) it lets the heap grow about three times that before collecting fully again, and array
/// buffers die only in full collections. Dropped file reads and the chunks of a piped file then
/// piled up (three dropped 256 MB reads kept 800 MB resident; a pipe after them ran 20% slower,
/// on fresh pages). So the bytes adopted here are counted while alive, and when they grow by
/// more than a step past what was alive after the last forced collection, a full collection runs
/// before the next adoption. A full collection costs what it marks, the object heap (about a
/// millisecond when small), so the step is twice that heap, and at least 64 MB.
enum AdoptedMemory {
    /// Bytes of live adopted buffers. Buffers are freed wherever the engine finalizes them,
    /// which may be its collector thread.
    private static let liveBytes = Atomic<Int>(0)
    /// Touched on the JS thread only.
    nonisolated(unsafe) private static var collectAbove = minimumStep
    private static let minimumStep = 64 << 20

    static var live: Int { liveBytes.load(ordering: .relaxed) }

    /// The bytes of the engine's heap that a full collection marks (what it holds apart from
    /// external memory).
    private static func objectHeapBytes(_ ctx: JSContextRef) -> Int {
        let heap = ProcessMethodsBinding.heapStatistics(ctx)
        return Int(max(0, heap.size - heap.extra))
    }

    /// An ArrayBuffer that takes over malloc'd `bytes` (freed with it); they are freed if it
    /// cannot be made.
    static func arrayBuffer(_ ctx: JSContextRef, adopting bytes: UnsafeMutableRawPointer, count: Int) throws -> JSObjectRef {
        if live + count > collectAbove {
            JSSynchronousGarbageCollectForDebugging(ctx)
            collectAbove = live + max(minimumStep, 2 * objectHeapBytes(ctx))
        }
        var exception: JSValueRef?
        let context = UnsafeMutableRawPointer(bitPattern: count)
        let buffer = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, count, { pointer, context in
            free(pointer)
            AdoptedMemory.liveBytes.subtract(Int(bitPattern: context), ordering: .relaxed)
        }, context, &exception)
        guard let buffer, exception == nil else {
            free(bytes)
            throw exception.map(NativeError.exception) ?? NativeError.error("Array buffer allocation failed", constructor: "RangeError")
        }
        liveBytes.add(count, ordering: .relaxed)
        return buffer
    }
}
