#include "canadiantaxes.h"

QString CanadianTaxes::Line::ledgerCode() const
{
    return code == QLatin1String("PST") ? QStringLiteral("PST:%1").arg(province) : code;
}

CanadianTaxes::Line CanadianTaxes::Line::fromLedger(const QString &ledgerCode, qint64 rateMilliPercent, const Money &amount)
{
    Line line;
    line.code = ledgerCode.section(QLatin1Char(':'), 0, 0);
    line.province = ledgerCode.section(QLatin1Char(':'), 1, 1);
    line.rateMilliPercent = rateMilliPercent;
    line.amount = amount;
    return line;
}

CanadianTaxes::CanadianTaxes(const TaxTable &table) : m_table(table)
{
}

CanadianTaxes::Exemption CanadianTaxes::exemption(const QString &province, const QString &taxId, bool exemptionFormOnFile) const
{
    if (m_table.hasProvincialTaxId(province) && m_table.isValidTaxId(province, taxId))
        return Exemption::TaxId;
    if (exemptionFormOnFile && m_table.province(province).exemptionForm)
        return Exemption::ExemptionForm;
    return Exemption::None;
}

QList<CanadianTaxes::Line> CanadianTaxes::linesFor(const Money &amount, const QString &province, const QDate &date,
                                                   Exemption exemption) const
{
    QList<Line> lines;
    if (!m_table.isProvince(province) || amount.minor() <= 0)
        return lines;
    for (const TaxTable::Rate &rate : m_table.ratesOn(province, date)) {
        if (rate.code == QLatin1String("PST") && exemption != Exemption::None)
            continue;
        Line line;
        line.code = rate.code;
        line.province = province;
        line.rateMilliPercent = rate.rateMilliPercent;
        // amount × rate% = amount × milliPercent ÷ 100 000, rounded once.
        line.amount = Money(Money::mulDivRounded(amount.minor(), rate.rateMilliPercent, 100'000), amount.currency());
        lines << line;
    }
    return lines;
}

Money CanadianTaxes::total(const QList<Line> &lines, const QString &currency)
{
    Money sum(0, currency);
    for (const Line &line : lines)
        sum += line.amount;
    return sum;
}
