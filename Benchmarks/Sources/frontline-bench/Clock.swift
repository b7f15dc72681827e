import Glibc

/// Monotonic seconds, unaffected by the wall clock being set.
func monotonic() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func sleepSeconds(_ seconds: Double) {
    usleep(UInt32(seconds * 1_000_000))
}
