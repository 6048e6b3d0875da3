// finances: balance | upcoming | transactions --from --to | add-funds AMOUNT --method card|paypal|wire
//           | autobill [--threshold A] [--amount A] [--enabled on|off] … | forecast --days N

#include "clicommands.h"
#include "clicontext.h"

#include "accounts/accessrole.h"
#include "core/localization.h"
#include "finances/addfunds.h"
#include "finances/autobilling.h"
#include "finances/forecast.h"
#include "finances/ledger.h"
#include "finances/offlinepaymentgateway.h"
#include "finances/paymentmethods.h"
#include "finances/transactionhistory.h"
#include "finances/upcomingcharges.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The gateway of the CLI: the offline one. LINEDESK_OFFLINE_DECLINE="reason" declines every charge
// (to rehearse a decline in scripts); otherwise only expired cards are declined.
std::unique_ptr<OfflinePaymentGateway> makeGateway()
{
    auto gateway = std::make_unique<OfflinePaymentGateway>();
    const QString decline = qEnvironmentVariable("LINEDESK_OFFLINE_DECLINE");
    if (!decline.isEmpty())
        gateway->setDeclineRule([decline](const PaymentGateway::ChargeRequest &) { return decline; });
    return gateway;
}

int runBalance(CliContext &context, const Account &account)
{
    auto balance = Ledger(context.database().connection(), account).balance();
    if (!balance)
        return context.fail(balance.error());
    context.output().object(QJsonObject{{QStringLiteral("balance"), balance->toDecimalString()},
                                        {QStringLiteral("currency"), account.currency}},
                            {{CliContext::tr("Balance"), balance->format(Localization::locale())}});
    return CliContext::Success;
}

int runUpcoming(CliContext &context, const Account &account)
{
    auto windows = UpcomingCharges::forAccount(context.database().connection(), account, context.clock);
    if (!windows)
        return context.fail(windows.error());
    const QLocale locale = Localization::locale();
    context.output().object(QJsonObject{{QStringLiteral("tomorrow"), windows->tomorrow.toDecimalString()},
                                        {QStringLiteral("next_3_days"), windows->next3Days.toDecimalString()},
                                        {QStringLiteral("next_7_days"), windows->next7Days.toDecimalString()}},
                            {{CliContext::tr("Tomorrow"), windows->tomorrow.format(locale)},
                             {CliContext::tr("Next 3 Days"), windows->next3Days.format(locale)},
                             {CliContext::tr("Next 7 Days"), windows->next7Days.format(locale)}});
    return CliContext::Success;
}

int runTransactions(CliContext &context, const Account &account, const QString &fromText, const QString &toText)
{
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    const QDate to = QDate::fromString(toText, Qt::ISODate);
    if (fromText.isEmpty() || toText.isEmpty())
        return context.usageError(CliContext::tr("finances transactions: give both --from and --to (YYYY-MM-DD)"));
    if (!from.isValid())
        return context.usageError(CliContext::tr("finances transactions: --from “%1” is not a date (YYYY-MM-DD)").arg(fromText));
    if (!to.isValid())
        return context.usageError(CliContext::tr("finances transactions: --to “%1” is not a date (YYYY-MM-DD)").arg(toText));
    if (to < from)
        return context.usageError(CliContext::tr("finances transactions: --to %1 is before --from %2").arg(toText, fromText));
    TransactionHistory history(context.database().connection(), account);
    const QLocale locale = Localization::locale();
    const bool people = context.format == CliOutput::Format::Table;
    QList<QVariantList> rows;
    std::optional<TransactionHistory::Cursor> cursor;
    for (;;) {
        auto page = history.page(from, to, cursor, 1000);
        if (!page)
            return context.fail(page.error());
        for (const TransactionHistory::Row &row : page.value()) {
            const Money amount(row.amountMinor, account.currency);
            rows << QVariantList{isoDate(row.occurredAt.toTimeZone(account.timeZone()).date()),
                                 people ? Ledger::kindLabel(row.kind) : row.kind, row.description, row.did,
                                 people ? amount.format(locale) : amount.toDecimalString(), row.status, row.method, row.reference};
        }
        if (page->size() < 1000)
            break;
        cursor = TransactionHistory::cursorOf(page->constLast());
    }
    context.output().records({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("description"), QStringLiteral("did"),
                              QStringLiteral("amount"), QStringLiteral("status"), QStringLiteral("method"), QStringLiteral("reference")},
                             {CliContext::tr("Date"), CliContext::tr("Type"), CliContext::tr("Description"), CliContext::tr("Number"),
                              CliContext::tr("Amount"), CliContext::tr("Status"), CliContext::tr("Method"), CliContext::tr("Reference")},
                             rows);
    return CliContext::Success;
}

int runAddFunds(CliContext &context, const Account &account, const QStringList &positional, const QString &methodName,
                const QString &requestId)
{
    if (positional.size() != 2)
        return context.usageError(CliContext::tr("finances add-funds: give one AMOUNT, e.g. “finances add-funds 25.00 --method card”"));
    const auto method = AddFunds::methodFromName(methodName);
    if (!method)
        return context.usageError(CliContext::tr("finances add-funds: --method “%1” is not card, paypal or wire").arg(methodName));
    auto amount = Money::parse(positional.at(1), account.currency);
    if (!amount)
        return context.usageError(CliContext::tr("finances add-funds: AMOUNT “%1”: %2").arg(positional.at(1), amount.errorMessage()));
    static const QRegularExpression requestIdPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,100}$"));
    if (!requestId.isNull() && !requestIdPattern.match(requestId).hasMatch())
        return context.usageError(CliContext::tr("finances add-funds: --request-id “%1” must be 1 to 100 letters, digits, “.”, “_”, “:” or “-”")
                                      .arg(requestId));
    if (!requestId.isNull() && *method == AddFunds::Method::Wire)
        return context.usageError(CliContext::tr("finances add-funds: --request-id applies to card and PayPal deposits; a wire has its reference"));
    auto gateway = makeGateway();
    AddFunds funds(context.database().connection(), account, AccessRole::Owner, gateway.get(), context.clock);
    const QLocale locale = Localization::locale();
    if (*method == AddFunds::Method::Wire) {
        auto wire = funds.byWire(amount.value());
        if (!wire)
            return context.fail(wire.error());
        context.output().object(QJsonObject{{QStringLiteral("transaction_id"), wire->transactionId},
                                            {QStringLiteral("amount"), wire->amount.toDecimalString()},
                                            {QStringLiteral("method"), methodName},
                                            {QStringLiteral("status"), QStringLiteral("pending")},
                                            {QStringLiteral("reference"), wire->reference},
                                            {QStringLiteral("expected_by"), isoDate(wire->expectedBy)},
                                            {QStringLiteral("overdue_after"), isoDate(wire->overdueAfter)},
                                            {QStringLiteral("instructions"), wire->instructions}},
                                {{CliContext::tr("Reference"), wire->reference},
                                 {CliContext::tr("Amount"), wire->amount.format(locale)},
                                 {CliContext::tr("Expected by"), locale.toString(wire->expectedBy, QLocale::ShortFormat)},
                                 {CliContext::tr("Instructions"), wire->instructions}});
        return CliContext::Success;
    }
    // A retry with the same --request-id returns the first deposit and charges nothing (issue 9).
    auto receipt = *method == AddFunds::Method::Card ? funds.byCard(amount.value(), 0, requestId) : funds.byPayPal(amount.value(), requestId);
    if (!receipt)
        return context.fail(receipt.error());
    auto balance = Ledger(context.database().connection(), account).balance();
    if (!balance)
        return context.fail(balance.error());
    context.output().object(QJsonObject{{QStringLiteral("transaction_id"), receipt->transactionId},
                                        {QStringLiteral("amount"), receipt->amount.toDecimalString()},
                                        {QStringLiteral("method"), methodName},
                                        {QStringLiteral("status"), QStringLiteral("posted")},
                                        {QStringLiteral("reference"), receipt->reference},
                                        {QStringLiteral("balance"), balance->toDecimalString()}},
                            {{CliContext::tr("Deposited"), receipt->amount.format(locale)},
                             {CliContext::tr("Reference"), receipt->reference},
                             {CliContext::tr("Balance"), balance->format(locale)}});
    return CliContext::Success;
}

struct AutobillOptions
{
    QString threshold, amount, enabled, mode, floor, target;
    bool run = false;
};

int runAutobill(CliContext &context, const Account &account, const AutobillOptions &options)
{
    auto gateway = makeGateway();
    AutoBilling billing(context.database().connection(), account, AccessRole::Owner, gateway.get(), context.clock);
    auto current = billing.settings();
    if (!current)
        return context.fail(current.error());
    AutoBilling::Settings settings = current.value();
    bool changed = false;
    auto money = [&](const QString &text, const char *option, qint64 *target) -> bool {
        if (text.isNull())
            return true;
        auto parsed = Money::parse(text, account.currency);
        if (!parsed) {
            context.usageError(CliContext::tr("finances autobill: --%1 “%2”: %3").arg(QLatin1String(option), text, parsed.errorMessage()));
            return false;
        }
        *target = parsed->minor();
        changed = true;
        return true;
    };
    if (!money(options.threshold, "threshold", &settings.thresholdMinor) || !money(options.amount, "amount", &settings.amountMinor)
        || !money(options.floor, "floor", &settings.floorMinor) || !money(options.target, "target", &settings.targetMinor))
        return CliContext::InvalidUsage;
    if (!options.enabled.isNull()) {
        if (options.enabled != QLatin1String("on") && options.enabled != QLatin1String("off"))
            return context.usageError(CliContext::tr("finances autobill: --enabled “%1” is not on or off").arg(options.enabled));
        settings.enabled = options.enabled == QLatin1String("on");
        changed = true;
    }
    if (!options.mode.isNull()) {
        if (options.mode != QLatin1String("threshold") && options.mode != QLatin1String("topup"))
            return context.usageError(CliContext::tr("finances autobill: --mode “%1” is not threshold or topup").arg(options.mode));
        settings.mode = options.mode == QLatin1String("topup") ? AutoBilling::Mode::TopUp : AutoBilling::Mode::Threshold;
        changed = true;
    }
    if (changed) {
        auto saved = billing.update(settings);
        if (!saved)
            return context.fail(saved.error());
        settings = saved.value();
    }
    QString outcome;
    if (options.run) {
        auto run = billing.run();
        if (!run)
            return context.fail(run.error());
        outcome = AutoBilling::outcomeText(run->outcome);
    }
    QString card;
    PaymentMethods methods(context.database().connection(), account);
    if (settings.paymentMethodId != 0) {
        if (auto found = methods.find(settings.paymentMethodId))
            card = found->label();
    } else if (auto fallback = methods.defaultMethod(); fallback && fallback->has_value()) {
        card = fallback->value().label();
    }
    const QString currency = account.currency;
    const QLocale locale = Localization::locale();
    QJsonObject json{{QStringLiteral("enabled"), settings.enabled},
                     {QStringLiteral("mode"), AutoBilling::modeName(settings.mode)},
                     {QStringLiteral("threshold"), Money(settings.thresholdMinor, currency).toDecimalString()},
                     {QStringLiteral("amount"), Money(settings.amountMinor, currency).toDecimalString()},
                     {QStringLiteral("floor"), Money(settings.floorMinor, currency).toDecimalString()},
                     {QStringLiteral("target"), Money(settings.targetMinor, currency).toDecimalString()},
                     {QStringLiteral("card"), card.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(card)},
                     {QStringLiteral("version"), settings.version}};
    QList<QPair<QString, QString>> lines{
        {CliContext::tr("Automatic billing"), settings.enabled ? CliContext::tr("on") : CliContext::tr("off")},
        {CliContext::tr("Mode"), settings.mode == AutoBilling::Mode::TopUp ? CliContext::tr("top up to a target") : CliContext::tr("fixed amount at a threshold")},
        {CliContext::tr("Threshold"), Money(settings.thresholdMinor, currency).format(locale)},
        {CliContext::tr("Amount"), Money(settings.amountMinor, currency).format(locale)},
        {CliContext::tr("Floor"), Money(settings.floorMinor, currency).format(locale)},
        {CliContext::tr("Target"), Money(settings.targetMinor, currency).format(locale)},
        {CliContext::tr("Card"), card.isEmpty() ? CliContext::tr("none") : card}};
    if (options.run) {
        json.insert(QStringLiteral("outcome"), outcome);
        lines << qMakePair(CliContext::tr("Outcome"), outcome);
    }
    context.output().object(json, lines);
    return CliContext::Success;
}

int runForecast(CliContext &context, const Account &account, const QString &daysText)
{
    bool numeric = false;
    const int days = daysText.isEmpty() ? 30 : daysText.toInt(&numeric);
    if (!daysText.isEmpty() && (!numeric || days < 1 || days > 366))
        return context.usageError(CliContext::tr("finances forecast: --days “%1” is not a number of days from 1 to 366").arg(daysText));
    auto input = Forecast::inputFor(context.database().connection(), account, context.clock.today(account.timeZone()), days);
    if (!input)
        return context.fail(input.error());
    const Forecast::Projection projection = Forecast::compute(input.value());
    const QString currency = account.currency;
    const QLocale locale = Localization::locale();
    if (context.format == CliOutput::Format::Json) {
        QJsonArray rows;
        for (const Forecast::Day &day : projection.days) {
            rows.append(QJsonObject{{QStringLiteral("date"), isoDate(day.date)},
                                    {QStringLiteral("balance"), Money(day.balanceMinor, currency).toDecimalString()},
                                    {QStringLiteral("topup"), Money(day.topUpMinor, currency).toDecimalString()},
                                    {QStringLiteral("balance_without_autobilling"), Money(day.balanceWithoutMinor, currency).toDecimalString()}});
        }
        context.output().object(QJsonObject{{QStringLiteral("start_balance"), Money(projection.startBalanceMinor, currency).toDecimalString()},
                                            {QStringLiteral("currency"), currency},
                                            {QStringLiteral("zero_date"), jsonDate(projection.zeroDate)},
                                            {QStringLiteral("zero_date_without_autobilling"), jsonDate(projection.zeroDateWithout)},
                                            {QStringLiteral("threshold_date_without_autobilling"), jsonDate(projection.thresholdDateWithout)},
                                            {QStringLiteral("days"), rows}},
                                {});
        return CliContext::Success;
    }
    const bool people = context.format == CliOutput::Format::Table;
    QList<QVariantList> rows;
    for (const Forecast::Day &day : projection.days) {
        const Money balance(day.balanceMinor, currency);
        const Money topUp(day.topUpMinor, currency);
        rows << QVariantList{isoDate(day.date), people ? balance.format(locale) : balance.toDecimalString(),
                             people ? (day.topUpMinor ? topUp.format(locale) : QString()) : topUp.toDecimalString()};
    }
    context.output().records({QStringLiteral("date"), QStringLiteral("balance"), QStringLiteral("topup")},
                             {CliContext::tr("Date"), CliContext::tr("Balance"), CliContext::tr("Top-up")}, rows);
    if (people) {
        context.out() << (projection.zeroDateWithout.isValid()
                              ? CliContext::tr("Without automatic billing the balance reaches zero on %1.")
                                    .arg(locale.toString(projection.zeroDateWithout, QLocale::LongFormat))
                              : CliContext::tr("Without automatic billing the balance stays above zero for %n day(s).", nullptr, days))
                      << '\n';
    }
    return CliContext::Success;
}

int runFinances(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 CliContext::tr("balance | upcoming | transactions | add-funds AMOUNT | autobill | forecast"));
    const QCommandLineOption from(QStringLiteral("from"), CliContext::tr("transactions: first day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), CliContext::tr("transactions: last day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption method(QStringLiteral("method"), CliContext::tr("add-funds: card, paypal or wire."), QStringLiteral("METHOD"));
    const QCommandLineOption requestId(QStringLiteral("request-id"),
                                       CliContext::tr("add-funds: your id for this deposit; repeating the command with it never charges twice."),
                                       QStringLiteral("ID"));
    const QCommandLineOption threshold(QStringLiteral("threshold"), CliContext::tr("autobill: charge when the balance reaches this."), QStringLiteral("AMOUNT"));
    const QCommandLineOption amount(QStringLiteral("amount"), CliContext::tr("autobill: the amount to charge."), QStringLiteral("AMOUNT"));
    const QCommandLineOption enabled(QStringLiteral("enabled"), CliContext::tr("autobill: on or off (keeps the card)."), QStringLiteral("on|off"));
    const QCommandLineOption mode(QStringLiteral("mode"), CliContext::tr("autobill: threshold or topup."), QStringLiteral("MODE"));
    const QCommandLineOption floor(QStringLiteral("floor"), CliContext::tr("autobill, top-up mode: recharge below this balance."), QStringLiteral("AMOUNT"));
    const QCommandLineOption target(QStringLiteral("target"), CliContext::tr("autobill, top-up mode: recharge up to this balance."), QStringLiteral("AMOUNT"));
    const QCommandLineOption run(QStringLiteral("run"), CliContext::tr("autobill: apply the rules now (charges the card if they say so)."));
    const QCommandLineOption days(QStringLiteral("days"), CliContext::tr("forecast: how many days ahead (30, 60, 90…)."), QStringLiteral("N"));
    parser.addOptions({from, to, method, requestId, threshold, amount, enabled, mode, floor, target, run, days});
    if (auto stop = context.parseCommand(parser, QStringLiteral("finances"), arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return context.usageError(CliContext::tr("finances: give a subcommand: balance, upcoming, transactions, add-funds, autobill or forecast"));
    const QString sub = positional.first();
    // Each subcommand accepts only its own options: a stray one is a mistake worth reporting.
    const QHash<QString, QStringList> allowed{
        {QStringLiteral("balance"), {}},
        {QStringLiteral("upcoming"), {}},
        {QStringLiteral("transactions"), {QStringLiteral("from"), QStringLiteral("to")}},
        {QStringLiteral("add-funds"), {QStringLiteral("method"), QStringLiteral("request-id")}},
        {QStringLiteral("autobill"), {QStringLiteral("threshold"), QStringLiteral("amount"), QStringLiteral("enabled"), QStringLiteral("mode"),
                                      QStringLiteral("floor"), QStringLiteral("target"), QStringLiteral("run")}},
        {QStringLiteral("forecast"), {QStringLiteral("days")}}};
    if (!allowed.contains(sub))
        return context.usageError(CliContext::tr("finances: unknown subcommand “%1”").arg(sub));
    for (const QString &option : parser.optionNames()) {
        if (!allowed.value(sub).contains(option))
            return context.usageError(CliContext::tr("finances %1: the option --%2 does not apply here").arg(sub, option));
    }
    if (sub != QLatin1String("add-funds") && positional.size() > 1)
        return context.usageError(CliContext::tr("finances %1: unexpected argument “%2”").arg(sub, positional.at(1)));
    if (sub == QLatin1String("add-funds") && !parser.isSet(method))
        return context.usageError(CliContext::tr("finances add-funds: give --method card, paypal or wire"));

    if (auto opened = context.openDatabase(); !opened)
        return context.fail(opened.error());
    auto account = context.account();
    if (!account)
        return context.fail(account.error());
    if (sub == QLatin1String("balance"))
        return runBalance(context, account.value());
    if (sub == QLatin1String("upcoming"))
        return runUpcoming(context, account.value());
    if (sub == QLatin1String("transactions"))
        return runTransactions(context, account.value(), parser.value(from), parser.value(to));
    if (sub == QLatin1String("add-funds"))
        return runAddFunds(context, account.value(), positional, parser.value(method),
                           parser.isSet(requestId) ? parser.value(requestId) : QString());
    if (sub == QLatin1String("autobill")) {
        AutobillOptions options;
        auto valueOf = [&](const QCommandLineOption &option) { return parser.isSet(option) ? parser.value(option) : QString(); };
        options.threshold = valueOf(threshold);
        options.amount = valueOf(amount);
        options.enabled = valueOf(enabled);
        options.mode = valueOf(mode);
        options.floor = valueOf(floor);
        options.target = valueOf(target);
        options.run = parser.isSet(run);
        return runAutobill(context, account.value(), options);
    }
    return runForecast(context, account.value(), parser.value(days));
}

} // namespace

CliCommand financesCommand()
{
    return {QStringLiteral("finances"),
            QT_TRANSLATE_NOOP("Cli", "Balance, upcoming charges, transactions, add funds, automatic billing and the forecast."),
            runFinances};
}
