#include "clioutput.h"

#include <QJsonDocument>

#include <functional>

CliOutput::CliOutput(QTextStream &out, Format format) : m_out(out), m_format(format) {}

bool CliOutput::parseFormat(const QString &text, Format *format)
{
    if (text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

QString CliOutput::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

void CliOutput::records(const QStringList &keys, const QStringList &headers, const QList<QVariantList> &rows)
{
    switch (m_format) {
    case Format::Json: {
        QJsonArray array;
        for (const QVariantList &row : rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < keys.size(); ++i)
                object.insert(keys.at(i), QJsonValue::fromVariant(row.value(i)));
            array.append(object);
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Csv: {
        QStringList line;
        for (const QString &key : keys)
            line << csvField(key);
        m_out << line.join(QLatin1Char(',')) << "\r\n";
        for (const QVariantList &row : rows) {
            line.clear();
            for (const QVariant &value : row)
                line << csvField(value.toString());
            m_out << line.join(QLatin1Char(',')) << "\r\n";
        }
        break;
    }
    case Format::Table: {
        QList<qsizetype> widths;
        for (const QString &header : headers)
            widths << header.size();
        for (const QVariantList &row : rows) {
            for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], row.at(i).toString().size());
        }
        auto printLine = [&](const QStringList &cells) {
            QStringList padded;
            for (qsizetype i = 0; i < cells.size(); ++i)
                padded << (i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i)) : cells.at(i));
            m_out << padded.join(QStringLiteral("  ")) << '\n';
        };
        printLine(headers);
        QStringList rule;
        for (qsizetype width : widths)
            rule << QString(width, QLatin1Char('-'));
        printLine(rule);
        for (const QVariantList &row : rows) {
            QStringList cells;
            for (const QVariant &value : row)
                cells << value.toString();
            printLine(cells);
        }
        break;
    }
    }
    m_out.flush();
}

void CliOutput::object(const QJsonObject &json, const QList<QPair<QString, QString>> &lines)
{
    switch (m_format) {
    case Format::Json:
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        break;
    case Format::Csv: {
        // Nested objects flatten to dotted keys ("counts.calls"), so one CSV row holds everything.
        QStringList keys;
        QStringList values;
        std::function<void(const QString &, const QJsonObject &)> flatten = [&](const QString &prefix,
                                                                               const QJsonObject &node) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
                if (it.value().isObject()) {
                    flatten(key, it.value().toObject());
                } else if (!it.value().isArray()) {
                    keys << csvField(key);
                    values << csvField(it.value().toVariant().toString());
                }
            }
        };
        flatten(QString(), json);
        m_out << keys.join(QLatin1Char(',')) << "\r\n" << values.join(QLatin1Char(',')) << "\r\n";
        break;
    }
    case Format::Table: {
        qsizetype width = 0;
        for (const auto &line : lines)
            width = std::max(width, line.first.size());
        for (const auto &line : lines)
            m_out << QString(line.first + QLatin1Char(':')).leftJustified(width + 2) << line.second << '\n';
        break;
    }
    }
    m_out.flush();
}
