#pragma once

#include "CliOutput.h"

#include <QCoreApplication>
#include <QStringList>

// allo-cli template TYPE: prints a draft notice of that type as JSON, ready to edit.
class TemplateCommand
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommand)

public:
    explicit TemplateCommand(CliOutput &io)
        : m_io(io)
    {}
    int run(const QStringList &arguments);

private:
    CliOutput &m_io;
};
