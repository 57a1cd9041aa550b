package search

import (
	"syscall"
	"time"
)

// threadCPU returns the CPU time the calling thread has used. Benchmarks
// lock their goroutine to its thread and read it around each query, which
// measures a query's own work even on a machine busy with other programs.
func threadCPU() (time.Duration, bool) {
	const rusageThread = 1 // RUSAGE_THREAD
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
