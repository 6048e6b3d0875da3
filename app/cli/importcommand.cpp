// import cdr: reads call detail records from the contract's CSV into the account.

#include "clicommands.h"
#include "clicontext.h"

#include "core/localization.h"
#include "reports/cdrimporter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

namespace {

int runImportCdr(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), CliContext::tr("Header: %1").arg(QLatin1String(CdrImporter::header())));
    if (auto stop = context.parseCommand(parser, QStringLiteral("import cdr"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(CliContext::tr("import cdr: expected one CSV file, as in “import cdr calls.csv”"));
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return context.usageError(CliContext::tr("import cdr: there is no file “%1”").arg(path));
    if (auto opened = context.openDatabase(); !opened)
        return context.fail(opened.error());
    auto account = context.account();
    if (!account)
        return context.fail(account.error());
    auto summary = CdrImporter(context.database().connection(), account.value()).importFile(path);
    if (!summary)
        return context.fail(Error{summary.errorKind(), CliContext::tr("%1: %2").arg(path, summary.errorMessage())});
    const QLocale locale = Localization::locale();
    context.output().object(QJsonObject{{QStringLiteral("rows"), summary->rows},
                                        {QStringLiteral("imported"), summary->imported},
                                        {QStringLiteral("duplicates"), summary->duplicates}},
                            {{CliContext::tr("Rows read"), locale.toString(summary->rows)},
                             {CliContext::tr("Calls imported"), locale.toString(summary->imported)},
                             {CliContext::tr("Already present"), locale.toString(summary->duplicates)}});
    return CliContext::Success;
}

int runImport(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() != QLatin1String("cdr"))
        return context.usageError(CliContext::tr("import: expected “cdr”, as in “import cdr FILE.csv”"));
    return runImportCdr(context, arguments.mid(1));
}

} // namespace

CliCommand importCommand()
{
    return {QStringLiteral("import"), QT_TRANSLATE_NOOP("Cli", "Import call records: import cdr FILE.csv."), runImport};
}
