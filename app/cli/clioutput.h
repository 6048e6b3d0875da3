#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <QVariantList>

// Prints results in the format chosen with --format: aligned text for people, RFC 4180 CSV, or JSON.
// JSON and CSV use stable keys (the contract); the table uses translated headers.
class CliOutput final
{
public:
    enum class Format { Table, Csv, Json };

    CliOutput(QTextStream &out, Format format);

    static bool parseFormat(const QString &text, Format *format);
    Format format() const { return m_format; }

    // Rows of values: numbers stay numbers in JSON; money is passed as a decimal string.
    void records(const QStringList &keys, const QStringList &headers, const QList<QVariantList> &rows);
    // One object: JSON as is, CSV as a header line and one row, the table as "Label: value" lines.
    void object(const QJsonObject &json, const QList<QPair<QString, QString>> &lines);

    static QString csvField(const QString &value);

private:
    QTextStream &m_out;
    Format m_format;
};
