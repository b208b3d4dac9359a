// swift-tools-version:5.9
import PackageDescription

// Start-up time matters: no implicit Concurrency/StringProcessing imports (they pull in shared
// libraries Apus never uses), and the Swift runtime linked statically (no symbol binding at load).
let optimize: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-wmo"], .when(configuration: .release)),
    .unsafeFlags(["-Xfrontend", "-disable-implicit-concurrency-module-import",
                  "-Xfrontend", "-disable-implicit-string-processing-module-import"]),
]

let package = Package(
    name: "Apus",
    products: [.executable(name: "apus", targets: ["Apus"])],
    targets: [
        .systemLibrary(name: "CJavaScriptCore", pkgConfig: "javascriptcoregtk-4.1",
                       providers: [.apt(["libjavascriptcoregtk-4.1-dev"])]),
        .systemLibrary(name: "CLibUV", pkgConfig: "libuv", providers: [.apt(["libuv1-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CShims", dependencies: ["CJavaScriptCore"],
                linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),
        .target(name: "CBuiltins", cSettings: [.unsafeFlags(["-std=c23"])]),
        .target(name: "JSBridge", dependencies: ["CJavaScriptCore", "CShims"], swiftSettings: optimize),
        .target(name: "EventLoop", dependencies: ["CLibUV", "JSBridge"], swiftSettings: optimize),
        .target(name: "Bindings", dependencies: ["JSBridge", "EventLoop", "CLibUV", "CShims", "CBuiltins", "CZlib"],
                swiftSettings: optimize),
        .target(name: "Runtime", dependencies: ["Bindings", "JSBridge", "EventLoop", "CBuiltins", "CShims", "CLibUV"],
                swiftSettings: optimize),
        .executableTarget(name: "Apus", dependencies: ["Runtime", "CLibUV"], swiftSettings: optimize,
                          linkerSettings: [
                            .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
                            // The engine's error makers that CShims/engine_error_messages.c words as V8.
                            .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=_ZN3JSC20createReferenceErrorEPNS_14JSGlobalObjectERKN3WTF6StringE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC11createErrorEPNS_14JSGlobalObjectENS_7JSValueERKN3WTF6StringEPFS4_S6_NS3_10StringViewENS_11RuntimeTypeENS_13ErrorInstance28SourceTextWhereErrorOccurredEE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC15createTypeErrorEPNS_14JSGlobalObjectERKN3WTF6StringE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC16createRangeErrorEPNS_14JSGlobalObjectERKN3WTF6StringE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC14createURIErrorEPNS_14JSGlobalObjectERKN3WTF6StringE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC14throwTypeErrorEPNS_14JSGlobalObjectERNS_10ThrowScopeERKN3WTF6StringE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC14throwTypeErrorEPNS_14JSGlobalObjectERNS_10ThrowScopeEN3WTF12ASCIILiteralE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC11createErrorEPNS_14JSGlobalObjectENS_22ErrorTypeWithExtensionERKN3WTF6StringE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC17createSyntaxErrorEPNS_14JSGlobalObjectERKN3WTF6StringE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC11createErrorEPNS_14JSGlobalObjectERKN3WTF6StringE",
                                          "-Xlinker", "--export-dynamic-symbol=_ZN3JSC11createErrorEPNS_14JSGlobalObjectENS_9ErrorTypeERKN3WTF6StringE"]),
                            // libuv's thread-pool wakeup, which CShims/loop_async_send.c keeps the loop from spinning on.
                            .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=uv_async_send"]),
                          ]),
        .testTarget(name: "ApusTests", dependencies: ["Runtime", "JSBridge", "EventLoop", "CShims"]),
    ]
)
