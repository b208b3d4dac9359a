// Intentionally empty: CShims only declares private JavaScriptCore symbols (SwiftPM needs one source).
