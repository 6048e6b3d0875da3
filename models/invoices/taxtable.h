#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The Canadian sales-tax table (PRODUCT.md rule 12): GST, HST, PST and QST rates by province with
// their effective dates, the provinces that have a Provincial Tax ID (and its format), and
// LineDesk's tax registration numbers. It lives in resources/tax/canada.json, not in code.
class TaxTable final
{
    Q_DECLARE_TR_FUNCTIONS(TaxTable)

public:
    struct Rate
    {
        QString code;               // GST, HST, PST, QST
        qint64 rateMilliPercent = 0; // 1/1000 of a percent: 9.975 % = 9975
        QDate from;                 // inclusive
        QDate to;                   // inclusive; invalid: still in force
    };

    struct Province
    {
        QString code;               // "BC"
        QString name;               // English name, as the tax authorities write it
        QString taxIdPattern;       // empty: this province has no Provincial Tax ID field
        QString taxIdExample;
        bool exemptionForm = false; // an exemption form on file exempts (BC)
    };

    // The table embedded in LineDesk (":/tax/canada.json"), loaded once.
    static const TaxTable &canada();
    // Parses a table; a malformed one is an error naming what is wrong.
    static Result<TaxTable> fromJson(const QByteArray &json);
    static Result<TaxTable> load(const QString &path);

    QStringList provinces() const;                  // sorted codes
    bool isProvince(const QString &code) const { return m_provinces.contains(code); }
    Province province(const QString &code) const { return m_provinces.value(code); }
    bool hasProvincialTaxId(const QString &province) const;
    bool isValidTaxId(const QString &province, const QString &taxId) const;

    // The rates in force in a province on a date, in the table's order (federal first).
    QList<Rate> ratesOn(const QString &province, const QDate &date) const;
    // LineDesk's registration number for a tax ("GST", "QST", or "PST:BC"), empty when none.
    QString registration(const QString &key) const { return m_registrations.value(key); }
    QStringList registrationKeys() const { return m_registrations.keys(); }

    // GST and HST are federal: an invoice lists them before the province's own tax.
    static bool isFederal(const QString &code) { return code == QLatin1String("GST") || code == QLatin1String("HST"); }
    // "9.975" → 9975; refuses anything but a plain non-negative decimal with at most 3 decimals.
    static std::optional<qint64> parseRate(const QString &percent);
    // 9975 → "9.975", 5000 → "5" (as the invoice prints it, before the locale's decimal point).
    static QString rateText(qint64 milliPercent);

private:
    QHash<QString, Province> m_provinces;
    QHash<QString, QList<Rate>> m_rates; // by province
    QHash<QString, QString> m_registrations;
};
