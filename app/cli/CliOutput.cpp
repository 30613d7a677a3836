#include "CliOutput.h"

CliOutput::CliOutput()
    : out(&m_stdout)
    , err(&m_stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}
