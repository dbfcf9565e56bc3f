"""Speed-ups, all off with ``healthkb_speedups = False``; none changes the output."""
