// subscription show | add-option CODE | remove-option CODE | add-number E164 | cancel

#include "clicommands.h"
#include "clicontext.h"

#include "core/localization.h"
#include "subscription/subscriptionservice.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace {

using Action = SubscriptionService::Action;

// A change the state refuses (already there, not there, cancelled) is the caller's input: exit 2.
int failChange(CliContext &context, Error error)
{
    if (error.kind == Error::Kind::Conflict || error.kind == Error::Kind::NotFound)
        error.kind = Error::Kind::InvalidInput;
    return context.fail(error);
}

QString statusOf(const SubscriptionService::State &state, const Catalogue::Option &option, int *quantity, QDate *endsOn)
{
    if (state.isIncluded(option.code))
        return QStringLiteral("included");
    QString status;
    for (const SubscriptionService::Item &item : state.items) {
        if (item.option.code != option.code)
            continue;
        *quantity += item.quantity;
        if (!item.endsOn.isValid())
            status = QStringLiteral("subscribed");
        else if (status.isEmpty()) {
            status = QStringLiteral("ending");
            *endsOn = item.endsOn;
        }
    }
    return status;
}

int runShow(CliContext &context, SubscriptionService &service)
{
    auto state = service.state();
    if (!state)
        return context.fail(state.error());
    const QLocale locale = Localization::locale();
    const Money current = SubscriptionService::monthlyPrice(state.value(), false);
    const Money next = SubscriptionService::monthlyPrice(state.value(), true);

    QJsonArray options;
    QList<QVariantList> rows;
    for (const Catalogue::Option &option : state->catalogue.options()) {
        if (option.kind == QLatin1String("number"))
            continue;
        int quantity = 0;
        QDate endsOn;
        const QString status = statusOf(state.value(), option, &quantity, &endsOn);
        if (status.isEmpty())
            continue;
        options.append(QJsonObject{{QStringLiteral("code"), option.code},
                                   {QStringLiteral("name"), option.name},
                                   {QStringLiteral("kind"), option.kind},
                                   {QStringLiteral("monthly"), option.monthly.toDecimalString()},
                                   {QStringLiteral("quantity"), std::max(1, quantity)},
                                   {QStringLiteral("status"), status},
                                   {QStringLiteral("ends_on"), endsOn.isValid() ? QJsonValue(endsOn.toString(Qt::ISODate)) : QJsonValue()}});
        rows << QVariantList{option.code, option.name, option.monthly.toDecimalString(), status};
    }
    // Everything unsubscribed that still runs (and is billed) to the end of the period, with its last day.
    QJsonArray ending;
    for (const SubscriptionService::Item &item : state->items) {
        if (item.endsOn.isValid())
            ending.append(QJsonObject{{QStringLiteral("code"), item.option.code}, {QStringLiteral("e164"), QJsonValue()},
                                      {QStringLiteral("ends_on"), item.endsOn.toString(Qt::ISODate)}});
    }
    QJsonArray numbers;
    for (const SubscriptionService::SmartNumber &number : state->numbers) {
        QJsonObject numberEnding;
        for (auto it = number.ending.cbegin(); it != number.ending.cend(); ++it) {
            numberEnding.insert(it.key(), it.value().toString(Qt::ISODate));
            ending.append(QJsonObject{{QStringLiteral("code"), it.key()}, {QStringLiteral("e164"), number.e164},
                                      {QStringLiteral("ends_on"), it.value().toString(Qt::ISODate)}});
            const Catalogue::Option *option = state->catalogue.option(it.key());
            rows << QVariantList{it.key(), CliContext::tr("%1 on %2").arg(option ? option->name : it.key(), number.e164),
                                 option ? option->monthly.toDecimalString() : QString(),
                                 QStringLiteral("ending %1").arg(it.value().toString(Qt::ISODate))};
        }
        numbers.append(QJsonObject{{QStringLiteral("e164"), number.e164},
                                   {QStringLiteral("type"), number.type},
                                   {QStringLiteral("monthly"), number.monthly.toDecimalString()},
                                   {QStringLiteral("fax"), number.fax},
                                   {QStringLiteral("sms"), number.sms},
                                   {QStringLiteral("e911"), number.e911},
                                   {QStringLiteral("ending"), numberEnding}});
    }
    QJsonArray extensions;
    for (const SubscriptionService::Extension &extension : state->extensions) {
        extensions.append(QJsonObject{{QStringLiteral("extension"), extension.extension},
                                      {QStringLiteral("name"), extension.name},
                                      {QStringLiteral("device"), extension.deviceCode}});
    }
    const QJsonObject json{
        {QStringLiteral("package"), QJsonObject{{QStringLiteral("code"), state->package.code},
                                                {QStringLiteral("name"), state->package.name},
                                                {QStringLiteral("monthly"), state->package.monthly.toDecimalString()}}},
        {QStringLiteral("pending_package"), state->pendingPackage.isEmpty() ? QJsonValue() : QJsonValue(state->pendingPackage)},
        {QStringLiteral("status"), state->status},
        {QStringLiteral("ends_on"), state->endsOn.isValid() ? QJsonValue(state->endsOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("billing_option"), state->billingOption},
        {QStringLiteral("monthly"), current.toDecimalString()},
        {QStringLiteral("next_month"), next.toDecimalString()},
        {QStringLiteral("next_invoice"), state->nextInvoice.toString(Qt::ISODate)},
        {QStringLiteral("options"), options},
        {QStringLiteral("options_ending"), ending},
        {QStringLiteral("numbers"), numbers},
        {QStringLiteral("extensions"), extensions}};
    if (context.format == CliOutput::Format::Json) {
        context.output().object(json, {});
        return CliContext::Success;
    }
    if (context.format == CliOutput::Format::Csv) {
        context.output().records({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("monthly"), QStringLiteral("status")},
                                 {}, rows);
        return CliContext::Success;
    }
    context.output().object(json, {{CliContext::tr("Package"), CliContext::tr("%1, %2 a month").arg(state->package.name, state->package.monthly.format(locale))},
                                   {CliContext::tr("Status"), state->status},
                                   {CliContext::tr("Monthly price"), current.format(locale)},
                                   {CliContext::tr("From %1").arg(locale.toString(state->nextInvoice, QLocale::ShortFormat)), next.format(locale)},
                                   {CliContext::tr("Smart numbers"), locale.toString(state->numbers.size())},
                                   {CliContext::tr("Extensions"), locale.toString(state->extensions.size())}});
    context.output().records({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("monthly"), QStringLiteral("status")},
                             {CliContext::tr("Code"), CliContext::tr("Option"), CliContext::tr("Monthly"), CliContext::tr("Status")}, rows);
    return CliContext::Success;
}

int runChange(CliContext &context, SubscriptionService &service, const SubscriptionService::Change &change,
              const QCommandLineParser &parser, bool dryRun, bool inform, const QString &requestId)
{
    Q_UNUSED(parser)
    auto review = dryRun ? service.review({change}) : service.confirm({change}, SubscriptionService::Payment{}, requestId, inform);
    if (!review)
        return failChange(context, review.error());
    const SubscriptionService::Impact &line = review->lines.first();
    const QLocale locale = Localization::locale();
    const QJsonObject json{{QStringLiteral("change"), line.kind},
                           {QStringLiteral("item"), line.itemCode},
                           {QStringLiteral("charged_now"), review->chargedNow.toDecimalString()},
                           {QStringLiteral("next_month"), review->nextMonth.toDecimalString()},
                           {QStringLiteral("effective_on"), line.effectiveOn.toString(Qt::ISODate)},
                           {QStringLiteral("confirmed"), !dryRun},
                           {QStringLiteral("request_id"), dryRun ? QJsonValue() : QJsonValue(requestId)}};
    context.output().object(json, {{CliContext::tr("Change"), CliContext::tr("%1 %2").arg(line.kind, line.itemName)},
                                   {CliContext::tr("Charged now"), review->chargedNow.format(locale)},
                                   {CliContext::tr("Next month"), review->nextMonth.format(locale)},
                                   {CliContext::tr("Effective"), locale.toString(line.effectiveOn, QLocale::ShortFormat)},
                                   {CliContext::tr("Confirmed"), dryRun ? CliContext::tr("no (dry run)") : CliContext::tr("yes")}});
    return CliContext::Success;
}

int runSubscription(CliContext &context, const QStringList &arguments)
{
    static const QStringList subcommands{QStringLiteral("show"), QStringLiteral("add-option"), QStringLiteral("remove-option"),
                                         QStringLiteral("add-number"), QStringLiteral("cancel")};
    const QString sub = arguments.value(0);
    if (!subcommands.contains(sub)) {
        if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            context.out() << CliContext::tr("Usage: linedesk-cli [global options] subscription show | add-option CODE [--number E164] "
                                            "[--quantity N] | remove-option CODE [--number E164] | add-number E164 | cancel")
                          << '\n';
            context.out().flush();
            return sub.isEmpty() ? CliContext::InvalidUsage : CliContext::Success;
        }
        return context.usageError(CliContext::tr("subscription: unknown subcommand “%1”; use %2").arg(sub, subcommands.join(QStringLiteral(", "))));
    }
    QCommandLineParser parser;
    const QCommandLineOption number(QStringLiteral("number"), CliContext::tr("The smart number of a fax, SMS or 911 option."), QStringLiteral("E164"));
    const QCommandLineOption quantity(QStringLiteral("quantity"), CliContext::tr("How many (devices, minute packages); default 1."),
                                      QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption inform(QStringLiteral("inform"), CliContext::tr("Send the confirmation to the billing e-mail (outbox)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CliContext::tr("Show the price impact without changing anything."));
    const QCommandLineOption requestId(QStringLiteral("request-id"),
                                       CliContext::tr("Client request id: the same id again never charges twice."), QStringLiteral("ID"));
    if (sub != QLatin1String("show"))
        parser.addOptions({inform, dryRun, requestId});
    if (sub == QLatin1String("add-option") || sub == QLatin1String("remove-option"))
        parser.addOption(number);
    if (sub == QLatin1String("add-option"))
        parser.addOption(quantity);
    parser.addPositionalArgument(QStringLiteral("argument"), QString());
    if (auto stop = context.parseCommand(parser, QStringLiteral("subscription %1").arg(sub), arguments.mid(1)))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const bool needsArgument = sub != QLatin1String("show") && sub != QLatin1String("cancel");
    if (needsArgument && positional.size() != 1)
        return context.usageError(CliContext::tr("subscription %1: give exactly one %2").arg(sub, sub == QLatin1String("add-number") ? QStringLiteral("E164") : QStringLiteral("CODE")));
    if (!needsArgument && !positional.isEmpty())
        return context.usageError(CliContext::tr("subscription %1: unexpected argument “%2”").arg(sub, positional.first()));

    SubscriptionService::Change change;
    if (sub == QLatin1String("add-option") || sub == QLatin1String("remove-option")) {
        change.action = sub == QLatin1String("add-option") ? Action::AddOption : Action::RemoveOption;
        change.code = positional.first();
        change.e164 = parser.isSet(number) ? parser.value(number) : QString();
        if (sub == QLatin1String("add-option")) {
            bool numeric = false;
            change.quantity = parser.value(quantity).toInt(&numeric);
            if (!numeric || change.quantity < 1)
                return context.usageError(CliContext::tr("subscription add-option: --quantity “%1” must be a whole number of at least 1").arg(parser.value(quantity)));
        }
    } else if (sub == QLatin1String("add-number")) {
        change.action = Action::AddNumber;
        change.e164 = positional.first();
    } else if (sub == QLatin1String("cancel")) {
        change.action = Action::Cancel;
    }

    if (auto opened = context.openDatabase(); !opened)
        return context.fail(opened.error());
    auto account = context.account();
    if (!account)
        return context.fail(account.error());
    // The CLI works on a local file or a server login as the account's owner; the server's own rights still apply.
    SubscriptionService service(context.database().connection(), account.value(), AccessRole::Owner, context.clock);
    if (sub == QLatin1String("show"))
        return runShow(context, service);
    const QString id = parser.isSet(requestId) && !parser.value(requestId).trimmed().isEmpty()
                           ? parser.value(requestId).trimmed()
                           : QStringLiteral("cli-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return runChange(context, service, change, parser, parser.isSet(dryRun), parser.isSet(inform), id);
}

} // namespace

CliCommand subscriptionCommand()
{
    return {QStringLiteral("subscription"),
            QT_TRANSLATE_NOOP("Cli", "Show or change the subscription: show, add-option, remove-option, add-number, cancel."),
            runSubscription};
}
