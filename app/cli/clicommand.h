#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class CliContext;

// One top-level command of linedesk-cli ("init", "numbers", "route"…). run() receives the
// arguments after the command name and returns the process exit code.
struct CliCommand final
{
    QString name;
    const char *summary; // translated at print time (QT_TRANSLATE_NOOP("Cli", …))
    std::function<int(CliContext &context, const QStringList &arguments)> run;
};
