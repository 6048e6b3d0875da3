// billing prorate: what a service of a monthly price started on a date pays now (PRODUCT.md rule 2).

#include "clicommands.h"
#include "clicontext.h"

#include "core/localization.h"
#include "subscription/proration.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

int runProrate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption monthly(QStringLiteral("monthly"), CliContext::tr("Monthly price of the service, e.g. 12.95."),
                                     CliContext::tr("AMOUNT"));
    const QCommandLineOption start(QStringLiteral("start"), CliContext::tr("Day the service starts (YYYY-MM-DD)."), CliContext::tr("DATE"));
    const QCommandLineOption invoiceDay(QStringLiteral("invoice-day"),
                                        CliContext::tr("Invoice day of the month, 1–28, or 0 for the last day (default 1)."),
                                        CliContext::tr("D"), QStringLiteral("1"));
    const QCommandLineOption prepaid(QStringLiteral("prepaid"), CliContext::tr("A prepaid account: one full month is due as well."));
    parser.addOptions({monthly, start, invoiceDay, prepaid});
    if (auto stop = context.parseCommand(parser, QStringLiteral("billing prorate"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(CliContext::tr("billing prorate: unexpected argument “%1”").arg(parser.positionalArguments().first()));
    if (!parser.isSet(monthly))
        return context.usageError(CliContext::tr("billing prorate: --monthly AMOUNT is required"));
    if (!parser.isSet(start))
        return context.usageError(CliContext::tr("billing prorate: --start DATE is required"));
    auto price = Money::parse(parser.value(monthly), QStringLiteral("USD"));
    if (!price)
        return context.usageError(CliContext::tr("billing prorate: --monthly “%1”: %2").arg(parser.value(monthly), price.errorMessage()));
    const QDate day = QDate::fromString(parser.value(start), Qt::ISODate);
    if (!day.isValid() || parser.value(start).size() != 10)
        return context.usageError(CliContext::tr("billing prorate: --start “%1” is not a date (YYYY-MM-DD)").arg(parser.value(start)));
    bool numeric = false;
    const int dayOfMonth = parser.value(invoiceDay).toInt(&numeric);
    if (!numeric || !Proration::isValidInvoiceDay(dayOfMonth)) {
        return context.usageError(CliContext::tr("billing prorate: --invoice-day “%1” must be 1 to 28, or 0 for the last day")
                                      .arg(parser.value(invoiceDay)));
    }
    auto quote = Proration::quote(price.value(), day, dayOfMonth, parser.isSet(prepaid));
    if (!quote)
        return context.usageError(CliContext::tr("billing prorate: %1").arg(quote.errorMessage()));

    const QLocale locale = Localization::locale();
    const QJsonObject json{{QStringLiteral("prorated"), quote->prorated.toDecimalString()},
                           {QStringLiteral("due_now"), quote->dueNow.toDecimalString()},
                           {QStringLiteral("days"), quote->days},
                           {QStringLiteral("period_days"), quote->periodDays}};
    const QList<QPair<QString, QString>> lines{
        {CliContext::tr("Prorated"), quote->prorated.format(locale)},
        {CliContext::tr("Due now"), quote->dueNow.format(locale)},
        {CliContext::tr("Days"), CliContext::tr("%1 of %2 (to %3)").arg(quote->days).arg(quote->periodDays)
                                     .arg(locale.toString(quote->nextInvoice, QLocale::ShortFormat))}};
    context.output().object(json, lines);
    return CliContext::Success;
}

int runBilling(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("prorate"))
        return runProrate(context, arguments.mid(1));
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out() << CliContext::tr("Usage: linedesk-cli [global options] billing prorate --monthly AMOUNT --start DATE "
                                        "[--invoice-day D] [--prepaid]")
                      << '\n';
        context.out().flush();
        return sub.isEmpty() ? CliContext::InvalidUsage : CliContext::Success;
    }
    return context.usageError(CliContext::tr("billing: unknown subcommand “%1”; use prorate").arg(sub));
}

} // namespace

CliCommand billingCommand()
{
    return {QStringLiteral("billing"), QT_TRANSLATE_NOOP("Cli", "Prorate a monthly price: billing prorate --monthly A --start DATE."),
            runBilling};
}
