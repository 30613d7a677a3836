#pragma once

// Ends the program when its standard input reaches its end. A program started by another one
// with a pipe on its input (allo-sandbox under allo-console --sandbox) then stops with its
// parent, even one killed outright: the system closes the pipe when the parent dies, where a
// parent's own clean-up never runs.
class StdinWatch
{
public:
    // Call once, with a QCoreApplication; it quits (exit code 0) at the end of the input.
    static void quitAtEnd();
};
