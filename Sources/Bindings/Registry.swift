import CJavaScriptCore
import JSBridge

/// Every `internalBinding(name)` Apus has, in one list.
public enum Registry {
    public static let bindings: [InternalBinding.Type] = [
        BufferBinding.self,
        CaresWrapBinding.self,
        BuiltinsBinding.self,
        ContextifyBinding.self,
        CryptoBinding.self,
        CredentialsBinding.self,
        ErrorsBinding.self,
        FSBinding.self,
        FSEventWrapBinding.self,
        ICUBinding.self,
        ProcessMethodsBinding.self,
        SignalWrapBinding.self,
        TCPWrapBinding.self,
        TTYWrapBinding.self,
        UDPWrapBinding.self,
        ZlibBinding.self,
        SpawnSyncBinding.self,
        ProcessWrapBinding.self,
        PipeWrapBinding.self,
        OSBinding.self,
        PerformanceBinding.self,
        TaskQueueBinding.self,
        TimersBinding.self,
        UtilBinding.self,
        UVBinding.self,
        URLBinding.self,
        ConstantsBinding.self,
    ]

    public static func binding(named name: String) -> InternalBinding.Type? {
        bindings.first { $0.name == name }
    }
}
