// report calls: the Custom Reports call report from the command line (dates inclusive in the
// account's time zone, at most 6 months back).

#include "clicommands.h"
#include "clicontext.h"

#include "core/localization.h"
#include "core/money.h"
#include "reports/cdrimporter.h"
#include "reports/reportcsvwriter.h"
#include "reports/reportrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

int runReportCalls(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"), CliContext::tr("First day, YYYY-MM-DD (at most 6 months back)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), CliContext::tr("Last day, YYYY-MM-DD (inclusive)."), QStringLiteral("DATE"));
    const QCommandLineOption didOption(QStringLiteral("did"), CliContext::tr("Only this number (repeat for several)."), QStringLiteral("E164"));
    const QCommandLineOption typeOption(QStringLiteral("type"), CliContext::tr("all, answered, missed, voicemail, blocked or outbound."),
                                        QStringLiteral("TYPE"), QStringLiteral("all"));
    const QCommandLineOption groupOption(QStringLiteral("group-by"), CliContext::tr("none, day, did or hour."), QStringLiteral("GROUP"),
                                         QStringLiteral("none"));
    parser.addOptions({fromOption, toOption, didOption, typeOption, groupOption});
    if (auto stop = context.parseCommand(parser, QStringLiteral("report calls"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(CliContext::tr("report calls: unexpected argument “%1”").arg(parser.positionalArguments().first()));
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return context.usageError(CliContext::tr("report calls: --from and --to are required (YYYY-MM-DD)"));

    ReportQuery query;
    query.from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
    query.to = QDate::fromString(parser.value(toOption), Qt::ISODate);
    if (!query.from.isValid())
        return context.usageError(CliContext::tr("report calls: --from “%1” is not a date (YYYY-MM-DD)").arg(parser.value(fromOption)));
    if (!query.to.isValid())
        return context.usageError(CliContext::tr("report calls: --to “%1” is not a date (YYYY-MM-DD)").arg(parser.value(toOption)));
    query.dids = parser.values(didOption);
    if (!ReportQuery::parseType(parser.value(typeOption), &query.type))
        return context.usageError(CliContext::tr("report calls: --type must be all, answered, missed, voicemail, blocked or outbound, not “%1”")
                                      .arg(parser.value(typeOption)));
    if (!ReportQuery::parseGrouping(parser.value(groupOption), &query.grouping))
        return context.usageError(CliContext::tr("report calls: --group-by must be none, day, did or hour, not “%1”").arg(parser.value(groupOption)));

    if (auto opened = context.openDatabase(); !opened)
        return context.fail(opened.error());
    auto account = context.account();
    if (!account)
        return context.fail(account.error());
    const ReportRepository repository(context.database().connection(), account.value());
    if (auto valid = repository.validate(query, context.clock.today(account->timeZone())); !valid)
        return context.fail(valid.error());

    if (context.format == CliOutput::Format::Csv) {
        // Streamed: millions of calls never sit in memory.
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(Error{Error::Kind::Database, out.errorString()});
        auto written = ReportCsvWriter::write(&out, repository, query, false);
        out.flush();
        return written ? CliContext::Success : context.fail(written.error());
    }

    auto totals = repository.totals(query);
    if (!totals)
        return context.fail(totals.error());
    const QString currency = account->currency;
    const auto decimal = [&](qint64 micro) { return Money::fromMicro(micro, currency).toDecimalString(); };
    QStringList keys;
    QStringList headers;
    QList<QVariantList> rows;
    if (query.grouping != ReportQuery::Grouping::None) {
        auto groups = repository.groups(query);
        if (!groups)
            return context.fail(groups.error());
        keys = ReportCsvWriter::groupHeader().split(QLatin1Char(','));
        headers = QStringList{ReportQuery::groupingLabel(query.grouping), CliContext::tr("Calls"), CliContext::tr("Seconds"),
                              CliContext::tr("Charge")};
        for (const ReportGroup &group : groups.value())
            rows.append({group.key, group.totals.calls, group.totals.durationS, decimal(group.totals.chargeMicro)});
    } else {
        auto cursor = repository.cursor(query);
        if (!cursor)
            return context.fail(cursor.error());
        keys = QString::fromLatin1(CdrImporter::header()).split(QLatin1Char(','));
        headers = QStringList{CliContext::tr("Start (UTC)"), CliContext::tr("Number"), CliContext::tr("Caller"), CliContext::tr("Type"),
                              CliContext::tr("Seconds"), CliContext::tr("Charge")};
        while (cursor.value().next()) {
            const CallRecord call = ReportRepository::recordFrom(cursor.value());
            rows.append({QDateTime::fromSecsSinceEpoch(call.startedAt, Qt::UTC).toString(Qt::ISODate), call.did, call.caller,
                         call.disposition, call.durationS, decimal(call.chargeMicro)});
        }
    }

    if (context.format == CliOutput::Format::Json) {
        QJsonArray array;
        for (const QVariantList &row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < keys.size(); ++i)
                object.insert(keys.at(i), QJsonValue::fromVariant(row.value(i)));
            array.append(object);
        }
        const QJsonObject json{{QStringLiteral("from"), query.from.toString(Qt::ISODate)},
                               {QStringLiteral("to"), query.to.toString(Qt::ISODate)},
                               {QStringLiteral("dids"), QJsonArray::fromStringList(query.dids)},
                               {QStringLiteral("type"), ReportQuery::typeName(query.type)},
                               {QStringLiteral("group_by"), ReportQuery::groupingName(query.grouping)},
                               {QStringLiteral("currency"), currency},
                               {QStringLiteral("totals"), QJsonObject{{QStringLiteral("calls"), totals->calls},
                                                                      {QStringLiteral("duration_s"), totals->durationS},
                                                                      {QStringLiteral("charge"), decimal(totals->chargeMicro)}}},
                               {QStringLiteral("rows"), array}};
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        context.out().flush();
        return CliContext::Success;
    }
    context.output().records(keys, headers, rows);
    const QLocale locale = Localization::locale();
    context.out() << CliContext::tr("Total: %1 calls, %2 minutes, %3")
                         .arg(locale.toString(totals->calls), locale.toString(double(totals->durationS) / 60.0, 'f', 1),
                              Money::fromMicro(totals->chargeMicro, currency).format(locale))
                  << '\n';
    context.out().flush();
    return CliContext::Success;
}

int runReport(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() != QLatin1String("calls")) {
        if (!arguments.isEmpty() && (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h"))) {
            context.out() << CliContext::tr("Usage: linedesk-cli [global options] report calls --from DATE --to DATE [--did E164]... "
                                            "[--type TYPE] [--group-by GROUP]")
                          << '\n';
            context.out().flush();
            return CliContext::Success;
        }
        return context.usageError(CliContext::tr("report: expected “calls”, as in “report calls --from DATE --to DATE”"));
    }
    return runReportCalls(context, arguments.mid(1));
}

} // namespace

CliCommand reportCommand()
{
    return {QStringLiteral("report"), QT_TRANSLATE_NOOP("Cli", "Call reports: report calls --from DATE --to DATE [--did E164]... [--type] [--group-by]."),
            runReport};
}
