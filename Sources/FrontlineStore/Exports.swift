// Whoever opens the SQLite store also speaks the seam's types (rows, errors, protocols):
// tests and benchmarks that import FrontlineStore keep compiling without a second import.
@_exported import FrontlineStoreAPI
