#include "CliOutput.h"

#include <cstdio>

CliOutput::CliOutput()
    : out(stdout)
    , err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}
