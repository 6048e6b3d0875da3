// numbers list | add E164 … | remove E164 | set E164 … | plan E164 flat|per-minute: the account's
// phone numbers (issue 3). Refusals (invalid or duplicate number, plan switch refused, unknown time
// zone) exit 2 and write nothing.

#include "clicommands.h"
#include "clicontext.h"

#include "core/localization.h"
#include "core/money.h"
#include "core/phonenumber.h"
#include "numbers/numberrepository.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace {

QString microDecimal(qint64 micro)
{
    QString fraction = QStringLiteral("%1").arg(micro % Money::kMicroPerMajor, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return QString::number(micro / Money::kMicroPerMajor) + QLatin1Char('.') + fraction;
}

QString onOff(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

const QStringList kKeys{QStringLiteral("e164"), QStringLiteral("country"), QStringLiteral("rate_center"),
                        QStringLiteral("type"), QStringLiteral("plan"), QStringLiteral("monthly_fee"),
                        QStringLiteral("per_minute_rate"), QStringLiteral("currency"), QStringLiteral("ordered_on"),
                        QStringLiteral("next_billing_on"), QStringLiteral("plan_changed_on"), QStringLiteral("timezone"),
                        QStringLiteral("voicemail"), QStringLiteral("cnam"), QStringLiteral("fax"), QStringLiteral("sms"),
                        QStringLiteral("e911"), QStringLiteral("filter_mode"), QStringLiteral("note")};

QVariantList rowOf(const NumberRecord &n)
{
    return {n.e164, n.country, n.rateCenter, n.type, n.plan, Money(n.monthlyFeeMinor, n.currency).toDecimalString(),
            microDecimal(n.perMinuteMicro), n.currency, n.orderedOn.toString(Qt::ISODate),
            n.nextBillingOn.toString(Qt::ISODate),
            n.planChangedOn.isValid() ? QVariant(n.planChangedOn.toString(Qt::ISODate)) : QVariant(), n.timezone,
            n.voicemail, n.cnamLookup, n.fax, n.sms, n.e911, n.filterMode, n.note};
}

QJsonObject jsonOf(const NumberRecord &n)
{
    const QVariantList row = rowOf(n);
    QJsonObject json;
    for (qsizetype i = 0; i < kKeys.size(); ++i)
        json.insert(kKeys.at(i), QJsonValue::fromVariant(row.at(i)));
    return json;
}

QList<QPair<QString, QString>> linesOf(const NumberRecord &n)
{
    const QLocale locale = Localization::locale();
    return {{CliContext::tr("Number"), PhoneNumber::displayForm(n.e164)},
            {CliContext::tr("Country"), n.country},
            {CliContext::tr("Type"), n.type},
            {CliContext::tr("Plan"), n.plan},
            {CliContext::tr("Monthly fee"), Money(n.monthlyFeeMinor, n.currency).format(locale)},
            {CliContext::tr("Ordered"), n.orderedOn.toString(Qt::ISODate)},
            {CliContext::tr("Next billing"), n.nextBillingOn.toString(Qt::ISODate)},
            {CliContext::tr("Time zone"), n.timezone},
            {CliContext::tr("Voicemail"), onOff(n.voicemail)},
            {CliContext::tr("Note"), n.note}};
}

// Errors the user can fix by changing the command line exit 2 (nothing was written).
int refuse(CliContext &context, const Error &error)
{
    if (error.kind == Error::Kind::Conflict || error.kind == Error::Kind::NotFound)
        return context.usageError(error.message);
    return context.fail(error);
}

std::optional<int> openRepository(CliContext &context, std::optional<NumberRepository> *repository)
{
    if (auto opened = context.openDatabase(); !opened)
        return context.fail(opened.error());
    auto account = context.account();
    if (!account)
        return context.fail(account.error());
    repository->emplace(context.database().connection(), account.value(), AccessRole::Owner, context.clock);
    return std::nullopt;
}

int runList(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"), CliContext::tr("Only numbers whose digits, note or rate centre contain TEXT."), CliContext::tr("TEXT"));
    const QCommandLineOption country(QStringLiteral("country"), CliContext::tr("Only numbers of this country (ISO code)."), CliContext::tr("CC"));
    const QCommandLineOption type(QStringLiteral("type"), CliContext::tr("Only local, toll-free or international numbers."), CliContext::tr("TYPE"));
    const QCommandLineOption plan(QStringLiteral("plan"), CliContext::tr("Only flat or per-minute numbers."), CliContext::tr("PLAN"));
    parser.addOptions({search, country, type, plan});
    if (auto stop = context.parseCommand(parser, QStringLiteral("numbers list"), arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(CliContext::tr("numbers list: unexpected argument “%1”").arg(parser.positionalArguments().first()));
    static const QStringList types{QStringLiteral("local"), QStringLiteral("toll-free"), QStringLiteral("international")};
    if (parser.isSet(type) && !types.contains(parser.value(type)))
        return context.usageError(CliContext::tr("numbers list: --type “%1” must be local, toll-free or international").arg(parser.value(type)));
    if (parser.isSet(plan) && !PlanSwitchPolicy::isPlan(parser.value(plan)))
        return context.usageError(CliContext::tr("numbers list: --plan “%1” must be flat or per-minute").arg(parser.value(plan)));
    std::optional<NumberRepository> numbers;
    if (auto stop = openRepository(context, &numbers))
        return *stop;
    auto listed = numbers->list({parser.value(search), parser.value(country), parser.value(type), parser.value(plan)});
    if (!listed)
        return context.fail(listed.error());
    QList<QVariantList> rows;
    if (context.format != CliOutput::Format::Table) {
        for (const NumberRecord &n : listed.value())
            rows << rowOf(n);
        context.output().records(kKeys, kKeys, rows);
        return CliContext::Success;
    }
    const QLocale locale = Localization::locale();
    for (const NumberRecord &n : listed.value()) {
        const QString fee = n.plan == QLatin1String("flat") ? Money(n.monthlyFeeMinor, n.currency).format(locale)
                                                             : CliContext::tr("%1/min").arg(microDecimal(n.perMinuteMicro));
        rows << QVariantList{PhoneNumber::displayForm(n.e164), n.country, n.type, n.plan, fee,
                             n.nextBillingOn.toString(Qt::ISODate), n.timezone, n.note};
    }
    context.output().records(kKeys, {CliContext::tr("Number"), CliContext::tr("Country"), CliContext::tr("Type"),
                                     CliContext::tr("Plan"), CliContext::tr("Fee"), CliContext::tr("Next billing"),
                                     CliContext::tr("Time zone"), CliContext::tr("Note")}, rows);
    return CliContext::Success;
}

int runAdd(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption type(QStringLiteral("type"), CliContext::tr("local, toll-free or international (default: from the number)."), CliContext::tr("TYPE"));
    const QCommandLineOption plan(QStringLiteral("plan"), CliContext::tr("flat or per-minute (default flat)."), CliContext::tr("PLAN"), QStringLiteral("flat"));
    const QCommandLineOption monthly(QStringLiteral("monthly"), CliContext::tr("Monthly fee, like 4.95 (default 0)."), CliContext::tr("AMOUNT"));
    const QCommandLineOption ordered(QStringLiteral("ordered"), CliContext::tr("Order date YYYY-MM-DD (default today)."), CliContext::tr("DATE"));
    const QCommandLineOption nextBilling(QStringLiteral("next-billing"), CliContext::tr("Next billing date YYYY-MM-DD (default: a month after the order, the next one after today)."), CliContext::tr("DATE"));
    parser.addOptions({type, plan, monthly, ordered, nextBilling});
    parser.addPositionalArgument(QStringLiteral("E164"), CliContext::tr("The number, like +15145550123."));
    if (auto stop = context.parseCommand(parser, QStringLiteral("numbers add"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(CliContext::tr("numbers add: give exactly one number, like +15145550123"));
    NumberRepository::NewNumber request;
    request.number = parser.positionalArguments().first();
    request.type = parser.value(type);
    request.plan = parser.value(plan);
    auto readDate = [&](const QCommandLineOption &option, QDate *date) {
        if (!parser.isSet(option))
            return true;
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        return date->isValid();
    };
    if (!readDate(ordered, &request.orderedOn))
        return context.usageError(CliContext::tr("numbers add: --ordered “%1” is not a date YYYY-MM-DD").arg(parser.value(ordered)));
    if (!readDate(nextBilling, &request.nextBillingOn))
        return context.usageError(CliContext::tr("numbers add: --next-billing “%1” is not a date YYYY-MM-DD").arg(parser.value(nextBilling)));

    std::optional<NumberRepository> numbers;
    if (auto stop = openRepository(context, &numbers))
        return *stop;
    if (parser.isSet(monthly)) {
        auto fee = Money::parse(parser.value(monthly), numbers->account().currency);
        if (!fee)
            return context.usageError(CliContext::tr("numbers add: --monthly: %1").arg(fee.errorMessage()));
        request.monthlyFeeMinor = fee->minor();
    }
    auto added = numbers->add(request);
    if (!added)
        return refuse(context, added.error());
    context.output().object(jsonOf(added.value()), linesOf(added.value()));
    return CliContext::Success;
}

int runRemove(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("E164"), CliContext::tr("The number to release."));
    if (auto stop = context.parseCommand(parser, QStringLiteral("numbers remove"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(CliContext::tr("numbers remove: give exactly one number, like +15145550123"));
    std::optional<NumberRepository> numbers;
    if (auto stop = openRepository(context, &numbers))
        return *stop;
    auto number = numbers->findByE164(parser.positionalArguments().first());
    if (!number)
        return refuse(context, number.error());
    if (auto released = numbers->release(number->id, number->version); !released)
        return refuse(context, released.error());
    context.output().object(QJsonObject{{QStringLiteral("removed"), number->e164}},
                            {{CliContext::tr("Released"), PhoneNumber::displayForm(number->e164)}});
    return CliContext::Success;
}

int runSet(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption zoneOption(QStringLiteral("timezone"), CliContext::tr("Activity Time Zone, an IANA name like America/New_York."), CliContext::tr("TZ"));
    const QCommandLineOption voicemail(QStringLiteral("voicemail"), CliContext::tr("on or off."), CliContext::tr("on|off"));
    const QCommandLineOption note(QStringLiteral("note"), CliContext::tr("The number's note."), CliContext::tr("TEXT"));
    parser.addOptions({zoneOption, voicemail, note});
    parser.addPositionalArgument(QStringLiteral("E164"), CliContext::tr("The number to change."));
    if (auto stop = context.parseCommand(parser, QStringLiteral("numbers set"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(CliContext::tr("numbers set: give exactly one number, like +15145550123"));
    if (!parser.isSet(zoneOption) && !parser.isSet(voicemail) && !parser.isSet(note))
        return context.usageError(CliContext::tr("numbers set: nothing to change; use --timezone, --voicemail or --note"));
    if (parser.isSet(voicemail) && parser.value(voicemail) != QLatin1String("on") && parser.value(voicemail) != QLatin1String("off"))
        return context.usageError(CliContext::tr("numbers set: --voicemail “%1” must be on or off").arg(parser.value(voicemail)));
    if (parser.isSet(zoneOption) && !NumberRepository::isTimeZone(parser.value(zoneOption)))
        return context.usageError(CliContext::tr("numbers set: “%1” is not a known time zone: use an IANA name like America/New_York")
                                      .arg(parser.value(zoneOption)));
    std::optional<NumberRepository> numbers;
    if (auto stop = openRepository(context, &numbers))
        return *stop;
    auto number = numbers->findByE164(parser.positionalArguments().first());
    if (!number)
        return refuse(context, number.error());
    NumberRecord edited = number.value();
    if (parser.isSet(zoneOption))
        edited.timezone = parser.value(zoneOption);
    if (parser.isSet(voicemail))
        edited.voicemail = parser.value(voicemail) == QLatin1String("on");
    if (parser.isSet(note))
        edited.note = parser.value(note);
    auto saved = numbers->save(edited);
    if (!saved)
        return refuse(context, saved.error());
    context.output().object(jsonOf(saved.value()), linesOf(saved.value()));
    return CliContext::Success;
}

int runPlan(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("E164"), CliContext::tr("The number."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), CliContext::tr("flat or per-minute."));
    if (auto stop = context.parseCommand(parser, QStringLiteral("numbers plan"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 2)
        return context.usageError(CliContext::tr("numbers plan: give a number and a plan, like +15145550123 per-minute"));
    const QString plan = parser.positionalArguments().at(1);
    if (!PlanSwitchPolicy::isPlan(plan))
        return context.usageError(CliContext::tr("numbers plan: “%1” must be flat or per-minute").arg(plan));
    std::optional<NumberRepository> numbers;
    if (auto stop = openRepository(context, &numbers))
        return *stop;
    auto number = numbers->findByE164(parser.positionalArguments().first());
    if (!number)
        return refuse(context, number.error());
    auto switched = numbers->switchPlan(number->id, number->version, plan);
    if (!switched)
        return refuse(context, switched.error());
    context.output().object(jsonOf(switched.value()), linesOf(switched.value()));
    return CliContext::Success;
}

int runNumbers(CliContext &context, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("add"))
        return runAdd(context, rest);
    if (sub == QLatin1String("remove"))
        return runRemove(context, rest);
    if (sub == QLatin1String("set"))
        return runSet(context, rest);
    if (sub == QLatin1String("plan"))
        return runPlan(context, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out() << CliContext::tr("Usage: linedesk-cli [global options] numbers list|add|remove|set|plan …") << '\n';
        context.out().flush();
        return CliContext::Success;
    }
    if (sub.isEmpty())
        return context.usageError(CliContext::tr("numbers: say what to do: list, add, remove, set or plan"));
    return context.usageError(CliContext::tr("numbers: unknown action “%1”; use list, add, remove, set or plan").arg(sub));
}

} // namespace

CliCommand numbersCommand()
{
    return {QStringLiteral("numbers"), QT_TRANSLATE_NOOP("Cli", "List, add, release and change the account's phone numbers."),
            runNumbers};
}
