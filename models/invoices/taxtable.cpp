#include "taxtable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

const TaxTable &TaxTable::canada()
{
    static const TaxTable table = [] {
        auto loaded = load(QStringLiteral(":/tax/canada.json"));
        // The resource is part of the build; a broken one is a programming error caught by the tests.
        Q_ASSERT_X(loaded.ok(), "TaxTable::canada", qPrintable(loaded.errorMessage()));
        return loaded ? loaded.value() : TaxTable();
    }();
    return table;
}

Result<TaxTable> TaxTable::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidInput(tr("Cannot read the tax table “%1”: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

std::optional<qint64> TaxTable::parseRate(const QString &percent)
{
    static const QRegularExpression format(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,3}))?$"));
    const auto match = format.match(percent);
    if (!match.hasMatch())
        return std::nullopt;
    QString fraction = match.captured(2);
    while (fraction.size() < 3)
        fraction += QLatin1Char('0');
    return match.captured(1).toLongLong() * 1000 + fraction.toLongLong();
}

QString TaxTable::rateText(qint64 milliPercent)
{
    QString text = QString::number(milliPercent / 1000);
    QString fraction = QStringLiteral("%1").arg(milliPercent % 1000, 3, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return text;
}

Result<TaxTable> TaxTable::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return invalidInput(tr("The tax table is not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    TaxTable table;
    const QJsonObject provinces = root.value(QStringLiteral("provinces")).toObject();
    for (auto it = provinces.begin(); it != provinces.end(); ++it) {
        const QJsonObject value = it.value().toObject();
        Province province;
        province.code = it.key();
        province.name = value.value(QStringLiteral("name")).toString();
        province.taxIdPattern = value.value(QStringLiteral("tax_id_pattern")).toString();
        province.taxIdExample = value.value(QStringLiteral("tax_id_example")).toString();
        province.exemptionForm = value.value(QStringLiteral("exemption_form")).toBool();
        if (!province.taxIdPattern.isEmpty() && !QRegularExpression(province.taxIdPattern).isValid())
            return invalidInput(tr("The tax table's ID pattern for %1 is not a valid expression").arg(province.code));
        table.m_provinces.insert(province.code, province);
    }
    if (table.m_provinces.isEmpty())
        return invalidInput(tr("The tax table lists no provinces"));

    const QJsonArray rates = root.value(QStringLiteral("rates")).toArray();
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const QJsonObject value = rates.at(i).toObject();
        Rate rate;
        rate.code = value.value(QStringLiteral("code")).toString();
        const auto parsed = parseRate(value.value(QStringLiteral("rate")).toString());
        rate.from = QDate::fromString(value.value(QStringLiteral("from")).toString(), Qt::ISODate);
        if (value.contains(QStringLiteral("to")))
            rate.to = QDate::fromString(value.value(QStringLiteral("to")).toString(), Qt::ISODate);
        if (rate.code.isEmpty() || !parsed || !rate.from.isValid() || (value.contains(QStringLiteral("to")) && !rate.to.isValid())
            || (rate.to.isValid() && rate.to < rate.from)) {
            return invalidInput(tr("The tax table's rate number %1 needs a code, a rate like \"9.975\" and valid dates").arg(i + 1));
        }
        rate.rateMilliPercent = *parsed;
        for (const QJsonValue &code : value.value(QStringLiteral("provinces")).toArray()) {
            if (!table.isProvince(code.toString()))
                return invalidInput(tr("The tax table's rate number %1 names an unknown province “%2”").arg(i + 1).arg(code.toString()));
            QList<Rate> &list = table.m_rates[code.toString()];
            // Two rates of one tax must not overlap in a province: the day would be taxed twice.
            for (const Rate &other : std::as_const(list)) {
                const bool overlap = other.code == rate.code && (!other.to.isValid() || other.to >= rate.from)
                                     && (!rate.to.isValid() || rate.to >= other.from);
                if (overlap)
                    return invalidInput(tr("The tax table has two %1 rates for %2 on the same days").arg(rate.code, code.toString()));
            }
            list << rate;
        }
    }

    const QJsonObject registrations = root.value(QStringLiteral("registrations")).toObject();
    for (auto it = registrations.begin(); it != registrations.end(); ++it)
        table.m_registrations.insert(it.key(), it.value().toString());
    return table;
}

QStringList TaxTable::provinces() const
{
    QStringList codes = m_provinces.keys();
    codes.sort();
    return codes;
}

bool TaxTable::hasProvincialTaxId(const QString &province) const
{
    return !m_provinces.value(province).taxIdPattern.isEmpty();
}

bool TaxTable::isValidTaxId(const QString &province, const QString &taxId) const
{
    const QString pattern = m_provinces.value(province).taxIdPattern;
    if (pattern.isEmpty())
        return false;
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption).match(taxId.trimmed()).hasMatch();
}

QList<TaxTable::Rate> TaxTable::ratesOn(const QString &province, const QDate &date) const
{
    QList<Rate> result;
    for (const Rate &rate : m_rates.value(province)) {
        if (date >= rate.from && (!rate.to.isValid() || date <= rate.to))
            result << rate;
    }
    // Federal (GST/HST) first, then the province's own tax: the order of the invoice's lines.
    std::stable_sort(result.begin(), result.end(), [](const Rate &a, const Rate &b) { return isFederal(a.code) && !isFederal(b.code); });
    return result;
}
