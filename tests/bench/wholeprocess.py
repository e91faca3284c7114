#!/usr/bin/env python3
"""Times a command as a whole process: wholeprocess.py RUNS COMMAND [ARGS…]
Runs it RUNS times with stdout to /dev/null and prints the median, fastest and slowest wall
time, and the peak RSS of one more run."""
import subprocess
import sys
import time

runs, command = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL)
    times.append((time.perf_counter() - start) * 1000)
    if done.returncode != 0:
        sys.exit(f"{command[0]} exited with {done.returncode}")
# The peak from one more run under GNU time: Python's own wait4 would count the memory of the
# process it forked from, before the command replaced it.
measured = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", "/dev/stderr", *command],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
peak = int(measured.stderr.strip().splitlines()[-1]) / 1024
times.sort()
print(f"median {times[len(times) // 2]:.1f} ms (fastest {times[0]:.1f}, slowest {times[-1]:.1f}; {runs} runs), "
      f"peak RSS {peak:.1f} MB")
