package pick

// Formats exposes the reason formats to the locale test.
var Formats = formats
