#pragma once

class QWidget;

// For bench/ui/bench_startup: when ALLO_STARTUP_PROBE is set, the window's first paint is
// reported on standard output (a line starting with marker, then the peak memory so far as
// "peak-rss-kib=N") and the program quits, so the
// benchmark can time the real program from its start to its first painted window. Without the
// variable it does nothing.
class StartupProbe
{
public:
    static constexpr const char *variable = "ALLO_STARTUP_PROBE";
    static constexpr const char *marker = "allo-first-paint";

    // Call once, with the main window, before the event loop starts, and before any other
    // FirstPaint::then on it so that the report comes first.
    static void watch(QWidget *window);
};
